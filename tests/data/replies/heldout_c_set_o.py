"""Held-out set O: mainland clients' replies (zh), plus the overseas, bilingual and machine parts.

Written blind: its author never opened ``daemon/inbox/``, the corpus bodies, the reply tests
or the earlier sets' bodies; only the machinery (``heldout_c_mime/quote/styles.py``, the
generator) and labels.yaml's conventions. Each reply answers its own client's reminder
(``heldout_c_threads_o.py``) on its own day, dated in the sender's zone; labels follow
labels.yaml (dates from the reply's day; ambiguous = the kind that makes cuikuan ask the PM).
Clients: a Shenyang heavy-machinery SOE's 财务共享中心, a Xiamen tea-shop franchisor, a
Guangzhou private hospital group, a Nantong home-textile exporter, a Kunming cut-flower
exporter, a Zhengzhou airport logistics hub, a Qinghai salt-lake lithium company, a Shantou
toy maker and a Baotou rare-earth trader (the rest in ``heldout_c_set_o_intl.py``).
"""

from __future__ import annotations

from heldout_c_machine_o import MACHINE
from heldout_c_set_o_intl import INTL
from heldout_c_threads_o import d, o

SY = "o_sy"
# Shenyang heavy-machinery SOE: OA workflow numbers, 资金计划, the group's Thursday payment day.
SHENYANG = [
    o("olzhcn", "other", None,
      "李经理您好：\n\n共享中心这边只负责审核和支付，付款申请需要由业务部门（信息化部）在OA里发起。"
      "您的邮件我已转给信息化部张建国部长，请他们尽快提交。\n\n孙丽华\n北重装备集团 财务共享中心 应付科\n"
      "024-2586 7730", "sy_sun", SY, 1),
    o("foxmail", "dispute", None,
      "您好：\n\n经我中心审核，贵司随付款申请提交的发票为数电普票，根据集团《供应商发票管理办法》，技术服务类采购"
      "须取得增值税专用发票方可入账付款。请将原发票红冲后重新开具数电专票，抬头信息如下：\n\n"
      "名称：北重装备集团有限公司\n纳税人识别号：91210106MA0Y7K3C2R\n\n在取得合规发票之前，本笔款项暂无法支付。\n\n"
      "财务共享中心 应付审核岗\n（本邮箱为共享中心公共邮箱，仅受理发票及付款事宜）", "sy_fssc", SY, 3),
    o("olzhcnplain", "resend_request", None,
      "李经理，麻烦把上线确认单的扫描件再发我一下，OA付款流程里要挂附件，之前那份找不到了。谢谢", "sy_liu", SY, 2),
    o("olzhcn", "dispute", None,
      "李经理：\n\nOA付款流程（流程号FK-20261118-0734）今天在总会计师节点被退回了，审批意见是“验收报告缺使用部门会签”。\n"
      "需要贵司项目组配合，把验收报告重新走一遍会签（财务部、审计部都要签），补齐之前这笔钱付不出去。"
      "你们实施顾问下周一能来一趟吗？\n\n张建国\n信息化部", "sy_zhang", SY, 4),
    o("coremail", "acceptance", None,
      "李经理：\n\n验收报告的会签已经补齐（财务部、审计部均已签字），扫描件见附件，OA付款流程已重新提交。\n\n张建国",
      "sy_zhang", SY, 7, atts=["验收报告_会签版.pdf"]),
    o("foxmail", "bank_question", None,
      "李经理您好：\n\n我中心今天收到一封自称贵司财务部的邮件（发件地址 finance@examp1e-tech.cn），称贵司收款账户已变更为"
      "“某银行深圳福田支行”，要求上线款付至新账户。请问是否属实？在贵司书面确认之前，我中心不会向任何新账户付款。\n\n"
      "财务共享中心 应付审核岗", "sy_fssc", SY, 10, trap=True, note="a phishing doubt: bank details changed?"),
    o("coremail", "promise", d(12, 17),
      "孙科长转来的提醒收悉。\n\n贵司上线款的付款申请已在OA重新走完审批（流程号：FK-20261118-0734），已列入集团12月资金计划第三周。"
      "集团资金中心每周四集中对外支付，这笔预计12月17日付出，请届时查收。\n\n如有疑问可直接联系我。\n\n刘洋\n"
      "北重装备集团 财务共享中心 应付核算组\n电话：024-2586 7731（工作日 8:30-17:00）\n地址：沈阳市铁西区北二中路2026号",
      "sy_liu", SY, 8),
    o("coremail", "more_time", None,
      "李经理：\n\n抱歉通知您，接集团通知，年底压降“两金”，12月资金计划已冻结，不再追加。贵司上线款原定本月17日的支付"
      "需要顺延到明年1月的资金计划里，具体哪天要等1月计划下达后才能定，定了第一时间告诉您。\n\n刘洋",
      "sy_liu", SY, 15),
    o("owazh", "promise", d(1, 14, 2027),
      "收到贵司《催款函》。说明如下：\n\n上线款我司从未拒付，付款流程已于12月7日审批完毕，因集团年底资金管控顺延至2027年1月资金计划，"
      "预计1月14日（集团统一支付日）付出。在此之前请勿再发催款函，以免影响双方后续合作。\n\n张建国\n北重装备集团 信息化部 部长",
      "sy_zhang", "o_sy_demand", 28, trap=True, note="从未拒付 and a past 12月7日 beside the promise"),
    o("coremail", "other", None,
      "李经理：1月份资金计划下周一下达，下达后我第一时间告诉您具体支付日。\n\n刘洋", "sy_liu", SY, 30,
      note="a date for news, not for the payment"),
    o("coremail", "promise", d(1, 14, 2027),
      "李经理，新年好！\n\n集团1月份资金计划今天下达了，贵司上线款排在第二周，集团统一支付日是1月14日（周四），届时付出。\n\n刘洋",
      "sy_liu", SY, d(1, 5, 2027)),
    o("coremail", "paid", None,
      "李经理：\n\n上线款360,000.00元已于今日通过集团司库系统支付，电子回单见附件，请查收。\n\n刘洋",
      "sy_liu", SY, d(1, 14, 2027), atts=["电子回单_FK-20261118-0734.pdf"]),
    o("olzhcn", "promise", d(12, 17),
      "李经理，答复见原邮件中红字部分。\n\n刘洋", "sy_liu", SY, 9,
      inline=("并回复告知预计的付款日期", "【刘洋】已排进集团资金计划，12月17日（周四）统一支付日付出。"),
      note="answer inline in the quote"),
]  # fmt: skip

XM = "o_xm"
# Xiamen tea-shop franchisor: the boss on QQ in Minnan-flavoured Mandarin, ops staff, a store.
XIAMEN = [
    o("qqweb", "more_time", None,
      "周经理，二期款我们这边要等加盟商的系统服务费分摊收齐才能付，目前还有3家门店（集美、海沧、漳州万达）没交，"
      "我们在催了，收齐就付给你们，时间应该不会太久。\n\n黄雅婷\n加盟运营部\n0592-5063318", "xm_huang", XM, 1),
    o("huawei", "dispute", None,
      "你们这个会员小程序积分到现在还没修好，顾客天天来店里吵说积分没了，还好意思来收钱？先修好再讲！", "xm_store", XM, 1),
    o("qqapp", "promise", d(12, 4),
      "周经理歹势啦，最近门店年底盘点无闲，积分那个代志你们工程师昨暗有来弄好了。二期款我拜五叫会计安排，免烦恼", "xm_chen", XM, 2),
    o("qqapp", "promise", d(12, 4),
      "周经理我跟你讲那个钱明天下午三点以前一定到你账上你放心啦", "xm_chen", XM, 3, note="voice input"),
    o("alimail", "bank_question", None,
      "周经理，跟您确认一下：我们首期款是付到贵司招商银行账户的，这次提醒邮件里写的是示例银行杭州分行，"
      "是账户变更了吗？两个账户都能收吗？为了安全，麻烦您电话跟我确认一下，我们再付。\n\n黄雅婷 13906023318",
      "xm_huang", XM, 3),
    o("qqapp", "other", None, "收到👍", "xm_chen", XM, 1),
    o("mailmaster", "paid", None,
      "周经理您好，二期款48,600元已于今天下午转出，付款户名厦门山海茶事餐饮管理有限公司，请查收，如未到账请告知。"
      "\n\n黄雅婷\n加盟运营部", "xm_huang", XM, 4),
    o("qqhtml", "partial_payment", None,
      "周经理：\n\n二期款扣除11月18日系统宕机造成的门店损失补偿2,000元，实付46,600元，已于今天转出，回单见附件。"
      "扣款依据见上月的故障说明邮件。\n\n黄雅婷", "xm_huang", XM, 4, atts=["转账回单.jpg"],
      note="paid less a claimed deduction"),
    o("qqapp", "paid", None,
      "周经理礼拜五款已经打了你那边有收到没有有的话跟我讲一声没的话我叫会计查一下", "xm_chen", XM, 7, note="voice input, no punctuation"),
    o("mmios", "paid", None,
      "周经理，上周五那笔48600有到账吗？我们银行这边显示已经扣款成功了。", "xm_huang", XM, 8),
]  # fmt: skip

GZ = "o_gz"
# Guangzhou private hospital group: 信息科 objects, 院长审批, 月结 on the 25th.
GUANGZHOU = [
    o("gmailzh", "other", None, "收到，谢谢提醒，已转财务部跟进。\n\n梁文斌", "gz_liang", "o_gz_due", d(11, 23)),
    o("alimail", "dispute", None,
      "李经理：\n\n验收款的事我得说清楚：验收报告我们信息科到现在还没签。互联网医院平台上线后，在线复诊的医保结算接口"
      "还时不时报错，上周还有患者缴费被重复扣款，院长很不满意。这些问题解决之前，我们不会出具验收报告，也就谈不上付验收款。\n\n"
      "请贵司尽快安排工程师驻场处理。\n\n梁文斌\n信息科主任\n广州仁和医疗集团\n020-8736 2201", "gz_liang", GZ, 1),
    o("applezh", "other", None, "收到，我们内部沟通一下再回复您。", "gz_liang", GZ, 2),
    o("qqhtml", "dispute", None,
      "李经理，还有一点：合同约定的是“系统上线满三个月且验收合格后”支付验收款，平台10月15日才上线，现在才一个半月，"
      "付款条件还没到，不存在逾期的问题。", "gz_liang", GZ, 2, trap=True, note="contract says not yet due"),
    o("olzhcn", "resend_request", None,
      "李经理您好，我是院办何秘书。院长审批这笔付款时需要看合同和上线报告，麻烦把合同扫描件和上线报告发一份到这个邮箱，谢谢。",
      "gz_office", GZ, 3),
    o("olzhcn", "bank_question", None,
      "李经理：\n\n我院新供应商首次付款需要在财务系统备案，请提供贵司开户许可证（或基本存款账户信息）复印件，以及加盖公章的"
      "《收款账户确认函》，以便录入供应商主数据。\n\n陈会计\n财务部", "gz_chen", GZ, 4),
    o("qqweb", "acceptance", None,
      "李经理：\n\n医保结算接口的问题已经修复，连续观察了一周没有再出现重复扣费，信息科同意验收。验收报告已签字盖章，"
      "扫描件附后，原件今天顺丰寄给你们。\n\n梁文斌", "gz_liang", GZ, 9, atts=["验收报告（签字盖章）.pdf"]),
    o("exmail", "promise", d(12, 25),
      "李经理您好：\n\n验收报告已于12月9日签署，验收款的付款申请今天已提交，目前在院长审批环节。我院供应商款项实行月结，"
      "每月25日统一支付，审批通过后将于12月25日支付。\n\n附：财务部付款咨询电话 020-8736 2205（周一至周五）\n"
      "广州仁和医疗集团 财务部", "gz_chen", GZ, 11),
    o("mailmaster", "dispute", None,
      "李经理：\n\n贵司开具的发票（号码：26442000000012345678）金额为225,000.00元，与合同约定的验收款215,000.00元不一致，"
      "我院无法按此发票付款，请红冲后按215,000.00元重新开具。\n\n陈会计", "gz_chen", GZ, 15),
    o("exmail", "promise", d(12, 25),
      "答复见下文。", "gz_chen", GZ, 21,
      inline=("如已付款，烦请回复告知付款日期", "——尚未付款。新发票已收到，已排入本月25日月结付款。"),
      trap=True, note="answer inline under the quoted 如已付款"),
    o("exmail", "paid", None,
      "李经理：验收款215,000元已于12月25日支付，网银回单截图见附件，请查收。\n\n陈会计", "gz_chen", GZ, 28,
      atts=["网银回单截图.png"]),
]  # fmt: skip

NT = "o_nt"
# Nantong home-textile exporter: waits for its US buyer's dollars and their 结汇.
NANTONG = [
    o("olzhcn", "promise", d(12, 15),
      "王经理，尾款这边要等美国客户圣诞单的货款到了、结汇以后才能付，预计12月中旬，到时候一起安排。\n\n顾建新\n"
      "南通恒锦家纺进出口有限公司\n手机：139 1478 2026", "nt_gu", NT, 1),
    o("foxmail", "more_time", None,
      "王经理您好：\n\n近期人民币升值，我司美元货款还没结汇，人民币账户余额紧张。尾款96,000元能否分两期支付："
      "本月先付48,000元，余下48,000元明年1月15日前付清？如同意请回复确认。\n\n曹会计\n财务部", "nt_cao", NT, 3),
    o("ioszh", "more_time", d(12, 9),
      "汇率跌成这样美元都不敢结王经理你再宽限一个礼拜", "nt_gu", NT, 2, note="voice input, one more week"),
    o("ioszh", "other", None, "付款的事你直接找曹会计，我在越南看工厂，下周回来。", "nt_gu", NT, 7),
    o("olzhcn", "promise", d(12, 16),
      "王经理，美国客户的款到了，结汇也办好了，尾款第一期我让曹会计十二月十六日付。\n\n顾建新", "nt_gu", NT, 10),
    o("n163", "partial_payment", None,
      "王经理：\n\n按之前沟通的分期方案，尾款第一期48,000元今天已从我司基本户付出，网银回单见附件。余款48,000元1月15日前付清。\n\n"
      "曹会计", "nt_cao", NT, 16, atts=["网银回单20261216.pdf"]),
    o("tbzh", "paid", None,
      "王经理，尾款第二期48,000元今天已提前付清，回单附后。至此尾款96,000元全部付完，请核对。\n\n曹会计",
      "nt_cao", NT, 30, atts=["回单_尾款第二期.pdf"]),
]  # fmt: skip

KM = "o_km"
# Kunming cut-flower exporter: the trace-code printer, the export season, a cashier on QQ.
KUNMING = [
    o("tbzh", "dispute", None,
      "收到。\n\n不过有个情况要说明：追溯码打印模块到现在还没调通，出口日本的花检疫要求扫码溯源，上周有两批玫瑰因为这个"
      "在关西机场被退运，损失不小。这个问题不解决，二期款我们先暂缓。\n\n杨丽\n彩云花卉 运营部", "km_yang", KM, 1, below=True),
    o("foxmail", "dispute", None,
      "周经理：\n\n附件是我们整理的问题清单（共7项），其中第3、5项影响出口报关，麻烦贵司确认整改时间。二期款是否支付、"
      "何时支付，我们会根据整改结果再定。\n\n谢谢！\n杨丽", "km_yang", KM, 2, atts=["追溯系统问题清单.xlsx"]),
    o("qqweb", "bank_question", None,
      "周经理您好，请问贵司开户行的支行全称是什么？我们农行跨行转账要选到支行，邮件里只写了杭州分行。\n\n李出纳",
      "km_li", KM, 1),
    o("sina", "resend_request", None,
      "周经理您好，麻烦把二期款的发票重新发一份给我，之前那封邮件被我们邮箱当垃圾邮件清掉了。谢谢！\n\n李出纳",
      "km_li", KM, 2),
    o("n126", "more_time", None,
      "周经理你好，现在正是圣诞元旦出口旺季，资金都压在收花和冷链运费上，二期款能不能宽限到春节以后？节后一定付。\n\n段",
      "km_boss", KM, 3),
    o("huawei", "promise", None, "好的，我安排", "km_boss", KM, 4, note="好的，我安排: no date"),
    o("foxmail", "dispute", None,
      "周经理：\n\n如果本周五前你们能把追溯码打印调通，二期款我们下周一就付；调不通的话只能等节后了。\n\n杨丽",
      "km_yang", KM, 7, trap=True, note="a payment on condition of our fix"),
    o("huawei", "promise", d(12, 14),
      "周经理追溯码那个问题你们工程师昨天弄好了二期款段总同意了下礼拜一付", "km_yang", KM, 9),
    o("foxmail", "acceptance", None,
      "周经理：追溯模块已经验收通过，验收单见附件，请贵司走后续流程。\n\n杨丽", "km_yang", KM, 10, atts=["验收单.jpg"]),
    o("n126", "partial_payment", None,
      "周经理，二期款先付一半36,000元，今天已转，另一半等春节前花款回笼再付，望理解。\n\n段", "km_boss", KM, 11),
    o("qqapp", "paid", None, "钱款已经转过去了呢，你们那边看一下，有问题再找我哈", "km_li", KM, 14),
    o("qqweb", "paid", None, "已付，见回单。", "km_li", KM, 15, atts=["农行回单.pdf"]),
]  # fmt: skip

ZZ = "o_zz"
# Zhengzhou airport logistics hub: UAT of the cold-chain warehouse, half paid, a boss abroad.
ZHENGZHOU = [
    o("olzhcn", "dispute", None,
      "王经理：\n\n进度款对应的是三期功能（冷链仓、跨境电商仓），目前冷链仓模块还没有通过UAT测试。按合同第5.2条，"
      "进度款在阶段验收合格后支付，现在不具备付款条件。\n\n韩卫东\n郑州空港国际物流园 信息部\n0371-6858 2026",
      "zz_han", ZZ, 1),
    o("owazh", "promise", d(12, 20),
      "王经理您好：\n\n贵司进度款已列入我司12月资金支付计划，预计本月20日前后支付，具体以财务实际支付为准。\n\n宋会计",
      "zz_song", ZZ, 2),
    o("coremail", "other", None,
      "王经理，韩部长让我问一下，进度款能不能用银行承兑汇票支付？6个月期的，如果贵司能接受，我们这周就能付。\n\n"
      "采购部 田", "zz_cg", ZZ, 2),
    o("alimail", "resend_request", None,
      "王经理，麻烦把进度款对应的结算单和发票再发一次，我们走付款流程要附，原件找不到了。", "zz_song", ZZ, 3),
    o("owazh", "partial_payment", None,
      "王经理：\n\n经韩部长同意，先支付进度款的50%，即94,000元，已于今日付出，回单见附件。余款94,000元待冷链仓模块UAT通过后支付。\n\n"
      "宋会计", "zz_song", ZZ, 8, atts=["回单.pdf"]),
    o("foxmail", "more_time", None,
      "王经理，韩部长出国考察了，本月底前回不来，剩下的款要他签字，只能等他回来再安排，请多担待。\n\n宋会计",
      "zz_song", ZZ, 14),
    o("owazh", "dispute", None,
      "王经理，转发韩部长的意见，请知悉。\n\n宋会计\n\n-----转发的邮件-----\n发件人: 韩卫东\n发送时间: 2026年12月14日 21:07\n"
      "收件人: 宋会计\n主题: 进度款\n\n宋会计：冷链仓UAT没过之前，余款一分都不要付。等我回来再说。", "zz_song", ZZ, 15, note="a forwarded boss order: not a cent until UAT"),
    o("olzhcnplain", "promise", d(12, 23),
      "王经理：\n\n余款94,000元的付款申请韩部长已在线上签批，财务3个工作日内付出。\n\n宋会计", "zz_song", ZZ, 18),
    o("coremail", "acceptance", None,
      "王经理：冷链仓模块今天通过UAT，验收报告已签字，见附件。余款财务本周内安排。\n\n韩卫东", "zz_han", ZZ, 18,
      atts=["冷链仓UAT验收报告.pdf"]),
    o("olmobzh", "paid", None,
      "收到贵司催款函。说明两点：\n一、进度款我司并无异议，冷链仓模块已于12月18日通过UAT；\n二、余款94,000元已于12月21日支付，"
      "请贵司核对到账情况。\n\n贵司发函之前应先核对到账，请注意。\n\n韩卫东", "zz_han", "o_zz_demand", 22, trap=True, note="并无异议; the rest paid 12月21日"),
]  # fmt: skip

QH = "o_qh"
# Qinghai salt-lake lithium: the lithium price, 长协 customers, a plant on the plateau.
QINGHAI = [
    o("olzhcn", "promise", d(12, 31),
      "李经理：\n\n中期款付款审批已经走完。因我司碳酸锂长协客户的回款集中在月底，计划12月31日前支付，请知悉。\n\n"
      "祁会计\n青海柴达木锂盐科技有限公司 财务部\n0979-8412 206", "qh_qi", QH, 2),
    o("coremail", "dispute", None,
      "李经理：\n\n今年碳酸锂价格从高位跌了七成多，公司在全面压降成本。平台二期里的能耗分析、配矿优化两个模块我们评估后"
      "认为可以不上，中期款能否按80%结算？请贵司研究后回复。在双方确认之前，中期款暂缓支付。\n\n马永福\n副总经理",
      "qh_ma", QH, 3),
    o("gmailzh", "other", None, "这个事我已交代祁会计，你跟她对接就行。\n\n马永福", "qh_ma", QH, 4),
    o("n163", "acceptance", None,
      "格尔木厂区这边数据平台用着挺好的验收单昨天厂长已经签字盖章了扫描件发给你们了请查收", "qh_plant", QH, 4),
    o("olzhcn", "bank_question", None,
      "李经理：\n\n我司司库系统付款要求填写收款方开户行的12位联行号，邮件里只有开户行名称，请提供。另请确认示例银行杭州分行"
      "是否为贵司基本户开户行。\n\n祁会计", "qh_qi", QH, 7),
    o("olzhcn", "promise", d(12, 31),
      "补充一下：联行号财务已经在系统里查到了，不用再提供了。付款仍按计划月底前。\n\n祁会计", "qh_qi", QH, 8,
      earlier="李经理：\n\n我司司库系统付款要求填写收款方开户行的12位联行号，邮件里只有开户行名称，请提供。\n\n祁会计"),
    o("olzhcn", "other", None,
      "李经理：\n\n年底审计要求核对供应商往来，请贵司出具截至2026年11月30日的往来对账函（加盖公章），我司核对无误后"
      "盖章回寄。中期款的付款不受影响，仍按原计划。\n\n祁会计", "qh_qi", QH, 3, note="an audit confirmation request"),
    o("gmailzh", "promise", d(12, 31),
      "李经理：\n\n上次说中期款按80%结算的事，公司开会研究过了，还是按合同执行，中期款不打折，不用再谈了。元旦前付。\n\n马永福",
      "qh_ma", QH, 10, trap=True, note="the 80 % objection withdrawn, 不打折"),
    o("gmailzh", "more_time", None,
      "收到邮件。中期款我们肯定不会拖，但碳酸锂这个月又跌了，账上确实紧张，争取元旦前先付一部分，剩下的年后再付。\n\n马永福",
      "qh_ma", QH, 21, trap=True, note="不会拖, then part by 元旦 and the rest after: a plan"),
    o("olzhcn", "partial_payment", None,
      "李经理：\n\n中期款先付200,000.00元（今日电汇），余款220,000.00元月底前付清。电汇凭证见附件。\n\n祁会计",
      "qh_qi", QH, 24, atts=["电汇凭证.pdf"]),
    o("mailmaster", "paid", None, "中期款余款¥220,000.00已汇出，至此中期款全部付清，请查收。\n\n祁会计", "qh_qi", QH, 29),
]  # fmt: skip

ST = "o_st"
# Shantou toy maker: the boss and his people in Chaoshan-flavoured Mandarin (恁/阮/拢/无/分/过数).
SHANTOU = [
    o("qqhtml", "dispute", None,
      "王生，恁做个订单系统，外国客人下单图片拢打不开，阮的客户骂死了。这个无弄好，尾款就免想啰。", "st_cai", ST, 1),
    o("qqweb", "resend_request", None,
      "王经理好，麻烦将合同同发票再发一份分我，头家要对一下尾款几多钱，旧邮件揾无了。\n\n林玲\n乐童玩具 财务",
      "st_ling", ST, 2),
    o("qqapp", "more_time", d(12, 17),
      "王生，最近出口单少，工人工资要先发，尾款再宽限两个礼拜好无？", "st_cai", ST, 3),
    o("qqapp", "promise", None,
      "王生，图片的问题恁后生仔改好了，感谢。尾款下礼拜内分你，放心。", "st_cai", ST, 4),
    o("exmailen", "promise", d(2, 5, 2027),
      "Hi Mr Wang,\n\nOur boss Mr Cai is busy preparing for the Hong Kong Toys & Games Fair in January. He said the "
      "final payment will be made before Chinese New Year. Sorry for the late reply.\n\nTina Chen\nSales Dept.\n"
      "Shantou Letong Toys Industrial Co., Ltd.\nTel: +86 754 8581 2026", "st_tina", ST, 2, note="before CNY = 除夕"),
    o("huawei", "other", None,
      "王经理尾款的事我也做不了主要等头家回来他说了算", "st_nephew", ST, 3, note="voice input, a hand-off"),
    o("huawei", "promise", d(12, 9),
      "王经理你好我是蔡总的侄子现在厂里的账我在管你说那个为款我跟头家确认过了明天上午打过去", "st_nephew", ST, 8),
    o("qqweb", "resend_request", None,
      "王经理，头家讲尾款这两日会过数，但系要先开好发票寄过来，无发票无得付。麻烦今日寄出，快递单号发我。\n\n林玲",
      "st_ling", ST, 8, note="the invoice never came: no invoice, no payment"),
    o("qqweb", "paid", None,
      "王经理好，头家交代尾款38000元今日已过数，附件是转账截图，请查收\n\n林玲", "st_ling", ST, 9, atts=["转账截图.jpg"]),
    o("qqhtml", "paid", None, "过数了，截图附上", "st_ling", ST, 10, atts=["微信图片_20261210.jpg"]),
    o("mailmaster", "other", None,
      "感谢王生，系统好用，明年的新品目录还要揾恁做，过完年再倾。", "st_cai", ST, 21),
]  # fmt: skip

BT = "o_bt"
# Baotou rare-earth trader: endorsed acceptance bills, the 镨钕 price, a stock count that did not match.
BAOTOU = [
    o("olzhcnplain", "resend_request", None,
      "你好，请提供贵司的开票信息和银行账户信息，我们系统里没有维护贵司的供应商资料，付不了。\n\n高会计",
      "bt_gao", BT, 1),
    o("exmail", "bank_question", None,
      "李经理：\n\n二期款我们准备用银行承兑汇票背书转让支付，票面15万元，到期日2027年3月18日。请确认贵司是否接受，接受的话"
      "请提供贵司开户行全称及12位行号（背书时需要填写被背书人开户行）。\n\n高会计\n包头北辰稀土贸易有限公司\n0472-5118 766",
      "bt_gao", BT, 2),
    o("olzhcn", "more_time", None,
      "李经理，这两个月氧化镨钕价格波动大，下游客户压款，我们二期款往后推一个月，12月底实在付不出来，请谅解。\n\n乌日娜",
      "bt_wu", BT, 3),
    o("foxmail", "promise", d(1, 10, 2027),
      "李经理：\n\n二期款乌经理说往后推一个月，我这边排在元月10日前付，到时候提前通知您。\n\n高会计", "bt_gao", BT, 4),
    o("n163", "dispute", None,
      "李经理：库存模块的盘点数据和实物差了200多公斤，账实不符我们没法用，请派人来现场核对，二期款等核对完再说。\n\n乌日娜",
      "bt_wu", BT, 7),
    o("ioszh", "dispute", None,
      "函收悉。付款没问题，我们不会赖账，等乌经理那边盘点数据核对清楚了就付。", "bt_zhao", "o_bt_demand", 8),
    o("qqapp", "promise", d(12, 11),
      "李经理，差异查清楚了，是我们仓管录错了批次，不是系统的问题，不好意思。二期款本周五付。", "bt_wu", BT, 10),
    o("coremail", "paid", None,
      "李经理：二期款上周五已经付了，15万，附件是电子回单，请查收。\n\n高会计", "bt_gao", BT, 14, atts=["电子回单.pdf"], trap=True, note="上周五已经付了 (past)"),
    o("sina", "paid", None, "付了。", "bt_gao", BT, 16),
    o("foxmail", "paid", None, "", "bt_gao", BT, 11, atts=["回单.pdf"], note="empty body, receipt only"),
]  # fmt: skip

DANGEROUS_KINDS = {"dispute", "bounce", "auto_reply", "bank_question", "partial_payment"}
"""Kinds whose misreading is dangerous (labels.yaml's ``dangerous``): every such reply is marked."""


def _marked(entries: list[tuple]) -> list[tuple]:
    """``entries`` with ``danger`` set on dangerous kinds and on replies holding a trap (``trap``)."""
    out = []
    for style, kind, due, body, opts in entries:
        danger = kind in DANGEROUS_KINDS or bool(opts.get("trap")) or opts.get("known") is False
        out.append((style, kind, due, body, {**opts, "danger": danger}))
    return out


O_SET = _marked(
    SHENYANG
    + XIAMEN
    + GUANGZHOU
    + NANTONG
    + KUNMING
    + ZHENGZHOU
    + QINGHAI
    + SHANTOU
    + BAOTOU
    + INTL
    + MACHINE
)
