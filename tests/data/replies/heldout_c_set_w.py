"""Held-out set W: client replies written blind to the rules (helper blindw, session 11).

New trades, each answering its own reminder (heldout_c_threads_w.py): a Liuyang fireworks
exporter, a Shouguang vegetable-market operator, a Ganzhou navel-orange cooperative, a
Yongkang vacuum-flask maker and an Anping wire-mesh works write Simplified Chinese; a Sanyi
wood-carving workshop (Taiwan) and a Mong Kok Chinese-medicine clinic group (Hong Kong,
Cantonese) write Traditional. English-writing clients are in heldout_c_set_w_intl.py,
machine mail in heldout_c_machine_w.py. ``W_SET`` is what heldout_c_generate.py writes.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_w  # noqa: F401  (registers the reminders answered here)
from heldout_c_machine_w import MACHINE_W
from heldout_c_set_w_intl import INTL_W


def _d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def e(style: str, kind: str, due, body: str, who: tuple[str, str], thread: str, day: int = 2, **o):
    """One reply: the client style, its label (kind, date), the words, sender and thread."""
    return (style, kind, due, body, {"sender": who, "thread": thread, "day": _d(day), **o})


# 浏阳 — 金鼎花炮 (export fireworks; the reminder: 尾款 ￥126,000, due 2026-11-15)
TAN = ("谭利平", "tanlp_jd@163.com")
PENG = ("彭建国", "pengjg@jindinghuapao.com")
LUO = ("罗伟", "luowei@jindinghuapao.com")
YI = ("小易", "2853316620@qq.com")
LILY = ("Lily Deng", "lily.deng.jd@gmail.com")
LY_SIG = "\n\n谭利平\n浏阳市金鼎花炮有限公司　财务部\n电话：0731-83682217\n2026年12月2日"

LIUYANG = [
    e("n163", "promise", _d(9),
      "王经理您好：\n\n尾款的付款审批我们这边已经走完了。出口退税那笔钱预计下周二到账，到账当天就给贵司付，最迟不超过12月9号。" + LY_SIG,
      TAN, "w_ly"),
    e("ioszh", "more_time", _d(1, 1, 2027),
      "王经理 最近安监局检查 我们停产整顿了半个月 仓库里的货出不去 资金很紧张 尾款能不能再宽限一个月 元宵节前后是出货旺季 回款了一定付清",
      PENG, "w_ly", day=1,
      note="宽限一个月 counts from the reply day (labels.yaml, as hc063, hq010; relabelled from null in session 12)"),
    e("coremail", "dispute", None,
      "王经理：\n\n出库扫码模块上线以后一直有问题，危险品仓库里的批次号和安监平台上的对不上。11月27日安监局来抽查，查出来账实不符，我们被要求限期整改。\n\n"
      "这个问题没解决之前，尾款我已经跟财务打过招呼，先不付。请尽快安排工程师到厂里来。\n\n罗伟\n金鼎花炮　信息化/仓储\n13907318826",
      LUO, "w_ly", day=1, danger=True),
    e("qqapp", "paid", None,
      "王经理你好，尾款126000元今天上午已经通过农商银行转出了，电子回单在附件，请查收",
      YI, "w_ly", day=11, atts=["电子回单20261211.pdf"]),
    e("n163", "resend_request", None,
      "王经理：\n\n我们财务系统里没有找到贵司这笔尾款的发票，麻烦重新开一张数电票发到这个邮箱，收到发票后我们安排付款。" + LY_SIG.replace("12月2日", "12月3日"),
      TAN, "w_ly", day=3),
    e("ioszh", "dispute", None,
      "王经理：\n收到催款函。合同第六条写的是尾款在系统稳定运行满三个月后支付，系统是10月20号才正式上线的，到现在一个多月，还没到付款的时候。请贵司先核对一下合同，不要再发这种函了。\n彭建国",
      PENG, "w_lyd", day=7, stage="demand", danger=True),
    e("n163", "partial_payment", _d(31),
      "王经理您好：\n\n尾款今天先付了6万元，剩余的66,000元等退税到账后，元旦前付清。付款回单附后，请查收。" + LY_SIG.replace("12月2日", "12月8日"),
      TAN, "w_ly", day=8, atts=["付款回单.pdf"], danger=True,
      note="60,000 of 126,000 paid; the rest promised 元旦前 (Dec 31)"),
    e("gmailzh", "other", None,
      "王经理您好，\n\n我是外贸部的Lily。付款的事情不归我们部门管，我已经转给财务的谭姐了（tanlp_jd@163.com），她会直接联系您。\n\n"
      "另外想问一下，系统的出货单能不能加一个报关单号的字段？我们现在都是手工登记的。\n\nThanks,\nLily Deng\n金鼎花炮 外贸部",
      LILY, "w_ly"),
    e("huawei", "promise", _d(4),
      "王经理你好我是彭建国 钱的事情你放心 这个礼拜五之前肯定打给你 这几天在装柜子忙不过来 谭会计那边我已经交代了",
      PENG, "w_ly"),
    e("qqapp", "promise", _d(14),
      "王经理，不好意思，上周说的那笔钱还没付出去，U盾在谭姐那里，她这几天请假了，周一回来，回来当天就付",
      YI, "w_ly", day=9, danger=True, note="not paid yet; 周一 from Wed Dec 9 = Dec 14"),
    e("n163", "paid", None,
      "王经理您好：\n\n尾款余额66,000.00元已于12月9日付出，至此合同款项已全部结清，请核对。如有差异请告知。" + LY_SIG.replace("12月2日", "12月10日"),
      TAN, "w_ly", day=10),
    e("huawei", "paid", None,
      "王经理 谭会计说钱都付完了 你们那边查一下 有问题直接打我电话",
      PENG, "w_ly", day=10),
    e("coremail", "acceptance", None,
      "王经理：\n\n扫码批次号的问题贵司工程师周末过来已经处理好了，我们跟安监平台对了三天的账，全部对得上。出库扫码模块我们这边验收通过。\n\n罗伟",
      LUO, "w_ly", day=8),
]  # fmt: skip

# 寿光 — 果蔬物流园 (vegetable wholesale market; 二期款 ￥348,000, due 2026-11-20)
SUN = ("", "sunhm@sgguoshu.com")  # Foxmail shows the address only
WANG = ("王磊", "wanglei@sgguoshu.com")
MA = ("马晓东", "maxd@sgguoshu.com")
ZHENG = ("郑云", "zheng.yun@sgguoshu.com")
OFFICE = ("园区办公室", "office@sgguoshu.com")
SG_SIG = "\n\n孙红梅\n寿光果蔬物流园有限公司　财务部主任\n0536-5229016"

SHOUGUANG = [
    e("foxmail", "promise", _d(15),
      "王经理：\n\n二期款已列入我公司12月份资金计划。按公司规定，每月15日集中对外支付，届时付款。" + SG_SIG,
      SUN, "w_sg", note="12月份资金计划 and the 15th of each month: Dec 15"),
    e("olzhcn", "acceptance", None,
      "王经理，\n\n二期上线的结算卡充值和地磅数据对接两个模块，我们信息中心上周五组织了验收，验收合格。验收报告盖章后明天寄给你们。付款的事财务会跟进。\n\n王磊\n信息中心",
      WANG, "w_sg"),
    e("huawei", "dispute", None,
      "王经理 二期上线以后早上高峰期结算老是卡 上周四凌晨五点菜农排了几百米队结不了账 差点出事 这个问题不解决二期款先压着",
      MA, "w_sg", day=1, danger=True),
    e("alimail", "bank_question", None,
      "王经理您好：\n\n付款前核对一下：贵司开户行是示例银行杭州分行，请问具体是哪个支行？我们网银跨行转账需要填写联行号，麻烦提供一下。\n\n结算中心　郑云",
      ZHENG, "w_sg", day=3),
    e("foxmail", "dispute", None,
      "王经理：\n\n贵司开具的二期款发票，抬头写成了“寿光市果蔬物流园有限公司”，我公司全称是“寿光果蔬物流园有限公司”，没有“市”字，财务无法入账。请作废后重新开具。" + SG_SIG,
      SUN, "w_sg", day=3, danger=True),
    e("alimail", "paid", None,
      "王经理您好：\n\n二期款348,000.00元已于12月15日通过农业银行支付，附件是银行回单，请查收核对。\n\n结算中心　郑云",
      ZHENG, "w_sg", day=16, atts=["农行回单_寿光果蔬.pdf"]),
    e("alimail", "paid", None,
      "王经理，二期款已付，请查收。\n\n结算中心",
      ZHENG, "w_sg", day=7, note="mistaken: 孙主任 corrects it on Dec 9 (the reply quoting this one)"),
    e("huawei", "promise", _d(31),
      "王经理 上回说分两次付的事 财务说不用分了 年底前一次性给你付清",
      MA, "w_sg", day=10),
    e("olzhcnplain", "other", None,
      "王经理：\n\n结算系统能不能增加一个按摊位导出月度交易报表的功能？市场部每个月都要手工汇总。这个算不算在二期范围里？如果另外收费请报个价。\n\n王磊",
      WANG, "w_sg", day=4),
    e("huawei", "more_time", None,
      "王经理 年底了园区要给菜农退保证金 资金压力大 二期款能不能分两次付 这个月先付一半 剩下的明年三月份",
      MA, "w_sg", day=4),
    e("owazh", "other", None,
      "王经理您好，\n\n孙主任本周在潍坊参加集团培训，下周一返回，付款事宜届时由她回复您。\n\n园区办公室",
      OFFICE, "w_sg", day=2),
    e("foxmail", "promise", _d(15),
      "王经理：\n\n经核实，二期款尚未支付。结算中心之前说“已付”的是一期款，不是二期。二期款按计划15号付。" + SG_SIG,
      SUN, "w_sg", day=9, danger=True, earlier="王经理，二期款已付，请查收。\n\n结算中心"),
]  # fmt: skip

# 赣州 — 安远脐橙合作社 (navel oranges; 中期款 ￥46,500, due 2026-11-25)
LIU = ("刘大哥", "1078823549@qq.com")
ZHONG = ("钟会计", "zhong_kj@126.com")
ZHONG2 = ("钟晓燕", "zhongxy1983@sina.com")
YE = ("叶小帆", "yexiaofan@163.com")
LAI = ("赖师傅", "laiqs@aync-coop.cn")

GANZHOU = [
    e("qqapp", "promise", _d(31),
      "王经理你好 钱的事情我晓得了 现在正是摘果子的时候 果农的收购款都要先付 等这批橙子发出去回了款 月底之前一定给你打过去",
      LIU, "w_ga", day=1),
    e("huawei", "promise", _d(2),
      "王经理 钱我让钟会计明天先打一部分给你 你注意查收一下",
      LIU, "w_ga", day=1, note="明天 from Dec 1 = Dec 2"),
    e("n126", "partial_payment", _d(11),
      "王经理您好：\n\n中期款今天先转了两万，剩下的26500元下周五之前转。转账截图在附件里。\n\n安远县脐橙专业合作社　钟会计",
      ZHONG, "w_ga", atts=["转账截图.jpg"], danger=True, note="20,000 of 46,500; the rest 下周五 = Dec 11"),
    e("mailmaster", "dispute", None,
      "王经理：\n\n溯源二维码扫出来显示的采摘日期全是错的，都显示成2025年，好几个顾客在平台上投诉说我们卖去年的陈果，店铺评分已经掉了。这个问题你们这周必须解决，不然中期款我没办法跟理事长申请。\n\n叶小帆（电商部）",
      YE, "w_ga", day=1, danger=True),
    e("sina", "resend_request", None,
      "王经理：麻烦再发一下贵司的开户行和账号，之前的邮件找不到了，我用的是另一个邮箱。谢谢！\n钟晓燕",
      ZHONG2, "w_ga", noquote=True),
    e("qqapp", "partial_payment", None,
      "王经理 上个礼拜说的钱 我叫钟会计先打了两万 你那边收到没有 剩下的过几天再弄",
      LIU, "w_ga", day=7, danger=True, note="the 20,000 part reported again; the rest undated"),
    e("mmios", "acceptance", None,
      "王经理，采摘日期的问题昨天更新以后已经好了，我们抽查了两百个码都正常。溯源平台我们这边验收通过，谢谢技术同事加班。",
      YE, "w_ga", day=10),
    e("n126", "paid", None,
      "王经理：\n\n剩余的26,500元今天已经转过去了，中期款全部付清，请查收。\n\n钟会计",
      ZHONG, "w_ga", day=11),
    e("tbzh", "other", None,
      "王经理：\n\n冷库3号库的温度探头昨天晚上报警了两次，可实际温度是正常的，是不是误报？麻烦技术看一下。付款的事我不清楚，你问钟会计。\n\n赖清山\n合作社冷库",
      LAI, "w_ga", day=3),
    e("n126", "bank_question", None,
      "王经理：\n\n我们这边用的是农商银行网银，付款的时候系统提示贵司账户“户名与账号不一致”。麻烦确认一下户名是不是“示例科技有限公司”全称，后面要不要加“杭州分公司”？\n\n钟会计",
      ZHONG, "w_ga", day=2),
]  # fmt: skip

# 永康 — 杯业 (vacuum flasks; 验收款 ￥92,000, due 2026-11-18)
YING = ("应国华", "2417785091@qq.com")
HU = ("胡会计", "hu.kj@ykbeiye.com")
AMY = ("Amy吕", "amylv@ykbeiye.com")
CHENG = ("程采购", "chengcg_yk@sina.com")
CANG = ("仓库-徐", "3390271648@qq.com")

YONGKANG = [
    e("exmail", "acceptance", _d(8),
      "王经理您好：\n\n验收单已经签好了，验收款的付款申请今天提交，应总已签字。按我们财务流程3个工作日内付款。\n\n永康市恒杯工贸有限公司　财务部　胡",
      HU, "w_yk", day=3, note="3 working days from Thu Dec 3 = Tue Dec 8; acceptance with a day promised beside it: acceptance of that day (labels.yaml convention, session 12; its blind writer said promise)"),
    e("qqweb", "dispute", None,
      "王经理，\n\nERP的BOM多级展开到现在还是算不对，保温杯的杯盖、硅胶圈用量经常翻倍，采购因为这个多下了一批料。我们没有签验收单，验收款等问题解决、我们验收通过以后再说。\n\n应国华",
      YING, "w_yk", day=1, danger=True),
    e("mailmaster", "other", None,
      "王经理好，\n\n外贸这边想问一下，ERP能不能直接导出英文版的形式发票（PI）？下周有美国客户来验厂，想给他们看一下。付款的事我不管哈，是财务胡姐负责。\n\nAmy",
      AMY, "w_yk", day=2),
    e("exmail", "paid", None,
      "王经理：见附件。",
      HU, "w_yk", day=9, atts=["验收款付款回单.pdf"]),
    e("sina", "acceptance", None,
      "王经理：\n\nBOM的问题贵司工程师昨天已经改好，我们拿三个型号试算了一遍都对了。验收单今天已经签字盖章，扫描件附后。\n\n程",
      CHENG, "w_yk", day=3, atts=["验收单_恒杯ERP.pdf"]),
    e("qqweb", "acceptance", _d(7),
      "王经理，验收单程采购已经签了，我让胡会计下周一把验收款付掉。",
      YING, "w_yk", day=3, note="acceptance with a day promised beside it: acceptance of that day (labels.yaml convention, session 12; its blind writer said promise)"),
    e("qqweb", "other", None,
      "收到，谢谢王经理。今年合作挺愉快，二期MES的事情年后再聊。",
      YING, "w_yk", day=10),
    e("qqhtml", "other", None,
      "王经理你好，上次培训的仓库操作手册能不能再发一份？仓库新来了两个人，不会用扫码入库。",
      CANG, "w_yk", day=4, note="asks for a manual, not the invoice or our account"),
    e("exmail", "resend_request", None,
      "王经理您好：\n\n验收款的发票麻烦重新开一张数电专票发过来，之前寄来的纸质发票在快递途中丢了，财务没法入账。信息和之前一样不用改。\n\n胡",
      HU, "w_yk", day=3),
    e("mmen", "other", None,
      "王经理，应总让我问一下，我们的验收款是不是已经付了？财务说在走流程，我也不太确定，你们那边查到了吗？\n\nAmy",
      AMY, "w_yk", day=4, danger=True, note="asks whether paid; no payment stated"),
    e("qqweb", "paid", None,
      "王经理，财务的回复转给你看下\n\n------------------ 原始邮件 ------------------\n"
      "发件人: \"胡会计\"<hu.kj@ykbeiye.com>;\n发送时间: 2026年12月9日(星期三) 上午10:12\n"
      "收件人: \"应国华\"<2417785091@qq.com>;\n主题: 示例科技验收款\n\n"
      "应总：示例科技的验收款92,000元今天上午已经付了，回单我另外发给他们了。\n胡",
      YING, "w_yk", day=9, note="a forwarded internal note says it is paid"),
]  # fmt: skip

# 安平 — 丝网 (wire-mesh works; 到货款 ￥158,400, due 2026-11-10)
GAO = ("高建军", "gaocz@apsiwang.com")
LIH = ("李红", "lihong@apsiwang.com")
ZHANG = ("张强", "zhangq@apsiwang.com")
ZHAO = ("小赵", "apsw_cn@126.com")
SALES = ("刘洋", "liuyang@apsiwang.com")

ANPING = [
    e("olzhcn", "other", None,
      "王经理：\n\n到货款我们这边准备用银行承兑汇票支付，6个月期的，贵司能否接受？如果必须电汇，要等到下个月中旬。请回复。\n\n李红\n安平县恒通丝网制品有限公司　财务部",
      LIH, "w_ap", day=3, note="offers a 6-month acceptance bill; wire only mid-January if refused: the PM decides"),
    e("mmios", "more_time", _d(16),
      "王经理，这阵子赶上重污染天气预警，拉丝和镀锌车间限产停了十来天，订单交不了货回不了款，到货款再宽限我们两周行吗？",
      GAO, "w_ap", note="宽限两周 = day + 14"),
    e("tbzh", "dispute", None,
      "王经理：\n\n排程系统里的设备产能参数还是按我们去年的数据，今年新上的两台电焊网机没有录进去，排出来的计划车间没法用。\n"
      "合同里写的是到货并安装调试完成后付款，现在调试没完成，到货款应该还没到付的时候吧。\n\n张强\n生产技术部",
      ZHANG, "w_ap", day=1, below=True, danger=True),
    e("tbzh", "acceptance", None,
      "王经理：\n\n两台新电焊网机的参数已经录好，试排了三天，计划车间能用了。安装调试这块我们认可，已经跟财务说了。\n\n张强",
      ZHANG, "w_ap", day=8, below=True),
    e("olzhcn", "dispute", None,
      "王经理：\n\n合同总价52.8万，到货款按合同是30%，即158,400元，这个金额没问题。但贵司发票税率开的是6%，我们合同约定的是13%的增值税专用发票，请作废重开，否则无法付款。\n\n李红",
      LIH, "w_ap", day=4, danger=True),
    e("owazh", "other", None,
      "王经理您好，\n\n我是恒通丝网销售部的刘洋。看到贵司在杭州有新园区，想问问需不需要做围栏网、护栏网，我们厂家直供，可以给您优惠价。有需要随时联系我：15031886627。",
      SALES, "w_ap", day=4),
    e("mmios", "promise", _d(17),
      "王经理，钱这周四给你打过去，这次不会再拖了。",
      GAO, "w_ap", day=14),
    e("n126", "partial_payment", None,
      "王经理您好，到货款今天先付了五万元，剩下的等我们收到的承兑到期再付。回单见附件。\n\n出纳　赵",
      ZHAO, "w_ap", day=4, atts=["工行回单_50000.pdf"], danger=True, note="50,000 of 158,400; the rest undated"),
    e("mmios", "paid", None,
      "王经理钱已经打过去了你查一下",
      GAO, "w_ap", day=17),
    e("n126", "paid", None,
      "王经理您好，到货款余款108,400元已于今天上午从工商银行电汇，至此158,400元全部付清，请注意查收。回单见附件。\n\n出纳　赵",
      ZHAO, "w_ap", day=17, atts=["工行电子回单.pdf"]),
    e("olzhcnplain", "bank_question", None,
      "王经理：\n\n请问贵司在河北省内有没有收款账户？我们跨省电汇要多走一道审批。另外贵司账号是19位还是16位？我们网银提示位数不对。\n\n李红",
      LIH, "w_ap", day=10, inline=("账号：", "【李红：这个账号网银提示位数不对，请核实】")),
]  # fmt: skip

# 苗栗三義 — 木雕工坊 (Taiwan; 尾款 USD 8,600, due 2026-11-16)
CHIU = ("邱老闆", "chiu@sanyi-woodart.com.tw")
CHEN = ("陳淑惠", "sanyi.acct@gmail.com")
HONG = ("邱建宏", "jianhong.chiu@sanyi-woodart.com.tw")
ASST = ("林助理", "service@sanyi-woodart.com.tw")
TW = {"tz": "Asia/Taipei"}

SANYI = [
    e("olzhtw", "partial_payment", _d(5, 2, 2027),
      "王經理您好：\n\n今天先匯 USD 4,000，其餘 USD 4,600 等農曆年前結算後再匯。匯款水單如附件。\n\n三義木雕工坊　邱",
      CHIU, "w_sy", day=3, atts=["水單1203.jpg"], danger=True, note="4,000 of 8,600; the rest 農曆年前 = 除夕 2027-02-05", **TW),
    e("olzhtw", "promise", _d(22),
      "王經理：\n\n不好意思，最近天冷遊客少，營收不太好。尾款預計民國115年12月22日前匯出，屆時再把水單寄給您。\n\n邱",
      CHIU, "w_sy", day=1, **TW),
    e("ioszhtw", "dispute", None,
      "王經理你好，預約系統週末一直重複下單，同一個DIY時段被訂了兩次，客人到現場沒位子，Google上被留了好幾則負評。這個沒修好之前，尾款我爸說先不付。",
      HONG, "w_sy", day=2, danger=True, **TW),
    e("gmailtw", "bank_question", None,
      "王經理您好：\n\n請問貴公司收美金的帳戶，中間行是哪一家？我們土地銀行說除了 SWIFT 以外，還要中間行資料才能匯。\n\n會計　陳淑惠",
      CHEN, "w_sy", day=2, **TW),
    e("olmobtw", "other", None,
      "王經理您好，邱老闆這週在日本參展，12/7回國，付款的事等他回來再跟您確認。",
      ASST, "w_sy", day=2, **TW),
    e("gmailtw", "paid", None,
      "王經理您好：\n\n尾款餘額 USD 4,600 已於今天（12/21）由土地銀行電匯，匯費我們外加，應該會全額入帳。水單如附件，請查收。\n\n陳淑惠\n三義木雕工坊\n115.12.21",
      CHEN, "w_sy", day=21, atts=["水單_1221.pdf"], **TW),
    e("ioszhtw", "acceptance", None,
      "王經理，重複預約的問題已經修好了，這兩個週末都正常，我們這邊驗收OK，謝謝。",
      HONG, "w_sy", day=14, **TW),
]  # fmt: skip

# 旺角 — 康和中醫診所集團 (Hong Kong, Cantonese; 第二期款 HKD 186,000, due 2026-11-19)
HO = ("何小姐", "winnie.ho@hongwo-tcm.com.hk")
LEUNG = ("梁先生", "accounts@hongwo-tcm.com.hk")
WONG = ("黃醫師", "dr.wong.hw@gmail.com")
TSUEN = ("荃灣分店", "tsuenwan@hongwo-tcm.com.hk")
HK = {"tz": "Asia/Hong_Kong"}

MONGKOK = [
    e("olzhtw", "paid", None,
      "王生你好，\n\n第二期款我哋已經喺上星期五（27/11）開咗支票寄出，支票號碼004187，應該呢兩日會收到。收到麻煩回覆一聲。\n\n何小姐\n康和中醫診所集團　行政部",
      HO, "w_hk", day=1, note="cheque posted on 27/11: paid as the client sees it", **HK),
    e("owazhtw", "dispute", None,
      "王先生：\n\n貴司發票上嘅公司名稱寫成「康和中醫診所」，我哋註冊名稱係「康和中醫診所集團有限公司」，商業登記號碼亦冇寫，核數師唔接受，麻煩重新發過一張。\n\n梁先生\n會計部",
      LEUNG, "w_hk", day=2, danger=True, **HK),
    e("gmailtw", "dispute", None,
      "王經理：\n\n系統配藥嘅劑量換算有問題，濃縮顆粒同飲片嘅換算比例錯咗，藥劑師要逐張處方人手改，好危險。未修好之前，第二期款唔會畀住。\n\n黃醫師",
      WONG, "w_hk", day=2, danger=True, **HK),
    e("olzhtw", "promise", _d(9),
      "王生，\n\n唔好意思，上星期寄出嗰張支票你哋話抬頭寫錯咗，退返嚟我哋度。老闆已經批咗改用電匯，第二期款會喺下個禮拜三（9/12）電匯過去，到時再send水單畀你。\n\n何小姐",
      HO, "w_hk", day=3, danger=True, note="the posted cheque came back; now a TT on 9/12 (day-first)", **HK),
    e("owazhtw", "bank_question", None,
      "你好，\n\n請問你哋收港幣定人民幣？如果匯港幣去你哋杭州嘅戶口，中間行係邊間？我哋銀行仲要收款銀行地址同SWIFT code，封信入面冇。\n\n梁先生",
      LEUNG, "w_hk", day=3, **HK),
    e("olmobtw", "other", None,
      "你好，我係荃灣分店嘅姑娘，呢封電郵應該係畀總公司會計部，我已經轉咗畀梁先生跟進，唔該。",
      TSUEN, "w_hk", day=2, **HK),
    e("olzhtw", "more_time", _d(24),
      "王生，\n\n最近流感高峰，病人多但係醫療券嗰邊嘅錢政府仲未發落嚟，現金流好緊，可唔可以俾多我哋三個星期時間？\n\n何小姐",
      HO, "w_hk", day=3, note="俾多三個星期 = day + 21, as 宽限两周 = day + 14", **HK),
    e("owazhtw", "paid", None,
      "王先生：\n\n第二期款 HKD 186,000.00 已於今日電匯，匯款水單見附件，請查收。\n\n梁先生\n會計部",
      LEUNG, "w_hk", day=11, atts=["匯款水單_HK027.pdf"], **HK),
    e("gmailtw", "promise", _d(11),
      "王經理，頭先話過咗數，唔好意思，我睇錯咗，過咗數嗰筆係藥材供應商嘅。你哋嘅第二期款仲未過，我叫梁先生聽日處理。",
      WONG, "w_hk", day=10, danger=True, note="the claim of payment withdrawn in the same mail; 聽日 = Dec 11", **HK),
]  # fmt: skip

W_SET = LIUYANG + SHOUGUANG + GANZHOU + YONGKANG + ANPING + SANYI + MONGKOK + INTL_W + MACHINE_W
