"""What a person's own words mean for the chase: one kind, a confidence, and why.

Why separate from :mod:`daemon.inbox.classify`: that module decides whether a person wrote at
all (bounce, auto-reply, read receipt); this one reads the words of someone who did, with the
rules of :mod:`daemon.inbox.rulebook`. Pure: text and attachment names in, a
:class:`Reading` out.

How several signals become one reading (the order is ``precedence`` in rules/common.yaml):

* the first kind in precedence order with a confident signal wins;
* "paid" with "the rest follows" is a partial payment;
* a hand-off ("付款已移交区财政局", Cantonese "轉咗俾accounts跟進": passed to someone else) is
  not a payment: a paid signal inside a hand-off's words does not count; nor inside an
  earlier instalment's payment set against this one ("一期款早付清了，二期款还在走审批"), nor
  inside a payment only believed made ("我以为上礼拜就付了，刚问了还没付");
* a time the payment cannot be made by ("年内确实付不了") is a delay told (more_time), not a
  refusal; the rest waiting for an ordinary step ("剩下一半等验收完再付") is no objection
  (a partial payment, held for the PM); a payment still in approval ("还在走审批") makes a
  promise without a day no promise, as a hedge does;
* a hedge ("我记得是付了的", "好似俾咗", "我再问问财务", "具体时间说不准") makes a paid or
  partial reading unsure: the reading is ``other`` (the PM is asked, nothing is acted on); any
  other reading is marked ``hedged`` (a promise without a day is then no promise);
* a part withheld for a stated reason ("另1万因备件未到暂扣", a penalty deducted "扣除违约金
  …后") is an objection to that part: beside a paid part, or a payment said in full, the
  reading is a partial payment (the money moved is a fact, its amount is kept) but held for
  the PM; alone it is a possible dispute;
* attachment names (转账凭证.pdf, remittance_advice.pdf) count as a paid statement when the
  words hold no confident meaning of their own (a reply that is only "见附件"); with "the rest
  follows" beside them, a partial payment;
* the safe default: when no reading is confident and any objection or refusal signal is
  there, the reading is a possible dispute (low confidence: the PM decides);
* an objection beside a confident other reading ("已付款，不过金额不对劲") keeps that reading
  but not its confidence (``WITH_OBJECTION``): cuikuan never acts alone on a reply that
  objects to anything; the PM sees both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from daemon.inbox.amounts import MULTIPLIER, short_of_due, sums_in
from daemon.inbox.clauses import SENTENCE_END, around
from daemon.inbox.rulebook import Rulebook, Signal, find_signals
from daemon.inbox.zh_numerals import has_numerals, to_arabic

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
_BARE_NOT = re.compile(
    r"\b(do|does|did|is|are|was|were|have|has|had|would|could|should|ca|wo)n(t)\b", re.IGNORECASE
)
"""A contraction typed without its apostrophe on a phone ("dont pay", "cant", "wont", "isnt"):
the rules read "n't", so the apostrophe is put back."""
_AMOUNT = re.compile(
    r"(?:(?:usd|rmb|cny|eur|gbp|hkd|us\$|\$|¥|€|£)\s*)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(k\b|w(?![a-z])|万|萬|千)?",
    re.I,
)
WITH_OBJECTION = 0.6
"""Confidence of a reading that has an objection beside it: below ``confident``, so held."""
WITHHELD = 0.6
"""Confidence of the possible dispute a withholding alone ("尾款因资料未交暂扣") stands for."""
_ZH_WAN = re.compile(r"([一二两兩三四五六七八九十]+)\s*[万萬]")


@dataclass(frozen=True)
class Reading:
    """The meaning of a person's words: ``kind`` is a reply kind or ``other``."""

    kind: str
    confidence: float
    rule: str = ""
    evidence: list[str] = field(default_factory=list)
    amount: Decimal | None = None
    """For partial payments: the amount the client says it paid, when it says one."""
    hedged: bool = False
    """A hedge stands beside it ("具体时间说不准"): a promise without a day is then no promise."""
    not_by: tuple[str, ...] = ()
    """Words of a time the payment cannot be made by ("年内确实付不了"), or of a request taken
    back ("分两次付的事…不用分了": no plan of instalments): no promised day in them."""
    promised: tuple[str, ...] = ()
    """For acceptance: the sentences of a confident promise beside it ("验收合格，12月18日付款"):
    the chase needs both, the acceptance (its "N days after" clock) and the day promised
    there (a day elsewhere, "signed today (09.12.2026)", is the acceptance's, not the money's)."""


def normalise(text: str) -> str:
    """NFKC (full-width ASCII becomes ASCII), straight apostrophes (put back in "dont"),
    十五天 -> 15天."""
    text = _BARE_NOT.sub(r"\1n'\2", unicodedata.normalize("NFKC", text).translate(_APOSTROPHES))
    return to_arabic(text)[0] if has_numerals(text) else text


def amount_in(text: str) -> Decimal | None:
    """The first amount in ``text`` ("40,000", "4万", "USD 12.5k", "四万"), or None."""
    zh = _ZH_WAN.search(text)
    for m in _AMOUNT.finditer(text):
        if zh is not None and zh.start() < m.start():
            break
        try:
            value = Decimal(m[1].replace(",", "") + (m[2] or ""))
        except InvalidOperation:
            continue
        return value * MULTIPLIER.get((m[3] or "").lower(), 1)
    if zh is not None:
        import cn2an  # ~0.1 s to import: only when a Chinese numeral amount is there

        try:
            return Decimal(int(cn2an.cn2an(zh[1], "smart"))) * 10_000
        except (ValueError, KeyError):
            return None
    return None


def _best(signals: Sequence[Signal]) -> dict[str, Signal]:
    best: dict[str, Signal] = {}
    for s in signals:
        if s.kind not in best or s.confidence > best[s.kind].confidence:
            best[s.kind] = s
    return best


def _attachment_signals(attachments: Sequence[str], book: Rulebook) -> list[Signal]:
    out = []
    for name in attachments:
        for rule in book.attachments:
            if rule.pattern.search(normalise(name)):
                out.append(
                    Signal(f"attachment:{rule.name}", rule.kind, name, -1, -1, rule.confidence)
                )
                break
    return out


_SIGNED = re.compile(r"\bsigned\b|\bsigned off\b|签好|签了|已签|簽好|簽了|已簽|簽咗|签咗", re.I)
"""Words saying a paper was signed: an acceptance record attached beside them is the
acceptance itself."""
_PAID_KINDS = frozenset({"paid", "partial_payment"})
_DATES_NOTHING = frozenset({"not_by", "withdrawn"})
"""Markers whose words the promised day is not read in (``Reading.not_by``)."""
_READ_AGAIN = frozenset({"not_by", "rest_on_event"})
"""Covering markers (common.yaml ``markers``) read again after they have covered: a refusal
kept for later becomes a delay; the rest held on an event holds the part paid for the PM."""


def without_covered(signals: list[Signal], covers: Mapping[str, frozenset[str]]) -> list[Signal]:
    """Drop the signals a covering marker's words cover (common.yaml ``markers``, which says
    what each marks and why): a paid signal inside a hand-off ("已经移交区财政局直接支付")
    is somebody else's payment to make, a refusal inside a time it cannot be paid by
    ("年内确实付不了") is later, not never."""
    spans = [(s.start, s.end, covers[s.kind]) for s in signals if s.kind in covers]
    return [
        s
        for s in signals
        if not any(s.kind in kinds and s.start < e and b < s.end for b, e, kinds in spans)
    ]


def _kept_later(signals: Sequence[Signal], not_by: Signal, confident: float) -> bool:
    """A firm promise beside the day not kept ("之前说的12月10号付不了了，要等到元旦前才能付",
    "本周五付不了了，改到12月9号付"): the day given up is replaced, the promise stands."""
    return any(
        s.kind == "promise"
        and s.confidence >= confident
        and (s.end <= not_by.start or s.start >= not_by.end)
        for s in signals
    )


_DUE_CUR = r"(?:(?:[a-z]{2,3})?\s*[$¥]|usd|rmb|cny|hkd|twd|eur|gbp)\s*"
_DUE_NUM = r"(?:\d{1,3}(?:[,.]\d{3})+|\d+)(?:[.,]\d{1,2})?"
_DUE = re.compile(
    rf"(?:(?:金额|金額)\s*(?:[:：]|为|為|是)|\bamount(?:\s+due)?\s*:)\s*({_DUE_CUR}?{_DUE_NUM})|"
    rf"(?:\bamount\s+of|\b(?:payment|instal?lment|deposit|retention|fee)\s+of)\s*"
    rf"({_DUE_CUR}{_DUE_NUM})",
    re.I,
)
_DUE_IN_BRACKETS = re.compile(rf"[(（]\s*({_DUE_CUR}{_DUE_NUM})\s*[)）,，]", re.I)
"""The reminder's amount written beside the milestone: "二期款（￥150,000.00）",
"中期款（￥238,000.00，付款截止日…）", "(USD 18,900.00)"."""


def quoted_due(text: str) -> Decimal | None:
    """The one amount a reminder in ``text`` (the whole mail, quote included) asks for, in
    the wordings of our templates: "金额：￥34,600.00", "金额为￥238,000.00", "Amount: USD
    23,500.00", "The amount of EUR 16,800.00", "the go-live payment of USD 18,900.00",
    "二期款（￥150,000.00）"; None when there is none or several."""
    plain = normalise(text)
    matches = [*_DUE.finditer(plain), *_DUE_IN_BRACKETS.finditer(plain)]
    found = {s.value for m in matches for s in sums_in(next(g for g in m.groups() if g))[:1]}
    return found.pop() if len(found) == 1 else None


def read_words(
    text: str, attachments: Sequence[str], book: Rulebook, due: Decimal | None = None
) -> Reading:
    """The :class:`Reading` of ``text`` (the person's own words) and attachment names.
    ``due``: the amount asked for (our quoted reminder, :func:`quoted_due`, or the ledger),
    when known: a "part" paid that is all of it, with no rest said, is a payment in full; a
    payment of a smaller sum than it is a partial payment, held."""
    words = normalise(text)
    signals = without_covered(find_signals(words, book), book.covers)
    best = _best(signals)
    unsure = best.pop("unsure", None)
    withheld = best.pop("withheld", None)
    pending = best.pop("pending", None)
    # words that say nothing of the payment (common.yaml markers with aside: true), the first
    # in the file's order naming the reading when nothing else is read
    aside = next((best[m] for m in book.aside if m in best), None)
    # a fault named as fixed ("double charging is fixed"): its words object to nothing any more,
    # but a reading beside it is held, as a defect word beside a good verdict is (second_reading)
    fixed = "fault_fixed" in best
    for marker in (book.covers.keys() - _READ_AGAIN) | set(book.aside):
        best.pop(marker, None)
    not_by = best.pop("not_by", None)
    if not_by is not None and not _kept_later(signals, not_by, book.confident):
        # "年内确实付不了": not by then, so later: a delay told, not a refusal.
        best.setdefault("more_time", replace(not_by, kind="more_time"))
    weak_part = "partial_payment" in best and best["partial_payment"].confidence < book.confident
    if "paid" in best and "remainder" in best and ("partial_payment" not in best or weak_part):
        # a weak part guess (a bank fee told, zh-fee-cut-by-bank) yields to the payment told
        # with its remainder ("款今天汇出去了，银行扣了手续费120元")
        paid = best["paid"]
        best["partial_payment"] = Signal(
            "paid+remainder", "partial_payment", paid.text, paid.start, paid.end, paid.confidence
        )
    rest_waits = best.pop("rest_on_event", None) is not None  # held for the PM below
    remainder = best.pop("remainder", None)
    if withheld is not None:
        if "paid" in best and "partial_payment" not in best:
            # "扣除违约金9,350元后…已于今日支付": what was paid is less the part withheld.
            paid = best["paid"]
            best["partial_payment"] = replace(paid, rule="paid+withheld", kind="partial_payment")
        if "partial_payment" in best:
            best.pop("dispute", None)  # the objection is the withholding's reason: held below
        else:
            best.setdefault("dispute", replace(withheld, kind="dispute", confidence=WITHHELD))
    if unsure is not None and _PAID_KINDS & set(best):
        # "我记得是付了的，我再问问财务": the client is not sure it paid; nor are we.
        for kind in _PAID_KINDS:
            best.pop(kind, None)
        if not best:
            others = [f"{s.kind}:{s.text}" for s in signals if s.kind != "unsure"]
            return Reading("other", 0.3, rule=unsure.rule, evidence=[unsure.text, *others])
    if not any(s.confidence >= book.confident for s in best.values()):
        for signal in _attachment_signals(attachments, book):
            if signal.kind == "paid" and remainder is not None:
                # a slip attached, "另外一半等…才放": the slip is for the part paid.
                signal = replace(signal, kind="partial_payment")
            best.setdefault(signal.kind, signal)
    elif {k for k, s in best.items() if s.confidence >= book.confident} == {"promise"} and (
        _SIGNED.search(words)
    ):
        # "Signed, scan attached. Dana will put it in the 12/22 check run" with
        # Acceptance_Certificate_signed.pdf: the acceptance is the paper, the day the promise's
        # (labels.yaml: acceptance with a payment day beside it is acceptance, dated that day).
        # A record attached that the words do not say signed ("附件為三家分院驗收單。中期款
        # …預計12月30日匯款", hx086) leaves the promise the reading.
        for signal in _attachment_signals(attachments, book):
            if signal.kind == "acceptance":
                best.setdefault("acceptance", signal)
    if not best and aside is not None:
        # "Mr. Rao is on leave till 14th": who is away, nothing about the payment; no guess.
        # "补丁装好了，还要再观察一个礼拜": our fix on watch, no acceptance yet; no guess either;
        # nor for a support question ("can you make the session longer?").
        return Reading("other", 0.3, rule=aside.rule, evidence=[aside.text])
    if not best:
        if pending is not None:
            # "付款申请已在OA提交，目前在财务总监节点": a process under way, nothing promised:
            # the PM is asked with that reason, not left to a guess from single words.
            return Reading("other", 0.3, rule=pending.rule, evidence=[pending.text])
        return Reading("other", 0.0, rule="no-rule")
    ranked = [k for k in book.precedence if k in best]
    confident = [k for k in ranked if best[k].confidence >= book.confident]
    if confident:
        kind = confident[0]
    elif "dispute" in best:
        kind = "dispute"  # the safe default: an objection nobody can rule out
    else:
        kind = max(ranked, key=lambda k: best[k].confidence)
    chosen = best[kind]
    confidence = chosen.confidence
    if kind not in ("dispute", "bank_question") and (
        "dispute" in best or withheld or rest_waits or fixed
    ):
        confidence = min(confidence, WITH_OBJECTION)
    evidence = [s.text for s in signals if s.kind == kind or s.rule == chosen.rule]
    if chosen.start < 0:
        evidence = [chosen.text]
    others = [f"{s.kind}:{s.text}" for s in signals if s.kind not in (kind, "remainder")]
    amount = None
    rest_paid = any(s.kind == "rest_paid" for s in signals)  # "余款已汇出": the due's last part
    short = short_of_due(text, due) if kind == "paid" and due and not rest_paid else None
    if short is not None:
        # "中期款先付的十万今天付了" answering a reminder for ￥238,000.00: a part, not all of
        # it; held for the PM (a thank-you would stop the chase on money still owed).
        kind, amount = "partial_payment", short.value
        confidence = min(confidence, WITH_OBJECTION)
        evidence = [*evidence, f"{short.value} < amount due {due}"]
    elif kind == "partial_payment":
        amount = amount_in(words[chosen.start :] if chosen.start >= 0 else words)
        if due is not None and amount == due and not any(s.kind == "remainder" for s in signals):
            # "已付34,600元" answering a reminder for ￥34,600.00: all of it, not a part.
            kind, amount = "paid", None
            evidence = [*evidence, f"= amount due {due}"]
    return Reading(
        kind,
        confidence,
        rule=chosen.rule,
        evidence=list(dict.fromkeys(evidence + others)),
        amount=amount,
        hedged=unsure is not None or pending is not None,
        not_by=tuple(s.text for s in signals if s.kind in _DATES_NOTHING),
        promised=_promised_beside(kind, words, signals, book.confident),
    )


def _promised_beside(
    kind: str, words: str, signals: Sequence[Signal], confident: float
) -> tuple[str, ...]:
    """The sentences of ``words`` holding a confident promise beside an acceptance, in text
    order; none beside any other reading (a promise's own words are its evidence)."""
    if kind != "acceptance":
        return ()
    spans = {
        around(words, s.start, s.end, SENTENCE_END)
        for s in signals
        if s.kind == "promise" and s.confidence >= confident
    }
    return tuple(words[b:e] for b, e in sorted(spans))
