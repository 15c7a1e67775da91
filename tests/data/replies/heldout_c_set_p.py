"""Held-out set P: replies written blind to the classifier (zh, zh-Hant; English in _intl).

Author blindp never opened daemon/inbox/, the corpus bodies, the reply tests or earlier sets'
bodies. Trades and people of its own (``heldout_c_threads_p.py``): a Hohhot cashmere mill, a
Ningxia chateau, a Jilin ginseng trader, a Guiyang 酱香酒 distributor, a Luoyang bearing
factory, a Jingdezhen studio, a Quanzhou stone exporter, a Chiayi temple festival (民國
dates) and a Hong Kong lift contractor (Cantonese, Big5). Entries are
``(style, kind, due date, body, opts)`` as ``heldout_c_generate.write`` takes them.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_p  # noqa: F401  (registers set P's reminders)
from heldout_c_set_p_intl import P_INTL

D = date
CASH = {"thread": "p_cash", "sender": ("乌云其木格", "wuyun@hhhrongfang.com")}
CASH_CW = {"thread": "p_cash", "sender": ("财务部-苏日娜", "caiwu@hhhrongfang.com")}
WINE = {"thread": "p_wine", "sender": ("马林", "ma.lin@helanshan-chateau.cn")}
SENG = {"thread": "p_seng", "sender": ("金美玉", "jinmeiyu@163.com")}
JIU = {"thread": "p_jiu", "sender": ("罗总", "luo@gyjiangxiang.com")}
JIU_CW = {"thread": "p_jiu", "sender": ("吴出纳", "wucn@gyjiangxiang.com")}
BEAR = {"thread": "p_bear", "sender": ("任建国", "renjg@lyzhoucheng.com.cn")}
JDZ = {"thread": "p_jdz", "sender": ("余青", "yuqing.ciyi@qq.com")}
STONE = {"thread": "p_stone", "sender": ("黄志强", "huangzq@qzstone-export.com")}
CY = {
    "thread": "p_chiayi",
    "sender": ("林雅惠", "yahui.lin@chiayi-temple.org.tw"),
    "tz": "Asia/Taipei",
}
LIFT = {"thread": "p_lift", "sender": ("梁志偉", "cw.leung@kwlift.com.hk"), "tz": "Asia/Hong_Kong"}


def o(base: dict, **kw: object) -> dict:
    """``base`` (thread, sender, zone) with this reply's own options."""
    return {**base, **kw}


P_ZH: list[tuple] = [
    # Hohhot cashmere mill
    (
        "qqweb",
        "paid",
        None,
        "款已于11月30日通过工行转出，回单见附件。",
        o(CASH_CW, atts=["回单.pdf"]),
    ),
    (
        "n163",
        "promise",
        D(2026, 12, 4),
        "这几天下大雪，物流和银行柜台都停了两天。财务说本周五之前安排，到时候把回单发您。\n\n苏日娜\n财务部 0471-6923 3310",
        o(CASH_CW),
    ),
    (
        "olzhcn",
        "partial_payment",
        None,
        "王经理好：\n先付了60,000元，余下66,000元等验收报告签字后再付。\n乌云",
        o(CASH, danger=True, note="part paid, the rest conditional"),
    ),
    (
        "foxmail",
        "dispute",
        None,
        "验收还没通过呢。梳绒车间有两台机器的数据一直掉线，验收单我们没签，这笔验收款现在不能付，请先派人来处理。",
        o(CASH, danger=True),
    ),
    ("qqapp", "other", None, "收到", o(CASH_CW, note="bare acknowledgement")),
    (
        "coremail",
        "bank_question",
        None,
        "你好，提醒里写的是示例银行杭州分行，我们网银上要选到具体支行，请问是哪个网点？联行号也请发一下。",
        o(CASH_CW),
    ),
    (
        "sina",
        "paid",
        None,
        "您好，验收款12.6万已经走完审批，出纳今天上午付的，网银显示交易成功。",
        o(CASH_CW, day=D(2026, 12, 3)),
    ),
    # Ningxia chateau
    (
        "ioszh",
        "promise",
        D(2026, 12, 9),
        "马上要装瓶了忙得很 钱下周三给你转过去 别着急",
        o(WINE, note="voice typing, 下周三 = Wed of next week"),
    ),
    (
        "huawei",
        "more_time",
        D(2027, 1, 15),
        "王经理，今年霜冻葡萄减产，酒也还没卖出去，资金实在紧张，二期款能不能宽限到明年1月15号？",
        o(WINE),
    ),
    (
        "alimail",
        "paid",
        None,
        "不是没付，11月28号就付了，你们再查一下，回单附上。",
        o(WINE, atts=["转账回单.jpg"], danger=True, note="negated not-paid"),
    ),
    (
        "applezh",
        "acceptance",
        None,
        "二期的功能都看过了，没问题，同意按合同付，我让会计安排。",
        o(WINE),
    ),
    (
        "gmailzh",
        "more_time",
        None,
        "酒庄这个月要交土地租金，二期款想分两次付，12月先付一半，剩下的看1月份回款情况，可以吗？",
        o(WINE, note="instalments, no single day"),
    ),
    ("mmios", "promise", D(2026, 12, 31), "元旦前一定结清，放心。", o(WINE, day=D(2026, 12, 7))),
    # Jilin ginseng trader
    (
        "n163",
        "paid",
        None,
        "尾款3.5万昨天已经打了，用的是我个人的农行卡转的，备注了合同号JL-2026-113，麻烦查收。",
        o(SENG),
    ),
    (
        "n163",
        "resend_request",
        None,
        "我们会计说没收到尾款的发票，没有发票没法入账付款。麻烦重新开一张寄过来，抬头：吉林省参源商贸有限公司。",
        o(SENG),
    ),
    (
        "qqhtml",
        "promise",
        D(2026, 12, 15),
        "金会计这周出差去抚松收货了，回来就付，最晚12月15号。",
        o(SENG),
    ),
    (
        "mailmaster",
        "dispute",
        None,
        "这个尾款金额不对吧？合同总价是12万，我们已经付了8.5万，应该还剩3.5万，但是你们上次发来的对账单写的是4.5万，差了1万，先对一下账。",
        o(SENG, danger=True, note="amount questioned"),
    ),
    ("n126", "paid", None, "已付，见回单", o(SENG, atts=["回单.pdf"])),
    (
        "tbzh",
        "other",
        None,
        "你好，请问你们有没有做人参溯源二维码的方案？我们明年想做一个。",
        o(SENG, note="a new question, nothing about the payment"),
    ),
    # Guiyang 酱香酒 distributor
    (
        "exmail",
        "promise",
        D(2026, 12, 18),
        "王经理，中期款我们安排在12月18日付款，届时请注意查收。\n\n罗\n贵阳酱香酒业 总经理\n电话：0851-8655 2200\n2026年12月2日",
        o(JIU, note="date in the signature"),
    ),
    (
        "owazh",
        "paid",
        None,
        "罗总已批，款今天付了，附件是网银回单，请查收。\n\n吴\n出纳",
        o(JIU_CW, atts=["网银回单.pdf"]),
    ),
    (
        "olmobzh",
        "other",
        None,
        "@吴出纳 这个你跟一下，看看是不是已经付过了。",
        o(JIU, note="boss hands over to finance, no answer yet"),
    ),
    (
        "qqweb",
        "more_time",
        None,
        "年底白酒旺季，款子都压在货上了，能不能再缓一缓？等经销商回款了马上付。",
        o(JIU),
    ),
    (
        "ioszh",
        "partial_payment",
        None,
        "先打了5万过去，剩下的42400下个月初给。",
        o(JIU, danger=True, note="partial now; rest 下个月初"),
    ),
    (
        "qqapp",
        "promise",
        D(2026, 12, 10),
        "明天不行，后天也不行，下周四吧，下周四一定付。",
        o(JIU, note="negated days, then 下周四"),
    ),
    (
        "foxmail",
        "paid",
        None,
        "",
        o(JIU_CW, atts=["付款回单20261201.pdf"], note="empty body, receipt only"),
    ),
    # Luoyang bearing factory
    (
        "olzhcn",
        "dispute",
        None,
        "任科长意见：交付的质检系统还有三项未整改（检测数据导出格式、报警阈值、操作日志），按合同约定整改完成并经我方书面确认后才支付交付款。目前不具备付款条件。",
        o(BEAR, danger=True, note="conditions not met"),
    ),
    (
        "olzhcnplain",
        "promise",
        D(2026, 12, 25),
        "您好！交付款已提交集团财务共享中心，预计本月25日前支付。\n\n任建国\n洛阳轴承 质量部\n电话 0379-6423 8810 手机 139 3798 2026",
        o(BEAR, note="phone numbers in the signature"),
    ),
    (
        "coremail",
        "more_time",
        None,
        "我们厂资金计划是按季度批的，这笔要排到明年一季度的计划里，具体日子现在说不准。",
        o(BEAR),
    ),
    (
        "owazh",
        "paid",
        None,
        "已于2026-11-27通过银行承兑汇票支付，票号见附件，请查收签收。",
        o(BEAR, atts=["承兑汇票.jpg"], note="paid by acceptance bill"),
    ),
    (
        "huawei",
        "bank_question",
        None,
        "王工，你们账户是一般户还是基本户？我们集团只能付到对方基本户，如果不是请提供基本户信息。",
        o(BEAR, note="asks which account; the PM answers"),
    ),
    (
        "gmailzh",
        "resend_request",
        None,
        "请把交付验收单和发票的扫描件再发一份，我们财务共享中心要重新上传附件才能走流程。",
        o(BEAR),
    ),
    # Jingdezhen porcelain studio
    (
        "qqapp",
        "paid",
        None,
        "付啦付啦～前天微信转给王经理了，他说收到了呀🙂",
        o(JDZ, note="paid to a person by WeChat"),
    ),
    (
        "qqweb",
        "promise",
        D(2026, 12, 20),
        "余老师这几天在窑上烧一窑大件，走不开。她说20号开窑以后就把首付款转过来。",
        o(JDZ),
    ),
    (
        "mmios",
        "other",
        None,
        "好的好的，知道了，不会拖的。",
        o(JDZ, note="relabelled acceptance -> other (pzh): no work accepted; an assurance, no day"),
    ),
    (
        "qqhtml",
        "dispute",
        None,
        "首付款我们觉得可以付，但你们做的网店首页跟我们说的完全不一样，设计稿都没让我们确认就上线了，这个先说清楚再付吧。",
        o(JDZ, danger=True),
    ),
    ("applezh", "other", None, "请问下次能不能直接发我微信？邮箱我不常看。", o(JDZ)),
    # Quanzhou stone exporter
    (
        "alimail",
        "paid",
        None,
        "黄经理交代：中期款64,500元已于12月1日付出，附回单。若有差额是银行手续费，请见谅。",
        o(STONE, atts=["回单.pdf"]),
    ),
    (
        "exmail",
        "promise",
        D(2026, 12, 15),
        "这批石材出口退税款下来之后就付，估计12月中旬。",
        o(STONE, note="中旬 = the 15th; conditional on tax refund"),
    ),
    (
        "n163",
        "more_time",
        None,
        "美国客户那边的货款还没回来，集装箱压在港口，我们实在周转不开，请再给我们一点时间。",
        o(STONE),
    ),
    (
        "olzhcn",
        "partial_payment",
        None,
        "中期款先付了三成（19,350元），其余等海关单证模块上线后支付。",
        o(STONE, danger=True),
    ),
    (
        "tbzh",
        "promise",
        D(2026, 12, 16),
        "下周三付。",
        o(
            STONE,
            day=D(2026, 12, 9),
            below=True,
            note="bottom-posted bare reply, 下周三 from Wed 9",
        ),
    ),
    (
        "sina",
        "bank_question",
        None,
        "你们的账号是 6222 0000 1234 5678 吗？我们系统里登记的是另一个尾号8765的账户，是不是换过？",
        o(STONE, danger=True, note="doubt about the account: PM answers"),
    ),
    (
        "foxmail",
        "paid",
        None,
        "黄经理昨天就安排了，今天应该能到账，麻烦留意一下。",
        o(STONE, day=D(2026, 12, 9)),
    ),
    # Chiayi temple festival (Traditional, 民國 dates)
    (
        "owazhtw",
        "paid",
        None,
        "王經理您好：\n活動款新台幣186,000元已於民國115年11月30日匯出，匯款水單如附件，請查收。\n\n林雅惠 敬上\n嘉義縣XX宮 會計",
        o(CY, atts=["匯款水單.pdf"]),
    ),
    (
        "gmailtw",
        "promise",
        D(2026, 12, 10),
        "主委交代，待管理委員會12月8日開會通過後，於115年12月10日前匯款。",
        o(CY, note="民國 date"),
    ),
    (
        "olmobtw",
        "dispute",
        None,
        "報名系統在遶境當天當機兩個多小時，信眾都無法線上報名，委員會認為這筆款項要扣除違約部分，金額請再討論。",
        o(CY, danger=True),
    ),
    (
        "ioszhtw",
        "more_time",
        None,
        "廟裡的帳要等年度決算，可能要到農曆年後才有辦法撥款，請多包涵。",
        o(CY),
    ),
    (
        "owazhtw",
        "resend_request",
        None,
        "請提供貴公司的統一發票（或收據），我們要給監察委員核章才能付款。",
        o(CY),
    ),
    # relabelled acceptance -> other (pzh): nothing accepted; "會盡快處理" commits to no day
    # and no payment (as the corpus's "收到，会尽快处理。")
    ("gmailtw", "other", None, "了解，謝謝提醒，我們會盡快處理。", o(CY)),
    # Hong Kong lift contractor (Cantonese, Big5)
    (
        "olzhtw",
        "paid",
        None,
        "王生你好，\n季度款HK$58,800已經過咗數（轉數快），今朝十點幾過嘅，附上截圖。\n\n梁志偉",
        o(LIFT, atts=["FPS.png"]),
    ),
    (
        "olzhtw",
        "promise",
        D(2026, 12, 11),
        "唔好意思遲咗，公司下個禮拜五出糧同埋出票，到時一齊寄支票俾你哋。",
        o(LIFT, note="下個禮拜五 = Friday of next week"),
    ),
    (
        "ioszhtw",
        "dispute",
        None,
        "呢期啲排班系統成日出錯，師傅去錯地盤都唔知幾多次，我哋唔會咁樣俾足錢，等你哋修好先講。",
        o(LIFT, danger=True),
    ),
    (
        "olzhtw",
        "bank_question",
        None,
        "請問你哋嘅銀行SWIFT code係乜？我哋香港戶口匯去內地要填。",
        o(LIFT),
    ),
    (
        "gmailtw",
        "partial_payment",
        None,
        "寄咗張$30,000支票，剩返$28,800下個月再俾，唔該。",
        o(LIFT, danger=True),
    ),
    (
        "olmobtw",
        "other",
        None,
        "我轉咗公司，之後請搵陳小姐 (kitty.chan@kwlift.com.hk)。",
        o(LIFT, note="hand-off to a colleague"),
    ),
    # more forms: inline answers, a quoted earlier answer, forwards, hedges, tense, conditions
    (
        "foxmail",
        "resend_request",
        None,
        "见下方红字。",
        o(
            CASH_CW,
            inline=("付款截止日", "【苏日娜：发票我们一直没收到，发票到了才能走付款】"),
            note="inline answer in the quote",
        ),
    ),
    (
        "n163",
        "promise",
        D(2026, 12, 11),
        "上次说的下周没付成，老板又去北京了。这次12月11号前肯定付。",
        o(
            WINE,
            day=D(2026, 12, 7),
            earlier="好的，下周安排。",
            note="earlier answer quoted; day given up",
        ),
    ),
    (
        "exmail",
        "promise",
        D(2026, 12, 3),
        "王经理，已转财务。\n\n---------- 转发的邮件 ----------\n发件人：罗总 <luo@gyjiangxiang.com>\n发送时间：2026年12月2日 9:12\n收件人：吴出纳 <wucn@gyjiangxiang.com>\n主题：转发：中期款\n\n小吴，这笔明天付掉，别再拖了。",
        o(JIU_CW, note="forwarded order of the boss: 明天"),
    ),
    (
        "n126",
        "other",
        None,
        "应该是付了吧？我也不太清楚，问问会计再回您。",
        o(SENG, danger=True, note="unsure, no claim of payment"),
    ),
    (
        "olzhcn",
        "more_time",
        None,
        "我们上周就把付款申请提交了，但钱还没付出去，财务说要等集团资金下拨，下拨了就付。",
        o(BEAR, danger=True, note="申请提交了 is not paid"),
    ),
    (
        "qqweb",
        "dispute",
        None,
        "如果你们这周能把报关模块的那几个bug修掉，我们下周一就付；修不好就先别催了。",
        o(STONE, danger=True, note="conditional on a fix"),
    ),
    ("olzhtw", "paid", None, "張支票寄咗出去喇，聽日應該收到。", o(LIFT, note="cheque posted")),
    ("owazhtw", "paid", None, "款項已於12/1匯出，謝謝。", o(CY, noquote=True)),
    (
        "alimail",
        "promise",
        D(2026, 12, 21),
        "您好，经公司研究，验收款定于2026/12/21支付。",
        o(CASH),
    ),
    (
        "coremail",
        "promise",
        D(2026, 12, 9),
        "交付款已审批完毕，5个工作日内付款。\n\n任建国 2026.12.02",
        o(BEAR, note="business days from Wed 2"),
    ),
    ("mailmaster", "promise", D(2026, 12, 31), "月底前付，年底我们要结账的。", o(STONE)),
    (
        "ioszh",
        "promise",
        D(2026, 12, 3),
        "首付款我在付了 网银要U盾 盾在公司 明天上午到公司就转",
        o(JDZ, note="voice typing; in progress, tomorrow"),
    ),
]

P_SET: list[tuple] = P_ZH + P_INTL
