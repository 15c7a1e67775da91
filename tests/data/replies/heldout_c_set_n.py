"""Held-out set N: fourteen clients abroad and a Japanese trading house's China offices.

Written blind: its author never opened ``daemon/inbox/``, the corpus bodies, the reply tests,
HELDOUT.md nor earlier sets' bodies; only the shared machinery (``heldout_c_mime/quote/
styles.py``, the generator, labels.yaml's conventions, /work/shared/MAIL-CLIENTS.md). This
module holds the Chinese replies: the Shanghai office of a Japanese trading house (东洋丸和贸易,
Simplified Chinese with Japanese office habits: 承蒙关照, 以上, 请多关照, 月末结账次月末付款,
社内审批/决裁 by the head office, 请款书, 2026/12/31（木） with Japanese weekdays, 年末年始
holidays in signatures) and its Taipei branch (Traditional, Big5 Outlook). The English
replies are ``heldout_c_set_n_intl.py``, the machine mail ``heldout_c_machine_n.py``, the
reminders they answer ``heldout_c_threads_n.py``. ``heldout_c_generate.py OUT n`` writes it.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_n  # noqa: F401  (registers the threads)
from heldout_c_machine_n import MACHINE
from heldout_c_set_n_intl import INTL


def D(day: int, month: int = 12) -> date:
    return date(2026 if month == 12 else 2027, month, day)


JP = {
    "wang": ("王丽华", "wang.lihua@toyomaruwa-sh.com.cn"),
    "sato": ("佐藤 健一", "k.sato@toyomaruwa-sh.com.cn"),
    "limin": ("李敏", "limin@toyomaruwa-sh.com.cn"),
    "chenxy": ("陈晓燕", "chenxy@toyomaruwa-sh.com.cn"),
    "chenqq": ("晓燕", "2755310846@qq.com"),
    "tanaka": ("Tanaka Hiroshi", "hiroshi.tanaka.tmw@gmail.com"),
    "lin": ("林志豪", "jh.lin@toyomaruwa.com.tw"),
    "chang": ("張雅婷", "yt.chang@toyomaruwa.com.tw"),
    "lingmail": ("Jerry Lin", "jerrylin.tw@gmail.com"),
}


def Z(thread: str, who: str, style: str, kind: str, due: date | None, day: int, body: str, **o):
    """One reply of ``who`` (Shanghai or Taipei) on December ``day`` to ``thread``."""
    opts: dict = {"thread": thread, "sender": JP[who], "day": D(day)}
    if thread == "n_tw":
        opts["tz"] = "Asia/Taipei"
    if thread.endswith("2"):
        opts["seq"] = 2
    opts.update(o)
    return (style, kind, due, body, opts)


# fmt: off
SIG_WANG = """东洋丸和贸易（上海）有限公司
财务科　王丽华
TEL：021-6278-5520（内线 213）
上海市长宁区仙霞路99号 尚嘉中心21F"""

SIG_CHEN = """陈晓燕
东洋丸和贸易（上海）有限公司　财务科
※年末年始休假：2026年12月29日～2027年1月4日"""

SHANGHAI = [
    Z("n_jp", "wang", "olzhcn", "promise", D(31), 2, f"""王经理

一直承蒙关照。

关于中期款一事，给贵司添麻烦了，大变抱歉。
我司付款规定为月末结账、次月末付款。贵司请款书于11月5日到达我司，列入11月度结账，付款日为12月末，即2026/12/31（木）。

敬请谅解。
以上，请多关照。

{SIG_WANG}""", note="月末结账次月末付款: the month after the invoice's month"),
    Z("n_jp", "wang", "olzhcn", "paid", None, 3, f"""王经理

承蒙关照。
中期款￥265,000.00已于12月2日通过三菱日联银行（中国）上海分行汇出，银行回单请见附件。
烦请确认。
以上

{SIG_WANG}""", atts=["回单_20261202.pdf"]),
    Z("n_jp", "sato", "owazh", "dispute", None, 4, """王经理

百忙之中打扰了。
关于二期中期款，从结论来说，目前无法支付。
原因：验收时指出的3个问题（库存同步延迟、日文字段乱码、月结报表错误）至今未修正。根据合同第5条，中期款以验收合格为前提。
修正完成并经我司确认后，会立即走社内审批流程。

给您添麻烦了，请多关照。

佐藤健一
总经理""", danger=True),
    Z("n_jp", "limin", "olzhcn", "resend_request", None, 7, """王经理您好

承蒙关照。
按照我司规定，付款需要请款书原件（加盖公司章）和增值税专用发票原件。目前只收到了电子版，烦请将原件邮寄至以下地址：
上海市长宁区仙霞路99号 尚嘉中心21F 总务科 李敏 收
收到原件后即可进入付款流程。

以上，请多关照。

李敏
总务科""", note="originals of the documents asked"),
    Z("n_jp2", "sato", "olmobzh", "more_time", None, 8, """王经理

非常抱歉让您久等了。
本件需要日本总公司的决裁，因年末决算期，总公司的审批会议延至1月中旬召开。
恳请贵司再宽限一段时间，决裁下来后会马上联系您。

佐藤""", note="1月中旬 is the head office's meeting, not a payment day"),
    Z("n_jp", "wang", "olzhcn", "partial_payment", None, 9, f"""王经理

承蒙关照。
本日先行支付中期款的一部分￥132,500.00（50%），剩余部分待验收问题解决后支付。
回单附上，请查收。
以上

{SIG_WANG}""", atts=["回单_132500.pdf"], danger=True),
    Z("n_jp", "chenqq", "qqapp", "bank_question", None, 3, """王经理好，我们付款系统里登记的贵司账户是工行的，和邮件里写的示例银行不一样，是换账户了吗？麻烦确认一下，确认之前我们先不付""", danger=True),
    Z("n_jp", "wang", "olzhcn", "promise", D(18), 10, f"""王经理

承蒙关照。
社内审批已完成，预定于12月18日（金）支付。
请多关照。

{SIG_WANG}""", note="金 = Friday (Japanese weekday)"),
    Z("n_jp", "sato", "owazh", "acceptance", None, 14, """王经理

承蒙关照。
上次指出的问题已全部确认修正，我司正式验收合格，验收单已盖章，扫描件附上。
付款手续请与财务科王联系。

佐藤""", atts=["验收单_TMS-2026-012.pdf"]),
    Z("n_jp", "limin", "olzhcn", "other", None, 1, """王经理您好，您的邮件已转给财务科王科长，请稍候。

李敏""", danger=True, note="转给 is not 转账"),
    Z("n_jp", "chenqq", "qqapp", "paid", None, 4, """已付，见回单""", atts=["回单.jpg"]),
    Z("n_jp2", "wang", "olzhcn", "promise", D(31), 15, f"""王经理

再次给您添麻烦了。
已与佐藤总经理确认，本款列入12月度支付，于月末付款。
以上

{SIG_WANG}"""),
    Z("n_jp", "sato", "owazh", "other", None, 9, """王经理

关于付款，目前还没有完成社内决裁，并不是已经付款了，请不要误会。
决裁结果出来后会另行联络。

佐藤""", danger=True, note="negation: not paid"),
    Z("n_jp", "wang", "olzhcn", "promise", D(28, 2), 16, f"""王经理

承蒙关照。
按我司规定，11月收到的请款书原则上应于12月末支付，但因日元汇率及本社资金调拨的关系，本期需延至2月末支付。
给贵司添麻烦了，恳请谅解。
以上

{SIG_WANG}""", note="延至2月末: a day named"),
    Z("n_jp", "chenxy", "owazh", "promise", None, 2, f"""王经理您好，

付款申请已经提交，目前在佐藤总经理处等待审批（禀议），审批通过后一般3个工作日内付款。

{SIG_CHEN}""", note="3 working days after an approval of unknown day; signature dates"),
    Z("n_jp", "wang", "olzhcnplain", "paid", None, 7, """王经理：
承蒙关照。
确认了一下，本款已于11月30日支付完毕（银行流水号：0031128776），可能银行还在途中，请再确认一下。
以上

王丽华""", note="paid, money in transit"),
    Z("n_jp", "tanaka", "gmailzh", "promise", D(31), 3, """王先生
您好。我是营业部的田中。
本件我已经向财务确认过了，付款是12月下旬的予定。具体的日期财务会联络您。
请多多关照。

田中 博
东洋丸和贸易（上海）有限公司 营业部部长""", note="下旬 = the month's last day; 予定 = planned"),
    Z("n_jp", "limin", "owazh", "promise", D(25), 8, "李敏（总务）：请见下文。", inline=("如已付款，烦请回复告知付款日期", "→ 尚未付款，预定12月25日（金）支付。"), note="answer inline in the quote"),
    Z("n_jp", "chenqq", "qqapp", "dispute", None, 10, """王经理，我们需要的是增值税专用发票，贵司开的是普票，财务没法入账也没法付款，麻烦重开一张专票""", danger=True, note="invoice of the wrong type: cannot pay as issued"),
    Z("n_jp", "sato", "olmobzh", "promise", None, 15, """王经理

年末年始休假（12/29～1/4）期间无法处理付款，本件将于1月份第一个付款日处理。
恳请理解。

佐藤""", note="first payment day in January: no day named"),
    Z("n_jp", "wang", "olzhcn", "bank_question", None, 14, f"""王经理

承蒙关照。
本次我司从日元账户支付，银行要求提供贵司开户行的SWIFT代码及银行英文名称、英文地址，烦请告知。
以上

{SIG_WANG}""", danger=True),
    Z("n_jp", "limin", "olzhcn", "resend_request", None, 15, """王经理您好

之前贵司发来的请款书邮件被我司的邮件系统拦截了，麻烦重新发送一下请款书（盖章版PDF）。

以上，请多关照。
李敏"""),
    Z("n_jp", "sato", "owazh", "other", None, 16, """王经理

收到。本件已指示财务处理。
以上

佐藤""", note="the boss instructs finance: no day, nothing paid"),
    Z("n_jp", "chenqq", "qqapp", "other", None, 16, """收到，谢谢王经理"""),
    Z("n_jp", "chenxy", "owazh", "paid", None, 16, f"""王经理您好，

中期款已于今日支付，金额￥265,000.00，回单见附件。

{SIG_CHEN}""", atts=["付款回单20261216.pdf"], note="dates in the signature"),
    Z("n_jp", "wang", "olzhcn", "promise", D(22), 11, f"""王经理

承蒙关照。
本款尚未支付，原定12月10日的付款因本社资金调拨延迟，现改为12月22日（火）支付。
给您添麻烦了，请多关照。

{SIG_WANG}""", note="negation, a withdrawn day, then the new day"),
    Z("n_jp", "wang", "olzhcn", "dispute", None, 4, f"""王经理

承蒙关照。
经核对，合同约定中期款为合同总额的30%，即￥240,000.00，贵司请款金额￥265,000.00与合同不符。
烦请确认后重新开具请款书。
以上

{SIG_WANG}""", danger=True),
]

MORE_SHANGHAI = [
    Z("n_jp", "limin", "foxmail", "promise", D(21), 9, """王经理您好

承蒙关照。
财务科已确认，本款预定于12/21（月）支付，届时请查收。

以上，请多关照。
李敏""", sender=("limin@toyomaruwa-sh.com.cn", "limin@toyomaruwa-sh.com.cn"), note="月 = Monday (Japanese weekday)"),
    Z("n_jp", "chenqq", "qqweb", "paid", None, 7, """王经理您好：

中期款上周五已经付了，回单附件里，请查收。有问题随时联系我。

晓燕""", atts=["中期款回单.pdf"], note="上周五 = Dec 4: done"),
    Z("n_jp", "chenqq", "qqhtml", "partial_payment", None, 14, """王经理，今天先付了13万（130,000.00），剩下的13.5万等佐藤总经理出差回来签字后再付。回单见附件""", atts=["回单_130000.jpg"], danger=True, note="QQ web, HTML only, gb18030"),
    Z("n_jp", "sato", "owazh", "promise", D(18), 11, """王经理

转发财务的回复，供参考。
给您添麻烦了。

佐藤

________________________________
发件人: 王丽华 <wang.lihua@toyomaruwa-sh.com.cn>
发送时间: 2026年12月11日 10:02
收件人: 佐藤 健一 <k.sato@toyomaruwa-sh.com.cn>
主题: 关于示例科技中期款

佐藤总经理：

示例科技的中期款￥265,000.00已完成审批，安排于12月18日支付。
以上""", note="the boss forwards finance's answer: the day is in the forward"),
    Z("n_jp", "chenxy", "mmios", "acceptance", None, 1, """王经理您好，佐藤总经理让我转告：二期系统已于11月30日验收通过，验收报告盖章后邮寄给贵司。付款按合同流程走。""", sender=("陈晓燕", "xiaoyan_chen88@126.com"), note="Mail Master iOS, HTML only"),
    Z("n_jp2", "sato", "olmobzh", "promise", D(16), 9, """王经理

多次给您添麻烦，实在抱歉。
决裁已下来，下周三之前一定支付。

佐藤""", note="下周三 from Wednesday Dec 9 = Dec 16"),
]

TAIPEI = [
    Z("n_tw", "lin", "olzhtw", "paid", None, 2, """王經理您好：

尾款人民幣98,000元已於12月1日由台北富邦銀行匯出，匯款水單如附件，請查收。

林志豪
東洋丸和貿易股份有限公司 台北分公司
Tel: 02-2545-3318""", atts=["匯款水單.pdf"]),
    Z("n_tw", "chang", "owazhtw", "promise", D(25), 3, """王先生您好：

本款已排入12/25（五）的付款批次，屆時會以電匯支付，謝謝。

張雅婷
會計課"""),
    Z("n_tw", "lin", "olzhtw", "dispute", None, 8, """王經理：

報關資料介面至今仍無法正確傳送到關港貿單一窗口，同仁每天都要人工補登。在此狀態下本分公司無法驗收，尾款請暫緩。

林志豪""", danger=True),
    Z("n_tw", "lingmail", "gmailtw", "bank_question", None, 9, """王經理好，請問貴司帳戶可以收美金嗎？我們這邊用人民幣匯款手續費很高，可否改匯美金到另一個帳戶？麻煩回覆，謝謝

Jerry""", danger=True),
    Z("n_tw", "chang", "owazhtw", "more_time", None, 10, """王先生您好：

因年底結帳，本分公司對外付款目前暫停，煩請再寬限一些時間，恢復後會第一時間安排，謝謝您的體諒。

張雅婷"""),
    Z("n_tw", "chang", "owazhtw", "partial_payment", None, 15, """王先生您好：

今日先匯出尾款的一半，人民幣49,000元，水單如附件；其餘一半將於1月底前匯出。

張雅婷
會計課""", atts=["水單_49000.pdf"], danger=True),
    Z("n_tw", "lin", "ioszhtw", "paid", None, 16, """王經理，已匯款，水單稍後由會計補寄。""", note="iOS Mail zh-TW"),
]

N_SET = SHANGHAI + MORE_SHANGHAI + TAIPEI + INTL + MACHINE
# fmt: on
