"""Held-out set ZT: Simplified-Chinese replies (session 17, written blind to the rules).

A realistic December inbox rather than hard cases only: plain paid notes with slips, promises
with a day in the common forms, short acknowledgements, questions, disputes, requests for time,
acceptance notes, partial payments and resend requests. Four mainland clients of trades not used
before: a Dali tie-dye studio (several shops), a Xiamen ferry-ticket agency (answering a second
reminder too), a Huizhou furniture exporter and a Weifang kite workshop. The Traditional-Chinese
and English replies are in heldout_c_set_zt_intl.py, the machine mail in heldout_c_machine_zt.py.
"""

from __future__ import annotations

from heldout_c_machine_zt import ZT_MACHINE
from heldout_c_set_zt_intl import ZT_INTL
from heldout_c_threads_zt import dec, entry

e = entry

# 大理 苍洱扎染工坊 (tie-dye studio: orders and shop stock; 尾款 ￥58,000)
DUAN = ("段丽华", "duanlh@cangerzharan.com")
YANG_JH = ("杨金花", "yangjinhua_dl@163.com")
LI_X = ("李晓", "2857710394@qq.com")
ZHAO_T = ("赵婷", "zhaoting@cangerzharan.com")
# 厦门 鹭岛轮渡票务代理 (ferry-ticket agency: distribution and settlement; 上线款 ￥86,000)
HUANG = ("黄志明", "huangzm@ludaoferry.com")
LIN_XY = ("林秀英", "caiwu@ludaoferry.com")
CHEN_W = ("陈伟", "chenwei@ludaoferry.com")
WU_JQ = ("吴佳琪", "wujiaqi_xm@126.com")
# 惠州 博罗 森美家具出口 (furniture exporter: orders and container loading; 中期款 ￥132,000)
YE = ("叶国强", "yegq@senmei-furniture.com")
QIU = ("邱美玲", "qiuml@senmei-furniture.com")
HE_J = ("何俊", "hejun@senmei-furniture.com")
ZHANG_L = ("张莉", "1364820957@qq.com")
# 潍坊 鸢都风筝 (kite workshop: production plan and online shop shipping; 验收款 ￥45,000)
SUN_JP = ("孙建平", "sunjp@yuandukite.com")
WANG_XF = ("王秀芳", "wangxf_wf@163.com")
LIU_Y = ("刘洋", "liuyang@yuandukite.com")
SUN_XY = ("孙小雨", "sunxiaoyu.wf@gmail.com")

# fmt: off
DL = [
    e("n163", "paid", None,
      "王经理您好：\n\n尾款58000元今天上午已通过农业银行转出，回单见附件，请查收。\n\n杨金花\n苍洱扎染 财务",
      "zt_dl", 2, YANG_JH, atts=["农行电子回单.pdf"]),
    e("qqapp", "other", None, "收到，我转给财务了", "zt_dl", 1, LI_X, note="a plain acknowledgement"),
    e("huawei", "promise", dec(4),
      "王经理，段总这两天在喜洲那边看染坊，她说周五回来就签字付款。",
      "zt_dl", 2, ZHAO_T, note="周五 said on Wednesday = this Friday"),
    e("applezh", "resend_request", None,
      "王经理，发票我们这边找不到了，能不能再发一份电子版过来？谢谢\n\n发自我的iPhone",
      "zt_dl", 1, DUAN),
    e("n163", "bank_question", None,
      "王经理：\n\n我们在大理农商行转账，系统要填收款行的联行号，提醒里没有，麻烦提供一下。\n\n杨金花",
      "zt_dl", 1, YANG_JH, danger=True),
    e("mmios", "dispute", None,
      "王经理，你们系统里古城店和双廊店的库存一直对不上，上个月盘点差了两百多条围巾，这个问题不解决尾款我们先不付。",
      "zt_dl", 3, DUAN, danger=True, note="the payment held for a fault"),
    e("n163", "partial_payment", dec(31),
      "王经理您好：\n\n今天先付了30000元，剩下的28000元月底前付清，回单附后。\n\n杨金花",
      "zt_dl", 9, YANG_JH, danger=True, atts=["回单20261209.jpg"], note="a part paid; the rest by the month's end (月底前)"),
    e("qqweb", "other", None, "好的，知道了。", "zt_dl", 10, LI_X, note="a plain acknowledgement"),
    e("n163", "paid", None,
      "王经理：\n\n剩余尾款28000元已于今日支付，至此尾款全部付清，请核对。\n\n杨金花",
      "zt_dl", 24, YANG_JH, atts=["农行回单_1224.pdf"]),
]
XM = [
    e("exmail", "promise", dec(10),
      "王经理您好：\n\n上线款已经走完审批，财务这边排在12月10日付款。\n\n林秀英\n鹭岛轮渡票务 财务部",
      "zt_xm", 1, LIN_XY),
    e("olzhcn", "other", None,
      "王经理：\n\n邮件收到，谢谢提醒，我们内部确认一下再回复您。\n\n黄志明",
      "zt_xm", 1, HUANG, note="an acknowledgement, no day"),
    e("exmail", "other", None,
      "王经理：\n\n鼓浪屿线的分销商结算报表导出来是空的，昨天和今天都这样，麻烦尽快看一下。\n\n陈伟\n信息部",
      "zt_xm", 3, CHEN_W, note="a fault report with no word of the payment"),
    e("exmail", "promise", dec(18),
      "王经理：\n\n不好意思，10号那天资金没排上，改到本月18号付，已经跟领导确认过了。\n\n林秀英",
      "zt_xm2", 9, LIN_XY, note="the day given up yields to the new one"),
    e("n126", "paid", None,
      "王经理好，上线款剩下的36000已经付了，兴业银行的回单在附件里，两笔加起来86000。\n\n吴佳琪 出纳",
      "zt_xm2", 18, WU_JQ, atts=["兴业银行回单.pdf"]),
    e("olzhcn", "more_time", None,
      "王经理：\n\n年底各条航线票款还在和船公司对账，资金比较紧张，上线款能否宽限到下个月？\n\n黄志明",
      "zt_xm2", 9, HUANG, note="asking for time; 下个月 names no day"),
    e("exmail", "resend_request", None,
      "王经理：\n\n麻烦把贵司的开户行和账号发一下，我们要在系统里新建供应商。\n\n林秀英",
      "zt_xm", 2, LIN_XY),
    e("exmail", "dispute", None,
      "王经理：\n\n发票抬头开成了“厦门鹭岛轮渡票务有限公司”，我们公司全称是“厦门鹭岛轮渡票务代理有限公司”，少了“代理”两个字，财务入不了账，请作废重开。\n\n林秀英",
      "zt_xm", 2, LIN_XY, danger=True, note="the invoice's title wrong: reissue asked"),
]
HZ = [
    e("foxmail", "paid", None,
      "王经理：\n\n中期款132,000.00元已于12月1日汇出，请查收。\n\n邱美玲\n森美家具 财务部",
      "zt_hz", 2, QIU),
    e("qqapp", "promise", dec(7),
      "王经理 中期款叶总已经批了 下周一给您转", "zt_hz", 2, ZHANG_L, note="下周一 said on Wednesday = Dec 7"),
    e("foxmail", "other", None,
      "王经理您好：\n\n收到，谢谢。\n\n邱美玲",
      "zt_hz", 1, QIU, note="a plain acknowledgement"),
    e("foxmail", "bank_question", None,
      "王经理：\n\n我们这次想用美元账户付，请问贵司有没有美元收款账户？SWIFT代码是多少？\n\n邱美玲",
      "zt_hz", 1, QIU, danger=True),
    e("alimail", "dispute", None,
      "王经理：\n\n排柜模块算出来的体积和实际装柜差太多，上周一个40尺高柜按系统排少装了十几套沙发，客户那边已经投诉了。这个问题你们没给我们解决方案之前，中期款暂缓支付。\n\n何俊",
      "zt_hz", 3, HE_J, danger=True),
    e("olzhcn", "promise", dec(31),
      "王经理：\n\n年底出货多，资金回笼慢一点，中期款我们月底前安排。\n\n叶国强",
      "zt_hz", 4, YE),
    e("foxmail", "promise", dec(11),
      "王经理：\n\n上次说的中期款，财务排在下周五付款，到时候发回单给您。\n\n邱美玲",
      "zt_hz", 3, QIU, note="下周五 on Thursday Dec 3 = Dec 11"),
    e("foxmail", "resend_request", None,
      "王经理：\n\n我们从这个月开始只收数电票，麻烦把中期款的发票按数电票重新开一张发给我们，原来的纸质票作废寄回。\n\n邱美玲",
      "zt_hz", 7, QIU, note="a form the client now chooses, no fault said"),
    e("qqweb", "paid", None,
      "王经理，中期款今天转了，截图发您了，麻烦查一下到账没有。",
      "zt_hz", 11, ZHANG_L, atts=["转账回单截图.png"]),
    e("foxmail", "other", None,
      "王经理：\n\n供应商年度评估表附上，麻烦填好盖章后寄回，谢谢。\n\n邱美玲",
      "zt_hz", 14, QIU, atts=["供应商年度评估表2026.xlsx"], note="the client's own form: other"),
]
WF = [
    e("n163", "acceptance", None,
      "王经理：\n\n系统我们已经验收了，验收单孙总签好字了，扫描件附上。\n\n王秀芳",
      "zt_wf", 1, WANG_XF, atts=["验收单扫描件.pdf"]),
    e("gmailzh", "other", None,
      "王经理您好，我是孙总的女儿，现在帮他管网店这块。请问验收款的合同付款条件是验收后几天付款？我爸记不清了。",
      "zt_wf", 1, SUN_XY, note="a question about the terms; no payment word"),
    e("n163", "acceptance", dec(15),
      "王经理：\n\n验收单今天签了，按合同验收款我们12月15日付。\n\n王秀芳",
      "zt_wf", 3, WANG_XF, note="acceptance with a payment day beside it"),
    e("tbzh", "dispute", None,
      "王经理：\n\n验收的时候说好的抖音小店接口到现在也没接上，这个没做完不能算验收，验收款等接口上线再说。\n\n刘洋",
      "zt_wf", 2, LIU_Y, danger=True),
    e("n163", "promise", dec(15),
      "王经理：\n\n验收款15号付，不会晚。\n\n王秀芳",
      "zt_wf", 8, WANG_XF),
    e("mmios", "more_time", dec(22),
      "王经理，今年风筝出口的货款还没回来，验收款能不能再给我们两周？",
      "zt_wf", 8, SUN_JP, note="asking for two more weeks: day + 14"),
    e("n163", "paid", None,
      "王经理：\n\n验收款45000元今天已付，回单见附件。\n\n王秀芳",
      "zt_wf", 15, WANG_XF, atts=["潍坊银行回单.pdf"]),
    e("qqapp", "other", None, "王经理，回单收到了吗？", "zt_wf", 16, SUN_XY,
      sender=("孙小雨", "3018852246@qq.com"), note="asking whether we got the slip; no new payment word"),
]
# fmt: on

# fmt: off
DL += [
    e("qqapp", "other", None, "好的王经理，段总回来我跟她说", "zt_dl", 3, LI_X, note="a plain acknowledgement"),
    e("huawei", "other", None,
      "王经理，古城店的扫码枪又连不上系统了，今天一上午都是手写单，能不能派人来看一下",
      "zt_dl", 5, ZHAO_T, note="a fault report with no word of the payment"),
    e("mmios", "promise", None,
      "王经理，库存的问题你们工程师远程处理好了，辛苦。尾款我让会计这周安排。",
      "zt_dl", 7, DUAN, note="这周 names no day"),
    e("n163", "promise", dec(24),
      "王经理：\n\n剩下的28000元原定月底付，现在可以提前到12月24日付，先跟您说一声。\n\n杨金花",
      "zt_dl", 21, YANG_JH, note="the day given up (月底) yields to the day named"),
]
XM += [
    e("ioszh", "promise", dec(4),
      "收到，这周五之前安排。\n\n发自我的iPhone",
      "zt_xm", 1, HUANG, note="这周五之前 on Tuesday Dec 1 = Dec 4"),
    e("exmail", "bank_question", None,
      "王经理：\n\n请问贵司收款账户近期有没有变更？我们供应商档案里存的账号和这次提醒里的尾号不一样，付款前想确认一下。\n\n林秀英",
      "zt_xm", 4, LIN_XY, danger=True, note="a doubt about our account"),
    e("exmail", "other", None, "王经理：\n\n报表的问题已经好了，谢谢。\n\n陈伟", "zt_xm", 7, CHEN_W,
      note="a fault fixed; no payment word"),
    e("n126", "other", None,
      "王经理您好，请问上线款的发票是6%的专票吗？金额是含税的吧？\n\n吴佳琪",
      "zt_xm", 2, WU_JQ, note="a question about the invoice, no fault said"),
    e("exmail", "partial_payment", dec(25),
      "王经理：\n\n上线款今天先付了50000元，剩余36000元12月25日前付清，回单附后。\n\n林秀英",
      "zt_xm2", 11, LIN_XY, danger=True, atts=["兴业银行电子回单_1211.pdf"], note="a part paid; the rest's day"),
    e("mmios", "promise", dec(31),
      "王经理，剩下的上线款这个月肯定付清，您放心。",
      "zt_xm2", 15, HUANG, note="这个月 = its last day"),
    e("n126", "promise", dec(18), "王经理，剩下的明天付，付完发您回单。", "zt_xm2", 17, WU_JQ),
    e("olzhcnplain", "paid", None,
      "王经理：\n\n款项已全部结清，感谢这段时间的支持，明年继续合作。\n\n黄志明",
      "zt_xm2", 21, HUANG),
]
HZ += [
    e("olzhcn", "promise", dec(12),
      "王经理：\n\n中期款已经安排了，两三天内到账。\n\n叶国强",
      "zt_hz", 9, YE, note="a rough count: its upper end"),
    e("foxmail", "other", None,
      "王经理：\n\n中期款我们已经在网银提交了，等叶总复核，复核后就付出去。\n\n邱美玲",
      "zt_hz", 10, QIU, danger=True, note="submitted, not paid; no day"),
    e("qqapp", "promise", dec(11), "王经理 今天银行系统升级转不了 明天一早给您转", "zt_hz", 10, ZHANG_L),
    e("alimail", "other", None,
      "王经理：\n\n排柜的问题修好了，昨晚装了两个柜都对得上，谢谢你们工程师加班。\n\n何俊",
      "zt_hz", 18, HE_J, note="thanks for a fix"),
    e("foxmail", "other", None,
      "王经理：\n\n年底对账，附上我司往来对账单，请核对后盖章回传。\n\n邱美玲",
      "zt_hz", 21, QIU, atts=["往来对账单_2026.xlsx"], note="a year-end statement to confirm"),
]
WF += [
    e("n163", "resend_request", None,
      "王经理：\n\n请问验收款的发票开了吗？我们这边还没收到。\n\n王秀芳",
      "zt_wf", 4, WANG_XF, note="the invoice not received"),
    e("n163", "bank_question", None,
      "王经理：\n\n最近诈骗的多，打款前我们要电话核实一下贵司账户，麻烦给个财务的座机号码。\n\n王秀芳",
      "zt_wf", 10, WANG_XF, danger=True, note="wants to verify our account by phone"),
    e("huawei", "promise", dec(15), "王经理，钱的事我跟会计说了，15号给你打，放心吧", "zt_wf", 12, SUN_JP),
    e("tbzh", "other", None,
      "王经理：\n\n抖音小店接口今天接上了，测试发了二十单都没问题，谢谢。\n\n刘洋",
      "zt_wf", 9, LIU_Y, note="the fault behind the earlier dispute fixed; no payment word"),
    e("gmailzh", "other", None,
      "王经理，我在外地跑展会，回去以后处理。",
      "zt_wf", 2, SUN_XY, note="a hedge with no day"),
]
# fmt: on

ZT_SET = DL + XM + HZ + WF + ZT_INTL + ZT_MACHINE
