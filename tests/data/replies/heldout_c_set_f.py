"""Held-out set F: new trades and people, written blind to the classifier (issue 12).

A hospital's equipment department and its finance office, a university research group
paying from research funds (科研经费报销), an online shop living on platform payouts, a
Shenzhen hardware founder typing on his phone, Malaysian and Singapore clients, a Japanese
and a French client writing English, an Indian IT company's payables team, a Beijing and a
Hong Kong law firm. Each entry: (style, kind, date, body, opts) as heldout_c_generate.write
expects; dates resolved from the reply's own day in the sender's zone (labels.yaml rules).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import heldout_c_machine_f as m
from heldout_c_threads_f import Who

# fmt: off
GU = Who("f-hosp", "顾建平", "gujp@zjyy-hosp.cn")
SUN = Who("f-hosp", "孙晓", "2875530123@qq.com")
HU = Who("f-hosp", "胡静", "hujing@zjyy-hosp.cn")
XU = Who("f-univ", "许志远", "xuzy@dhu.edu.cn")
LIQ = Who("f-univ", "李想", "1921558803@qq.com")
LIG = Who("f-univ", "Li Xiang", "lixiang.dhu@gmail.com")
ZMS = Who("f-univ", "张老师", "dhu_lab_ms@163.com")
HE = Who("f-shop", "何志强", "1350667788@qq.com")
HEM = Who("f-shop", "何敏", "caiwu@youxuanshop.com")
LUO = Who("f-szhw", "罗凯", "luokai@szzhinuo.com")
LUOQ = Who("f-szhw", "凯", "88661234@qq.com")
SZCW = Who("f-szhw", "", "cw@szzhinuo.com")
WU = Who("f-szhw", "吴工", "wugong@szzhinuo.com")
WONG = Who("f-my", "黄志明", "wong.cm.klh@gmail.com", "Asia/Kuala_Lumpur")
TAN = Who("f-my", "Tan Mei Ling", "accounts@klhretail.com.my", "Asia/Kuala_Lumpur")
LIM = Who("f-sg", "Lim Wei Jie", "weijie.lim@limtan.com.sg", "Asia/Singapore")
ONG = Who("f-sg", "Rachel Ong", "rachel.ong@limtan.com.sg", "Asia/Singapore")
KAWA = Who("f-jp", "Takeshi Kawamura", "t-kawamura@kawamura-seiki.co.jp", "Asia/Tokyo")
SATO = Who("f-jp", "Yuko Sato", "y-sato@kawamura-seiki.co.jp", "Asia/Tokyo")
PRIYA = Who("f-in", "Priya Nair", "priya.nair@vasudha-infotech.in", "Asia/Kolkata")
APT = Who("f-in", "AP Team", "ap.team@vasudha-infotech.in", "Asia/Kolkata")
RAHUL = Who("f-in", "Rahul Mehta", "rahul.mehta@vasudha-infotech.in", "Asia/Kolkata")
CLAIRE = Who("f-fr", "Claire Moreau", "claire@atelier-moreau.fr", "Europe/Paris")
JB = Who("f-fr", "Julien Bernard", "j.bernard@atelier-moreau.fr", "Europe/Paris")
LIMZ = Who("f-law", "李明哲", "limz@jinshilaw.com")
JSCW = Who("f-law", "金石律所财务部", "caiwu@jinshilaw.com")
JSADM = Who("f-law", "", "admin@jinshilaw.com")
HKACC = Who("f-hklaw", "會計部 陳小姐", "accounts@hochanlaw.com.hk", "Asia/Hong_Kong")
MLC = Who("f-hklaw", "陳美玲", "ml.chan@hochanlaw.com.hk", "Asia/Hong_Kong")
HO = Who("f-hklaw", "何家俊", "kc.ho.law@gmail.com", "Asia/Hong_Kong")
HOI = Who("f-hklaw", "何家俊", "kcho@hochanlaw.com.hk", "Asia/Hong_Kong")
ZKJ = Who("f-shop", "周会计", "youxuan_zkj@sina.com")
WTX = Who("f-univ", "王同学", "wang_tx2024@126.com")
KEVIN = Who("f-szhw", "Kevin Luo", "kevinluo88@163.com")
# fmt: on


def d(month: int, day: int) -> date:
    """A day of December 2026 onwards (months 1-3 are 2027's)."""
    return date(2027 if month < 6 else 2026, month, day)


def e(who: Who, style: str, kind: str, due: date | None, body: str, **opts: Any) -> tuple:
    """One entry: the reply ``who`` writes in ``style``, with its label."""
    opts.setdefault("sender", (who.name, who.email))
    opts.setdefault("tz", who.tz)
    opts.setdefault("thread", who.thread)
    return (style, kind, due, body, opts)


X = {"danger": True}

# fmt: off
F_SET: list[tuple] = [
    # --- hospital equipment department (设备科) and finance office (财务处) ---
    e(GU, "olzhcn", "paid", None, "王经理您好，\n\n安装验收款已于11月30日通过国库集中支付系统支付，银行回单附后，请查收核对。\n\n顾建平\n设备科\n电话：0571-8689 1203\n\n本邮件及附件仅供指定收件人使用。自2027年1月1日起我院启用新OA系统，邮件地址不变。", atts=["银行回单20261130.pdf"]),
    e(GU, "owazh", "other", None, "王经理：付款申请已经走到院长审批这一步了，批下来以后财务处会直接支付，具体时间我这边也说不准，有消息第一时间告诉你。", **X),
    e(SUN, "qqweb", "promise", d(12, 15), "王经理，财务处说这一批设备款统一在12月15号支付，到时候和别的供应商一起打。"),
    e(HU, "coremail", "dispute", None, "您好：\n经核对，贵司开具的发票抬头为“浙江省某某医院设备科”，我院不接受以科室为抬头的发票，请按医院全称及统一社会信用代码重新开具增值税专用发票，原发票已退回。发票更正前无法办理付款。\n\n财务处 胡静", **X),
    e(GU, "olzhcn", "acceptance", None, "王经理，\n\n平台已于11月28日完成验收，验收报告已签字盖章，扫描件见附件。付款流程这边会尽快发起。\n\n顾建平", atts=["验收报告-签章版.pdf"]),
    e(GU, "olzhcn", "dispute", None, "王经理：\n\n三号工作站的影像同步到现在还是时好时坏，你们的工程师来了两次都没解决。验收单我们不能签，问题解决之前这笔款暂不支付。\n\n顾建平", **X),
    e(SUN, "qqweb", "other", None, "王经理，顾科长这周在外面培训，等他回来我跟他说一下这个事。"),
    e(HU, "coremail", "paid", None, "您好，该笔款项已于2026年12月1日支付，金额236,000.00元，请查收。\n\n胡静\n财务处 会计科\n电话：0571-86891566\n（年终结账期间，12月25日至1月5日暂停对外付款）"),
    e(GU, "owazh", "more_time", d(3, 31), "王经理，医院今年的设备运维预算已经执行完了，这笔只能放进明年一季度的预算里走，能不能宽限到明年3月底？实在抱歉。"),
    e(HU, "olzhcnplain", "partial_payment", None, "王经理：\n\n我处已先行支付118,000元（合同额的50%），剩余部分走下个月的付款流程。\n\n胡静", **X),
    e(SUN, "qqhtml", "resend_request", None, "王经理，你们开的发票原件我们这边找不着了，能不能再寄一份？或者先发个电子版过来也行。"),
    e(GU, "olzhcn", "bank_question", None, "王经理，财务处昨天收到一封邮件，说贵司的收款账户变更为招商银行，账号和合同上的不一样。请问是真的吗？我们先暂停付款了，请电话和我确认一下。", **X),
    e(SUN, "qqweb", "promise", None, "好的，收到，我们尽快安排付款。"),
    e(HU, "huawei", "paid", None, "付了，回单明天上班发你"),
    e(GU, "olzhcn", "auto_reply", None, "", raw=m.oof("您好，我于12月1日至12月6日参加省卫健委组织的培训，期间邮件回复可能不及时。付款相关事宜请联系财务处胡会计 0571-86891566。\n\n顾建平", "zh")),
    e(GU, "owazh", "dispute", None, "王经理，关于这笔款：按合同第五条约定，是设备验收合格且平台运行满三个月后支付，目前上线还不到两个月，付款条件尚未满足，请知悉。", **X),
    e(GU, "olmobzh", "promise", d(12, 10), "王经理，上周一已经把付款申请提交财务处了，财务处答复12月10日前付款。", **X),
    e(HU, "coremail", "other", None, "您好，请问这笔款对应的发票号码是多少？我们系统里有两张贵司同金额的发票，需要确认是哪一张。"),
    e(GU, "olzhcn", "paid", None, "王经理，财务处的答复转给你，请查收。\n\n发件人: 胡静\n发送时间: 2026年12月1日 16:42\n收件人: 顾建平\n主题: 转发: 安装验收款\n\n顾科长，这笔款今天下午已经付出去了，236,000元，回单在系统里可以下载。"),
    # --- university research group (科研经费报销) ---
    e(XU, "coremail", "other", None, "王经理好，\n报销单已经在财务处网上预约了，预约号 20261201-0387，现在排队审核，到账时间财务处说不好，一般要两三周。\n许志远"),
    e(LIQ, "qqapp", "resend_request", None, "王总您好，我是许老师课题组的学生李想。老师让我跟您说一下，去财务处报销还缺贵公司的验收报告原件，麻烦寄一份到实验室：东湖大学信息楼612室，李想收。收到以后我马上去交单。"),
    e(XU, "coremail", "paid", None, "王经理，\n尾款已经从横向课题经费卡支付了，财务处今天打的款，附件是支付凭证。\n许", atts=["支付凭证.jpg"]),
    e(LIG, "gmailzh", "dispute", None, "王经理您好，\n\n许老师看了最终交付的版本，多模态同步那部分还是有丢帧，达不到合同里约定的30fps。老师说先把这个解决了再谈尾款。\n\n李想", **X),
    e(XU, "coremail", "more_time", None, "王经理，不好意思，学校年底财务封账，12月20日以后不再受理报销，我们的经费下拨又要等到明年1月。尾款能不能等到明年1月中下旬再付？"),
    e(ZMS, "n163", "promise", d(12, 9), "王经理您好，许老师出差前已经签好字，单子今天交到财务处了，财务处说5个工作日内到账。\n课题组 张老师"),
    e(XU, "tbzh", "acceptance", None, "系统我们已经测过了，验收通过，验收单我签好了，明天让学生送过去。\n\n许志远", below=True),
    e(LIQ, "mmios", "other", None, "王总，老师说这个事他直接给您打电话"),
    e(XU, "coremail", "dispute", None, "王经理：\n尾款金额不对吧？合同约定尾款为合同总额的30%，应该是45,000元，你们发票开的是48,500元。请核对后重开。\n许志远", **X),
    e(XU, "coremail", "partial_payment", None, "王经理，学校规定单笔报销超过3万要另走审批，我们分两次报的，第一笔24,000昨天已经到账了吧？剩下的24,500下周再报。"),
    e(LIG, "gmailzh", "dispute", None, "您好，财务处说发票上的项目名称要写“技术开发费”并附技术合同登记证明，现在开的“软件服务费”不能用经费报销，需要重开一张。麻烦重开后发到这个邮箱，谢谢！"),
    e(XU, "coremail", "promise", d(12, 11), "王经理，财务处已审核通过，预计十二月十一日前到账。"),
    e(ZMS, "n163", "auto_reply", None, "", raw=m.vacation("您好，我已休假，12月14日返回。课题组报销事宜请联系许老师 xuzy@dhu.edu.cn。", "163")),
    e(XU, "coremail", "other", None, "王经理，请问贵公司的技术合同是否做过登记？免税备案需要技术合同登记号，麻烦提供一下。"),
    e(LIQ, "qqapp", "bank_question", None, "王总，财务处系统里登记的贵公司账号是6222 0000 1234 5679，跟您邮件里的最后一位不一样，是哪个对啊？"),
    e(XU, "coremail", "promise", d(12, 8), "王经理，下周二财务处集中支付，会一起打给你们。"),
    e(XU, "coremail", "paid", None, "见下文。", inline=("付款截止日", "【许：已于11月27日支付，请核对。】")),
    e(XU, "tbzh", "more_time", d(12, 16), "这段时间学生毕业答辩，实在忙不过来，报销能否宽限两周？", below=True, note="宽限 N counts from the reply day, as 再给我们两周"),
    # --- online shop on platform payouts ---
    e(HE, "qqapp", "promise", None, "双十一的货款平台还没结算下来 等结了就给你转"),
    e(HE, "qqapp", "paid", None, "昨天微信转你了 你看下"),
    e(HEM, "alimail", "paid", None, "王经理您好，11月服务费已通过支付宝对公转账支付，截图见附件。", atts=["转账截图.png"]),
    e(HE, "qqapp", "dispute", None, "11月代运营效果这么差 GMV比10月还掉了30% 这个服务费我觉得不该全付 找时间聊聊吧", **X),
    e(HE, "qqapp", "more_time", None, "这个月回款太慢了 服务费能不能缓一缓 下个月跟12月的一起付"),
    e(HEM, "alimail", "partial_payment", None, "王经理，今天先转了6,400，剩下的一半等抖店12月10号提现到账以后再付。", **X),
    e(HE, "qqapp", "promise", d(12, 4), "周五平台结算 周五晚上给你转"),
    e(HEM, "alimail", "resend_request", None, "王经理，麻烦把11月服务费的发票重新发一下，之前那封邮件被系统当垃圾邮件删了。"),
    e(HE, "qqhtml", "promise", None, "我们下个月开始就不续约了，这个月的费用正常结，放心。"),
    e(HE, "qqapp", "bank_question", None, "你们公司收款只能对公吗？之前对接的小张说可以打他个人支付宝 是不是真的", **X),
    e(HE, "qqapp", "promise", d(12, 3), "还没付 这周事太多忘了 明天弄", **X),
    e(HEM, "alimail", "paid", None, "您好，11月服务费我们11月5日已经预付过了（合同约定每月5日前预付），这次的提醒是不是重复了？附上转账记录。", atts=["11月服务费转账记录.pdf"]),
    e(HE, "qqapp", "other", None, "这事找我老婆 她管账 我把你微信推给她"),
    e(HEM, "alimail", "promise", d(12, 8), "您好，服务费将于12月8日（下周二）支付。"),
    e(HE, "qqapp", "other", None, "好"),
    e(HE, "qqapp", "other", None, "👌👌"),
    # --- Shenzhen hardware start-up (founder on the phone) ---
    e(LUO, "huawei", "dispute", None, "样机wifi模块还是掉线 这个没搞定之前钱不会打的 你们工程师周末过来看下吧", **X),
    e(LUOQ, "qqapp", "other", None, "cw那边sq已经提了 等我批", **X),
    e(LUOQ, "qqappen", "promise", d(12, 3), "批了 财务明天打"),
    e(LUO, "huawei", "paid", None, "打了打了 别催了🙏"),
    e(SZCW, "foxmail", "paid", None, "王经理：\n\n二期样机款65,000元已于今日上午支付，回单见附件。", atts=["回单.pdf"]),
    e(LUOQ, "qqapp", "dispute", None, "下周yl个时间过来对下账吧 有几笔对不上"),
    e(LUO, "huawei", "promise", d(12, 9), "钱下周三到 放心👌"),
    e(LUOQ, "qqapp", "more_time", d(12, 16), "我们这轮融资还没到账 再给两周时间吧 拜托了🙏🙏"),
    e(WU, "exmail", "dispute", None, "王经理：\n\n二期样机我们测过了，待机功耗实测280uA，规格书要求≤150uA，不满足要求。按合同约定视为本期验收不通过，请贵司尽快整改后重新提交。\n\n吴工\n硬件部", **X),
    e(WU, "exmail", "acceptance", None, "王经理，整改后的样机复测通过，功耗和联网稳定性都满足规格，二期验收合格。付款申请已提交。"),
    e(LUO, "huawei", "promise", d(12, 31), "没付 月底前一定付", **X),
    e(LUOQ, "qqapp", "partial_payment", None, "先打了3w 剩下的下个月初"),
    e(SZCW, "foxmail", "more_time", None, "王经理您好：\n\n公司近期现金流比较紧张，二期样机款能否分三期支付，12月、1月、2月各付三分之一？请回复。"),
    e(LUOQ, "qqapp", "bank_question", None, "你们账户换了吗 网银提示户名和账号不匹配", **X),
    e(LUO, "huawei", "resend_request", None, "发票呢 没收到发票怎么付"),
    e(LUOQ, "qqapp", "other", None, "在开会 晚点回你"),
    e(LUO, "huawei", "paid", None, "上周就付了啊 你们财务查一下"),
    e(LUOQ, "qqapp", "dispute", None, "如果这周能把OTA的bug修掉 周五就付", **X),
    e(LUO, "huawei", "promise", d(12, 7), "财务的回复你看下\n\n-------- 转发的邮件 --------\n发件人： 财务部 <cw@szzhinuo.com>\n日期： 2026年12月2日周三 09:12\n收件人： 罗凯 <luokai@szzhinuo.com>\n主题： 二期样机款\n\n罗总，这笔钱下周一打。"),
    # --- Malaysian client (Kuala Lumpur) ---
    e(WONG, "gmailzh", "paid", None, "王先生你好，\n\n第一期款我们昨天已经bank in了，请check一下。\n\n黄志明"),
    e(WONG, "gmailzh", "promise", None, "王先生，老板还没sign cheque，他这个礼拜在新加坡，下个礼拜回来就会sign，sign了马上寄出。"),
    e(TAN, "olen", "paid", None, "Hi Mr Wang,\n\nThe cheque was posted out on 30/11 via Poslaju, tracking no. ER123456789MY. Please let us know once received.\n\nThanks & regards,\nTan Mei Ling\nAccounts Dept, KLH Retail Sdn Bhd\nTel: +603-2141 8800"),
    e(WONG, "gmailzh", "dispute", None, "王先生，\n收银系统上线第二天就当机了两次，门店那边很不满意。这笔款我们要先hold住，等系统稳定了再说。", **X),
    e(TAN, "olen", "promise", d(12, 15), "Dear Mr Wang,\n\nPayment will be made on 15/12 via TT.\n\nRegards,\nMei Ling"),
    e(TAN, "olen", "partial_payment", None, "Hi,\n\nWe have remitted RM 25,960.00 via TT today. The bank charges of RM 40.00 are on your side as per normal practice.\n\nRegards,\nTan Mei Ling", **X),
    e(WONG, "gmailzh", "bank_question", None, "王先生，请问你们的SWIFT code是多少？我们这边的银行要求提供中间行的资料。"),
    e(WONG, "gmailzh", "more_time", None, "王先生，最近马币跌得很厉害，可以等汇率好一点再付吗？大概一两个月。"),
    e(WONG, "iosen", "promise", d(12, 31), "Will settle by end of the month. Thanks"),
    e(TAN, "owaen", "dispute", None, "Hi,\n\nCould you please re-issue the invoice to KLH Retail Sdn Bhd with our SST registration no.? The one we received is addressed to our old company name and our auditor will not accept it, so we are unable to pay against it.\n\nMei Ling"),
    e(WONG, "ioszh", "acceptance", None, "王先生，门店试用了两个礼拜，没什么问题，可以验收了。"),
    e(WONG, "gmailzh", "other", None, "王先生，我下个月会去杭州，到时候见面谈。"),
    e(TAN, "olen", "paid", None, "Please see attached.", atts=["Remittance_Advice_KLH_0112.pdf"]),
    e(TAN, "olen", "auto_reply", None, "", raw=m.oof("Hi,\n\nI am on annual leave from 1 Dec to 11 Dec 2026 with limited access to email. For urgent payment matters, please contact finance@klhretail.com.my.\n\nThank you.", auto_submitted=False)),
    # --- Singapore client ---
    e(LIM, "iosen", "paid", None, "Paid liao, pls check"),
    e(LIM, "gmailen", "promise", d(12, 3), "Eh sorry, was travelling. Will PayNow tmr morning."),
    e(ONG, "olen", "promise", d(12, 10), "Dear Wang Ming,\n\nThe payment has been scheduled in our GIRO run on 10/12/2026.\n\nRegards,\nRachel"),
    e(LIM, "gmailen", "dispute", None, "Hi Wang Ming,\n\nPhase 2 was supposed to include the offline mode, which we still don't have. I'm not comfortable paying the full phase 2 until that's delivered. Can we get on a call this week?\n\nWei Jie", **X),
    e(ONG, "olen", "partial_payment", None, "Hi,\n\nWe have paid SGD 9,200.00 today, being 50% of the phase 2 payment. The balance will be paid upon UAT sign-off as discussed with Mr Lim.\n\nRachel Ong"),
    e(LIM, "iosen", "more_time", None, "Can wait till next week or not? Cash flow a bit tight this month"),
    e(ONG, "olen", "resend_request", None, "Hi, could you resend the invoice as a PDF attachment? The download link in your earlier email has expired. Thanks!"),
    e(LIM, "gmailen", "bank_question", None, "Got an email from someone claiming to be your finance, saying your bank account changed to DBS Singapore. Legit? Haven't paid yet.", **X),
    e(ONG, "olen", "paid", None, "Dear Wang Ming,\n\nPayment of SGD 18,400.00 was made on 1 Dec 2026, ref TT2612010045. Please find the remittance attached.\n\nRachel Ong | Accounts Executive\nLim & Tan Trading Pte Ltd\nT +65 6741 2280\nOur office will be closed from 24/12/2026 to 01/01/2027.", atts=["Remittance TT2612010045.pdf"]),
    e(LIM, "gmailen", "acceptance", None, "UAT done, all good on our side. Consider phase 2 accepted. Will ask Rachel to process the payment."),
    e(ONG, "olen", "other", None, "Noted, I have forwarded this to Mr Lim for his approval.", **X),
    e(LIM, "iosen", "resend_request", None, "Haven't paid yet cos we never received the hardcopy invoice. Can send again?"),
    e(LIM, "gmailen", "auto_reply", None, "", raw=m.oof("Thanks for your email. I'm overseas until 7 Dec with limited access. For urgent matters please contact Rachel at rachel.ong@limtan.com.sg.")),
    e(ONG, "olen", "promise", d(12, 4), "Hi,\n\nWe will process the payment by this Friday.\n\nRachel"),
    e(LIM, "gmailen", "dispute", None, "See my comment below.", inline=("Amount:", "[Wei Jie] Amount is wrong - we agreed SGD 16,000 for phase 2 after the discount.")),
    # --- Japanese client writing English ---
    e(KAWA, "olen", "promise", d(1, 31), "Dear Mr. Wang,\n\nThank you for your e-mail and sorry for late reply.\nAccording to our company rule, invoices are closed at 20th of each month and paid at the end of next month. Your invoice was received at 25th Nov., so the payment will be done at the end of January 2027.\nWe appreciate your kind understanding.\n\nBest regards,\nTakeshi Kawamura"),
    e(SATO, "owaen", "paid", None, "Dear Mr. Wang,\n\nWe have remitted JPY 1,850,000 on Dec. 1st. The bank charge was borne by our side.\nPlease confirm the receipt.\n\nYuko Sato\nAccounting Dept.\nKawamura Seiki Co., Ltd."),
    e(KAWA, "olen", "dispute", None, "Dear Mr. Wang,\n\nWe checked the dashboard on our line 3. Unfortunately the OEE data is not correct compared with our MES, so we think it does not satisfy the specification.\nWe would like to ask you to check and fix it before we proceed the payment procedure.\n\nBest regards,\nKawamura", **X),
    e(KAWA, "olen", "acceptance", None, "Dear Mr. Wang,\n\nWe have completed the acceptance inspection on 2026/11/27 and it was passed. The acceptance certificate is attached.\n\nBest regards,\nKawamura", atts=["Acceptance_Certificate_KWS-2026-11.pdf"]),
    e(SATO, "owaen", "promise", d(12, 10), "Dear Mr. Wang,\n\nThe payment is scheduled on 2026/12/10.\n\nBest regards,\nYuko Sato"),
    e(KAWA, "olen", "more_time", None, "Dear Mr. Wang,\n\nBecause of our fiscal year budget, could you please wait for the payment until after April 2027? I am very sorry for inconvenience.\n\nKawamura"),
    e(SATO, "owaen", "resend_request", None, "Dear Mr. Wang,\n\nCould you please send us the invoice with your company seal? Our accounting rule requires the original with the seal.\n\nYuko Sato"),
    e(KAWA, "iosen", "other", None, "I will check with accounting department and reply you tomorrow."),
    e(SATO, "owaen", "bank_question", None, "Dear Mr. Wang,\n\nPlease let us know the address of your bank branch and the intermediary bank. Our bank asked it for the overseas remittance.\n\nYuko Sato"),
    e(KAWA, "olen", "partial_payment", None, "Dear Mr. Wang,\n\nWe paid JPY 925,000 as the first half. The remaining will be paid after the final acceptance.\n\nKawamura"),
    e(SATO, "owaen", "promise", d(12, 7), "Dear Mr. Wang,\n\nSorry, we have not paid yet because of our mistake in the system. We will pay on Dec. 7th.\n\nYuko Sato", **X),
    e(SATO, "owaen", "auto_reply", None, "", raw=m.oof("Thank you for your e-mail.\nI am out of office for business trip from Dec. 1 to Dec. 3 and will reply after Dec. 4.\n\nYuko Sato")),
    e(KAWA, "olen", "other", None, "Dear Mr. Wang,\n\nPlease note that our company name will change to Kawamura Seiki Holdings Co., Ltd. from January 1st, 2027. Please issue the future invoices with the new name.\n\nKawamura"),
    e(KAWA, "olen", "dispute", None, "Dear Mr. Wang,\n\nAccording to the contract article 6, the delivery payment is due 60 days after acceptance, not 30 days. So the due date is January 26, 2027. Please correct your record.\n\nKawamura", **X),
    # --- Indian IT services company, accounts payable ---
    e(PRIYA, "owaen", "paid", None, "Dear Sir,\n\nGreetings from Vasudha Infotech!\n\nKindly note that the payment against invoice no. EX/2026/1187 has been processed on 30-Nov-2026, UTR no. HDFCR52026113012345. PFA the payment advice.\n\nRegards,\nPriya Nair\nAccounts Payable | Vasudha Infotech Pvt Ltd\n+91 80 4123 9000", atts=["Payment_Advice_EX-2026-1187.pdf"]),
    e(PRIYA, "owaen", "partial_payment", None, "Dear Sir,\n\nPlease note that payment of USD 8,640.00 has been released after deducting withholding tax @10% (USD 960.00) as per Section 195 of the Income Tax Act. The TDS certificate will be shared at quarter end.\n\nRegards,\nPriya Nair", **X),
    e(APT, "olen", "promise", None, "Dear Vendor,\n\nYour invoice is under process. Payment will be released in the next payment cycle.\n\nRegards,\nAP Team"),
    e(PRIYA, "owaen", "promise", d(12, 15), "Dear Sir,\n\nThe payment is scheduled for the payment run on 15th Dec'26.\n\nRegards,\nPriya"),
    e(RAHUL, "gmailapp", "dispute", None, "Hi Wang,\n\nBefore AP releases M2 we need the open defect count under 10 as per the SOW - the last test cycle report still shows 23 open Sev-2s. Can your team close those first?\n\nThanks,\nRahul", **X),
    e(PRIYA, "owaen", "dispute", None, "Dear Sir,\n\nThe invoice cannot be processed as the PO number mentioned on it (4500021837) does not match our records. Kindly share a revised invoice quoting PO 4500021873.\n\nRegards,\nPriya Nair"),
    e(APT, "olen", "auto_reply", None, "", raw=m.ticket("Dear Vendor,\n\nThank you for contacting Vasudha Accounts Payable. Your query has been logged with reference number AP-INC-0048213. Our team will respond within 3 business days.\n\nFor payment status, please visit the vendor portal.\n\nThis is a system-generated email. Please do not reply.", "[AP-INC-0048213] Your query has been received", ("Vasudha AP Helpdesk", "ap.helpdesk@vasudha-infotech.in")), **X),
    e(PRIYA, "owaen", "more_time", d(1, 10), "Dear Sir,\n\nDue to year-end closure, kindly allow us time till 10th January 2027 for releasing the payment.\n\nRegards,\nPriya Nair"),
    e(RAHUL, "gmailapp", "acceptance", None, "Hi Wang, M2 deliverables were signed off today by our QA lead. I've raised the GRN, AP should pick it up from here."),
    e(PRIYA, "owaen", "bank_question", None, "Dear Sir,\n\nKindly confirm your bank details on your letterhead, duly signed and stamped, as per our vendor onboarding policy, before we can release the payment.\n\nRegards,\nPriya Nair"),
    e(APT, "olen", "paid", None, "Status: PAID\nPayment Date: 01.12.2026\nAmount: USD 9,600.00\nReference: 2000145587\n\nAP Team"),
    e(PRIYA, "owaen", "other", None, "Dear Sir,\n\nKindly share your MSME registration certificate, if applicable, for our vendor records.\n\nRegards,\nPriya Nair"),
    e(RAHUL, "olmoben", "other", None, "I think AP already paid this last week? Let me check and get back.", **X),
    e(PRIYA, "owaen", "promise", d(12, 2), "Dear Sir,\n\nPayment will be done by EOD today.\n\nRegards,\nPriya"),
    e(APT, "olen", "bounce", None, "", raw=m.dsn("suresh.k@vasudha-infotech.in", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "Delivery has failed to these recipients or groups:\r\n\r\nsuresh.k@vasudha-infotech.in\r\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.", "SG2PR04MB3210.apcprd04.prod.outlook.com", subject="Undeliverable: Payment reminder: Milestone 2 payment overdue")),
    e(PRIYA, "owaen", "paid", None, "Dear Sir,\n\nAs per our records invoice EX/2026/1187 has already been paid vide UTR HDFCR52026101554321 dated 15-Oct-2026. Kindly check at your end and confirm.\n\nRegards,\nPriya Nair"),
    e(APT, "olenplain", "other", None, "Noted."),
    e(PRIYA, "owaen", "partial_payment", None, "Dear Sir,\n\nWe have paid USD 4,800.00 today; the balance USD 4,800.00 will be paid on 31st December.\n\nRegards,\nPriya Nair"),
    # --- French client writing English ---
    e(CLAIRE, "appleen", "paid", None, "Hello Mr Wang,\n\nWe have made the transfer yesterday, you should receive it in 2-3 days.\n\nBest regards,\nClaire Moreau"),
    e(JB, "olen", "promise", d(12, 15), "Hello,\n\nThe payment will be done the 15/12 with our next payment run.\n\nRegards\nJulien Bernard\nComptabilité fournisseurs"),
    e(CLAIRE, "iosen", "dispute", None, "Honestly I am not ok to pay the second instalment now, the booking module has still many bugs and our clients complain. We must discuss.", **X),
    e(JB, "olen", "resend_request", None, "Hello,\n\nWe don't have received the invoice in our system. Can you send it again to factures@atelier-moreau.fr please?\n\nJulien"),
    e(CLAIRE, "appleen", "more_time", None, "Hello Mr Wang,\n\nCan we pay in two times? Half in December and half in January. It is a difficult period for us.\n\nClaire"),
    e(JB, "olen", "bank_question", None, "Hello,\n\nCould you send us an IBAN? Our bank asks an IBAN for the transfer and your email gives only an account number.\n\nJulien Bernard"),
    e(CLAIRE, "gmailen", "acceptance", None, "Hello,\n\nWe have tested the platform with the team, it is validated for us. Thank you for the good work.\n\nClaire"),
    e(JB, "tben", "partial_payment", None, "Hello,\n\nWe have paid 7 100 € the 30/11. The rest will follow after the validation of the last lot.\n\nJulien Bernard", below=True),
    e(CLAIRE, "iosen", "promise", d(12, 7), "I will do the transfer monday"),
    e(CLAIRE, "appleen", "dispute", None, "Hello, see below.", inline=("Amount:", "--> this is not what we agreed, the second instalment is 12 000 € HT in the contract")),
    e(JB, "olen", "paid", None, "Bonjour,\n\nLe virement a été effectué ce jour. / The transfer has been done today.\n\nJulien Bernard\nAtelier Moreau SAS – 12 rue de la Roquette, 75011 Paris\nFermeture annuelle du 21/12 au 04/01"),
    e(CLAIRE, "appleen", "auto_reply", None, "", raw=m.vacation("Bonjour, je suis absente jusqu'au 7 décembre.\nHello, I am away until 7 December. For urgent matters: compta@atelier-moreau.fr", "icloud")),
    e(CLAIRE, "gmailen", "other", None, "Hello Mr Wang,\n\nWho is the contact for the maintenance contract? We want to renew it for next year.\n\nClaire"),
    e(JB, "olen", "dispute", None, "Hello,\n\nThe invoice is not conform: the VAT number of Atelier Moreau is missing (FR 45 812345678). We cannot pay it like that.\n\nJulien Bernard", **X),
    # --- Beijing law firm ---
    e(LIMZ, "olzhcn", "dispute", None, "王经理：\n\n来函收悉。经我所核查，贵司第四季度应提供的月度巡检报告及系统升级服务均未履行。依据双方合同第七条第二款之约定，我所有权暂缓支付相应维护费用，待贵司履行完毕后再行支付。\n\n特此函复。\n\n李明哲 律师\n金石律师事务所 合伙人\n电话：010-6588 1200", **X),
    e(JSCW, "exmail", "paid", None, "王经理您好，第四季度维护费39,000元已于11月26日支付，请查收。\n\n金石律师事务所 财务部"),
    e(JSCW, "exmail", "promise", d(12, 14), "您好，本月付款审批将于12月9日完成，审批后3个工作日内付款。\n\n财务部"),
    e(JSADM, "foxmail", "other", None, "王经理，您好！\n\n我所财务部本周搬迁至新办公区，付款事宜请联系财务部刘老师（liu@jinshilaw.com）。"),
    e(LIMZ, "olzhcn", "dispute", None, "王经理：\n\n请贵司先提供第四季度的服务工作量明细及巡检记录，我所核对无误后再安排付款。\n\n李明哲", **X),
    e(JSCW, "exmail", "resend_request", None, "您好，请将第四季度维护费发票（增值税专用发票）的电子版发至本邮箱，纸质原件已收到，入账需要电子版。"),
    e(JSCW, "exmail", "promise", d(1, 15), "您好，我所年底资金安排较紧，第四季度维护费拟于明年1月15日前支付，请予理解。\n\n财务部"),
    e(LIMZ, "olzhcn", "other", None, "王经理，贵司明年的维护费报价是否有调整？请提供一份报价单。"),
    e(JSCW, "exmail", "dispute", None, "您好，第四季度维护费已支付26,000元。剩余13,000元：因十月份系统停机三天，按合同约定扣减服务费，具体见附件说明。", atts=["扣款说明.pdf"], note="partial, the rest objected to", **X),
    e(LIMZ, "olzhcn", "promise", None, "已安排财务付款。", **X),
    e(JSADM, "foxmail", "bounce", None, "", raw=m.tencent_bounce("xingzheng@jinshilaw.com", "收件人邮箱地址不存在（该地址已被注销），请核对后重新发送。")),
    # --- Hong Kong law firm (Traditional Chinese, Big5 with HKSCS) ---
    e(HKACC, "olzhtw", "paid", None, "王先生：\n\n該筆款項已於12月1日經滙豐銀行轉賬，請查收。\n\n會計部 陳小姐"),
    e(MLC, "owazhtw", "promise", d(12, 15), "王先生您好，我們會於本月15日前安排付款。\n\n陳美玲"),
    e(HO, "gmailtw", "dispute", None, "王先生：\n\n系統上線後文件搜尋功能一直未能正常運作，在問題解決之前，本行不會支付餘款。\n\n何家俊", **X),
    e(HOI, "ioszhtw", "other", None, "收到，我叫會計部跟進吓"),
    e(HKACC, "olzhtw", "dispute", None, "王先生：\n\n發票抬頭需為「何陳律師行」而非合夥人個人名義，請重新發出發票，否則未能入賬付款。\n\n會計部"),
    e(MLC, "owazhtw", "more_time", d(1, 31), "王先生，因年底結算，可否延至明年1月底付款？謝謝。"),
    e(HKACC, "olzhtw", "partial_payment", None, "王先生：\n\n已先付港幣29,000元，餘款待驗收後支付。\n\n會計部"),
    e(HO, "gmailtw", "bank_question", None, "王先生，請問貴公司的收款賬戶是否已更改？我們收到一封通知信，說以後改為匯入香港的賬戶。", **X),
    e(MLC, "owazhtw", "auto_reply", None, "", raw=m.oof("本人於12月1日至12月4日休假，期間未能查閱電郵。如有急事，請致電 2522 1234 與會計部聯絡。", "zh-Hant")),
    e(HKACC, "olzhtw", "acceptance", None, "王先生：\n\n系統已於上週五完成驗收，驗收報告隨附。\n\n會計部", atts=["驗收報告.pdf"]),
    # --- more machines and strangers ---
    e(GU, "olzhcn", "auto_reply", None, "", raw=m.receipt("zh"), **X),
    e(PRIYA, "owaen", "auto_reply", None, "", raw=m.receipt("en"), **X),
    e(ZMS, "n163", "bounce", None, "", raw=m.dsn("dhu_lab_ms@163.com", "5.0.0", "550 User has no permission", "This is the mail system at host mx.example.cn.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<dhu_lab_ms@163.com>: host 163mx01.mxmail.netease.com said: 550 User has no permission", "mx.example.cn")),
    e(KAWA, "olen", "bounce", None, "", raw=m.dsn("t-kawamura@kawamura-seiki.co.jp", "4.4.7", "421 4.4.7 Connection timed out", "This is the mail system at host mx.example.cn.\r\n\r\n####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n####################################################################\r\n\r\nYour message could not be delivered for 4 hours.\r\nIt will be retried until it is 5 days old.", "mx.example.cn", action="delayed", subject="Delayed Mail (still being retried)"), note="delay, not permanent", **X),
    e(LUOQ, "qqapp", "auto_reply", None, "", raw=m.vacation("出差中，邮件不能及时回复，急事请打电话 138 2651 7790", "qq")),
    e(HE, "qqweb", "other", None, "", raw=m.newsletter("【商家通知】12月平台结算及提现规则调整", "尊敬的商家：\n\n自2026年12月10日起，平台货款结算周期调整为T+10，提现申请将在3个工作日内付款至您绑定的对公账户。如有异议，请于12月8日前联系客服。\n\n退订请回复TD", ("平台商家服务中心", "notice@merchant-news.example.com")), known=False, note="platform newsletter, bulk", **X),
    e(WONG, "gmailzh", "paid", None, "王先生，上个礼拜五已经transfer了，今天早上老板说银行那边已经过了，麻烦你check一下有没有收到。"),
    e(TAN, "exmailen", "promise", d(12, 18), "Hi Mr Wang,\n\nOur boss has approved. Cheque will be ready for collection on Friday, 18/12.\n\nMei Ling"),
    e(SUN, "qqapp", "paid", None, "王经理 款已付 回单我晚点发你"),
    e(XU, "applezh", "promise", None, "王经理，好的，我这边尽快走报销流程。"),
    e(LIM, "iosen", "other", None, "Who is this?"),
    e(LUOQ, "qqapp", "promise", d(12, 11), "下周五前搞定", earlier="收到 我问下cw"),
    e(HEM, "alimail", "other", None, "王经理，老板说11月的服务费要等他看完月度报告再决定怎么付，报告能先发一份吗？", **X),
    e(CLAIRE, "iosen", "paid", None, "Done ✅ transfer made this morning"),
    e(SATO, "owaen", "promise", d(12, 25), "Dear Mr. Wang,\n\nWe will pay it on 25th December together with other overseas payments.\n\nYuko Sato"),
    e(HOI, "olmobtw", "promise", d(12, 11), "王生，下星期五之前會過數，唔好意思遲咗。"),
    e(GU, "olzhcn", "dispute", None, "王经理，发票金额我们核了一下，含了一笔我们没有确认过的“现场加急服务费”8,000元，这部分我们不认可。请把这笔去掉重新开票。", **X),
    e(JB, "olen", "promise", None, "Hello,\n\nThe invoice is validated in our system, the payment will follow.\n\nJulien"),
    e(ZKJ, "sina", "dispute", None, "王经理：\n\n11月服务费我们只认合同里的基础服务费8,000元，提成部分用的GMV数据跟平台后台对不上，请先提供明细，核对后再说。\n\n周会计", **X),
    e(WTX, "n126", "paid", None, "王经理您好，报销系统里这笔已经显示“已付款”了，付款日期12月1日，麻烦查收一下。\n\n许老师课题组 王同学"),
    e(SUN, "mailmaster", "other", None, "王经理，科长说下周一院办会上定这一批的付款，定了我再告诉你。", **X),
    e(KEVIN, "n163en", "paid", None, "transfer done pls check"),
    e(RAHUL, "android", "promise", d(12, 7), "Sir, payment is approved by management, it will be credited by Monday."),
    e(LIG, "mmen", "dispute", None, "Hi Mr. Wang,\n\nProf. Xu asked me to tell you the reimbursement was rejected: the invoice date is after the contract end date, so the finance office will not accept it. We need a new invoice before anything can be paid.\n\nLi Xiang"),
]
# fmt: on
