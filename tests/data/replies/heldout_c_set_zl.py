"""Held-out set ZL: Simplified-Chinese replies (session 15, written blind to the rules).

Six mainland clients of trades not used before: a Yixing 紫砂 teapot studio, a Yangcheng
Lake hairy-crab farm selling gift cards, a Zigong lantern maker staging festivals abroad, a
Liuzhou 螺蛳粉 factory, a Dongguan driving school (Cantonese typed in simplified characters)
and a Huzhou 湖笔 brush workshop; several people each, over several December days of one
story. The Traditional-Chinese and English replies are in heldout_c_set_zl_intl.py, the
machine mail in heldout_c_machine_zl.py.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_zl import ZL_MACHINE
from heldout_c_set_zl_intl import ZL_INTL
from heldout_c_threads_zl import dec, entry

e = entry
SH = {"tz": "Asia/Shanghai"}

# 宜兴 陶逸紫砂 (teapot studio: piece traceability and e-shop orders; 尾款 ￥68,000)
JIANG = ("蒋国良", "jianggl@taoyi-zisha.com")
SHAO = ("邵丽萍", "shaolp_yx@163.com")
WU_TT = ("吴婷婷", "2391804476@qq.com")
FAN = ("范晨", "fanchen@taoyi-zisha.com")
SOPHIA = ("Sophia Jiang", "sophia.jiang.yx@gmail.com")
# 苏州 蟹之源水产 (Yangcheng Lake crabs: gift-card redemption and cold chain; 二期款 ￥112,000)
SHEN = ("沈建明", "shenjm@xiezhiyuan.com")
LU_W = ("陆雯", "luwen@xiezhiyuan.com")
ZHOU_XY = ("周小燕", "zhouxy_szxie@126.com")
JIN = ("金鑫", "1572036648@qq.com")
QIAN = ("钱师傅", "qianshifu1972@163.com")
# 自贡 华彩灯会 (lantern maker: festival projects abroad, material tracking; 验收款 ￥156,000)
LUO = ("罗志刚", "luozg@huacai-lantern.com")
ZENG = ("曾琳", "zenglin@huacai-lantern.com")
LIU_XM = ("刘小妹", "1306627785@qq.com")
HUANG_T = ("黄涛", "huangtao.zg@gmail.com")
DENG = ("邓佳", "dengjia@huacai-lantern.com")
# 柳州 螺香源食品 (螺蛳粉 factory: MES and batch traceability; 上线款 ￥188,000)
WEI = ("韦德勇", "weidy@luoxiangyuan.com")
QIN = ("覃丽华", "qinlh@luoxiangyuan.com")
MO_XF = ("莫小芳", "moxf_lz@163.com")
LIANG = ("梁建华", "liangjh@luoxiangyuan.com")
LAN = ("蓝晓燕", "2078815436@qq.com")
# 东莞 顺安驾校 (driving school: lesson booking and simulators; 中期款 ￥45,000; Cantonese)
YE = ("叶伟强", "yewq@shunan-jx.com")
HE_ML = ("何美玲", "hemeiling_dg@126.com")
HAO = ("陈志豪", "3120684459@qq.com")
LI_JX = ("黎嘉欣", "lijx@shunan-jx.com")

# 湖州 善琏 沈氏笔庄 (湖笔 brush workshop: e-shop and craft-class booking; 尾款 ￥29,800)
SHEN_SF = ("沈师傅", "shenbizhuang1956@163.com")
SHEN_Y = ("沈悦", "shenyue_hb@163.com")
QIAN_KJ = ("钱会计", "qiankj@hzdaizhang.com")
ZHOU_CN = ("小周", "2647719305@qq.com")

# fmt: off
YX = [
    e("huawei", "dispute", None,
      "王经理 你那个溯源码扫出来是别人家的壶 照片都不对 客户拿着壶在网上说我们卖假货 差评都挂出来了 这个事情不弄好 尾款我是不会给的",
      "zl_yx", 2, JIANG, danger=True, note="voice input; a refusal until the fault is fixed"),
    e("n163", "promise", dec(10),
      "王经理：\n\n您好！尾款的付款申请我已经提了，等蒋老师签好字就付，预计十二月十号之前。\n\n邵丽萍\n宜兴市陶逸紫砂工艺品有限公司 财务\n0510-87160322",
      "zl_yx", 2, SHAO, note="十二月十号之前 in Chinese numerals"),
    e("exmail", "other", None,
      "王经理，后台从昨天下午开始就同步不了淘宝店的订单了，已经积压了两百多单没发货，客服那边快崩溃了，麻烦尽快安排人处理！！\n\n范晨\n陶逸紫砂 网店运营",
      "zl_yx", 3, FAN, danger=True, note="a fault report in reply to the reminder (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)"),
    e("qqapp", "bank_question", None,
      "王经理 我们公户在农商行 转你们示例银行要填联行号 你们杭州分行的联行号是多少呀 系统里搜出来好几个",
      "zl_yx", 3, WU_TT, danger=True),
    e("huawei", "other", None, "收到了 我现在在上海壶展上 回去再说", "zl_yx", 4, JIANG),
    e("n163", "resend_request", None,
      "王经理：\n\n您好！尾款那张发票我们这边找不到了，可能快递的时候弄丢了，麻烦重新开一张寄过来，或者先发个电子版也可以。\n\n谢谢！\n邵丽萍",
      "zl_yx", 7, SHAO),
    e("exmail", "other", None,
      "王经理，订单同步和溯源码的问题小刘都弄好了，我抽查了二十把壶，扫出来都对。辛苦！",
      "zl_yx", 8, FAN, note="the faults reported fixed by a user; no sign-off, no payment word"),
    e("huawei", "promise", dec(11),
      "小王啊 尾款我已经叫邵会计去付了 你放心 这个礼拜五之前肯定到账",
      "zl_yx2", 9, JIANG, note="voice; instructed, not paid; 这个礼拜五 from Wed 9th"),
    e("n163", "partial_payment", None,
      "王经理：\n\n您好！今天先付了40,000元，剩下的28,000元等年底货款回笼再付，回单见附件。\n\n邵丽萍",
      "zl_yx2", 10, SHAO, danger=True, atts=["农商行电子回单.pdf"]),
    e("qqapp", "promise", dec(11),
      "王经理不好意思 昨天那四万被银行退回来了 说户名不对 我们写成了示例科技有限公司杭州分公司 今天重新付一下",
      "zl_yx2", 11, WU_TT, danger=True, note="the transfer came back: not paid; paying again today"),
    e("gmailzh", "acceptance", None,
      "王经理您好，我是蒋老师的女儿蒋小雅，现在管店里的海外订单。二期加的英文溯源页面我们这边验收过了，没有问题，验收单我爸签好了，扫描件附上。",
      "zl_yx2", 14, SOPHIA, atts=["验收单_陶逸紫砂.pdf"]),
    e("qqhtml", "other", None, "好的，收到", "zl_yx", 4, WU_TT),
    e("n163", "paid", None,
      "王经理：\n\n您好！尾款剩下的28,000.00元今天已经付了，至此尾款全部付清，麻烦查收。\n\n邵丽萍\n2026年12月22日",
      "zl_yx2", 22, SHAO, atts=["回单20261222.pdf"]),
]

XIE = [
    e("olzhcn", "more_time", date(2027, 1, 15),
      "王经理：\n\n您好！现在正是开湖收蟹的时候，公司的钱都压在收蟹和冷库上了，二期款能不能宽限到下个月中旬？还请理解。\n\n陆雯\n苏州蟹之源水产有限公司 财务部",
      "zl_xie", 2, LU_W, note="asks for time until 下个月中旬 = Jan 15"),
    e("qqweb", "dispute", None,
      "王经理，这两天好几个客户拿提货卡来提蟹，系统提示已核销，可是客户说根本没提过，有的卡还被核销了两次。客户在群里骂我们，有一个已经打12315投诉了。请你们马上查一下！\n\n金鑫 客服部",
      "zl_xie", 2, JIN, danger=True, note="a fault report (session 15: dispute)"),
    e("ioszh", "dispute", None,
      "王经理，核销的问题搞得我们很被动，几十单客户要赔。问题没查清楚之前，二期款我们暂缓支付，请理解。",
      "zl_xie", 3, SHEN, danger=True),
    e("mailmaster", "other", None,
      "王经理 冷链车上那个温度记录仪的数据能不能每天自动导一个表发给我 我好给超市那边看 他们要求每批货都有温度记录",
      "zl_xie", 4, QIAN, note="voice; a feature request"),
    e("n126", "resend_request", None,
      "王经理您好，陆姐让我跟您要一下二期款发票的电子版，我们这边要走报销流程，谢谢！\n\n周小燕",
      "zl_xie", 7, ZHOU_XY),
    e("olzhcn", "dispute", None,
      "王经理：\n\n贵司催款函已收悉。关于二期款，我司并非无故拖欠：提货卡重复核销的问题至今没有彻底解决，已造成我司直接损失约三万元。在问题解决并就损失达成一致之前，我司无法按函中所列期限付款。\n\n陆雯\n苏州蟹之源水产有限公司 财务部",
      "zl_xied", 9, LU_W, danger=True),
    e("ioszh", "promise", dec(16),
      "小王，你们李工昨天过来把重复核销查清楚了，是接口重复推送，已经改好了。损失的事就算了。二期款我让陆雯下周三付。",
      "zl_xied", 10, SHEN, note="下周三 from Thu 10th = Dec 16"),
    e("olzhcnplain", "promise", dec(16),
      "王经理：\n\n沈总已批。二期款112,000元安排在12月16日（周三）支付，届时把回单发给您。\n\n陆雯\n2026年12月11日",
      "zl_xied", 11, LU_W, note="a dated signature"),
    e("qqweb", "acceptance", None,
      "王经理，核销这块这一个礼拜跑下来没有再出问题，我们客服部这边没意见了，验收单已经签好交给沈总。",
      "zl_xied", 14, JIN),
    e("n126", "paid", None, "王经理您好，二期款已付，回单请见附件。", "zl_xied", 16, ZHOU_XY,
      atts=["网银回单_蟹之源_1216.pdf"]),
    e("mailmaster", "other", None,
      "王经理 温度表的功能什么时候能做好 不急 年前能用上就行",
      "zl_xie", 15, QIAN, note="a feature question with 年前; no payment"),
]

ZG = [
    e("foxmail", "promise", dec(25),
      "王经理好：\n\n验收款在走流程，本月25号左右付。\n\n曾琳\n自贡华彩灯会文化有限公司 财务部",
      "zl_zg", 2, ZENG, note="a hedge (左右) on a named day"),
    e("qqapp", "bank_question", None,
      "王经理 你们提醒里面户名写的是示例科技有限公司 但是我们网银里面一查出来是示例科技(杭州)有限公司 这两个是不是同一个哦 莫得搞错嘛",
      "zl_zg", 3, LIU_XM, danger=True, note="Sichuan speech; a doubt about the account name"),
    e("gmailzh", "dispute", None,
      "王经理，我在荷兰灯会现场。你们系统里面的物料清单和实际到港的对不上，少了三个集装箱的记录，海关这边现在卡住了放不了货。这个不解决，验收我没法签。\n\n黄涛",
      "zl_zg", 3, HUANG_T, danger=True),
    e("olmobzh", "other", None, "晓得了，黄涛在处理。", "zl_zg", 4, LUO),
    e("alimail", "resend_request", None,
      "王经理您好：\n\n财务说验收款那张发票开的是纸质的，我们公司从这个月起都用数电票了，麻烦这张也按数电票重新开一下，发到这个邮箱就行。\n\n邓佳 采购部",
      "zl_zg", 7, DENG, note="a form the client now chooses, no fault said"),
    e("gmailzh", "acceptance", None,
      "王经理，集装箱的记录你们补上了，海关已经放行。我这边验收签字了，验收单扫描件发你，原件我回国后寄过来。",
      "zl_zg", 9, HUANG_T, atts=["验收单_鹿特丹灯会.jpg"]),
    e("foxmail", "promise", dec(15),
      "王经理：\n\n验收单收到了。验收款原来说本月25号付，罗董说提前，改到下周二付。\n\n曾琳",
      "zl_zg", 10, ZENG, note="the 25th given up for 下周二 (Dec 15)"),
    e("qqapp", "paid", None,
      "王经理 验收款十五万六刚刚转过去了 你们看一下到了没得 到了说一声哈",
      "zl_zg", 15, LIU_XM, note="voice; the amount in words"),
    e("olmobzh", "other", None, "辛苦了王经理，明年元宵灯会还要接着合作。", "zl_zg", 16, LUO),
    e("alimail", "dispute", None,
      "王经理：\n\n验收款的发票税率开的是6%，我们合同上是按13%的设备加软件签的，这张票我们财务入不了账，请作废后按合同重新开具。\n\n邓佳",
      "zl_zg", 4, DENG, danger=True, note="a wrong tax rate on the invoice"),
]

LZ = [
    e("owazh", "dispute", None,
      "王经理：\n\n上线款的发票已收到，但纳税人识别号错了一位（应为91450200MA5K8P2X3L，票上是91450200MA5K8P2X8L），开出来的专票我们认证不了，请作废重开。重开之前这笔款付不了。\n\n覃丽华\n柳州螺香源食品有限公司 财务部",
      "zl_lz", 2, QIN, danger=True),
    e("tbzh", "dispute", None,
      "上线？酸笋车间的扫码枪到现在一天还要掉线好几次，工人只能手写批次再补录，这叫上线了吗？\n\n梁建华",
      "zl_lz", 3, LIANG, below=True, danger=True, note="bottom-posted under the quote"),
    e("ioszh", "other", None, "转覃经理处理", "zl_lz", 3, WEI),
    e("qqweb", "resend_request", None,
      "王经理您好，麻烦把贵公司的开户许可证或者银行开户证明扫描件发一份过来，我们新供应商建档要用，谢谢！\n\n蓝晓燕 出纳",
      "zl_lz", 4, LAN, note="a paper of our account for the client's registration"),
    e("mmios", "other", None, "王经理，新开的发票收到了，谢谢！", "zl_lz", 7, MO_XF),
    e("owazh", "promise", dec(14),
      "王经理：\n\n新发票已认证。付款要走集团OA，现在在总经理节点，预计3个工作日内可以付出。\n\n覃丽华",
      "zl_lz2", 9, QIN, note="3个工作日 from Wed 9th: Thu, Fri, Mon 14th"),
    e("huawei", "dispute", None,
      "王经理 梁工跟我说扫码枪还在掉线 你们人也不来看 钱我先压着 什么时候修好什么时候付",
      "zl_lz2", 9, WEI, danger=True, note="voice; the boss overrides finance's promise"),
    e("tbzh", "acceptance", None,
      "你们小陈昨天来换了两个无线AP，这两天扫码没再掉过。车间这边验收通过，单子我签了。\n\n梁建华",
      "zl_lz2", 11, LIANG, below=True),
    e("huawei", "promise", dec(14),
      "好了好了 梁工说可以了 钱下礼拜一付", "zl_lz2", 11, WEI, note="voice; 下礼拜一 from Fri 11th"),
    e("qqweb", "partial_payment", None,
      "王经理您好，今天先付了100,000元，剩下的88,000元集团说要等下周资金计划批下来再付，回单见附件。\n\n蓝晓燕",
      "zl_lz2", 14, LAN, danger=True, atts=["柳州银行回单.pdf"]),
    e("qqweb", "paid", None, "见附件", "zl_lz2", 21, LAN, atts=["剩余款88000回单.pdf"],
      note="only 见附件 and a slip named as one"),
    e("owaen", "other", None,
      "Dear Mr. Wang,\n\nI am Kelly from export department. Our Malaysia buyer need the batch report in English, can your system print it? Or we must translate by ourself?\n\nThanks & Best regards\nKelly Qin",
      "zl_lz", 4, ("Kelly Qin", "kelly.qin@luoxiangyuan.com"), **SH,
      note="mainland staff's English; a feature question"),
    e("owaen", "promise", dec(14),
      "Dear Mr. Wang,\n\nMs. Qin is on business trip to Nanning, she ask me tell you the go-live payment will be arranged on 14th this month.\n\nBest regards\nKelly Qin",
      "zl_lz2", 10, ("Kelly Qin", "kelly.qin@luoxiangyuan.com"), **SH),
]

DG = [
    e("n126", "promise", dec(31),
      "王经理你好，中期款我哋月底前会安排，唔好意思迟咗啲。\n\n何美玲",
      "zl_dg", 2, HE_ML, note="Cantonese in simplified characters; 月底前"),
    e("qqapp", "dispute", None,
      "王生 学员约车系统今日又冇反应 学员约唔到车 投诉咗成日 搞快啲整好佢啦",
      "zl_dg", 3, HAO, danger=True, note="voice, Cantonese; a fault report"),
    e("sina", "other", None,
      "王经理你好，想问下系统可唔可以加一个学员考试前一日短信提醒嘅功能？\n\n黎嘉欣 前台",
      "zl_dg", 4, LI_JX),
    e("ioszh", "dispute", None,
      "王经理，约车系统成日死机，学员投诉到交通局，你哋要派人嚟睇下。整好之前中期款暂时唔畀住。",
      "zl_dg", 4, YE, danger=True),
    e("qqapp", "other", None, "王生 系统好返啦 多谢晒", "zl_dg", 8, HAO),
    e("n126", "more_time", dec(23),
      "王经理，校长讲系统已经整好咗，不过年底学员退费多，资金有啲紧，想申请宽限两个礼拜，唔该体谅下。\n\n何美玲",
      "zl_dg", 9, HE_ML, note="宽限两个礼拜 = day + 14"),
    e("n126", "paid", None, "王经理你好，中期款余下嘅25,000已经过咗数，回单喺附件。", "zl_dg", 21, HE_ML,
      atts=["东莞农商银行回单.pdf"]),
    e("sina", "resend_request", None,
      "王经理，何姐叫我问你攞返张发票，之前嗰张搵唔到咗，唔该晒。",
      "zl_dg", 22, LI_JX),
]

YX += [
    e("huawei", "partial_payment", None,
      "小王 不是不给你钱 邵会计说前天已经付了四万 剩下的年底 你们收到没有",
      "zl_yx2", 12, JIANG, danger=True, note="voice; relays the part paid (40,000 of 68,000)"),
    e("exmail", "dispute", None,
      "王经理，二期的英文溯源页面有好几处翻译错误，紫砂写成了 Purple Mud，还有壶型名称全是拼音乱拼的，海外客户看了直接问我们是不是山寨。这部分我们不认可，麻烦改好了再谈验收和付款。\n\n范晨",
      "zl_yx2", 16, FAN, danger=True, note="acceptance refused by another person after the daughter's sign-off"),
    e("n163", "promise", dec(22),
      "王经理：\n\n您好！剩余尾款28,000元，公司定在12月22日统一付款，请知悉。\n\n邵丽萍",
      "zl_yx2", 18, SHAO),
    e("qqapp", "promise", dec(22),
      "王经理 邵姐说剩下的明天付 我明天一早去银行", "zl_yx2", 21, WU_TT, note="明天 from the 21st"),
]

XIE += [
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n转发沈总的意见，请知悉。\n\n陆雯\n\n-----邮件原件-----\n发件人: 沈建明 [mailto:shenjm@xiezhiyuan.com]\n发送时间: 2026年12月3日 8:02\n收件人: 陆雯\n主题: 转发: 二期款付款提醒\n\n陆雯：\n示例科技的二期款等核销的问题查清楚了再付，不着急。\n\n沈建明",
      "zl_xie", 3, LU_W, danger=True, note="the hold is in the forwarded boss's note below her line"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n二期款我们争取元旦前付，但前提是核销的问题要彻底解决，再出现一次重复核销，这笔款就要先扣下损失再说。\n\n陆雯",
      "zl_xie", 7, LU_W, danger=True, note="元旦前 only under a condition on our fix"),
    e("n126", "bank_question", None,
      "王经理您好，我们网银付款的时候提示收款行“示例银行杭州分行”要选到具体网点，下拉里面有好几个营业部，请问选哪一个？\n\n周小燕",
      "zl_xied", 11, ZHOU_XY, danger=True),
    e("n126", "promise", dec(16),
      "王经理您好，二期款已经在网银里提交了，等陆姐授权，下周三之前肯定能付出去。\n\n周小燕",
      "zl_xied", 11, ZHOU_XY, note="submitted, not paid; 下周三 from Fri 11th"),
    e("mailmaster", "other", None,
      "王经理 我听陆会计讲钱好像已经付了 你们查一下 没到的话你们跟她联系 我不管钱的",
      "zl_xied", 9, QIAN, danger=True, note="voice; hearsay with 好像: unsure, not a paid claim (the PM checks)"),
    e("ioszh", "paid", None,
      "小王，钱周三就付了，陆雯说你们还在发邮件催？你们财务对一下账。",
      "zl_xied", 18, SHEN, danger=True, note="周三 past (Dec 16), not a promise"),
]

ZG += [
    e("foxmail", "more_time", None,
      "王经理：\n\n验收款能否分两次付？这个月先付一半，另一半一月底前付清。欧洲几个灯会的回款还没到，资金比较紧，请谅解。\n\n曾琳",
      "zl_zg", 3, ZENG, note="instalments asked: a plan names no single day"),
    e("olmobzh", "dispute", None,
      "王经理，合同第七条写的是验收合格后十五个工作日内付验收款，黄涛那边还没签验收，现在还不到付款的时候。",
      "zl_zg", 4, LUO, danger=True, note="not due under the contract: an objection, not a promise"),
    e("qqapp", "bank_question", None,
      "王经理 你们账号是6222 0000 1234 5678 对吧 我这边准备付了 先跟你核对一下 怕转错了",
      "zl_zg", 14, LIU_XM, danger=True, note="checking the account number: the PM answers"),
    e("qqapp", "promise", dec(15),
      "王经理 曾总说验收款明天付 我明天一早就去银行办", "zl_zg", 14, LIU_XM),
    e("olmobzh", "acceptance", None,
      "王经理，验收单黄涛已经签了，钱的事我跟曾琳说了，下个礼拜内付掉。",
      "zl_zg", 9, LUO, note="acceptance; 下个礼拜内 names no day"),
    e("gmailzh", "other", None,
      "王经理，下一站是新西兰灯会，系统里能不能新建一个项目，把这次的物料模板复制过去？",
      "zl_zg", 16, HUANG_T),
]

LZ += [
    e("owazh", "dispute", None, "王经理：\n\n见下方。\n\n覃丽华", "zl_lz", 3, QIN,
      inline=("如已付款", "【覃丽华】没有付。发票税号开错了，重开之后才能付。"), danger=True,
      note="the answer is written inside the quote, under our own words"),
    e("tbzh", "other", None,
      "扫码枪型号是霍尼韦尔1902，一共十二把，你们要的话我拍照发过去。\n\n梁建华",
      "zl_lz", 4, LIANG, below=True),
    e("huawei", "more_time", None,
      "王经理 现在是旺季 双十一的货款平台还没结给我们 上线款能不能再缓一缓 等平台结了就给你",
      "zl_lz", 2, WEI, note="voice; a plea hung on the client's own incoming money"),
    e("mmios", "resend_request", None,
      "王经理，麻烦把上线款的发票PDF再发一次，之前那封邮件被我不小心删了。谢谢！",
      "zl_lz2", 15, MO_XF),
    e("qqweb", "promise", dec(15),
      "王经理您好，覃经理说上线款下周一二付，到时候回单发您。\n\n蓝晓燕",
      "zl_lz2", 10, LAN, note="下周一二: a choice, the later day (Tue 15th)"),
    e("huawei", "promise", dec(20),
      "钱已经批了 覃经理说二十号之前全部付完", "zl_lz2", 15, WEI, note="voice; 二十号之前"),
]

DG += [
    e("n126", "promise", None,
      "王经理，唔系唔畀，系校长去咗佛山开会，要佢返嚟签字先至付得，佢下礼拜二返。\n\n何美玲",
      "zl_dg", 3, HE_ML, note="the payment waits on the signer's return: no day"),
    e("ioszh", "partial_payment", None,
      "王经理，约车系统整好咗，多谢。中期款今日先畀两万，其余两万五迟啲再畀。",
      "zl_dg", 10, YE, danger=True),
    e("ioszh", "acceptance", dec(15),
      "王经理，系统验收冇问题，验收单我签咗。中期款余数月中前畀晒。",
      "zl_dg", 11, YE, note="acceptance with 月中 promised beside it"),
    e("qqapp", "other", None,
      "王生 模拟器嗰边登唔入去 学员排晒队等 快啲睇下啦",
      "zl_dg", 15, HAO, danger=True, note="voice; a fault report; relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)"),
    e("sina", "other", None,
      "王经理，校长叫我帮手问下，你哋公司有冇做驾校嘅微信小程序？我哋想另外做一个。\n\n黎嘉欣",
      "zl_dg", 10, LI_JX),
]

HB = [
    e("huawei", "promise", date(2027, 1, 5),
      "小王你好 尾款的事我晓得的 年底收账难 下个月初给你们 你放心 我沈某人不会赖账的",
      "zl_hb", 2, SHEN_SF, note="voice; 下个月初 = Jan 5"),
    e("mailmaster", "paid", None,
      "王经理您好，我爸记错了，尾款上周五已经让代账公司付过了，11月27号，麻烦您再查一下？\n\n沈悦",
      "zl_hb", 3, SHEN_Y, danger=True, note="a paid claim (later corrected by the bookkeeper)"),
    e("foxmail", "promise", dec(9),
      "王经理您好：\n\n我是沈氏笔庄的代账会计。沈悦说的11月27号那笔是付给宣纸供应商的，贵司的尾款还没有付。沈师傅已经确认，我这边安排在下周三付。\n\n钱会计\n湖州华正代理记账有限公司",
      "zl_hb", 4, QIAN_KJ, danger=True, note="corrects a paid claim: not paid; 下周三 from Fri 4th"),
    e("mailmaster", "other", None,
      "王经理，体验课预约页面手机上打开是一片空白，这个周末两天一个预约都没进来，平时周末至少二三十个。麻烦赶紧看看！\n\n沈悦",
      "zl_hb", 7, SHEN_Y, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)"),
    e("sina", "resend_request", None,
      "王经理您好：\n\n我们是沈氏笔庄的代账公司，付款前要登记收款方信息，麻烦提供一下贵司的开户行、户名和账号，谢谢。\n\n钱会计",
      "zl_hb", 8, QIAN_KJ, note="asks for our account (not a doubt)"),
    e("qqapp", "promise", dec(9),
      "王经理 我明天下午去银行转尾款", "zl_hb", 8, ZHOU_CN),
    e("qqapp", "partial_payment", None,
      "王经理 尾款先转了两万 剩下的九千八月底前转 回单我拍给你了",
      "zl_hb", 9, ZHOU_CN, danger=True, atts=["回单.jpg"]),
    e("mmios", "acceptance", None,
      "王经理，预约页面修好了，这几天预约又正常进来了。我们验收通过，验收单盖好章拍照发您。\n\n另外年后想加一个英文版，到时候再聊～",
      "zl_hb", 10, SHEN_Y, atts=["验收单盖章.jpg"]),
    e("qqapp", "paid", None, "王经理 剩下的9800今天转好了 这下都结清了", "zl_hb", 22, ZHOU_CN),
]

YX += [
    e("n163", "more_time", dec(25),
      "王经理：\n\n您好！年底资金比较紧张，尾款能不能宽限到本月二十五号？谢谢理解。\n\n邵丽萍",
      "zl_yx2", 9, SHAO, note="宽限到本月二十五号 = Dec 25"),
]
ZG += [
    e("foxmail", "paid", None,
      "王经理：\n\n验收款156,000.00元已于12月15日付出，回单附后，请核对。\n\n曾琳",
      "zl_zg", 16, ZENG, atts=["建设银行电子回单_华彩灯会.pdf"], note="a past day named: paid"),
]
DG += [
    e("n126", "promise", dec(21),
      "王经理，月中前畀唔切喇，改咗下礼拜一畀，唔好意思。\n\n何美玲",
      "zl_dg", 16, HE_ML, note="月中 given up for 下礼拜一 (Dec 21)"),
]
HB += [
    e("mailmaster", "promise", dec(22),
      "王经理，剩下的9800我们22号转，年底了账上先紧一紧，不好意思哈。\n\n沈悦",
      "zl_hb", 18, SHEN_Y),
    e("foxmail", "dispute", None,
      "王经理您好：\n\n贵司开具的尾款发票抬头写的是“沈氏笔庄”，我们营业执照上的名称是“湖州市南浔区善琏镇沈氏笔庄”，统一社会信用代码也没有填，这张票我们入不了账，请作废后重新开具。\n\n钱会计",
      "zl_hb", 14, QIAN_KJ, danger=True, note="a wrong invoice title, reissue asked"),
]

XIE += [
    e("n126", "promise", dec(11),
      "王经理您好，二期款的付款计划排在12月9日至11日之间，具体哪天等陆姐安排好再告诉您。\n\n周小燕",
      "zl_xie", 7, ZHOU_XY, note="a window: its last day"),
]
YX += [
    e("gmailen", "promise", dec(24),
      "Hi Mr. Wang,\n\nDad says the final payment will be made within 20 days, sorry for the waiting. He is not good with email so I reply for him.\n\nSophia",
      "zl_yx", 4, SOPHIA, note="mainland English; within 20 days from Dec 4", **SH),
]

ZG += [
    e("alimail", "other", None,
      "王经理您好：\n\n明年春节前我们还有一批灯组要发去迪拜，系统里能不能提前把项目开好？物料清单我下周发您。\n\n邓佳",
      "zl_zg", 21, DENG, note="春节前 is the shipment's, not a payment's"),
]
YX += [
    e("exmail", "other", None,
      "王经理，英文页面都改好了，谢谢。验收的事等蒋老师从景德镇回来再说。\n\n范晨",
      "zl_yx2", 18, FAN, note="fixed, acceptance handed off to the boss's return"),
]
# fmt: on

ZL_SET = YX + XIE + ZG + LZ + DG + HB + ZL_INTL + ZL_MACHINE
