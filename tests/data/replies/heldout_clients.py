"""Client byte formats for the held-out reply set (written apart from the corpus builders).

Each builder takes a :class:`Msg` (own words, sender, time, attachments) and returns the bytes
the client would put on the wire, quoting one of our reminders the way MAIL-CLIENTS.md says
that client does. Written independently of clients_cn.py / clients_intl.py on purpose: a set
that only repeats the corpus builders' habits would not measure quote stripping honestly.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

CODECS = {"gb2312": "gbk", "GBK": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5hkscs"}

ZH_SUBJECT = "中期款逾期未付款项说明 — 数据平台一期 [CK-HZ-2026-017-midterm]"
ZH_ID = "<ck.HZ-2026-017.midterm.reminder.1@example.cn>"
EN_SUBJECT = (
    "Outstanding payment: Mid-term payment, 42 days overdue — Integration services "
    "[CK-ACME-2026-03-midterm]"
)
EN_ID = "<ck.ACME-2026-03.midterm.reminder.1@example.cn>"
OUR_NAME = "示例科技 应收账款"
OUR_ADDR = "ar@example.cn"
SENT = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

ZH_REMINDER = """尊敬的陈经理：

现将《数据平台一期》（合同编号：HZ-2026-017）项下尚未结清的款项说明如下：

　　款项：中期款
　　金额：¥80,000.00
　　付款截止日：2026年11月20日
　　已逾期：11天

如款项已经支付，烦请回复告知付款日期（如方便，附上付款回单），以便我方核对；如尚未安排，请协助尽快处理。如对该款项有任何疑问，欢迎直接回复本邮件。

本期发票随附（HZ-2026-017-midterm.pdf），供贵司付款使用。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

付款附言（请照写）：HZ-2026-017 midterm
重要提示：我司从不通过电子邮件变更收款账户。如收到任何声称账户变更的邮件，请勿付款，并先电话联系我司项目经理核实。

　　此致
敬礼！

王明
示例科技有限公司 (Example Tech Co., Ltd.)　项目经理
pm@example.cn
2026年12月1日

回复时请保留邮件主题中的编号 [CK-HZ-2026-017-midterm]，以便我们及时处理。"""

EN_REMINDER = """Dear Jane Smith,

This is a statement of the payment outstanding under "Integration services" (ref. ACME-2026-03):

   Payment: Mid-term payment
   Amount: USD 12,000.00
   Due date: 20 October 2026
   Days overdue: 42

As this payment is now well past its due date, please arrange it as soon as possible and reply within three working days with the date we can expect it. If you have already paid, please reply with the payment date and the remittance advice so that we can match it; if you dispute the amount, please tell us in writing so that we can resolve it quickly.

The invoice is attached for your payment process (ACME-2026-03-midterm.pdf).

How to pay:
Bank: Example Bank, Hangzhou Branch
SWIFT: EXAMPLECNXXX
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
Reference: ACME-2026-03

Payment reference (write exactly): ACME-2026-03 midterm
Important: we never change our bank details by email. If an email tells you our account has changed, do not pay; call your project manager at our company first.

Kind regards,

王明
Project Manager, 示例科技有限公司 (Example Tech Co., Ltd.)
pm@example.cn

Please keep the reference [CK-ACME-2026-03-midterm] in the subject line when you reply, so that we can deal with your message promptly."""


@dataclass
class Msg:
    """One reply: the person's own words and the context a client needs to write it."""

    n: int
    body: str
    when: datetime
    thread: str = "zh"  # which reminder is quoted: zh or en
    sender: tuple[str, str] = ("陈经理", "chen@client.example.cn")
    atts: list[tuple[str, str]] = field(default_factory=list)  # (filename, pdf|jpg|xlsx)
    ui: str = "zh"  # zh, zh-Hant, en: the client's UI language
    below: bool = False  # answer written under the quote
    inline: str = ""  # quoted line after which the answer sits (inline answer)
    noquote: bool = False  # the client was set not to include the original

    @property
    def subject(self) -> str:
        return ZH_SUBJECT if self.thread == "zh" else EN_SUBJECT

    @property
    def parent(self) -> str:
        return ZH_ID if self.thread == "zh" else EN_ID

    @property
    def original(self) -> str:
        return ZH_REMINDER if self.thread == "zh" else EN_REMINDER

    @property
    def to_name(self) -> str:
        return "陈经理" if self.thread == "zh" else "Jane Smith"


# ---------------------------------------------------------------- encoding helpers


def enc(text: str, charset: str) -> bytes:
    codec = CODECS.get(charset, charset)
    if codec in ("gbk", "big5hkscs"):  # these clients write the full-width yen sign
        text = text.replace("\u00a5", "\uffe5")
    return text.encode(codec)


def b64(data: bytes, eol: str = "\r\n", width: int = 76) -> str:
    flat = base64.b64encode(data).decode()
    return eol.join(flat[i : i + width] for i in range(0, len(flat), width))


def qp(data: bytes, eol: str = "\r\n") -> str:
    return quopri.encodestring(data.replace(b"\r\n", b"\n")).decode().replace("\n", eol)


def word(text: str, charset: str, mode: str = "B") -> str:
    """Encoded words, split every 15 characters so lines stay short."""
    out = []
    for i in range(0, len(text), 15):
        raw = enc(text[i : i + 15], charset)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(
                "_" if b == 32 else chr(b) if chr(b).isalnum() and b < 128 else f"={b:02X}"
                for b in raw
            )
            out.append(f"=?{charset}?Q?{q}?=")
    return "\r\n ".join(out)


def hdr(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    return text if text.isascii() else word(text, charset, mode)


def rfc_date(when: datetime, utc: bool = False, suffix: str = "") -> str:
    d = when.astimezone(UTC) if utc else when
    return format_datetime(d) + suffix


def to_html(text: str) -> str:
    return "".join(f"<div>{escape(line) or '<br>'}</div>" for line in text.split("\n"))


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + b"\xff\xd9"
XLSX = b"PK\x03\x04" + bytes(40)
TYPES = {
    "pdf": ("application/pdf", PDF),
    "jpg": ("image/jpeg", JPG),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX),
}


def attachment(name: str, kind: str, style: str = "2047", charset: str = "utf-8") -> str:
    ctype, data = TYPES[kind]
    if name.isascii():
        n1 = f'name="{name}"'
        n2 = f'filename="{name}"'
    elif style == "2231":
        from urllib.parse import quote

        n1 = f'name="{word(name, charset)}"'
        n2 = f"filename*={charset.upper()}''{quote(name.encode(CODECS.get(charset, charset)))}"
    else:
        w = word(name, charset).replace("\r\n ", "")
        n1 = f'name="{w}"'
        n2 = f'filename="{w}"'
    return (
        f"Content-Type: {ctype};\r\n\t{n1}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment;\r\n\t{n2}\r\n\r\n{b64(data)}\r\n"
    )


def multipart(kind: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    out = f'Content-Type: multipart/{kind};\r\n\tboundary="{boundary}"\r\n\r\n'
    if preamble:
        out += preamble + "\r\n\r\n"
    for p in parts:
        out += f"--{boundary}\r\n{p}"
    return out + f"--{boundary}--\r\n"


def textpart(
    text: str, charset: str, cte: str, sub: str = "plain", eol: str = "\r\n", extra: str = ""
) -> str:
    data = enc(text.replace("\n", eol), charset)
    if cte == "base64":
        body = b64(data, eol)
    elif cte == "quoted-printable":
        body = qp(data, "\r\n")
    else:
        body = data.decode(CODECS.get(charset, charset)).replace(eol, "\r\n")
    return f'Content-Type: text/{sub}; charset="{charset}"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{body}\r\n'


def wrap_atts(
    m: Msg, body_part: str, boundary: str, style: str = "2047", charset: str = "utf-8"
) -> str:
    if not m.atts:
        return body_part
    parts = [body_part] + [attachment(n, k, style, charset) for n, k in m.atts]
    return multipart("mixed", boundary, parts)


def assemble(headers: list[str], body: str) -> bytes:
    text = "\r\n".join(headers) + "\r\n" + body
    return text.encode("utf-8") if not text.isascii() else text.encode("ascii")


def quoted(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


def place(m: Msg, marker: str, quote_block: str) -> str:
    """Own words above the quote (the usual), below it, or inline inside it."""
    if m.inline:
        head, _, tail = quote_block.partition(m.inline)
        line_end = tail.find("\n")
        return (
            marker
            + head
            + m.inline
            + tail[:line_end]
            + "\n\n"
            + m.body
            + "\n\n"
            + tail[line_end + 1 :]
        )
    if m.below:
        return marker + quote_block + "\n\n" + m.body + "\n"
    return m.body + "\n\n" + marker + quote_block
