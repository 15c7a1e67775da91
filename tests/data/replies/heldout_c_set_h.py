"""Held-out set H (issue 12): client replies written blind to the classifier's rules.

New trades and people: a county water bureau, a wedding planner, a Guangzhou garment factory
(Cantonese typed in simplified characters), a Suzhou biotech CRO, a property management
company, a Hong Kong NGO, a mining company in Inner Mongolia, an accounting firm writing for
its client, a German Mittelstand firm, a Philippine BPO's AP clerk, a US startup's CFO and a
Thai hotel group. Labels follow labels.yaml (dates from the reply's day in the sender's zone;
genuinely ambiguous = the kind that makes cuikuan ask the PM). Scores: HELDOUT.md, "Set H".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import heldout_c_machine_h as m
from heldout_c_threads_h import STAGE


@dataclass(frozen=True)
class Who:
    """A person at a client: name, address, zone and the reminder they answer."""

    name: str
    email: str
    tz: str
    thread: str


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


SH, HK, BER, MNL, LA, BKK = (
    "Asia/Shanghai", "Asia/Hong_Kong", "Europe/Berlin", "Asia/Manila", "America/Los_Angeles", "Asia/Bangkok",
)  # fmt: skip
MON, FRI = D(11, 30), D(12, 4)

# water bureau
LIU = Who("刘建国", "liujg_slj@163.com", SH, "h-water")
WU = Who("吴婷", "wuting0311@126.com", SH, "h-water")
SWJ = Who("县水务局财务室", "cws@swj.lqx.gov.cn", SH, "h-water")
# wedding planner
WANGJ = Who("王姐", "3301957728@qq.com", SH, "h-wed")
AJIE = Who("囍悦婚礼-阿杰", "ajie@xiyue-wedding.com", SH, "h-wed")
CAI = Who("出纳小蔡", "cai.xy@xiyue-wedding.com", SH, "h-wed")
# Guangzhou garment factory
LIANG = Who("梁志雄", "lzx_garment@163.com", SH, "h-gz")
LIANGM = Who("梁生", "liangzx@hongfa-garment.com", SH, "h-gz")
HEJ = Who("何姐", "hejie@hongfa-garment.com", SH, "h-gz")
# Suzhou CRO
SHEN = Who("沈云", "shen.yun@sz-biocro.com", SH, "h-cro")
QIAN = Who("钱立", "qian.li@sz-biocro.com", SH, "h-cro")
CROAP = Who("应付组", "ap@sz-biocro.com", SH, "h-cro")
QIANG = Who("Li Qian", "qianli.sz@gmail.com", SH, "h-cro")
# property management
ZHOU = Who("周丽华", "zhoulh@huayu-wy.com", SH, "h-wy")
WYCW = Who("", "caiwu@huayu-wy.com", SH, "h-wy")
ZHOU163 = Who("周经理", "zhoulh_hy@163.com", SH, "h-wy")
# Hong Kong NGO
KAYAN = Who("陳嘉欣", "kayan.chan@carelink.org.hk", HK, "h-ngo-en")
KAYANG = Who("Kayan Chan", "kayanchan.sw@gmail.com", HK, "h-ngo")
HO = Who("何主任", "director.ho@carelink.org.hk", HK, "h-ngo")
NGOFIN = Who("財務部 Finance", "finance@carelink.org.hk", HK, "h-ngo-en")
# Inner Mongolia mining
BATEER = Who("巴特尔", "bateer@mgmining.com.cn", SH, "h-mine")
QMG = Who("其木格", "qimuge@mgmining.com.cn", SH, "h-mine")
MGCW = Who("财务部-张", "zhangcw_mg@126.com", SH, "h-mine")
GAO = Who("高阳", "gaoyang@mgmining.com.cn", SH, "h-mine")
# accounting firm for a bakery chain
SUN = Who("", "sun.xm@lxd-cpa.com", SH, "h-acct")
SUNQQ = Who("孙会计", "2876001923@qq.com", SH, "h-acct")
SUNEX = Who("孙晓梅", "sunxm@lxd-cpa.com", SH, "h-acct")
# German Mittelstand
KLAUS = Who("Klaus Brenner", "k.brenner@brenner-hydraulik.de", BER, "h-de")
PETRA = Who("Petra Vogt", "p.vogt@brenner-hydraulik.de", BER, "h-de")
# Philippine BPO
MARICEL = Who("Maricel Dela Cruz", "maricel.delacruz@bluewave-bpo.ph", MNL, "h-ph")
APPH = Who("BlueWave AP", "ap@bluewave-bpo.ph", MNL, "h-ph")
# US startup
DEREK = Who("Derek Liu", "derek@loopwise.io", LA, "h-us")
PRIYA = Who("Priya Raman", "priya@loopwise.io", LA, "h-us")
# Thai hotel group
SIRI = Who("Siriporn Kaewmanee", "siriporn.k@andamanhotels.co.th", BKK, "h-th")
THANA = Who("Thanakorn P.", "thanakorn.p@andamanhotels.co.th", BKK, "h-th")

# fmt: off
PAID = [
    r(WU, "n126", "paid", None,
        "您好，刘股长让我回复一下：验收款126500元已于11月30日通过国库集中支付系统支付，因为走的是财政直接支付，到账可能会晚一两天，请注意查收。\n\n吴婷\n县水务局财务"
          "室\n0577-6512 3380\n2026年12月2日"),
    r(SWJ, "coremail", "paid", None, "附件是国库支付凭证，请查收。", atts=["国库集中支付凭证.pdf"]),
    r(WANGJ, "qqapp", "paid", None, "钱昨天晚上转了哈 你们看下到没到"),
    r(CAI, "alimail", "paid", None, "王总说尾款已经打到你们公户了，截图发你们看下", atts=["微信图片_20261201153022.jpg"]),
    r(LIANGM, "huawei", "paid", None, "王生 二期款我哋上个礼拜五已经过咗数啦 你哋财务查下 唔该"),
    r(HEJ, "foxmail", "paid", None, "你好，\n\n二期款92,000元已于2026.12.01从我司招行账户汇出，附件为银行电子回单，请查收。\n\n何姐",
        atts=["招商银行电子回单.pdf"]),
    r(QIAN, "owazh", "paid", None,
        "王经理您好，\n\n沈老师今天在外出差，我代她回复：UAT验收款已于11月27日付款完毕（付款流水号 2026112700188），金额215,000元，如有疑问可联系我。"
          "\n\n钱立 | 财务部\n苏州禾康生物医药科技有限公司\nT: 0512-6258 1190  M: 139 1305 2276"),
    r(CROAP, "olzhcnplain", "paid", None, "已付。回单见附件。", atts=["回单.pdf"]),
    r(ZHOU, "alimail", "paid", None,
        "王经理好，第二期款已于上周三（11月25日）付讫。我司系统付款附言只能填20个字，附言写的是“WY2026012二期”，麻烦财务核对一下。\n\n周丽华\n华宇物业管理有限"
          "公司 财务部"),
    r(NGOFIN, "olzhtw", "paid", None,
        "王先生：\n\n陳姑娘已交代財務部處理，首期款 HKD 68,000 已於 11月30日 經 FPS 轉賬，參考編號 FRN20261130HK0042817，請查收。\n"
          "\n關愛連線協會 財務部\n電話：2345 6789"),
    r(HO, "ioszhtw", "paid", None, "張支票已經寄出咗，上星期四寄嘅，應該今個禮拜會收到。"),
    r(BATEER, "coremail", "paid", None, "王经理：\n到货款31万元已于今日下午通过银行承兑汇票支付（电子承兑，票号见附件），请贵司在票据系统里签收。\n\n巴特尔\n蒙港矿业 设备部",
        atts=["电子银行承兑汇票-票据信息.pdf"]),
    r(GAO, "tbzh", "paid", None, "这笔款项财务12月1号已经走完了，麻烦你们查一下。", below=True),
    r(SUN, "foxmail", "paid", None,
        "您好，\n\n我是立信达财税的孙会计，受贵司客户“麦香坊烘焙”委托处理账务。第三期款27,800元已于11月30日由麦香坊对公账户支付，回单附后。今后该客户的付款事宜可直接"
          "联系我。\n\n孙晓梅\n立信达财税咨询有限公司\n电话：0571-8677 2310", atts=["麦香坊-付款回单-20261130.pdf"]),
    r(KLAUS, "olen", "paid", None,
        "Dear Mr Wang,\n\nthe payment for milestone 2 was released in our payment run of 27.11."
          "2026 and should have reached your account by now (SEPA is not possible to China, so it"
          " went by SWIFT, value date 01.12.2026). Please find the payment advice attached.\n\nMi"
          "t freundlichen Grüßen / Best regards\nKlaus Brenner\nKaufmännischer Leiter\nBrenner Hy"
          "draulik GmbH & Co. KG\nTel. +49 7131 5548-0", atts=["Zahlungsavis_DE-2026-02.pdf"]),
    r(MARICEL, "owaen", "paid", None,
        "Hi Sir Wang,\n\nGood day! Please be informed that the payment for the go-live invoice "
          "has been processed last 11/27/2026 via wire transfer. Kindly see attached remittance f"
          "or your reference.\n\nThank you and regards,\nMaricel\nAP Team | BlueWave BPO\nDirect:"
          " +63 2 8845 1120", atts=["remittance_PH-2026-11.pdf"]),
    r(DEREK, "gmailapp", "paid", None,
        "Wired this morning. Sorry for the delay, our bank flagged the first attempt because of"
          " the intermediary bank. Should land in 1-2 days.\n\nDerek"),
    r(SIRI, "olen", "paid", None,
        "Dear Mr. Wang,\n\nWe would like to inform you that the Phase 1 payment has been transf"
          "erred on 1 December 2026 (Bangkok Bank, TT ref. BBL-TT-26120100731). Please note that "
          "all bank charges on our side are borne by us (OUR).\n\nBest regards,\nSiriporn Kaewman"
          "ee\nFinance Manager\nAndaman Hotels Group\nT +66 76 123 456"),
    r(LIANG, "qqhtml", "paid", None, "已付 别再发了", sender=("梁志雄", "2498811730@qq.com")),
    r(WANGJ, "mmios", "paid", None, "", atts=["转账记录.png"], sender=("王姐", "xiyue_wangjie@126.com")),
    r(PRIYA, "iosen", "paid", None, "Paid yesterday - I have the confirmation if you need it."),
    r(APPH, "gmailen", "paid", None,
        "Hello,\n\nThis was already settled last Nov 20 together with invoice INV-0932. Kindly "
          "check on your end. Attached is the proof of payment.\n\nThanks,\nJoy\nBlueWave AP",
        atts=["POP_Nov20.jpg"]),
    r(QMG, "applezh", "paid", None, "款已经转了，31万，回单让出纳发你了。", sender=("其木格", "qimuge@icloud.com")),
    r(KAYANG, "gmailtw", "paid", None, "您好，首期款已經入咗你哋戶口，我哋出納話上星期已經過數，請查收。如有問題請再聯絡。\n\nKayan"),
    r(PETRA, "tben", "paid", None,
        "We transferred the amount on Monday, value date should be today.\n\nPetra Vogt\nBuchha"
          "ltung", below=True),
    r(ZHOU163, "mailmaster", "paid", None, "见下", inline=("如款项已经支付", "周：已付，11月28日，回单已发到你们财务邮箱")),
    r(HEJ, "foxmail", "paid", None, "一期款我们早就付了，10月15日付的，你们催款函发错了吧？麻烦先查清楚再发，再发这种函我们要投诉了。", thread="h-gz-d"),
    r(THANA, "olen", "paid", None, "", atts=["Remittance Advice_TT_1201.pdf"]),
    r(QIANG, "gmailzh", "paid", None,
        "王经理，见下面我们财务的回复。\n\n---------- Forwarded message ---------\n发件人：禾康财务部 <finance@sz-biocr"
          "o.com>\nDate: 2026年12月1日周二 16:05\nSubject: 回复：UAT款\nTo: 钱立 <qian.li@sz-biocro.com>\n\n"
          "钱立你好，UAT验收款215,000元已于今天下午支付，银行已出账。"),
    r(ZHOU, "alimail", "paid", None, "王经理，今天已付款，之前说的周三是财务搞错了，其实今天就付了。", earlier="下周三前安排付款。\n\n周丽华"),
    r(DEREK, "iosen", "paid", None, "We paid Friday. Can you check again?", note="past Friday"),
    r(LIANGM, "huawei", "paid", None, "王经理 款一经付了 你查下 有问题打我电话 13802291177"),
]

PARTIAL = [
    r(SWJ, "coremail", "partial_payment", None, "验收款126,500元，本次先支付100,000元（财政资金先到位部分），剩余26,500元待县财政下一批资金到位后支付。"),
    r(WANGJ, "qqapp", "partial_payment", None, "先转了2万 剩下的月底前给你"),
    r(LIANG, "n163", "partial_payment", None, "梁生话先俾一半，46000今日已经过咗，另外一半等订单收咗钱再俾。"),
    r(SHEN, "owazh", "partial_payment", None,
        "王经理：\n\nUAT验收款215,000元中，已支付193,500元，扣留10%（21,500元）作为质保金，待系统稳定运行三个月后支付，请知悉。\n\n沈云"),
    r(WYCW, "foxmail", "partial_payment", None, "第二期款45,600元，我司已于12月1日支付30,000元，余款15,600元因业委会审批流程未完成，预计12月中旬支付。"),
    r(KAYAN, "olmobtw", "partial_payment", None, "王先生您好，首期款已先付 HKD 40,000，其餘 HKD 28,000 待基金會撥款後支付。\n\n陳嘉欣"),
    r(BATEER, "coremail", "partial_payment", None, "到货款310,000元，我司12月1日已支付200,000元（电汇），余款110,000元将于下周以承兑汇票支付。"),
    r(KLAUS, "olen", "partial_payment", None,
        "Dear Mr Wang,\n\nwe paid EUR 40,000.00 today. The remaining EUR 8,500.00 is withheld u"
          "ntil the open points from the FAT protocol (items 4 and 7) are closed.\n\nBest regards"
          "\nKlaus Brenner"),
    r(MARICEL, "owaen", "partial_payment", None,
        "Hi,\n\nWe have processed USD 15,000.00 of the USD 18,750.00. The balance of 3,750.00 w"
          "ill follow in our next payment cycle.\n\nThank you,\nMaricel"),
    r(DEREK, "gmailen", "partial_payment", None,
        "Hi Wang,\n\nWe sent $21k today (half). The other half once our Series A tranche closes"
          ", hopefully mid-January.\n\nDerek\nCFO, Loopwise"),
    r(SIRI, "olen", "partial_payment", None,
        "Dear Mr. Wang,\n\nPlease note that we transferred USD 33,440.00 only, as 5% withholdin"
          "g tax (USD 1,760.00) was deducted as required by the Thai Revenue Department. The WHT "
          "certificate (Form 50 Tawi) will be sent to you by post.\n\nBest regards,\nSiriporn"),
    r(SUNEX, "exmail", "partial_payment", None, "麦香坊第三期款27,800元，本月先付15,000，已付，剩下的下月10号付。"),
]

PROMISE = [
    r(LIU, "n163", "promise", D(12, 15), "您好，验收款已列入本月用款计划，预计12月15日前支付。\n\n刘建国"),
    r(SWJ, "coremail", "promise", D(12, 31), "财政那边说年底前统一拨付，拨付后我们第一时间转给你们。"),
    r(WANGJ, "qqapp", "promise", D(12, 4), "这周五给你结"),
    r(AJIE, "exmail", "promise", D(12, 3), "王总出差了，等她周四回来签字就付。", day=MON),
    r(LIANGM, "huawei", "promise", D(12, 9), "梁生讲下个礼拜三之前一定俾晒你 放心啦"),
    r(LIANG, "n163", "promise", D(12, 10), "二期款还没付，安排在12月10号付，因为月初要先发工人工资。"),
    r(SHEN, "olzhcn", "promise", D(12, 8),
        "王经理，UAT款已走完OA审批，排在财务12月8日（下周二）的付款批次。\n\n沈云\n苏州禾康生物医药科技有限公司 临床数据部\n电话：0512-6258 1188"),
    r(QIAN, "olmobzh", "promise", D(12, 3), "明天付"),
    r(SHEN, "olmobzh", "promise", D(12, 7), "收到，上线款会在三个工作日内安排支付。", thread="h-cro-due"),
    r(ZHOU, "alimail", "promise", D(12, 18), "王经理：第二期款定于十二月十八日支付。"),
    r(ZHOU163, "mailmaster", "promise", D(12, 31), "元旦前付清。"),
    r(KAYAN, "olzhtw", "promise", D(12, 15), "王先生：\n\n首期款預計於 15/12 支付。\n\n陳嘉欣\n關愛連線協會"),
    r(NGOFIN, "owazhtw", "promise", D(12, 7), "我們會於下星期一安排支票。"),
    r(BATEER, "coremail", "promise", D(1, 5), "到货款在下月初支付，具体是1月5号左右。"),
    r(MGCW, "sina", "promise", D(12, 20), "20号之前肯定付", sender=("财务部-张", "zhangcw_mg@sina.com")),
    r(BATEER, "huawei", "promise", D(12, 31), "王经理你好 到货款我们这边月底付 领导已经签字了 就差出纳操作",
        sender=("巴部长", "bateer@mgmining.com.cn")),
    r(SUN, "foxmail", "promise", D(12, 11), "孙会计回复：客户确认第三期款下周五付款。"),
    r(KLAUS, "olen", "promise", D(12, 15),
        "Dear Mr Wang,\n\nthe invoice is scheduled for our payment run on 15.12.2026.\n\nBest r"
          "egards\nKlaus Brenner"),
    r(PETRA, "tben", "promise", D(1, 4),
        "Payment will be made at the latest by 04.01.2027, after our year-end closing.", below=True),
    r(MARICEL, "owaen", "promise", D(12, 18),
        "Hi,\n\nYour invoice is already approved and scheduled for our check run on 12/18/2026."
          "\n\nRegards,\nMaricel"),
    r(DEREK, "gmailen", "promise", D(12, 10), "We'll pay on the 10th when our next AR cycle clears."),
    r(DEREK, "iosen", "promise", D(12, 7), "Will wire it Monday."),
    r(SIRI, "owaen", "promise", D(12, 16),
        "Dear Khun Wang,\n\nPhase 1 payment will be released within 14 days, i.e. before our cu"
          "t-off on 16 December.\n\nBest regards,\nSiriporn"),
    r(THANA, "olen", "promise", D(12, 31),
        "Dear Mr. Wang,\n\nWe will settle by end of this month.\n\nRegards,\nThanakorn"),
    r(QIANG, "gmailzh", "promise", D(12, 2), "Hi 王经理，上线款今天已经提交网银付款了，复核人下午审批，应该今天能出账。", thread="h-cro-due",
        note="submitted, awaiting approval: not paid yet"),
    r(AJIE, "exmail", "promise", None, "尾款我们下周内安排", note="下周: no day"),
    r(HEJ, "foxmail", "promise", None, "二期款春节后工厂回款了再付。", note="春节后: no date"),
    r(LIU, "n163", "promise", D(12, 7), "下周一上午支付。", day=FRI),
    r(KAYANG, "gmailtw", "promise", D(12, 11), "下個禮拜五之前會過數"),
    r(MGCW, "coremail", "promise", D(12, 25), "收到催款函。该款项已报集团资金中心，集团统一在12月25日付款，届时支付。", thread="h-mine-d",
        sender=("财务部-张", "zhangwei@mgmining.com.cn")),
    r(PRIYA, "appleen", "promise", D(12, 16), "Hi Wang,\n\nWe'll get this paid in two weeks.\n\nPriya"),
    r(APPH, "olmoben", "promise", D(12, 11), "Payment is targeted on or before Dec 11. Thanks!"),
    r(ZHOU, "olzhcn", "promise", D(12, 2), "周三付。", day=MON),
    r(SUNQQ, "qqweb", "promise", D(12, 16), "麦香坊那边说钱等他们15号发完工资再付，大概16号。"),
    r(KLAUS, "olenplain", "promise", D(12, 9),
        "Payment is approved and will be executed with value date 9 December.\n\nK. Brenner"),
    r(MARICEL, "owaen", "promise", D(12, 9),
        "Hi Sir,\n\nApologies, my earlier email was wrong: the payment was not released because"
          " of a missing approval. We will release it on 12/09/2026.\n\nMaricel",
        earlier="Hi, this has been paid already. Thanks, Maricel",
        note="quoted earlier 'paid' withdrawn; month-first"),
    r(SHEN, "olzhcn", "promise", D(12, 21), "UAT款预计2026-12-21前付出。"),
    r(WYCW, "foxmail", "promise", D(12, 31), "财务说12月下旬付"),
    r(QMG, "coremail", "promise", D(1, 15), "集团资金紧张，到货款要等1月中旬。"),
    r(PRIYA, "gmailen", "promise", D(12, 14),
        "Should be able to pay by Dec. 14th.\n\nPriya Raman | Controller | Loopwise\n+1 (415) 5"
          "55-0148"),
    r(MARICEL, "owaen", "promise", D(12, 7), "Hello,\n\nPayment will be released within 3 banking days.\n\nMaricel"),
    r(WANGJ, "qqapp", "promise", D(12, 4), "后天转"),
    r(LIANG, "n163", "promise", D(12, 14), "下下个礼拜一俾"),
    r(Who("Kevin Zhang", "kevin.zhang.sz@qq.com", SH, "h-us"), "qqappen", "promise", D(12, 11),
        "Hi Wang, Derek asked me to follow up. Payment goes out on Friday Dec 11 from our Shenz"
          "hen entity."),
    r(Who("Lina Xu", "lina.xu@andamanhotels.cn", SH, "h-th"), "exmailen", "promise", D(12, 8),
        "Hi Mr Wang,\n\nThe head office in Bangkok has approved it. TT will be sent 8 Dec.\n\nL"
          "ina"),
    r(Who("Jason Liang", "jasonliang_gz@163.com", SH, "h-gz"), "n163en", "promise", None,
        "Hi, my dad says the second payment will be made after the Canton Fair orders pay us. S"
          "orry for the wait.", note="after an event: no date"),
    r(Who("王总", "wangzong@xiyue-wedding.com", SH, "h-wed"), "ioszh", "promise", D(12, 9), "尾款下周三前打给你们"),
]

MORE_TIME = [
    r(SWJ, "coremail", "more_time", None, "由于县财政资金紧张，验收款能否宽限到明年一季度？我们会尽力争取。"),
    r(WANGJ, "qqweb", "more_time", None, "这个月婚礼少，资金有点紧张，尾款能不能分两次付？这个月底一半，下个月底一半。",
        sender=("王姐", "3301957728@qq.com")),
    r(LIANG, "n163", "more_time", D(12, 16), "老细话而家资金周转唔过嚟，可唔可以俾多两个礼拜？"),
    r(SHEN, "owazh", "more_time", D(1, 31), "王经理：项目经费还没下拨，申请将付款时间推迟至2027年1月31日，望理解。\n\n沈云"),
    r(ZHOU, "alimail", "more_time", None, "业主缴费率低，物业费还没收上来，能否延期一个月付款？"),
    r(KAYAN, "olzhtw", "more_time", D(1, 31), "由於政府資助要到一月中才發放，請問首期款可否延至一月底支付？"),
    r(MGCW, "n126", "more_time", None, "申请分三期支付：12月、1月、2月各付三分之一，可以吗？"),
    r(KLAUS, "olen", "more_time", D(1, 15),
        "Dear Mr Wang,\n\ncould you grant us an extension until 15 January 2027? Our budget for"
          " the project was frozen until the new fiscal year.\n\nBest regards\nKlaus Brenner"),
    r(APPH, "gmailen", "more_time", None,
        "Hi,\n\nWould it be possible to extend the payment terms to 60 days? Our client is also"
          " paying us late.\n\nThanks,\nJoy"),
    r(DEREK, "gmailen", "more_time", None,
        "Any chance we can push this 30 days? Cash is tight until our next round closes."),
    r(SIRI, "owaen", "more_time", D(12, 20),
        "Dear Mr. Wang,\n\nKindly allow us until 20 December 2026 as our GM is on leave and mus"
          "t sign the payment voucher.\n\nBest regards,\nSiriporn"),
    r(SUNEX, "exmail", "more_time", D(12, 22), "麦香坊最近门店装修，现金流紧张，问能否再宽限20天。"),
    r(WU, "n126", "more_time", None, "不是不付，是财政还没拨款，拨下来就付，请再等等。", note="double negation, waiting on 财政"),
]

DISPUTE = [
    r(LIU, "n163", "dispute", None, "验收报告还没签，现场还有3个泵站数据接入不正常，验收没有通过，这个款现在不能付。"),
    r(SWJ, "coremail", "dispute", None, "质保金按合同是验收后满一年才支付，现在还不到时间，通知有误吧？", thread="h-water-n"),
    r(WANGJ, "qqapp", "dispute", None, "小程序上周婚礼当天崩了两次 宾客扫码进不去 这个事情没解决之前尾款不会付的"),
    r(CAI, "alimail", "dispute", None, "请核对金额：合同尾款是3.2万，你们写的3.8万，多出来的6000是什么？"),
    r(LIANG, "n163", "dispute", None, "二期嘅排产模块到而家都用唔到，仲有报表导出乱码，验收都未做，点解就催款？"),
    r(QIAN, "owazh", "dispute", None,
        "您好，\n\n发票抬头开成了“苏州禾康生物科技有限公司”，我们的全称是“苏州禾康生物医药科技有限公司”，税号也不对，财务无法入账，请作废重开。\n\n钱立"),
    r(SHEN, "olzhcn", "dispute", None, "王经理：\n\nUAT中发现的23个缺陷还有9个未关闭（见附件缺陷清单），按合同第5.2条，UAT款在全部缺陷关闭后支付。\n\n沈云",
        atts=["UAT缺陷跟踪表.xlsx"]),
    r(WYCW, "foxmail", "dispute", None, "合同约定第二期款是系统上线运行满3个月后支付，系统是9月20日上线的，到12月20日才满三个月，现在不到付款时间。"),
    r(KAYAN, "olzhtw", "dispute", None, "我哋冇簽過呢份補充協議，金額唔應該係68,000，原本報價係58,000，請解釋。"),
    r(HO, "ioszhtw", "dispute", None, "平台到而家仲未交付，義工資料匯入功能都未做好，首期款點解要而家俾？"),
    r(BATEER, "coremail", "dispute", None,
        "王经理：\n到货的传感器有12台型号与合同清单不符（合同是KJ-90X，实际到货KJ-90），已通知你们项目经理，在换货之前到货款暂缓支付。\n\n巴特尔"),
    r(MGCW, "n126", "dispute", None, "你们发催款函之前能不能先跟我们沟通一下？设备到现在还没安装调试，按合同到货款是安装调试完成后才付。我们不认可这份催款函。",
        thread="h-mine-d"),
    r(SUN, "foxmail", "dispute", None, "您好，贵司开具的发票为普通发票，麦香坊是一般纳税人，需要增值税专用发票才能抵扣，请重新开具专票后再付款。"),
    r(KLAUS, "olen", "dispute", None,
        "Dear Mr Wang,\n\nwe do not agree with the invoice. According to our order (PO 45001877"
          "23) milestone 2 is due after a successful SAT, which has not taken place yet. Please c"
          "ancel the invoice and re-issue it after SAT.\n\nBest regards\nKlaus Brenner"),
    r(PETRA, "tben", "dispute", None,
        "Sorry, but this is not correct. The price was agreed as a fixed net amount; your invoi"
          "ce adds German VAT, which does not apply to a service from China. We cannot book it li"
          "ke this.", below=True),
    r(MARICEL, "owaen", "dispute", None,
        "Hi,\n\nWe cannot process this invoice as the amount does not match our PO (USD 17,500."
          "00). Kindly coordinate with our Operations team for the revised quotation.\n\nThanks,"
          "\nMaricel"),
    r(DEREK, "gmailen", "dispute", None,
        "Hey Wang -- before we pay this, the beta you shipped is missing offline mode, which wa"
          "s in the SOW as a beta deliverable. I don't think this milestone is done. Can we get o"
          "n a call?"),
    r(DEREK, "iosen", "dispute", None, "Not paying until the crash on Android 14 is fixed. Reported it 3 weeks ago."),
    r(SIRI, "olen", "dispute", None,
        "Dear Mr. Wang,\n\nWe have not received the signed acceptance from our IT Director. The"
          " booking engine still shows wrong room rates for the Phuket property. The payment is o"
          "n hold until these are resolved.\n\nBest regards,\nSiriporn"),
    r(THANA, "owaen", "dispute", None,
        "Dear Sir,\n\nWe are surprised by your formal demand. As per our email of 10 November, "
          "Phase 1 was put on hold by mutual agreement. We will forward this letter to our legal "
          "department.\n\nThanakorn P.\nGroup IT Manager", thread="h-th-d"),
    r(LIANG, "qqhtml", "dispute", None, "这个价钱不对 当初讲好的是八万 不是九万二", sender=("梁志雄", "2498811730@qq.com")),
    r(AJIE, "exmail", "dispute", None, "合同里写的是“婚礼季结束后结算尾款”，婚礼季到明年1月才结束，请你们再看一下合同。"),
    r(LIU, "n163", "dispute", None, "你好，质保金的付款条件是验收合格满12个月且无质量问题，目前系统11月才完成验收，建议明年12月再申请。谢谢理解。", thread="h-water-n"),
    r(QIANG, "gmailzh", "dispute", None, "沈老师说这笔UAT款和上次邮件里确认的金额不一致，麻烦您先核对一下合同附件三的付款比例（30%而不是50%）。"),
    r(GAO, "tbzh", "dispute", None, "该款项是否已扣除延期交货违约金？按合同每延期一天扣0.5‰，你们晚到了18天。请重新计算后再开票。", below=True),
    r(APPH, "olmoben", "dispute", None,
        "Please hold, we are disputing the overtime charges in the invoice. Will revert."),
    r(PETRA, "tben", "dispute", None, "See my comment below.",
        inline=("Amount: EUR 48,500.00", "This amount is wrong -- our PO says EUR 45,000.00. Please correct.")),
    r(APPH, "gmailen", "dispute", None,
        "Hi,\n\nWe will release the payment only after you fix the reporting module bugs we rai"
          "sed last week.\n\nJoy"),
    r(AJIE, "exmail", "dispute", None, "等你们把请柬模板的问题改好了，我们再付尾款。"),
]

ACCEPTANCE = [
    r(SWJ, "coremail", "acceptance", None, "验收会已于12月1日召开，验收合格，验收报告盖章后寄给你们。验收款按流程走。"),
    r(SHEN, "owazh", "acceptance", None, "UAT已经签字确认通过了，签字版见附件，请据此开具发票。", atts=["UAT验收确认单（签字版）.pdf"]),
    r(KAYAN, "olzhtw", "acceptance", None, "我們已於12月1日完成用戶驗收測試，確認系統驗收合格，稍後寄上驗收證明書。"),
    r(BATEER, "coremail", "acceptance", None, "设备已经全部到货并完成开箱验收，验收单已签，附件是扫描件。", atts=["到货验收单.pdf"]),
    r(KLAUS, "olen", "acceptance", None,
        "Dear Mr Wang,\n\nthe SAT was completed successfully yesterday; the acceptance certific"
          "ate signed by our plant manager is attached. Please send the invoice for milestone 3 a"
          "ccordingly.\n\nBest regards\nKlaus Brenner", atts=["SAT_Abnahmeprotokoll_signed.pdf"]),
    r(SIRI, "owaen", "acceptance", None,
        "Dear Mr. Wang,\n\nWe confirm that the Phase 1 deliverables have been accepted by our I"
          "T team as of 30 November 2026.\n\nBest regards,\nSiriporn"),
    r(DEREK, "gmailen", "acceptance", None,
        "Beta signed off by the product team today 🎉 You're good to invoice the launch mileston"
          "e when it hits.", thread="h-us-n"),
    r(ZHOU, "alimail", "acceptance", None, "系统已经试运行满一个月了，业委会同意验收，验收单周五盖章。"),
    r(LIANGM, "huawei", "acceptance", None, "梁生讲个系统已经收货 冇问题 验收通过"),
]

RESEND = [
    r(LIU, "n163", "resend_request", None, "请重新发一下发票，之前那张发到刘股长个人邮箱了，他已经调岗。发到 cws@swj.lqx.gov.cn 就可以。"),
    r(WANGJ, "qqapp", "resend_request", None, "发票没收到啊 再发一次"),
    r(HEJ, "foxmail", "resend_request", None, "麻烦把二期的发票和对账单一起寄纸质版过来，地址：广州市白云区太和镇大源北路18号，何小姐收，电话138 0229 1177。"),
    r(CROAP, "olzhcnplain", "resend_request", None, "请提供：\n1. 盖章版对账单\n2. 增值税专用发票\n3. UAT验收报告复印件\n我司付款需要这三样材料齐全。"),
    r(ZHOU163, "mailmaster", "resend_request", None, "您好，附件里的发票打不开，能否重新发一份PDF的？"),
    r(NGOFIN, "owazhtw", "resend_request", None, "請將發票正本寄到本會會計部，我們需要正本才可以付款。"),
    r(QMG, "coremail", "resend_request", None, "附件只有发票没有合同扫描件，集团资金中心审核要求附合同及到货验收单，请补发。"),
    r(KLAUS, "olenplain", "resend_request", None,
        "Could you please resend the invoice to invoices@brenner-hydraulik.de? Our AP only proc"
          "esses invoices that arrive in that mailbox.\n\nK. Brenner"),
    r(MARICEL, "owaen", "resend_request", None,
        "Hi,\n\nKindly send us the soft copy of the invoice and your company's bank certificate"
          ", which is required for our vendor accreditation.\n\nThank you,\nMaricel"),
    r(DEREK, "gmailen", "resend_request", None,
        "Can you resend the invoice? It went to my old address and I can't find it. Also cc ap@"
          "loopwise.io please."),
    r(THANA, "android", "resend_request", None,
        "Dear Mr. Wang,\n\nCould you please send the invoice and the statement of account again"
          "? Our AP mailbox had an issue last week and we lost some emails.\n\nRegards,\nThanakor"
          "n"),
    r(WU, "n126", "resend_request", None, "我们还没付，因为一直没收到发票，麻烦把发票寄过来。"),
]

BANK = [
    r(SWJ, "coremail", "bank_question", None, "你们的收款账户和合同上的不一样，合同上写的是工商银行，邮件里是示例银行，请问以哪个为准？"),
    r(WANGJ, "qqweb", "bank_question", None, "前几天收到一封邮件说你们公司换了收款账户，让我们打到新账户，是你们发的吗？",
        sender=("王姐", "3301957728@qq.com")),
    r(LIANG, "n163", "bank_question", None, "可唔可以打去你哋老板私人卡？我哋对公转账要等好耐。"),
    r(QIAN, "owazh", "bank_question", None, "请问贵司收款账户的开户行行号（联行号）是多少？我们系统付款需要填写。", note="a routing code of our account: bank_question, as SWIFT/CNAPS in sets F and G"),
    r(WYCW, "foxmail", "bank_question", None, "请问账号6222 0000 1234 5678是基本户还是一般户？我们审计要求付到基本户。"),
    r(KAYAN, "owazhtw", "bank_question", None, "請問可否提供 SWIFT code 及銀行地址？我們由香港匯款過去需要。", note="a routing code of our account: bank_question, as SWIFT/CNAPS in sets F and G"),
    r(MGCW, "n126", "bank_question", None, "我们收到一封从你们公司邮箱发来的邮件，说因为年底审计，收款账户临时改为6217 0033 2190 8876，是真的吗？"),
    r(KLAUS, "olen", "bank_question", None,
        "Dear Mr Wang,\n\nbefore we release the payment: the account holder on your invoice is "
          "'Example Technology (HK) Ltd' but the reminder says 'Example Tech Co., Ltd.'. Which on"
          "e is correct? Our compliance will not pay to a name that does not match the contract."
          "\n\nBest regards\nKlaus Brenner"),
    r(APPH, "gmailen", "bank_question", None,
        "Hi, we received an email from your colleague Kevin saying your bank details have chang"
          "ed to an account in Hong Kong. Can you confirm this before we pay?"),
    r(SIRI, "olen", "bank_question", None,
        "Dear Mr. Wang,\n\nWe noticed that the beneficiary bank on your invoice is in Hong Kong"
          " while your reminder shows Hangzhou. Please confirm the correct account before we tran"
          "sfer.\n\nBest regards,\nSiriporn"),
    r(SUNQQ, "qqweb", "bank_question", None, "王经理：客户问你们公司账户是不是换了？上次付款用的是建行的账户，这次邮件里是示例银行。"),
    r(DEREK, "gmailen", "bank_question", None,
        "Quick q -- can we pay in USD to this account or do you need CNY? And is there an inter"
          "mediary bank we should use?"),
]

OOF_HDRS = ("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All")

AUTO = [
    r(LIU, "n163", "auto_reply", None, "",
        raw=m.auto("自动回复：", "您好，本人12月1日至12月6日参加省厅培训，期间邮件不能及时回复，付款相关事宜请联系吴婷 0577-6512 3380。", tail=" (CST)"),
        note="163 自动回复, no header"),
    r(WANGJ, "qqweb", "auto_reply", None, "",
        raw=m.auto("自动回复: ", "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", charset="gb18030",
                  mid="<tencent_{h}@qq.com>"), note="QQ vacation"),
    r(SHEN, "olzhcn", "auto_reply", None, "",
        raw=m.auto("自动答复: ", "我将于2026年12月7日返回办公室。休假期间如有付款相关问题请联系 ap@sz-biocro.com。",
                  headers=(*OOF_HDRS, "X-MS-Exchange-Inbox-Rules-Loop: shen.yun@sz-biocro.com"), utc=True,
                  charset="gb2312"), note="Exchange OOF zh"),
    r(KAYAN, "olzhtw", "auto_reply", None, "",
        raw=m.auto("自動回覆: ", "本人於12月1日至12月4日放假，期間未能回覆電郵。如有緊急事項請致電 2345 6789 與財務部聯絡。", headers=OOF_HDRS, utc=True,
                  charset="big5"), note="Exchange OOF zh-TW, Big5"),
    r(ZHOU, "alimail", "auto_reply", None, "",
        raw=m.auto("自动回复：", "您的邮件已收到，我会尽快处理。\n周丽华 华宇物业财务部", headers=("Auto-Submitted: auto-replied",)),
        note="Alimail auto-replied"),
    r(KLAUS, "olen", "auto_reply", None, "", raw=m.auto("Automatic reply: ",
                  "Thank you for your message. I am out of the office until 7 December 2026 with limited "
                    "access to email. For urgent payment matters please contact buchhaltung@brenner-hydraul"
                    "ik.de.\n\nVielen Dank für Ihre Nachricht. Ich bin bis zum 07.12.2026 nicht im Büro. In"
                    " dringenden Fällen wenden Sie sich bitte an buchhaltung@brenner-hydraulik.de.", headers=OOF_HDRS,
                  utc=True), note="Exchange OOF en/de"),
    r(Who("BlueWave AP Helpdesk", "ap-helpdesk@bluewave-bpo.ph", MNL, "h-ph"), "owaen", "auto_reply", None, "",
        raw=m.auto("[Ticket #AP-48213] ",
                  "Thank you for contacting BlueWave Accounts Payable.\n\nYour request has been logged wi"
                    "th ticket number AP-48213. Our standard processing time for payment inquiries is 3-5 b"
                    "usiness days. Please do not reply to this email.",
                  headers=("X-Autoreply: yes", "Auto-Submitted: auto-replied")), note="helpdesk ticket receipt"),
    r(DEREK, "iosen", "auto_reply", None, "",
        raw=m.auto("Auto reply: ", "I'm traveling until Dec 9 with spotty email. For anything payment-related, reach Priya"
                    " (priya@loopwise.io).", headers=("X-Apple-Action: VACATION",), mid="<{h}@icloud.com>"),
        sender=("Derek Liu", "derek@icloud.com"), note="iCloud vacation"),
    r(SIRI, "olen", "auto_reply", None, "", raw=m.auto("Automatic reply: ",
                  "Dear Sender,\n\nI am on annual leave from 1-8 December 2026. For urgent matters, pleas"
                    "e contact Khun Thanakorn at ext. 2204.\n\nSawasdee ka", headers=OOF_HDRS, utc=True),
        note="Exchange OOF Thai hotel"),
    r(QIAN, "olzhcn", "auto_reply", None, "",
        raw=m.mdn("已读: ", "您的邮件\n\n    收件人: 钱立\n    主题: UAT验收款逾期未付款项提醒\n    发送时间: 2026/11/30 9:00\n\n已于 2026/12/2"
                    " 10:15 读取。", "Microsoft Outlook 16.0", "manual-action/MDN-sent-manually; displayed"),
        note="read receipt 已读"),
    r(PETRA, "tben", "auto_reply", None, "", raw=m.mdn("Return Receipt (displayed) - ",
                  "This is a Return Receipt for the mail that you sent to p.vogt@brenner-hydraulik.de.\n"
                    "\nNote: This Return Receipt only acknowledges that the message was displayed on the re"
                    "cipient's computer. There is no guarantee that the recipient has read or understood th"
                    "e message contents.", "Mozilla Thunderbird", "manual-action/MDN-sent-manually; displayed", utc=False),
        note="Thunderbird MDN"),
]

MD = "MAILER-DAEMON"

BOUNCE = [
    r(LIU, "coremail", "bounce", None, "", raw=m.dsn("mx.swj.lqx.gov.cn", "liujg@swj.lqx.gov.cn", "5.1.1",
                  "550 5.1.1 <liujg@swj.lqx.gov.cn>: Recipient address rejected: User unknown in local re"
                    "cipient table",
                  "This is the mail system at host mx.swj.lqx.gov.cn.\n\nI'm sorry to have to inform you "
                    "that your message could not\nbe delivered to one or more recipients. It's attached bel"
                    "ow.\n\n<liujg@swj.lqx.gov.cn>: host mx.swj.lqx.gov.cn said: 550 5.1.1 User unknown"),
        note="5.1.1 user unknown"),
    r(SHEN, "olzhcn", "bounce", None, "",
        raw=m.dsn("SEYPR06MB5520.apcprd06.prod.outlook.com", "shen.yun@sz-biocro.com", "5.2.2",
                  "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                  "无法送达以下收件人或组：\n\n沈云 (shen.yun@sz-biocro.com)\n收件人的邮箱已满，目前无法接收邮件。请稍后尝试重新发送邮件，或直接与收件人联系。", charset="utf-8",
                  frm="postmaster@sz-biocro.com", subject="无法送达: 付款提醒", utc=True),
        note="Exchange NDR zh, mailbox full"),
    r(WANGJ, "qqweb", "bounce", None, "", raw=m.plain_bounce("PostMaster <PostMaster@qq.com>", "系统退信",
                  "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n收件人：3301957728@qq.com\n退信原因：收件人邮箱已被冻结或不存在。\n建议解决方案：请核实收件人"
                    "地址是否正确。"), note="QQ 退信, no DSN part"),
    r(BATEER, "coremail", "bounce", None, "",
        raw=m.dsn("mail.mgmining.com.cn", "bateer@mgmining.com.cn", "4.4.1", "451 4.4.1 connection timed out",
                  "This is the mail system at host mail.mgmining.com.cn.\n\n#############################"
                    "#######################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO"
                    " RESEND YOUR MESSAGE. #\n#############################################################"
                    "#######\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be re"
                    "tried until it is 5 day(s) old.", action="delayed", subject="Delayed Mail (still being retried)"),
        note="delay warning, not permanent"),
    r(LIANG, "n163", "bounce", None, "",
        raw=m.dsn("163.com", "lzx_garment@163.com", "5.0.0", "550 User suspended: lzx_garment@163.com",
                  "您好，您发送的邮件未能成功投递到以下收件人：\n\nlzx_garment@163.com\n原因：收件人账号已被冻结（User suspended）。\n\n此邮件为系统"
                    "自动发送，请勿回复。", charset="utf-8", frm="Mail Delivery System <MAILER-DAEMON@163.com>", subject="系统退信通知"),
        note="163 bounce zh"),
    r(DEREK, "gmailen", "bounce", None, "", raw=m.dsn("mx.google.com", "derek@loopwise.io", "5.1.1",
                  "550-5.1.1 The email account that you tried to reach does not exist.",
                  "** Address not found **\n\nYour message wasn't delivered to derek@loopwise.io because "
                    "the address couldn't be found, or is unable to receive mail.",
                  frm=f'Mail Delivery Subsystem <{MD.lower()}@googlemail.com>',
                  subject="Delivery Status Notification (Failure)"), note="Gmail 5.1.1"),
]

OTHER = [
    r(LIU, "n163", "other", None, "收到，已转给刘股长。", sender=("办公室-小郑", "zheng_swj@163.com"), note="转给 is not 转账"),
    r(WANGJ, "qqapp", "other", None, "好的 知道了"),
    r(LIANGM, "huawei", "other", None, "梁生而家喺越南睇厂 返嚟先讲"),
    r(Who("陈晓", "chen.xiao@sz-biocro.com", SH, "h-cro"), "olzhcn", "other", None,
        "您好，我是新接手的应付会计，之前的对接人钱立已调岗，后续请联系我：陈晓 chen.xiao@sz-biocro.com 0512-6258 1192。这笔款我先了解一下情况"
          "。"),
    r(ZHOU163, "mailmaster", "other", None, "这个事情我问一下财务再回复你"),
    r(KAYANG, "gmailtw", "other", None, "收到，已轉交財務部跟進。", note="轉交 is not 轉帳"),
    r(QMG, "coremail", "other", None, "请问你们项目经理王明下周能来现场吗？二期的培训还没安排。"),
    r(KLAUS, "olen", "other", None,
        "Dear Mr Wang,\n\nthank you for the reminder. I have forwarded it to our accounts payab"
          "le department (kreditoren@brenner-hydraulik.de), who will get back to you.\n\nBest reg"
          "ards\nKlaus Brenner"),
    r(MARICEL, "owaen", "other", None,
        "Hi,\n\nNoted on this. We will check with our Finance and revert accordingly.\n\nThanks"
          ",\nMaricel"),
    r(DEREK, "gmailapp", "other", None, "Looping in Priya who handles AP now. Priya, can you take a look?"),
    r(THANA, "owaen", "other", None,
        "Dear Mr. Wang,\n\nMay I know if this invoice is the same as the one sent on 5 Nov? We "
          "want to avoid a double payment.\n\nThanakorn"),
    r(Who("华南服装产业联盟", "news@gz-fashion-alliance.org", SH, "h-gz"), "coremail", "other", None, "",
        raw=m.bulk(("华南服装产业联盟", "news@gz-fashion-alliance.org"), "【会员通讯】12月第1期：应收账款管理与付款周期调研",
                  "各位会员：\n\n本期通讯内容：\n1. 服装企业应收账款逾期情况调研（请于12月15日前填写问卷）\n2. 供应商付款周期延长，如何应对？\n3. 已付款项对账常见问题"
                    "\n\n如对本通讯有异议，请回复退订。", "news.gz-fashion-alliance.org"), known=False,
        note="bulk newsletter mentions 付款/逾期/异议"),
    r(SUN, "foxmail", "other", None, "您好，麦香坊的账目从12月起由我们代理，相关账单请抄送至 sun.xm@lxd-cpa.com。本次款项我与客户确认后回复。"),
    r(BATEER, "huawei", "other", None, "应该付了吧 我问下财务再回你", sender=("巴部长", "bateer@mgmining.com.cn"),
        note="hedged: not sure it is paid"),
]

# fmt: on

_DANGER = {"dispute", "bank_question", "auto_reply", "bounce"}


def _mark(e: tuple) -> tuple:
    style, kind, due, body, opts = e
    if kind in _DANGER or opts.get("known") is False:
        opts = {**opts, "danger": True}
    return (style, kind, due, body, opts)


H_SET = [
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
