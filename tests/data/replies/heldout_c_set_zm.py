"""Held-out set ZM: Simplified-Chinese replies (session 16, written blind to the rules).

Six mainland clients of trades not used before: a Xilingol lamb abattoir (Mongolian names), a
Yiwu Christmas-goods exporter (answering a 催款函 too), a Shanghai domestic-helper agency
(Shanghainese), a Donghai crystal live-stream shop, a Yueqing circuit-breaker maker (质保金,
承兑汇票, a 催款函) and a Shaodong lighter factory (Hunan speech); several people each, over
several December days of one story. The Traditional-Chinese and English replies are in
heldout_c_set_zm_intl.py, the machine mail in heldout_c_machine_zm.py.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_zm import ZM_MACHINE
from heldout_c_set_zm_intl import ZM_INTL
from heldout_c_threads_zm import dec, entry

e = entry
SH = {"tz": "Asia/Shanghai"}

# 锡林浩特 草原鑫牧肉业 (lamb abattoir: carcass cutting and cold-chain traceability; 验收款 ￥176,000)
BATE = ("巴特尔", "bateer@caoyuanxinmu.com")
QQG = ("其其格", "qiqige_xl@163.com")
WANG_HJ = ("王海军", "wanghj@caoyuanxinmu.com")
WULAN = ("乌兰", "2875530146@qq.com")
ZHANG_L = ("张磊", "zhanglei@caoyuanxinmu.com")
BAIYIN = ("白音", "baiyin@caoyuanxinmu.com")
GAOWA = ("高娃", "gaowa_xm@163.com")
# 义乌 欣悦节庆用品 (Christmas-goods exporter: cross-border orders and overseas warehouses; 上线款 ￥132,000)
LOU = ("楼建勇", "loujy@xinyue-festival.com")
WU_XY = ("吴晓燕", "caiwu@xinyue-festival.com")
JESSICA = ("Jessica Lou", "jessica.lou.yw@gmail.com")
FANG = ("方丽", "1308876612@qq.com")
HE_J = ("何军", "hejun@xinyue-festival.com")
JIN_H = ("金红", "jinhong_yw@sina.com")
# 上海 佳禾家政 (domestic-helper agency: dispatch and helpers' insurance; 中期款 ￥64,000; Shanghainese)
GU = ("顾美华", "gumeihua@jiahe-jz.com")
SHEN_L = ("沈琳", "shenlin@jiahe-jz.com")
LU_J = ("陆佳", "2098736614@qq.com")
QIAN_X = ("钱晓", "qianxiao_jh@126.com")
ZHAO_YM = ("赵一鸣", "zhaoyiming@jiahe-jz.com")
XUHUI = ("徐汇门店", "xuhui@jiahe-jz.com")
# 东海 晶源水晶 (crystal live-stream shop: live orders and stock; 二期款 ￥88,000)
SUN_ZY = ("孙志勇", "3016627704@qq.com")
LIU_Y = ("刘燕", "liuyan_dhsj@163.com")
ZHOU_KJ = ("周会计", "zhoukj_dh@sina.com")
XIAOMEI = ("王小美", "wangxm@jingyuan-crystal.com")
ZHAO_T = ("赵婷", "zhaoting@lygdaizhang.com")
# 乐清 瓯宏电器 (circuit-breaker maker: factory test data and barcode traceability; 尾款 ￥145,000)
LIN_JG = ("林建国", "linjg@ouhong-elec.com")
ZHENG_L = ("郑丽", "zhengli@ouhong-elec.com")
CHEN_XD = ("陈晓东", "chenxd@ouhong-elec.com")
YE_M = ("叶敏", "1746629015@qq.com")
PAN_W = ("潘伟", "panwei@ouhong-elec.com")
HOWARD = ("Howard Lin", "howard.lin@ouhong-elec.com")
# 邵东 星火打火机 (lighter factory: moulding and assembly MES; 中期款 ￥72,000; Hunan speech)
ZENG_GP = ("曾国平", "zenggp@xinghuo-lighter.com")
LUO_X = ("罗霞", "luoxia_sd@126.com")
LIU_JN = ("刘建", "2537160098@qq.com")
ZENG_L = ("曾丽", "1093356627@qq.com")
XIAO_W = ("肖文", "xiaowen.sd@gmail.com")
LILY = ("Lily Zeng", "lily@xinghuo-lighter.com")

# fmt: off
XL = [
    e("huawei", "dispute", None,
      "王经理 你们那个追溯码贴到羊胴体上进了冷库一冻就扫不出来了 超市那边这礼拜退了我们两车货 验收的事先放一放 钱也等等再说",
      "zm_xl", 2, BATE, danger=True, note="voice; acceptance and the payment both put off for a fault"),
    e("n163", "dispute", None,
      "王经理：\n\n您好！按合同约定，验收款是在验收单签字以后支付的，目前我们生产部还没有签验收单，财务这边没法走付款流程。麻烦贵司先和王厂长把验收手续办了。\n\n其其格\n锡林郭勒盟草原鑫牧肉业有限责任公司 财务部\n0479-8236615",
      "zm_xl", 2, QQG, danger=True, note="not due under the contract: the acceptance sheet is unsigned"),
    e("coremail", "dispute", None,
      "王经理：\n\n验收单我这边不签。零下18度的冷库里追溯码扫码成功率不到六成，技术附件第3.2条写的是不低于99%，差得太远了。\n\n王海军\n生产部",
      "zm_xl", 3, WANG_HJ, danger=True, note="acceptance refused against the technical annex"),
    e("coremail", "other", None,
      "王经理：\n\n另外分割车间三号线的电子秤和系统对不上，一头羊差两三斤，今天上午已经叫你们驻场的小刘看过了，请尽快拿个方案出来。\n\n王海军",
      "zm_xl", 3, WANG_HJ, note="a fault report with no word of the payment (lead's convention: other)"),
    e("qqapp", "bank_question", None,
      "王经理 我们网银付款要填收款行的省市和行号 你们杭州分行是浙江省杭州市对吧 行号能不能发一个给我 我这边搜出来三个",
      "zm_xl", 3, WULAN, danger=True),
    e("olzhcn", "dispute", None,
      "王经理：\n\n验收款发票的购买方名称开成了“锡林郭勒草原鑫牧肉业有限公司”，我司全称是“锡林郭勒盟草原鑫牧肉业有限责任公司”，少了“盟”和“责任”两处，税务系统里认证不了。请作废重开。\n\n张磊",
      "zm_xl", 4, ZHANG_L, danger=True, note="the buyer's name wrong on the invoice"),
    e("huawei", "acceptance", None,
      "小王 你们小刘把秤的问题弄好了 标签也换成耐冻的了 我昨天去冷库看了扫得出来 验收我同意了 让其其格这个礼拜把钱付了",
      "zm_xl", 7, BATE, note="voice; acceptance, 这个礼拜 names no day"),
    e("tbzh", "acceptance", None,
      "复测结果：零下18度冷库连续三天扫码成功率99.4%，满足技术附件要求。信息科这边验收通过，复测报告见附件。\n\n白音\n信息科",
      "zm_xl", 8, BAIYIN, below=True, atts=["冷库扫码复测报告.pdf"], note="bottom-posted"),
    e("n163", "promise", dec(10),
      "王经理：\n\n您好！巴总和王厂长都签字了，验收款计划本周四付出，付完把回单发给您。\n\n其其格",
      "zm_xl", 8, QQG, note="本周四 from Tue 8th"),
    e("olzhcn", "resend_request", None,
      "王经理：\n\n重开的专票扫描件收到了，谢谢。集团财务要纸质原件入档，麻烦把原件快递到：内蒙古锡林浩特市经济技术开发区锡林大街18号 草原鑫牧 张磊 13904791256。\n\n张磊",
      "zm_xl", 9, ZHANG_L),
    e("qqapp", "paid", None, "王经理 验收款十七万六转过去了 回单发你了 查收一下", "zm_xl2", 10, WULAN,
      atts=["工行回单_草原鑫牧.jpg"], note="the amount in words; a slip named as one"),
    e("mailmaster", "other", None,
      "王经理，我们明年开春在锡林浩特东边还要开一个分割车间，系统能不能直接加一个厂区？麻烦先出个报价给我。\n\n高娃 综合办",
      "zm_xl2", 11, GAOWA),
    e("qqapp", "promise", dec(14),
      "王经理 不好意思 上礼拜四那笔钱被退回来了 账号我输错了一位 今天重新转 这回核对了三遍",
      "zm_xl2", 14, WULAN, danger=True, note="the earlier transfer came back: not paid; paying again today"),
    e("n163", "paid", None,
      "王经理：\n\n您好！昨天重新付的176,000.00元，银行今天显示已经入账成功，新的回单附上，请再核对一下。\n\n其其格",
      "zm_xl2", 15, QQG, atts=["中国工商银行电子回单_1214.pdf"]),
    e("huawei", "other", None,
      "王经理 给你们公司寄了几只羊腿 顺丰冷运 明天到 收到了放冷冻 别放坏了",
      "zm_xl2", 16, BATE, note="voice; no payment word"),
]

YW = [
    e("exmail", "more_time", None,
      "王总，现在正是圣诞货出柜最忙的时候，钱全压在货上了，上线款能不能让我们缓到一月份？一月份美国客户的尾款回来了马上安排。\n\n楼建勇",
      "zm_yw", 2, LOU, note="asks for time; 一月份 names no day"),
    e("foxmail", "resend_request", None,
      "王经理：\n\n你好！上线款的发票我翻了邮箱和快递记录都没找到，是不是还没开出来？如果开了麻烦发一份电子版过来。\n\n吴晓燕\n义乌市欣悦节庆用品有限公司 财务",
      "zm_yw", 2, WU_XY),
    e("gmailzh", "other", None,
      "王经理，亚马逊美国仓的库存这两天又不同步了，系统里显示还有800套圣诞灯串，后台其实已经卖断货了，超卖了60多单，麻烦技术尽快看一下。\n\nJessica",
      "zm_yw", 3, JESSICA, note="a fault report with no word of the payment (lead's convention: other)"),
    e("qqapp", "other", None, "王经理 系统里面的装箱单能不能导出英文版的 中东那个客户要", "zm_yw", 3, FANG),
    e("huawei", "dispute", None,
      "王经理你们那个扫码出库老是卡 一卡就是十几分钟 装柜的工人都站在那里等 今天晚上还有三个柜要装 这个不弄好上线款我跟老板讲不要付",
      "zm_yw", 4, HE_J, danger=True, note="voice; the payment made to wait on a fault"),
    e("exmail", "dispute", None,
      "王总，说是上线，其实库存不准、出库卡顿，一直没消停过。合同第四条写的是“系统稳定运行30天后支付上线款”，现在一天都算不上稳定，这笔钱现在谈不了。\n\n楼建勇",
      "zm_yw", 4, LOU, danger=True, note="the contract's condition not met"),
    e("foxmail", "dispute", None,
      "王经理：\n\n你好！楼总的意见见下面，请知悉。\n\n吴晓燕\n\n\n\n发件人： 楼建勇\n发送时间： 2026-12-04 07:46\n收件人： 吴晓燕\n主题： 示例科技上线款\n\n晓燕：\n示例科技的上线款先不要付，系统问题太多，等我跟他们王总谈完再说。\n\n楼",
      "zm_yw", 4, WU_XY, danger=True, note="the hold is in the boss's forwarded note below her line"),
    e("qqapp", "bank_question", None,
      "王经理 我们财务让我问一下 你们这个账户能不能直接收美金 我们手上有一笔美金 想直接付给你们",
      "zm_yw", 7, FANG, danger=True, note="whether our account takes USD: the PM answers"),
    e("foxmail", "more_time", date(2027, 1, 15),
      "王经理：\n\n你好！年底海外客户回款很慢，上线款可否延期到2027年1月15日支付？望谅解。\n\n吴晓燕",
      "zm_yw", 7, WU_XY),
    e("foxmail", "dispute", None,
      "王经理：\n\n你好！催款函收到了。楼总的意思还是出库卡顿和库存同步的问题解决了再付，具体请直接和楼总沟通。\n\n吴晓燕",
      "zm_ywd", 9, WU_XY, danger=True),
    e("exmail", "dispute", None,
      "王总，催款函我看到了，你们发函我理解，但话要说清楚：不是我们赖着不付，是系统没达到合同要求。你们李工这两天在仓库，这周要是能搞定，下周我就安排付。\n\n楼建勇",
      "zm_ywd", 9, LOU, danger=True, note="a payment only under a condition on our fix"),
    e("gmailzh", "other", None,
      "王经理，库存这两天同步正常了，之前超卖的订单也都处理掉了，替我谢谢李工。\n\nJessica",
      "zm_ywd", 11, JESSICA, note="fixed; no acceptance, no payment word"),
    e("exmail", "acceptance", None,
      "王总，这一周跑下来出库和库存都没毛病了，我们认可上线，上线确认单我签了字，扫描件发给你。\n\n楼建勇",
      "zm_ywd", 14, LOU, atts=["上线确认单_欣悦.pdf"]),
    e("foxmail", "promise", dec(18),
      "王经理：\n\n你好！楼总已经签批，上线款132,000元安排在12月18日（本周五）支付。\n\n吴晓燕",
      "zm_ywd", 15, WU_XY),
    e("sina", "partial_payment", dec(23),
      "王经理您好：\n\n今天先付了80,000元，剩下的52,000元12月23日前付清，回单在附件里。\n\n金红 出纳",
      "zm_ywd", 18, JIN_H, danger=True, atts=["网银回单_欣悦_80000.pdf"], note="dated by the rest's day"),
    e("exmail", "partial_payment", None,
      "王总，上周五财务先付了八万，剩下的五万二这两天就付，你放心。\n\n楼建勇",
      "zm_ywd", 21, LOU, danger=True, note="the boss relays the part paid; the rest on no day"),
    e("sina", "paid", None, "王经理您好：\n\n见下面。\n\n金红", "zm_yw", 22, JIN_H,
      inline=("暂未查到到账记录", "【金红：剩余52,000元已于12月22日上午付出，上线款全部付清，回单附后】"),
      atts=["回单_52000.pdf"], note="the answer written inside the quote, under our own words"),
    e("huawei", "other", None,
      "王经理 明年春季货那个新仓库也要用你们的系统 年后你们派个人过来装一下",
      "zm_ywd", 16, HE_J, note="voice; a request for new work"),
]

SHJ = [
    e("applezh", "promise", dec(9),
      "王经理，中期款阿拉下礼拜三付，侬放心好了。这两天财务在弄年检，忙得一塌糊涂。\n\n顾美华",
      "zm_sh", 2, GU, note="Shanghainese; 下礼拜三 from Wed 2nd"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n您好！中期款的发票开成了增值税普通发票，我司是一般纳税人，要专票抵扣，合同第五条也约定开具6%增值税专用发票。请作废后重新开具专票。\n\n沈琳\n上海佳禾家政服务有限公司 财务部",
      "zm_sh", 3, SHEN_L, danger=True, note="普票 where a 专票 is due"),
    e("qqweb", "other", None,
      "王经理，阿姨保险到期提醒今天一条都没发出来，已经有三个阿姨的意外险断保了，客户要是知道要出大事体的，麻烦马上查一下！\n\n陆佳 客服部",
      "zm_sh", 3, LU_J, note="a fault report with no word of the payment (lead's convention: other)"),
    e("n126", "bank_question", None,
      "王经理您好，我们用招行网银付款，收款行选了示例银行以后还要选城市和网点，杭州下面有十几个网点，请问是哪一个？或者直接给个12位的联行号也行。\n\n钱晓",
      "zm_sh", 4, QIAN_X, danger=True),
    e("mmios", "other", None,
      "王经理您好，门店这边派单页面上阿姨的照片都显示不出来，是不是要更新什么？\n\n徐汇门店 小吴",
      "zm_sh", 4, XUHUI),
    e("tbzh", "other", None,
      "查了一下，保险提醒没发出去是你们短信通道的签名过期了，你们那边续一下签名就好，不是我们这边的问题。\n\n赵一鸣",
      "zm_sh", 7, ZHAO_YM, below=True, note="bottom-posted; a diagnosis, no payment word"),
    e("applezh", "dispute", None,
      "王经理，保险提醒格事体蛮严重额，三个阿姨断保，万一出事体要赔几十万。问题没彻底解决之前，中期款我想先缓一缓，等侬拿个书面说明出来再讲。\n\n顾美华",
      "zm_sh", 8, GU, danger=True, note="Shanghainese; the payment held for a written explanation"),
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n新开的专票已收到并认证。不过顾总交代中期款暂缓，要等保险提醒的书面说明，所以9号付不了了，具体时间另行通知。\n\n沈琳",
      "zm_sh", 9, SHEN_L, danger=True,
      earlier="王经理：\n\n专票收到后，中期款安排在12月9日支付。\n\n沈琳",
      note="her own earlier answer (the 9th) quoted and given up; now held"),
    e("tbzh", "acceptance", None,
      "中期的三个功能（派单、保险提醒、结算对账）我这边都重新测过了，没有问题，中期验收单已经签好，见附件。\n\n赵一鸣",
      "zm_sh2", 10, ZHAO_YM, below=True, atts=["中期验收单_佳禾.pdf"]),
    e("qqweb", "other", None, "王经理，短信签名续好以后，今天早上的保险提醒都发出去了，谢谢。", "zm_sh2", 10, LU_J),
    e("applezh", "promise", dec(14),
      "王经理，书面说明收到了，写得蛮清爽。中期款我搭沈琳讲过了，下礼拜一付。\n\n顾美华",
      "zm_sh2", 11, GU, note="下礼拜一 from Fri 11th"),
    e("n126", "partial_payment", None,
      "王经理您好，中期款今天付了63,950元，另外50元是跨行汇款手续费，从款里扣了。回单见附件。\n\n钱晓",
      "zm_sh2", 14, QIAN_X, danger=True, atts=["招商银行回单_佳禾.pdf"], note="a cut stated"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n关于50元手续费，我们查了合同，没有约定汇款手续费由哪一方承担。如贵司坚持，我们下次付款时一并补上。\n\n沈琳",
      "zm_sh2", 15, SHEN_L, danger=True, note="the 50 yuan only 'if you insist', at a next payment on no day: the PM decides; relabelled other -> dispute by the convention 'A charge of ours contested (… a bank fee the contract does not assign …) is dispute, even beside a payment or a day promised or an offer to pay it if you insist' (session 17)"),
    e("n126", "resend_request", None,
      "王经理您好，年底审计要贵司的开户许可证或者基本存款账户信息表复印件，盖公章的，麻烦提供一份。\n\n钱晓",
      "zm_sh2", 17, QIAN_X, note="a paper of our account for the client's audit"),
    e("applezh", "other", None,
      "王经理，明年续约的事体年后再谈，先祝侬新年快乐，身体健康。\n\n顾美华",
      "zm_sh2", 22, GU),
]

DH = [
    e("qqapp", "promise", None,
      "王经理你好二期款我晓得的这两天直播太忙了等双十二过了给你付",
      "zm_dh", 2, SUN_ZY, note="voice, no punctuation; after 双十二 names no day"),
    e("mailmaster", "dispute", None,
      "王经理，二期做的直播间自动上架功能，好几次把标价1280的手串上成了128，一晚上被抢了四十多单，亏了四万多。这个损失你们得给个说法，二期款先不付。\n\n刘燕",
      "zm_dh", 3, LIU_Y, danger=True),
    e("huawei", "other", None,
      "王经理 老板让我问一下 你们二期的合同是不是写的上线满一个月才付款的 我们是十一月九号才上线的",
      "zm_dh", 3, XIAOMEI, note="a question about the terms, no objection said: the PM answers"),
    e("sina", "resend_request", None,
      "王经理您好：\n\n二期款的发票麻烦开成数电票发到这个邮箱，纸质的就不用寄了，谢谢。\n\n周会计",
      "zm_dh", 4, ZHOU_KJ, note="a form the client chooses, no fault said"),
    e("huawei", "other", None,
      "王经理 直播间的商品链接点不开了 主播现在正在播 快帮忙看看",
      "zm_dh", 4, XIAOMEI, note="voice; a fault report, no payment word"),
    e("qqapp", "promise", dec(11),
      "王经理价格那个事我查清楚了是我们运营自己填错了不怪你们系统 钱我这个礼拜五之前给你",
      "zm_dh", 7, SUN_ZY, note="voice; the objection withdrawn; 这个礼拜五 from Mon 7th"),
    e("mailmaster", "dispute", None,
      "王经理，老孙说是运营填错的，我把后台记录翻出来看了，是系统把小数点吃掉了，截图附上。这个事情没说清楚之前，钱我不同意付。\n\n刘燕",
      "zm_dh", 8, LIU_Y, danger=True, atts=["后台上架记录截图.png"], note="the boss's wife overrides him"),
    e("alimail", "bank_question", None,
      "王经理您好：\n\n我们是晶源水晶的代账公司。贵司收款账户户名是“示例科技有限公司”，发票上的销售方却是“示例科技（杭州）有限公司”，两者不一致，请确认款项应付到哪个户名，最好出个书面说明。\n\n赵婷\n连云港诚信代理记账有限公司",
      "zm_dh", 9, ZHAO_T, danger=True),
    e("huawei", "acceptance", None,
      "王经理 上架价格这个我们复测了二十场直播都没问题了 老板娘让我跟你说二期可以验收了 验收单她已经签了",
      "zm_dh", 10, XIAOMEI, note="voice; relays the signed sheet"),
    e("mailmaster", "more_time", None,
      "王经理，问题解决了，谢谢你们。不过前面亏的四万多块还没缓过来，年底资金紧，二期款能不能宽限到元旦以后？\n\n刘燕",
      "zm_dh", 11, LIU_Y, note="元旦以后 names no day"),
    e("qqapp", "promise", dec(17),
      "王经理你别听她的 钱我说给就给 这个礼拜四之前肯定到你账上",
      "zm_dh", 14, SUN_ZY, note="voice; 这个礼拜四 from Mon 14th"),
    e("alimail", "other", None,
      "王经理您好：\n\n附件是我们付款前需要填写的《供应商信息登记表》，请贵司填好盖章后回传，收到后安排付款。\n\n赵婷",
      "zm_dh", 15, ZHAO_T, atts=["供应商信息登记表.xlsx"], note="the payer's own form: only the PM can fill it"),
    e("sina", "promise", dec(17),
      "王经理您好：\n\n二期款已经在网银提交了，等孙总U盾审批，今天或者明天就能付出去。\n\n周会计",
      "zm_dh", 16, ZHOU_KJ, note="submitted, not paid; today or tomorrow = the later"),
    e("sina", "paid", None,
      "王经理您好：\n\n二期款88,000元已于今日付出，电子回单见附件，请查收。\n\n周会计",
      "zm_dh", 17, ZHOU_KJ, atts=["农商银行电子回单_晶源.pdf"]),
    e("qqapp", "paid", None, "王经理二期款以付 你查下", "zm_dh", 17, SUN_ZY, note="voice typo 以付 for 已付"),
    e("mmios", "other", None,
      "王经理，明年想在系统里加一个直播回放自动剪辑的功能，年后你们过来一趟，我们当面聊。\n\n刘燕",
      "zm_dh", 21, LIU_Y),
]

YQ = [
    e("ioszh", "other", None, "王经理 尾款的事我问一下郑丽 我在德国展会上 回去再说", "zm_yq", 2, LIN_JG),
    e("owazh", "promise", dec(25),
      "王经理：\n\n您好！我司每月25日集中付款，贵司尾款已列入12月批次，届时付出。\n\n郑丽\n乐清市瓯宏电器有限公司 财务部",
      "zm_yq", 2, ZHENG_L, note="a monthly payday: the 25th of December"),
    e("exmail", "dispute", None,
      "王经理，系统生成的出厂检测报告，瞬时脱扣电流的单位打成了mA，应该是A。客户来验厂的时候当场指出来，说我们数据造假。报告模板不改好，品质部不会在结算单上签字。\n\n陈晓东\n品质部",
      "zm_yq", 3, CHEN_XD, danger=True),
    e("qqweb", "resend_request", None,
      "王经理您好，麻烦贵司出一份盖公章的收款账户确认函（开户行、户名、账号），我们付款的时候要附在凭证后面，谢谢！\n\n叶敏 出纳",
      "zm_yq", 4, YE_M, note="a paper of our account, no doubt said"),
    e("coremail", "dispute", None,
      "王经理：\n\n尾款金额有误。合同总价48.5万，首款和中期款合计已付34万，尾款14.5万没错；但合同第九条约定合同总价的5%（24,250元）为质保金，质保期满一年后支付，所以本次应付120,750元，不是145,000元。\n\n潘伟 采购部",
      "zm_yq", 7, PAN_W, danger=True, note="the amount objected: retention not yet due"),
    e("owazh", "dispute", None,
      "王经理：\n\n贵司催款函收悉。经核对，我司并不存在逾期：一是品质部对检测报告模板仍有异议，结算单尚未签署；二是尾款中含质保金24,250元，尚未到期。请贵司先解决上述问题。\n\n郑丽",
      "zm_yqd", 9, ZHENG_L, danger=True),
    e("ioszh", "dispute", None,
      "王经理，催款函我看到了。我们合作这么多年，发这种函不太合适吧。报告的事你们抓紧改，改好了钱一分不会少你们的。",
      "zm_yqd", 9, LIN_JG, danger=True, note="a payment only after our fix"),
    e("olmobzh", "bank_question", None,
      "王经理，我们香港公司那边有港币，想用港币付这笔尾款，贵司账户能不能收港币？可以的话请提供SWIFT代码和银行地址。\n\nHoward Lin",
      "zm_yqd", 10, HOWARD, danger=True),
    e("owazh", "other", None,
      "王经理：\n\n尾款能否用银行承兑汇票支付？六个月期，国股银行承兑，可以在电票系统直接背书给贵司。请回复是否接受。\n\n郑丽",
      "zm_yqd", 10, ZHENG_L, note="a way of paying proposed, for the PM to accept or not"),
    e("exmail", "acceptance", None,
      "王经理，新模板已经上线了，单位和格式都改对了，我们抽了200台的报告核对过，没有问题。品质部已经在结算单上签字。\n\n陈晓东",
      "zm_yqd", 11, CHEN_XD),
    e("owazh", "promise", dec(25),
      "王经理：\n\n您好！结算单已签。尾款扣除质保金后为120,750元，电汇支付，仍安排在本月25日批次；质保金24,250元按合同到期后支付。\n\n郑丽",
      "zm_yqd", 14, ZHENG_L, note="the day of a payment short of the amount asked (retention)"),
    e("coremail", "resend_request", None,
      "王经理：\n\n麻烦贵司把尾款发票拆成两张开：一张120,750元，一张24,250元（质保金部分），方便我们分开挂账。原来那张我们寄回给你们。\n\n潘伟",
      "zm_yqd", 16, PAN_W, note="split in two at the client's choice"),
    e("qqweb", "partial_payment", None,
      "王经理您好，尾款今天重新付了120,750元，回单见附件，质保金24,250元明年到期再付。\n\n叶敏",
      "zm_yqd", 28, YE_M, danger=True, atts=["农业银行回单_瓯宏.pdf"], note="retention withheld beside the payment"),
]

SD = [
    e("huawei", "promise", None,
      "王经理你好中期款的事我晓得咯现在手上冇得钱外贸的款还冇回来等美国客户的钱一到就给你们打过去",
      "zm_sd", 2, ZENG_GP, note="voice, Hunan speech; hung on the client's own incoming money, no time asked"),
    e("n126", "promise", dec(8),
      "王经理，您好！中期款老板同意付了，我排在下周二，到时候把回单发您。\n\n罗霞\n邵东县星火打火机制造有限公司",
      "zm_sd", 3, LUO_X, note="下周二 from Thu 3rd"),
    e("qqapp", "other", None,
      "王经理 注塑机那个数据采集盒子又有三台冇得数据了 是不是网线的问题 你们派个人过来看下咯",
      "zm_sd", 3, LIU_JN, note="voice; a fault report, no payment word"),
    e("qqhtml", "bank_question", None,
      "王经理 请问你们开户行是示例银行杭州分行营业部 还是杭州分行 我们系统里两个都有 要选哪个",
      "zm_sd", 4, ZENG_L, danger=True, note="HTML only"),
    e("mmen", "resend_request", None,
      "Dear Mr. Wang,\n\nOur boss ask me to get an English version of the invoice, because the audit of our US customer need to see the software cost. Could you send one to me? Thanks a lot!\n\nLily Zeng\nExport Dept.",
      "zm_sd", 4, LILY, note="mainland staff's English on Mail Master's English UI", **SH),
    e("huawei", "more_time", dec(22),
      "王经理能不能再宽限十天半个月 现在年底了工人工资要发 实在转不过来",
      "zm_sd", 7, ZENG_GP, note="voice; 十天半个月: a rough count, its upper end (15 days)"),
    e("qqhtml", "promise", None,
      "王经理 中期款今天付不了了 老板把U盾带到广州去了 要等他回来才能付",
      "zm_sd", 8, ZENG_L, danger=True, note="the day promised (today) not kept; waits on the signer's return: no day"),
    e("qqapp", "dispute", None,
      "王经理 你们系统统计的合格率跟我们品检的对不上 系统讲98% 我们实际只有95% 老板问我我都冇法讲 这个问题不搞好中期验收不了",
      "zm_sd", 9, LIU_JN, danger=True, note="voice; acceptance refused over a figure"),
    e("n126", "partial_payment", None,
      "王经理，您好！中期款今天先付了36,000元，另一半等老板从广州回来签字，下周内付清。回单在附件。\n\n罗霞",
      "zm_sd", 10, LUO_X, danger=True, atts=["长沙银行回单_星火.pdf"]),
    e("gmailzh", "acceptance", None,
      "王经理，合格率那个是我们品检把返工件重复算进去了，不是系统的问题。中期的功能我们都测完了，验收没问题，验收单老板回来签。\n\n肖文",
      "zm_sd", 11, XIAO_W, note="accepted; the signature still to come"),
    e("huawei", "promise", dec(15),
      "王经理剩下那三万六我今天刚从广州回来 明天一早就叫罗霞付掉",
      "zm_sd", 14, ZENG_GP, note="voice; 明天 from Mon 14th"),
    e("n126", "paid", None,
      "王经理，您好！剩余中期款36,000元已付，回单见附件。至此中期款72,000元全部付清，请核对。\n\n罗霞",
      "zm_sd", 15, LUO_X, atts=["长沙银行回单_36000.pdf"]),
]

XL += [
    e("qqapp", "other", None, "收到 谢谢", "zm_xl", 4, WULAN, note="the quote below holds every payment word"),
    e("huawei", "promise", dec(10),
      "王经理钱其其格说礼拜四付 你们注意查收 要是没到给我打电话",
      "zm_xl", 9, BATE, note="voice; 礼拜四 from Wed 9th"),
    e("n163", "paid", None,
      "王经理：\n\n您好！年底对账，贵司验收款176,000.00元我司已于12月14日支付，请贵司出具一份收款确认函，盖章后回传，谢谢。\n\n其其格\n2026年12月21日",
      "zm_xl2", 21, QQG, note="a past payment restated with a request for our receipt; a dated signature"),
]
YW += [
    e("qqapp", "other", None,
      "王经理 楼总让我问下 剩下的五万二你们是要重新开一张发票 还是就用原来那张",
      "zm_ywd", 21, FANG, note="a question about the invoice for the rest; no fault said"),
    e("foxmail", "other", None,
      "王经理：\n\n你好！上线款发票的开票日期是11月，我们12月才付款，跨月入账税务上有没有问题？麻烦问一下你们财务。\n\n吴晓燕",
      "zm_ywd", 16, WU_XY),
]
SHJ += [
    e("n126", "other", None,
      "王经理您好，中期款已经提交审批了，批下来就付，具体哪天我也说不准。\n\n钱晓",
      "zm_sh", 3, QIAN_X, note="a hedge with no day"),
]
DH += [
    e("sina", "promise", dec(15),
      "王经理您好：\n\n二期款的审批已经走完了，3个工作日内付出。\n\n周会计",
      "zm_dh", 10, ZHOU_KJ, note="3个工作日 from Thu 10th: Fri, Mon, Tue 15th"),
    e("mailmaster", "paid", None,
      "王经理，老孙说钱付了，我查了银行流水，确实出去了，之前说不同意付的话就当我没说。\n\n刘燕",
      "zm_dh", 18, LIU_Y, note="a paid claim confirmed by a second person; her refusal withdrawn"),
]
YQ += [
    e("ioszh", "acceptance", dec(16),
      "王经理，晓东说报告都改好了，我这边验收通过，尾款郑丽下周三付。",
      "zm_yqd", 12, LIN_JG, note="acceptance with a day promised beside it; 下周三 from Sat 12th"),
    e("qqweb", "bank_question", None,
      "王经理您好，今天的尾款转账失败了，银行提示“收款人户名与账号不符”，麻烦确认一下贵司的准确户名，我们好重新付。\n\n叶敏",
      "zm_yqd", 25, YE_M, danger=True, note="a failed transfer: not paid; a doubt about the account name"),
]
SD += [
    e("huawei", "other", None,
      "王经理明年二期的事过了年我们再谈 今年辛苦你们了 过年来邵东吃血鸭",
      "zm_sd", 21, ZENG_GP, note="voice; no payment word"),
    e("qqapp", "other", None,
      "王经理 合格率对上了 是我们自己品检那边重复算了 不好意思咯",
      "zm_sd", 12, LIU_JN, note="voice; the objection withdrawn, no payment word"),
]
XL += [
    e("n163", "more_time", dec(31),
      "王经理：\n\n您好！另外说明一下，即便验收单签了，集团12月的资金计划也排得比较满，验收款能否安排在下旬支付？请谅解。\n\n其其格",
      "zm_xl", 4, QQG, note="asks for 下旬 (its last day)"),
]
YQ += [
    e("ioszh", "more_time", date(2027, 1, 4),
      "王经理，今年铜价涨得厉害，厂里资金压力大，尾款能不能再宽限一个月？",
      "zm_yq", 4, LIN_JG, note="宽限一个月 counts from the reply day (Dec 4)"),
]
# fmt: on

ZM_SET = XL + YW + SHJ + DH + YQ + SD + ZM_INTL + ZM_MACHINE
