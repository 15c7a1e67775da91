"""Held-out set ZC (mainland, Simplified Chinese): written blind to the rules and earlier sets.

Six trades none of the earlier sets used, each answering its own reminder
(heldout_c_threads_zc.py): a Shenyang foundry (Northeastern speech), a Gansu hydropower SOE,
the Yichang meteorological bureau (treasury payments), a Datong daylily co-op (Shanxi speech,
voice input), a Xi'an district street-lighting office (Shaanxi speech) and a Changsha
postpartum-care centre (Hunan speech). Several people per firm, some writing twice.
More of the set: heldout_c_set_zc_intl.py (zh-Hant, en), heldout_c_machine_zc.py (machines).
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_zc  # noqa: F401  (registers the reminders)
from heldout_c_machine_zc import MACHINE
from heldout_c_set_zc_intl import INTL


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def P(name: str, email: str, thread: str, **kw: object) -> dict:
    return {"sender": (name, email), "thread": thread, **kw}


# 沈阳浑河重型铸造 (foundry; Northeastern speech)
YU = ("于德福", "yudefu@hhzhuzao.com")
SUN = ("孙丽华", "sunlihua_hh@163.com")
GAO = ("高建伟", "gaojw@hhzhuzao.com")
LIU = ("刘畅", "2853301947@qq.com")
WSF = ("王淑芬", "wangsf@hhzhuzao.com")
# 甘肃 黄河上游水电 (SOE)
MA = ("马志刚", "mazhigang@hhsydl.com.cn")
YANG = ("杨晓红", "yangxh@hhsydl.com.cn")
LJH = ("李建华", "lijianhua@hhsydl.com.cn")
ZHW = ("张伟", "zhangwei_yw@hhsydl.com.cn")
ZJB = ("总经理工作部", "zjb@hhsydl.com.cn")
FENG = ("冯会计", "fengkj@hhsydl.com.cn")
# 宜昌市气象局 (public body)
QIN = ("覃主任", "qinzr@ycqx.gov.cn")
XIANG = ("向会计", "xiangkj_ycqx@126.com")
ZHOU = ("周建国", "zhoujg@ycqx.gov.cn")
TIAN = ("田局", "tianju@ycqx.gov.cn")
TAN = ("小谭", "1527764093@qq.com")
# 大同云州 黄花菜 合作社 (Shanxi speech)
HAO = ("郝成旺", "3360128845@qq.com")
WU = ("武翠萍", "wucuiping_dt@sina.com")
HXJ = ("郝小军", "hxj.datong@gmail.com")
HXJ_QQ = ("郝小军", "874420196@qq.com")
ZHAO = ("赵师傅", "zhaoshifu@yzhhc.com")
# 西安 某区 城管局 路灯 (public body; Shaanxi speech)
FAN = ("樊振华", "fanzh@xaxqcg.gov.cn")
LEI = ("雷会计", "leikj@xaxqcg.gov.cn")
ZSS = ("张所长", "ldszhang@xaxqcg.gov.cn")
BGS = ("局办公室", "bgs@xaxqcg.gov.cn")
# 长沙 湘悦月子会所 (Hunan speech)
PENG = ("彭丽", "pengli@xiangyue-care.com")
XIE = ("", "caiwu@xiangyue-care.com")
LJ = ("刘娟", "liujuan_xy@163.com")
XZ = ("小周", "1903357726@qq.com")
MAGONG = ("马工", "ma.gong@xiangyue-care.com")
XL = ("出纳小罗", "2471908836@qq.com")

ZZ, SD, QX, HH, LD, YZ = "zc_zz", "zc_sd", "zc_qx", "zc_hh", "zc_ld", "zc_yz"

ZH: list[tuple] = [
    # ---- 沈阳 foundry
    ("huawei", "promise", D(8),
     "王经理啊那个钱我跟孙会计说了下礼拜二给你打过去你放心吧咱家不差这点钱",
     P(*YU, ZZ, noquote=True, danger=False)),
    ("n163", "promise", D(31),
     "王经理您好：\n\n二期款我们这边确实还没付，不是不付，是集团这个月资金卡得紧，各家都在排队。本月底前一定给您安排上，到时候回单发您。\n\n孙丽华\n沈阳浑河重型铸造有限公司 财务部\n2026年12月2日",
     P(*SUN, ZZ)),
    ("exmail", "dispute", None,
     "王经理：\n\n二期验收还没过呢。三号中频炉的炉前光谱数据到现在还是隔一阵丢一批，浇注记录跟炉号对不上，质量追溯这块等于没用，上礼拜客户来审核我们拿不出完整记录。\n\n这个问题不解决，二期款我这边不会签字。\n\n高建伟\n技术科",
     P(*GAO, ZZ, danger=True)),
    ("qqapp", "paid", None,
     "王经理，二期款168000今天上午已经从建行转出了，回单见附件，麻烦查收一下",
     P(*LIU, ZZ, day=D(9), atts=["建行电子回单.pdf"])),
    ("n163", "partial_payment", None,
     "王经理：\n\n二期款先付了十万，今天下午走的账，剩下六万八等二号炉那个丢数的事儿整明白了再付。回单附后。\n\n孙丽华",
     P(*SUN, ZZ, day=D(10), atts=["回单20261210.pdf"], danger=True)),
    ("huawei", "promise", None,
     "款子的事儿你别老整这个邮件催了 我们也没说不给 年前肯定给你结了",
     P(*YU, ZZ, day=D(7), note="年前 alone names no day (labels.yaml)")),
    ("olzhcn", "resend_request", None,
     "王经理你好，\n\n你们开的二期发票原件我们这边一直没收到，财务说没有发票入不了账，付款也走不了。麻烦把快递单号发一下，或者再寄一份。\n\n王淑芬\n采购部",
     P(*WSF, ZZ)),
    ("exmail", "acceptance", None,
     "王经理：\n\n三号炉丢数的问题昨天连续跑了72小时没再出现，二期验收单我已经签了，扫描件附上，原件走公司快递。\n\n高建伟",
     P(*GAO, ZZ, day=D(14), atts=["二期验收单.pdf"])),
    ("qqapp", "bank_question", None,
     "王经理问一下，你们那个账户是示例银行杭州分行下面哪个支行啊？我们网银要选到支行，下拉里杭州的有好几个，不敢乱选",
     P(*LIU, ZZ, day=D(3), danger=True)),
    ("n163", "paid", None,
     "王经理早上好，\n\n款是上周五打的，12月4号，168000全款，走的工行的户，您那边看看到没到账。\n\n孙丽华",
     P(*SUN, ZZ, day=D(7), note="paid last Friday (12-04), not a promise for Friday")),
    ("huawei", "promise", D(4),
     "付了吧应该是付了我问问孙会计啊 不对不对她说还没走完审批 这礼拜五之前指定给你整完",
     P(*YU, ZZ, danger=True, note="paid claim withdrawn in the same voice message")),
    ("olzhcn", "dispute", None,
     "王经理：\n\n你们开的二期发票税号开错了，我们税号是91210106MA0XK3R27B，发票上是91210106MA0XK3R72B，后两位颠倒了，认证不了。麻烦作废重开，重开之前这笔款付不了。\n\n王淑芬",
     P(*WSF, ZZ, day=D(4), danger=True)),
    ("qqapp", "other", None,
     "收到，我转给孙姐了，她今天请假，明天回来处理",
     P(*LIU, ZZ, day=D(3))),
    ("n163", "promise", D(18),
     "王经理：\n\n您说的情况了解了。我们老板的意思是先等技术科签字，我这边先把付款申请提了，审批走完大概十八号之前能付出去。\n\n----- 转发邮件 -----\n发件人：于德福 <yudefu@hhzhuzao.com>\n日期：2026年12月15日 08:12\n收件人：孙丽华\n主题：二期款\n\n高工签字了你就给人家付了别拖着",
     P(*SUN, ZZ, day=D(15), note="a forwarded internal order under the promise")),
    # ---- 甘肃 hydropower SOE
    ("olzhcn", "promise", D(25),
     "王经理：\n\n验收款付款申请已经流转至公司财务资产部，按集团资金中心统一安排，本月25日集中支付，届时请注意查收。\n\n马志刚\n生产技术部",
     P(*MA, SD)),
    ("owazh", "resend_request", None,
     "王经理：\n\n按我司付款管理规定，验收款支付需贵司提供以下资料：\n1. 增值税专用发票；\n2. 质量保证函原件（加盖公章）；\n3. 验收证书复印件。\n\n目前质保函原件尚未收到，请尽快寄至我司财务资产部，资料齐全后即进入付款流程。\n\n杨晓红\n财务资产部",
     P(*YANG, SD, note="documents for the payment file: resend_request")),
    ("coremail", "dispute", None,
     "王明经理：\n\n根据合同第六条第二款，验收款应在系统通过三个月试运行并出具最终验收报告后支付。目前试运行自10月28日起算刚满一个月，付款条件尚未成就，贵司所发提醒与合同约定不符，请核实。\n\n李建华\n物资部",
     P(*LJH, SD, danger=True)),
    ("ioszh", "dispute", None,
     "王工 巡检app在厂房水轮机层还是没信号 离线存不住 上周三台机组检修的点检记录全丢了 这个不弄好验收款我们班组不会同意的",
     P(*ZHW, SD, danger=True)),
    ("owazh", "partial_payment", None,
     "王经理：\n\n验收款265,000元中的212,000元（80%）已于12月3日通过银企直连支付；其余53,000元作为质保金，按合同约定在质保期满一年后支付。\n\n杨晓红",
     P(*YANG, SD, day=D(4), danger=True)),
    ("olzhcn", "more_time", D(31, 1, 2027),
     "王经理：\n\n今年集团资金计划已经下达，这笔验收款没能列进12月计划。能否宽限到明年1月底，我们列入1月计划支付？\n\n马志刚",
     P(*MA, SD, day=D(9))),
    ("olzhcnplain", "other", None,
     "王明经理：\n\n贵司来函已收悉，已转生产技术部、财务资产部按程序办理。\n\n总经理工作部\n2026年12月2日",
     P(*ZJB, SD)),
    ("tbzh", "paid", None,
     "王经理，验收款265000元已于今日通过银企直连支付，交易流水号2026120800153321，请查收。\n\n冯会计",
     P(*FENG, SD, day=D(8))),
    ("owazh", "bank_question", None,
     "王经理：\n\n核对付款信息时发现，合同附件三载明的收款账号尾号为5679，贵司邮件中为5678，两者不一致。集团要求付款至合同载明账户，请书面确认正确账号后我们再付款。\n\n杨晓红",
     P(*YANG, SD, day=D(3), danger=True)),
    ("olzhcn", "acceptance", None,
     "王经理：\n\n最终验收会昨天开完，专家组意见为通过，验收报告下周盖章后寄给你们。\n\n马志刚",
     P(*MA, SD, day=D(16))),
    ("ioszh", "other", None,
     "王工 离线缓存那个版本啥时候推 班组都在等",
     P(*ZHW, SD, day=D(10))),
    # ---- 宜昌 meteorological bureau
    ("n126", "promise", D(9),
     "王经理您好！\n尾款的支付申请已经报区财政了（国库集中支付），正常5个工作日左右到账，请耐心等待。",
     P(*XIANG, QX, note="5 working days from Wed 12-02 = 12-09; 左右 is a hedge")),
    ("coremail", "more_time", None,
     "王经理：\n\n今年预算指标已经用完，这笔尾款只能等明年预算批复下达后支付，具体时间要看财政下达指标的进度，预计明年3月前后。\n\n覃主任\n局办公室",
     P(*QIN, QX, note="payment made to wait for next year's public funds (预算批复下达后): more_time, as hj026, hj054; relabelled promise -> more_time (lead, session 14)")),
    ("tbzh", "dispute", None,
     "五峰和长阳两个区县站的数据到现在还上不来，平台一直显示离线，合同约定全部站点接入才算完成。完成之前我们科不会出验收意见，尾款先缓一缓。\n\n周建国\n观测与网络科",
     P(*ZHOU, QX, below=True, danger=True)),
    ("n126", "paid", None,
     "王经理：\n尾款58000元已于12月7日由国库支付，付款人显示为宜昌市财政局国库支付中心，请注意核对。附支付凭证截图。",
     P(*XIANG, QX, day=D(8), atts=["国库支付凭证.png"])),
    ("ioszh", "other", None,
     "王总，这个事我已交代办公室，你找覃主任对接。",
     P(*TIAN, QX)),
    ("qqweb", "other", None,
     "王工，平台登录的时候验证码老是刷不出来是么回事？另外催款这事我不管哈，你找向会计",
     P(*TAN, QX, day=D(3))),
    ("n126", "promise", D(18),
     "王经理您好，经请示领导，尾款定于十二月十八日前支付，请知悉。",
     P(*XIANG, QX, day=D(3))),
    ("coremail", "more_time", D(15, 1, 2027),
     "王经理：\n\n财政年底关账，12月20号以后不再受理支付申请，我们这笔怕是赶不上了，能不能推到明年一月中旬？\n\n覃主任",
     P(*QIN, QX, day=D(10))),
    ("tbzh", "acceptance", None,
     "两个站都接进来了，连续一周数据完整，我们科的验收意见已经报局里了，同意验收。\n\n周建国",
     P(*ZHOU, QX, day=D(11), below=True)),
    # ---- 大同 daylily co-op
    ("qqapp", "paid", None,
     "王经理夜来我叫翠萍给你们打过去了你查一哈收到没有",
     P(*HAO, HH, note="Shanxi 夜来 = yesterday: paid")),
    ("sina", "promise", None,
     "王经理：\n\n中期款46800元，我社本周先付两万，剩下的26800等十二月底烘干房的补贴下来一起付。\n\n武翠萍\n大同云州区黄花菜专业合作社",
     P(*WU, HH, note="a plan of two parts, the second waiting for a subsidy: no single day")),
    ("qqweb", "dispute", None,
     "王哥，网店订单同步还是不行，抖店跟拼多多的单子有一半进不来，我们现在还得手工录单。这个没弄好之前中期款我爸说先不付。",
     P(*HXJ_QQ, HH, danger=True)),
    ("huawei", "dispute", None,
     "二号烘干房那个温度探头又不准了显示六十度实际都七十多了烤糊了好几百斤黄花这个损失谁负责",
     P(*ZHAO, HH, danger=True)),
    ("sina", "paid", None,
     "王经理：\n中期款今天上午已付清，农商行汇款，回单附件请查收。\n武翠萍",
     P(*WU, HH, day=D(11), atts=["农商银行回单.jpg"])),
    ("qqapp", "dispute", None,
     "甚时候能把那个探头给换了 换了我就给你打钱 不换不给",
     P(*HAO, HH, day=D(3), danger=True)),
    ("gmailzh", "other", None,
     "王哥：\n\n我爸不会用邮箱，以后款的事你直接加我微信 hxj_datong，或者打我电话。发票也发我这个邮箱就行。\n\n小军",
     P(*HXJ, HH, day=D(3))),
    ("sina", "bank_question", None,
     "王经理：\n我们农商行转账要填对方行号，你们那个行号是多少？还有户名是不是就是“示例科技有限公司”全称，跟发票上盖的章名字一样不？",
     P(*WU, HH, day=D(4), danger=True)),
    ("qqapp", "promise", D(5, 1, 2027),
     "放心哇下个月初一准给你 补贴款到了就给",
     P(*HAO, HH, day=D(8), note="下个月初 = the 5th")),
    ("huawei", "acceptance", None,
     "新探头换上了这两天烘的都正常了没问题了你们那个系统我们认了",
     P(*ZHAO, HH, day=D(9))),
    # ---- 西安 street lighting
    ("olzhcn", "dispute", None,
     "王经理：\n\n经我科现场抽查，单灯控制器离线率超过15%，未达到合同约定的不高于3%，一期验收未通过，一期款暂不支付。请尽快整改，完成后书面申请复验。\n\n樊振华\n市政设施科",
     P(*FAN, LD, danger=True)),
    ("coremail", "other", None,
     "王经理：\n\n一期款需等验收报告和结算审计报告齐全后才能走国库支付，目前结算审计还没出，请耐心等待。\n\n雷会计",
     P(*LEI, LD, day=D(3), note="waits for the audit, no refusal and no day: the PM asks")),
    ("huawei", "dispute", None,
     "王工额给你说那个控制器嫑再发邮件催了 上礼拜下雨又坏了二十几个 你们赶紧派人来修 修不好钱的事就甭提咧",
     P(*ZSS, LD, danger=True)),
    ("olzhcn", "acceptance", None,
     "王经理：\n\n复验已于12月14日完成，离线率1.8%，验收通过。验收意见书已盖章，见附件。\n\n樊振华",
     P(*FAN, LD, day=D(15), atts=["一期验收意见书.pdf"])),
    ("coremail", "promise", D(23),
     "王经理：\n\n一期款已提交国库支付申请，预计12月23日前到账。\n\n雷会计",
     P(*LEI, LD, day=D(16))),
    ("coremail", "paid", None,
     "王经理：\n\n一期款132500元已于12月21日通过国库集中支付拨付，请查收。\n\n雷会计",
     P(*LEI, LD, day=D(22))),
    ("olzhcnplain", "other", None,
     "示例科技有限公司：\n\n你单位来函已收悉。该项目由市政设施科负责，请与樊振华科长联系，电话029-86xx5217。\n\n局办公室",
     P(*BGS, LD, day=D(3))),
    ("coremail", "resend_request", None,
     "王经理：\n\n录入财政系统需要贵单位开户许可证（或基本存款账户信息）复印件加盖公章，以及一期发票的电子版，请发至本邮箱。\n\n雷会计",
     P(*LEI, LD, day=D(9), note="documents asked for the treasury file")),
    # ---- 长沙 postpartum-care centre
    ("foxmail", "promise", D(10),
     "王经理您好，\n\n上线款39600元我们计划12月10日（下周四）支付，请知悉。\n\n湘悦月子会所 财务部",
     P(*XIE, YZ)),
    ("ioszh", "dispute", None,
     "王总，排班那块护士们反映好多问题，夜班交接记录还老是丢，客户投诉都投到我这里来了，款的事等你们改好了再说咯",
     P(*PENG, YZ, danger=True)),
    ("mailmaster", "acceptance", None,
     "王经理，我们门店的上线验收单已签字，附件请查收，款项请联系财务谢敏。",
     P(*LJ, YZ, day=D(7), atts=["上线验收单.pdf"])),
    ("foxmail", "partial_payment", None,
     "王经理：\n\n上线款已付19800元（回单见附件），剩余19800元按合同第五条，二店上线后支付。\n\n财务部 谢敏",
     P(*XIE, YZ, day=D(11), atts=["转账回单.pdf"], danger=True)),
    ("qqhtml", "other", None,
     "王经理，宝妈小程序上预约的时候选不了月嫂，是不是要开权限啊？",
     P(*XZ, YZ, day=D(4))),
    ("applezh", "more_time", D(16),
     "王总：\n\n这个月门店装修花钱多，上线款能不能给我们宽限两个星期？\n\n彭丽",
     P(*PENG, YZ)),
    ("foxmail", "paid", None,
     "见附件",
     P(*XIE, YZ, day=D(16), atts=["转账凭证.jpg"])),
    ("ioszh", "promise", D(31),
     "我没说不付啊，只是现在还冒付，月底前给你搞定，莫急咯",
     P(*PENG, YZ, day=D(8), danger=True)),
    ("alimail", "other", None,
     "王工您好：\n\n我是会所新的IT外包马工，系统对接的事以后找我。催款邮件我这边看不了账，已经转给谢会计了。\n\n马工",
     P(*MAGONG, YZ, day=D(9))),
    # ---- more of the same people
    ("n163", "promise", D(7),
     "王经理：\n\n更正一下：下面我说的“已付”是付的一期质保金，不是二期款，我搞混了，抱歉。二期款下周一付。\n\n孙丽华",
     P(*SUN, ZZ, day=D(3), danger=True, earlier="王经理，二期款已付，请查收。\n\n孙丽华",
       note="her own earlier 已付 quoted and corrected")),
    ("huawei", "paid", None,
     "嘎哈呢这是 钱不都给你们了吗 上个月二十号就打了 你们自己查查账",
     P(*YU, ZZ, day=D(8), danger=True, note="the boss says it was paid on Nov 20; angry, not an objection")),
    ("qqapp", "other", None,
     "王经理，回单我发错了，刚才那张是别家的，我们这边二期款还没付，您别弄混了",
     P(*LIU, ZZ, day=D(9), danger=True, note="a slip withdrawn: not paid, no day")),
    ("owazh", "dispute", None,
     "王经理：\n\n意见见下文标注。\n\n杨晓红",
     P(*YANG, SD, day=D(2), danger=True,
       inline=("付款截止日", "【杨晓红】该日期与合同不符。合同约定验收证书签发后30日内付款，验收证书11月30日才签发，应于12月30日前支付，目前并未逾期。"),
       note="inline answer under our due date: not overdue under the contract")),
    ("olzhcn", "other", None,
     "王经理：\n\n请问贵司能否出具一份延长质保期的承诺函？集团审计要求，格式不限，盖公章即可。\n\n马志刚",
     P(*MA, SD, day=D(11))),
    ("n126", "partial_payment", None,
     "王经理：\n尾款58000元，财政本次只拨付了40000元，已于今日支付；剩余18000元待明年指标下达后再付。\n向会计",
     P(*XIANG, QX, day=D(15), below=True, danger=True)),
    ("ioszh", "other", None,
     "收到。",
     P(*TIAN, QX, day=D(10))),
    ("coremail", "promise", D(31),
     "王经理：\n\n经与区财政协调，同意追加指标，尾款争取年底前支付。\n\n覃主任\n2026年12月14日",
     P(*QIN, QX, day=D(14))),
    ("qqapp", "more_time", None,
     "王经理你好我是老郝啊那个钱的事我跟你说一下今年黄花菜价格掉得厉害收购款还压着好几十万呢你看能不能缓上一缓过了年再说",
     P(*HAO, HH, day=D(4), note="过了年: no day")),
    ("qqweb", "resend_request", None,
     "王哥，翠萍姐说那张纸质发票找不着了，能再开一张电子的发过来吗？开数电票就行，发我这个邮箱。",
     P(*HXJ_QQ, HH, day=D(7))),
    ("huawei", "other", None,
     "额跟你说个事那个控制器修好咧这礼拜一个都没坏你们那个钱额给雷会计说咧让她赶紧走流程",
     P(*ZSS, LD, day=D(11), note="fixed, told the accountant to process: no day, no refusal")),
    ("coremail", "bank_question", None,
     "王经理：\n\n财政系统中贵单位收款账户开户行为“示例银行股份有限公司杭州分行营业部”，与发票备注及邮件中的“示例银行杭州分行”表述不一致，请确认是否为同一账户，并出具加盖公章的说明。\n\n雷会计",
     P(*LEI, LD, day=D(17), danger=True)),
    ("ioszh", "promise", D(18),
     "王总 钱我喊谢敏搞咯 她讲礼拜五之前打过来",
     P(*PENG, YZ, day=D(14))),
    ("foxmail", "promise", D(15),
     "王经理：\n\n上周四转的13200是另一份合同（二店硬件）的款，不是上线款哈。上线款还没付，12月15号付。\n\n财务部 谢敏",
     P(*XIE, YZ, day=D(7), danger=True)),
    ("mailmaster", "other", None,
     "王经理，顺便问一下，月嫂APP能不能加个上下班打卡的功能？护士长一直在问。",
     P(*LJ, YZ, day=D(10))),
    ("qqapp", "promise", D(23),
     "王经理，上线款我们二十天之内付清，您放心。",
     P(*XL, YZ, day=D(3))),
]  # fmt: skip

ZC_SET: list[tuple] = ZH + INTL + MACHINE
