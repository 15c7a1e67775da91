"""Held-out set M: mainland clients' replies, written blind to the classifier's rules.

Written by a helper that never opened daemon/inbox/, the corpus bodies, the reply tests or the
earlier sets' bodies; only the machinery (heldout_c_mime/quote/styles.py, the generator) and
labels.yaml's conventions. Each reply answers its own reminder (heldout_c_threads_m.py). The
zh-Hant and English replies are in heldout_c_set_m_intl.py, machine mail in
heldout_c_machine_m.py / heldout_c_machine_m_auto.py; ``M_SET`` joins them.
Entries: (client style, kind, expected promise date or None, body, options).
"""

from __future__ import annotations

from datetime import date

from heldout_c_set_m_intl import M_INTL, M_MACHINE
from heldout_c_threads_m import o

D = date
# Pu'er: the cooperative's accountant dictates to her Huawei phone; the head on 163.
LI = ("李春花", "lichunhua_pe@163.com")
YAN = ("岩恩罕", "yanenhan1968@163.com")
CASHIER_PE = ("小岩", "1398560214@qq.com")
# Dalian seafood processor
SUN = ("孙立军", "sunlj@dlhaixian-food.com")
YU_KJ = ("于会计", "yuhong_cw@163.com")
# Xi'an aerospace parts
DU = ("杜卫国", "duwg@xa-hangjian.com.cn")
XA_CW = ("财务处 程", "chengy@xa-hangjian.com.cn")
# Wenzhou valves: the boss on his phone, finance on QQ
YE = ("叶总", "ye.zong@wzfamen.com")
ZHENG = ("郑小红", "2841093366@qq.com")
# Changsha TV new media (public institution)
TAN = ("谭卫东", "tanwd@cstv-media.gov.cn")
PENG = ("彭丽", "pengli_cstv@126.com")
# Zhuhai yacht builder
LIANG = ("梁振邦", "liangzb@pearlriver-yachts.com")
ZH_CW = ("财务部 冯", "feng.cw@pearlriver-yachts.com")
# Tianjin port logistics park (group treasury)
LV = ("吕静", "lvjing@tjgang-wuliu.com")
TJ_GM = ("高建平", "gaojp@tjgang-wuliu.com")
# Lanzhou wind-farm O&M SOE
MA = ("马福成", "mafc_lzfd@163.com")
LZ_CW = ("财务 祁", "qi_caiwu@sina.com")
# Shanxi coal chemical SOE
HAO = ("郝建国", "haojg@sxmeihua-chem.com.cn")
JIA = ("贾晓琳", "jiaxl@sxmeihua-chem.com.cn")
# Guangxi sugar mill
WEI = ("韦秀梅", "1927364450@qq.com")
GX_BOSS = ("黄厂长", "huangcz@gxtangye.com.cn")
# Yiwu trader
LOU = ("楼老板", "lou888@ywxiaoshangpin.cn")
LOU_W = ("楼太", "2657701838@qq.com")

# fmt: off
PE = [
    ("huawei", "paid", None, "王经理你好验收款3万6我们昨天下午已经在信用社转过去了会单我拍照发给你你查收一下\n李春花", o("m_pe", 2, LI, atts=["回单.jpg"], noquote=True)),
    ("huawei", "promise", D(2026, 12, 9), "王经理 那个验收款的事情 社长说等这批鲜果款结算下来就付 大概是下个礼拜三左右 到时候我再跟你说一声", o("m_pe", 3, LI)),
    ("n163", "more_time", None, "王经理：\n\n今年咖啡豆收购价跌得厉害，合作社收鲜果的钱压力很大。验收款能不能分两次付？这个月先付一半，剩下的等春节后卖了豆子再付清。你们看行不行，行的话我们就这么安排。\n\n岩恩罕\n普洱某咖啡种植专业合作社", o("m_pe", 3, YAN)),
    ("huawei", "more_time", None, "我们还没有付 不是不付啊 是合作社账上现在确实没钱 要等州里的产业扶持资金拨下来才有 拨下来第一个就付你们的 你们再等等", o("m_pe", 4, LI, danger=True, note="not paid; waits for subsidy, no date")),
    ("qqapp", "resend_request", None, "王经理，发票我们这边找不到了，麻烦再发一份电子版过来，开户行账号也一起发一下，社里报账要用", o("m_pe", 7, CASHIER_PE)),
    ("huawei", "dispute", None, "王经理 验收款我们有意见 小程序扫码出来的产地信息好多是错的 海拔也不对 有个游客扫了说我们造假 你们先改好了再说付款的事", o("m_pe", 7, LI, danger=True)),
    ("huawei", "promise", D(2026, 12, 15), "钱十二月十五号以前肯定打给你们 放心 这几天在忙着收果子 晚上回家才看到邮件", o("m_pe", 4, LI)),
    ("n163", "acceptance", None, "王经理：\n小程序我们用了一个多月，问题都改好了，验收单我已经签字盖章，扫描件在附件。你们按合同的付款流程走就行。\n岩恩罕", o("m_pe", 8, YAN, atts=["验收单（签章）.pdf"])),
    ("huawei", "paid", None, "王经理 钱以经付了 是从社长个人账户转的 户名是岩恩罕 不是合作社的名字 你们对账的时候注意一下 怕你们找不到", o("m_pe", 8, LI)),
    ("huawei", "partial_payment", None, "验收款先转了两万 是今天上午转的 剩下一万六月底之前转 社里钱紧 不好意思", o("m_pe", 9, LI)),
    ("qqapp", "bank_question", None, "王经理，我们信用社柜台说转你们这个账号要填开户行的全称和行号，示例银行杭州分行下面是哪个支行？行号多少？麻烦告诉一下", o("m_pe", 10, CASHIER_PE)),
    ("huawei", "other", None, "收到了 这个事我不管钱 我转给社长了 他定", o("m_pe", 2, ("普洱合作社 李", "lichunhua_pe@163.com"), danger=True, note="转给 is a hand-off, nothing paid")),
]

DL = [
    ("foxmail", "promise", D(2026, 12, 18), "王经理您好：\n\n现在是出口旺季，冷库满负荷，财务这边回款集中在韩国客户的货款上。二期款我们已经报了付款计划，定在12月18日（周五）付，请放心。\n\n孙立军\n大连某海鲜食品有限公司 生产部\n电话：0411-8765 2290 / 2026年11月起新号 138 4110 7725", o("m_dl", 9, SUN)),
    ("n163", "paid", None, "王经理，二期款12.8万已于12月3日通过建行网银付出，附件是电子回单，请查收核对。\n于红 财务部", o("m_dl", 4, YU_KJ, atts=["建行电子回单20261203.pdf"])),
    ("foxmail", "dispute", None, "王经理：\n\n二期款暂时不能付。上个月15号夜里3号冷库温度报警没有推送到值班手机上，库温升到零下8度才被发现，一批扇贝柱降级处理，损失我们还在统计。合同里写的是报警“实时推送”，这个功能没达到。请你们先出个书面说明和整改方案，付款的事等问题处理完再议。\n\n孙立军", o("m_dl", 3, SUN, danger=True)),
    ("olzhcn", "other", None, "王经理好，我这周一直在码头盯装柜，邮件刚看到。付款的事我不清楚进度，已经让于会计查一下，查清楚了给你回。", o("m_dl", 10, ("孙立军", "sunlj@dlhaixian-food.com"), danger=True, note="no payment, no date: a hand-off")),
    ("n163", "partial_payment", None, "王经理：\n二期款这次先付了8万，剩下4.8万要等12月份韩国那边的货款回来再付。付款回单见附件。\n于红", o("m_dl", 11, YU_KJ, atts=["付款回单.pdf"])),
    ("foxmail", "more_time", D(2027, 1, 15), "王经理：\n\n实在不好意思，出口季资金全压在原料和冷库租金上了，二期款能不能宽限到明年1月15号？到时候一次付清，不会再拖。\n\n孙立军", o("m_dl", 14, SUN)),
    ("n163", "promise", D(2026, 12, 11), "已安排，本周五付款。", o("m_dl", 8, YU_KJ)),
    ("n163", "resend_request", None, "王经理，二期款的发票我们财务没收到纸质的，能不能先把电子发票重新发一下？另外合同上写的二期款付款条件是“试运行满30天”，麻烦把试运行确认单也发一份，付款审批要附。", o("m_dl", 2, YU_KJ)),
]

XA = [
    ("coremail", "more_time", None, "王经理：\n\n来函收悉。我单位中期款付款需待军方审价结论下达后按审定价格结算，目前审价工作尚在进行中，具体时间我方无法确定。审价结论下达后我们会第一时间通知贵司。\n\n另：按我单位保密管理规定，办公网邮箱不得接收和发送带附件的业务往来邮件，请勿在邮件中附发票等文件，纸质材料请寄至我单位采购处。\n\n杜卫国\n采购处", o("m_xa", 2, DU, note="waits for 军品审价: no date, no refusal")),
    ("coremail", "paid", None, "王经理：\n\n中期款26万元已于12月4日支付，经办行为工商银行西安高新支行。因保密要求，回单不能通过邮件发送，如需核对请致电财务处 029-8822 6150，或由贵司商务人员来我单位现场查看。\n\n财务处 程燕", o("m_xa", 7, XA_CW)),
    ("olzhcnplain", "dispute", None, "王经理，\n\n关于中期款：军代表室的审价意见已经下来，MES实施费用审定下浮12%，中期款按审定金额应为228,800元，而不是贵司提醒中的260,000元。请贵司按审定金额重新开具发票，原发票请作废或开红字。差额部分我单位不予支付。\n\n杜卫国", o("m_xa", 9, DU, danger=True, note="price audit cut: the amount is contested")),
    ("coremail", "promise", D(2026, 12, 25), "王经理您好：\n审价已经完成，付款申请已走完审批，财务处排在12月25日前支付。\n杜卫国\n采购处\n（此邮件经单位保密审查，2026年12月10日）", o("m_xa", 10, DU)),
    ("olzhcnplain", "resend_request", None, "王经理：\n\n请将中期款发票（纸质版，一式三联）及验收报告原件寄送我单位采购处，地址：西安市高新区某路16号采购处杜卫国收，电话 029-8822 6003。财务按规定必须见纸质原件才能付款，电子件不能用。\n\n杜卫国", o("m_xa", 3, DU)),
    ("coremail", "other", None, "王经理：您好！您的邮件收到。因我单位邮件系统安全策略调整，外部邮件需经审核后才能进入收件箱，此前几次提醒我今天才收到，故迟复。付款事宜我已转财务处核实，请稍候。", o("m_xa", 14, DU, danger=True, note="转财务处核实: nothing paid")),
    ("coremail", "bank_question", None, "王经理：\n按我单位供应商管理要求，新增收款账户须提供开户许可证（或基本存款账户信息）复印件加盖公章，并注明开户行联行号。贵司提醒中的账号与我单位供应商库中登记的账号（尾号4471）不一致，请问以哪个为准？核实前我方不会付款。\n财务处 程燕", o("m_xa", 15, XA_CW, danger=True, note="account differs from the one on file")),
]

WZ = [
    ("ioszh", "promise", D(2026, 12, 4), "知道了 明天付", o("m_wz", 3, YE)),
    ("qqapp", "paid", None, "王经理 叶总已经签字了 钱刚刚转出去 回单截图发你", o("m_wz", 2, ZHENG, atts=["IMG_3391.PNG"])),
    ("ioszh", "dispute", None, "尾款先不付\n你们的系统库存老是对不上 上礼拜仓库盘点差了两百多个球阀\n来人把问题解决了再说", o("m_wz", 7, YE, danger=True)),
    ("qqweb", "other", None, "王经理您好，付款要老板签字，老板这几天去德国看展了，我们这边做不了主，等老板回来我跟他说。", o("m_wz", 1, ZHENG, danger=True, note="boss away: nothing decided")),
    ("ioszh", "promise", None, "这个钱肯定给你们 过两天让小郑安排", o("m_wz", 8, YE, note="过两天: no date")),
    ("qqapp", "partial_payment", None, "王经理，老板说尾款先付3万，剩下的15800等系统二期谈好了一起结。3万今天下午已经付了。", o("m_wz", 10, ZHENG)),
    ("ioszh", "more_time", None, "王总\n年底了 资金紧\n尾款放到明年一季度行不行\n老朋友了 帮个忙", o("m_wz", 14, YE)),
    ("qqapp", "other", None, "好的 收到", o("m_wz", 2, ZHENG, note="an acknowledgement, nothing more")),
    ("qqweb", "paid", None, "王经理：您好！\n\n贵司尾款45800元已经于12月7日付款，付款账户为温州某阀门有限公司在农商行的一般户，请查收。\n\n郑小红\n财务部\n电话 0577-8655 3021　手机 15968870136", o("m_wz", 8, ZHENG)),
]

CS = [
    ("coremail", "promise", None, "王经理：\n\n您好！第四季度服务费我中心已按程序提交报账，目前在台财务部审核，审核通过后通过国库集中支付系统支付，一般需要两到三周，具体以财政支付为准。\n\n谭卫东\n新媒体中心", o("m_cs", 2, TAN, note="in the treasury process, no date")),
    ("n126", "more_time", None, "王经理：您好。我中心今年预算因调整被压减，第四季度服务费目前没有足额预算指标，需要走预算调整程序，人大批复最快也要明年一季度。这笔费用恐怕要到明年才能支付，请贵司理解。具体时间我们确定后再告知。\n彭丽", o("m_cs", 3, PENG)),
    ("n126", "resend_request", None, "王经理，报账需要以下材料，麻烦补齐后发我：1.第四季度服务确认单（我们盖章那份的扫描件我找不到了）；2.发票；3.服务月报。收齐我再往上报。", o("m_cs", 4, PENG)),
    ("mailmaster", "paid", None, "王经理：\n第四季度服务费92000元，财政已于12月15日直接支付到贵司账户（国库集中支付，付款人显示为“长沙市财政局国库支付中心”），请注意查收。\n彭丽", o("m_cs", 16, PENG)),
    ("coremail", "dispute", None, "王经理：\n\n经核对，第四季度服务合同约定的驻场运维人员为2人，但10月至11月大部分时间只有1人在岗，这部分服务费我中心不能按全额支付。请贵司提供人员考勤记录，我们按实际提供的服务核减后再支付。\n\n谭卫东", o("m_cs", 8, TAN, danger=True)),
    ("n126", "promise", D(2026, 12, 25), "王经理，预算调整已经批了，第四季度服务费安排在年底关账前支付，最晚12月25号。\n彭丽", o("m_cs", 14, PENG)),
    ("mailmaster", "other", None, "王经理：\n\n我们12月18日已经把付款申请提交给了财政，财政那边什么时候支付我们控制不了，现在还没付出来。您那边到账了跟我说一声。\n\n彭丽", o("m_cs", 21, PENG, danger=True, note="submitted, not paid")),
]

ZH = [
    ("owazh", "promise", D(2026, 12, 18), "王总，上线款的付款申请我已经批了，财务排在下周五付。\n\n梁振邦\n珠海某游艇制造有限公司 总经理\nT +86 756 8861 2210", o("m_zh", 10, LIANG)),
    ("olmobzh", "dispute", None, "王总，选配器网站上线以后，欧洲经销商反映价格模块按人民币显示，没有欧元，之前说好的多币种没做。上线款等这个功能交付了再付。", o("m_zh", 2, LIANG, danger=True)),
    ("alimail", "paid", None, "王经理：\n上线款150,000.00元已于今日付出，银行回单见附件。\n财务部 冯", o("m_zh", 3, ZH_CW, atts=["回单_上线款.pdf"])),
    ("alimail", "bank_question", None, "王经理您好，我司是外汇账户支付人民币跨境，银行要求提供收款行的SWIFT代码和CNAPS行号，请提供一下，谢谢。\n财务部 冯", o("m_zh", 8, ZH_CW)),
]

TJ = [
    ("olzhcn", "promise", D(2026, 12, 22), "王经理：\n\n贵司催款函收悉。我园区所有对外付款由集团司库统一支付，每月22日为集团统一付款日。贵司验收款已列入12月资金计划，将于12月22日统一支付。\n\n吕静\n天津港某物流园区管理有限公司 财务部", o("m_tj", 3, LV)),
    ("owazh", "dispute", None, "王经理：\n\n贵司函中所称“验收款”，我方不予认可。闸口系统至今车牌识别率仍未达到合同约定的99%（11月抽测为96.3%），验收报告我方从未签署，何来验收款逾期？请贵司停止发送催款函，先按合同完成整改，双方再组织验收。\n\n高建平\n园区管理公司 副总经理", o("m_tj", 4, TJ_GM, danger=True, note="acceptance never signed; objects to the demand letter")),
    ("olzhcn", "other", None, "王经理，付款计划已经报集团司库，但司库是否批准、几号付，我们园区这边决定不了，有消息了告诉你。", o("m_tj", 7, LV, danger=True, note="submitted to treasury, no decision")),
    ("olzhcn", "paid", None, "王经理：贵司验收款310,000元，集团司库已于2026年12月22日统一支付，附件为司库系统付款回单，请查收。吕静", o("m_tj", 23, LV, atts=["司库付款回单-TJ-2026-040.pdf"])),
    ("alimail", "promise", D(2026, 12, 31), "王经理，说个实话：集团这个月资金紧张，司库只批了一半的付款计划，你们这笔排到了月底的第二批。年底前肯定能付。\n吕静", o("m_tj", 10, ("吕静", "lvjing@tjgang-wuliu.com"))),
]

LZ = [
    ("n163", "more_time", None, "王经理你好，我们是电费回款以后才能付外包款，省电力公司电费结算一般滞后两个月，这笔中期款现在确实付不了，不是我们不认账。", o("m_lz", 2, MA, danger=True, note="cannot pay now; no date, no objection")),
    ("sina", "promise", D(2026, 12, 15), "王经理：\n10月份的电费昨天回来了，中期款7.4万我们安排在12月15日付，请届时查收。\n财务 祁", o("m_lz", 9, LZ_CW)),
    ("tbzh", "paid", None, "王经理：\n\n中期款已付，12月10日走的财务公司结算，付款单位名称是“某能源集团财务有限公司”，不是我们运维公司的名字，请注意区分。\n\n马福成", o("m_lz", 11, MA, below=True)),
    ("sina", "partial_payment", None, "王经理你好，中期款74000元，扣除合同约定的5%质量保证金3700元，实付70300元，已于今日支付。质保金按合同在质保期满后支付。\n财务 祁", o("m_lz", 15, LZ_CW, note="5 % retention kept as agreed: the rest is paid")),
    ("n163", "more_time", D(2027, 1, 31), "王经理，今年冬天来风晚，发电量比计划少了三成，电费回款跟不上，中期款能不能宽限到明年1月底？\n马福成\n兰州某风电运维有限公司", o("m_lz", 16, MA)),
    ("tbzh", "dispute", None, "王经理：\n\n巡检APP离线模式在风场现场（无信号）基本不能用，数据同步后经常丢失，上个月两台风机的巡检记录全没了，我们还被业主考核扣了分。中期款的验收条件是“离线巡检功能稳定运行”，这一条不满足，我们不会付款。\n\n马福成", o("m_lz", 4, MA, danger=True)),
]

SX = [
    ("coremail", "promise", D(2026, 12, 31), "王经理：\n\n进度款我公司拟以银行承兑汇票支付，由集团财务公司开具，期限6个月，预计12月31日前开出。请确认贵司是否接受承兑汇票。\n\n郝建国\n财务科", o("m_sx", 9, HAO, note="paying with an acceptance bill; asks whether accepted")),
    ("olzhcn", "paid", None, "王经理：\n进度款48万元已于12月8日通过集团财务公司开具电子银行承兑汇票支付，票据已在票据交易所系统背书至贵司，到期日2027年6月8日，请登录网银签收。\n贾晓琳", o("m_sx", 9, JIA)),
    ("coremail", "dispute", None, "王经理：\n\n经我公司设备部核实，点检系统与DCS的数据接口至今未完成，合同第三阶段工作量未达到进度款支付条件。另外贵司发票税率开的是13%，合同约定为6%（技术服务），发票需重开。以上两点解决前，进度款无法支付。\n\n郝建国", o("m_sx", 2, HAO, danger=True)),
    ("foxmail", "other", None, "王经理：\n\n来邮收悉，已转分管副总审批。\n\n贾晓琳", o("m_sx", 3, JIA, danger=True, note="转…审批: nothing paid")),
    ("coremail", "bank_question", None, "王经理：\n我们财务公司的付款系统里贵司的开户行名称显示为“示例银行股份有限公司杭州分行营业部”，和你们邮件里写的“示例银行杭州分行”不完全一致，是同一个吗？请提供准确的开户行全称和12位联行号。\n贾晓琳", o("m_sx", 14, JIA)),
    ("olzhcn", "partial_payment", None, "王经理：\n\n进度款48万，本月集团只批了30万，已于今天以电汇方式支付。余款18万纳入明年1月资金计划。\n\n贾晓琳\n山西某煤化工有限公司 财务科\n电话：0351-7821093", o("m_sx", 17, JIA)),
    ("coremail", "more_time", None, "王经理：\n\n受煤价下行影响，集团要求各子公司压降应付账款支付节奏，进度款恐怕要延期一个月支付，望贵司谅解。\n\n郝建国", o("m_sx", 10, HAO, note="延期一个月 counts from the due day: no date")),
]

GX = [
    ("qqweb", "promise", None, "王经理你好，现在是榨季，厂里的钱先要保蔗款，每天几百万付给蔗农，你们的上线款要等榨季资金宽松一点再排，我尽量年前给你们付。", o("m_gx", 2, WEI, note="年前 alone: no date")),
    ("qqhtml", "paid", None, "王经理，上线款66000元今天已经转账，回单在附件，麻烦查收。\n韦秀梅", o("m_gx", 4, WEI, atts=["转账回单.jpg"])),
    ("n163", "dispute", None, "王经理：\n\n结算系统上线第一周就出了问题，蔗农过磅的重量和结算单对不上，有几十户蔗农跑到厂门口闹，现在我们是手工核对结算的。系统没有正常运行，上线款我们不认可，请你们马上派人来处理。\n\n黄厂长", o("m_gx", 3, GX_BOSS, danger=True)),
    ("qqweb", "resend_request", None, "王经理，合同约定上线款要凭上线确认单付款，你们的确认单原件我们没收到，能不能重新寄一份过来盖章？另外发票也麻烦一起开一下，我们这边找不到了。", o("m_gx", 8, WEI)),
    ("qqweb", "promise", D(2026, 12, 10), '王经理：\n已安排，12月10号付。\n韦秀梅\n\n------------------ 原始邮件 ------------------\n发件人: "黄厂长" <huangcz@gxtangye.com.cn>\n发送时间: 2026年12月7日 上午9:12\n收件人: "韦秀梅" <1927364450@qq.com>\n主题: 转发：上线款付款提醒\n\n小韦，这个钱安排一下，10号付掉。', o("m_gx", 7, WEI, noquote=True, note="the boss's order quoted below her answer")),
    ("qqweb", "other", None, "王经理，我们还没有付，我也不知道什么时候付，这个要厂长定。", o("m_gx", 15, WEI, danger=True, note="negation: not paid, no commitment")),
]

YW = [
    ("qqapp", "paid", None, "付了付了 刚转的 支付宝转的 你们看下", o("m_yw", 1, LOU, noquote=True)),
    ("qqapp", "dispute", None, "年费怎么涨了 去年才一万二 今年一万九千八 我没同意过涨价 按去年的价格我就续", o("m_yw", 2, LOU, danger=True)),
    ("mmios", "bank_question", None, "王经理，我们能不能转到你们个人卡上？对公转账要走银行柜台，麻烦。如果只能对公，你们的账号是不是浙江的？开户行全称发我一下", o("m_yw", 3, LOU_W)),
    ("qqapp", "more_time", D(2026, 12, 31), "王经理 最近货款回不来 外国客人都在拖 年费能不能缓到月底 到时一次性付", o("m_yw", 4, LOU)),
    ("qqapp", "dispute", None, "我们不续了 系统用不习惯 下个月开始不用了 年费就不付了", o("m_yw", 7, LOU, danger=True, note="non-renewal: refuses the annual fee")),
]

# A second round on other days: tense, withdrawn answers, dates in other forms, forwards.
MORE = [
    ("ioszh", "paid", None, "上周五就付了啊 你们再查一下", o("m_wz", 7, YE, note="上周五: past, not a promise")),
    ("qqapp", "promise", D(2026, 12, 14), "王经理，老板说尾款下下周一付，到时候我提醒他。", o("m_wz", 2, ZHENG)),
    ("qqapp", "paid", None, "见附件", o("m_wz", 9, ZHENG, atts=["农商银行回单.pdf"])),
    ("qqweb", "dispute", None, "王经理您好，老板的意思是尾款等贵司把明年的维保合同签了再一起付，维保合同没签之前这笔先不付。", o("m_wz", 15, ZHENG, danger=True, note="a condition outside the contract: refusal for now")),
    ("n163", "other", None, "王经理：\n不好意思，上次回复有误，付出去的那笔是冷库租金，不是你们的二期款。二期款还没有付，什么时候付要等孙经理批。\n于红", o("m_dl", 7, YU_KJ, earlier="王经理，二期款已付，请查收。\n于红", danger=True, note="quoted earlier 'paid' withdrawn: not paid")),
    ("foxmail", "dispute", None, "王经理：\n\n不好意思，财务核了一下，二期款发票金额是12.8万，但合同约定二期为合同总额的30%，应该是12万整，多出8千元。麻烦贵司核实后重新开票，我们按12万付。\n\n于红", o("m_dl", 15, YU_KJ, danger=True, note="polite dispute of the amount")),
    ("olzhcnplain", "acceptance", None, "王经理：\n\n经我方组织复测，闸口车牌识别率已达99.2%，满足合同要求。我方同意通过验收，验收报告已签署，扫描件见附件。\n\n高建平", o("m_tj", 18, TJ_GM, atts=["验收报告（签署版）.pdf"])),
    ("mailmaster", "acceptance", None, "王经理：\n第四季度服务确认单我们已经盖好章了，扫描件附后，原件这两天寄给你们。\n彭丽", o("m_cs", 9, PENG, atts=["服务确认单（盖章）.pdf"])),
    ("huawei", "promise", D(2027, 1, 5), "王经理我们厂长说了下个月初付 榨季资金太紧了 你理解一下", o("m_gx", 9, ("韦秀梅", "1927364450@qq.com"))),
    ("qqweb", "promise", D(2026, 12, 23), "王经理：\n\n上线款经厂务会研究，定于二〇二六年十二月二十三日前付清。\n\n韦秀梅\n广西某糖业有限公司 财务部\n2026年12月11日", o("m_gx", 11, WEI, note="a date in the signature too")),
    ("coremail", "promise", D(2026, 12, 22), "王经理：\n付款审批已全部完成，财务公司3个工作日内付出。\n郝建国", o("m_sx", 17, HAO, note="3 working days from Thu 17 Dec")),
    ("foxmail", "dispute", None, "王经理：\n\n贵司开具的发票购买方名称写成了“山西某煤化工集团有限公司”，我们是子公司“山西某煤化工有限公司”，税号也是集团的。这张票我们入不了账，无法付款，请作废重开。\n\n贾晓琳", o("m_sx", 11, JIA, danger=True, note="wrong buyer name and tax number")),
    ("olzhcn", "promise", D(2026, 12, 11), "王经理，领导已批，见下。\n贾晓琳\n\n-----邮件原件-----\n发件人: 郝建国 [mailto:haojg@sxmeihua-chem.com.cn]\n发送时间: 2026年12月8日 16:02\n收件人: 贾晓琳\n主题: 转发: 进度款付款申请\n\n同意支付，请联系财务公司于12月11日前办理。\n郝", o("m_sx", 9, JIA, noquote=True, note="forwarded approval")),
    ("sina", "more_time", None, "王经理：\n中期款7.4万我们一次拿不出来，能不能分三个月付，每个月付两万五左右？\n财务 祁", o("m_lz", 7, LZ_CW)),
    ("tbzh", "partial_payment", None, "王经理：\n\n中期款先付了4万，剩余3.4万等12月下旬电费回来后付。\n\n马福成", o("m_lz", 10, MA, below=True)),
    ("huawei", "promise", D(2026, 12, 31), "钱元旦前一定转 社长讲的 你放心", o("m_pe", 14, LI)),
    ("huawei", "paid", None, "好的王经理钱下午转了 你明天看一下到没到", o("m_pe", 16, LI)),
    ("coremail", "promise", D(2026, 12, 15), "王经理：\n审价结论已下达，我单位将按审定金额付款，预计本月中旬办理。\n杜卫国", o("m_xa", 3, DU)),
    ("qqapp", "promise", D(2026, 12, 10), "明天转", o("m_yw", 9, LOU)),
    ("mmios", "resend_request", None, "王经理 上次发的付款码过期了扫不出来 能不能再发一个 我扫码付", o("m_yw", 10, LOU_W)),
    ("owazh", "other", None, "已阅。请财务部冯经理跟进。\n\n梁振邦", o("m_zh", 4, LIANG, danger=True, note="a hand-off, nothing paid")),
    ("alimail", "partial_payment", None, "王经理：\n上线款分两笔付，第一笔10万元今天已付，第二笔5万元元旦后付。\n财务部 冯", o("m_zh", 11, ZH_CW)),
    ("n126", "promise", D(2027, 1, 10), "王经理：新年度预算下达后第一批就付，元月10日前。彭丽", o("m_cs", 21, PENG)),
]

# fmt: on
M_ZH = PE + DL + XA + WZ + CS + ZH + TJ + LZ + SX + GX + YW + MORE

M_SET = M_ZH + M_INTL + M_MACHINE
