"""Held-out set I (issue 12): client replies written blind to the rules, while set H was fixed.

Yet other trades, people and wordings: a Shenzhen drone maker, a tea cooperative in Anji (an
elderly head typing by voice), a Shanghai architectural design institute (formal letters,
capital numerals), a Wuhan auto-parts supplier (承兑, pay-when-paid), a Hainan resort developer,
a Henan pig-farming group, a Beijing museum (finance rules, 零余额账户), a Taichung machine-tool
maker (ROC calendar dates, NT$), a Hong Kong property agency (Cantonese with English), a Polish
manufacturer, a Lagos fintech, a Toronto non-profit, a Mexican importer and a Dublin SaaS firm.
Labels follow labels.yaml. Scores: HELDOUT.md, "Set I".
"""

from __future__ import annotations

from datetime import date
from typing import Any

import heldout_c_machine_h as m
from heldout_c_set_h import Who
from heldout_c_threads_i import STAGE


def D(month: int, day: int) -> date:
    """A day of December 2026 (or of January 2027 when ``month`` is 1)."""
    return date(2027 if month < 6 else 2026, month, day)


def r(who: Who, style: str, kind: str, due: date | None, body: str, **kw: Any) -> tuple:
    """One entry of the set as heldout_c_generate.write takes it."""
    thread = kw.pop("thread", who.thread)
    opts: dict[str, Any] = {"sender": (who.name, who.email), "tz": who.tz, "thread": thread}
    opts["stage"] = STAGE[thread]
    opts.update(kw)
    return (style, kind, due, body, opts)


SH, TPE, HK, WAW, LOS, TOR, MEX, DUB = (
    "Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Europe/Warsaw", "Africa/Lagos", "America/Toronto",
    "America/Mexico_City", "Europe/Dublin",
)  # fmt: skip
THU10, MON14, FRI18, TUE29 = D(12, 10), D(12, 14), D(12, 18), D(12, 29)

LIZ = Who("李总", "lizong@feiyi-uav.com", SH, "i-drone")
FYCW = Who("飞翼财务-小林", "lin.cw@feiyi-uav.com", SH, "i-drone")
LIQQ = Who("李", "619203347@qq.com", SH, "i-drone")
VIVIAN = Who("Vivian Li", "vivian.li.fy@gmail.com", SH, "i-drone")
CHENS = Who("陈社长", "chen.baicha@139.com", SH, "i-tea")
TEAQQ = Who("白茶合作社", "1372290081@qq.com", SH, "i-tea")
ZHANGS = Who("张所长", "zhangsz@shadi-design.com", SH, "i-design")
SJYCW = Who("设计院财务部", "caiwu@shadi-design.com", SH, "i-design")
SJYMOB = Who("张所长", "zhangsz@shadi-design.com", SH, "i-design")
HUJ = Who("胡经理", "hujl_whqp@163.com", SH, "i-auto")
WHCW = Who("", "cw@wh-qipei.com", SH, "i-auto")
FUZ = Who("符总", "fu.zong@hn-resort.com", SH, "i-resort")
RESCW = Who("财务-羊", "yang.cw@hn-resort.com", SH, "i-resort")
FUG = Who("Fu Haiyan", "fuhaiyan.hn@gmail.com", SH, "i-resort")
GUO = Who("郭部长", "guobz@hymuye.com.cn", SH, "i-pig")
PIGCW = Who("集团财务共享中心", "fssc@hymuye.com.cn", SH, "i-pig")
PIG126 = Who("郭", "guo_hymy@126.com", SH, "i-pig")
ZHAOL = Who("赵老师", "zhaol@bjdm-museum.cn", SH, "i-museum")
MUSCW = Who("财务处", "cwc@bjdm-museum.cn", SH, "i-museum")
WU_TW = Who("吳佩珊", "ps.wu@tc-precision.com.tw", TPE, "i-tw-en")
WUG = Who("Peishan Wu", "peishan.wu.tc@gmail.com", TPE, "i-tw")
TWMGR = Who("林協理", "cy.lin@tc-precision.com.tw", TPE, "i-tw")
LEUNG = Who("梁家豪", "kaho.leung.hk@gmail.com", HK, "i-hk")
HKACC = Who("Accounts 陳小姐", "accounts@harbourview-realty.com.hk", HK, "i-hk")
NOWAK = Who("Agnieszka Nowak", "a.nowak@polmarex.pl", WAW, "i-pl")
TOMASZ = Who("Tomasz Zielinski", "t.zielinski@polmarex.pl", WAW, "i-pl")
CHIAMAKA = Who("Chiamaka Okafor", "chiamaka.okafor@paystackly.ng", LOS, "i-ng")
NGAP = Who("Paystackly Finance", "finance@paystackly.ng", LOS, "i-ng")
EMEKA = Who("Emeka Nwosu", "emeka.nwosu.pl@gmail.com", LOS, "i-ng")
TREMBLAY = Who("Julie Tremblay", "jtremblay@torontodonorsnet.org", TOR, "i-ca")
CAED = Who("Mark Olsen", "mark.olsen@torontodonorsnet.org", TOR, "i-ca")
HERRERA = Who("Luis Herrera", "lherrera@importadora-delvalle.mx", MEX, "i-mx")
MXG = Who("Luis Herrera", "luis.herrera.dv@gmail.com", MEX, "i-mx")
NIAMH = Who("Niamh Byrne", "niamh@lingofox.ie", DUB, "i-ie")
CIARAN = Who("Ciarán Walsh", "ciaran@lingofox.ie", DUB, "i-ie")

# fmt: off
PAID = [
    r(FYCW, "exmail", "paid", None, "王工，第二期款76000已经安排出去了，网银显示“交易成功”，截图附上。", atts=["网银交易成功截图.png"]),
    r(LIQQ, "qqapp", "paid", None, "打了打了"),
    r(CHENS, "huawei", "paid", None, "王老板你好我是合作社老陈尾款我昨天叫我儿子在手机上转给你们了一万八千六你看看收到没有"),
    r(SJYCW, "olzhcn", "paid", None, "示例科技有限公司：\n\n《BIM协同设计平台》三期款人民币贰拾陆万肆仟元整（￥264,000.00）已于2026年11月30日支付，请查收并开具收据。"
      "\n\n上海沙迪建筑设计研究院有限公司 财务部\n2026年12月2日"),
    r(HUJ, "n163", "paid", None, "首付款上周已经背书转让了一张15万的承兑给你们，快递单号SF1302948857203，请查收。"),
    r(RESCW, "alimail", "paid", None, "第二期款项已付讫，银行流水号见附件。", atts=["付款流水.pdf"]),
    r(PIGCW, "coremail", "paid", None, "验收款187000元集团资金平台已支付，支付日期2026-12-01。"),
    r(MUSCW, "olzhcnplain", "paid", None, "尾款已通过零余额账户支付，请注意查收。\n\n财务处\n电话：010-6521 3307"),
    r(WU_TW, "olzhtw", "paid", None, "您好，第二期款已於今日匯出，匯款水單如附件，煩請查收。\n\n吳佩珊\n台中精密機械 財務課\nTEL: 04-2359-1234 #215",
      atts=["匯款水單.pdf"]),
    r(WUG, "gmailtw", "paid", None, "款項昨天已經匯過去了喔，再麻煩確認一下～"),
    r(LEUNG, "gmailtw", "paid", None, "Hi 王生，d錢已經過咗去你哋account，今朝入嘅，please check 吓。\n\nKaho", thread="i-hk"),
    r(NOWAK, "olen", "paid", None, "Dear Mr Wang,\n\nThe transfer was ordered on 30.11.2026. Please find the MT103 confirmation attached.\n\n"
      "Kind regards,\nAgnieszka Nowak\nAccounts Payable, Polmarex Sp. z o.o.\ntel. +48 61 855 20 14", atts=["MT103_PL-2026-04.pdf"]),
    r(CHIAMAKA, "gmailen", "paid", None, "Good afternoon Sir,\n\nTrust this meets you well. Please be informed that payment has been effected "
      "today. Find attached the SWIFT copy for your perusal.\n\nWarm regards,\nChiamaka", atts=["SWIFT copy.pdf"]),
    r(TREMBLAY, "appleen", "paid", None, "Hi Wang,\n\nThe cheque went out in Friday's mail run - it's cheque #004417. Let me know when it "
      "arrives.\n\nJulie"),
    r(HERRERA, "owaen", "paid", None, "Hi Wang,\n\nWe already made the payment (transferencia) last Tuesday. Attached the comprobante.\n\n"
      "Saludos,\nLuis Herrera", atts=["comprobante_SPEI.pdf"]),
    r(NIAMH, "gmailen", "paid", None, "All sorted - paid this morning. Apologies for the delay, it was sitting in an approval queue while "
      "I was off.\n\nNiamh"),
    r(LIZ, "olmobzh", "paid", None, "钱出了"),
    r(TEAQQ, "qqweb", "paid", None, "上个礼拜二转的，你们再查查"),
    r(ZHANGS, "mmios", "paid", None, "款已支付，回单稍后由出纳发送。", sender=("张所长", "zhangsz_shadi@163.com")),
    r(WHCW, "foxmail", "paid", None, "", atts=["银行回单_20261201.pdf", "付款申请单.pdf"]),
    r(FUG, "gmailzh", "paid", None, "我们财务说钱早就打了，你们是不是对错账了？麻烦核实一下，别重复催。"),
    r(PIG126, "n126", "paid", None, "你好，已汇，请查收"),
    r(Who("吳經理", "kc.wu@tc-precision.com.tw", TPE, "i-tw"), "ioszhtw", "paid", None, "已匯款，謝謝"),
    r(NGAP, "owaen", "paid", None, "Dear Sir,\n\nSee below confirmation from our treasury.\n\nRegards,\nFinance\n\n-----Original Message-----\n"
      "From: Treasury Ops <treasury@paystackly.ng>\nSent: Wednesday, December 2, 2026 10:12 AM\nTo: Finance <finance@paystackly.ng>\n"
      "Subject: RE: Payment to Example Tech\n\nThe payment of USD 22,500.00 has been executed and the funds left our account today "
      "(value date 02/12/2026)."),
    r(TREMBLAY, "olen", "paid", None, "Answers below.",
      inline=("If you have already paid", "-> Paid by EFT on Nov 27, trace no. 77120034. JT")),
    r(TOMASZ, "tben", "paid", None, "Payment was done on 27th November.\n\nTomasz", below=True),
    r(CIARAN, "iosen", "paid", None, "Paid Friday, should be with you by now."),
    r(MUSCW, "coremail", "paid", None, "尾款已支付。附：支付凭证。", atts=["支付凭证.jpg"]),
    r(EMEKA, "gmailapp", "paid", None, "We paid on the 1st. Chiamaka has the details."),
    r(Who("Chen Xiaoyu", "1372290081@qq.com", SH, "i-tea"), "qqappen", "paid", None, "Hi, my father asked me to tell you the money was "
      "sent yesterday evening via mobile banking."),
]

PARTIAL = [
    r(FYCW, "exmail", "partial_payment", None, "76000我们先付了50000，另外26000等无人机交付验收后再付。"),
    r(CHENS, "huawei", "partial_payment", None, "尾款先给你们转了一万剩下八千六年前一定给"),
    r(SJYCW, "olzhcn", "partial_payment", None, "三期款264,000元，本次支付132,000元（50%），其余50%待施工图审查通过后支付。"),
    r(HUJ, "n163", "partial_payment", None, "首付款15万，这次先付10万承兑，剩下5万月底现汇。"),
    r(RESCW, "alimail", "partial_payment", None, "第二期款98,000元，已支付58,800元（60%），剩余部分根据合同在系统验收后支付。"),
    r(PIGCW, "coremail", "partial_payment", None, "验收款扣除延迟交付违约金9,350元后，实付177,650元，已于今日支付。"),
    r(Who("吳佩珊", "ps.wu@tc-precision.com.tw", TPE, "i-tw"), "owazhtw", "partial_payment", None,
      "第二期款先匯了一半（USD 12,000），剩下的下個月初匯。"),
    r(LEUNG, "gmailtw", "partial_payment", None, "Hi 王生，我哋先過咗HKD 30,000，餘數等老闆返嚟簽咗再過。"),
    r(NOWAK, "olen", "partial_payment", None, "Dear Mr Wang,\n\nWe have paid EUR 20,000 today; the remaining EUR 12,400 will follow after the "
      "acceptance of the second delivery.\n\nKind regards,\nAgnieszka Nowak"),
    r(CHIAMAKA, "gmailen", "partial_payment", None, "Dear Sir,\n\nKindly note that we have paid 50% (USD 11,250.00) today. The balance will "
      "be paid on completion of the UAT sign-off.\n\nRegards,\nChiamaka"),
    r(TREMBLAY, "olen", "partial_payment", None, "Hi Wang,\n\nWe've sent CAD 9,000 of the CAD 14,500 today. Our board approves anything "
      "above 10k, so the rest goes after the Dec 16 board meeting.\n\nJulie"),
    r(NIAMH, "gmailen", "partial_payment", None, "Paid €15k of the €24k today. The remaining €9k is on hold until the German locale bugs "
      "are fixed."),
]

PROMISE = [
    r(LIZ, "exmail", "promise", D(12, 8), "下周二付款"),
    r(LIQQ, "qqapp", "promise", D(12, 11), "这周五之前搞定", day=THU10),
    r(CHENS, "huawei", "promise", D(12, 10), "茶叶款下来了就给你们打大概十号左右"),
    r(ZHANGS, "olzhcn", "promise", D(12, 25), "王经理：三期款已提交付款申请，预计本月25日前支付。\n\n张所长\n上海沙迪建筑设计研究院 第三设计所"),
    r(SJYCW, "coremail", "promise", D(12, 18), "收到贵司催款函。该款项我院将于本周五前支付完毕。", thread="i-design-d", day=MON14),
    r(HUJ, "n163", "promise", D(12, 31), "月底前一定付，这个月回款情况不好。"),
    r(WHCW, "foxmail", "promise", D(1, 4), "下周一付", day=TUE29),
    r(RESCW, "alimail", "promise", D(12, 20), "二期款在１２月２０日前支付。", note="full-width digits"),
    r(FUG, "gmailzh", "promise", D(12, 23), "下周三付", day=FRI18),
    r(PIGCW, "coremail", "promise", D(12, 25), "集团资金计划排在下旬，预计12月25日支付。"),
    r(PIG126, "n126", "promise", D(12, 10), "十二月十日之前支付"),
    r(MUSCW, "olzhcnplain", "promise", D(1, 15), "尾款需待年度决算后支付，预计2027年1月中旬。"),
    r(WU_TW, "olzhtw", "promise", D(12, 20), "您好，第二期款預計於115年12月20日匯出。\n\n吳佩珊", note="ROC year 115 = 2026"),
    r(WUG, "gmailtw", "promise", D(12, 15), "我們會在 12/15 匯款"),
    r(Who("吳經理", "kc.wu@tc-precision.com.tw", TPE, "i-tw"), "ioszhtw", "promise", D(12, 14), "下禮拜一會匯", day=THU10),
    r(LEUNG, "gmailtw", "promise", D(12, 9), "Hi 王生，account 話下個禮拜三會出票。"),
    r(HKACC, "olmobtw", "promise", D(12, 15), "我哋會喺15/12前過數"),
    r(NOWAK, "olen", "promise", D(12, 18), "Dear Mr Wang,\n\nThe payment is scheduled for 18.12.2026.\n\nKind regards,\nAgnieszka Nowak"),
    r(TOMASZ, "tben", "promise", D(12, 9), "We'll transfer the money within 7 days.", below=True),
    r(CHIAMAKA, "gmailen", "promise", D(12, 10), "Dear Sir,\n\nPayment will be made on 10/12/2026.\n\nRegards,\nChiamaka"),
    r(NGAP, "owaen", "promise", D(12, 4), "Dear Sir,\n\nWe will effect payment by Friday.\n\nRegards,\nFinance"),
    r(TREMBLAY, "appleen", "promise", D(12, 15), "Payment will go out 2026-12-15 via EFT.\n\nJulie Tremblay\nDirector of Finance & Operations\n"
      "Toronto Donors Network\n416-555-0193"),
    r(CAED, "olen", "promise", D(12, 11), "Hi Wang,\n\nWe should have this paid by end of next week.\n\nMark"),
    r(HERRERA, "owaen", "promise", D(1, 4), "Hi Wang,\n\nWe will pay on 04/01/2027 after the holidays.\n\nSaludos,\nLuis", note="day-first (Mexico)"),
    r(MXG, "gmailen", "promise", D(12, 7), "Payment next Monday, promise."),
    r(NIAMH, "gmailen", "promise", D(12, 11), "It'll go out on the 11th."),
    r(CIARAN, "iosen", "promise", D(12, 24), "Will be paid before Christmas."),
    r(LIZ, "mailmaster", "promise", D(12, 3), "明天上午付", sender=("李总", "lizong_fy@163.com")),
    r(TEAQQ, "qqweb", "promise", None, "年前肯定付清", note="年前: before the Lunar New Year, no day"),
    r(WHCW, "coremail", "promise", D(12, 8), "我司已安排12月8日付清全部欠款，请暂缓发送律师函。", thread="i-auto-d",
      sender=("武汉汽配财务", "cw@wh-qipei.com")),
    r(SJYMOB, "olmobzh", "promise", D(12, 16), "两周内付"),
    r(Who("郭部长", "guobz@sina.com", SH, "i-pig"), "sina", "promise", D(1, 4), "元旦后第一个工作日付"),
    r(ZHAOL, "coremail", "promise", D(1, 5), "财政下月初拨款后即付。"),
    r(NGAP, "android", "promise", D(12, 15), "Kindly expect payment latest 15th December.\n\nFinance"),
    r(FUZ, "huawei", "promise", D(12, 18), "周五付", day=MON14),
    r(NOWAK, "olenplain", "promise", D(12, 3), "The payment order will be released in our next payment run, which is on Thursday.\n\nA. Nowak"),
    r(TREMBLAY, "olen", "promise", D(12, 11), "Hi Wang,\n\nUpdate: payment moved to Dec 11 because of our board meeting.\n\nJulie",
      earlier="We will pay on Dec 4.\n\nJulie", note="quoted earlier answer names another day"),
    r(VIVIAN, "gmailen", "promise", D(12, 9), "Hi, the 2nd installment will be wired on Dec 9 from our HK account.\n\nVivian\nCFO, Feiyi UAV",
      note="English answer to a Chinese reminder"),
    r(CIARAN, "gmailen", "promise", D(12, 15), "We'll have paid by the 15th at the latest.", note="future perfect"),
    r(TOMASZ, "olen", "promise", D(12, 18), "Payment on 18/12.\n\nTomasz Zielinski\nPlease note: our office is closed 24.12.2026-01.01.2027.",
      note="day-first; a date range in the signature"),
    r(Who("郭部长", "guobz@icloud.com", SH, "i-pig"), "applezh", "promise", D(1, 10), "1月上旬付"),
    r(NIAMH, "olmoben", "promise", D(12, 15), "Should be paid mid-December."),
    r(FYCW, "exmail", "promise", D(12, 7), "下面是我们内部的审批结果，出纳这两天付。\n\n-------- 转发邮件信息 --------\n"
      "发件人：\"OA系统\" <oa@feiyi-uav.com>\n发送时间：2026年12月2日 9:12\n主题：【审批通过】付款申请-示例科技-第二期款\n\n"
      "审批状态：已通过\n付款金额：76,000.00\n计划付款日期：2026-12-07", note="forwarded approval names the day"),
    r(Who("赵老师", "zhaol@bjdm-museum.cn", SH, "i-museum"), "ioszh", "promise", D(12, 9), "五个工作日内付"),
    r(HKACC, "owazhtw", "promise", D(1, 31), "我哋會喺下個月尾前俾晒"),
]

MORE_TIME = [
    r(LIZ, "exmail", "more_time", None, "最近出货多回款慢，第二期款能否延后一个月？"),
    r(CHENS, "huawei", "more_time", None, "茶叶还没卖出去能不能宽限几天"),
    r(ZHANGS, "olzhcn", "more_time", D(1, 20), "因院内资金计划调整，三期款申请延期至2027年1月20日支付，请予以支持。"),
    r(HUJ, "n163", "more_time", None, "能不能给我们分六个月付？每个月两万五。"),
    r(FUZ, "alimail", "more_time", None, "项目回款不及预期，申请第二期款延至春节后支付。"),
    r(GUO, "coremail", "more_time", None, "猪价下跌，集团资金紧张，申请缓付三个月。"),
    r(WU_TW, "olzhtw", "more_time", D(1, 15), "因年底結算，請問第二期款可否延至明年1月15日？"),
    r(LEUNG, "ioszhtw", "more_time", D(12, 16), "可唔可以遲兩個禮拜先俾？"),
    r(NOWAK, "olen", "more_time", None, "Dear Mr Wang,\n\nWould you accept payment in two instalments, in December and January?\n\n"
      "Kind regards,\nAgnieszka Nowak"),
    r(CHIAMAKA, "gmailen", "more_time", None, "Dear Sir,\n\nWe are currently experiencing FX scarcity at our bank and kindly request an "
      "extension of 30 days.\n\nRegards,\nChiamaka"),
    r(CAED, "olen", "more_time", D(1, 31), "Hi Wang,\n\nIs there any flexibility to move this to January 31st? Our fiscal year closes "
      "Dec 31 and the budget line is exhausted.\n\nMark"),
    r(HERRERA, "owaen", "more_time", D(12, 18), "Can you give us until the 18th? The peso moved a lot this week."),
    r(NIAMH, "gmailen", "more_time", None, "Could we have a few extra weeks on this one?"),
    r(GUO, "coremail", "more_time", None, "我们分两次付：12月15日付一半，1月15日付一半。", note="instalments"),
]

DISPUTE = [
    r(LIZ, "exmail", "dispute", None, "地面站软件在高原测试时连续三次丢失图传，问题没解决前第二期款不能付。"),
    r(LIQQ, "qqapp", "dispute", None, "这个钱不该我们出 合同上写的是硬件方承担"),
    r(CHENS, "huawei", "dispute", None, "你们做的小程序扫码老是扫不出来客人都投诉了这钱我们先不给"),
    r(ZHANGS, "olzhcn", "dispute", None, "三期款对应的成果为“施工图阶段协同模块”，贵司至今未提交验收材料，我院无法启动付款流程。"),
    r(SJYCW, "coremail", "dispute", None, "贵司所发催款函中金额有误：三期合同金额为220,000元，非264,000元（合同变更单已取消二次开发部分）。请核实。",
      thread="i-design-d"),
    r(HUJ, "n163", "dispute", None, "你们的系统上线后我们一条线停了两天，损失还没算，你们还好意思催款？"),
    r(WHCW, "foxmail", "dispute", None, "对贵司的催款函我司不予认可。合同第8条约定首付款在双方签署需求确认书后支付，需求确认书至今未签。",
      thread="i-auto-d"),
    r(RESCW, "alimail", "dispute", None, "发票税率开错了，合同约定6%，你们开的13%，无法报销。"),
    r(FUG, "gmailzh", "dispute", None, "会员系统和我们PMS对接还没通，这个阶段不能算完成。"),
    r(PIGCW, "coremail", "dispute", None, "发票上的单位名称少了“（集团）”两个字，我们财务不收。"),
    r(PIG126, "n126", "dispute", None, "验收报告上有三项不合格，你们还没整改完，这笔款不付。"),
    r(MUSCW, "olzhcnplain", "dispute", None, "导览系统在展厅内定位偏差较大，专家评审意见要求整改，整改完成前不支付尾款。"),
    r(WU_TW, "olzhtw", "dispute", None, "第二期款的條件是完成現場安裝與教育訓練，目前教育訓練尚未進行，故暫不付款。"),
    r(TWMGR, "owazhtw", "dispute", None, "報價單上的金額是未稅價，你們發票又另外加了營業稅，這個我們不能接受。"),
    r(LEUNG, "gmailtw", "dispute", None, "王生，個網站仲有好多bug，listing search成日出錯，搞掂咗先講錢啦。"),
    r(HKACC, "olmobtw", "dispute", None, "我哋從來冇批過呢個change request，點解要俾錢？"),
    r(NOWAK, "olen", "dispute", None, "Dear Mr Wang,\n\nWe have to reject this invoice: the scanning app still crashes on the Zebra TC52 "
      "devices, which is a documented acceptance criterion.\n\nKind regards,\nAgnieszka Nowak"),
    r(TOMASZ, "tben", "dispute", None, "The second milestone was conditional on the integration with our WMS going live. It has not. "
      "Please do not send further reminders until then.", below=True),
    r(CHIAMAKA, "gmailen", "dispute", None, "Dear Sir,\n\nWe disagree with the amount. The SOW was revised in September (v2.1) and the "
      "UAT payment was reduced to USD 18,000.\n\nRegards,\nChiamaka"),
    r(NGAP, "owaen", "dispute", None, "Dear Sir,\n\nKindly note that the UAT has not been signed off due to outstanding issues on the "
      "liveness check. Payment cannot be processed at this time.\n\nRegards,\nFinance"),
    r(TREMBLAY, "olen", "dispute", None, "Hi Wang,\n\nI'm afraid we can't pay this one. The migration dropped about 2,000 donor records "
      "and we're still cleaning up.\n\nJulie"),
    r(CAED, "appleen", "dispute", None, "Hold on - this milestone was supposed to be billed after go-live, not after data mapping. "
      "Please check clause 4.\n\nMark"),
    r(HERRERA, "owaen", "dispute", None, "We are not going to pay this invoice until you send a technician to fix the sync, the stock "
      "numbers are wrong every day."),
    r(NIAMH, "gmailen", "dispute", None, "This looks like a duplicate of INV-2026-118, which we paid in October. Please cancel it."),
    r(CIARAN, "iosen", "dispute", None, "Can't approve this - the Japanese strings were never delivered."),
    r(FYCW, "foxmail", "dispute", None, "王工您好，第二期款我们这边有点疑问：合同里写的是“飞行测试通过后”支付，目前测试报告我们还没收到，"
      "是否可以先把报告发过来？", sender=("", "lin.cw@feiyi-uav.com")),
    r(RESCW, "alimail", "dispute", None, "见下面标注。", inline=("金额：￥98,000.00", "【这个金额不对，合同是88,000】")),
    r(Who("郭部长", "guobz_hy@163.com", SH, "i-pig"), "mailmaster", "dispute", None,
      "你们这个软件用了不到一个月就卡死三次 先别催了 等你们技术过来看了再说"),
    r(TEAQQ, "qqweb", "dispute", None, "你们是哪个公司的？我们好像没有欠你们钱吧"),
    r(HUJ, "n163", "dispute", None, "这个款项我们要跟主机厂的回款挂钩，等主机厂付了我们才付。", note="pay-when-paid, not in the contract"),
    r(FUZ, "owazh", "dispute", None, "催款函里的逾期利息我们不认，除非把利息免掉，否则本金我们也先不付。"),
    r(CIARAN, "gmailen", "dispute", None, "Hi Wang,\n\nWe'd appreciate it if you could take another look at the invoice - I believe the "
      "hours billed for October exceed what we approved.\n\nCiarán"),
]

ACCEPTANCE = [
    r(LIZ, "exmail", "acceptance", None, "飞行测试已经通过，测试报告双方签字了，你们可以开第三期发票。"),
    r(ZHANGS, "olzhcn", "acceptance", None, "经我院组织专家评审，BIM协同设计平台三期成果验收合格，验收意见附后。", atts=["验收意见.pdf"]),
    r(GUO, "coremail", "acceptance", None, "饲喂数据平台已于12月1日通过集团终验。"),
    r(ZHAOL, "olzhcnplain", "acceptance", None, "数字展厅导览系统已通过馆方验收，验收证书近日寄出。", sender=("赵老师", "zhaol@bjdm-museum.cn")),
    r(WU_TW, "olzhtw", "acceptance", None, "本公司已完成驗收，驗收單已用印，隨信附上掃描檔。", atts=["驗收單.pdf"]),
    r(NOWAK, "olen", "acceptance", None, "Dear Mr Wang,\n\nWe confirm the acceptance of the milestone 2 deliverables. The signed protocol "
      "is attached.\n\nKind regards,\nAgnieszka Nowak", atts=["Protokol_odbioru_M2.pdf"]),
    r(EMEKA, "gmailen", "acceptance", None, "Hello,\n\nWe are pleased to inform you that the UAT has been signed off. Kindly proceed to "
      "raise the invoice.\n\nEmeka Nwosu\nProduct Lead"),
    r(CAED, "olen", "acceptance", None, "Good news - the board approved the migration as complete at last night's meeting.\n\nMark"),
    r(NIAMH, "gmailen", "acceptance", None, "QA passed on all 14 locales, we're happy to accept M3.", thread="i-ie-n"),
    r(LEUNG, "ioszhtw", "acceptance", None, "我哋已經驗收咗，冇問題，你哋可以開下一期invoice。"),
]

RESEND = [
    r(LIZ, "exmail", "resend_request", None, "麻烦把第二期的发票重新发一下，之前的邮件被我们邮箱拦截了。"),
    r(TEAQQ, "qqweb", "resend_request", None, "我这里没看到发票 你再发一下 发微信也行 手机号13857201166"),
    r(ZHANGS, "olzhcn", "resend_request", None, "请补充提供：加盖公章的结算单、发票复印件、阶段成果确认单，以便办理付款。"),
    r(HUJ, "n163", "resend_request", None, "对账单发一份过来，我们核对一下往来。"),
    r(RESCW, "alimail", "resend_request", None, "电子发票没有收到，麻烦发到 finance@hn-resort.com"),
    r(PIGCW, "coremail", "resend_request", None, "请把合同原件邮寄一份到集团财务共享中心，我们这边缺原件无法付款。"),
    r(MUSCW, "olzhcnplain", "resend_request", None, "请按财政要求重新提供纸质发票一式三份。"),
    r(TWMGR, "owazhtw", "resend_request", None, "請重新寄送電子發票，上次的附件是空白的。"),
    r(LEUNG, "gmailtw", "resend_request", None, "唔該send多次張invoice俾我，我搵唔到。"),
    r(NOWAK, "olen", "resend_request", None, "Dear Mr Wang,\n\nCould you please send us the invoice in PDF together with the proforma? Our bank "
      "requires both for the foreign transfer.\n\nKind regards,\nAgnieszka Nowak"),
    r(NGAP, "gmailen", "resend_request", None, "Dear Sir,\n\nKindly resend the invoice signed and stamped, as required by our internal "
      "control.\n\nRegards,\nFinance"),
    r(TREMBLAY, "appleen", "resend_request", None, "Can you send me a W-8BEN-E and your banking letter? Our auditor needs them on file "
      "before we pay a foreign vendor."),
    r(CAED, "olmoben", "resend_request", None, "We haven't paid it yet because we never received the invoice. Could you send it to "
      "ap@torontodonorsnet.org?", note="not paid: because no invoice"),
]

BANK = [
    r(LIZ, "exmail", "bank_question", None, "你们财务发来邮件说收款账户换成了深圳的一个账户，这个是真的吗？先确认一下再付。"),
    r(CHENS, "huawei", "bank_question", None, "我转到你们邮件里那个账号上 户名写的是示例科技 对吧 不会转错吧"),
    r(ZHANGS, "olzhcn", "bank_question", None, "邮件里的账户与合同约定的收款账户不一致，请贵司出具加盖公章的账户确认函。"),
    r(HUJ, "n163", "bank_question", None, "你们账户能收电子承兑吗？还是只收现汇？"),
    r(RESCW, "alimail", "bank_question", None, "你们的账号是对公账户吗？我们只能付对公。"),
    r(WU_TW, "olzhtw", "bank_question", None, "請問貴公司是否有台灣的收款帳戶？跨境匯款手續費較高。"),
    r(LEUNG, "ioszhtw", "bank_question", None, "Hi 王生，可唔可以俾個香港戶口我哋過數？FPS會方便啲。"),
    r(NOWAK, "olen", "bank_question", None, "Dear Mr Wang,\n\nWe received an email yesterday from accounts@example-cn.com with new bank "
      "details in Poland. Is this legitimate?\n\nKind regards,\nAgnieszka Nowak"),
    r(CHIAMAKA, "gmailen", "bank_question", None, "Please confirm if your account can receive USD from Nigeria, our bank says the "
      "beneficiary bank needs to be on their list."),
    r(HERRERA, "owaen", "bank_question", None, "Can we pay you in MXN to your account or must it be USD? Also, is the SWIFT code "
      "EXMPCNSH correct?"),
    r(TOMASZ, "tben", "bank_question", None, "Is Example Bank Hangzhou Branch the same bank as on our vendor master? Ours shows "
      "Bank of China.", below=True),
]

OOF = ("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All")
AUTO = [
    r(LIZ, "exmail", "auto_reply", None, "", raw=m.auto("自动回复：", "您好，我已收到您的邮件，目前正在外地出差，会尽快回复。紧急事务请致电 0755-8602 7711。",
      headers=("Auto-Submitted: auto-replied",), mid="<tencent_{h}@qq.com>"), note="Exmail auto-replied"),
    r(TEAQQ, "qqhtml", "auto_reply", None, "", raw=m.auto("自动回复: ", "这是来自QQ邮箱的假期自动回复邮件。\n\n茶季忙，邮件不常看，有事打电话。",
      charset="gb18030", html_only=True, mid="<tencent_{h}@qq.com>"), note="QQ vacation, HTML only"),
    r(ZHANGS, "olzhcn", "auto_reply", None, "", raw=m.auto("自动答复: ", "您好！本人12月1日至12月10日休年假，期间付款事宜请联系财务部 021-6358 1020。",
      headers=(*OOF, "X-MS-Exchange-Inbox-Rules-Loop: zhangsz@shadi-design.com"), utc=True, charset="gb2312"), note="Exchange OOF zh"),
    r(HUJ, "n163", "auto_reply", None, "", raw=m.auto("自动回复：", "您的来信已收到，我会尽快处理。\n——武汉汽配 采购部 胡", tail=" (CST)"),
      note="163 自动回复, no header"),
    r(GUO, "coremail", "auto_reply", None, "", raw=m.auto("自动回复: ", "您好，我正在猪场现场，信号不好，邮件晚些回复。急事请打 0371-6677 2210。",
      headers=("X-Autoreply: yes",), tail=" (GMT+08:00)"), note="Coremail X-Autoreply"),
    r(WU_TW, "olzhtw", "auto_reply", None, "", raw=m.auto("自動回覆: ", "您好，本人目前休假中，將於12月7日返回辦公室。付款相關事宜請洽財務課 分機215。",
      headers=OOF, utc=True, charset="big5"), note="Exchange OOF zh-TW, Big5"),
    r(NOWAK, "olen", "auto_reply", None, "", raw=m.auto("Automatic reply: ", "I am out of the office until 04.01.2027. For payment matters "
      "please contact ksiegowosc@polmarex.pl.\n\nJestem poza biurem do 04.01.2027. W sprawach płatności proszę o kontakt: "
      "ksiegowosc@polmarex.pl.", headers=OOF, utc=True), note="Exchange OOF en/pl"),
    r(Who("Paystackly Support", "support@paystackly.ng", LOS, "i-ng"), "owaen", "auto_reply", None, "",
      raw=m.auto("Ticket Received - ", "Dear Customer,\n\nWe have received your request and a ticket (#NG-90211) has been created. One of "
      "our agents will respond within 48 hours.\n\nThis is an automated message; please do not reply.", headers=("Precedence: auto_reply",)),
      note="helpdesk receipt, Precedence only"),
    r(TREMBLAY, "gmailen", "auto_reply", None, "", raw=m.auto("", "Hi there,\n\nI'm away until December 14 with no access to email. For "
      "urgent finance questions, please write to finance@torontodonorsnet.org.\n\nThanks,\nJulie", subject="Away until Dec 14",
      headers=("Auto-Submitted: auto-replied",), mid="<CA{h}@mail.gmail.com>"), note="Gmail vacation responder, own subject"),
    r(CIARAN, "olen", "auto_reply", None, "", raw=m.mdn("Read: ", "Your message\n\n  To: Ciarán Walsh\n  Subject: Payment reminder\n"
      "  Sent: Monday, November 30, 2026 1:00:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Wednesday, December 2, "
      "2026 10:15:22 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.", "Microsoft Exchange Server",
      "manual-action/MDN-sent-automatically; displayed"), note="Outlook read receipt"),
    r(HKACC, "olmobtw", "auto_reply", None, "", raw=m.mdn("Not read: ", "Your message\n\n  To: accounts@harbourview-realty.com.hk\n  Subject: "
      "Payment reminder\n\nwas deleted without being read on 02/12/2026 11:20.", "Microsoft Exchange Server",
      "manual-action/MDN-sent-automatically; deleted"), note="deleted without being read"),
]

BOUNCE = [
    r(NOWAK, "olen", "bounce", None, "", raw=m.dsn("AM9PR02MB7410.eurprd02.prod.outlook.com", "a.nowak@polmarex.pl", "5.4.1",
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
      "Delivery has failed to these recipients or groups:\n\na.nowak@polmarex.pl\nYour message couldn't be delivered. Despite repeated "
      "attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
      frm="postmaster@polmarex.pl", subject="Undeliverable: Payment reminder", utc=True), note="Exchange NDR en"),
    r(FUZ, "alimail", "bounce", None, "", raw=m.dsn("mx.hn-resort.com", "fu.zong@hn-resort.com", "5.7.1",
      "554 5.7.1 Message rejected as spam by Content Filtering", "This is the mail system at host mx.hn-resort.com.\n\nYour message was "
      "rejected by the recipient's server as spam and was not delivered."), note="policy rejection 5.7.1"),
    r(ZHANGS, "coremail", "bounce", None, "", raw=m.plain_bounce("postmaster@shadi-design.com", "系统退信",
      "您好，您发送的邮件未能投递：\n收件人：zhangsz@shadi-design.com\n原因：收件人不存在（550 Mailbox not found）\n本邮件由系统自动发出，请勿回复。",
      charset="utf-8"), note="Coremail 退信, no DSN part"),
    r(CHIAMAKA, "gmailen", "bounce", None, "", raw=m.dsn("mx.google.com", "chiamaka.okafor@paystackly.ng", "4.7.0",
      "421-4.7.0 Try again later, closing connection.", "** Message not delivered yet **\n\nThere was a temporary problem delivering your "
      "message to chiamaka.okafor@paystackly.ng. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
      action="delayed", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject="Delivery Status Notification (Delay)"),
      note="delay, not permanent"),
    r(PIG126, "n126", "bounce", None, "", raw=m.dsn("126.com", "guo_hymy@126.com", "5.2.2", "552 Mailbox quota exceeded",
      "您好，您发送的邮件未能投递到 guo_hymy@126.com\n原因：收件人邮箱空间已满。\n\n此邮件为系统自动发送，请勿回复。", charset="utf-8",
      frm="Mail Delivery System <MAILER-DAEMON@126.com>", subject="系统退信"), note="126 quota full"),
    r(CHENS, "huawei", "bounce", None, "", raw=m.plain_bounce("Mail Delivery Subsystem <MAILER-DAEMON@mail.139.com>", "Undelivered Mail",
      "Your message could not be delivered to chen.baicha@139.com: host unreachable after 3 attempts. Giving up.", charset="us-ascii",
      lead="----- Original message headers -----"), note="words only, no DSN part, English"),
    r(CAED, "olen", "bounce", None, "", raw=m.dsn("mail.torontodonorsnet.org", "mark.olsen@torontodonorsnet.org", "5.1.2",
      "550 5.1.2 Host unknown (Name server: torontodonorsnet.org: host not found)", "The original message was received at "
      "Mon, 30 Nov 2026 01:00:00 GMT\n\n   ----- The following addresses had permanent fatal errors -----\n<mark.olsen@torontodonorsnet.org>\n"
      "    (reason: 550 5.1.2 Host unknown)", subject="Returned mail: see transcript for details"), note="sendmail 5.1.2"),
]

OTHER = [
    r(LIQQ, "qqapp", "other", None, "收到 我问下老板"),
    r(ZHANGS, "olzhcn", "other", None, "此事已转我院财务部办理，后续请与财务部张老师联系（021-6358 1020）。", note="转 is not 转账"),
    r(FUZ, "alimail", "other", None, "王经理，下周我们老板想约你们吃个饭，聊聊三期的事。"),
    r(GUO, "coremail", "other", None, "请问你们有没有做过养殖场环境监测的项目？我们明年想上。"),
    r(MUSCW, "olzhcnplain", "other", None, "来函收悉。"),
    r(WUG, "gmailtw", "other", None, "收到，謝謝提醒。"),
    r(HKACC, "olmobtw", "other", None, "我轉咗俾accounts跟進", note="轉咗俾 is a hand-off, not a transfer"),
    r(TOMASZ, "olen", "other", None, "Thank you, I passed this on to our controlling team.\n\nTomasz Zielinski"),
    r(EMEKA, "gmailen", "other", None, "Noted with thanks."),
    r(CAED, "olen", "other", None, "Hi Wang - I'm no longer handling vendor payments. Please contact finance@torontodonorsnet.org going "
      "forward.\n\nMark"),
    r(MXG, "gmailen", "other", None, "Let me check with my boss and I'll get back to you tomorrow."),
    r(NIAMH, "gmailen", "other", None, "Out of curiosity, is the invoice in EUR or USD? The PO is in EUR."),
    r(Who("台灣機械工業同業公會", "news@tmba-news.org.tw", TPE, "i-tw"), "gmailtw", "other", None, "",
      raw=m.bulk(("台灣機械工業同業公會", "news@tmba-news.org.tw"), "【電子報】12月號：應收帳款與付款條件調查",
      "各位會員先進：\n\n本期內容：\n一、會員應收帳款逾期狀況調查（請於12月18日前回覆）\n二、海外客戶付款條件延長之因應\n三、已付款項對帳常見爭議\n\n"
      "如不欲再收到本電子報，請點選取消訂閱。", "news.tmba-news.org.tw"), known=False, note="bulk newsletter mentions 付款/逾期/爭議"),
    r(VIVIAN, "gmailen", "other", None, "Hi, who is the right person to talk to about the payment schedule for phase 3? Thanks, Vivian"),
    r(EMEKA, "gmailapp", "other", None, "👍"),
    r(GUO, "tbzh", "other", None, "我们还没付，不是故意拖，是OA流程卡在总经理那了，他下周回来再说。", below=True,
      note="negation, no commitment"),
    r(CAED, "iosen", "other", None, "I think accounts paid it last week but I'm not 100% sure, let me check.", note="hedged"),
    r(Who("Jack Li", "jack.li@feiyi-uav.com", SH, "i-drone"), "exmailen", "other", None, "Hi Wang, finance told me the 2nd payment is "
      "pending the CEO's approval. Will update you."),
]

# fmt: on
_DANGER = {"dispute", "bank_question", "auto_reply", "bounce"}


def _mark(e: tuple) -> tuple:
    style, kind, due, body, opts = e
    if kind in _DANGER or opts.get("known") is False:
        opts = {**opts, "danger": True}
    return (style, kind, due, body, opts)


I_SET = [
    _mark(e)
    for e in PAID
    + PARTIAL
    + PROMISE
    + MORE_TIME
    + DISPUTE
    + ACCEPTANCE
    + RESEND
    + BANK
    + AUTO
    + BOUNCE
    + OTHER
]
