"""Keep only what the person wrote: strip quoted replies, forwarded blocks, signatures, disclaimers.

Also turns HTML bodies into text that keeps ``<blockquote>`` as ``>`` lines, so HTML-only
replies are stripped the same way as plain ones.

Why: a reply to our reminder usually carries the reminder below it ("请尽快付款", "overdue"),
and classifying that text would make every "好的，收到" look like a promise. The classifier
reads only the text this module returns.

Two kinds of quoting are handled:
- blocks that run to the end of the message (Outlook ``From:/Sent:`` headers,
  ``-----Original Message-----``, QQ/Foxmail ``原始邮件``, ``发件人:`` / ``寄件者:``,
  Gmail's forwarded-message line, signatures after ``-- ``, disclaimers): cut there;
- ``>``-prefixed lines and the attribution line above them (``On ... wrote:``,
  ``在 ...写道：``): dropped, so text written below the quote (bottom-posting) is kept. An
  attribution line not followed by ``>`` lines starts a block that runs to the end.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

_CUT_LINES = [
    re.compile(p, re.I)
    for p in (
        r"^-{2,}\s*(original message|原始邮件|邮件原件|原始郵件|郵件原件|forwarded message|"
        r"转发的邮件|轉寄的郵件)\s*-{2,}",
        r"^-{3,}\s*(original message|forwarded message)",
        # Mail Master: "---- 回复的原邮件 ----" / "---- Replied Message ----"; QQ's English UI
        # "------------------ Original ------------------"; Huawei/Sina "-------- 原始邮件 --------"
        r"^-{2,}\s*(回复的原邮件|回覆的原郵件|replied message|original|原始邮件|原始郵件)\s*-{2,}",
        # any short dashed title naming a mail: "--- 原邮件 ---", "-------- 转发邮件信息 --------"
        r"^-{2,}\s*[^-\s]{0,8}\s*(邮件|郵件|message|mail)\s*[^-\s]{0,6}\s*-{2,}\s*$",
        r"^-{20,}\s*$",  # Alimail's 66 hyphens above its 发件人：block
        # QQ Mail's new web: "Original" alone on a line (then a rule and From:/Sent Time:)
        r"^(original|原始邮件|原始郵件|原邮件)$",
        r"^\|\s*(from|发件人|發件人|寄件者)\s*\|",  # Mail Master's label table as text
        # client taglines (发自网易邮箱大师, Sent from NetEase Mail Master): the quote follows
        r"^(发自|來自|来自|發自|从我的|從我的|sent from|get outlook|获取\s*outlook"
        r"|取得.{0,12}outlook)[^。.!！?？]{0,40}$",
        r"^_{5,}\s*$",  # Outlook's separator line above its header block
        r"^-- $",
        r"^--$",
        r"^(sent from my|发自我的|從我的|来自我的|get outlook for)\b",
        r"^(this (e-?mail|message)( and any (attachments?|files)( \w+)?)? (is|are) "
        r"(strictly )?(confidential|intended))",
        r"^(confidentiality notice|disclaimer)\b",
        r"^(本邮件|本郵件|此邮件|此郵件)(及其|和|及)?(附件)?(含有|包含|可能包含|仅供|內含).{0,40}(保密|机密|機密)",
        r"^\*{3,}.{0,10}(disclaimer|免责声明)",
    )
]

_HEADER_BLOCK_START = re.compile(
    r"^\**\s*(from|发件人|發件人|寄件者|寄件人|de|von|van)\s*[:：]\s*\S", re.I
)
_HEADER_BLOCK_NEXT = re.compile(
    r"^\**\s*(sent|sent time|date|to|subject|cc|发送时间|時間|时间|日期|收件人|主题|主旨|"
    r"傳送時間|寄件日期|enviado( el)?|gesendet|an|betreff|asunto|para|objet|envoyé)\s*[:：]",
    re.I,
)

_ATTRIBUTION = [
    re.compile(p, re.I)
    for p in (
        r"^on\b.{0,200}\bwrote\s*[:：]?\s*$",
        # Zoho Mail: "---- On Mon, 14 Dec 2026 09:00:00 +0530 Name <a@b> wrote ---"
        r"^-{2,}\s*(on\b.{0,200}\bwrote|在.{0,200}写道|於.{0,200}寫道)\s*[:：]?\s*-{2,}\s*$",
        r"^.{0,200}\b(wrote|writes|a écrit|schrieb|escribió|ha scritto|написал[а]?)\s*[:：]\s*$",
        r"^在\s*.{0,200}写道\s*[:：]?\s*$",
        r"^於\s*.{0,200}寫道\s*[:：]?\s*$",
        r"^.{0,200}(写道|寫道)\s*[:：]\s*$",
    )
]


_CONTINUED_ATTRIBUTION = re.compile(
    r"^(?=.*(^(on|在|於|le|am|el|il)\b|@|\d)).*[^.。!?！？:：]$", re.I
)
"""A first line an attribution may wrap from: starts like one or holds a date or address,
and does not end a sentence."""


def _is_attribution(lines: list[str], i: int) -> int:
    """Number of lines (1-3) forming an attribution starting at ``i``, or 0."""
    first = lines[i].strip()
    for span in (1, 2, 3):
        if i + span > len(lines):
            break
        if span > 1 and not _CONTINUED_ATTRIBUTION.match(first):
            break
        if span > 1 and not lines[i + span - 1].strip():
            break  # a blank line ends a wrapped attribution: the person's words stay
        joined = " ".join(line.strip() for line in lines[i : i + span])
        if any(p.match(joined) for p in _ATTRIBUTION):
            return span
    return 0


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook/QQ style ``From:`` line followed within 4 lines by ``Sent:``/``To:``..."""
    if not _HEADER_BLOCK_START.match(lines[i].strip()):
        return False
    following = [line.strip() for line in lines[i + 1 : i + 6] if line.strip()]
    return any(_HEADER_BLOCK_NEXT.match(line) for line in following[:4])


def strip_quoted(text: str) -> str:
    """The text the person wrote, without quoted replies, signatures or disclaimers."""
    text = html.unescape(text) if "&" in text else text  # QQ web keeps &nbsp; and &gt;
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if any(p.match(stripped) for p in _CUT_LINES) or line.rstrip("\n") == "-- ":
            break
        if _is_header_block(lines, i):
            break
        span = _is_attribution(lines, i)
        if span:
            rest = [x for x in lines[i + span :] if x.strip()]
            if rest and rest[0].lstrip().startswith(">"):
                i += span
                continue
            break
        if stripped.startswith(">") or stripped.startswith("|>"):
            i += 1
            continue
        kept.append(line.rstrip())
        i += 1
    result = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", result)


def forwarded_words(text: str) -> str:
    """The words of the message forwarded or quoted right below the person's own, stripped
    like them, or "" when there is none or it is the last message of the thread.

    Why: "财务的回复你看下" above a forward of finance's answer says nothing alone; the answer
    is the forwarded message. Only a message that itself has a quote or a tagline below it, or
    whose own subject is a forward (转发:, Fwd:), is returned: the last message of a thread is
    usually our own reminder, whose words must never decide what the client meant.
    """
    text = html.unescape(text) if "&" in text else text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n")
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if any(p.match(line.strip()) for p in _CUT_LINES) or _is_header_block(lines, i)
        ),
        None,
    )
    if start is None:
        return ""
    quoted = _quoted_message(lines, start)
    if quoted:
        return quoted
    j = start + (0 if _is_header_block(lines, start) else 1)
    while j < len(lines) and (
        not lines[j].strip()
        or _HEADER_BLOCK_START.match(lines[j].strip())
        or _HEADER_BLOCK_NEXT.match(lines[j].strip())
    ):
        j += 1
    rest = "\n".join(lines[j:]).strip()
    words = strip_quoted(rest)
    forward = any(_FORWARD_SUBJECT.match(line.strip()) for line in lines[start:j])
    # Compared without white space: stripping also folds blank lines, which is no quote cut.
    cut = len(_SPACE.sub("", words)) < len(_SPACE.sub("", rest))
    return words if words and (cut or forward) else ""


_SPACE = re.compile(r"\s+")


def _quoted_message(lines: list[str], before: int) -> str:
    """The words of a colleague's message passed on as a ``>`` block right below the person's
    own words and above ``before`` (where the rest of the thread starts: a header block or an
    original-message line), with its own attribution inside the block ("束总的意思见下面" above
    "> 在…束建华写道：> 小眭：…先从付款计划里拿掉"); "" when there is none.

    Why: such a block is no quote of ours when its attribution is quoted with it (a message
    forwarded inside the client's company) and the thread goes on below it (our reminder
    under its own header); our reminder quoted by a reply is the last block and has its
    attribution outside the ``>`` lines."""
    first = next((i for i in range(before) if lines[i].lstrip().startswith(">")), None)
    if first is None or not any(line.strip() for line in lines[:first]):
        return ""
    end = first
    while end < before and lines[end].lstrip().startswith(">"):
        end += 1
    inner = [re.sub(r"^\s*>\s?", "", line) for line in lines[first:end]]
    head = next((i for i, line in enumerate(inner) if line.strip()), 0)
    span = _is_attribution(inner, head)
    if not span:
        return ""
    return strip_quoted("\n".join(inner[head + span :]))


_FORWARD_SUBJECT = re.compile(
    r"^\**\s*(?:subject|主题|主旨|betreff|asunto|objet)\s*[:：]\s*(?:转发|轉寄|轉發|fwd?|wg|tr)\s*[:：]",
    re.I,
)
"""A header block whose subject is itself a forward ("主题: 转发: 进度款付款申请"): a message
passed along inside the client's company, never our reminder (which is no forward)."""


_ORIGINAL_RULE = re.compile(
    r"^-{2,}\s*(original message|原始邮件|原始郵件|邮件原件|郵件原件|回复的原邮件|回覆的原郵件"
    r"|replied message|original|forwarded message|转发的邮件|轉寄的郵件)\b",
    re.I,
)


def quotes_a_message(text: str) -> bool:
    """A message stands quoted below the words (``>`` lines, an attribution, an Outlook or QQ
    header block, an original-message rule): a person answered the thread from a mail client.
    Why: an absence notice sent by a machine quotes nothing, so "I will be out of office this
    week" above our quoted reminder is a person passing it on, not an auto-reply."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return any(
        line.lstrip().startswith(">")
        or _ORIGINAL_RULE.match(line.strip())
        or _is_header_block(lines, i)
        or _is_attribution(lines, i)
        for i, line in enumerate(lines)
    )


_INLINE_ANSWER = re.compile(r"【([^【】\n]{6,200})】")
"""An answer written into the quoted mail in 【】 (our own letters' 【】 labels are shorter)."""
_SIGNED_ANSWER = re.compile(
    r"^[>\s]*【[\u4e00-\u9fff]{1,3}(?:会计|會計|经理|經理|主管|出纳|出納|财务|財務|总|總|工|姐|哥|"
    r"老师|老師|助理|专员|專員)】\s*[:：]?\s*(\S[^\n]{3,200})$",
    re.M,
)
"""An answer on its own line in the quoted mail behind the writer's name and title in 【】
("【钱会计】已于11月20日支付"); our letters' 【】 labels (【部分付款】) are no person."""
_NAMED_ANSWER = re.compile(
    r"^[>\s]*(?:[\u4e00-\u9fff]|答|回复|回覆|答复|答覆)\s*[:：]\s*(\S[^\n]{3,200})$", re.M
)
"""An answer on its own line in the quoted mail under the writer's surname or 答/回复
("周：已付，11月28日"): our letters' labels (金额：, 户名：) are never one character."""
_ARROW_ANSWER = re.compile(r"^[>\s]*(?:-{1,2}>|=>|\u2192)\s*(\S[^\n]{3,200})$", re.M)
"""An answer on its own line in the quoted mail behind an arrow ("-> Paid by EFT on Nov 27"),
the English habit of answering inline; our letters have no arrows."""
_DASH_ANSWER = re.compile(r"^[>\s]*(?:——|—)\s*(?![^\n]*(?:——|—)\s*$)(\S[^\n]{3,200})$", re.M)
"""An answer on its own line in the quoted mail behind a Chinese dash ("——尚未付款。已排入本月25日
月结付款"); our reminders have no line that starts with one ("—— 原邮件 ——" is a heading)."""


_INITIALS_ANSWER = re.compile(r"^[>\s]*\[[A-Z]{2,3}\]\s*[:\-]?\s*(\S[^\n]{3,200})$", re.M)
"""An answer on its own line in the quoted mail behind the writer's initials in brackets
("[RK] As per clause 5.3 this is due on 20/12"), the English habit of answering inline in
Outlook; our letters have no such line (their tags, [CK-…], are no bare initials)."""


_MARKED_LINE = re.compile(r"^\s*>{1,2}\s*(\S[^\n]{3,200})$", re.M)
_MARKED_MOST = 2
"""At most this many marked lines: more is a mail quoted with ">" on every line."""


def _marked_answers(text: str) -> list[str]:
    """Lines typed behind ">>" or ">" into a quote whose other lines carry no marker (Outlook
    quotes under a header, unmarked): ">> Not yet paid po. Re-scheduled on 12/18" is the
    writer's answer. In a mail quoted with ">" on every line none is (nor is our letter's)."""
    found = [m.group(1).strip() for m in _MARKED_LINE.finditer(text)]
    return found if len(found) <= _MARKED_MOST else []


def _own_name_answers(text: str, name: str) -> list[str]:
    """Lines of the quoted mail behind the sender's own name in 【】 ("【刘洋】已排进资金计划…"):
    a bare name is no label of our letters, but only the writer's name is sure to be theirs."""
    name = name.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return []
    line = re.compile(r"^[>\s]*【" + re.escape(name) + r"】\s*[:：]?\s*(\S[^\n]{3,200})$", re.M)
    return [m.group(1).strip() for m in line.finditer(text)]


def inline_answers(text: str, sender_name: str = "") -> str:
    """Answers the person wrote inline in the quoted mail, marked 【…】 or on a line of their
    own under their surname, 【name and title】, 【their own name】 (``sender_name``) or 答：
    (the Chinese habit of answering a letter point by point inside it), behind an arrow
    ("-> Paid on Nov 27"), a Chinese dash ("——已排入本月25日月结付款") or bracketed initials
    ("[RK] Not overdue") or ">>" in an unmarked quote, one a line; ""
    when there are none. Read only when the person's own words point below and say nothing
    themselves."""
    found = [m.group(1).strip() for m in _INLINE_ANSWER.finditer(text)]
    found += _own_name_answers(text, sender_name)
    found += [m.group(1).strip() for m in _NAMED_ANSWER.finditer(text)]
    found += [m.group(1).strip() for m in _SIGNED_ANSWER.finditer(text)]
    found += [m.group(1).strip() for m in _ARROW_ANSWER.finditer(text)]
    found += [m.group(1).strip() for m in _DASH_ANSWER.finditer(text)]
    found += [m.group(1).strip() for m in _INITIALS_ANSWER.finditer(text)]
    found += [a for a in _marked_answers(text) if a not in found]
    return "\n".join(found)


_QUOTE_BOX = re.compile(
    r"ntes-mailmaster-quote|gmail_quote|divRplyFwdMsg|moz-cite-prefix|isReplyContent"
    r"|original-content|origbody|mail-editor-reference-message-container|yahoo_quoted"
    r"|OLK_SRC_BODY_SECTION|FoxDiv|QQMailQuote|reply-quote",
    re.I,
)
"""Class or id of the ``<div>`` a client puts the quoted mail in (Mail Master's card, Gmail,
Outlook on the web, Thunderbird, NetEase, QQ app, Sina, new Outlook, Foxmail...)."""
_QUOTE_FROM_HERE = re.compile(r"^(replySplit|appendonsend)$", re.I)
"""Id of an element after which everything is the quoted mail (139.com, Outlook web)."""


class _HTMLText(HTMLParser):
    """Collect the visible text of an HTML document, with line breaks at block elements.

    Text inside ``<blockquote>`` and inside a client's quote box (``_QUOTE_BOX``) gets a
    ``> `` prefix per level, so quote stripping works on HTML-only replies as it does on
    plain text, also when the box holds no separator line (Mail Master's card).
    """

    _BLOCK = frozenset(
        ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table")
        + ("blockquote", "pre", "hr", "ul", "ol", "dl", "dt", "dd", "section")
    )
    _SKIP = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._skipping = 0
        self._quote = 0
        self._pre = 0
        self._divs: list[bool] = []
        """Open <div>s: True for a quote box (closing it ends one quote level)."""

    def _newline(self) -> None:
        self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self._newline()
        if tag == "blockquote":
            self._quote += 1
        elif tag == "pre":
            self._pre += 1
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag == "div":
            box = bool(marks and _QUOTE_BOX.search(marks))
            self._divs.append(box)
            self._quote += box
        if any(k == "id" and v and _QUOTE_FROM_HERE.match(v) for k, v in attrs):
            self._quote += 1  # never closed: the rest of the document is the quote

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self._newline()
        if any(k == "id" and v and _QUOTE_FROM_HERE.match(v) for k, v in attrs):
            self._quote += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "blockquote":
            self._quote = max(0, self._quote - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag == "div" and self._divs and self._divs.pop():
            self._quote = max(0, self._quote - 1)
        if tag in self._BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        chunks = data.split("\n") if self._pre else [re.sub(r"\s+", " ", data)]
        for n, chunk in enumerate(chunks):
            if n:
                self._newline()
            if chunk and not self.lines[-1] and self._quote:
                self.lines[-1] = "> " * self._quote
            self.lines[-1] += chunk


def html_to_text(html: str) -> str:
    """Visible text of ``html`` (scripts, styles and tags removed, block breaks kept)."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is belt and braces
        logger.debug("html.parser failed; keeping partial text")
    lines = [line.replace("\xa0", " ").strip() for line in parser.lines]
    lines = [line for line in lines if line.strip("> ") or not line.startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
