"""A second reading of a ``paid``, ``dispute`` or ``promise`` verdict: doubt it when the rest of
the reply says otherwise, and ask the PM instead of acting.

Why: the rules read phrases. On mail written by people the rules were never tuned on, most
of the dangerous misreadings are a phrase read right in a reply that means something else as
a whole: "we remitted USD 10,000 first, the rest after year-end" (a part, not a payment in
full), "I think we paid" (a hedge), "could you resend the invoice? our auditors won't accept
it without" (a request, not an objection). A ``paid`` reading sends the client a thank-you
and stops the chase; a ``dispute`` reading sends an acknowledgement of the objection. Both
are worse than asking. This reading looks at the whole of the client's own words for
counter-signals that are generic (no phrase of any one reply), and when it finds one the
reading is demoted to a held one: cuikuan sends the client nothing and asks the PM, naming
the suspicion ("looks like paid, but mentions a remainder").

Counter-signals of ``paid``:

* a remainder, balance or rest that is not itself said paid ("余下66,000元…再付", "Rest USD
  6,300 will be after year-end") -> held ``partial_payment``;
* a payment verb still ahead in the same reply, with no paid word before it in its clause
  (再付, 才放, "will be paid", "will follow") -> held ``partial_payment`` when the paid words'
  sentence names an amount or part, else held ``other``;
* a hedge on the payment itself (应该付了, 好像转了, "I think we paid", "should have been
  sent"), not on its arrival (应该今天到账) -> held ``other``;
* the payment handed to someone else to make (让财务付, "asked our accounts to pay"), or the
  paid words themselves a hand-off to the client's finance (已转财务付款) -> held ``other``;
* an earlier "paid" taken back (搞错了, "my mistake") with not paid said after it, or taken
  back after the paid words with the payment still ahead ("scratch that … yours is set for
  tomorrow's run", 看错了……你们的明天付) -> held ``other``;
* the payment asked for questioned as a duplicate of the one said made ("已经付过一期了，这又是
  中期款？是不是重复了？", "is this a duplicate?"), not our reminder called one ("这次的提醒是
  不是重复了？": the client is sure it paid what we chase) -> held ``other``;
* a decision to pay in the paid words' own clause (老板已经同意付款了, "the board has approved
  the payment"), or a payment said not made after the paid words ("12月1号付的那笔是去年的，
  这期还没付") -> held ``other``;
* a promise the rules read outside the paid words whose clause says nothing made, arriving or
  past ("目前已到资金结算中心，每月20日统一付款") -> held ``promise``. In each of these a
  promise that is there makes the held reading a ``promise``, with the day of its words.

Counter-signals of ``dispute`` (it still holds as a possible dispute, see decide):

* the reply also asks, in so many words (请/麻烦/please/could you), for something a confident
  rule reads (resend missing paper, more time), or asks about our bank, outside the
  objection's words -> that request, held; not when our paper is named wrong or a new one
  is asked for (重开, "re-issue": the corpus's objection to a wrong invoice title);
* the objection's words are the client's own payment or approval not yet done, and the reply
  names nothing of ours (work, acceptance, paper, amount, terms) -> held ``other``;
* the objection only asks leave ("能不能用承兑汇票支付？", "Can we hold off…?") -> a dispute
  no longer sure (held, the PM asked with the suspicion);
* the refusal's sentence waits on a form of the paper (original, scan, stamp, PO number) and
  nothing is named wrong -> held ``resend_request``;
* a first part promised and only the rest waiting on a step that is no fix of ours ("先付一半，
  余款验收后再付") -> held ``promise``;
* the only objection a defect word (rules/common.yaml ``defect_only``) that has no consequence
  for the payment: beside a good verdict given in its clause ("退款功能经测试已经正常，确认验收":
  a feature's name) -> held ``acceptance`` (or ``other``); beside a promise of payment in
  another sentence, the defect's naming no payment -> held ``promise``; with a request for help
  and no payment named anywhere ("模块打不开，能不能远程看一下") -> held ``other``; so is a
  fault reported with no payment, paper, sign-off or condition named anywhere
  (:data:`BEARS_ON_PAYMENT`: "PDF打不开的问题还在……我先让品质部改成英文名试试"), a bare
  mismatch of goods or system records ("快递单号跟订单对不上") counting as such a fault.

* every objection beside a payment made or promised that it does not touch
  (:mod:`daemon.inbox.objection_bearing`): settled on the writer's side (是我们这边搞错了),
  about another contract, a cut the writer pays around, the rest set on the contract's own step
  -> held ``promise`` (its day) or ``partial_payment`` (the amount paid).

Counter-signals of ``promise`` (a promise pauses the chase without asking anyone):

* the payment waits on a remedy of ours (a fix, a credit note, a corrected paper, "when it
  works", "the net amount") -> held ``dispute``: a conditional refusal (issue 12);
* the payment waits on our bank details being confirmed (a bank's new-payee check) -> held
  ``bank_question``: never answered automatically.

Counter-signal of ``resend_request`` and ``paid``: our bank's codes checked (准确的开户行, 是同一个
吗, 选哪个支行) -> held ``bank_question``. The promise's and this one live in
:mod:`daemon.inbox.second_reading_ours` (what the payment waits on from us).

Pure: the reading's kind and evidence, the person's words and the rulebook in, a
:class:`Doubt` (or None) out. :func:`daemon.inbox.classify.classify` applies it last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from daemon.inbox.clauses import (
    CHAT_CLAUSE_END,
    around,
    clause_at,
    sentence_at,
    start_of,
)
from daemon.inbox.doubt import Doubt
from daemon.inbox.objection_bearing import aside
from daemon.inbox.reading import amount_in, normalise, without_covered
from daemon.inbox.rulebook import Rulebook, Signal, find_signals, negated
from daemon.inbox.second_reading_ours import REMEDY_FIRST, REQUEST, waits_on_us
from daemon.inbox.tense import FUTURE

DOUBTED = 0.4
"""Confidence of a demoted reading: below ``confident``, so the PM is asked."""


_REMAINDER = re.compile(
    r"余款|余下|剩下|剩余|其余|另一半|另外一半|剩返|餘款|餘下|剩餘|其餘|"
    r"\b(?:the\s+)?(?:balance|rest|remainder|remaining(?:\s+\w+)?|other\s+half)\b",
    re.I,
)
_PAID_CUE = re.compile(
    r"已|了|咗|過|过|付清|结清|結清|\b(?:paid|sent|wired|remitted|transferred|settled|"
    r"cleared|made|gone|went|released|effected)\b|"
    r"\balready\s+(?:transfer|remit|pay|wire|send)\b",  # learner English: "Already transfer"
    re.I,
)
_AHEAD = re.compile(
    r"再付|再转|再轉|再汇|再匯|再打|再支付|再放|才放|才付|才能付|后付|後付|后支付|後支付|"
    r"之后付|之後付|以后付|以後付|会付|會付|将付|將付|前(?:转|轉|付|汇|匯|打)给|"
    r"(?:准备|準備|打算|计划|計劃)[^,。]{0,12}(?:付|支付|转|轉|汇|匯)|"
    r"(?<!advice )(?<!advices )(?<!confirmation )(?<!receipt )(?<!copy )(?<!slip )(?<!proof )"
    r"\bwill\s+(?:be\s+)?(?:paid|pay|go\s+out|remit|remitted|transfer|transferred|wire|follow)\b|"
    r"\bshall\s+pay\b|\bto\s+go\s+(?:out\s+)?after\b",
    re.I,
)
_PART = re.compile(
    r"\d|一半|半数|三成|部分|首付|第一笔|第一筆|一部分|\b(?:half|part|first|portion)\b",
    re.I,
)
_HEDGE = re.compile(
    r"应该|應該|可能|好像|好似|似乎|大概|估计|估計|不确定|不確定|"
    r"\bi\s+(?:think|believe|guess|assume)\b|\bshould\s+have\b|\bprobably\b|"
    r"\b(?:might|may)\s+have\b|\bnot\s+sure\b",
    re.I,
)
_ARRIVAL = re.compile(
    r"到账|到帳|到賬|入账|入帳|到达|到達|收到|到了|慢|\b(?:arrive|reach|land|reflect|show|clear|see)",
    re.I,
)
_SOMEONE_ELSE = re.compile(
    r"(?:让|讓|叫|通知|吩咐|嘱咐|囑咐|提醒|催)(?:我们|我們|公司)?的?"
    r"(?:财务|財務|会计|會計|出纳|出納|同事)[^，,。]{0,6}(?:付|转|轉|汇|匯|打款)|"
    r"\b(?:told|asked|instructed|reminded|will\s+ask|have\s+asked)\s+(?:our\s+|the\s+|my\s+)?"
    r"(?:accounts?|finance|accountant|cashier|bookkeeper|ap|team|colleague)\s+to\s+"
    r"(?:pay|transfer|wire|remit|process)\b",
    re.I,
)
_ASKS_LEAVE = re.compile(
    r"能否|能不能|可否|可不可以|是否可以|可唔可以|行不行|可以吗|可以嗎|"
    r"\b(?:can|could|may)\s+(?:we|i)\b|\b(?:is|would)\s+it\s+be\s+(?:possible|ok)\b",
    re.I,
)
"""Asking leave ("能不能用承兑汇票支付？", "Can we hold off…?"): a request, not a refusal."""
_OUR_PAPER_WRONG = re.compile(
    r"错|錯|误|誤|不对|不對|不符|不一致|而非|而不是|重开|重開|重新开|重新開|作废|作廢|更正|红冲|紅沖|"
    r"开成|開成|不匹配|对不上|對不上|不同|不一样|不一樣|有出入|差异|差異|"
    r"\b(?:wrong|incorrect|error|mistake|instead\s+of|re-?issue|corrected|revised?|amend(?:ed)?|"
    r"mismatch(?:ed)?|(?:does|do)\s*n[o']?t\s+match|as\s+issued|"
    r"differ(?:s|ent|ence)?\s+(?:with|from|to|than)|(?:does|do)\s*n[o']?t\s+agree)\b|"
    r"\bissue\s+(?:a|an|the)\s+(?:new\s+|tax\s+|corrected\s+)?invoice\b|"
    r"(?:\bnot|n't)\s+accept\s+(?:the\s+|this\s+|that\s+|your\s+)?"
    r"(?:old|current|original|previous|existing|present|first|earlier)\b|\(\s*not\s",
    re.I,
)
"""Our paper named wrong, or a new one asked for (重开, 与合同金额不同, "re-issue", "revise it",
"different from the PO", "addressed to X (not Y)", "won't accept the old one"): an objection
to it, as the corpus labels wrong-title invoices (labels.yaml's invoice convention); a request
to resend the same paper is no objection."""
_OWN_STEP = re.compile(
    r"付款|支付|审批|審批|决裁|決裁|流程|签批|簽批|付|\bpayment\b|\bapproval\b|\bsign-?off\b|"
    r"\bpaid\b",
    re.I,
)
_NOT_YET = re.compile(
    r"还没|還沒|尚未|未|没有|沒有|\bnot\s+(?:yet\s+)?(?:done|complete|completed|finished|made|"
    r"processed)\b|\bpending\b",
    re.I,
)
_OURS = re.compile(
    r"验收|驗收|质量|質量|功能|交付|系统|系統|问题|問題|缺陷|条件|條件|合同|合約|发票|發票|金额|金額|"
    r"整改|修复|修復|故障|错|錯|bug|defect|contract|condition|deliver|work|invoice|amount|issue|"
    r"problem|fix|fault|error|quality|accept",
    re.I,
)
"""Anything of ours an objection could be about: work, acceptance, paper, amount, terms."""
_CORRECTED = re.compile(
    r"搞错|搞錯|弄错|弄錯|记错|記錯|说错|說錯|看错|看錯|睇錯|睇错|纠正|糾正|更正一下|"
    r"\b(?:scratch|strike)\s+that\b|\bmy\s+(?:mistake|bad|error)\b|\bcorrection\b|\bi\s+was\s+wrong\b|\bmistakenly\b|"
    r"\bin\s+error\b|\bplease\s+disregard\b|\bignore\s+my\s+(?:last|previous|earlier)\b",
    re.I,
)
"""The client correcting what it said before (昨天说付了是我搞错了, "my mistake")."""
_NOT_PAID = re.compile(
    r"(?:还|還|尚|并|並)?(?:没有?|沒有?|未)(?:付|支付|转|轉|汇|匯|打款|打过去|打過去)|"
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:been\s+)?(?:paid|sent|made|transferred|wired|"
    r"remitted|gone\s+out)\b",
    re.I,
)
"""A payment said not made (还没付, "has not been paid")."""
_HANDED_ON = re.compile(
    r"(?:转|轉|交|提交|递交|遞交|送|报|報)(?:给|給|到|至)?(?:我们|我們|公司)?的?"
    r"(?:财务|財務|会计|會計|出纳|出納)(?:部|处|處)?(?:付款|支付|付|处理|處理|走流程)|"
    r"\b(?:passed|forwarded|sent|handed|submitted|referred)\s+(?:it\s+|this\s+)?(?:on\s+|over\s+)?"
    r"to\s+(?:our\s+|the\s+)?(?:finance|accounts?|accounting|AP|accounts\s+payable)\b",
    re.I,
)
"""The paid words are a hand-off to the client's finance (已转财务付款, "passed to accounts
for payment"): the payment is theirs to make, not made."""
_PAPER_FORM = re.compile(
    r"扫描件|掃描件|复印件|複印件|影印|原件|正本|纸质|紙質|紙本|盖章|蓋章|公章|"
    r"订单号|訂單號|采购单号|採購單號|PO号|表格|"
    r"\b(?:scann?ed|scans?|copy|copies|original|hard\s*copy|(?<!to )PDF|stamp(?:ed)?|chop|form)\b|"
    r"\b(?:PO|purchase\s+order)\s*(?:number\b|no\b|\#)",
    re.I,
)
"""A form the paper must take (original, stamped, with our PO number): a refusal held on it
is a request for that paper (没有原件没法付, "cannot pay on a scanned copy"). "Export to PDF" is a
feature of ours, not a paper's form."""
_DECIDED = re.compile(
    r"同意|批准|批了|批咗|签字|簽字|签批|簽批|答应|答應|说好|說好|决定|決定|"
    r"\b(?:agreed|signed\s+off|allocated|earmarked)\b",
    re.I,
)
"""A decision to pay in the paid words' own clause (老板已经同意付款了, "finance has agreed to
pay"): the payment allowed, not made. Not "approved": in online banking approving the transfer
("I've just approved the transfer") is making it."""
_STILL_AHEAD = re.compile(
    r"明天|明日|聽日|听日|后天|後天|下周|下週|下星期|下礼拜|下禮拜|下个?月|下個?月|"
    r"\b(?:tomorrow|next\s+(?:week|month|run|batch|payment\s+run)|still\s+(?:set|scheduled|booked|"
    r"due|to\s+come)|(?:is|are)\s+(?:set|scheduled|booked)\s+for|goes\s+out)\b",
    re.I,
)
"""A payment still ahead named after a correction ("sorry, scratch that … yours is set for
tomorrow's run", 看错了……你们的明天付): the paid words were the mistake."""
_POSITIVE = re.compile(
    r"正常|合格|无误|無誤|通过|通過|没问题|沒問題|没有问题|沒有問題|修复|修復|修好|解决了|解決了|"
    r"整改完|\b(?:fixed|resolved|passed|(?:works?|working)\s+(?:fine|correctly|properly|well|"
    r"now)|now\s+works|(?:re)?tested\s+(?:fine|ok))\b",
    re.I,
)
"""A verdict that something of ours is right (已经正常, 复检合格, "fixed and retested fine")."""
PAYMENT_WORD = re.compile(
    r"付|款|(?!(?<![^\n])[钱錢][\u4e00-\u9fff]{1,2}[ \t]*(?:\n|$))[钱錢]|结算|結算|发票|發票|"
    r"\b(?:pay|paid|payment|invoice|bill|funds|money|wire|transfer|remit)\w*",
    re.I,
)
"""Any word of a payment or its paper: an objection without one anywhere names no consequence
for the payment (not 账: 对账 is a feature's name as often as a payment's; not the surname 钱
of a name alone on its line, the sign-off "钱海燕" or "钱会计": set ZS, session 17)."""
BEARS_ON_PAYMENT = re.compile(
    PAYMENT_WORD.pattern + r"|费|費|元|减免|減免|签|簽|验收|驗收|"
    r"等[^。！？\n]{0,16}(?:修|好|解决|解決|处理|處理)|"
    r"之前|先不|先别|先別|暂停|暫停|\b(?:cheques?|checks?|sign\w*|accept\w*|until|till|unless|"
    r"wait\w*|hold\w*|won'?t|refuse\w*)\b",
    re.I,
)
"""A payment, its paper, or a step or condition it waits on (签字, 验收, 等修好, "until it is
fixed", "won't sign anything off", "not cutting a check"): a fault report without any of these
names no consequence for the payment (labels.yaml: `other`, held for the PM)."""
_WAITS_ON = re.compile(
    r"等|待|直到|除非|如果|只要|一旦|\b(?:until|till|once|when|if|unless|after|upon|pending)\b",
    re.I,
)
"""A verdict or a payment still waited for ("until the defects are fixed", 等修好)."""
_AFTER = re.compile(r"\s*(?:后|後|之后|之後|以后|以後|才|再|前|之前)")
"""A verdict that is a condition (修复后再付, 合格后30天内付款), not a verdict given."""
_GIVEN = re.compile(
    r"已|均|皆|都|全部|完全|现在|現在|目前|实测|實測|测试|測試|复检|複檢|复测|複測|"
    r"\b(?:is|are|was|were|been|now|all)\b",
    re.I,
)
"""Words that make a verdict given (已经正常, 实测皆正常, "are fixed", "now works"), not asked
for (把退款功能修好)."""
_AGAIN = re.compile(r"又|还是|還是|仍|依然|依舊|依旧|再次|\b(?:still|again|but)\b", re.I)
"""A defect back after the verdict (修好了又坏了, "fixed but still crashes")."""
_DONE = re.compile(
    rf"{_PAID_CUE.pattern}|{_ARRIVAL.pattern}|(?:付|转|轉|汇|匯|打|走|出)的|(?:付|转|轉|汇|匯|打)出(?!去)|上(?:个|個|一)?(?:周|週|星期|"
    r"礼拜|禮拜|月|次|回)|昨天|前天|暂停|暫停|停止|恢复|恢復|回单|回單|凭证|憑證|水单|水單|"
    r"\b(?:left|issued|processed|loaded|authori[sz]ed|initiated|executed|debited|receiv\w*|"
    r"with\s+you|(?:have|get|see)\s+it|this\s+morning|confirmation|receipt|remittance|proof|i'?ve|we'?ve)\b",
    re.I,
)
"""A promise's words whose clause says the payment is made, arriving or past (11月30号打的,
"you should receive it in 2-3 days", "you should have it Thursday", 上次说12月10号以前付) or
pauses a payment run (12月25日至1月5日暂停对外付款): no payment still to come."""


_DUPLICATE = re.compile(
    r"重复|重複|重覆|\b(?:duplicates?|duplicated|double[- ]?(?:charged|billed|invoiced|paid)|"
    r"(?:charged|billed|invoiced|paid)\s+(?:(?:it|this|for\s+it)\s+)?twice)\b",
    re.I,
)
"""A request asked to be a duplicate of a payment made (付过一期了…是不是重复了？, "is this a
duplicate?"): the paid words are the earlier payment's; the question is the PM's to answer."""
_ASKED = re.compile(r"[?？]|[吗嗎]")
_OUR_MESSAGE = re.compile(
    r"提醒|催|邮件|郵件|通知|\b(?:reminders?|e-?mails?|notices?|messages?|chasers?)\b", re.I
)
"""Our reminder called the duplicate ("这次的提醒是不是重复了？" after "11月服务费已经预付过了"):
the client is sure it paid what we chase; the payment stands."""


_REQUEST_KINDS = ("bank_question", "resend_request", "more_time")
"""Requests a dispute reading may hide, in precedence order (a bank question first)."""


def _where(text: str, evidence: Sequence[str]) -> tuple[int, int]:
    """Span of the reading's first evidence in ``text`` ((-1, -1) when it is not there, e.g.
    an attachment's name)."""
    for words in evidence[:1]:
        at = text.find(normalise(words).strip())
        if at >= 0 and words.strip():
            return at, at + len(normalise(words).strip())
    return -1, -1


def _outside(signals: Sequence[Signal], span: tuple[int, int]) -> list[Signal]:
    return [s for s in signals if s.end <= span[0] or s.start >= span[1]]


def _paid_amount(text: str, span: tuple[int, int]) -> Decimal | None:
    """The amount in the paid words' sentence from those words on ("sent EUR 4,000 today")."""
    if span[0] < 0:
        return None
    sentence = sentence_at(text, span[0])
    return amount_in(sentence[sentence.find(text[span[0] : span[1]]) :])


def _still_promised(
    text: str, span: tuple[int, int], signals: Sequence[Signal], sure: float
) -> list[Signal]:
    """The confident promises outside the paid words whose clause says nothing made, arriving
    or past (:data:`_DONE`): a payment the reply still puts ahead."""
    if span[0] < 0:
        return []
    return [
        s
        for s in signals
        if s.kind == "promise" and s.confidence >= sure
        if (s.end <= span[0] or s.start >= span[1])
        and not _DONE.search(s.text + clause_at(text, s.end - 1))
    ]


def _doubt_paid(
    text: str, span: tuple[int, int], signals: Sequence[Signal], sure: float
) -> Doubt | None:
    promised = _still_promised(text, span, signals, sure)
    held = "promise" if promised else "other"
    when = clause_at(text, promised[-1].start) if promised else ""
    for m in _CORRECTED.finditer(text):
        after = text[m.end() :]
        taken_back = span[0] >= 0 and m.start() >= span[1] and _STILL_AHEAD.search(after)
        if _NOT_PAID.search(after) or taken_back:
            # "昨天说付了是我搞错了……还没付", "a wire went out - scratch that, yours is set for
            # tomorrow": the paid words are the statement taken back
            return Doubt(held, "corrected", sentence_at(text, m.start()).strip(), when=when)
    for m in _DUPLICATE.finditer(text):
        sentence = sentence_at(text, m.start())
        if _ASKED.search(sentence) and not _OUR_MESSAGE.search(sentence):
            # "上个月已经付过一期了，这又是中期款？是不是重复了？": an earlier payment, and this
            # request asked about, not paid
            return Doubt("other", "duplicate_asked", sentence.strip())
    if span[0] >= 0:
        if _HANDED_ON.search(text[span[0] : span[1]]):
            return Doubt("other", "handed_on", sentence_at(text, span[0]).strip())
        begin = start_of(text, span[1] - 1, CHAT_CLAUSE_END)
        if _DECIDED.search(text[begin : span[1]]):
            # "老板已经同意付款了", "the board has approved the payment": allowed, not made
            return Doubt(held, "decided", sentence_at(text, span[0]).strip(), when=when)
        if FUTURE.search(text[begin : span[1]]):
            # "the transfer will have been made the same day": a future perfect, not a past
            return Doubt(held, "future", sentence_at(text, span[0]).strip(), when=when)
        for m in _NOT_PAID.finditer(text, span[1]):
            # "12月1号付的那笔是去年的，这期还没付": the paid words were another payment's
            return Doubt(held, "not_paid", sentence_at(text, m.start()).strip(), when=when)
    for m in _REMAINDER.finditer(text):
        if m.start() < span[1] and span[0] < m.end():
            continue  # the paid words themselves pay the rest ("that's the balance away now")
        clause = clause_at(text, m.start())
        if not _PAID_CUE.search(clause) or _AHEAD.search(clause):
            words = sentence_at(text, m.start()).strip()
            return Doubt("partial_payment", "remainder", words, _paid_amount(text, span))
    for m in _AHEAD.finditer(text):
        if not _PAID_CUE.search(text[start_of(text, m.start(), CHAT_CLAUSE_END) : m.start()]):
            # a payment verb still ahead ("shall pay as soon as the funds are released"), not
            # the tail of a past one ("已经转了，会付的都付了")
            words = sentence_at(text, m.start()).strip()
            if span[0] >= 0 and _PART.search(sentence_at(text, span[0])):
                return Doubt("partial_payment", "ahead", words, _paid_amount(text, span))
            return Doubt("other", "ahead", words)
    other = _SOMEONE_ELSE.search(text)
    if other and not _PAID_CUE.search(clause_at(text, other.start())):
        return Doubt("other", "someone_else", sentence_at(text, other.start()).strip())
    if span[0] < 0:
        return None
    clause = clause_at(text, span[0])
    hedge = _HEDGE.search(clause)
    if hedge and not _ARRIVAL.search(clause):
        return Doubt("other", "hedge", sentence_at(text, span[0]).strip())
    if promised:
        # a promise the rules read beside the paid words ("已经同意付款了，本周四之前能付出去",
        # "目前已到资金结算中心，每月20日统一付款"): the payment is still to come
        return Doubt("promise", "promised", sentence_at(text, promised[0].start).strip(), when=when)
    return None


def _doubt_dispute(
    text: str, span: tuple[int, int], signals: list[Signal], book: Rulebook
) -> Doubt | None:
    confident = [s for s in _outside(signals, span) if s.confidence >= book.confident]
    for kind in _REQUEST_KINDS:
        if kind == "resend_request" and _OUR_PAPER_WRONG.search(text):
            continue
        for request in (s for s in confident if s.kind == kind):
            if kind != "bank_question" and not REQUEST.search(sentence_at(text, request.start)):
                continue  # "大概率要到明年了", "一直未收到发票" tell; "煩請再寬限", "请再寄" ask
            return Doubt(kind, "request_kind", request.text)
    promised = [s for s in confident if s.kind == "promise" and s.end <= span[0]]
    rest = clause_at(text, span[0]) if span[0] >= 0 else ""
    if promised and _REMAINDER.search(rest) and not REMEDY_FIRST.search(rest):
        # "先付一半，余款验收后再付": a first part promised, only the rest waits on a step of
        # the contract's (not on a fix of ours: "余款修好再付" stays a dispute)
        return Doubt("promise", "part_first", sentence_at(text, promised[0].start).strip())
    if span[0] >= 0:
        clause = clause_at(text, span[0])
        if _PAPER_FORM.search(sentence_at(text, span[0])) and not _OUR_PAPER_WRONG.search(text):
            # "we cannot pay on a scanned copy", "没有原件没法付": the refusal waits on a
            # form of the paper (a request for it), not on anything wrong with it
            return Doubt("resend_request", "paper_form", sentence_at(text, span[0]).strip())
        if _OWN_STEP.search(clause) and _NOT_YET.search(clause) and not _OURS.search(text):
            # "payment is not done yet", "还没有完成社内决裁": the client's own step unfinished,
            # and nothing of ours named anywhere: no objection
            return Doubt("other", "own_step", clause.strip())
        if _ASKS_LEAVE.search(clause) and re.search(r"[?？]", sentence_at(text, span[0])):
            # still a dispute (leave asked "until the patch is live" may be a condition on
            # our fix), but not a sure one: held, the PM asked
            return Doubt("dispute", "asks_leave", sentence_at(text, span[0]).strip())
    return None


def _no_consequence(
    text: str, span: tuple[int, int], confident: Sequence[Signal], book: Rulebook
) -> Doubt | None:
    """A defect named (``book.defect_only``) that is no objection with a consequence for the
    payment: a good verdict in its clause ("退款功能经测试已经正常，确认验收": a feature's name,
    not a refund asked), a promise of payment in another sentence with no payment named in the
    defect's ("we shall pay before the 31st. But the app still does not work offline"), or a
    request for help with no payment named anywhere ("模块打不开，能不能远程看一下")."""
    begin, end = around(text, span[0], span[1], CHAT_CLAUSE_END)
    for m in _POSITIVE.finditer(text, begin, end):
        before, after = text[begin : m.start()], text[m.end() : end]
        between = text[m.end() : span[0]] if m.end() <= span[0] else text[span[1] : m.start()]
        if any(negated(before, s) for s in book.scopes.values()) or _WAITS_ON.search(before):
            continue  # 还没有修复, "until the defects are fixed"
        if _AFTER.match(after) or _AGAIN.search(between):
            continue  # 修复后再付, 修好了又坏了
        if not (_GIVEN.search(text[begin : m.start()]) or after.startswith(("了", "啦"))):
            continue  # 先派工程师把退款功能修好: a fix asked, no verdict given
        accepted = any(s.kind == "acceptance" for s in confident)
        return Doubt("acceptance" if accepted else "other", "good_verdict", text[begin:end])
    sentence = sentence_at(text, span[0])
    if PAYMENT_WORD.search(sentence):
        return None
    conditions = [scope.condition for scope in book.scopes.values()]
    for promise in (s for s in confident if s.kind == "promise"):
        said = sentence_at(text, promise.start)
        if (
            said == sentence
            or not PAYMENT_WORD.search(said)
            or REQUEST.search(said)
            or REMEDY_FIRST.search(said)
            or _WAITS_ON.search(said)
            or any(c.search(said) for c in conditions)
        ):
            continue  # "请尽快安排整改", "we will settle once these points are closed"
        return Doubt("promise", "promised_anyway", said.strip(), when=said)
    if not BEARS_ON_PAYMENT.search(text):
        # a fault reported and no word of the payment anywhere (labels.yaml: a fault report is
        # `other`, the PM asked): with a request for help, or the writer's own next step
        # ("PDF打不开的问题还在……我先让品质部改成英文名试试")
        why = "help_asked" if REQUEST.search(text) else "fault_report"
        return Doubt("other", why, sentence.strip())
    return None


_MISMATCH = re.compile(r"^(?:对不上|對不上|不一致|不符|不對|不对|唔啱|唔對)$")
"""A mismatch said bare (对不上), the words of an amount rule that name no amount."""
_RECORD = re.compile(
    r"单号|單號|订单|訂單|面单|面單|条码|條碼|二维码|二維碼|编号|編號|库存|庫存|型号|型號|批次|"
    r"读数|讀數|数据|數據|序列号|序列號|货号|貨號|运单|運單|"
    r"尺码|尺碼|码数|碼數|规格|規格|色号|色號|款号|款號"
)
"""A record of goods or of the system's data (快递单号跟订单对不上), or a garment's or a part's
attributes in it (UK尺码和欧码对不上, 色号对不上: set ZS, session 17): not money."""
_MONEY = re.compile(r"金额|金額|款|钱|錢|元|价|價|费|費|税|稅|账|賬|帳|数目|數目|总额|總額|\d")


def _records_mismatch(text: str, objection: Signal) -> bool:
    """``objection`` is a bare mismatch in a clause naming a record of goods or data and no
    money ("打面单的时候快递单号跟订单对不上"): a fault report's words, not an amount disputed."""
    clause = clause_at(text, objection.start)
    return bool(
        _MISMATCH.match(objection.text.strip())
        and _RECORD.search(clause)
        and not _MONEY.search(clause)
    )


def _aside(text: str, signals: list[Signal], book: Rulebook) -> Doubt | None:
    """The objections that do not bear on the payment made or promised beside them
    (:mod:`daemon.inbox.objection_bearing`), as a held reading."""
    conditions = [scope.condition for scope in book.scopes.values()]
    return aside(text, signals, book.confident, conditions)


def doubt(kind: str, evidence: Sequence[str], own_words: str, book: Rulebook) -> Doubt | None:
    """Why the ``kind`` reading (``paid``, ``dispute``, ``promise``, ``resend_request``) of
    ``own_words`` should be asked about rather than acted on, or None when nothing in the
    reply speaks against it."""
    if kind not in ("paid", "dispute", "promise", "resend_request"):
        return None
    text = normalise(own_words)
    ours = waits_on_us(kind, text)
    if ours is not None:
        return Doubt(*ours)
    span = _where(text, evidence)
    signals = without_covered(find_signals(text, book), book.covers)
    if kind == "paid":
        return _doubt_paid(text, span, signals, book.confident)
    if kind == "dispute":
        found = _doubt_dispute(text, span, signals, book) or _aside(text, signals, book)
        disputes = [s for s in signals if s.kind == "dispute"]
        faults = [s for s in disputes if s.rule in book.defect_only or _records_mismatch(text, s)]
        if found is None and disputes and len(faults) == len(disputes):
            sure = [s for s in _outside(signals, span) if s.confidence >= book.confident]
            return _no_consequence(text, span, sure, book) if span[0] >= 0 else None
        return found
    return None
