"""How each mail client writes a reply, byte by byte (held-out sets C and D).

From /work/shared/MAIL-CLIENTS.md: headers (X-Mailer, Message-ID forms, threading headers
as each client writes them, Exchange's UTC dates, Coremail's "(CST)"), subject prefixes,
charsets (gb18030/GBK/gb2312-labelled GBK, big5-labelled HKSCS, UTF-8), base64 with CRLF or
LF, quoted-printable, text+HTML, HTML only, text only, and each client's quote.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, addr, attachment, enc_word, multipart, part
from heldout_c_quote import SUBJECT, block, original, ours, reminder_lines


@dataclass(frozen=True)
class Style:
    quote: str  # heldout_c_quote.block kind
    family: str  # HTML quote container
    prefix: str  # subject prefix
    layout: str  # alt | text | html
    charset: str
    cte: str
    html_cte: str = ""
    eol: str = "\r\n"  # line ends inside base64
    tagline: str = ""
    utc: bool = False  # Exchange: Date in UTC
    date_tail: str = ""  # Coremail: " (CST)"
    subj_cs: str = "utf-8"
    subj_mode: str = "B"


S = Style
# fmt: off
STYLES: dict[str, Style] = {
    # Simplified Chinese clients
    "qqweb": S("qqweb", "qq", "回复：", "alt", "gb18030", "base64", "base64", subj_cs="gb18030"),
    "qqapp": S("qqapp", "qqapp", "回复：", "alt", "utf-8", "base64", "base64", tagline="发自我的iPhone"),
    "qqhtml": S("qqweb", "qq", "回复：", "html", "gb18030", "base64", subj_cs="gb18030"),
    "sina": S("sina", "sina", "回复：", "alt", "GBK", "base64", "base64", subj_cs="GBK"),
    "exmail": S("qqweb", "qq", "回复：", "alt", "utf-8", "base64", "base64"),
    "n163": S("n163", "163", "Re:", "alt", "GBK", "base64", "base64", eol="\n", date_tail=" (CST)", subj_cs="GBK"),
    "n126": S("n163", "163", "Re:", "alt", "UTF-8", "base64", "base64", eol="\n", date_tail=" (CST)"),
    "coremail": S("n163", "163", "Re: ", "alt", "UTF-8", "base64", "base64", date_tail=" (GMT+08:00)"),
    "mailmaster": S("mailmaster", "mm", "回复：", "alt", "UTF-8", "base64", "base64", tagline="发自网易邮箱大师"),
    "mmios": S("mailmaster", "mm", "回复：", "html", "UTF-8", "quoted-printable", tagline="发自网易邮箱大师"),
    "foxmail": S("foxmail", "fox", "回复: ", "alt", "GB18030", "base64", "quoted-printable", subj_cs="GB18030"),
    "alimail": S("alimail", "ali", "回复：", "alt", "UTF-8", "quoted-printable", "quoted-printable"),
    "olzhcn": S("olzhcn", "ol", "答复: ", "alt", "gb2312", "base64", "base64", utc=True, subj_cs="gb2312"),
    "olzhcnplain": S("olzhcn_plain", "none", "答复: ", "text", "gb2312", "base64", subj_cs="gb2312"),
    "owazh": S("owazh", "owa", "回复: ", "alt", "utf-8", "base64", "quoted-printable", utc=True),
    "olmobzh": S("owazh", "owa", "回复: ", "alt", "utf-8", "base64", "base64", tagline="获取 Outlook for iOS", utc=True),
    "gmailzh": S("gmailzh", "gmail", "Re: ", "alt", "UTF-8", "base64", "base64"),
    "applezh": S("applezh", "apple", "回复：", "text", "utf-8", "quoted-printable"),
    "ioszh": S("ioszh", "apple", "回复：", "alt", "utf-8", "base64", "base64", tagline="发自我的iPhone"),
    "tbzh": S("tbzh", "tb", "Re: ", "text", "UTF-8", "8bit"),
    "huawei": S("huawei", "div", "回复：", "alt", "UTF-8", "base64", "base64", tagline="发自我的华为手机"),
    # Traditional Chinese clients
    "olzhtw": S("olzhtw", "ol", "回覆: ", "alt", "big5", "quoted-printable", "quoted-printable", utc=True, subj_cs="big5"),
    "owazhtw": S("owazhtw", "owa", "回覆: ", "alt", "utf-8", "base64", "base64", utc=True),
    "gmailtw": S("gmailtw", "gmail", "Re: ", "alt", "UTF-8", "base64", "base64"),
    "ioszhtw": S("ioszhtw", "apple", "Re: ", "text", "utf-8", "quoted-printable", tagline="從我的 iPhone 傳送"),
    "olmobtw": S("owazhtw", "owa", "回覆: ", "alt", "utf-8", "base64", "base64", tagline="取得 iOS 版 Outlook", utc=True),
    # English clients
    "olen": S("olen", "ol", "RE: ", "alt", "us-ascii", "7bit", "quoted-printable", utc=True, subj_mode="Q"),
    "olenplain": S("olen_plain", "none", "RE: ", "text", "windows-1252", "quoted-printable", utc=True),
    "owaen": S("owaen", "owa", "Re: ", "alt", "utf-8", "quoted-printable", "quoted-printable", utc=True),
    "olmoben": S("owaen", "owa", "Re: ", "alt", "utf-8", "quoted-printable", "quoted-printable", tagline="Get Outlook for iOS<https://aka.ms/o0ukef>", utc=True),
    "gmailen": S("gmailen", "gmail", "Re: ", "alt", "UTF-8", "quoted-printable", "quoted-printable"),
    "gmailapp": S("gmailen", "gmail", "Re: ", "alt", "UTF-8", "quoted-printable", "quoted-printable"),
    "appleen": S("appleen", "apple", "Re: ", "text", "utf-8", "quoted-printable"),
    "iosen": S("iosen", "apple", "Re: ", "alt", "utf-8", "quoted-printable", "quoted-printable", tagline="Sent from my iPhone"),
    "tben": S("tben", "tb", "Re: ", "text", "UTF-8", "8bit"),
    "exmailen": S("exmailen", "qq", "Re:", "alt", "utf-8", "base64", "base64"),
    "qqappen": S("qqen", "qqapp", "Re:", "alt", "utf-8", "base64", "base64", tagline="Sent from my iPhone"),
    "mmen": S("mmen", "mm", "Re: ", "alt", "UTF-8", "base64", "base64", tagline="Sent from NetEase Mail Master"),
    "n163en": S("n163en", "163", "Re:", "alt", "UTF-8", "base64", "base64", eol="\n", date_tail=" (CST)"),
    "android": S("android", "div", "Re: ", "alt", "UTF-8", "base64", "base64", tagline="Sent from my Samsung Galaxy"),
}
# fmt: on

UI = {k: ("zh-Hant" if k in ("olzhtw", "owazhtw", "gmailtw", "ioszhtw", "olmobtw")
          else "en" if k in ("olen", "olenplain", "owaen", "olmoben", "gmailen", "gmailapp", "appleen",
                              "iosen", "tben", "exmailen", "qqappen", "mmen", "n163en", "android")
          else "zh") for k in STYLES}  # fmt: skip


def _headers(name: str, st: Style, r: Reply) -> list[str]:
    """The client's own headers and its Message-ID / threading form."""
    h, dom = r.h, r.sender[1].split("@")[1]
    ck = r.ck_id
    irt_refs = [f"In-Reply-To: {ck}", f"References: {ck}"]
    if name in ("qqweb", "qqhtml", "exmail", "qqapp", "qqappen", "exmailen"):
        mid = f"<tencent_{h[:24]}@qq.com>"
        hs = [
            f"X-QQ-mid: xmsezb41-0t1764{r.n * 37 % 999999:06d}t{h[:9].lower()}",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-QQ-STYLE: ",
            f"X-QQ-ReplyHash: {int(h[:8], 16)}",
        ]
        if name in ("qqapp", "qqappen"):
            return [f"Message-ID: {mid}", f"References: {ck}", "X-QQ-WAPMAIL: 1", *hs]
        if name.startswith("exmail"):
            hs += [
                f"X-BIZMAIL-ID: {int(h[:15], 16)}",
                f"Feedback-ID: lv:{dom}:qybglogicsvrgz:qybglogicsvrgz8a-1",
            ]
        return [f"Message-ID: {mid}", *irt_refs, *hs]
    if name in ("n163", "n126", "coremail", "n163en"):
        loc = "en_US" if name == "n163en" else "zh_CN"
        mailer = (
            "Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)"
            if name == "coremail"
            else "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\r\n Copyright (c) 2002-2024 www.mailtech.cn 163com"
        )
        return [
            f"Message-ID: <{h[:8].lower()}.{h[8:12].lower()}.{h[12:23].lower()}.Coremail.{r.sender[1].split('@')[0]}@{dom}>",
            *irt_refs,
            f"X-Mailer: {mailer}",
            f"X-Coremail-Locale: {loc}",
            f"X-CM-TRANSID: {h[:20]}_{h[20:28].lower()}--.{h[28:34]}",
            "X-Originating-IP: [115.197.21.44]",
        ]
    if name in ("mailmaster", "mmen"):
        return [
            f"Message-ID: <{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>",
            *irt_refs,
            "X-Mailer: NetEase MailMaster 5.4.2.1002",
        ]
    if name == "mmios":
        return [
            f"Message-ID: <{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>",
            *irt_refs,
            "X-Mailer: MailMasterIOS/7.14.6.1944 (16.1.1)",
        ]
    if name == "foxmail":
        refs = f"References: <20261127093300{r.n:07d}@{dom}>, {ck}"
        return [
            f"Message-ID: <{r.when:%Y%m%d%H%M%S}{int(h[:6], 16) % 10000000:07d}@{dom}>",
            refs,
            "X-Mailer: Foxmail 7.2.25.228[cn]",
            f"X-GUID: {h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
            "X-Has-Attach: " + ("yes" if r.atts else "no"),
            "X-Priority: 3",
        ]
    if name == "alimail":
        return [
            f"Message-ID: <{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:20].lower()}-{h[20:32].lower()}.{r.sender[1]}>",
            *irt_refs,
            "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]",
            f"Reply-To: {r.sender[1]}",
            "x-aliyun-mail-creator: W4_6173578_ZnkTW96aWxsYS81LjAg",
        ]
    if name in ("olzhcn", "olzhcnplain", "olen", "olenplain"):
        lang = "en-US" if name.startswith("olen") else "zh-cn"
        return [
            f"Message-ID: <{h[:4].lower()}01db{h[4:8].lower()}${h[8:16].lower()}${h[16:24].lower()}$@{dom}>",
            *irt_refs,
            "X-Mailer: Microsoft Outlook 16.0",
            f"Thread-Index: AQH{h[:20]}",
            f"Content-Language: {lang}",
        ]
    if name in ("owazh", "olmobzh", "owazhtw", "olmobtw", "owaen", "olmoben", "olzhtw"):
        lang = {"owazh": "zh-CN", "olmobzh": "zh-CN", "owaen": "en-US", "olmoben": "en-GB"}.get(
            name, "zh-TW"
        )
        return [
            f"Message-ID: <SEYPR06MB{h[:4]}{h[4:20]}@SEYPR06MB{h[20:24]}.apcprd06.prod.outlook.com>",
            *irt_refs,
            f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
            f"Thread-Index: Ad{h[:22]}==",
            f"Accept-Language: {lang}, en-US",
            f"Content-Language: {lang}",
            "X-MS-Has-Attach: " + ("yes" if r.atts else ""),
            "X-MS-TNEF-Correlator: ",
        ]
    if name in ("gmailzh", "gmailtw", "gmailen", "gmailapp"):
        return [f"Message-ID: <CA{h[:10]}{h[10:30].lower()}+{h[30:36]}@mail.gmail.com>", *irt_refs]
    if name in ("applezh", "appleen"):
        return [
            f"Message-Id: <{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>",
            *irt_refs,
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3818.100.11.1.3\\))",
            "X-Mailer: Apple Mail (2.3818.100.11.1.3)",
        ]
    if name in ("ioszh", "iosen", "ioszhtw"):
        return [
            f"Message-Id: <{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>",
            *irt_refs,
            "Mime-Version: 1.0 (1.0)",
            "X-Mailer: iPhone Mail (21G93)",
        ]
    if name in ("tbzh", "tben"):
        return [
            f"Message-ID: <{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}-{h[16:20].lower()}-{h[20:32].lower()}@{dom}>",
            *irt_refs,
            "User-Agent: Mozilla Thunderbird",
            f"Content-Language: {'zh-CN' if name == 'tbzh' else 'en-GB'}",
        ]
    if name == "huawei":
        return [
            f"Message-ID: <{h[:16].lower()}@email.android.com>",
            *irt_refs,
            "X-Mailer: Huawei Email",
        ]
    if name == "sina":
        return [
            f"Message-ID: <{h[:14].lower()}.{h[14:20].lower()}@sina.com>",
            *irt_refs,
            "X-Mailer: SinaMail 3.0",
        ]
    if name == "android":
        return [f"Message-ID: <{h[:12].lower()}-{h[12:20].lower()}@email.android.com>", *irt_refs]
    raise KeyError(name)


def _html_quote(st: Style, r: Reply) -> str:
    full = block(r, st.quote)
    first = reminder_lines(r)[0]
    cut = full.rfind("\n", 0, full.index(first)) + 1
    head = "\n".join(ln.lstrip("> ").rstrip() for ln in full[:cut].split("\n") if ln.strip(" >"))
    old = html.escape(original(r)).replace("\n", "<br>\n")
    hd = html.escape(head.replace("&nbsp;", " ").replace("&gt;", ">")).replace("\n", "<br>\n")
    f = st.family
    if f == "qq":
        return (
            f'<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{hd.split("<br>")[0]}</div>'
            f'<div style="font-size: 12px;background:#efefef;padding:8px;">{"<br>".join(hd.split("<br>")[1:])}</div><div><br></div>{old}'
        )
    if f == "qqapp":
        return f'<div id="original-content"><br>{hd}<br><br>{old}</div>'
    if f == "gmail":
        return (
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{hd}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{old}</blockquote></div>'
        )
    if f == "apple":
        return f'<div dir="ltr"><br><blockquote type="cite">{hd}</blockquote></div><blockquote type="cite"><div dir="ltr">{old}</div></blockquote>'
    if f == "163":
        return f'<div id="divNeteaseMailCard"></div><br><p>{hd}</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{old}</blockquote>'
    if f == "mm":
        return f'<div class="J-reply ntes-mailmaster-quote"><div style="font-size:12px;padding:8px;background:#f2f2f2">{hd}</div><div>{old}</div></div>'
    if f == "fox":
        return (
            f'<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{html.escape(r.sender[1])}</div></div></span></div>'
            f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">{hd}</div></div><div class="FoxDiv20261202{r.n:06d}">{old}</div></blockquote>'
        )
    if f == "ali":
        return f'<div class="__aliyun_email_body_block"><blockquote  style="margin-right:.0px;margin-top:.0px;margin-bottom:.0px;">{hd}<br><br>{old}</blockquote></div>'
    if f == "ol":
        return (
            f'<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">{hd}</p></div></div>'
            f'<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">{old}</p>'
        )
    if f == "owa":
        return (
            f'<div id="appendonsend"></div><hr tabindex="-1" style="display:inline-block; width:98%"><div id="divRplyFwdMsg" dir="ltr">'
            f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hd}</font><div>&nbsp;</div></div><div>{old}</div>'
        )
    if f == "tb":
        return f'<div class="moz-cite-prefix">{hd}<br></div><blockquote type="cite" cite="mid:{r.ck_id[1:-1]}">{old}</blockquote>'
    return f"<div><br></div><div>{hd}<br><br>{old}</div>"


def _text(st: Style, r: Reply) -> str:
    own = r.body + (f"\n\n{st.tagline}" if st.tagline else "")
    if r.noquote:
        return own
    q = block(r, st.quote)
    if st.quote == "qqweb" and st.layout == "alt" and st.charset == "gb18030":
        own = own.replace(" ", "&nbsp;") if "  " in own else own
    if r.below:
        return f"{q}\n\n{own}\n"
    gap = "\n\n\n\n" if st.family == "163" else "\n\n"
    return f"{own}{gap}{q}\n"


def _html(st: Style, r: Reply) -> str:
    own = "".join(f"<div>{html.escape(ln) or '<br>'}</div>" for ln in r.body.split("\n"))
    if st.tagline:
        own += f'<div><br></div><div id="signature">{html.escape(st.tagline)}</div>'
    q = "" if r.noquote else _html_quote(st, r)
    if st.family == "ol":
        return (
            f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset={st.charset}">'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN" link="#0563C1"><div class="WordSection1">'
            f"{own.replace('<div>', '<p class=MsoNormal>').replace('</div>', '</p>')}{q}</div></body></html>"
        )
    body = f"{q}{own}" if r.below else f"{own}{q}"
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={st.charset}"></head><body>{body}</body></html>'


def render(name: str, r: Reply) -> bytes:
    """The whole message ``name``'s client would put on the wire for reply ``r``."""
    st = STYLES[name]
    if st.charset == "us-ascii" and not (_text(st, r) + _html(st, r)).isascii():
        st = replace(st, charset="utf-8", cte="quoted-printable")
    when = r.when.astimezone(UTC) if st.utc else r.when
    date = format_datetime(when) + st.date_tail
    if st.utc:
        date = date.replace("-0000", "+0000")
    subj = st.prefix + SUBJECT[r.thread]
    cs_subj = st.subj_cs if not subj.isascii() else st.subj_cs
    subject = subj if subj.isascii() else enc_word(subj, cs_subj, st.subj_mode)
    name_cs = st.subj_cs if st.subj_cs.lower() not in ("us-ascii",) else "utf-8"
    on, oa = ours(r)
    quoted = name in ("qqweb", "qqhtml", "exmail", "exmailen", "qqapp", "qqappen")
    sender = addr(r.sender[0], r.sender[1], name_cs, quoted)
    if name == "foxmail":
        sender = f'"{r.sender[1]}" <{r.sender[1]}>'
    hs = [
        f"From: {sender}",
        f"To: {addr(on, oa, name_cs, quoted)}",
        f"Subject: {subject}",
        f"Date: {date}",
    ]
    hs += _headers(name, st, r)
    if not any(h.startswith("Mime-Version") for h in hs):
        hs.append("MIME-Version: 1.0")
    txt = _text(st, r)
    if st.layout == "text":
        extra = "; format=flowed" if st.quote.startswith("tb") else ""
        body = part("text/plain", st.charset, st.cte, txt, st.eol, extra)
    elif st.layout == "html":
        body = part("text/html", st.charset, st.cte, _html(st, r), st.eol)
    else:
        h = r.h
        if st.family in ("qq", "qqapp"):
            bnd = f"----=_NextPart_{h[:8]}_{h[8:16]}_{h[16:24]}"
        elif st.family == "163":
            bnd = f"----=_Part_{int(h[:4], 16)}_{int(h[4:12], 16)}.1764{int(h[12:17], 16):09d}"
        elif st.family == "fox":
            bnd = f"----=_001_NextPart{int(h[:10], 16) % 10**12:012d}_=----"
        elif st.family == "ali":
            bnd = f"----=ALIBOUNDARY_{int(h[:4], 16)}_{h[4:16].lower()}_{h[16:24].lower()}_{h[24:29].lower()}"
        elif st.family == "gmail":
            bnd = "000000000000" + h[:16].lower()
        elif st.family == "apple":
            bnd = f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        else:
            bnd = f"_000_{h[:32]}_"
        parts = [
            part("text/plain", st.charset, st.cte, txt, st.eol),
            part("text/html", st.charset, st.html_cte or st.cte, _html(st, r), st.eol),
        ]
        body = multipart("alternative", bnd, parts)
    if r.atts:
        mixed = f"----=_MixPart_{r.h[:12]}"
        body = multipart(
            "mixed",
            mixed,
            [body] + [attachment(a, name) for a in r.atts],
            "This is a multi-part message in MIME format." if name == "foxmail" else "",
        )
    return ("\r\n".join(hs) + "\r\n").encode() + body
