"""Held-out set ZP: Simplified-Chinese replies (session 17, written blind to the rules).

Five mainland clients of trades not used before: a Turpan raisin-drying co-operative (Uyghur and
Han staff, lunar and 农户 money), a Luoyang peony-seedling exporter (a reissued invoice, a
contract scan), an Ordos cashmere knitter (instalments, a 催款函, a 腊月 date), a Chongzuo sugar
mill in the crushing season (weighbridge faults, 区财政 subsidies, a 催款函) and a Cangzhou
martial-arts boarding school (Hebei speech, 普票 vs 专票); a Shexian ink-stick maker. The set's focus is the hard language
of the payment: negation and its scope, tense, conditions, dates in every form, quoted-reminder
traps, attachments that are and are not evidence of payment, partial payments and instalments.
The Traditional-Chinese and English replies are in heldout_c_set_zp_intl.py, the machine mail in
heldout_c_machine_zp.py.
"""

from __future__ import annotations

from heldout_c_machine_zp import ZP_MACHINE
from heldout_c_set_zp_intl import ZP_INTL
from heldout_c_threads_zp import dec, entry, jan

e = entry

# 吐鲁番 绿洲晾房葡萄干专业合作社 (raisin drying houses: humidity sensors and grading; 尾款 ￥76,000)
ALI = ("艾力·吐尔逊", "aili.tuerxun@lvzhou-raisin.com")
ZHANG_YL = ("张玉兰", "zhangyulan_tlf@163.com")
MMTJ = ("买买提江", "2871305596@qq.com")
GULI = ("古丽娜尔", "1649920387@qq.com")
MA_JX = ("马建新", "majianxin@lvzhou-raisin.com")
DILI = ("Dilber Ali", "dilber.ali.tlf@gmail.com")
# 洛阳 国色牡丹种苗 (peony seedlings for export: nursery stock and phytosanitary papers; 中期款 ￥64,000)
NIU_GQ = ("牛国庆", "niuguoqing@guose-peony.com")
GUO_SF = ("", "caiwu@guose-peony.com")
JIA_AM = ("贾艾米", "amy.jia@guose-peony.com")
WANG_TZ = ("王铁柱", "3190442817@qq.com")
DUAN_XW = ("段晓雯", "duanxw@guose-peony.com")
CHANG_L = ("常丽", "2207813964@qq.com")
# 鄂尔多斯 雪原羊绒制品 (cashmere knitwear: dehairing and flat-knitting scheduling; 上线款 ￥185,000)
QIAO_HL = ("乔海龙", "qiaohailong@xueyuan-cashmere.com")
BAI_XM = ("白秀梅", "baixiumei@xueyuan-cashmere.com")
QIMUGE = ("其木格", "1352209874@qq.com")
LIU_B = ("刘斌", "liubin@xueyuan-cashmere.com")
GAO_N = ("高娜", "gaona@xueyuan-cashmere.com")
SURINA = ("苏日娜", "surina@xueyuan-cashmere.com")
QIAO_Y = ("Qiao Yu", "qiaoyu.ordos@gmail.com")
# 崇左 甘泉糖业 (sugar mill: cane weighbridge and harvest-haul dispatch; 二期款 ￥142,000; crushing season)
HUANG_YQ = ("黄永强", "huangyq@ganquan-sugar.onmicrosoft.com")
WEI_ML = ("韦美玲", "weimeiling_gq@126.com")
LU_H = ("陆海", "2516637028@qq.com")
NONG_XY = ("农小燕", "1078854213@qq.com")
MENG_ZG = ("蒙志刚", "mengzhigang.gq@gmail.com")
QIN_L = ("覃丽", "qinli@ganquan-sugar.com")
AUDIT = ("甘泉集团审计部", "gqjt_sj@sina.com")
GAN_DF = ("甘德福", "gandefu@ganquan-sugar.com")
# 沧州 英武武术学校 (martial-arts boarding school: student records, dormitory and fees; 验收款 ￥52,000)
LIU_ZW = ("刘振武", "liuzhenwu@yingwu-wushu.com")
MENG_QF = ("孟庆芳", "mengqingfang_wx@sina.com")
ZHAO_G = ("赵刚", "1706623350@qq.com")
ZHANG_H = ("张红", "zhanghong_yw@163.com")
WANG_XY = ("王秀英", "1459902276@qq.com")
LI_MH = ("李明辉", "limh@yingwu-wushu.com")

# 歙县 徽墨厂 (ink-stick maker: soot-and-glue recipes and orders; 中期款 ￥48,000)
CAO_ZD = ("曹正德", "caozhengde@huimo-shexian.com")
WANG_LH = ("汪丽华", "wanglihua_hm@126.com")
CHENG_XJ = ("程小军", "2935501876@qq.com")
CAO_Y = ("曹雨", "caoyu.huimo@gmail.com")
HU_M = ("胡敏", "humin@huimo-shexian.com")

# fmt: off
TLF = [
    e("n163", "promise", dec(20),
      "王经理：\n\n您好！尾款我们还没付，不是不付，是合作社的账户要等收购商把葡萄干款结回来，大概十二月二十号左右能到，到了就给你们转。\n\n张玉兰\n绿洲晾房葡萄干专业合作社 会计",
      "zp_tlf", 2, ZHANG_YL, danger=True, note="还没付/不是不付; the co-op's own money due 二十号左右, payment on its arrival"),
    e("huawei", "dispute", None,
      "王经理 三号晾房的湿度又不对了 里面干得很 系统上显示百分之八十 我们的人照着它开风机 开了一晚上 电费白花了 这个不弄好尾款先不付 不是钱的问题",
      "zp_tlf", 3, ALI, danger=True, note="voice; 先不付 until our fix"),
    e("qqapp", "other", None,
      "王经理 三号晾房的探头我看了 上面全是葡萄干的糖霜 擦了以后好一点 五号的还是乱跳 你们派个人来看一下吧",
      "zp_tlf", 3, MMTJ, note="a fault report with no word of the payment"),
    e("n163", "dispute", None,
      "王经理：\n\n关于尾款，理事长的意思是湿度的问题解决了就付，我们没说不付，麻烦贵司尽快安排技术人员过来。\n\n张玉兰",
      "zp_tlf", 4, ZHANG_YL, danger=True, note="没说不付, but the payment waits on our fix"),
    e("olzhcn", "bank_question", None,
      "王经理：\n\n我们合作社在农村信用社开户，跨行转账要填收款行的12位联行号，贵司提醒函里只有开户行名称，麻烦提供一下。\n\n马建新\n副理事长",
      "zp_tlf", 4, MA_JX, danger=True),
    e("qqapp", "resend_request", None, "王经理 你们的收款账号发我一下 我这边手机银行里存的那个被我删了", "zp_tlf", 7, GULI,
      note="asks for our account; the reminder below has it"),
    e("huawei", "acceptance", None,
      "王经理 你们小李今天来了 晾房的探头全换了 现在的数跟我们拿湿度计量的一样 这个验收我们认了 钱的事让玉兰安排",
      "zp_tlf2", 9, ALI, note="voice; acceptance, the payment handed on with no day"),
    e("gmailzh", "other", None,
      "王经理您好，我是合作社的迪丽拜尔。理事长让我问一下，分级相机能不能把绿香妃和无核白分开？现在两种都算成一级。这个要另外收费吗？\n\nDilber",
      "zp_tlf2", 9, DILI),
    e("mailmaster", "acceptance", None,
      "王经理：\n\n理事长已经签了验收单，扫描件见附件。尾款等收购商的钱到了就付。\n\n古丽娜尔",
      "zp_tlf2", 10, GULI, atts=["验收单扫描件.pdf"], note="the scan is an acceptance, not a slip; payment on the co-op's own money, no day"),
    e("olzhcn", "promise", dec(31),
      "王经理：\n\n收购商的货款推迟了，原来说20号到，现在要到月底。尾款我们月底前付，不会再拖了。\n\n马建新",
      "zp_tlf2", 11, MA_JX, note="the day given up (20号) yields to 月底前"),
    e("n163", "more_time", None,
      "王经理：\n\n和您商量一下，尾款下周一先付一半三万八，剩下的一半一月十五号之前付清，这样可以吗？\n\n张玉兰",
      "zp_tlf2", 16, ZHANG_YL, note="an instalment plan proposed and asked: no single day"),
    e("huawei", "promise", dec(31),
      "王经理 你们怎么又发催款的 我们不是说好了月底吗 月底一定给你们 别催了",
      "zp_tlf2", 17, ALI, danger=True, note="voice; 不是说好了月底吗 restates the promise, not a refusal"),
    e("qqweb", "partial_payment", jan(15),
      "王经理 您好\n今天付了三万八 回单见附件 剩下的三万八按玉兰姐说的 一月十五号前付",
      "zp_tlf2", 21, GULI, atts=["农信社转账回单20261221.pdf"], danger=True, note="half paid, the rest's day"),
    e("qqapp", "other", None, "", "zp_tlf2", 23, MMTJ, atts=["IMG_20261223_164410.jpg"],
      note="a photo alone, no words: the PM looks at it"),
    e("n163", "promise", dec(31),
      "王经理：\n\n好消息，农户那边的钱提前回来了，剩下的三万八年底前就给您付掉，不用等到一月了。\n\n张玉兰",
      "zp_tlf2", 28, ZHANG_YL, note="年底前 = Dec 31; the January day given up"),
    e("qqapp", "paid", None, "王经理 剩下的三万八今天转过去了 这下两清了 明年葡萄下来再合作", "zp_tlf2", 30, GULI),
]

LY = [
    e("foxmail", "dispute", None,
      "王经理：\n\n您好！贵司开来的中期款发票，购买方名称是“洛阳国色牡丹种苗有限公司”，我司去年已改制为“洛阳国色牡丹种苗股份有限公司”，营业执照附后，税号没有变。这张票财务入不了账，等发票重开了再付。\n\n郭淑芳\n财务部",
      "zp_ly", 2, GUO_SF, atts=["营业执照副本.pdf"], danger=True, note="the buyer's name wrong: 等发票重开了再付"),
    e("foxmail", "dispute", None,
      "王经理：\n\n附件是双方合同第7页的扫描件。中期款的付款条件是“出口检疫模块通过海关单一窗口联调验证后”，联调到现在还没做，按合同这笔款还没到付款期，请贵司核实。\n\n郭淑芳",
      "zp_ly", 3, GUO_SF, atts=["合同扫描件_第7页.pdf"], danger=True, note="a contract scan, not a slip: not due under the contract"),
    e("coremail", "other", None,
      "王经理：\n\n检疫证书模板里“植物检疫证书号”一栏长度不够，荷兰那边的编号超过20位就被截断了，麻烦看一下。\n\n段晓雯\n出口部 检疫专员",
      "zp_ly", 3, DUAN_XW, note="a fault report with no word of the payment"),
    e("qqapp", "other", None, "王经理 苗圃的扫码枪今天又连不上了 几千棵苗等着出圃 能不能来个人", "zp_ly", 3, WANG_TZ,
      note="voice; a fault report"),
    e("ioszh", "dispute", None,
      "王经理，发票的事淑芳跟你们说了。票重开过来、单一窗口联调做完，三个工作日内付，这个你放心。",
      "zp_ly", 4, NIU_GQ, danger=True, note="a promise conditional on our reissue and our test: the objection holds"),
    e("coremail", "other", None,
      "王经理：\n\n证书号截断的问题如果这周能改好，这批苗就能按时报关；要是耽误了荷兰的订单，违约金我们是要找贵司的。\n\n段晓雯",
      "zp_ly", 4, DUAN_XW, danger=True, note="a threat about a fault, no word of this payment; not a dispute of it"),
    e("foxmail", "promise", dec(10),
      "王经理：\n\n重开的发票已收到，联调昨天也通过了。中期款我司将在3个工作日内支付。\n\n郭淑芳",
      "zp_ly", 7, GUO_SF, note="3个工作日内 from Mon 7th = Thu 10th"),
    e("owazh", "promise", dec(18),
      "王经理您好：\n\n牛总让我转告，荷兰客户的货款还没到，中期款10号付不了了，要推到下周五。抱歉！\n\n贾艾米\n出口部",
      "zp_ly", 9, JIA_AM, danger=True, note="10号付不了了 is a day given up, not a refusal; 下周五 from Wed 9th"),
    e("ioszh", "promise", None,
      "王经理，我们没说不付，就是晚几天，你们财务别一天一个电话了。",
      "zp_ly", 14, NIU_GQ, danger=True, note="没说不付…晚几天: a put-off stated with no day"),
    e("qqapp", "other", None, "王经理 扫码枪那个好了 谢谢你们小孙 大老远跑一趟", "zp_ly", 15, WANG_TZ),
    e("qqweb", "paid", None, "见附件", "zp_ly", 21, CHANG_L, atts=["工行电子回单_64000.pdf"],
      note="two words and a slip named as one"),
    e("mmios", "other", None,
      "王经理，回单上的附言我写成了“牡丹苗款”，会不会影响你们入账？需要的话我们出个说明。",
      "zp_ly", 21, CHANG_L, note="HTML only; paid, but the mail is a question for the PM"),
    e("owazh", "resend_request", None,
      "王经理：\n\n我们明年起所有供应商改用数电票，麻烦把这次中期款的发票也按数电票格式发一份电子版到财务邮箱 caiwu@guose-peony.com。\n\n贾艾米",
      "zp_ly", 23, JIA_AM, note="a form the client now chooses"),
    e("ioszh", "other", None, "王经理，明年四月牡丹花会，想加个游客扫码买苗的小程序，过完年你来一趟洛阳细谈。",
      "zp_ly", 22, NIU_GQ),
]

EE = [
    e("olzhcn", "more_time", None,
      "王经理：\n\n上线款185,000元，因今年原绒价格大幅下跌，我司资金紧张，申请分三期支付：12月底付60,000元，1月底付60,000元，春节前付清余款65,000元。请贵司考虑。\n\n白秀梅\n财务总监",
      "zp_ee", 2, BAI_XM, note="an instalment plan asked for: no single day"),
    e("ioszh", "more_time", None,
      "王经理，钱肯定不会不付，雪原做了三十年羊绒，没欠过谁一分钱。就是今年绒价跌得厉害，你们给点时间。",
      "zp_ee", 3, QIAO_HL, danger=True, note="不会不付 is no refusal; time asked with no day"),
    e("qqapp", "other", None, "王经理 横机排产的界面今天一直转圈 二车间一上午没排出一张单子 你们快看看", "zp_ee", 3, QIMUGE,
      note="voice; a fault report"),
    e("tbzh", "other", None,
      "转圈是数据库锁表了：你们昨晚跑补丁的时候没停定时任务。我已经手动解锁，现在正常。以后升级请提前一天通知我。\n\n刘斌\n信息部",
      "zp_ee", 4, LIU_B, below=True, note="bottom-posted; the fault explained, no payment word"),
    e("gmailzh", "promise", None,
      "王经理您好，我爸说上线款春节后再付，厂里现在忙着赶欧洲的圣诞订单，顾不上。\n\n乔宇",
      "zp_ee", 5, QIAO_Y, note="春节后 names no day; the son writes for his father"),
    e("olzhcn", "promise", None,
      "王经理：\n\n第二次提醒收到。分期方案贵司一直没有回复，我司决定先付一半92,500元，下周三付；另一半下个月初付。\n\n白秀梅",
      "zp_ee2", 8, BAI_XM, note="two days stated, a plan: no single day"),
    e("huawei", "resend_request", None,
      "王经理 我是采购部苏日娜 老板让我问一下你们的开户行和账号 财务那边要重新登记供应商信息",
      "zp_ee2", 9, SURINA, note="asking for our account"),
    e("applezh", "acceptance", None,
      "王经理：\n\n我看了二车间这个月的排产报表，比用系统之前效率高了百分之十五。上线这事我们认，钱按秀梅说的办。\n\n乔海龙",
      "zp_ee2", 10, QIAO_HL, note="go-live accepted; the payment left to finance with no day"),
    e("exmail", "partial_payment", jan(5),
      "王经理：\n\n今天付了92,500元，是上线款的一半，回单见附件。剩下的一半下个月初付。\n\n高娜\n出纳",
      "zp_ee2", 16, GAO_N, atts=["建行回单_92500.pdf"], danger=True, note="下个月初 = Jan 5"),
    e("ioszh", "partial_payment", jan(5),
      "王经理，我们昨天刚付了一半，你们就发催款函，这是什么意思？余款下个月初付，这个早就跟你们说过了。",
      "zp_eed", 17, QIAO_HL, danger=True, note="the demand answered: half paid yesterday, the rest on Jan 5"),
    e("qqapp", "other", None, "王经理 你们的催款函怎么发到车间来了 我们车间不管钱 你发给白总吧", "zp_eed", 18, QIMUGE,
      note="a misdirected demand; no payment word"),
    e("olzhcnplain", "promise", jan(15),
      "王经理：\n\n余款原定下个月初支付，因年底资金调度，需延至腊月初八前支付，望理解。\n\n白秀梅",
      "zp_eed", 28, BAI_XM, note="腊月初八 = 2027-01-15 (lunar); stated, not asked"),
    e("exmail", "paid", None,
      "王经理：\n\n上线款余款92,500元今日已付，至此上线款185,000元全部付清，回单见附件。\n\n高娜",
      "zp_eed", jan(14), GAO_N, atts=["建行回单_92500_0114.pdf"]),
    e("olmobzh", "other", None,
      "王经理，年会上老板说明年要把梳绒车间也接进系统，春节后请你们来鄂尔多斯一趟，先出个方案。",
      "zp_eed", 29, SURINA),
]

CZ = [
    e("n126", "promise", dec(22),
      "王经理：\n\n二期款已列入本月付款计划，二十天内付。\n\n韦美玲\n甘泉糖业 财务部",
      "zp_cz", 2, WEI_ML, note="二十天内 = day + 20"),
    e("qqapp", "other", None, "王经理 三号地磅今天过完磅系统里没数 蔗农在门口吵 赶紧弄", "zp_cz", 2, LU_H,
      note="voice; a fault report"),
    e("qqhtml", "other", None,
      "王经理，过磅单打印出来甘蔗净重少了一位小数，蔗农说我们扣秤，这个要尽快改。",
      "zp_cz", 3, NONG_XY, note="HTML only; a fault report"),
    e("owazh", "dispute", None,
      "王经理：\n\n榨季刚开始，过磅系统三天两头出问题，蔗农已经闹到镇政府了。二期款我已经让财务先停下来，系统稳定运行一周再说。\n\n黄永强\n副总经理",
      "zp_cz", 4, HUANG_YQ, danger=True),
    e("gmailzh", "other", None,
      "王经理：\n\n问题找到了：地磅仪表的串口波特率被你们上次升级改成了9600，原来是4800。已经改回，今天下午过磅正常。\n\n蒙志刚\n信息中心",
      "zp_cz", 7, MENG_ZG),
    e("sina", "other", None,
      "王经理你好：\n\n我是集团审计部的。贵司二期款对应合同附件三的验收条款，需要补一份双方签字盖章的阶段验收报告，否则审计不放款。请贵司准备。\n\n甘泉集团审计部",
      "zp_czd", 9, AUDIT, note="a paper the payer's audit needs (not our invoice or account): the PM answers"),
    e("owazh", "dispute", None,
      "王经理：\n\n催款函收到了。我们停付二期款的原因上周已经书面说过，过磅的问题贵司也承认了，系统还没稳定一周，现在发催款函不合适。\n\n黄永强",
      "zp_czd", 10, HUANG_YQ, danger=True, note="the demand answered: the hold still stands"),
    e("n126", "more_time", dec(31),
      "王经理：\n\n跟您说一下实际情况：我们的流动资金要等区财政的糖料蔗良种补贴下达，二期款能否宽限至本月下旬？\n\n韦美玲",
      "zp_czd", 11, WEI_ML, note="public money; 下旬 = the month's last day"),
    e("owazh", "promise", dec(31),
      "王经理：\n\n过磅系统这一周跑得很稳，蔗农也不闹了。二期款我批了，本月内付。\n\n黄永强",
      "zp_czd", 14, HUANG_YQ, note="本月内 = Dec 31"),
    e("n126", "promise", dec(23),
      "王经理：\n\n二期款不是这个月付不了，是集团资金池月中统一调拨，我们会在12月21日至23日之间付出。\n\n韦美玲",
      "zp_czd", 15, WEI_ML, danger=True, note="不是…付不了; a window = its last day"),
    e("huawei", "promise", dec(31),
      "王经理 我们糖厂不是没钱 榨季一开工钱都压在蔗款上了 等白糖卖出去就付你们 元旦前白糖款肯定回来",
      "zp_czd", 16, GAN_DF, danger=True, note="voice; own money said to come by 元旦前, payment on its arrival"),
    e("qqapp", "other", None, "王经理 农务科想把砍运调度的短信通知改成微信推送 麻烦报个价", "zp_czd", 21, LU_H),
    e("n126", "promise", dec(24),
      "王经理：\n\n付款申请已经走完审批，预计本周四之前付出。\n\n韦美玲",
      "zp_czd", 22, WEI_ML, note="本周四 from Tue 22nd"),
    e("alimail", "paid", None,
      "王经理：\n\n二期款142,000元已于今日通过广西北部湾银行付出，电子回单见附件，请查收。\n\n覃丽\n出纳",
      "zp_czd", 23, QIN_L, atts=["北部湾银行电子回单.pdf"]),
]

WX = [
    e("sina", "dispute", None,
      "王经理：\n\n验收款还没付，是因为验收还没做。贵司说的11月20日到期我们不认，合同第四条写的是“验收合格后十五日内付款”。\n\n孟庆芳\n会计",
      "zp_wx", 2, MENG_QF, danger=True, note="还没付: not due under the contract"),
    e("qqapp", "other", None, "王经理 学员刷脸进宿舍那个 晚上十点以后就认不出来 灯一暗就不行 学生都翻墙进来了", "zp_wx", 3,
      ZHAO_G, note="voice; a fault report"),
    e("ioszh", "dispute", None,
      "王经理 刷脸的事你们抓紧 弄好了我们就验收 验收完了钱马上给你们 不差这点钱",
      "zp_wx", 4, LIU_ZW, danger=True, note="voice; the payment waits on our fix"),
    e("mailmaster", "other", None,
      "王经理：\n\n宿舍楼门口补装了两个红外补光灯，今晚十点以后再试一下。\n\n张红\n后勤处",
      "zp_wx", 7, ZHANG_H),
    e("coremail", "other", None,
      "王经理：\n\n加了补光灯以后夜间识别率测了三个晚上，都在98%以上，我这边没有问题了，已经跟校长汇报。\n\n李明辉\n信息中心",
      "zp_wx", 9, LI_MH, note="the school's IT consents; the head still to sign; relabelled acceptance -> other by the convention 'An objection dropped or our fix found working, with no acceptance said … is other' (session 17)"),
    e("ioszh", "acceptance", dec(15),
      "王经理 验收单我签了 让庆芳下周二前把验收款付了",
      "zp_wx", 10, LIU_ZW, note="acceptance with a day: 下周二 from Thu 10th"),
    e("sina", "dispute", None,
      "王经理：\n\n验收款原计划下周二付。但贵司之前寄来的是增值税普通发票，我校是一般纳税人，普票不能抵扣，请作废后重开专用发票，专票到了再付。\n\n孟庆芳",
      "zp_wx", 11, MENG_QF, danger=True, note="普票 where a 专票 is due"),
    e("qqweb", "dispute", None, "王经理，专票重开了没有？票不到我们这边付不了款。", "zp_wx", 14, WANG_XY,
      danger=True, note="the reissue still awaited; the payment waits on it"),
    e("sina", "promise", dec(30),
      "王经理：\n\n专票已收到。原定15号的验收款因为发票耽误了，学校年底要先发教练的工资，改到十二月三十号前付。\n\n孟庆芳",
      "zp_wx", 16, MENG_QF, note="the day given up; 十二月三十号前"),
    e("qqapp", "other", None, "王经理 明年春季招生 想加个家长在手机上看孩子训练视频的功能 能做吗", "zp_wx", 18, ZHAO_G),
    e("ioszh", "promise", dec(31),
      "王经理 钱这个月底以前肯定给你 我们学校不会赖账的 放心",
      "zp_wx", 22, LIU_ZW, danger=True, note="voice; 不会赖账 is no refusal; 月底以前"),
    e("qqweb", "paid", None, "王经理：验收款今天付了，支付凭证见附件。", "zp_wx", 30, WANG_XY, atts=["支付凭证.jpg"]),
]

TLF += [
    e("n163", "promise", dec(20),
      "王经理：\n\n您的问题我直接写在下面原文里了，请看。\n\n张玉兰",
      "zp_tlf", 5, ZHANG_YL, inline=("如已付款", "【张玉兰：没有付。收购商的钱二十号左右到，到了就给你们付。】"),
      danger=True, note="answered inside the quote, under its 如已付款 line"),
    e("qqweb", "other", None,
      "王经理 上周一我已经把你们的账号登记到网银里了 等玉兰姐说付就付",
      "zp_tlf2", 11, GULI, danger=True, note="已经 is the account registered, not a payment; no day"),
]
LY += [
    e("owazh", "promise", dec(21),
      "王经理您好：\n\n中期款已经安排好了，下周一付。不是上周一——上周一那笔是付给嵩县苗木基地的，财务那边搞混了，之前跟您说已付是我们弄错了，抱歉。\n\n贾艾米",
      "zp_ly", 16, JIA_AM, danger=True, note="上周一 was another payee's; 下周一 from Wed 16th"),
]
EE += [
    e("olzhcn", "partial_payment", jan(5),
      "王经理：\n\n贵司催款函所称“至今仍未收到上述款项”与事实不符：我司已于2026年12月16日支付上线款92,500元（回单见附件），余款92,500元按此前告知于2027年1月5日前支付。请贵司核对账目后更正。\n\n白秀梅\n财务总监",
      "zp_eed", 21, BAI_XM, atts=["建行回单_92500.pdf"], danger=True, note="the demand answered formally: half paid, the rest's day"),
]
CZ += [
    e("qqhtml", "other", None, "王经理，补丁装了以后过磅单的小数点对了，蔗农不闹了，谢谢你们。", "zp_cz", 10, NONG_XY,
      note="HTML only; thanks for a fix"),
    e("alimail", "bank_question", None,
      "王经理：\n\n今天收到一封以贵司名义发来的邮件，说收款账户变更为“示例科技有限公司杭州滨江分公司”，账号6217开头。贵司提醒里写着从不通过邮件变更账户，请问这封是真的吗？二期款我们还没付，等您电话确认。\n\n覃丽",
      "zp_czd", 17, QIN_L, danger=True, note="a changed account reported: the fraud pattern"),
]
WX += [
    e("mailmaster", "promise", None,
      "王经理：\n\n孟会计出差了，十二月五号回来，付款的事她回来以后处理。\n\n张红",
      "zp_wx", 2, ZHANG_H, note="an absence's end; a hand-off with no payment day; relabelled other -> promise by the conventions 'the client STATING when it will pay is a promise' and 'a payment at my return or when she is back is on no day' (session 17)"),
    e("qqweb", "dispute", None,
      "王经理，您邮件里说“如已付款，烦请回复告知付款日期”。我们没付，也没说过要付，宿舍刷脸都还没验收呢。",
      "zp_wx", 8, WANG_XY, danger=True, note="quotes the reminder's 如已付款 in her own words; not due until acceptance"),
]
HM = [
    e("n126", "promise", dec(7),
      "王经理：\n\n中期款还没付，不好意思，月底事情多给忘了。下周一付。\n\n汪丽华\n会计",
      "zp_hm", 2, WANG_LH, danger=True, note="还没付; 下周一 from Wed 2nd"),
    e("qqapp", "other", None, "王经理 系统里烟料配比的数又不对了 你看照片 松烟那一栏", "zp_hm", 3, CHENG_XJ,
      atts=["IMG_20261203_101522.jpg"], note="a defect photo with words; no payment word"),
    e("gmailzh", "other", None,
      "王经理您好，我爸问系统能不能直接导出给海关的出口发票，日本的客户要。\n\n曹雨",
      "zp_hm", 4, CAO_Y),
    e("applezh", "other", None,
      "王经理：\n\n烟料配比错一次，一窑墨就废了，三千多块钱。这个问题要是再出一次，中期款我就扣下来抵损失。\n\n曹正德",
      "zp_hm", 5, CAO_ZD, danger=True, note="a threat on a future fault; nothing withheld now: the PM reads it"),
    e("n126", "promise", dec(10),
      "王经理：\n\n说好的周一没付成，网银U盾过期了，昨天去银行换了新的。本周四付。\n\n汪丽华",
      "zp_hm", 8, WANG_LH, danger=True, note="周一没付成: the promised Monday not kept; 本周四 from Tue 8th"),
    e("alimail", "paid", None,
      "王经理：\n\n中期款48,000元已于今日支付，付款回单见附件。\n\n胡敏\n出纳",
      "zp_hm", 10, HU_M, atts=["中期款付款回单.pdf"]),
    e("applezh", "paid", None,
      "王经理：\n\n钱收到没有？我们上周四就付了，小胡说回单也发给你们了。\n\n曹正德",
      "zp_hm", 14, CAO_ZD, note="上周四 = Dec 10; asks whether it arrived"),
    e("n126", "resend_request", None,
      "王经理：\n\n您好，年底我们要对账，麻烦贵司出一份截至12月31日的往来对账单，盖章后寄给我们。\n\n汪丽华",
      "zp_hm", 16, WANG_LH, note="a statement of account asked: the PM answers; relabelled other -> resend_request by the convention 'A statement of account asked for … is resend_request' (session 17)"),
    e("qqapp", "other", None, "王经理 过年前日本客户要一批油烟墨 系统里能不能加个加急单", "zp_hm", 21, CHENG_XJ),
]
# fmt: on

ZP_SET = TLF + LY + EE + CZ + WX + HM + ZP_INTL + ZP_MACHINE
