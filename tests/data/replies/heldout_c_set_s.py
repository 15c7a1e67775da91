"""Held-out set S: replies written blind to the classifier (no daemon/inbox/, no corpus bodies).

Eight mainland clients here (Simplified Chinese); the Taitung and Hong Kong clients and the
English-writing ones are in ``heldout_c_set_s_intl.py``, machine mail in
``heldout_c_machine_s.py``. Each reply answers its own reminder (``heldout_c_threads_s.py``);
dates are labelled from the reply's day in the sender's zone. December 2026: Tue 1, Wed 2,
Thu 3, Fri 4, Mon 7 … Fri 11, Mon 14 … Fri 18, Mon 21, Thu 31; Fri 1 Jan 2027.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_c_set_s_intl import S_INTL  # noqa: E402
from heldout_c_threads_s import o  # noqa: E402

D = date

# fmt: off
MAGNET = [
    ("foxmail", "paid", None, "王经理：\n\n到货款236,000元已于12月1日通过招商银行付出，回单见附件，请查收。\n\n高丽娟\n包头北辰稀土永磁 财务部\n0472-5127736",
     o("magnet", "cw", 2, atts=["回单.pdf"])),
    ("ioszh", "promise", D(2026, 12, 4), "知道了，让财务这周五前付掉",
     o("magnet", "boss", 2)),
    ("n163", "other", None, "王经理：\n到货款的事我们设备部不管，邮件已经转给财务高会计了，她会跟您联系。\n设备部 何伟",
     o("magnet", "buy", 3)),
    ("qqapp", "partial_payment", D(2026, 12, 31), "王经理您好 到货款我们分两笔付 今天先付了十万 剩下的十三万六月底前付清",
     o("magnet", "cash", 7)),
    ("coremail", "promise", D(2026, 12, 17),
     "王经理，您好。\n到货款我司已走完审批，资金计划排在12月第三周，预计12月17日左右支付，请知悉。\n\n高丽娟\n财务部\n电话：0472-5127736  手机：139 4721 0618",
     o("magnet", "cw", 9, seq=2)),
    ("olzhcn", "dispute", None,
     "贵司的催款函收到。\n\n到现在为止，充磁工序的数据还采不上来，烧结炉的接口也没有调通，到货验收单我们一直没签，谈何到货款？问题解决之前我们不会付款。\n\n乔建国",
     o("magnet", "boss", 14, stage="demand")),
    ("foxmail", "promise", D(2026, 12, 15),
     "王经理：\n\n贵司催款函已收悉。我司并无拒付之意，到货款已于今日上午在网银提交，待领导审批后付出，预计明天能到账。\n\n高丽娟",
     o("magnet", "cw", 14, stage="demand", danger=True, note="submitted to the online bank, not yet approved")),
    ("qqapp", "paid", None, "王经理 钱付了 截图发你",
     o("magnet", "cash", 16, atts=["微信图片_20261216103512.jpg"])),
]

KITE = [
    ("exmail", "more_time", None,
     "王经理您好，\n尾款需要等市文旅局的节会补助资金拨下来才能付，补助款一般年底前到，到了第一时间给您付，请理解。\n孙会计",
     o("kite", "cw", 2)),
    # relabelled more_time -> promise (helper guard3, session 11): the client says when it
    # will pay, with no leave asked (labels.yaml: a deferral stated, not asked, is a promise).
    ("huawei", "promise", None, "尾款？明年风筝节四月份开幕前付吧，现在账上没钱",
     o("kite", "boss", 3)),
    ("n126", "other", None,
     "王经理好，我是票务组的小鲁，付款的事我不清楚哈，您找孙会计，她电话0536-8890231。",
     o("kite", "staff", 3)),
    ("exmail", "paid", None, "王经理：\n尾款58000元今天已经付了，走的潍坊银行，附件是电子回单，麻烦查收。",
     o("kite", "cw", 8, seq=2, atts=["电子回单.pdf"])),
    ("exmail", "promise", D(2026, 12, 15),
     "王经理，不好意思，昨天说付了是我搞错了，付的是另一家供应商的款，贵司的尾款还没付，下周二补上。",
     o("kite", "cw", 10, seq=2, danger=True,
       earlier="王经理：\n尾款58000元今天已经付了，走的潍坊银行，附件是电子回单，麻烦查收。")),
    ("huawei", "promise", D(2026, 12, 7),
     "王经理你好我是于总尾款的事我跟孙会计说过了让她下礼拜一之前付掉你放心",
     o("kite", "boss", 4)),
]

YAK = [
    ("n163", "more_time", None,
     "王经理你好中期款我们合作社现在钱不够等牛绒收购的钱回来了再给你们付大概要到明年开春",
     o("yak", "head", 2)),
    ("qqapp", "more_time", None,
     "王经理您好，我是才让的儿子扎西。我阿爸不太会用邮箱，中期款的事他让我跟您说一下：能不能分三次付，12月、1月、2月各付12000？谢谢！",
     o("yak", "son", 3)),
    ("n126", "partial_payment", None, "王经理：\n中期款先付了一万二，是第一期，回单附后。\n卓玛",
     o("yak", "cw", 7, atts=["回单.jpg"])),
    ("n163", "partial_payment", D(2027, 1, 10),
     "王经理第一期已经付了一万二你们收到没有下一期一月十号以前付",
     o("yak", "head", 9)),
    ("n126", "bank_question", None,
     "王经理，请问你们的开户行是哪个支行？我们这边信用社转账要填全称和行号，光写杭州分行转不过去。",
     o("yak", "cw", 4)),
]

SNAIL = [
    ("alimail", "resend_request", None,
     "王经理您好！\n验收款我们这边还没有收到贵司的发票，麻烦先开票（增值税专票，开票信息见附件），收到发票后按流程付款。\n韦会计",
     o("snail", "cw", 2, atts=["开票信息.pdf"])),
    ("tbzh", "dispute", None,
     "验收单我们还没签。订单同步在双12预热那天丢了二十几单，这个不能算验收通过。\n\n蓝工",
     o("snail", "it", 2, below=True)),
    ("mmios", "more_time", None, "双十二过了再说，这几天忙大促",
     o("snail", "boss", 3)),
    ("alimail", "dispute", None,
     "王经理，贵司开的发票金额是95,200元，合同验收款是92,500元，金额不对，请核对后重开。",
     o("snail", "cw", 8)),
    ("mmios", "promise", D(2026, 12, 10),
     "让韦会计今天先付一半，剩下的等电商部确认丢单的问题没了再付",
     o("snail", "boss", 10)),
    ("alimail", "paid", None, "王经理：\n发票已收到。验收款92,500元已于今日支付，请查收。",
     o("snail", "cw", 15, seq=2)),
]

FIRE = [
    ("olzhcn", "other", None,
     "王经理：\n\n您好！二期款148,000元我司拟以银行承兑汇票支付（6个月期），请确认贵司能否接收。如不能接收，现汇需等到明年1月。\n\n财务部 刘丽华\n024-8861 3370",
     o("fire", "cw", 2, note="offers a bank acceptance bill: the PM decides")),
    ("applezh", "dispute", None,
     "王经理，二期款是按授权数量算的，我们实际只激活了8个授权，合同是12个，差的4个要扣掉，请重新核算。",
     o("fire", "boss", 3)),
    ("coremail", "other", None,
     "王经理，这事我转给财务刘丽华了。技术这边授权都激活正常，没有问题。\n\n技术部 王工",
     o("fire", "tech", 3)),
    ("olzhcn", "promise", D(2026, 12, 21),
     "王经理：\n\n二期款财务部本周已提报，公司每月20日统一付款，本月20号是周日，顺延到21日付。\n\n刘丽华",
     o("fire", "cw", 11, seq=2)),
    ("olzhcnplain", "paid", None, "王经理：\n\n二期款148,000.00元已于今日付出，网银回单见附件。\n\n刘丽华",
     o("fire", "cw", 21, seq=2, atts=["网银回单.pdf"])),
]

QUANTUM = [
    ("gmailzh", "more_time", D(2026, 12, 16),
     "王总好，我们B轮的钱预计12月中旬到账，到账后马上安排第二阶段款，请再宽限两周。\n\n钱博士",
     o("quantum", "ceo", 2)),
    ("owazh", "resend_request", None,
     "王经理您好，\n第二阶段款对应的里程碑验收报告我们还没收到盖章版，请寄一份纸质的过来：合肥市高新区望江西路800号创新产业园D4栋，吴倩收，0551-6358 2290。收到后才能走报销。",
     o("quantum", "cw", 3)),
    ("owazh", "partial_payment", None,
     "王经理，\n第二阶段款已付60,000元，剩余60,000元待数据导出丢帧的问题修复后支付。\n吴倩",
     o("quantum", "cw", 10)),
    ("gmailzh", "paid", None, "款已经全部结清了吧？财务说昨天把剩下的六万付了",
     o("quantum", "ceo", 16)),
]

CABLE = [
    ("qqweb", "promise", None,
     "王经理，您好！安装款我们已经在走流程了，目前在总经理那里签字，签完就付。",
     o("cable", "cw", 2)),
    ("mailmaster", "dispute", None,
     "王经理，3号站的闸机刷身份证识别太慢，游客排长队，投诉都到文旅局了，这个问题要先解决。付款财务在办，但我这边的验收意见要等问题解决后才出。\n\n运营部 田经理",
     o("cable", "ops", 2)),
    ("olmobzh", "promise", None, "同意付款，已签字。",
     o("cable", "gm", 4, note="approved and signed: not paid yet, no day")),
    ("qqweb", "paid", None, "王经理：安装款175000元已付，请查收。",
     o("cable", "cw", 7, atts=["回单.pdf"])),
    ("qqhtml", "more_time", None,
     "王经理：\n\n实在抱歉，冬季索道检修停运，这两个月没有门票收入，安装款能否延后到明年3月旺季开始后支付？\n\n向会计",
     o("cable", "cw", 1)),
]

FLUORO = [
    ("olzhcn", "resend_request", None,
     "王经理好：\n\n付款不归采购管，我已把您的邮件转给财务共享中心（fssc@quhua-f.com），后续请直接联系他们。\n另外，验收款需三单匹配，贵司的送货签收单还没进系统，麻烦补发一份扫描件。\n\n采购部 徐敏",
     o("fluoro", "buy", 2)),
    ("foxmail", "paid", None,
     "您好：\n\n经核查，贵司验收款310,000.00元已于2026年12月15日支付，付款流水号FK20261215-0381，请核对。\n\n财务共享中心",
     o("fluoro", "cw", 16, seq=2)),
    ("owazh", "dispute", None, "见下方。",
     o("fluoro", "buy2", 7, inline=("金额：", "【毛：金额不对。验收款是合同总价的30%，应为306,000元，多出的4,000元是培训费，培训还没做。】"))),
    ("foxmail", "bank_question", None,
     "您好：\n\n贵司收款账户“示例银行杭州分行”在我司供应商主数据里登记的是“示例银行杭州高新支行”，请确认以哪个为准，并提供联行号。\n\n财务共享中心",
     o("fluoro", "cw", 9)),
    ("olzhcn", "promise", D(2026, 12, 31), "王经理：\n\n月底前财务会付，这个月的付款计划已经报上去了。\n\n徐敏",
     o("fluoro", "buy", 14, seq=2)),
]

MORE = [
    ("tbzh", "acceptance", None,
     "王经理：\n\n这周丢单的问题没有再出现，电商部确认验收通过，验收单已签字盖章，扫描件见附件。\n\n蓝工",
     o("snail", "it", 14, seq=2, atts=["验收单.pdf"])),
    ("exmailen", "acceptance", None,
     "Hi Wang,\n\nConfirmed: the frame drops are gone since v2.3.1. You can take m2 as accepted from our side, I've told finance.\n\nLeo",
     o("quantum", "eng", 14, seq=2)),
    ("mailmaster", "acceptance", None,
     "王经理，闸机升级以后刷证速度正常了，验收意见已经出了，同意验收，已转财务付款。\n\n运营部 田经理",
     o("cable", "ops", 9)),
    # relabelled more_time -> promise (helper guard3, session 11): a given-up day replaced by
    # a later one the client states is a promise of the later day (as hq045; labels.yaml).
    ("qqapp", "promise", D(2027, 1, 31), "王经理 我阿爸说第二期一月十号付不了了 羊绒还没卖出去 要等到一月底",
     o("yak", "son", 16, seq=2)),
    ("exmail", "paid", None, "王经理：\n尾款已付，12月15日付的，回单见附件。",
     o("kite", "cw", 16, seq=2, atts=["回单20261215.pdf"])),
    ("owazh", "other", None,
     "王经理：\n\n上次说的4,000元培训费，培训本周已经做完了，这部分没有异议了，请按310,000元走。\n\n毛工",
     o("fluoro", "buy2", 10, note="an earlier objection withdrawn; no payment fact")),
    ("olzhcn", "promise", D(2026, 12, 11),
     "王经理：\n\n领导批示如下，这周五先付一半118,000元，余款调试验收后再付。\n\n高丽娟\n\n-------- 转发的邮件 --------\n发件人: 乔建国 <qiaojg@bcmagnet.com.cn>\n发送时间: 2026年12月10日 8:12\n收件人: 高丽娟 <gaokj@bcmagnet.com.cn>\n主题: 北辰MES到货款\n\n高会计：MES的到货款本周五先付一半，剩下的等烧结炉接口调通了再说。乔",
     o("magnet", "cw", 10, seq=2, note="forwarded boss's order: half on Friday")),
    ("huawei", "paid", None, "王经理尾款昨天下午已经付过去了请查收付款回单晚点拍给你",
     o("kite", "boss", 11, seq=2)),
    ("sina", "partial_payment", None, "王经理：\n第二期12000元今天付了，是12月份那期，回单见附件。剩下一期还按计划。\n卓玛",
     o("yak", "cw", 16, seq=2, sender=("卓玛", "zhuoma_kj@sina.com"), atts=["回单.jpg"])),
    ("applezh", "promise", D(2026, 12, 16),
     "王经理，授权数量的事谈妥了，按10个算。如果你们这周把差额发票冲红重开，财务下周三前付。",
     o("fire", "boss", 9, note="conditional on a credit note")),
    ("gmailzh", "more_time", None,
     "王总，我们不是不付，也没有对金额有异议，只是B轮的钱还没交割，到了就付，麻烦再等等。",
     o("quantum", "ceo", 9, seq=2, danger=True)),
    ("olmobzh", "paid", None,
     "收到催款函。我们从来没有拒绝付款，安装款已于12月7日付出，请贵司财务核对后撤回此函。",
     o("cable", "gm", 14, stage="demand", danger=True)),
    ("qqhtml", "promise", D(2026, 12, 18), "王经理您好，二期款12.18付，到时候发回单给您。",
     o("fire", "cw", 9, seq=2, sender=("沈阳北方 出纳", "2461183095@qq.com"))),
    ("n163en", "promise", D(2026, 12, 14), "王经理，验收款3个工作日内付，付款申请单号FK-1209-33，已经到财务了。\n毛工",
     o("fluoro", "buy2", 9, sender=("maogong", "maog_qz@163.com"))),
    ("mmen", "promise", D(2026, 12, 25), "王经理：本月25日前付清剩余款项。\n钱",
     o("quantum", "ceo", 11, seq=2, sender=("钱博士", "qian.lh@163.com"))),
    ("coremail", "paid", None, "王经理：\n你好！到货款236,000元，我司已于2026-12-18通过电汇支付，请查收。\n\n北辰稀土永磁 财务部",
     o("magnet", "cw2", 18, seq=2)),
    ("foxmail", "resend_request", None,
     "您好：\n\n贵司12月的发票请于12月20日前寄到我司财务共享中心，过了20号关账，要到明年1月才能入账付款。\n\n财务共享中心",
     o("fluoro", "cw", 10)),
    ("n163", "promise", D(2027, 2, 5), "王经理第三期春节前一定给你们打过去放心",
     o("yak", "head", 21, seq=2)),
    # relabelled resend_request -> dispute (helper fixzh, lead's decision): an invoice issued
    # with a wrong title is a dispute by labels.yaml's invoice convention.
    ("n126", "dispute", None,
     "王经理，孙会计让我转告：尾款不是不付，是发票抬头开错了，应该是“潍坊鸢都风筝会展有限公司”，你们开成了“潍坊鸢都风筝会展公司”，重开以后马上付。",
     o("kite", "staff", 9, seq=2)),
    ("ioszh", "paid", None, "付了", o("magnet", "boss", 21, seq=2)),
]

# fmt: on
S_SET = MAGNET + KITE + YAK + SNAIL + FIRE + QUANTUM + CABLE + FLUORO + MORE + S_INTL
