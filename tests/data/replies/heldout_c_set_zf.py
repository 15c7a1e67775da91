"""Held-out set ZF (session 13): replies written blind to the rules, Simplified Chinese first.

Nine mainland clients answer reminders and demand letters over three weeks of December
2026: a county water bureau paying through the treasury, a county water-supply SOE, a
highway project department of a construction SOE, a rice mill, a hanfu workshop, a county
hospital, an apple co-operative, a sock factory and a broad-bean-paste maker. Bosses dictate
to their phones, cashiers answer from the QQ app, engineers report faults, accountants
correct themselves. heldout_c_set_zf_intl.py adds the Traditional Chinese and English
clients, heldout_c_machine_zf.py the machine mail; their threads are in
heldout_c_threads_zf.py. Labels follow labels.yaml's ``#`` conventions; where a reply fits
none, the entry's ``note`` says what a careful PM would decide.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_zf  # noqa: F401  (registers the threads)
from heldout_c_machine_zf import ZF_MACHINE
from heldout_c_set_zf_intl import ZF_INTL, e

D = date

# 平江县水利局 (Hunan, county water bureau; treasury payment)
LI = ("李建国", "lijianguo@pjsl.gov.cn")
WU = ("吴小芳", "wuxf_pjsl@126.com")
FANG = ("方志强", "fangzq@pjsl.gov.cn")
ZENG = ("曾国平", "zenggp@pjsl.gov.cn")
DENG = ("小邓", "2785531904@qq.com")
# 武安市供水有限公司 (Hebei, county SOE)
ZHAO = ("赵卫东", "zhaowd@wagsgs.com")
HAO = ("郝丽娟", "haolj@wagsgs.com")
ZHANG = ("张振山", "zhangzs@wagsgs.com")
LIUP = ("", "xxzx@wagsgs.com")
GAO = ("高敏", "gaomin@wagsgs.com")
WACN = ("武安供水出纳", "1365220871@qq.com")
# 毕威高速TJ-3标项目经理部 (Guizhou, construction SOE)
YANG = ("杨德明", "yangdm@qianlujs.com")
LUO = ("罗春梅", "luocm@qianlujs.com")
CHENY = ("陈勇", "chenyong@qianlujs.com")
ZJZX = ("资金中心", "zjzx@qianlujs.com")
LONG = ("老龙", "1528830467@qq.com")
ZHOUM = ("周敏", "zhoumin@qianlujs.com")
# 五常市稻香源米业 (Heilongjiang, rice mill)
SUN = ("孙长海", "sunch1968@163.com")
LIUGZ = ("刘桂芝", "liuguizhi_kj@163.com")
YU = ("稻香源网店-小于", "3087721150@qq.com")
SUNLI = ("孙丽", "1592208876@qq.com")
SUNHAO = ("Hao Sun", "sunhao.wc@gmail.com")
# 曹县锦裳汉服 (Shandong, hanfu workshop)
XIUMEI = ("锦裳王秀梅", "2046881379@qq.com")
CHENKJ = ("陈会计", "cxjs_kj@sina.com")
TIAN = ("小田", "1734456029@qq.com")
LIUYAN = ("刘艳", "liuyan_js@163.com")
LIQ = ("李强", "liqiang@jinshang-hf.com")
JSCN = ("锦裳-小王", "2956117730@qq.com")
# 固始县人民医院 (Henan, county hospital)
HUANG = ("黄志刚", "huangzg@gsrmyy.cn")
ZHOUYL = ("周玉兰", "zhouyl@gsrmyy.cn")
SBK = ("", "sbk@gsrmyy.cn")
CHENH = ("陈红", "chenhong@gsrmyy.cn")
HU = ("胡永刚", "huyg@gsrmyy.cn")
GSCN = ("财务科出纳", "1268893045@qq.com")
YB = ("院办", "yb@gsrmyy.cn")
# 阿克苏红旗坡苹果专业合作社 (Xinjiang, apple co-operative)
AYI = ("阿依古丽", "ayiguli_hqp@163.com")
MA = ("马建华", "1109873264@qq.com")
GULI = ("古丽娜", "gulina.aks@gmail.com")
AILI = ("艾力", "aili_hqp@163.com")
ZT = ("张涛", "zhangtao@hqpapple.com")
# 诸暨市恒丰针织 (Zhejiang, sock factory)
HE = ("何建平", "hejp@hf-knit.com")
HELI = ("", "caiwu@hf-knit.com")
SI = ("斯国强", "1987235006@qq.com")
CHENB = ("陈斌", "chenbin@hf-knit.com")
HFCN = ("恒丰出纳", "2331904576@qq.com")
# 临沂顺通专线物流 (Shandong, trucking line)
LIUZ = ("刘振海", "liuzhenhai_st@163.com")
MENG = ("孟会计", "shuntong_kj@sina.com")
SHUNCN = ("顺通出纳", "1390528874@qq.com")
LIUZW = ("刘振海", "liuzhenhai_st@163.com")
# 成都郫都区陈记豆瓣厂 (Sichuan, broad-bean paste)
CHENFG = ("陈富贵", "chenfugui_pd@163.com")
YXY = ("杨晓燕", "yangxy_pd@126.com")
PDLBN = ("陈记豆瓣", "1061958327@qq.com")
PK = ("刘品控", "liu_pk@163.com")

ZF_ZH = [
    # ---- 平江县水利局: treasury, a fault, acceptance, a returned payment ----
    e("qqapp", "other", None,
      "王经理 我是水利局出纳小邓 这个钱要走县财政国库支付的 不是我们局里直接付 你问财务股吴股长",
      "zf_pj1", 2, DENG, note="a cashier's hand-off: no payment news"),
    e("coremail", "other", None,
      "王经理：\n\n收到。二期款的事情局里知道，资金是县财政的防汛专项，要走国库集中支付，局里已经报到财政局了，"
      "财政那边审核还需要时间，具体哪天能支付我现在给不了准话。有结果了让财务股跟你们联系。\n\n李建国\n"
      "平江县水利局办公室\n0730-6221835",
      "zf_pj1", 2, LI, note="a hedge with no day (with the treasury): the PM asks"),
    e("n126", "promise", D(2026, 12, 9),
      "王经理您好，\n\n二期款的支付申请已经录入国库支付系统，目前在县财政局国库股审核，预计下周三之前能支付到账，"
      "到时把支付凭证发给您。\n\n吴小芳\n平江县水利局财务股\n电话：0730-6223107",
      "zf_pj1", 3, WU),
    e("olzhcn", "dispute", None,
      "王经理：\n\n二期款这边有个情况需要说明：11月份复核的时候，加义镇、长寿镇、龙门镇三个乡镇的雨量站连续一个多星期"
      "没有数据上传，平台上一直显示离线，到现在还没有处理好。按合同二期要系统稳定运行满三个月并经我办确认，"
      "这个确认我们现在签不了。请你们先派人把这三个站处理好，运行正常了我们再出确认单，款才能走。\n\n"
      "方志强\n平江县防汛抗旱指挥部办公室",
      "zf_pj1", 3, FANG, danger=True),
    e("ioszh", "dispute", None, "钱的事等防汛办把问题确认清楚了再说。", "zf_pj1", 4, ZENG, danger=True,
      note="the director holds the payment behind the engineers' fault report"),
    e("coremail", "resend_request", None,
      "王经理：\n\n来函收悉。关于二期款，说明两点：\n一、防汛办反映的三个雨量站离线问题，你们上周已派人处理，目前已恢复，"
      "防汛办正在观察；\n二、按县财政要求，国库支付时需提供运行确认单和发票原件，发票原件我局财务股至今未收到，"
      "请尽快寄送（地址：平江县城关镇天岳大道88号 平江县水利局财务股 吴小芳收，电话0730-6223107）。\n\n李建国",
      "zf_pj2", 8, LI),
    e("coremail", "other", None,
      "王经理：转发局长意见，供参考。\n\n李建国\n\n-------- 转发邮件 --------\n发件人：曾国平 <zenggp@pjsl.gov.cn>\n"
      "发送时间：2026年12月8日 17:42\n主题：关于山洪预警平台二期款\n\n建国：防汛办确认三个站恢复正常以后，二期款按程序报财政"
      "支付，不要拖。",
      "zf_pj2", 9, LI, note="a forwarded internal order: pay once confirmed, no day"),
    e("olzhcn", "acceptance", None,
      "王经理：\n\n三个雨量站恢复以后我们观察了一周，数据上传正常，我办已出具二期运行确认单，局领导已签字，扫描件附后。\n\n"
      "方志强",
      "zf_pj2", 10, FANG, atts=["二期运行确认单.pdf"]),
    e("n126", "promise", D(2026, 12, 31),
      "王经理：\n\n发票原件已收到。支付申请本周已重新提交国库，因年底财政资金调度比较紧，县财政说本月的支付都要排队，"
      "争取12月25日前支付，最迟不超过本月底。\n\n吴小芳",
      "zf_pj2", 11, WU, note="最迟本月底 is the day said as the last one; 争取25日前 is a hope"),
    e("coremail", "other", None,
      "孙经理：\n\n贵司催款函收悉。我局并非拒绝支付，二期款支付申请已于12月11日报县财政国库支付中心，目前正在审核中。"
      "请贵司理解政府资金的支付程序。\n\n平江县水利局办公室\n2026年12月15日",
      "zf_pjd", 15, LI, danger=True, note="answers the demand: not a refusal, in the treasury's review, no day"),
    e("qqapp", "paid", None,
      "王经理 二期款今天国库已经支付了 186000 支付凭证截图发你了 你们查收下",
      "zf_pjd", 17, DENG, atts=["国库支付凭证.jpg"]),
    e("n126", "bank_question", None,
      "王经理：\n\n12月17日国库支付的二期款186,000元，今天财政通知被退回了，原因是收款账号与户名不符。"
      "贵司邮件里给的账号尾号是6026，我们发票上打印的是6062，财政是按发票录入的。请确认正确账号后回复，我们重新提交。\n\n"
      "吴小芳\n平江县水利局财务股",
      "zf_pjd", 21, WU, danger=True, note="a payment returned and our account in doubt: not paid"),
    e("n126", "paid", None, "王经理：账号核对无误后，已于今日重新支付，请查收。\n\n吴小芳", "zf_pjd", 23, WU),
    # ---- 武安市供水有限公司: acceptance failed, tax rate, a bill of exchange ----
    e("foxmail", "other", None,
      "王工：\n\n催款邮件我已经转给财务部郝会计了，我们信息中心不管付款的事。\n\n刘鹏",
      "zf_wa1", 2, LIUP, note="a hand-off"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n你们的抄表系统上线三个月了，远传抄表成功率一直在93%上下，合同技术协议第4.2条写的是不低于98%。"
      "特别是老城区地下表井里的表，信号一直上不来，每个月还得派人去补抄。这个指标达不到，验收报告我们没法签，"
      "验收款也就谈不上。请你们尽快拿出整改方案。\n\n赵卫东\n武安市供水有限公司 客户服务中心",
      "zf_wa1", 2, ZHAO, danger=True),
    e("owazh", "other", None,
      "王经理好，\n\n验收款目前没有验收报告，按公司规定财务不能付款，等客服中心那边验收通过后再走流程。\n\n郝丽娟\n财务部",
      "zf_wa1", 3, HAO, note="finance waits for the acceptance report; the objection is the engineer's mail"),
    e("huawei", "dispute", None,
      "王经理你好 我是武安供水张振山 你们那个表的事赵主任跟我汇报了 抄不上来的那些表你们得给俺们解决了 "
      "这个钱不是不给 问题解决了马上给 你们下礼拜能不能派个技术过来",
      "zf_wa1", 4, ZHANG, danger=True, note="voice input: payment conditional on the fix"),
    e("alimail", "dispute", None,
      "王经理您好：\n\n贵司开具的发票税率为6%（信息技术服务），但合同约定的是设备及安装，应开具13%的增值税专用发票，"
      "我司财务无法入账。请将原发票作废后按13%重新开具。\n\n高敏\n武安市供水有限公司 采购部",
      "zf_wa2", 8, GAO, danger=True),
    e("foxmail", "other", None,
      "王工：\n\n上周你们的技术人员来了，老城区加装了4台中继器，这一周远传成功率到了98.6%，我们再观察两周后出验收意见。"
      "另外数据接口文档麻烦再发一份，我们要对接营收系统。\n\n刘鹏",
      "zf_wa2", 9, LIUP, note="progress on the fix and a technical document asked for"),
    e("owazh", "other", None,
      "收到。发票的问题采购已经跟你们说了，新发票到了以后，加上验收报告，我们在月底的资金计划里安排。"
      "另外公司付款一般用银行承兑汇票，半年期的，贵司能接受吗？\n\n郝丽娟",
      "zf_wa2", 9, HAO, note="conditional plan and a question about paying by bill: the PM answers"),
    e("olzhcn", "acceptance", None,
      "王经理：\n\n经过两周观察，远传抄表成功率稳定在98%以上，我中心同意验收，验收报告已签字盖章，原件已交财务部。\n\n"
      "赵卫东",
      "zf_wa2", 14, ZHAO),
    e("owazh", "dispute", None,
      "林经理：\n\n贵司12月14日的催款函收悉。需要说明的是，按合同第五条，验收款在验收合格且收到合规发票后30日内支付。"
      "我公司验收报告12月14日才签，付款期限从该日起算，目前不存在逾期，贵司函中“已逾期44天”的说法与事实不符。\n\n"
      "郝丽娟\n武安市供水有限公司财务部",
      "zf_wad", 15, HAO, danger=True, note="answers the demand: not overdue by the contract"),
    e("huawei", "more_time", D(2027, 2, 5),
      "王经理 发票收到了 验收也签了 可是年底了公司资金紧 这个钱能不能缓到春节前 春节前一定给你们结了 你看中不中",
      "zf_wad", 17, ZHANG, note="宽限到X = X; 春节前 = 除夕 (2027-02-05)"),
    e("qqweb", "paid", None,
      "王经理您好：\n\n验收款264,000元，我公司以银行承兑汇票方式支付，汇票已于今天背书转让给贵司，请在网银票据业务中签收。"
      "票据号码：130500000123420261218000471，到期日2027年6月18日。\n\n武安市供水有限公司 出纳",
      "zf_wad", 18, WACN, note="an endorsed bill is paid; its maturity is no promise"),
    # ---- 毕威高速TJ-3标项目经理部: pay-when-paid, gates, invoice entity, funds centre ----
    e("ioszh", "more_time", None,
      "王经理，晓得了。进度款我们项目部已经报上去了，但是业主这个季度的计量款还没拨下来，公司资金中心统一调度，"
      "业主的钱到了才能付分包和供应商。你们再等一哈。",
      "zf_qd1", 2, YANG, note="asks to wait for the owner's money: no day"),
    e("owazh", "other", None,
      "王经理您好：\n\n第三期进度款152,400元已在公司资金管理系统发起支付申请，流程编号ZJ-2026-11-0387，目前在公司总会计师处"
      "审批。审批完了我再告诉您具体日期。\n\n罗春梅\n毕威高速TJ-3标项目经理部 财务\n2026年12月3日",
      "zf_qd1", 3, LUO, note="in approval, no day"),
    e("exmail", "dispute", None,
      "你们的人脸识别闸机，隧道口那两台，早上零下两三度的时候基本识别不出来，工人排队半个钟头进不去，上周业主检查还被通报了。"
      "考勤数据对不上，劳务实名制这块这个月的工资表都没法跟系统核对。这个问题不解决，项目部不会签这期的进度确认。\n\n陈勇\n"
      "安全总监",
      "zf_qd1", 3, CHENY, danger=True),
    e("qqapp", "other", None,
      "王经理 我是隧道口劳务队的老龙 你们那个闸机早上认不到人 工人都是翻过去的 你们快点派人来看一哈嘛 搞不好老板又要扣我们的钱",
      "zf_qd1", 4, LONG, danger=True, note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    e("ioszh", "acceptance", None,
      "王经理：闸机的问题你们周末来人换了加热罩，这两天早上识别都正常了。进度确认单我已经签了。"
      "付款还是要等业主计量款，业主说月底前拨，到了以后资金中心就安排你们的。",
      "zf_qd2", 8, YANG, note="the month-end is the owner's payment to them, not ours: no day"),
    e("olzhcnplain", "promise", D(2026, 12, 21),
      "王经理：\n\n经核查，贵司第三期进度款已列入12月份资金计划，计划于12月20日集中支付（遇周末顺延至下一工作日）。"
      "请勿重复催收。\n\n资金中心\n贵州黔路建设第二工程有限公司",
      "zf_qd2", 9, ZJZX, note="20 December 2026 is a Sunday: the next working day"),
    e("alimail", "dispute", None,
      "王经理：\n\n贵司开具的发票购买方名称为“贵州黔路建设有限公司”，但合同签订主体是“贵州黔路建设第二工程有限公司”，"
      "应以二公司名义开票（纳税人识别号等开票信息见附件），请重新开具后寄项目部。原发票我们退回。\n\n周敏\n商务合约部",
      "zf_qd2", 10, ZHOUM, danger=True, atts=["开票信息.pdf"]),
    e("exmail", "other", None,
      "闸机这一周都正常，劳务实名制数据对上了，这期我们没有意见了。另外下一个标段（TJ-5）也想上你们的系统，报价发一下。\n\n陈勇",
      "zf_qd2", 11, CHENY, note="relabelled acceptance -> other by the convention 'An objection dropped or our fix found working, with no acceptance said … is other' (session 17)"),
    e("olzhcnplain", "promise", None,
      "王经理：\n\n因发票需重开，贵司第三期进度款调整至2027年1月份资金计划支付，具体日期另行通知。\n\n资金中心",
      "zf_qd2", 14, ZJZX, note="a month, no day"),
    e("owazh", "promise", D(2026, 12, 28),
      "王经理，新发票收到了。我跟资金中心沟通过，可以补进12月的第二批，12月28日支付，不用等到1月份了。\n\n罗春梅",
      "zf_qd2", 16, LUO, note="corrects the funds centre's January"),
    e("ioszh", "more_time", D(2027, 1, 15),
      "王经理，资金中心那边说发票重开了只能排到1月份，我又去找了罗会计。实在不行的话，你们能不能宽限到一月中旬？到时候我盯着付。",
      "zf_qd2", 15, YANG, note="宽限到一月中旬 = 15 January"),
    e("olzhcnplain", "partial_payment", None,
      "王经理：\n\n第三期进度款已于今日通过建设银行支付144,780.00元（按合同第十二条扣留5%质保金7,620.00元，"
      "质保期满后无息支付），电子回单附后。\n\n资金中心\n联系电话：0851-85210376",
      "zf_qd2", 28, ZJZX, atts=["电子回单.pdf"], note="a retention withheld beside the payment"),
    # ---- 五常稻香源米业: voice, anti-counterfeit codes, instalments, a correction ----
    e("huawei", "promise", None,
      "王经理啊 我老孙 这钱的事儿你别着急 这阵子新米下来贼忙 收粮压了一大笔钱 等月底粮款回笼了就给你打过去 差不了你的",
      "zf_dx1", 2, SUN, note="waits for the grain money at month-end: no day of its own"),
    e("n163", "promise", None,
      "王经理您好，\n\n尾款68000元老板已经同意了，我这边这周五之前先付三万，剩下的三万八月底前付清。\n\n刘桂芝\n稻香源米业 财务",
      "zf_dx1", 3, LIUGZ, note="a two-part plan: null"),
    e("qqapp", "bank_question", None,
      "王经理 你们账户开户行写的是招商银行杭州分行 没有支行名字 我们网银里选不出来 是哪个支行",
      "zf_dx1", 3, SUNLI, danger=True),
    e("qqapp", "other", None, "王经理 尾款还没付 老板还没签字 签了我就转", "zf_dx1", 3, SUNLI,
      danger=True, note="not paid yet, no day"),
    e("qqweb", "dispute", None,
      "你好，我是稻香源网店的小于。\n你们的防伪码系统有问题：同一个码被扫了好几次，消费者扫出来显示“该码已被查询12次，谨防假冒”，"
      "好几个买家来闹退货，说我们卖假米，店里差评都好几个了。这个事不解决，尾款老板说先压着。",
      "zf_dx1", 4, YU, danger=True),
    e("huawei", "dispute", None,
      "小于说的那个码的事儿 你们赶紧给整明白了 整不明白这钱俺可不给", "zf_dx1", 4, SUN, danger=True),
    e("qqapp", "dispute", None,
      "王经理，今天先付了三万，回单发你，剩下的等防伪码那事弄好了再说。",
      "zf_dx2", 7, SUNLI, danger=True, atts=["回单.jpg"], note="part paid, the rest held until our fix"),
    e("gmailzh", "promise", D(2026, 12, 31),
      "王经理您好，我是孙长海的儿子孙浩，现在店里线上这块归我管。\n\n扫码次数的问题你们技术给我们解释了，"
      "是我们包装车间贴标的时候测试扫了码，不完全是系统的问题。你们改了显示规则以后现在正常了。剩下的尾款我让刘姨月底前付。\n\n"
      "孙浩",
      "zf_dx2", 8, SUNHAO),
    e("n163", "partial_payment", D(2026, 12, 31),
      "王经理：\n\n12月7日已付30,000元（农商行回单附后），余款38,000元月底前付清，请核对。\n\n刘桂芝",
      "zf_dx2", 10, LIUGZ, atts=["农商行回单.pdf"]),
    e("huawei", "more_time", None,
      "王经理 跟你说个事儿 那个剩下的钱 能不能过了年再给你 今年粮价不好 收的粮压在库里卖不出去 资金是真转不开了 你看行不行",
      "zf_dx2", 16, SUN),
    e("gmailzh", "promise", D(2026, 12, 29),
      "王经理，我爸那封邮件您别当真，他一着急就那样。我跟刘姨说好了，剩下的38000这个月29号之前肯定付。\n\n孙浩",
      "zf_dx2", 17, SUNHAO),
    e("gmailzh", "promise", D(2026, 12, 29),
      "王经理：\n\n催款函收到了。对款项本身我们没有异议，之前付了30,000元，剩余38,000元我们12月29日前付清，"
      "请贵司不要走法律程序。\n\n孙浩\n五常市稻香源米业有限公司",
      "zf_dxd", 15, SUNHAO, note="answers the demand: no objection and a day"),
    e("qqapp", "paid", None, "王经理 剩下的38000今天付了 你看下到没到", "zf_dx2", 29, SUNLI),
    e("n163", "resend_request", None,
      "王经理：\n\n尾款已经付清了，但尾款的发票我们一直没收到，麻烦再寄一份，或者发个电子版到这个邮箱。\n\n刘桂芝",
      "zf_dx2", 30, LIUGZ),
    e("huawei", "paid", None, "王经理 剩下那三万八 丽丽昨天给你打了 这回咱可两清了啊", "zf_dx2", 30, SUN),
    # ---- 曹县锦裳汉服: livestream orders, small-scale taxpayer, an account-change call ----
    e("sina", "other", None,
      "王经理你好，收到。上线款的事我要问一下老板，老板这几天在杭州看面料，回来了我再跟您说。\n\n陈会计",
      "zf_js1", 2, CHENKJ),
    e("qqapp", "more_time", None,
      "王经理 俺是锦裳的王秀梅 你说那个上线款俺知道 这几天双十二直播备货忙得脚不沾地 等双十二过了俺就叫会计给你打 中不中",
      "zf_js1", 2, XIUMEI, note="asks (中不中) to wait until after 12.12: no day"),
    e("qqhtml", "dispute", None,
      "王经理，直播间的订单同步有问题，昨天晚上直播卖了1300多单，你们系统里只进来900多单，剩下的得我们客服一单一单从抖店后台"
      "导出来补，差点发错货。老板说这个问题不解决，上线款不能给。\n\n客服主管 小田",
      "zf_js1", 3, TIAN, danger=True),
    e("mailmaster", "dispute", None,
      "王经理，排单系统用着还行，就是马面裙的尺码表（XS到3XL，还有加长款）你们没加进去，打版那边现在还是手写单子。"
      "上线的时候说好要加的，加不上这个上线就不算完。\n\n生产部 刘艳",
      "zf_js1", 4, LIUYAN, danger=True, note="a promised function missing at go-live (held)"),
    e("ioszh", "promise", D(2026, 12, 14), "王经理，上线款下下周一之前付。", "zf_js1", 2, LIQ,
      note="下下周一 from Wednesday 2 December"),
    e("sina", "dispute", None,
      "王经理：\n\n上线款45,600元的事老板交代了，等订单同步的问题处理好了再付。另外我们是小规模纳税人，开普票就可以，"
      "你们上次开的是专票，我们不需要，麻烦重开成普票。\n\n陈会计",
      "zf_js2", 8, CHENKJ, danger=True),
    e("mailmaster", "bank_question", None,
      "王经理，还有个事问一下：你们公司的收款账户是不是换了？我们会计说上个月有人打电话，说你们公司账户变了，让打到一个新账户，"
      "我没敢让她转。你们确认一下？\n\n刘艳",
      "zf_js2", 8, LIUYAN, danger=True, note="a call about a changed account: the fraud pattern"),
    e("qqapp", "dispute", None,
      "王经理 俺又看了一下 恁那个系统昨天晚上又掉单了 三百多单 这钱俺先不给了 恁啥时候弄好了俺啥时候给",
      "zf_js2", 9, XIUMEI, danger=True),
    e("ioszh", "promise", D(2026, 12, 15),
      "王经理，同步的问题你们工程师远程调了，这两天直播订单都对上了，尺码表也加了。上线款三个工作日内让会计付了。",
      "zf_js2", 10, LIQ),
    e("qqweb", "paid", None,
      "王经理您好，上线款45600元己经转了，回单在附件，麻烦查收。普票的事陈会计跟你们说过了吧？",
      "zf_js2", 11, JSCN, atts=["转账回单.pdf"]),
    e("qqapp", "paid", None, "王经理 钱俺叫会计打过去了 恁看看到了没 俺们这回可没拖恁的", "zf_js2", 12, XIUMEI),
    e("sina", "resend_request", None, "王经理，普票还没收到，电子的也行，发到这个邮箱就行。\n\n陈会计",
      "zf_js2", 14, CHENKJ),
    # ---- 固始县人民医院: three signatures, false alarms, the president's meeting, instalments ----
    e("olzhcn", "dispute", None,
      "王经理：\n\n中期款的情况我已转财务科。按院里规定，付款需要信息科、设备科、护理部三方签字的阶段验收报告，"
      "目前护理部还没有签，主要是输液监控在两个病区报警不准。请你们和护理部陈主任对接。\n\n黄志刚\n固始县人民医院信息科\n"
      "电话：0376-4981023",
      "zf_gs1", 2, HUANG, danger=True),
    e("ioszh", "dispute", None,
      "输液监控那个，内三和外二病区夜里经常误报“输液完毕”，护士跑过去一看还有小半瓶，一晚上十几次，大家意见很大。"
      "这个不解决我们签不了字。",
      "zf_gs1", 3, CHENH, danger=True),
    e("mmios", "other", None, "已阅，请信息科牵头处理。", "zf_gs1", 3, HU),
    e("mmios", "other", None, "中期款不是上个月就已经付了吗？请财务科核实一下再回复对方。", "zf_gs1", 2, HU,
      danger=True, note="an unsure question that looks like paid: the PM asks"),
    e("coremail", "other", None,
      "王经理您好：\n\n贵司的发票我科已收到，但阶段验收报告还没有，财务科没法办理。资料齐全后按院内流程报院长办公会审批。\n\n"
      "周玉兰\n财务科",
      "zf_gs1", 3, ZHOUYL, note="finance waits for the sign-off"),
    e("foxmail", "other", None,
      "王经理，设备科这边设备到货和安装都没有问题，我们的字已经签了。\n\n设备科 李涛",
      "zf_gs1", 4, SBK, note="one of three signatures"),
    e("applezh", "acceptance", None,
      "这周两个病区试了你们的新版本，误报少多了，一晚上一两次，还能接受。护理部这边可以签了。",
      "zf_gs2", 9, CHENH),
    e("olzhcn", "acceptance", None,
      "王经理：\n\n三方签字的阶段验收报告已经齐了，今天已交财务科。\n\n黄志刚",
      "zf_gs2", 10, HUANG, atts=["阶段验收报告.pdf"]),
    e("coremail", "other", None,
      "王经理：资料已齐，说明如下。",
      "zf_gs2", 11, ZHOUYL, inline=("请贵司尽快安排支付", "【周玉兰】中期款拟提交12月院长办公会审议，院长办公会一般月中召开，"
                                     "通过后安排支付。因医保基金回款慢，医院资金紧张，具体支付时间待定。"),
      note="an answer inline in the quote: a meeting's day is no payment day, 待定"),
    e("tbzh", "dispute", None,
      "你好，你们邮件里附的发票抬头写的是“固始县医院”，我院全称是“固始县人民医院”，统一社会信用代码124115254170219836，"
      "请按全称重开，否则财务不能入账。\n\n院办",
      "zf_gs2", 14, YB, below=True, danger=True),
    e("coremail", "dispute", None,
      "林经理：\n\n贵司催款函收悉。我院为公立医院，付款须按财政及医院财务管理规定执行。该笔款项的阶段验收于12月10日才完成，"
      "合同第七条约定“验收合格后60日内支付”，目前尚在约定期限内，不构成逾期。贵司函中所述“已逾期45天”与事实不符，"
      "请予更正。\n\n固始县人民医院财务科\n2026年12月15日",
      "zf_gsd", 15, ZHOUYL, danger=True),
    e("mmios", "promise", None,
      "林经理，院长办公会昨天研究了，同意支付，但今年医院资金确实困难，中期款分两次付：这个月先付十万，"
      "剩下的十三万八明年一季度付。请理解。\n\n胡永刚",
      "zf_gsd", 16, HU, note="a two-part plan stated by the hospital: null"),
    e("qqapp", "partial_payment", None, "林经理 中期款先付的十万今天付了 回单截图发你", "zf_gsd", 24, GSCN,
      atts=["回单截图.png"]),
    e("coremail", "partial_payment", D(2027, 3, 31),
      "林经理：\n\n重开的发票已收到。12月24日已支付100,000元，余款138,000元列入医院2027年第一季度资金计划，"
      "最迟3月31日前付清。\n\n周玉兰",
      "zf_gsd", 28, ZHOUYL),
    # ---- 阿克苏红旗坡苹果合作社: season sales, probes, 联行号 ----
    e("n163", "promise", D(2026, 12, 15),
      "王经理你好，二期款我们知道的，现在苹果正在卖，冰糖心的货款要等客户回款，12月中旬以前我们一定付。\n\n阿依古丽",
      "zf_ak1", 2, AYI),
    e("qqapp", "promise", D(2026, 12, 15),
      "王经理 你好 我马建华 冷库那个温度报警晚上老是响 艾力说是探头的问题 你们看一下 钱的事情中旬以前付 放心 我们合作社讲信用的",
      "zf_ak1", 3, MA, note="a fault named beside a promise that is not held"),
    e("huawei", "other", None,
      "王经理 3号冷库的两个温度探头读数比实际高2度多 半夜报警 照片拍了 你们派人来换一下",
      "zf_ak1", 4, AILI, danger=True, atts=["IMG_20261204_023118.jpg"], note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    e("n163", "resend_request", None,
      "王经理，上次你们寄来的二期发票我们找不到了，能不能重新寄一份，或者发个电子版？\n\n阿依古丽",
      "zf_ak1", 4, AYI),
    e("olmobzh", "promise", D(2026, 12, 11),
      "王经理，你们换探头的人来了，换完以后温度正常了。二期款的事我跟阿依古丽说了，这周五前付。\n\n张涛",
      "zf_ak2", 10, ZT),
    e("n163", "bank_question", None,
      "王经理：我们的开户行是阿克苏农商银行，转账的时候要填你们的联行号，邮件里没有，请发一下。\n\n阿依古丽",
      "zf_ak2", 10, AYI, danger=True),
    e("n163", "paid", None, "", "zf_ak2", 14, AYI, atts=["二期款转账回单.pdf"],
      note="a slip named as one, no words"),
    e("qqapp", "paid", None,
      "王经理 钱付了吧 阿依古丽说昨天专账了 你们收到了没有 收到了说一声", "zf_ak2", 15, MA,
      note="the chairman passes on the accountant's payment"),
    # ---- 诸暨恒丰针织: the board, a wrong fault, invoice date ----
    e("ioszh", "promise", D(2026, 12, 31), "晓得了，尾款元旦前付。", "zf_zj1", 2, HE),
    e("qqapp", "dispute", None,
      "王工 看板上机台状态老是不对 机器停了它还显示在织 一车间三十几台都这样 工人的计件产量都算错了 这个月工资都没法算 "
      "你们赶紧来弄",
      "zf_zj1", 3, SI, danger=True),
    e("foxmail", "promise", D(2026, 12, 18),
      "王经理：\n\n您好！尾款73,500元老板已批，计划12月18日支付。\n另：上月发票的开票日期是11月，我司11月已结账，"
      "麻烦开一张12月日期的，原发票我们寄回。\n\n何丽\n恒丰针织 财务部\n0575-87162233",
      "zf_zj1", 4, HELI, note="a promise with a reissue asked beside it (no fault said)"),
    e("alimail", "other", None,
      "王工，机台状态的问题查了，是我们车间几台老机器的信号线接触不良，不是你们系统的问题，已经换了线。斯主任那边我去说。\n\n陈斌",
      "zf_zj2", 8, CHENB, danger=True, note="the client withdraws its own fault report"),
    e("foxmail", "promise", D(2026, 12, 18),
      "王经理：\n\n您好！尾款按原计划12月18日支付，新发票已收到，谢谢。\n\n何丽", "zf_zj2", 10, HELI),
    e("ioszh", "promise", D(2026, 12, 22), "王工，18号那天资金有点紧，推到22号付，跟你说一声。", "zf_zj2", 15, HE,
      note="a day given up for a later one"),
    e("qqweb", "paid", None,
      "王经理：尾款73500元今天下午已经付了，跨行的，银行说要到明天才能到账。",
      "zf_zj2", 22, HFCN),
    e("ioszh", "paid", None, "上礼拜二就付了，你们财务查一下。", "zf_zj2", 28, HE),
    # ---- 临沂顺通专线物流: a grace of two weeks, a private account, paid ----
    e("huawei", "more_time", D(2026, 12, 17),
      "王经理 俺是顺通的老刘 你说那钱俺知道 这个月运费都压在客户那里 能不能再宽限俺两个礼拜 俺不是赖账的人",
      "zf_ly1", 3, LIUZ, note="宽限两周 = day + 14"),
    e("sina", "promise", D(2026, 12, 17),
      "王经理：\n\n老板说宽限两周，12月17号之前我们一定付。\n\n顺通物流 财务 孟会计\n电话：0539-8317726",
      "zf_ly1", 4, MENG),
    e("sina", "bank_question", None,
      "王经理：\n\n问一下，贵司有没有对私的账户？我们老板说对私转账快，对公要等审批。\n\n孟会计",
      "zf_ly2", 8, MENG, danger=True, note="a question about our accounts: only the PM answers"),
    e("qqweb", "paid", None,
      "王经理您好，运单管理系统尾款36,800元已于今日支付，请查收，回单在附件。", "zf_ly2", 17, SHUNCN,
      atts=["尾款回单.pdf"]),
    e("huawei", "paid", None, "王经理 钱昨天下午打过去了 俺看银行卡扣了 你们查查到了没", "zf_ly2", 18, LIUZW),
    # ---- 成都郫都陈记豆瓣: Sichuan speech, a gateway, a transfer that did not leave ----
    e("huawei", "promise", D(2026, 12, 9),
      "王经理 晓得了晓得了 那个钱嘛 这个礼拜忙得很 下个礼拜三之前给你打过来 要得不",
      "zf_pd1", 2, CHENFG),
    e("n126", "bank_question", None,
      "王经理你好，\n\n尾款我们老板说了下周三前付，到时候我把回单发你。请问一下：合同上写的开户行是工商银行，"
      "你们邮件里写的是招商银行，账号也不一样，以哪个为准？\n\n杨晓燕\n陈记豆瓣厂 会计",
      "zf_pd1", 3, YXY, danger=True),
    e("qqapp", "resend_request", None, "王经理 你们的对公账号再发我一下嘛 我用手机银行转", "zf_pd1", 4, PDLBN),
    e("qqapp", "dispute", None,
      "王经理 发酵池那个温度计 晚上又没得数据了 老陈说钱先莫忙着给 等你们来看了再说",
      "zf_pd2", 8, PDLBN, danger=True),
    e("mailmaster", "other", None,
      "王经理，\n\n3号、7号发酵池的温湿度传感器从12月6日晚上开始断线，数据有两天空白，我们的批次记录不完整，"
      "出口的那批货要补记录。请尽快处理。\n\n品控 刘",
      "zf_pd2", 9, PK, danger=True,
      note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    e("huawei", "promise", D(2026, 12, 14),
      "王经理 你们的人今天来了 换了个啥子网关 现在数据又有了 钱的事情下个礼拜一给你打 这回不得拖了",
      "zf_pd2", 11, CHENFG),
    e("n126", "paid", None, "王经理，尾款39,800元已转，请查收。\n\n杨晓燕", "zf_pd2", 14, YXY, atts=["网银回单.png"]),
    e("n126", "promise", D(2026, 12, 16),
      "王经理，不好意思，今天我看了下网银，昨天那笔显示“银行处理中”，钱并没有扣，可能是超过了单日限额。今天已经重新提交了，"
      "到账应该是今天或者明天。\n\n杨晓燕",
      "zf_pd2", 15, YXY, danger=True, earlier="王经理，尾款39,800元已转，请查收。\n\n杨晓燕",
      note="her own paid claim quoted and corrected; 今天或明天 = the later day"),
    e("qqweb", "paid", None, "王经理，这回银行显示交易成功了，钱应该到了吧？", "zf_pd2", 17,
      ("陈记豆瓣出纳", "2210573368@qq.com")),
]  # fmt: skip

ZF_SET = ZF_ZH + ZF_INTL + ZF_MACHINE
