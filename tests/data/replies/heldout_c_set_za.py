"""Held-out set ZA (written blind to the rules): Simplified Chinese clients of five new trades.

A Shunde lift-maintenance firm (电梯物联网监测平台), a Zhoushan distant-water fishing company
(北斗渔船监控/电子渔捞日志), a Changshu hotel-linen laundry (RFID布草追踪), a Weifang piano
school chain (排课小程序) and a Tianjin Jinghai bicycle maker (经销商订货平台), several people
each; Traditional Chinese and English clients and the machine mail are in
``heldout_c_set_za_intl.py``. ``ZA_SET`` joins them. Days: Wednesday 2 December 2026 unless
``day`` says otherwise; labels follow labels.yaml's conventions.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_za  # noqa: F401  (registers the contracts)
from heldout_c_set_za_intl import INTL

D3, D4, D7, D8 = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 8)
D10, D11, D14, D15 = date(2026, 12, 10), date(2026, 12, 11), date(2026, 12, 14), date(2026, 12, 15)


def o(thread: str, who: tuple[str, str], **kw: object) -> dict:
    return {"thread": thread, "sender": who, **kw}


# 佛山顺德 安捷电梯工程
LIANG = ("梁志强", "liangzq@anjie-lift.com")
HE = ("何秀萍", "hexp@anjie-lift.com")
MAI = ("麦小姐", "2851730946@qq.com")
LUO = ("", "luogong@anjie-lift.com")
JIE = ("阿杰", "ajie.dd@anjie-lift.com")
# 舟山 海丰远洋渔业
YING = ("应国华", "yinggh@haifeng-fishery.com")
YU = ("虞春燕", "yuchunyan_zs@163.com")
WANG_HB = ("王海波", "2413908871@qq.com")
WU = ("邬晓丹", "wuxd@haifeng-fishery.com")
# 常熟 洁程布草洗涤
QIAN = ("钱美芳", "qianmf@jiecheng-linen.com")
GU = ("顾晓雯", "guxw@jiecheng-linen.com")
TAO = ("陶建新", "taojx@jiecheng-linen.com")
JIANG = ("蒋磊", "jianglei@jiecheng-linen.com")
# 潍坊 琴韵钢琴艺术中心
SUN = ("孙丽娜", "sunlina@icloud.com")
LIU = ("刘会计", "qinyun_cw@sina.com")
GAO = ("小高", "1563320874@qq.com")
LIU_CM = ("刘静", "liujing@qinyun-piano.com.cn")
# 天津 静海 飞驰自行车
ZHANG = ("张卫东", "zhangwd@feichi-bike.cn")
LI = ("李淑贞", "li.shuzhen@feichi-bike.cn")
MA = ("Ma Tao", "matao.feichi@gmail.com")
HAN = ("财务-小韩", "feichi_han@126.com")

ZH: list[tuple] = [
    # ---- lift maintenance ----
    ("olzhcnplain", "other", None,
     "王经理：\n\n收到。二期款的付款申请已经提交，梁总本周内审批，批完我再告诉您具体时间。\n\n何秀萍\n财务部 | 2026年12月2日\n电话：0757-2283 6612",
     o("za_lift", HE, note="approval this week, no payment day: a hedge (the PM asks)")),
    ("olzhcn", "promise", date(2026, 12, 8),
     "王经理您好：\n\n梁总已经签字了，这笔二期款排在下周二付，付完把回单发给您。\n\n何秀萍",
     o("za_lift", HE, day=D4)),
    ("foxmail", "dispute", None,
     "王经理：\n上周三台梯的困人报警全是误报，维保师傅半夜白跑了五趟，物业已经投诉到质监站。平台这个问题不解决，验收单我这边不会签，款也付不了。\n\n罗工\n技术部",
     o("za_lift", LUO, danger=True)),
    ("ioszh", "other", None,
     "收到 我在工地信号不好 款的事你直接找财务何秀萍 她电话0757-22836612",
     o("za_lift", LIANG)),
    ("qqapp", "bank_question", None,
     "王经理您好，我们用农商银行网银转账要填收款行的具体支行，请问示例银行杭州分行是分行营业部吗？还是哪个支行？",
     o("za_lift", MAI)),
    ("huawei", "other", None,
     "王经理你那个二期款的事不归我管的你问财务何姐吧我这边只管调度，另外APP上维保记录能不能导出Excel物业那边要",
     o("za_lift", JIE)),
    ("olzhcnplain", "resend_request", None,
     "王经理：\n\n二期款的发票我们这边找不到了，麻烦重新发一份电子版（PDF）过来，财务要入账。\n\n谢谢！\n何秀萍",
     o("za_lift", HE, day=D3)),
    ("olzhcn", "promise", date(2026, 12, 11),
     "王经理：见下文回复。\n何秀萍",
     o("za_lift", HE, day=D8, inline=("如款项已经支付", "【何秀萍】还没有付。梁总出差，审批推迟了，12月11日前付。"),
       note="answer inline under our quoted 如款项已经支付")),
    ("olmobzh", "promise", date(2026, 12, 11),
     "二期款已安排，这周五前到账。",
     o("za_lift", LIANG, day=D8, danger=True, note="已安排 = scheduled, not paid; 这周五 = Dec 11")),
    ("foxmail", "acceptance", None,
     "王经理：\n误报问题修复后我们观察了一周，没有再出现。验收单已签字盖章，附件是扫描件。\n\n罗工",
     o("za_lift", LUO, day=D10, atts=["验收单-安捷电梯.pdf"])),
    ("qqapp", "paid", None,
     "王经理您好，二期款86,400元今天上午已经通过农商银行转出，回单见附件，请查收。",
     o("za_lift", MAI, day=D11, atts=["回单.jpg"])),
    ("ioszh", "paid", None,
     "钱已经打过去了 阿萍上周五转的 你查一下",
     o("za_lift", LIANG, day=D14, note="上周五 = Dec 11, past")),
    ("olzhcn", "other", None,
     "王经理：\n\n上个月12号付的那笔是一期款，不是这次的二期款。二期款还在走审批，批下来我再通知您。\n\n何秀萍",
     o("za_lift", HE, day=D3, danger=True, note="a past payment of another milestone; this one not paid, no day")),
    # ---- distant-water fishing ----
    ("n163", "more_time", date(2027, 1, 15),
     "王经理：\n\n您好！应董说今年鱿鱼船刚从秘鲁外海回来，鱼货还没结算，验收款能否宽限到明年一月中旬？\n\n虞春燕\n海丰远洋渔业 财务部",
     o("za_fish", YU)),
    ("qqapp", "dispute", None,
     "王经理，有三条船在公海上北斗终端掉线，渔捞日志传不上来，渔业局已经点名了，这个验收我们不认",
     o("za_fish", WANG_HB, danger=True)),
    ("mailmaster", "promise", date(2026, 12, 31),
     "王经理：\n船回港了，鱼也卖了，验收款这个月底之前一定付清。\n\n应国华",
     o("za_fish", YING, day=D7)),
    ("qqweb", "promise", date(2026, 12, 7),
     "王经理您好，不好意思，这笔还没付。上周跟您说付了的是另一家的船舶保险，我搞错了。财务下周一安排。",
     o("za_fish", WU, danger=True, note="还没付; 付了 was another payee; 下周一 = Dec 7")),
    ("n163", "bank_question", None,
     "王经理：\n我们走对公网银跨行转账，需要贵司开户行的联行号（12位），麻烦提供一下。\n虞春燕",
     o("za_fish", YU, day=D3)),
    ("n163", "promise", date(2026, 12, 20),
     "王经理：\n联行号收到了，谢谢。验收款定于十二月二十日前支付。\n虞春燕",
     o("za_fish", YU, day=D8)),
    ("mailmaster", "promise", date(2026, 12, 31),
     "小虞：这笔钱元旦前付掉，回单发给王经理。\n\n---------- 转发邮件 ----------\n发件人：虞春燕 <yuchunyan_zs@163.com>\n日期：2026年12月7日\n主题：验收款\n\n应董，示例科技的验收款152,000元还没付，您看什么时候安排？",
     o("za_fish", YING, day=D10, note="the boss's order forwarded to us: 元旦前 = Dec 31")),
    ("mmios", "more_time", None,
     "王经理，年底渔船要进坞保养，资金很紧，验收款春节后再付可以吗？",
     o("za_fish", YING, day=D3, note="asks for time: no day (春节后)")),
    ("qqapp", "acceptance", None,
     "三条船的终端换了新天线，这几天数据都正常了，验收单我签好了 拍照发你",
     o("za_fish", WANG_HB, day=D7, atts=["IMG_20261207_093315.jpg"])),
    ("qqapp", "other", None,
     "王经理我在船上信号不好刚看到邮件 付款的事要问应董 我这边只管船",
     o("za_fish", WANG_HB, day=D3)),
    ("qqweb", "partial_payment", None,
     "王经理您好：\n验收款先付了10万，回单在附件。剩下的52,000元等渔业局年底检查通过后再付。\n邬晓丹",
     o("za_fish", WU, day=D10, atts=["电子回单.pdf"], note="100,000 of 152,000; rest waits for an inspection")),
    ("qqweb", "dispute", None,
     "王经理：\n发票开的是普票，我们是一般纳税人，需要增值税专用发票才能抵扣，麻烦重开一张专票，不然财务这边没法付。\n邬晓丹",
     o("za_fish", WU, day=D4, danger=True)),
    ("mailmaster", "paid", None,
     "王经理：剩余验收款52,000元今天已付，请查收。",
     o("za_fish", YING, day=D15, atts=["转账凭证.pdf"])),
    # ---- hotel-linen laundry ----
    ("alimail", "dispute", None,
     "王经理您好：\n\n发票抬头开成了“常熟市洁程洗涤服务部”，我们公司全称是“常熟洁程布草洗涤有限公司”，税号也不对。这张票我们没法入账，麻烦作废重开，重开之后再付尾款。\n\n顾晓雯\n财务",
     o("za_linen", GU, danger=True)),
    ("tbzh", "dispute", None,
     "芯片洗了二十几次就读不出来了，现在每天点数差四五百条，酒店天天来对账。这个问题解决之前尾款先不谈。\n\n陶建新\n洗涤车间",
     o("za_linen", TAO, below=True, danger=True)),
    ("huawei", "promise", date(2026, 12, 31),
     "王经理你好我是钱美芳尾款的事情我知道的我们这个月底之前给你打过去的发票的问题小顾会跟你们联系的",
     o("za_linen", QIAN, day=D3, note="voice input; invoice issue left to the accountant")),
    ("exmail", "other", None,
     "王工：\n服务器的SSL证书下周到期，续费是你们负责还是我们自己弄？\n蒋磊",
     o("za_linen", JIANG)),
    ("alimail", "dispute", None,
     "王经理：\n\n更正一下：上封邮件说的已付是另一家供应商（洗涤剂）的，贵司的尾款还没有付，抱歉。我们等重开的发票到了再付。\n\n顾晓雯",
     o("za_linen", GU, day=D3, earlier="尾款已付，请查收。\n\n顾晓雯", danger=True,
       note="corrects her own quoted 已付; waits for the reissued invoice")),
    ("tbzh", "other", None,
     "附件是上周的点数差异表，麻烦转给你们工程师看看。\n陶建新",
     o("za_linen", TAO, day=D4, atts=["点数差异表-第48周.xlsx"])),
    ("exmail", "acceptance", None,
     "王工：\nRFID读取率这周连测了三天，都在99.5%以上，我这边技术验收没有问题了，已经报给钱总。\n蒋磊",
     o("za_linen", JIANG, day=D8)),
    ("huawei", "promise", date(2026, 12, 10),
     "发票收到了 小顾今天去付 你们注意查收",
     o("za_linen", QIAN, day=D10)),
    ("alimail", "paid", None,
     "王经理：\n\n重开的发票已收到，尾款47,500元已于今日通过招商银行付出，请查收。\n\n顾晓雯",
     o("za_linen", GU, day=D10, note="same day as the boss's 今天去付")),
    ("qqhtml", "other", None,
     "谢谢王经理，芯片换好了，车间说这几天都没问题了👍",
     o("za_linen", ("钱美芳", "1170483392@qq.com"), day=D11)),
    # ---- piano school chain ----
    ("sina", "promise", date(2026, 12, 15),
     "王经理你好，中期款我们定在十二月十五号付，到时候把回单发你。",
     o("za_piano", LIU)),
    ("applezh", "more_time", None,
     "王经理：\n\n年底是学员续费的淡季，家长都在等元旦活动，能不能让我们分两次付？这个月先付一半，剩下的一月底付。\n\n孙丽娜",
     o("za_piano", SUN, day=D3, note="instalments asked: no single day")),
    ("qqapp", "other", None,
     "王老师，家长端小程序里有几个学员课时余额显示负数，是不是系统的问题？",
     o("za_piano", GAO)),
    ("sina", "partial_payment", None,
     "王经理：今天先付了两万，剩下18,600元下周付。",
     o("za_piano", LIU, day=D11, note="20,000 of 38,600; rest 下周 with no day")),
    ("applezh", "dispute", None,
     "王经理：\n\n合同上写的是家长端上线满一个月再付中期款，小程序11月23号才上线，还没到付款时间吧。\n\n孙丽娜",
     o("za_piano", SUN, danger=True)),
    ("qqapp", "other", None,
     "付款的事我不清楚，已经把邮件转给刘会计了",
     o("za_piano", GAO, day=D3)),
    ("applezh", "promise", date(2026, 12, 11),
     "跟刘会计商量了，就这周五付吧，不分期了。",
     o("za_piano", SUN, day=D7)),
    ("coremail", "bank_question", None,
     "王经理：\n\n你们邮件里写的是示例银行杭州分行，但我们网银里输账号，系统显示这个账号属于西湖支行，到底是哪个？户名也显示成“示例科技有限公司杭州分公司”，和邮件不一样，麻烦确认。\n\n刘静",
     o("za_piano", LIU_CM, day=D4)),
    ("applezh", "other", None,
     "王经理，上个月20号家长端的钱我们已经付过一期了，这又是中期款？是不是重复了？",
     o("za_piano", SUN, day=D4, danger=True, note="asks whether this duplicates an earlier instalment: not a payment of this one")),
    ("sina", "paid", None,
     "王经理：余款18,600元今天付了，中期款全部付清。",
     o("za_piano", LIU, day=D15)),
    # ---- bicycle maker ----
    ("owazh", "promise", date(2026, 12, 7),
     "王经理：\n\n张经理已经走完付款审批，财务这边3个工作日内付款。\n\n李淑贞\n财务部",
     o("za_bike", LI)),
    ("gmailzh", "dispute", None,
     "王经理，\n经销商反映下单页面的价格和我们给的返利政策对不上，好几家按错误价格下了单，这事不说清楚之前上线款别指望了。\n\n马涛\n销售总监",
     o("za_bike", MA, danger=True)),
    ("n126", "paid", None,
     "您好，上线款124,000元已于12月1日汇出，电子回单见附件，请查收。",
     o("za_bike", HAN, atts=["电子回单.pdf"],
       note="contradicts the finance manager's 3个工作日内 the same day: the PM sorts it out")),
    ("owazh", "resend_request", None,
     "王经理：\n我们OA里走电子发票报销，请把上线款的发票PDF重新发到 zhangwd@feichi-bike.cn。\n张卫东",
     o("za_bike", ZHANG, day=D3)),
    ("n126", "other", None,
     "王经理 您好 介个款我查了下 昨天那封是我看错了 汇出的是别家的 咱这个还没付呢 李姐出差了 回来签字就付",
     o("za_bike", HAN, day=D3, danger=True,
       note="withdraws her own 'paid'; pays when the manager signs on her return: no day")),
    ("owazh", "dispute", None,
     "王经理：\n\n合同约定上线款为合同总额的30%，即118,500元，贵司通知的金额124,000元不对，请核对后重新开票。\n\n李淑贞",
     o("za_bike", LI, day=D4, danger=True)),
    ("olzhcn", "acceptance", None,
     "王经理：\n返利价格的问题已经修复，经销商这两天下单都正常，上线验收通过。\n张卫东",
     o("za_bike", ("张卫东", "zhangwd@feichi-bike.cn"), day=D7)),
    ("gmailzh", "other", None,
     "价格的问题解决了，谢谢你们周末加班。付款的事财务会跟进。",
     o("za_bike", MA, day=D7)),
    ("n126", "promise", date(2026, 12, 8),
     "王经理您好上线款李姐签完字了明天上午给您转过去",
     o("za_bike", HAN, day=D7)),
    ("owazh", "paid", None,
     "王经理：\n\n更正：金额是我们看错了，补充协议里改过，124,000元没有问题，已于今日付款。\n\n李淑贞",
     o("za_bike", LI, day=D10, note="retracts her amount objection; paid today")),
    ("tbzh", "promise", date(2026, 12, 31),
     "上线款的事，财务已经在走流程了，年底前付。\n\n张卫东",
     o("za_bike", ZHANG, day=D3, below=True)),
    ("n126", "paid", None,
     "",
     o("za_bike", HAN, day=D10, atts=["上线款回单20261210.pdf"], note="attachment only: an empty body and a bank slip")),
    ("huawei", "other", None,
     "王经理问一下你们做不做微信小程序商城我弟弟在虞山开了个洗车店想做一个会员充值的",
     o("za_linen", QIAN, day=D14, note="unrelated: a new enquiry")),
    ("n163", "promise", date(2026, 12, 22),
     "王经理：\n\n验收款我们二十天之内付清，最晚不超过十二月二十二日。\n\n虞春燕",
     o("za_fish", YU, day=D4, note="最晚 day beats the rough count (Dec 4 + 20 = Dec 24)")),
    ("olzhcn", "promise", None,
     "王经理：\n收到，我哋下个礼拜安排。\n梁志强",
     o("za_lift", ("梁志强", "liangzq@anjie-lift.com"), day=D3, note="Shunde Cantonese; 下个礼拜 no day")),
]  # fmt: skip

ZA_SET: list[tuple] = ZH + INTL
