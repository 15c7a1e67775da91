"""Held-out set E: ~160 client replies from other trades, other people, other habits.

Written blind (no rules, classifier, parser, date code, corpus bodies or sets C/D opened) by
a different author than sets C and D: a general contractor's accountant and boss about
工程款, an equipment buyer holding 质保金, a district government and a city SOE paying through
财政, a Taiwanese retailer (月結, 統一編號), a Hong Kong shop in Cantonese (Big5-HKSCS), and
software clients in the US (month-first dates, ACH, retainage), the UK, Germany (bottom-posting,
15.12.2026) and Singapore (withholding tax). Each answers its own reminder
(heldout_c_threads_e.py). Replies are dated Wed 2 Dec 2026 in the sender's zone unless
``day`` says otherwise; labels follow labels.yaml's date conventions and, when a reply is
genuinely ambiguous, name the kind that makes cuikuan ask the PM.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import heldout_c_machine_e as m
from heldout_c_threads_e import (
    AP,
    CHAN,
    CW,
    HE,
    KAREN,
    LEO,
    LI,
    LIN,
    LIUKE,
    MIKE,
    PRIYA,
    QIAN,
    SUN,
    TAN,
    TWLIN,
    WANG,
    WEBER,
    WONG,
    WU,
    ZHANG,
    ZHONG,
    ZHOU,
    Who,
    register,
)

register()


def d(month: int, day: int) -> date:
    """A day of Dec 2026 (month 12) or of Jan/Feb 2027 (month 1, 2)."""
    return date(2026 if month == 12 else 2027, month, day)


def e(who: Who, style: str, kind: str, due: date | None, body: str, **opts: Any) -> tuple:
    """One entry in the generator's tuple form, answering ``who``'s reminder as ``who``."""
    o = {"thread": who.thread, "sender": (who.name, who.email), **opts}
    if who.tz != "Asia/Shanghai":
        o.setdefault("tz", who.tz)
    return (style, kind, due, body, o)


P, PP, PR, MT, DI = "paid", "partial_payment", "promise", "more_time", "dispute"
AC, RS, BQ, OT, AR, BO = (
    "acceptance",
    "resend_request",
    "bank_question",
    "other",
    "auto_reply",
    "bounce",
)
X = {"danger": True}

# fmt: off
E_SET: list[tuple] = [
    # ---- general contractor: 工程款 (accountant 周会计, boss 何总 on his phone, clerk 林晓, 钱工)
    e(ZHOU, "coremail", P, None, "王经理：\n\n第三期进度款126万元已于昨天下午通过建设银行网银支付，电子回单见附件，请查收后开具收款收据寄我司财务部。\n\n周会计\n华建三局 财务部", atts=["建设银行电子回单_20261201.pdf"]),
    e(HE, "qqapp", P, None, "钱昨天就打了 你们财务查下"),
    e(LIN, "n163", P, None, "见附件", atts=["付款回单.pdf"], note="only a receipt attached"),
    e(HE, "mmios", PR, d(12, 9), "下周三之前给你们付，这几天在跟甲方对账，别急"),
    e(ZHOU, "coremail", PP, None, "王经理您好：\n\n贵司第三期进度款经我司审核按完成产值的80%支付，本次已付1,008,000.00元，剩余252,000.00元待结算审计完成后支付。\n\n特此说明。", **X),
    e(HE, "huawei", MT, None, "王总，甲方的钱还没下来，我们这边也周转不开。能不能分两次，这个月先付一半，剩下的一月份再给？"),
    e(ZHOU, "coremail", DI, None, "王经理：\n\n贵司报送的第三期进度款金额与监理单位审核的产值不一致（监理审定为986,000元），请按审定金额重新报送请款资料及发票。按原金额我司无法支付。", **X),
    e(QIAN, "qqweb", DI, None, "王工，三楼弱电井的桥架还没整改完，监理那边不签字，整改完之前这笔款走不了。", **X),
    e(LIN, "n163", DI, None, "王经理：按合同第十二条，进度款在建设单位拨付后7日内支付。建设单位目前尚未拨付本期款项，我司暂不具备付款条件，请理解。", **X, note="pay-when-paid clause: contract says not due"),
    e(ZHOU, "coremail", PR, d(12, 18), "王经理好，本期款已列入我司十二月份资金计划，预计十二月十八日前支付。"),
    e(HE, "qqapp", PR, None, "元旦节后给你结", note="after the holiday: promise without a day"),
    e(LIN, "mailmaster", RS, None, "王经理，项目上财务换人了，之前的发票和请款单找不到，麻烦再发一份电子版到这个邮箱，谢谢"),
    e(ZHOU, "coremail", BQ, None, "王经理：\n\n贵司来函中的收款账户为示例银行杭州分行，但我司付款系统中登记的是招商银行账户。请问以哪个为准？付款前需贵司出具盖公章的收款账户确认函。", **X),
    e(QIAN, "qqweb", OT, None, "收到，已经转给我们财务周会计了，后面付款的事你直接联系她，电话138 5712 0936。"),
    e(HE, "huawei", OT, None, "王总这个事我不太清楚，你问下我们项目经理老杨"),
    e(ZHOU, "coremail", AC, None, "王经理：智能化分部工程验收已于11月27日通过，验收记录各方已签字，原件由监理单位存档。"),
    e(LIN, "n163", PR, d(12, 7), "王经理，审批已经走完了，出纳说3个工作日内付出去。"),
    e(HE, "qqapp", PR, d(12, 15), "月中吧 月中一定给"),
    e(ZHOU, "coremail", DI, None, "王经理：\n\n因贵司施工原因造成智能化系统调试延误23天，根据合同第十八条需扣除工期违约金。本期款项将在扣除违约金后支付，具体扣款金额另行发函。", **X),
    e(HE, "mmios", P, None, "已经转了 你看下到了没"),
    e(QIAN, "qqweb", PR, d(12, 20), "跟财务确认过了，二十号之前付"),
    e(ZHOU, "coremail", PR, d(12, 9), "您好，该笔款项已审批，一周内到账。"),
    e(LIN, "mailmaster", P, None, "款子上周五就打过去了，你们财务再看看", note="上周五: past, not a promise"),
    e(HE, "qqapp", DI, None, "活还没干完就来催钱？消防联动都还没调试", **X),
    e(HE, "huawei", PR, d(12, 5), "大后天给你打过去"),
    e(LIN, "n163", MT, None, "王经理，我们这边资金确实比较紧张，本期款想延到春节后支付，还望理解。"),
    e(ZHOU, "coremail", P, None, "贵司第三期进度款已于2026年12月1日支付，付款金额1,260,000.00元。如有疑问请与我联系。", note="a date in the past and 疑问"),
    e(QIAN, "qqweb", P, None, "见下面", inline=("金额：", "【已付，12月1日建行付出 —— 钱】")),
    e(ZHOU, "coremail", P, None, "王经理，款已于今天上午付出，请查收。", earlier="收到，我们下周安排。"),
    e(LIN, "mailmaster", BQ, None, "王经理，你们这封邮件里的账号尾号是5678，之前合同上的好像不是这个，是换账户了吗？", **X),
    e(HE, "qqapp", PR, None, "这两天就给你弄", note="no day: promise without a date"),
    e(ZHOU, "qqhtml", P, None, "款项已付，回单在附件。", atts=["网银付款回单.pdf"]),
    e(LIN, "n163", DI, None, "你们开的是3%的普通发票，合同约定的是9%增值税专用发票，这个票我们没法入账，麻烦重开。", **X),
    e(QIAN, "qqweb", OT, None, "王经理，下周二上午的机电协调会贵司派谁参加？麻烦报个名字。"),
    e(HE, "ioszh", PP, None, "先打了50万过去，剩下的月底前给你们补齐", **X, note="paid part plus a promise for the rest"),
    e(ZHOU, "coremail", PR, d(12, 7), "还没付。财务那边说下周一付。", note="negation, then a dated promise"),
    e(HE, "qqapp", OT, None, "我记得是付了的啊，我再问问财务", note="unsure: checking with finance, not a paid"),
    # ---- equipment buyer: 质保金 (procurement 孙丽, finance mailbox, 王工, 李总)
    e(SUN, "exmail", DI, None, "王经理您好：\n\n这笔是质保金。合同约定质保期为设备验收合格之日起12个月，贵司设备是今年1月8日才验收的，质保期还没到，到期后我们会按流程支付。", **X, note="retention not yet due"),
    e(CW, "foxmail", P, None, "您好，质保金96,500元已于11月30日支付，请查收。"),
    e(CW, "foxmail", P, None, "", atts=["转账截图.jpg"], note="nothing but a transfer screenshot"),
    e(WANG, "n126", DI, None, "第二台设备的视觉相机从10月份开始误判率一直很高，报修了三次都没彻底解决。问题解决之前质保金不能付。", **X),
    e(SUN, "olzhcn", PR, d(12, 7), "王经理：质保金付款申请已审批通过，财务下周一统一走付款，到时候一起付给你们。"),
    e(CW, "alimail", PP, None, "您好，已支付质保金86,500元，另10,000元因两套备件至今未到货暂扣，待备件到货后支付。", **X, note="paid part, held part"),
    e(LI, "mmios", OT, None, "这个质保金是按含税价算的还是不含税？"),
    e(SUN, "exmail", DI, None, "王经理，发票上我司的纳税人识别号少了一位，系统认证不了，麻烦作废后重开，收到正确发票后安排付款。", **X),
    e(CW, "foxmail", BQ, None, "您好，我们收到一封以贵司名义发来的邮件，说贵司收款账户已变更为中国银行长沙芙蓉支行，请问是否属实？", **X),
    e(WANG, "n126", AC, None, "王经理，两台设备终验合格，验收单已签字盖章，扫描件见附件。", atts=["终验验收单_签字盖章.pdf"]),
    e(SUN, "olzhcn", PR, d(12, 20), "您好，该款项已纳入本月20号的付款批次。"),
    e(CW, "alimail", PR, d(1, 5), "本月预算已经用完了，下个月初安排。"),
    e(SUN, "exmail", OT, None, "王经理，我下周起休产假，此事请联系同事张敏 zhangmin@xiangjingji.com，我已把邮件转给她。"),
    e(LI, "mmios", PR, d(12, 4), "知道了，让财务这周五前付掉"),
    e(SUN, "exmail", PR, d(12, 9), "质保金已提交付款申请，预计下周三付款。"),
    e(SUN, "olzhcn", PR, d(12, 10), "王经理：质保金我司将于十二月十日前支付，请知悉。"),
    e(CW, "foxmail", BQ, None, "请问贵司开户行的联行号是多少？网银付款需要填写。", note="a question about our account: held, not answered automatically"),
    e(WANG, "n126", DI, None, "合同约定随机备件要在质保期内交齐，现在还差两套光源模组。备件交齐我们再付质保金。", **X),
    e(CW, "alimail", PR, d(12, 25), "已与财务沟通，本月25号付。"),
    e(LI, "mmios", MT, None, "王总，质保金能不能缓两个月？明年二月份一起结。"),
    e(SUN, "exmail", RS, None, "您好，请重新提供一下质保金的请款单和收据，我们需要附在付款申请后面。"),
    e(CW, "sina", P, None, "贵公司质保金已于今日通过农商银行付出，特此告知。", sender=("财务部", "xjj_caiwu@sina.com")),
    e(WANG, "n126", OT, None, "王经理，另外问一下，三号线那台设备的光源能单独买吗？报个价给我。"),
    e(LI, "ioszh", MT, d(1, 15), "王总，年底资金压力大，质保金能不能宽限到明年1月15号？"),
    e(SUN, "exmail", PP, None, "王经理，质保金先付了一半48,250元，另一半等光源问题处理完再付。", **X),
    # ---- district government / city SOE: 验收款 through 财政
    e(LIUKE, "coremail", MT, None, "王经理：\n\n贵司验收款需走财政国库集中支付，目前已提交区财政局审核。财政审批一般需要一到两个月，请耐心等待。", note="waiting on 财政, no date"),
    e(WU, "olzhcnplain", OT, None, "王经理您好，邮件已转呈我们领导，领导批示后我再回复您。"),
    e(WU, "owazh", PR, d(12, 10), "王经理您好，财务部反馈：该笔款项已走完内部审批，预计12月10日前支付。"),
    e(LIUKE, "coremail", DI, None, "王经理：二期项目尚未完成终验，专家评审提出的12项问题整改情况还未复核，目前不具备支付验收款的条件。", **X),
    e(ZHONG, "alimail", DI, None, "您好，发票抬头应为“杭州市西湖区数据资源管理局”，贵司开成了“西湖区数据局”，财政不予支付，请重开。", **X),
    e(ZHONG, "n126", P, None, "验收款420,000.00元已通过国库集中支付系统支付，支付凭证号2026-1201-0087。"),
    e(LIUKE, "tbzh", AC, None, "王经理：二期终验会议纪要已定稿，项目验收合格，请贵司准备请款资料。"),
    e(WU, "gmailzh", OT, None, "谢谢王经理提醒，祝工作顺利！"),
    e(WU, "owazh", PR, None, "王经理，目前在走财政审批，审批通过后5个工作日内支付。", note="conditional on 财政: no day"),
    e(LIUKE, "coremail", RS, None, "请将验收款的请款函（加盖公章）和发票纸质版邮寄至我局，地址：杭州市西湖区文三路500号，刘科长收。"),
    e(WU, "olzhcn", PR, d(12, 31), "根据集团资金安排，该笔款项年底前支付完毕。"),
    e(ZHONG, "n126", P, None, "你好，我们这边显示已经付了，11月26日付的，请核实一下。"),
    e(ZHONG, "alimail", PP, None, "您好，本次支付验收款的90%即378,000元，剩余10%作为质保金，一年后支付。", **X),
    e(WU, "gmailzh", PR, d(12, 25), "王经理，经请示，预计二〇二六年十二月二十五日之前完成支付。"),
    e(LIUKE, "coremail", OT, None, "王经理，请问贵司是否属于中小企业？需要提供中小企业声明函。"),
    e(WU, "owazh", OT, None, "领导这周在外地开会，回来后我提醒他签字。"),
    e(LIUKE, "coremail", PR, d(12, 23), "财政已批复，国库支付一般15个工作日内到账。"),
    e(WU, "gmailzh", OT, None, "王经理，这个项目的付款已经移交区财政局直接支付，您可以联系财政局国库科 0571-8796 5520。"),
    e(ZHONG, "n126", P, None, "已支付"),
    e(ZHONG, "alimail", DI, None, "您好，根据审计报告，二期项目审定金额为388,200元，较合同金额核减31,800元，验收款将按审定金额支付。", **X),
    e(LIUKE, "tbzh", P, None, "款项已经通过财政直接支付到贵司账户，请注意查收。", below=True),
    e(WU, "olzhcnplain", PR, d(12, 11), "王经理：经请示领导，验收款于下周五前支付。"),
    e(WU, "applezh", RS, None, "王经理，麻烦把贵司的开票信息和收款账户盖章版再发一次，财政那边要存档。"),
    # ---- Taiwan retailer (林怡君): 二期款, 月結, 統一編號
    e(TWLIN, "owazhtw", P, None, "王經理您好，二期款已於12/1匯出，匯款單如附件，請查收。", atts=["匯款單_1201.pdf"]),
    e(TWLIN, "olmobtw", PR, d(1, 10), "您好，敝公司採月結60天，此筆款項將於1月10日付款，謝謝。"),
    e(TWLIN, "gmailtw", DI, None, "王經理，發票上的統一編號有誤，請作廢重開，收到正確發票後才能請款。", **X),
    e(TWLIN, "ioszhtw", PR, d(12, 4), "本週五前會匯款"),
    e(TWLIN, "owazhtw", PP, None, "您好，已匯款NT$849,970，匯費30元依慣例內扣，請見諒。", **X, note="short by the bank fee the client deducted"),
    e(TWLIN, "olmobtw", MT, None, "王經理，因年底資金較緊，想請問二期款能否分兩期支付，12月及1月各付一半？"),
    e(TWLIN, "gmailtw", BQ, None, "請問貴公司有台灣的收款帳戶嗎？還是只能匯到大陸的銀行？"),
    e(TWLIN, "owazhtw", OT, None, "謝謝提醒，已轉給會計部處理。"),
    e(TWLIN, "ioszhtw", AC, None, "UAT已簽核完成，驗收單稍後寄出。"),
    e(TWLIN, "owazhtw", PR, d(12, 15), "預計十二月十五日匯款。"),
    e(TWLIN, "gmailtw", DI, None, "王經理，上週的驗收未通過，報表模組還有錯誤，請先修正後再安排複驗。", **X),
    # ---- Hong Kong shop (黃小姐 accounts, Karen, 陳生 the owner), Cantonese, Big5-HKSCS
    e(WONG, "olzhtw", P, None, "王先生，尾數HK$68,000已於今日經滙豐銀行電滙，附上銀行水單，請查收。", atts=["滙款水單.pdf"]),
    e(KAREN, "gmailtw", P, None, "已經用轉數快過咗數，張截圖喺附件", atts=["FPS_20261202.jpg"]),
    e(CHAN, "ioszhtw", PR, d(12, 9), "下個禮拜三之前會俾埋，唔該"),
    e(WONG, "olzhtw", PP, None, "王先生，我哋已先付一半 HK$34,000，餘數待網站正式上線後支付。", **X),
    e(KAREN, "gmailtw", DI, None, "個網站手機版排版仲有好多問題，我哋都未收貨，暫時唔會俾錢住。", **X),
    e(WONG, "olzhtw", PR, d(12, 10), "我們會於10/12前安排付款。", note="HK: day first"),
    e(WONG, "owazhtw", BQ, None, "王先生，我哋收到一封信話你哋嘅收款戶口轉咗去星展銀行，想確認吓係咪真㗎？", **X),
    e(CHAN, "ioszhtw", OT, None, "收到，我轉咗俾accounts跟進", note="轉咗 = forwarded, not transferred"),
    e(WONG, "olzhtw", RS, None, "麻煩再send一次invoice同埋銀行資料，我哋accounts部搵唔到。"),
    e(KAREN, "gmailtw", AC, None, "網站已經驗收，冇問題，可以正式上線。"),
    e(WONG, "olzhtw", PR, None, "由於本公司年結，十二月份暫停付款，一月第二個星期恢復，屆時會優先處理貴司款項。", note="a week, no day"),
    e(KAREN, "gmailtw", P, None, "支票已經寄出咗，應該聽日到。"),
    e(CHAN, "ioszhtw", DI, None, "等你哋改好個CMS先再講", **X),
    e(LEO, "n163en", PR, None, "Sorry for the delay. Payment will be arranged next week after our boss approves it.", note="next week, no day"),
    e(WONG, "olzhtw", OT, None, "王先生，請問貴司可否提供英文版收據？我哋核數師需要。"),
    # ---- US client (Mike, the AP mailbox): month-first dates
    e(MIKE, "olen", P, None, "Hi Wang,\n\nThis was paid via wire on 11/30. Remittance attached.\n\nMike", atts=["Remittance_Advice_NW-2026-04.pdf"]),
    e(AP, "owaen", P, None, "Please see attached.", atts=["Wire_Confirmation_4471829.pdf"], note="only a remittance attached"),
    e(MIKE, "gmailen", PR, d(12, 15), "We'll have this out by 12/15.", note="US: month first"),
    e(MIKE, "iosen", PR, d(12, 11), "Talked to our controller - she'll release it end of next week.", note="end of next week = its Friday"),
    e(MIKE, "olen", PP, None, "Hi Wang,\n\nWe paid $40,500 today. The remaining $4,500 is retained per section 7.3 of the MSA (10% retainage) until final acceptance.\n\nMike", **X),
    e(MIKE, "olen", DI, None, "Wang,\n\nWe can't pay this one yet. Milestone 3 hasn't been signed off - UAT found 14 open defects, three of them sev-1.\n\nMike", **X),
    e(AP, "owaen", DI, None, "Hello,\n\nPer the SOW, Milestone 3 is invoiced upon written UAT sign-off. No sign-off has been issued, so this invoice was submitted prematurely and has been rejected in our system.\n\nNorthwind AP", **X),
    e(MIKE, "gmailen", RS, None, "Our AP system needs invoices sent to invoices@northwindfin.com with our PO number (PO-77812) on them. Could you reissue it with the PO and resend?"),
    e(MIKE, "olen", BQ, None, "Wang,\n\nLast week we got an email from someone at your company asking us to update your bank details to a new account at Chase. Can you confirm whether that's legitimate before we release anything?\n\nMike", **X),
    e(MIKE, "iosen", OT, None, "Looping in Sarah from AP, who handles this. Sarah, can you take a look?"),
    e(MIKE, "olen", MT, d(1, 15), "Could we push this to mid-January? Our fiscal year closes Dec 31 and the budget for this project resets on Jan 1."),
    e(AP, "owaen", PR, d(12, 16), "Invoice approved. Payment will be issued within 10 business days."),
    e(MIKE, "gmailen", RS, None, "We haven't paid this because we never received the invoice. Please send it to ap@northwindfin.com.", note="not paid: because no invoice"),
    e(MIKE, "olen", P, None, "Our bank confirms the wire went out on Nov 25. Can you check on your end?"),
    e(MIKE, "iosen", MT, None, "Can we do half now and half in January?"),
    e(MIKE, "gmailen", OT, None, "Separate question - could you quote us for adding Apple Pay in phase 2?"),
    e(MIKE, "gmailen", OT, None, "Before we can pay you we need a W-8BEN-E on file. Can you send one over?"),
    e(MIKE, "iosen", P, None, "Sent the wire this morning"),
    e(AP, "olen", PR, d(12, 31), "Scheduled for end of month."),
    e(AP, "olenplain", PR, d(12, 10), "Your invoice is scheduled for payment on 12/10/2026.", note="US: month first"),
    e(AP, "owaen", P, None, "Hi, I'm Sarah in AP - Mike forwarded this to me. The payment was released today; you should see it in 2-3 business days.", sender=("Sarah Kim", "skim@northwindfin.com"), known=False),
    e(AP, "owaen", AC, None, "UAT for Milestone 3 was signed off today by our product owner. The signed form is in the shared folder."),
    # ---- UK client (Priya): day-first dates, payment runs
    e(PRIYA, "olmoben", PR, d(12, 18), "Hi Wang,\n\nIt's in our next payment run on the 18th.\n\nPriya"),
    e(PRIYA, "gmailapp", P, None, "Paid by SWIFT transfer yesterday, should be with you in a couple of days."),
    e(PRIYA, "appleen", PR, d(12, 11), "We will pay by 11/12/2026.", note="UK: day first"),
    e(PRIYA, "appleen", MT, None, "Cash flow is tight until our funding round closes in Q1. Could we pay this in three monthly instalments starting in January?"),
    e(PRIYA, "gmailapp", DI, None, "The invoice is addressed to Brightwell Ltd but our legal entity is Brightwell Digital Ltd, and our VAT number is missing. We can't process it as issued.", **X),
    e(PRIYA, "olmoben", AC, None, "Just to confirm, we signed the acceptance certificate for Phase 2 this morning - well done to the team."),
    e(PRIYA, "gmailapp", PP, None, "We've paid GBP 18,450 - that's net of our bank's GBP 50 outgoing charge. Hope that's ok.", **X),
    e(PRIYA, "olmoben", PR, d(12, 11), "Should be paid Friday week.", note="Friday week = Friday of next week"),
    e(PRIYA, "appleen", PR, d(1, 5), "Our next available payment run is early January, I'm afraid."),
    e(PRIYA, "gmailapp", OT, None, "Thanks for the heads up, Wang. I'll chase it internally."),
    e(PRIYA, "appleen", AC, None, "Formal acceptance letter attached, signed by our CTO.", atts=["Phase2_Acceptance_Letter_signed.pdf"]),
    e(PRIYA, "olmoben", PR, d(12, 24), "We'll get it paid before Christmas.", note="before X = the day before X"),
    e(PRIYA, "gmailapp", DI, None, "No, this hasn't been paid, and it won't be until we receive a corrected invoice.", **X),
    # ---- German client (Weber): bottom-posting, 15.12.2026
    e(WEBER, "tben", P, None, "Dear Mr Wang,\n\nwe transferred the amount on 27.11. via Deutsche Bank, value date 30.11.\n\nBest regards\nJürgen Weber", below=True),
    e(WEBER, "olen", PR, d(12, 15), "Dear Mr Wang,\n\npayment will be released on 15.12.2026 in line with our payment terms.\n\nKind regards\nJürgen Weber"),
    e(WEBER, "tben", DI, None, "Dear Mr Wang,\n\naccording to § 4 of the contract the second instalment is due 30 days after acceptance. Acceptance has not taken place yet, therefore we consider this reminder unjustified.\n\nRegards\nJ. Weber", below=True, **X),
    e(WEBER, "tben", PR, d(12, 16), "Dear Mr Wang,\n\nwe will transfer the money in two weeks.\n\nRegards\nJ. Weber", below=True),
    e(WEBER, "olen", BQ, None, "Dear Mr Wang,\n\nthere is no IBAN on your invoice and the account number looks like a domestic Chinese one. Is this really the account we should wire EUR to? Please confirm by phone.\n\nJ. Weber", **X),
    e(WEBER, "tben", RS, None, "Dear Mr Wang,\n\nplease send the invoice again as PDF; our system needs the original, not the scan.\n\nRegards\nJ. Weber", below=True),
    e(WEBER, "olen", MT, d(1, 31), "Dear Mr Wang,\n\ncould you agree to a payment target of 31 January 2027? Our year-end closing blocks all outgoing payments in December.\n\nKind regards\nJürgen Weber"),
    # ---- Singapore client (Tan Wei Ling): withholding tax, payment runs
    e(TAN, "gmailen", PR, d(12, 4), "Approved. It'll go out in our payment run this Friday."),
    e(TAN, "owaen", PP, None, "Dear Wang,\n\nWe have paid USD 18,260. Withholding tax of 17% (USD 3,740) was deducted as required by IRAS; the WHT certificate will follow.\n\nRegards,\nWei Ling", **X),
    e(TAN, "owaen", RS, None, "Hi Wang, could you send us your bank details on company letterhead (incl. SWIFT)? Finance needs it for vendor onboarding before they can pay."),
    e(TAN, "owaen", PR, d(12, 20), "Hi Wang, our terms are 30 days from receipt of invoice. We received it on 20 Nov, so payment will be made on or before 20 Dec."),
    e(TAN, "gmailen", PR, d(12, 20), "We'll settle this by the 20th."),
    e(TAN, "owaen", DI, None, "Hi Wang,\n\nThe portal still times out on the shipment search under load - this was raised before go-live and is still open. We will release payment once the fix is deployed and verified.\n\nWei Ling", **X),
    e(TAN, "android", PR, d(12, 3), "Will pay tmr"),
    e(TAN, "gmailen", P, None, "Payment made on 1 Dec, ref TT2612010045. Thanks for your patience."),
    e(TAN, "qqappen", P, None, "Transferred already. Pls check"),
    e(ZHANG, "mmen", PR, d(12, 7), "Hi Wang, we are processing it now. Payment will be made on Monday."),
    # ---- machines
    e(WEBER, "olen", AR, None, "", raw=m.oof_de, **X),
    e(LIUKE, "coremail", AR, None, "", raw=m.coremail_auto_gov, **X),
    e(CW, "exmail", AR, None, "", raw=m.exmail_auto, **X, note="auto-reply that says 安排付款"),
    e(AP, "olen", AR, None, "", raw=m.ap_ticket, **X),
    e(MIKE, "gmailen", AR, None, "", raw=m.gmail_vacation, **X),
    e(LIN, "n163", AR, None, "", raw=m.receipt_163, **X, note="read receipt"),
    e(WONG, "olzhtw", AR, None, "", raw=m.receipt_outlook_tw, **X, note="read receipt"),
    e(TAN, "owaen", BO, None, "", raw=m.ndr_exchange, **X),
    e(QIAN, "coremail", BO, None, "", raw=m.bounce_coremail, **X),
]
# fmt: on
