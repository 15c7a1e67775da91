"""Zoho Mail, a client the shared machinery lacks (set N's Sri Lankan tea exporter uses it).

Zoho's web client top-posts and quotes under ``---- On <RFC 2822 date> Name <addr> wrote ---``
with the old text unprefixed in text/plain and inside ``div.zmail_extra`` > ``blockquote``
in HTML; ``X-Mailer: Zoho Mail``, Message-Id ``<hex.hex.digits@domain>``, UTF-8 QP parts
(``render`` of heldout_c_styles is not used: this is its own byte layout).
"""

from __future__ import annotations

import html
from email.utils import format_datetime

from heldout_c_mime import Reply, addr, attachment, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours, reminder_lines


def zoho(r: Reply) -> bytes:
    """The message Zoho Mail's web client sends for reply ``r`` (text+HTML, QP, UTF-8)."""
    on, oa = ours(r)
    s = r.sent
    attribution = f"---- On {format_datetime(s)} {on} <{oa}> wrote ---"
    old = "\n".join(reminder_lines(r))
    sig = "\n\nSent using Zoho Mail"
    text = f"{r.body}{sig}\n\n\n\n{attribution}\n\n{old}\n"
    own = "".join(f"<div>{html.escape(ln) or '<br>'}</div>" for ln in r.body.split("\n"))
    quoted = html.escape(old).replace("\n", "<br>")
    page = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        f'{own}<div><br></div><div id="Zm-_Id_-Sgn" data-sigid="4412000000012005"><div>Sent using '
        '<a target="_blank" href="https://www.zoho.com/mail/">Zoho Mail</a></div></div><div><br></div>'
        '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; '
        'margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
        '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div>'
        f'<div id="Zm-_Id_-Sgn1">{html.escape(attribution)}<br></div><div><br></div>'
        f'<blockquote style="margin: 0px;"><div>{quoted}</div></blockquote></div><div><br></div>'
        "</div><br></body></html>"
    )
    h = r.h.lower()
    dom = r.sender[1].split("@")[1]
    bnd = f"----=_Part_{int(h[:5], 16)}_{int(h[5:12], 16)}.1764{int(h[12:17], 16):09d}"
    body = multipart(
        "alternative",
        bnd,
        [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable", page),
        ],
    )
    if r.atts:
        body = multipart(
            "mixed",
            f"----=_Part_{int(h[17:22], 16)}_mixed",
            [body] + [attachment(a, "zoho") for a in r.atts],
        )
    subj = "Re: " + SUBJECT[r.thread]
    heads = [
        f"Date: {format_datetime(r.when)}",
        f"From: {addr(r.sender[0], r.sender[1])}",
        f"To: {addr(on, oa)}",
        f"Message-Id: <{h[:11]}.{h[11:26]}.{int(h[26:40], 16) % 10**19:019d}@{dom}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        f"Subject: {subj if subj.isascii() else enc_word(subj)}",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ]
    return ("\r\n".join(heads) + "\r\n").encode() + body
