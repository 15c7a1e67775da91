"""Held-out set ZN: Simplified-Chinese replies (session 16, written blind to the rules).

Six mainland clients of trades not used before: a Panjin soft-shell-turtle co-operative (Northeast
speech), a Danyang spectacle-lens coater, a Ningxia wine estate (answering a 催款函
too), a Zhengzhou ready-mix concrete plant (Henan speech, a group audit), a Chengdu chain of
study rooms (Sichuan speech) and a Suzhou cemetery (a 催款函 answered by its lawyer); several
people each, over several December days of one story. The Traditional-Chinese and English
replies are in heldout_c_set_zn_intl.py, the machine mail in heldout_c_machine_zn.py.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_zn import ZN_MACHINE
from heldout_c_set_zn_intl import ZN_INTL
from heldout_c_threads_zn import dec, entry

e = entry

# 盘锦 辽河湾甲鱼养殖专业合作社 (soft-shell turtle co-op: pond water quality and grading; 验收款 ￥118,000)
YU_DS = ("于德水", "yudeshui@lhwjiayu.com")
LIU_GZ = ("刘桂芝", "liuguizhi_pj@126.com")
SUN_HW = ("孙宏伟", "sunhw@lhwjiayu.com")
WU_D = ("吴迪", "1578824306@qq.com")
YU_XT = ("于晓彤", "yuxiaotong.pj@gmail.com")
GAO_FX = ("高凤霞", "gaofengxia_dz@sina.com")
# 丹阳 明视光学镜片 (lens maker: coating production and orders; 中期款 ￥96,000)
SHU = ("束建华", "shujh@mingshi-optical.com")
SUI = ("眭丽娟", "caiwu@mingshi-optical.com")
HE_ZG = ("贺志刚", "hezg@mingshi-optical.com")
TANG_M = ("汤敏", "2639917045@qq.com")
JIANG_L = ("蒋磊", "jianglei@mingshi-optical.com")
VIVIAN = ("Vivian Shu", "vivian.shu.dy@gmail.com")
# 永宁 贺兰红酒庄 (wine estate: barrels, bottling and grade traceability; 尾款 ￥84,000; a 催款函)
MA_ZL = ("马占林", "1187765302@qq.com")
YANG_XQ = ("杨秀琴", "yangxq_hlh@163.com")
TIAN_YM = ("田玉梅", "tianym@helanhong-wine.com")
MA_XY = ("马小燕", "maxiaoyan@helanhong-wine.com")
KEVIN = ("Kevin Ma", "kevin.ma@helanhong-wine.onmicrosoft.com")
HLH_OFFICE = ("贺兰红办公室", "hlh_office@sina.com")
# 郑州 中原建材 混凝土搅拌站 (ready-mix plant: truck dispatch and weighbridge; 上线款 ￥152,000)
GUO_JJ = ("郭建军", "guojj@zyjc-hnt.com")
LI_HX = ("李红霞", "lihongxia@zyjc-hnt.com")
NIU_DW = ("牛大伟", "2409317768@qq.com")
ZHANG_XL = ("张秀兰", "1630492285@qq.com")
FAN_XL = ("范晓丽", "fanxiaoli_zy@126.com")
HOU_B = ("侯斌", "houbin@zyjc-group.com")
# 成都 书山自习室连锁 (paid study rooms: seat bookings and memberships; 二期款 ￥68,000; Sichuan speech)
DENG_XM = ("邓晓梅", "dengxm@shushan-zxs.com")
LUO_T = ("罗婷", "luoting@shushan-zxs.com")
YANG_F = ("杨帆", "3327710458@qq.com")
ZHOU_J = ("周杰", "zhoujie.it.cd@gmail.com")
HE_Y = ("何雨", "1942206631@qq.com")
TANG_ZW = ("唐志伟", "tangzw@shushan-zxs.com")
# 苏州 松鹤园陵园 (cemetery: plot sales and tomb-sweeping bookings; 尾款 ￥125,000; a 催款函)
QIAN_YK = ("钱永康", "qianyk@songheyuan.com")
SHEN_JY = ("沈佳怡", "shenjiayi@songheyuan.com")
LU_XY = ("陆晓燕", "luxiaoyan@songheyuan.com")
ZHU_M = ("朱敏", "zhumin_shy@163.com")
GU_WH = ("顾文华", "guwenhua@wuzhonglaw.cn")
XU_Q = ("许强", "xuqiang@songheyuan.com")

# fmt: off
PJ = [
    e("huawei", "dispute", None,
      "王经理 你们那个溶氧探头装上以后三号塘一宿报警好几回 半夜我起来看了三趟啥事没有 净瞎报 这玩意整不明白验收单我不签 钱的事往后推推",
      "zn_pj", 2, YU_DS, danger=True, note="voice; acceptance refused and the payment put off for a fault"),
    e("n126", "bank_question", None,
      "王经理您好：\n\n我们合作社是在农商行开的户，跨行转账要选收款行。贵司提醒里只写了“示例银行杭州分行”，系统里要选到具体网点，杭州分行下面有好几个，麻烦告知是哪个支行。\n\n刘桂芝\n盘锦辽河湾甲鱼养殖专业合作社 会计",
      "zn_pj", 2, LIU_GZ, danger=True),
    e("n126", "dispute", None,
      "王经理：\n\n不好意思，社长说探头乱报警的事没解决之前先不付，5号付不了了，等你们处理好再定日子。\n\n刘桂芝",
      "zn_pj", 3, LIU_GZ, danger=True, earlier="王经理：\n\n验收款我们计划12月5日付。\n\n刘桂芝",
      note="her own earlier promise quoted below and withdrawn for the hold"),
    e("coremail", "other", None,
      "王经理：\n\n分级称重那块，二斤以上的档位保存不上，一点保存就跳回一斤半，今天分拣了一上午全按一斤半走的。麻烦远程看一下。\n\n孙宏伟\n技术员",
      "zn_pj", 3, SUN_HW, note="a fault report with no word of the payment (lead's convention: other)"),
    e("qqapp", "other", None, "王经理 发票收到了 社长还没签字呢 等他签完我跟你说", "zn_pj", 3, WU_D,
      note="the invoice is with the boss; no payment word, no day"),
    e("n126", "more_time", dec(20),
      "王经理：\n\n另外跟您商量一下，合作社的钱要等甲鱼款结回来，这个月中旬才能到，验收款能不能宽限到12月20号？\n\n刘桂芝",
      "zn_pj", 4, LIU_GZ, note="宽限到X = X"),
    e("sina", "dispute", None,
      "王经理你好：\n\n我是辽河湾合作社的代账会计。贵公司开的验收款发票税率是13%，合同签的是技术服务，应该是6%，这张票我们入不了账，麻烦红冲以后重开。\n\n高凤霞",
      "zn_pj", 4, GAO_FX, danger=True, note="the invoice's tax rate wrong"),
    e("gmailzh", "other", None,
      "王经理您好，我爸让我回一下：探头报警的事你们技术昨天远程把阈值改了，这两天没再乱报。另外他问淘宝店的订单能不能也接进系统，大概多少钱？\n\n于晓彤",
      "zn_pj", 5, YU_XT, note="the daughter writes for her father; no payment word"),
    e("tbzh", "other", None,
      "三号塘、五号塘溶氧数据和人工测量对比了一周，误差都在0.3mg/L以内，技术这边没意见了，验收单已经交给社长。\n\n孙宏伟",
      "zn_pj", 7, SUN_HW, below=True, note="bottom-posted; the technician's consent, the boss still to sign; relabelled acceptance -> other by the convention 'An objection dropped or our fix found working, with no acceptance said … is other' (session 17)"),
    e("huawei", "acceptance", None,
      "王经理 这几天没瞎报了 验收单我签了 让桂芝给你们打款",
      "zn_pj", 7, YU_DS, note="voice; acceptance, no day"),
    e("n126", "acceptance", dec(10),
      "王经理：\n\n您好！验收单社长已经签了，验收款这周四走账。合作社付款要理事会两个人签字，周三开会签完，周四一定转。\n\n刘桂芝",
      "zn_pj2", 8, LIU_GZ, note="这周四 from Tue 8th; the meeting's day is not the payment's; relabelled promise -> acceptance by the convention 'Acceptance with a payment day promised beside it … is acceptance, dated that day' (session 17)"),
    e("n126", "resend_request", None,
      "王经理：\n\n重开的6%的发票直接发电子版到我这个邮箱就行，纸质的不用寄了，我们现在都收数电票。\n\n刘桂芝",
      "zn_pj2", 9, LIU_GZ),
    e("qqapp", "paid", None, "王经理 钱打了 十一万八 农商行的回单拍照发你了 你们查一下", "zn_pj2", 10, WU_D,
      atts=["农商行转账回单.jpg"], note="the amount in words; a slip named as one"),
    e("n126", "other", None,
      "王经理：\n\n昨天小吴转的118,000元附言写错了，写成了“鳖苗款”，对你们入账有没有影响？需要的话我们出个情况说明。\n\n刘桂芝",
      "zn_pj2", 11, LIU_GZ, note="paid, but the mail is a question about the memo for the PM"),
    e("qqhtml", "paid", None,
      "王经理，钱到了没有？你们财务咋没个回信儿呢，桂芝说早打过去了。",
      "zn_pj2", 14, YU_DS, note="HTML only; asks whether the money arrived: payment implied"),
    e("qqapp", "other", None,
      "王经理 今年甲鱼卖得挺好 社长让我问问明年能不能加个直播卖货的功能 报个价呗",
      "zn_pj2", 21, WU_D),
]

DY = [
    e("foxmail", "promise", dec(15),
      "王经理：\n\n您好！我司每月15日统一付款，中期款已列入本月15日的付款计划。\n\n眭丽娟\n丹阳市明视光学镜片有限公司 财务部\n0511-86551238",
      "zn_dy", 2, SUI),
    e("exmail", "dispute", None,
      "王经理：\n\n镀膜机的工艺参数在系统里一改，后面排好的批次全按新参数走了，上周有两锅防蓝光膜层偏黄，报废了四百多片。这个没解决之前，我已经跟束总说了，中期款缓一缓。\n\n贺志刚\n生产部",
      "zn_dy", 3, HE_ZG, danger=True),
    e("ioszh", "dispute", None, "王经理，老贺说的情况你们先处理，中期款等问题解决了再说。", "zn_dy", 3, SHU,
      danger=True),
    e("olzhcn", "other", None,
      "王经理：\n\n已在测试机上复现：参数修改后没有生成新版本，直接覆盖了排产单引用的旧版本。需要贵司后台开启“参数版本锁定”，麻烦今天安排。\n\n蒋磊\n信息部",
      "zn_dy", 4, JIANG_L, note="a fault diagnosis with no word of the payment"),
    e("qqweb", "bank_question", None,
      "王经理您好，我们企业网银付款提示需要补充“收款人开户行联行号”，麻烦提供一下，谢谢。\n\n汤敏",
      "zn_dy", 4, TANG_M, danger=True),
    e("gmailzh", "other", None, "王经理，系统里的订单能不能支持美元报价？迪拜的客户要。谢谢！\n\nVivian",
      "zn_dy", 7, VIVIAN),
    e("exmail", "other", None,
      "王经理：\n\n版本锁定上线以后这一周没再出问题，生产这边没意见了。\n\n贺志刚",
      "zn_dy", 8, HE_ZG, note="the objection withdrawn, no payment word"),
    e("ioszh", "promise", dec(15), "王经理，问题解决了，钱还是按原来说的15号付，我跟小眭讲过了。", "zn_dy", 9, SHU),
    e("foxmail", "dispute", None,
      "王经理：\n\n中期款发票上我司纳税人识别号最后两位应为“7K”，开成了“K7”，税务系统勾选不了，请作废重开，不然15号付不了。\n\n眭丽娟",
      "zn_dy", 10, SUI, danger=True, note="the tax number wrong on the invoice"),
    e("foxmail", "resend_request", None,
      "王经理：\n\n重开发票的电子版收到了。纸质发票也请寄一份，地址：丹阳市开发区齐梁路99号 明视光学 财务部 眭丽娟 收，电话0511-86551238。\n\n眭丽娟",
      "zn_dy", 11, SUI),
    e("qqweb", "partial_payment", None,
      "王经理您好，中期款今天已付90,000.00元，扣除报废镜片损失6,000.00元（束总签字确认），回单见附件。\n\n汤敏",
      "zn_dy", 15, TANG_M, danger=True, atts=["工商银行电子回单_1215.pdf"], note="a cut stated and withheld"),
    e("ioszh", "dispute", None,
      "王经理，扣的那六千是我定的，四百多片镜片的料钱，不冤枉你们。要是不认，过来当面谈。",
      "zn_dy", 16, SHU, danger=True, note="the cut insisted on: the rest refused"),
    e("olzhcnplain", "other", None,
      "王经理：\n\n附件是镀膜机接口日志，1123、1124两天的参数记录都在里面。束总让我发给您看看，报废的原因是不是系统导致的，请贵司技术给个书面结论。\n\n蒋磊",
      "zn_dy", 17, JIANG_L, atts=["镀膜机接口日志_1123-1124.xlsx"]),
    e("applezh", "other", None,
      "王经理：\n\n元旦前后厂里放假检修，1月4号上班，有事可以打我手机。祝新年快乐。\n\n束建华",
      "zn_dy", 24, SHU, note="an absence said by hand, no payment word"),
]

HLH = [
    e("qqapp", "more_time", dec(17),
      "王经理 今年葡萄收购价高 钱都压在橡木桶里了 尾款再宽限我们半个月 月中出口那批货款回来了就给你们",
      "zn_zn", 2, MA_ZL, note="voice; 宽限半个月 = day + 15; the income awaited names no day"),
    e("qqweb", "other", None, "王经理 尾款的事我不太清楚 要问杨姐 她这两天在银川", "zn_zn", 2, MA_XY,
      note="a hand-off, nothing of the payment"),
    e("n163", "promise", dec(11),
      "王经理：\n\n您好！尾款已经报给马总了，预计下周五之前付。\n\n杨秀琴\n宁夏贺兰红酒庄有限公司 财务",
      "zn_zn", 3, YANG_XQ, note="下周五 from Thu 3rd"),
    e("coremail", "dispute", None,
      "王经理：\n\n溯源码扫出来显示的等级和实际装箱的对不上，珍藏级的扫出来是干红普级，经销商在年会上当场被客户问住了。这个问题不解决，尾款我们不同意付。\n\n田玉梅\n质检部",
      "zn_zn", 4, TIAN_YM, danger=True),
    e("n163", "dispute", None,
      "王经理：\n\n尾款发票的开票内容写的是“软件销售”，我们合同签的是“技术开发”，按规定是免税的，贵司开成了含13%税的，请核实后重开。\n\n杨秀琴",
      "zn_zn", 4, YANG_XQ, danger=True, note="the invoice's item and tax wrong"),
    e("qqweb", "bank_question", None,
      "王经理，你们公司收款账户是基本户还是一般户？我们这边大额付款要求付到对方基本户，麻烦确认一下。\n\n马小燕",
      "zn_zn", 7, MA_XY, danger=True),
    e("n163", "dispute", None,
      "王经理：\n\n催款函收到。尾款没付不是我们拖，合同第七条约定“系统验收合格后30日内支付尾款”，贵司到现在没有出具验收报告，付款条件还没成就。请先把验收手续补齐。\n\n杨秀琴",
      "zn_znd", 9, YANG_XQ, danger=True, note="not due under the contract"),
    e("qqapp", "dispute", None,
      "王经理 你们发这个催款函啥意思嘛 我们又不是不给 溯源码那个事你们弄好了 我当天就让她们付",
      "zn_znd", 9, MA_ZL, danger=True, note="voice; payment on the day of our fix: a conditional refusal"),
    e("owazh", "other", None,
      "Hi 王经理，\n\n德国的经销商要求溯源页面有英文版，这个是另外收费还是在合同范围里？\n\nKevin",
      "zn_znd", 10, KEVIN),
    e("coremail", "acceptance", None,
      "王经理：\n\n这几天抽了两百箱复核，扫码等级和装箱都对上了，质检这边验收通过，验收报告已盖章，扫描件见附件。\n\n田玉梅",
      "zn_znd", 14, TIAN_YM, atts=["验收报告_盖章.pdf"]),
    e("n163", "promise", date(2027, 1, 10),
      "王经理：\n\n验收报告收到。按合同验收后30日内付款，我们会在1月10日前付清。\n\n杨秀琴",
      "zn_znd", 15, YANG_XQ, note="1月10日前 = X前 = X; the restated term dates nothing"),
    e("qqapp", "promise", dec(17),
      "王经理 我让小燕今天先把钱打了 别等一月份了 年底了大家都不容易",
      "zn_znd", 17, MA_ZL, note="voice; the boss orders the payment today: a promise of today"),
    e("qqweb", "paid", None, "王经理您好，尾款捌万肆仟元整已转账，请查收，回单见附件。\n\n马小燕", "zn_znd", 17,
      MA_XY, atts=["银行回单.png"], note="the amount in capital numerals"),
    e("sina", "other", None,
      "王经理：\n\n马总让给贵司寄了两箱今年的珍藏干红，已经发顺丰了，到了请注意查收。\n\n贺兰红办公室",
      "zn_znd", 18, HLH_OFFICE),
]

ZZ = [
    e("huawei", "dispute", None,
      "王经理 恁那个罐车定位老是飘 昨个一辆车显示跑到黄河滩里头去了 司机都笑话俺们 这事弄不中 上线款先搁那儿",
      "zn_zz", 2, GUO_JJ, danger=True, note="voice, Henan speech; payment held for a fault"),
    e("olzhcn", "promise", dec(31),
      "王经理：\n\n您好！上线款已报集团审批，集团资金12月下旬统一拨付，预计年底前能付。\n\n李红霞\n郑州中原建材有限公司 财务部",
      "zn_zz", 3, LI_HX, note="年底前 = Dec 31, under 预计"),
    e("qqapp", "other", None,
      "王经理 调度大屏今天上午又黑屏了两回 麻烦叫技术看看 下午还有六十多方要发",
      "zn_zz", 3, NIU_DW, note="a fault report with no word of the payment"),
    e("qqapp", "other", None, "王经理 地磅打印的小票车牌号老是少一位 俺们都是手写补上的 能改不", "zn_zz", 4,
      ZHANG_XL),
    e("alimail", "dispute", None,
      "王经理：\n\n集团审计复核该合同时发现，上线款对应的条件为“系统连续运行15天无重大故障”，而我司调度部记录显示，11月份系统累计宕机4次。贵司出具整改报告之前，集团不予拨付。\n\n侯斌\n中原建材集团 审计部",
      "zn_zz", 7, HOU_B, danger=True, note="the contract's condition not met, by the group's audit"),
    e("huawei", "promise", dec(14),
      "王经理 车定位那事弄好了 恁那技术小伙儿中 钱的事俺跟红霞说了 下礼拜一给恁打",
      "zn_zz2", 9, GUO_JJ, note="voice; 下礼拜一 from Wed 9th"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n郭总同意付款，但集团审计要的整改报告贵司还没提供，审批卡在审计环节。请尽快提供，否则下周一付不了。\n\n李红霞",
      "zn_zz2", 10, LI_HX, danger=True, note="payment held until our report: a condition, the day given up"),
    e("qqapp", "other", None, "王经理 大屏这两天没再黑 中", "zn_zz2", 10, NIU_DW),
    e("n126", "resend_request", None,
      "王经理：\n\n集团新供应商付款要存档，麻烦把贵司的开户许可证或者基本存款账户信息表发一份过来。\n\n范晓丽",
      "zn_zz2", 11, FAN_XL, note="a paper of our account for the client's files"),
    e("alimail", "acceptance", None,
      "王经理：\n\n整改报告及12月1日至12月13日的运行记录已审核，确认满足上线条件，审计意见已签。\n\n侯斌",
      "zn_zz2", 14, HOU_B, note="the audit's consent that the go-live condition is met"),
    e("olzhcn", "promise", dec(18),
      "王经理：\n\n审计已签字，上线款预计在12月16日至18日之间付出。\n\n李红霞",
      "zn_zz2", 14, LI_HX, note="a window = its last day"),
    e("n126", "partial_payment", date(2027, 1, 5),
      "王经理：\n\n上线款今天先付了100,000元，剩下的52,000元集团下个月初统一付。回单见附件。\n\n范晓丽",
      "zn_zz2", 18, FAN_XL, danger=True, atts=["建设银行回单_20261218.pdf"], note="下个月初 = the 5th: the rest's day"),
    e("huawei", "other", None, "王经理 年底了 搅拌站冬天停工 明年开春三月份再弄二期 到时候再联系", "zn_zz2", 21,
      GUO_JJ),
    e("olzhcn", "more_time", date(2027, 1, 20),
      "王经理：\n\n剩余的52,000元能否延到1月20日支付？集团1月初的资金安排有变。\n\n李红霞",
      "zn_zz2", 22, LI_HX),
]

CD = [
    e("mmios", "other", None, "王经理，二期款的事我晓得了，这两天在重庆开会，回来再说哈。", "zn_cd", 2, DENG_XM,
      note="HTML only; a hedge with no day"),
    e("exmail", "promise", dec(8),
      "王经理：\n\n您好，二期款我们这边流程走完了，下周二前付到贵司账上。\n\n罗婷\n书山自习室 财务",
      "zn_cd", 3, LUO_T, note="下周二 from Thu 3rd"),
    e("qqapp", "other", None,
      "王经理 预约小程序今天一直转圈圈 学生约不到座位 好多人打电话来骂 你们快点看下嘛", "zn_cd", 3, YANG_F,
      note="a fault report with no word of the payment"),
    e("qqapp", "dispute", None,
      "王经理 我跟邓总说了 你们这个系统三天两头出问题 二期款莫忙付 先把问题解决了再说", "zn_cd", 4, YANG_F,
      danger=True, note="voice; a store manager tells the boss to hold the payment"),
    e("ioszh", "dispute", None,
      "王经理，二期的会员卡里没有“考研冲刺月卡”，合同附件二是写了的，眼看就考研了，交付不完整，二期款暂缓。\n\n唐志伟",
      "zn_cd", 4, TANG_ZW, danger=True, note="work incomplete against the contract's annex"),
    e("gmailzh", "other", None,
      "王经理，我是书山的IT外包。小程序卡顿是你们接口超时，日志整理好了在附件里，麻烦转给你们后端。\n\n周杰",
      "zn_cd", 7, ZHOU_J, atts=["接口超时日志.xlsx"]),
    e("exmail", "dispute", None,
      "王经理：\n\n不好意思，原定今天付的二期款，唐总那边提了异议，暂时付不了，等你们沟通好了我再安排。\n\n罗婷",
      "zn_cd", 8, LUO_T, danger=True, note="the day given up for a partner's objection"),
    e("exmail", "bank_question", None,
      "王经理：\n\n我们对公付款用的是成都农商银行，贵司账户在示例银行，跨行大额要走人行大额支付系统，请提供贵司开户行的12位支付行号。\n\n罗婷",
      "zn_cd", 10, LUO_T, danger=True),
    e("ioszh", "promise", None,
      "王经理，冲刺月卡补上了就行，我这边没意见了，付款的事罗婷安排。",
      "zn_cd", 10, TANG_ZW, note="objection withdrawn; the payment handed to finance, no day"),
    e("mmios", "acceptance", None,
      "王经理，冲刺月卡我看了，做得还可以，有效期改成按自然日算就行了。二期的东西我这边认了。",
      "zn_cd", 11, DENG_XM, note="HTML only; accepts the phase, asks a small change"),
    e("qqhtml", "paid", None, "王经理您好：二期款68000元今天已经转了，转账截图见附件。\n\n何雨", "zn_cd", 14, HE_Y,
      atts=["微信图片_20261214103522.jpg"], note="HTML only; words say paid beside a camera-named picture"),
    e("exmail", "other", None,
      "王经理：\n\n请贵司开具二期款的收款收据，加盖财务章，寄到锦江区总店财务室。\n\n罗婷",
      "zn_cd", 15, LUO_T, note="a receipt for money paid: the PM issues it"),
    e("gmailzh", "other", None,
      "接口超时的问题已确认修复，近三天P95响应在300ms以内，小程序没再转圈，考研这两天也扛住了。\n\n周杰",
      "zn_cd", 16, ZHOU_J, below=True, note="bottom-posted"),
]

SHY = [
    e("owazh", "promise", dec(9),
      "王经理：\n\n您好。尾款已提交OA审批，顺利的话下周三可以付，不过冬至前后我们业务特别忙，领导签字可能会慢一点，不敢打包票。\n\n沈佳怡\n苏州松鹤园陵园管理有限公司 财务部",
      "zn_sz", 2, SHEN_JY, note="下周三 from Wed 2nd under a hedge: still a promise of that day"),
    e("owazh", "resend_request", None,
      "王经理：\n\nOA审批要附发票，尾款那张发票我们这边没找到，麻烦再发一份PDF。\n\n沈佳怡",
      "zn_sz", 3, SHEN_JY),
    e("qqweb", "other", None,
      "王经理：\n\n冬至祭扫预约快到高峰了，小程序每个时段设置的是200人，实际只放出来150个名额，家属投诉很多，请尽快处理。\n\n陆晓燕\n客服部",
      "zn_sz", 3, LU_XY, note="a fault report with no word of the payment"),
    e("applezh", "dispute", None,
      "王经理：\n\n冬至是我们一年里最要紧的时候，预约系统这个时候掉链子，尾款我看等冬至过了、系统经得住考验再说。\n\n钱永康",
      "zn_sz", 4, QIAN_YK, danger=True, note="the payment made to wait on a fault and the solstice"),
    e("tbzh", "other", None,
      "已确认是时段配额在缓存里没刷新，今天凌晨你们的人更新以后恢复成200人了。\n\n许强 信息科",
      "zn_sz", 7, XU_Q, below=True, note="bottom-posted"),
    e("n163", "bank_question", None,
      "王经理：\n\n你们合同上的收款账号尾号是5678，发票备注栏里印的账号尾号是3390，两个不一样，请问以哪个为准？\n\n朱敏",
      "zn_sz", 8, ZHU_M, danger=True),
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n贵司12月8日发出的催款函已收悉。经核，合同第五条约定尾款于“系统通过冬至祭扫高峰期运行考核后”支付，考核期至2026年12月31日止。贵司此时发函催告缺乏合同依据，请予撤回。\n\n顾文华 律师\n受苏州松鹤园陵园管理有限公司委托",
      "zn_szd", 10, GU_WH, danger=True, note="a lawyer answers: not due under the contract"),
    e("applezh", "dispute", None,
      "王经理：\n\n催款函我看到了，说实话有点伤感情。顾律师的意见是他的，我的意思是冬至过了只要不出问题，年底前我们肯定付。\n\n钱永康",
      "zn_szd", 10, QIAN_YK, danger=True, note="年底前 promised under a condition (no fault over the solstice); relabelled promise 12-31 -> dispute by the convention 'A payment promised on condition that our work holds or gets fixed … is dispute' (session 17)"),
    e("qqweb", "other", None,
      "王经理：\n\n钱总说要加一个“代客祭扫”的服务模块，另签合同，麻烦报个价。\n\n陆晓燕",
      "zn_szd", 14, LU_XY),
    e("qqweb", "other", None,
      "王经理：\n\n冬至三天一共预约了一万两千多人次，系统一次没掉，辛苦技术同事了！\n\n陆晓燕",
      "zn_szd", 22, LU_XY, note="praise, no payment word"),
    e("owazh", "acceptance", dec(29),
      "王经理：\n\n冬至高峰期运行考核已通过，钱总已经批了，尾款安排在12月29日支付。\n\n沈佳怡",
      "zn_szd", 23, SHEN_JY, note="the contract's test passed with a payment day beside it"),
    e("n163", "paid", None,
      "王经理：\n\n尾款125,000元今天已付，按合同付到尾号5678那个账户了，回单见附件。\n\n朱敏",
      "zn_szd", dec(29), ZHU_M, atts=["工行回单20261229.pdf"]),
]
PJ += [
    e("qqapp", "other", None, "收到", "zn_pj2", 8, WU_D, note="a bare acknowledgement"),
]
DY += [
    e("foxmail", "dispute", None,
      "王经理：\n\n中期款按合同是合同总额的30%，应为￥86,400.00，贵司提醒的是￥96,000.00，是不是把变更单的金额也算进去了？那张变更单我们还没确认。\n\n眭丽娟",
      "zn_dy", 3, SUI, danger=True, note="the amount asked objected to"),
    e("foxmail", "dispute", None,
      "王经理：\n\n束总的意思见下面，请知悉。\n\n眭丽娟\n\n\n> 在 2026年12月3日，20:12，束建华 <shujh@mingshi-optical.com> 写道：\n> \n> 小眭：参数的事没弄好之前，15号那笔先从付款计划里拿掉，等我通知。\n> \n> 发自我的iPhone",
      "zn_dy", 4, SUI, danger=True, note="the hold is in the boss's forwarded note below her line"),
    e("mmen", "promise", dec(15),
      "Hi Mr Wang,\n\nVivian here from Mingshi. Our finance said the mid-term payment will go out on the 15th as planned, please don't worry.\n\nThanks\nVivian",
      "zn_dy", 12, ("Vivian Shu", "vivian@mingshi-optical.com"), tz="Asia/Shanghai",
      note="a mainland clerk in English on Mail Master's English UI"),
]
HLH += [
    e("n163", "paid", None, "王经理：\n\n答复见下文。\n\n杨秀琴", "zn_znd", 21, YANG_XQ,
      inline=("如贵司已经付款", "【杨秀琴：已于12月17日付清84,000元，回单马小燕已发您邮箱】"),
      note="the answer written inside the quoted demand, under its own 如已付款 line"),
]
ZZ += [
    e("huawei", "more_time", None,
      "王经理 年底了 工地上的钱都还没要回来 你再宽限俺们几天中不中",
      "zn_zz", 7, GUO_JJ, note="voice; 几天 names no day"),
    e("olzhcn", "other", None,
      "王经理：\n\n集团今年推行“云信”付款，上线款能否以云信（6个月期）支付？贵司同意的话我这边就按云信走流程。\n\n李红霞",
      "zn_zz2", 11, LI_HX, note="a means of payment proposed (a 6-month supply-chain note): the PM decides"),
    e("olzhcn", "promise", dec(18),
      "王经理：\n\n我查了一下，不是我们不付，是集团那边资金还没下来，周五前一定到。\n\n李红霞",
      "zn_zz2", 15, LI_HX, danger=True, note="negation: 不是我们不付; 周五 from Tue 15th"),
    e("qqapp", "promise", dec(16),
      "王经理 俺问了红霞姐 她说钱以经批下来了 明天就打",
      "zn_zz2", 15, ZHANG_XL, note="voice, typo 以经; third-hand: 明天 from Tue 15th"),
]
CD += [
    e("qqapp", "other", None,
      "王经理 我们上个月好像付过一笔给你们 是不是就是这个二期款 我查一下再回你",
      "zn_cd", 2, HE_Y, danger=True, note="unsure whether paid: not a paid claim"),
    e("mmios", "more_time", None,
      "王经理，年底几个店的房租都要交，二期款能不能等元旦过了再给你们嘛？",
      "zn_cd", 9, DENG_XM, note="HTML only; 元旦过了 names no day"),
    e("mmios", "dispute", None,
      "王经理，钱不是问题，问题是你们的人要来每个店把前台培训一遍，培训完了二期款马上付。",
      "zn_cd", 5, DENG_XM, danger=True, note="HTML only; the payment conditional on our on-site training"),
]
SHY += [
    e("n163", "promise", dec(30),
      "王经理：\n\n不好意思，昨天那笔被银行退回来了，说户名里“示例科技有限公司”被我们写成了“示例科技有限责任公司”，今天重新付，付完再发回单。\n\n朱敏",
      "zn_szd", 30, ZHU_M, danger=True, note="the transfer came back: not paid; paying again today"),
    e("owazh", "other", None,
      "王经理：\n\n我们年审的会计师事务所要给贵司发往来询证函，麻烦确认一下收函地址和联系人。\n\n沈佳怡",
      "zn_szd", 24, SHEN_JY, note="an auditor's confirmation letter: the PM answers"),
]
# fmt: on

ZN_SET = PJ + DY + HLH + ZZ + CD + SHY + ZN_INTL + ZN_MACHINE
