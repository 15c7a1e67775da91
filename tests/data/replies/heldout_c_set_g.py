"""Held-out set G: yet other trades, people and wordings, written blind (issue 12).

The session's generalisation measure: a kindergarten group, a film production company, a
Ningbo freight forwarder, a Chengdu restaurant chain (Sichuan speech), a Wuhan state-owned
group (OA nodes, audits, 承兑汇票), a Hsinchu electronics firm (Traditional, Big5), a
Hangzhou live-streaming agency, and clients in Seoul, Dubai (post-dated cheques), São Paulo,
Macau (Cantonese), Vietnam and Melbourne writing English. Entries as set F's.
"""

from __future__ import annotations

import heldout_c_machine_f as m
import heldout_c_threads_g  # noqa: F401  (registers set G's threads)
from heldout_c_set_f import d, e
from heldout_c_threads_f import Who

# fmt: off
SONG = Who("g-kg", "宋园长", "songyz@qmxedu.cn")
SONG163 = Who("g-kg", "宋园长", "song_yz1975@163.com")
TAO = Who("g-kg", "陶丽", "taoli@qmxedu.cn")
ZHU = Who("g-kg", "小朱", "2231906655@qq.com")
ZHOU = Who("g-film", "周制片", "zhouzhipian@foxmail.com")
GNCW = Who("g-film", "", "caiwu@guangnian-film.com")
GNZL = Who("g-film", "制片助理 小米", "mixiaoyu@guangnian-film.com")
GNBOSS = Who("g-film", "陈光年", "chengn@guangnian-film.com")
ZHENG = Who("g-freight", "郑国平", "zhenggp@nbhaitong.com")
ZHENGQ = Who("g-freight", "郑国平", "3350117290@qq.com")
YING = Who("g-freight", "财务-小应", "ying_nbht@163.com")
DANZ = Who("g-freight", "单证部", "1299834410@qq.com")
LIU = Who("g-cdfood", "刘姐", "1580098123@qq.com")
CDDZ = Who("g-cdfood", "春熙路店 店长", "swf_chunxi@swfood.cn")
CDCW = Who("g-cdfood", "蜀味坊财务", "swf_caiwu@126.com")
QIAN = Who("g-soe", "钱主任", "qianzr@whjt.com.cn")
FSSC = Who("g-soe", "财务共享中心", "fssc@whjt.com.cn")
TIAN = Who("g-soe", "田宇", "tianyu@whjt.com.cn")
AUDIT = Who("g-soe", "审计处", "sjc@whjt.com.cn")
LINTW = Who("g-tw", "林志豪", "lin.pm@jingyu-elec.com.tw", "Asia/Taipei")
HUANG = Who("g-tw", "黃雅琪", "acct.huang@jingyu-elec.com.tw", "Asia/Taipei")
CAIGOU = Who("g-tw", "採購 張先生", "jy.purchase.chang@gmail.com", "Asia/Taipei")
AJIE = Who("g-mcn", "阿杰", "2648805517@qq.com")
XMCW = Who("g-mcn", "星芒财务", "caiwu@xingmang-media.com")
XMYY = Who("g-mcn", "运营 王佳", "wangjia@xingmang-media.com")
PARK = Who("g-kr", "Ji-hoon Park", "jh.park@hanbitgames.co.kr", "Asia/Seoul")
KIM = Who("g-kr", "Kim Soo-yeon", "finance@hanbitgames.co.kr", "Asia/Seoul")
PARKG = Who("g-kr", "Ji-hoon Park", "jihoon.park.hb@gmail.com", "Asia/Seoul")
HADDAD = Who("g-ae", "Karim Haddad", "k.haddad@alnoorfm.ae", "Asia/Dubai")
ANFACC = Who("g-ae", "Accounts Department", "accounts@alnoorfm.ae", "Asia/Dubai")
SOUZA = Who("g-br", "Ana Souza", "ana.souza@vilaverde.com.br", "America/Sao_Paulo")
FIN = Who("g-br", "Financeiro Vila Verde", "financeiro@vilaverde.com.br", "America/Sao_Paulo")
LEONG = Who("g-mo", "梁志偉", "cw.leong@hotel-lusitano.com.mo", "Asia/Macau")
LEONGG = Who("g-mo", "Leong Chi Wai", "leongcw.mo@gmail.com", "Asia/Macau")
MOFIN = Who("g-mo", "Finance Department", "finance@hotel-lusitano.com.mo", "Asia/Macau")
LAN = Who("g-vn", "Nguyen Thi Lan", "lan.nt@saigonpp.vn", "Asia/Ho_Chi_Minh")
HUNG = Who("g-vn", "Tran Van Hung", "ketoan@saigonpp.vn", "Asia/Ho_Chi_Minh")
SARAH = Who("g-au", "Sarah Nguyen", "practice.manager@banksiahealth.com.au", "Australia/Melbourne")
CDXIE = Who("g-cdfood", "会计 小谢", "swf_xie@sina.com")
AJIEG = Who("g-mcn", "Jay", "ajie.streamer@gmail.com")
WALSH = Who("g-au", "Helen Walsh", "helen.walsh@icloud.com", "Australia/Melbourne")
BHCAP = Who("g-au", "Accounts Payable", "accounts@banksiahealth.com.au", "Australia/Melbourne")
# fmt: on


X = {"danger": True}

# fmt: off
G_SET: list[tuple] = [
    # --- kindergarten group (幼教集团, Hefei) ---
    e(SONG, "exmail", "dispute", None, "王经理您好！\n\n上线款的事情我们这边有点疑问想先沟通一下：合同里写明的家长端小程序“在线缴费”功能到现在还没有开通，园里家长已经问了好几次了。这块功能上线之前，上线款我们先不安排了，还请理解。\n\n宋园长", **X),
    e(TAO, "alimail", "paid", None, "王经理：\n\n上线款56,000元已于12月1日由集团账户支付（附回单），请查收。\n\n集团财务部 陶丽\n0551-6536 2210\n*集团财务每月25日后停止付款，次月5日恢复*", atts=["回单-启明星-20261201.pdf"]),
    e(ZHU, "qqapp", "other", None, "王经理 园长在开家长会 我帮你问问"),
    e(SONG, "exmail", "acceptance", None, "王经理：\n\n系统试运行了一个月，各园区反馈都不错，我们同意验收。验收单已经盖好章，明天快递给您。", day=d(12, 3)),
    e(TAO, "alimail", "promise", d(12, 11), "您好，上线款已纳入集团12月第二批付款计划，付款日为12月11日。", **X),
    e(SONG163, "n163", "more_time", None, "王经理，今年招生不太理想，园里资金有点紧张，上线款能不能分两次付？这个月先付一半，剩下的春节后再付。"),
    e(TAO, "alimail", "resend_request", None, "您好，请提供贵司截至11月30日的对账单，集团年底统一对账后付款。"),
    e(ZHU, "qqapp", "bank_question", None, "王经理，财务说你们发票上的开户行是建行，邮件里写的是示例银行，到底打哪个账户？", **X),
    e(SONG, "exmail", "dispute", None, "王经理，集团先付了28,000，剩下的一半要等在线缴费功能上线、验收通过以后再付，这是集团的决定。", note="part paid, the rest held until our fix", **X),
    e(TAO, "alimail", "paid", None, "王经理，这笔款上周四就付了，您那边再查一下，是不是户名对不上被退回了？", day=d(12, 7)),
    e(TAO, "alimail", "auto_reply", None, "", raw=m.vacation("您好，本人12月3日至12月8日休年假，期间不处理付款事宜，急事请联系集团财务部 0551-6536 2200。", "ali")),
    e(ZHU, "qqapp", "other", None, "收到 👍"),
    e(SONG, "exmail", "promise", d(1, 20), "王经理，上线款我们不是不付，是要等集团统一付款日，每月20号，这个月的已经过了，只能下个月20号了。", **X),
    e(ZHU, "qqapp", "promise", None, "园长说没问题 下周让财务付"),
    e(SONG163, "n163", "resend_request", None, "王经理，我们一直没有收到你们的发票，是不是寄错地址了？麻烦再寄一次，地址：合肥市蜀山区长江西路某某号 启明星幼教集团 财务部。"),
    e(TAO, "alimail", "paid", None, "付款时间：2026-11-30\n付款金额：56,000.00\n收款方：示例科技有限公司\n用途：家园共育平台上线款\n\n陶丽"),
    # --- film production company (Beijing) ---
    e(ZHOU, "qqweb", "dispute", None, "王老师，后期款的事我跟您交个底：平台那边的尾款还没结给我们，我们这个项目是背靠背的，他们结了我们马上结给你们，大概率要到明年了。", note="pay-when-paid", **X),
    e(GNCW, "foxmail", "paid", None, "王总：\n\n后期制作款120,000元今天已通过招商银行转出，电子回单见附件。\n\n光年影业 财务部", atts=["电子回单.pdf"]),
    e(GNZL, "ioszh", "other", None, "王老师好，周制片这周在横店跟组，信号不好，回来后会跟您联系。"),
    e(ZHOU, "qqweb", "dispute", None, "王老师，成片调色那块导演还是不太满意，第8、12、15场的肤色偏黄，麻烦再调一版，调完了我们就走付款流程。", **X),
    e(GNCW, "foxmail", "promise", d(12, 15), "王总您好：\n\n后期制作款预计12.15支付，请知悉。"),
    e(GNBOSS, "mmios", "other", None, "款我已经让财务付了，你们留意一下", note="ordered finance to pay, not confirmed", **X),
    e(GNCW, "foxmail", "partial_payment", None, "王总：\n\n已先支付后期制作款的50%即60,000元，余款在影片过审后支付（合同第4.2条）。"),
    e(ZHOU, "qqweb", "dispute", None, "王老师，财务说发票开成了“技术服务费”，我们这边入账要“制作费”，麻烦重开一张，谢谢！"),
    e(GNCW, "foxmail", "more_time", d(1, 20), "王总您好：\n\n公司年底资金紧张，后期款申请延期至2027年1月20日支付，望理解。\n\n财务部"),
    e(ZHOU, "qqweb", "dispute", None, "王老师 看下面", inline=("金额", "【这个数不对，之前说好加急费免了，应该是11万】")),
    e(GNZL, "ioszh", "other", None, "已转给财务刘姐了", **X),
    e(ZHOU, "qqweb", "promise", None, "王老师 别急 钱肯定给 就是时间问题"),
    e(GNCW, "foxmail", "paid", None, "王总：\n\n经核实，我司账上显示该笔款项已于11月20日付出，金额120,000元，交易流水号2026112012345678。如贵司未收到请查询。"),
    e(GNZL, "ioszh", "promise", d(12, 9), "王老师，周制片说下周三之前一定付。"),
    e(GNCW, "foxmail", "dispute", None, "王总，转一下我们老板的意见：\n\n发件人： 陈光年\n发送时间： 2026-12-01 22:10\n收件人： 财务部\n主题： 后期款\n\n小刘，这个后期公司的钱先别付，调色的问题没解决。", **X),
    e(ZHOU, "qqweb", "dispute", None, "王老师，合同里写的是“成片交付并经平台审核通过后30日内”付款，现在平台还没审完，所以还没到付款时间哈。", **X),
    # --- freight forwarder (Ningbo) ---
    e(ZHENG, "olzhcn", "paid", None, "王总，系统年费我们上个月底就付了，跨行可能慢一点，麻烦再等两天看看。\n\n郑国平\n宁波海通国际货运代理有限公司\n电话：0574-8766 1000"),
    e(YING, "n163", "promise", d(12, 14), "王经理，年费走的是集团资金池，审批流程下下周一能走完，走完当天付。"),
    e(ZHENG, "olzhcn", "dispute", None, "王总，今年系统停机三次，最长一次停了大半天，我们好几票舱单都没发出去被罚了。年费按原价付我们不能接受，这个得谈谈。", **X),
    e(YING, "n163", "resend_request", None, "王经理，年费发票能不能开成两张？一张44,000，我们分两个部门报销。"),
    e(DANZ, "qqweb", "other", None, "您好，我是单证部的，这个邮件应该发给财务部，我已经转给财务小应了。", **X),
    e(ZHENG, "olzhcn", "more_time", d(1, 10), "王总，最近海运费大跌，我们现金流很紧，年费能不能宽限到1月10号？"),
    e(YING, "n163", "partial_payment", None, "王经理，今天先付了50,000，剩余38,000下周五前付清。"),
    e(ZHENGQ, "qqapp", "bank_question", None, "王总 你们收款能收美元吗 我们这边美元多 想直接付美金 给个美元账户"),
    e(YING, "n163", "paid", None, "王经理，年费已经用银行承兑汇票支付了，票据已背书转让给贵司，票号1304 3310 0002 2026 1201 0001 23，请在网银签收。", note="paid by a bank acceptance bill"),
    e(ZHENG, "olzhcn", "other", None, "王总，这笔好像财务已经付过了，我再跟他们确认一下。", **X),
    e(DANZ, "qqweb", "auto_reply", None, "", raw=m.vacation("您好，我正在休假，12月7日回来，单证问题请联系 0574-8766 1010。", "qq")),
    e(ZHENG, "olzhcn", "promise", d(12, 4), "王总，我们从来没说过不付，只是财务流程慢，本周五之前肯定到账。", **X),
    e(YING, "n163", "paid", None, "王经理您好，款项已经汇出，请查收。\n另：我司12月31日至1月3日放假，期间不办理业务。"),
    e(ZHENG, "olzhcn", "promise", d(12, 8), "王总好，我刚问了财务，说是12月8号付，到时候我再跟你确认。"),
    # --- restaurant chain (Chengdu) ---
    e(LIU, "qqapp", "promise", None, "晓得了 这两天忙完就给你打过来 莫着急嘛"),
    e(LIU, "qqapp", "dispute", None, "收银机老是死机 上个周六晚上高峰期死了半个钟头 客人都走了 这个钱我们不得付哈 先把问题解决了再说", **X),
    e(CDCW, "n126", "paid", None, "王经理您好，门店收银系统款已付34,600元，付款时间2026-12-01 15:32，附转账截图。", atts=["转账截图.jpg"]),
    e(CDDZ, "huawei", "other", None, "老板娘出去了 回来我跟她说"),
    e(LIU, "qqapp", "more_time", None, "王经理 能不能分三个月付嘛 一个月一万多 现在生意不好做"),
    e(CDCW, "n126", "partial_payment", None, "王经理，已付一半17,300，剩下的月底前付。"),
    e(LIU, "qqapp", "paid", None, "上个礼拜就转了撒 你们查下嘛"),
    e(LIU, "qqapp", "promise", d(12, 11), "要得 周五打", day=d(12, 7)),
    e(CDCW, "n126", "bank_question", None, "王经理，你们另外发来的那封邮件里收款账户的户名是王明个人，跟公司名字不一样，我们不敢打，请确认一下。", **X),
    e(LIU, "qqapp", "other", None, "？"),
    e(CDCW, "n126", "acceptance", None, "王经理，五家门店都装好了，试用两周没问题，验收单已签，扫描件附上。", atts=["验收单.jpg"]),
    e(LIU, "qqapp", "dispute", None, "钱没得问题 就是你们那个系统确实不好用 服务员天天在骂", note="will pay but complains"),
    e(CDCW, "n126", "paid", None, "王经理，上个月已经付了两笔，一笔设备款一笔系统款，你核对一下是不是重复催了。"),
    e(LIU, "qqapp", "dispute", None, "王经理 你们是不是搞错了 我们签的合同是三万二 不是三万四千六", **X),
    # --- state-owned group (Wuhan) ---
    e(QIAN, "coremail", "other", None, "王经理：\n验收款需上集团“三重一大”会议审议，会议时间待定，审议通过后由财务共享中心支付。\n钱主任", **X),
    e(FSSC, "olzhcnplain", "paid", None, "王明先生：\n\n贵司“集团数据中台建设项目验收款”412,000.00元已于2026年12月1日支付，支付方式：银行转账。\n\n此邮件由财务共享中心发出，如有疑问请致电027-8555 0000。"),
    e(TIAN, "owazh", "resend_request", None, "王经理，集团要求供应商通过电子发票服务平台开具数电票，纸质发票不再受理，麻烦重新开具数电票后发我邮箱。"),
    e(AUDIT, "coremail", "dispute", None, "王经理：\n经集团审计处结算审计，该项目审定金额为398,500元，核减13,500元，核减明细见附件。验收款按审定金额支付。\n审计处", atts=["审计核减明细.pdf"], **X),
    e(TIAN, "owazh", "promise", d(12, 15), "王经理，财务共享中心排期在12月中旬付款。"),
    e(QIAN, "coremail", "acceptance", None, "王经理：\n项目终验会议已于11月27日召开，专家组一致同意通过终验，会议纪要随后发您。"),
    e(TIAN, "owazh", "other", None, "王经理，这笔款集团准备用商业承兑汇票（6个月）支付，你们能接受吗？", **X),
    e(FSSC, "olzhcnplain", "auto_reply", None, "", raw=m.ticket("本邮件为系统自动发送，请勿回复。\n\n您的来函已受理，受理编号FK20261202-0931。我们将在5个工作日内处理。", "付款查询受理通知", ("财务共享中心", "fssc-noreply@whjt.com.cn"))),
    e(QIAN, "coremail", "more_time", None, "王经理：\n集团年底资金冻结，12月15日以后所有付款暂停，这笔可能要到明年一季度了，请理解。"),
    e(TIAN, "owazh", "bank_question", None, "王经理，我们收到一份盖有贵司公章的《收款账户变更函》，集团供应商系统里贵司的账户需要更新吗？请确认。", **X),
    e(QIAN, "coremail", "other", None, "王经理，请问贵司能否提供近三年的纳税信用等级证明？集团供应商年审需要。"),
    e(TIAN, "owazh", "other", None, "王经理，付款申请单在OA里已经走到第三个节点（财务总监）了，后面还有总会计师和总经理两个节点。", **X),
    e(QIAN, "tbzh", "promise", d(12, 31), "王经理：\n经研究，验收款将于12月下旬支付。\n钱主任", below=True),
    e(FSSC, "olzhcnplain", "dispute", None, "王明先生：\n\n贵司提交的发票存在以下问题：购买方纳税人识别号有误（应为91420100MA4K8XXXXX）。请重新开具后提交，原发票作废处理。\n\n财务共享中心"),
    e(QIAN, "coremail", "dispute", None, "王经理，意见写在下面了。", inline=("付款截止日", "【此日期有误：合同约定终验后30个工作日内付款，终验日为11月27日。】"), **X),
    e(TIAN, "olmobzh", "paid", None, "王经理，您好！关于验收款，集团财务部回复：已于本周一支付。"),
    e(QIAN, "coremail", "other", None, "王经理，这个项目的付款请以后直接联系财务共享中心，我这边不再负责。"),
    e(QIAN, "coremail", "auto_reply", None, "", raw=m.receipt("zh"), **X),
    # --- electronics firm (Hsinchu, Traditional) ---
    e(LINTW, "olzhtw", "promise", d(1, 31), "王經理您好：\n\n本公司付款條件為月結60天，貴司11月17日之請款單將於2027年1月31日付款，敬請知悉。\n\n林志豪"),
    e(HUANG, "owazhtw", "paid", None, "王經理：\n\n開發費USD 23,500已於12月1日電匯，水單如附件，請查收。\n\n會計 黃雅琪", atts=["水單.pdf"]),
    e(CAIGOU, "gmailtw", "dispute", None, "王經理，NRE開發的韌體目前還有兩個問題未解（藍牙配對失敗、OTA中斷），依合約需全部功能驗證通過才付款，請先處理。", **X),
    e(LINTW, "ioszhtw", "other", None, "好的，我請會計處理"),
    e(HUANG, "owazhtw", "partial_payment", None, "王經理：\n\n已先匯USD 20,000，其餘USD 3,500待工程確認後再付。"),
    e(LINTW, "olzhtw", "bank_question", None, "王經理，請提供貴司英文銀行資料（Beneficiary Bank、SWIFT Code、銀行地址），我們國外匯款需要。"),
    e(HUANG, "owazhtw", "resend_request", None, "王經理，請補寄商業發票（Commercial Invoice）正本，我們需要用來報帳。"),
    e(LINTW, "olzhtw", "dispute", None, "王經理，報價單上NRE為USD 21,000，請款單卻是USD 23,500，差額請說明。"),
    e(HUANG, "owazhtw", "auto_reply", None, "", raw=m.oof("您好，本人12/2-12/4請假，如有急事請洽會計部 03-578 1234 分機 210。", "zh-Hant")),
    e(HUANG, "olmobtw", "paid", None, "王經理：已於上週五匯出，因為是跨境匯款，約需3-5個工作天入帳。"),
    e(LINTW, "olzhtw", "resend_request", None, "王經理，這筆我們尚未付款，原因是還沒收到貴司的正式發票（Invoice）。收到後會於下一個付款日（每月25日）付款。"),
    e(LINTW, "ioszhtw", "paid", None, "已匯"),
    e(LINTW, "olzhtw", "other", None, "王經理：請問貴司可否接受以新台幣付款？匯率以付款當日台銀牌告為準。"),
    # --- live-streaming agency (Hangzhou MCN) ---
    e(AJIE, "qqapp", "more_time", None, "哥 这个月流水太差了 系统费能不能先欠着 下个月一起"),
    e(AJIE, "qqapp", "promise", d(12, 3), "已经走了付款申请 财务说周四付"),
    e(XMCW, "exmail", "paid", None, "您好，10月系统服务费9,800元已付，谢谢。"),
    e(XMYY, "alimail", "dispute", None, "王经理，10月份数据看板有三天不更新，主播的打赏数据都对不上，这个月的服务费我们申请减免一部分。"),
    e(AJIE, "qqapp", "more_time", None, "没钱 真没钱 等双12过了再说"),
    e(XMCW, "exmail", "promise", d(12, 10), "您好，财务这边安排在12/10付款。"),
    e(AJIE, "qqapp", "resend_request", None, "发我下收款码"),
    e(XMYY, "alimail", "other", None, "王经理，我们老板想约您下周见个面，聊聊明年续约的事。"),
    e(AJIE, "qqapp", "partial_payment", None, "刚转了5000 剩下的下周"),
    e(XMCW, "exmail", "paid", None, "您好，这个月的已经付了，是不是你们把10月和11月的搞混了？"),
    e(AJIE, "qqapp", "other", None, "谁啊"),
    e(XMYY, "alimail", "promise", d(12, 15), "王经理，财务这周在做年度审计，付款会晚几天，下周二之前付。", day=d(12, 10)),
    e(AJIE, "qqhtml", "promise", d(12, 3), "好的好的 明天就付哈"),
    # --- Seoul game studio ---
    e(PARK, "olen", "promise", d(12, 15), "Dear Mr. Wang,\n\nSorry for late response. Our finance team will transfer the payment on 2026.12.15.\n\nBest regards,\nJi-hoon Park"),
    e(KIM, "owaen", "paid", None, "Dear Sir,\n\nWe remitted KRW 42,000,000 today. Please find the remittance copy attached.\n\nKim Soo-yeon / Finance Team", atts=["remittance_copy_HBG.pdf"]),
    e(PARK, "olen", "dispute", None, "Dear Mr. Wang,\n\nWe found the beta build still crashes on Galaxy S21 devices, which was in the acceptance criteria. We cannot close the beta milestone until this is fixed, so the payment is on hold for now.\n\nJi-hoon", **X),
    e(KIM, "owaen", "partial_payment", None, "Dear Sir,\n\nWe paid KRW 37,380,000 after deducting 11% withholding tax as required by Korean tax law. We will send you the withholding tax certificate.\n\nKim Soo-yeon", **X),
    e(PARKG, "gmailapp", "other", None, "I'm at G-Star this week, will check with finance next Monday."),
    e(KIM, "owaen", "resend_request", None, "Dear Sir,\n\nCould you send the invoice in English with your business registration number? The Chinese one cannot be processed by our accounting system.\n\nKim Soo-yeon"),
    e(PARK, "olen", "acceptance", None, "Hi, QA passed the beta build today. We accept the beta milestone."),
    e(KIM, "owaen", "more_time", None, "Dear Sir,\n\nOur company has a cash flow problem due to the delayed launch. Could you allow us to pay in 3 instalments from January?\n\nKim Soo-yeon"),
    e(PARK, "olen", "dispute", None, "Dear Mr. Wang,\n\nI think there is misunderstanding. According to the contract, the beta payment is after the Google Play launch, which is scheduled on January 2027. So it is not overdue yet.\n\nJi-hoon", **X),
    e(KIM, "owaen", "promise", d(12, 11), "Dear Sir,\n\nThe payment will be made by this Friday.\n\nKim Soo-yeon", day=d(12, 7)),
    e(KIM, "owaen", "partial_payment", None, "Dear Sir,\n\nThe payment was made on Nov. 30 (KST). The amount received will be KRW 41,958,000 because the bank charge of KRW 42,000 is deducted.\n\nKim Soo-yeon", **X),
    e(PARK, "olen", "auto_reply", None, "", raw=m.receipt("en"), **X),
    # --- Dubai facilities management ---
    e(HADDAD, "iosen", "promise", None, "Dear Wang, noted. Payment next week inshallah."),
    e(ANFACC, "owaen", "promise", d(1, 15), "Dear Sir,\n\nPlease note we have prepared a post-dated cheque dated 15/01/2027 for AED 61,000.00. Kindly arrange collection from our office in Al Quoz.\n\nAccounts Department", note="post-dated cheque: not paid before its date", **X),
    e(HADDAD, "olen", "dispute", None, "Dear Wang,\n\nWith respect, the mobilisation was not complete - the handheld devices arrived two weeks late and without the Arabic interface. We will settle once these points are closed.\n\nRegards,\nKarim Haddad", **X),
    e(ANFACC, "owaen", "paid", None, "Dear Sir,\n\nPayment of AED 61,000.00 has been transferred today via Emirates NBD. Swift copy attached.\n\nAccounts Department", atts=["Swift copy.pdf"]),
    e(ANFACC, "owaen", "bank_question", None, "Dear Sir,\n\nKindly provide your IBAN and the full beneficiary address, as our bank has rejected the transfer for incomplete details.\n\nAccounts Department"),
    e(HADDAD, "olen", "other", None, "Dear Wang,\n\nI have forwarded your email to our CFO for approval.\n\nKarim", **X),
    e(ANFACC, "owaen", "dispute", None, "Dear Sir,\n\nKindly issue a tax invoice showing our TRN 100234567800003 as per UAE VAT law. The current invoice cannot be booked.\n\nAccounts Department"),
    e(ANFACC, "olenplain", "other", None, "Dear Sir,\n\nThis invoice is under verification with our procurement department. We will update you once verified.\n\nAccounts Department"),
    e(HADDAD, "iosen", "paid", None, "Paid yesterday. Pls confirm receipt"),
    e(HADDAD, "olmoben", "promise", d(12, 20), "Dear Wang,\n\nThe payment is approved, you will receive it before 20th December.\n\nKarim"),
    e(ANFACC, "owaen", "auto_reply", None, "", raw=m.ticket("Dear Sender,\n\nYour email has been received by Al Noor Accounts. Ref #AP-22931.\nPayments are processed on the 5th and 20th of each month.\n\nThis mailbox is not monitored.", "Re: [Ref #AP-22931] Acknowledgement", ("Al Noor Accounts", "ap-noreply@alnoorfm.ae"))),
    e(ANFACC, "owaen", "bounce", None, "", raw=m.dsn("k.haddad@alnoorfm.ae", "4.4.7", "451 4.4.7 Message delayed", "Delivery is delayed to these recipients or groups:\r\n\r\nk.haddad@alnoorfm.ae\r\n\r\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\r\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes.", "AM9PR03MB7741.eurprd03.prod.outlook.com", action="delayed", subject="Delivery delayed:Payment reminder: Mobilisation payment overdue"), note="delay, not permanent", **X),
    # --- São Paulo retailer ---
    e(SOUZA, "gmailen", "promise", d(12, 10), "Hi Wang!\n\nSorry for the delay, we had a problem with the exchange contract (câmbio) at our bank. The payment should go out by 10/12.\n\nAna"),
    e(FIN, "olen", "paid", None, "Good morning,\n\nThe payment was sent today (SWIFT MT103 attached). It can take 2-3 business days to arrive.\n\nRegards,\nFinanceiro - Vila Verde", atts=["MT103.pdf"]),
    e(SOUZA, "gmailen", "dispute", None, "Hi Wang,\n\nSprint 3 did not include the integration with our ERP, which was the main item of this sprint. I talked to our director and we prefer to wait for the integration to work before paying.\n\nAna", **X),
    e(FIN, "olen", "partial_payment", None, "Good morning,\n\nWe paid half today (USD 7,875.00); the second half will be paid on 20/12.\n\nFinanceiro"),
    e(SOUZA, "gmailen", "more_time", None, "Hi Wang, could we postpone this payment to January? December is very heavy for us with the 13th salary."),
    e(FIN, "olen", "bank_question", None, "Good morning,\n\nOur bank is asking for the beneficiary bank's CNAPS code and the purpose of payment code. Could you send them?\n\nFinanceiro"),
    e(FIN, "olen", "dispute", None, "Good morning,\n\nWe did not pay yet because the invoice was issued to Vila Verde Comércio Ltda and our CNPJ belongs to Vila Verde Comércio e Serviços Ltda. Please send a corrected invoice.\n\nFinanceiro", **X),
    e(SOUZA, "gmailen", "other", None, "Hi Wang, the payment was scheduled for yesterday but the bank blocked it for compliance. We are solving it and I'll let you know.", **X),
    e(SOUZA, "gmailen", "paid", None, "Hi Wang, paid! Sorry again for the delay 🙏"),
    e(SOUZA, "gmailen", "bounce", None, "", raw=m.dsn("ana.souza@vilaverde.com.br", "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist.", "** Address not found **\r\n\r\nYour message wasn't delivered to ana.souza@vilaverde.com.br because the address couldn't be found, or is unable to receive mail.", "googlemail.com", subject="Delivery Status Notification (Failure)")),
    # --- Macau hotel ---
    e(LEONG, "olzhtw", "dispute", None, "王生：\n\n自助入住機已經安裝完成，但係第三部機嘅讀卡器仍然有問題，我哋會等問題解決咗先安排付款。\n\n梁志偉\nIT Manager, Hotel Lusitano", **X),
    e(MOFIN, "olen", "paid", None, "Dear Mr. Wang,\n\nPlease be informed that payment of MOP 96,000.00 was made on 30 November 2026 via BNU. Bank slip attached.\n\nFinance Department", atts=["BNU bank slip.pdf"]),
    e(LEONGG, "gmailtw", "other", None, "王生，想問下你哋明年嘅維護合約點計？"),
    e(LEONGG, "iosen", "other", None, "Will check with finance tmr and revert"),
    e(MOFIN, "olen", "promise", d(12, 18), "Dear Mr. Wang,\n\nThe payment has been approved and will be released on our next payment date, 18 December 2026.\n\nFinance Department"),
    e(LEONG, "olzhtw", "acceptance", None, "王生：\n\n四部自助入住機已全部驗收通過，驗收文件已簽署。\n\n梁志偉"),
    e(MOFIN, "olen", "partial_payment", None, "Dear Mr. Wang,\n\nWe have paid MOP 48,000.00 being the first 50%. The remaining 50% will be settled upon completion of the 30-day trial run.\n\nFinance Department"),
    e(LEONGG, "gmailtw", "bank_question", None, "王生，你哋email入面嘅戶口同發票上面嗰個唔同，邊個先啱？", **X),
    e(LEONGG, "iosen", "other", None, "Noted with thanks"),
    # --- Vietnam factory ---
    e(LAN, "olen", "promise", d(12, 7), "Dear Mr Wang,\n\nWe are sorry for delay. Our chief accountant is on business trip, she will come back on 7/12 and make payment on that day.\n\nBest regards,\nNguyen Thi Lan"),
    e(HUNG, "owaen", "paid", None, "Dear Sir,\n\nWe already transfer USD 11,200 on 01/12/2026 by Vietcombank. Please check and confirm to us.\n\nTran Van Hung - Chief Accountant"),
    e(LAN, "olen", "dispute", None, "Dear Mr Wang,\n\nThe MES module is not running stable at our line B, the data is lost two times last week. Our director request to fix it before payment.\n\nLan", **X),
    e(LAN, "gmailapp", "resend_request", None, "Dear Mr Wang, we need the invoice and the contract with stamp (original) to make payment, according to Vietnam regulation. Please send by DHL."),
    e(HUNG, "owaen", "bank_question", None, "Dear Sir,\n\nPlease confirm the beneficiary name in English. Our bank system cannot accept the Chinese name.\n\nTran Van Hung"),
    e(LAN, "olen", "partial_payment", None, "Dear Mr Wang,\n\nWe paid 50% (USD 5,600) today. The remain 50% we will pay after the final acceptance.\n\nLan"),
    e(LAN, "olen", "promise", d(12, 24), "Dear Mr Wang,\n\nWe will pay before Christmas.\n\nLan", note="a holiday's 前/before is its eve (as 元旦前 = Dec 31; corpus, sets B, C, E)"),
    e(LAN, "gmailapp", "more_time", None, "Dear Mr Wang, our director approved to pay in 2 times: 50% on 15/12 and 50% on 15/1/2027. Please kindly accept."),
    e(LAN, "olen", "auto_reply", None, "", raw=m.oof("Dear Sender,\n\nI am out of office from 1/12 to 5/12 with limited access to email. For urgent matter please contact Mr Hung, ketoan@saigonpp.vn.\n\nNguyen Thi Lan", auto_submitted=False)),
    # --- Melbourne clinics ---
    e(SARAH, "owaen", "promise", d(12, 10), "Hi Wang,\n\nApologies - this slipped through while I was on leave. I've approved it and it'll go out in Thursday's pay run.\n\nCheers,\nSarah", day=d(12, 7)),
    e(WALSH, "appleen", "dispute", None, "Wang,\n\nI'm not signing off phase 1 until the Medicare claiming module is actually working. We've had to revert to manual claims twice this fortnight.\n\nDr Helen Walsh", **X),
    e(BHCAP, "olen", "paid", None, "Hi,\n\nRemittance advice attached - paid 1 December 2026.\n\nAccounts Payable\nBanksia Health Clinics Pty Ltd\nABN 12 345 678 901", atts=["Remittance Advice 01122026.pdf"]),
    e(SARAH, "owaen", "more_time", d(1, 15), "Hi Wang,\n\nWould it be possible to push this out to mid-January? Our funding round settles then.\n\nSarah"),
    e(SARAH, "owaen", "bank_question", None, "Hi Wang,\n\nOur bank flagged you as a first-time international payee. Can you confirm the account details by phone? What's the best number to call?\n\nSarah"),
    e(WALSH, "appleen", "promise", d(12, 11), "Wang - we'll pay Friday week. Helen"),
    e(SARAH, "owaen", "auto_reply", None, "", raw=m.oof("Thanks for your email. I'm currently on leave, returning Monday 14 December. For urgent accounts queries please contact accounts@banksiahealth.com.au.", auto_submitted=False)),
    e(BHCAP, "tben", "dispute", None, "Hi,\n\nThis invoice is on hold pending a valid purchase order number. Please reissue it quoting PO BHC-4471.\n\nAccounts Payable", below=True),
    e(SARAH, "owaen", "partial_payment", None, "Hi Wang,\n\nPaid $13,650 today - the other half is due on go-live per the contract, so we'll pay that then.\n\nSarah"),
    e(WALSH, "appleen", "other", None, "Ok"),
    e(SARAH, "owaen", "resend_request", None, "Hi Wang,\n\nJust confirming we haven't received a tax invoice for this - only the reminder. Could you send one through?\n\nThanks,\nSarah"),
    e(WALSH, "appleen", "auto_reply", None, "", raw=m.vacation("I'm away until 4 January with limited access to email. For anything urgent, please contact Sarah on practice.manager@banksiahealth.com.au.", "icloud")),
    # --- more acceptances and dates ---
    e(SONG163, "n163", "acceptance", None, "王经理，各园区老师都培训完了，系统用得挺顺，验收没问题，你们把验收单发过来我签字。"),
    e(PARK, "olen", "acceptance", None, "Dear Mr. Wang,\n\nThe final acceptance certificate for the beta milestone is signed, please see attached.\n\nJi-hoon", atts=["HBG_beta_acceptance_signed.pdf"]),
    e(HADDAD, "olen", "acceptance", None, "Dear Wang,\n\nThe app has been accepted by our operations team as of today.\n\nKarim"),
    e(CDCW, "n126", "promise", d(1, 15), "王经理，定在1/15付，年前一定结清。"),
    e(YING, "n163", "promise", d(12, 18), "王经理，预计十二月十八号前付款。"),
    e(GNCW, "foxmail", "promise", d(12, 7), "王总：\n\n后期款将在3个工作日内支付。\n\n财务部"),
    e(HUNG, "owaen", "promise", d(12, 9), "Dear Sir,\n\nWe will transfer on 09.12.2026.\n\nTran Van Hung"),
    e(XMCW, "exmail", "promise", d(1, 5), "您好，服务费下个月初付。"),
    e(FIN, "olen", "promise", d(12, 14), "Good morning,\n\nThe payment is scheduled for December 14th.\n\nFinanceiro"),
    # --- more clients' own ways of replying ---
    e(CDXIE, "sina", "paid", None, "王经理，收银系统款我们这边账上显示11月28日已经付了，您再核对一下。\n\n蜀味坊 小谢"),
    e(SONG163, "mailmaster", "other", None, "王经理，下周一园务会讨论付款的事，讨论完告诉你结果。", **X),
    e(GNZL, "mmen", "promise", d(12, 10), "Hi Wang, 周制片让我跟您说一声：payment will go out on the 10th."),
    e(GNBOSS, "applezh", "dispute", None, "王总，调色的问题解决了我们马上付，不会拖你们的。", **X),
    e(AJIEG, "gmailzh", "paid", None, "王哥，上周三转的，你看下是不是没到？截图在附件", atts=["截图.png"]),
    e(ZHENGQ, "qqappen", "paid", None, "付了 回单在路上"),
    e(XMCW, "exmailen", "promise", d(12, 15), "您好，10月服务费统一在15号付。"),
    e(YING, "n163en", "promise", d(12, 7), "王经理，财务系统升级，本周暂停付款，下周一恢复后第一时间付。"),
    e(LAN, "android", "paid", None, "Dear Mr Wang, the payment is already done yesterday, please check."),
    e(LEONGG, "gmailtw", "paid", None, "王生，錢今日已經過咗數，麻煩check下"),
    e(LIU, "qqapp", "promise", None, "说了下周给 你急啥嘛", earlier="下周给你"),
    e(YING, "n163", "paid", None, "王经理，款项今天上午已付，请查收。", below=True),
    # --- strangers and machines ---
    e(SONG, "exmail", "bounce", None, "", raw=m.tencent_bounce("yuanzhang@qmxedu.cn", "收件人邮箱地址不存在，请确认后重新发送。")),
    e(SARAH, "owaen", "other", None, "", raw=m.newsletter("Your December payments digest", "Hi there,\n\nThis month: how to get paid faster, why overdue invoices hurt cash flow, and our guide to disputing a charge.\n\nPay by 15 December to keep your early-bird rate.\n\nUnsubscribe: https://digest.example.net/u", ("Paysmart Digest", "hello@digest.example.net")), known=False, note="billing newsletter, bulk", **X),
]
# fmt: on
