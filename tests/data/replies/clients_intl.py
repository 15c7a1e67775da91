"""Outlook (desktop zh-CN/zh-TW/en, web, mobile), Gmail (en/zh/zh-TW, Android), Apple Mail
(macOS, iOS), Thunderbird. Each follows /work/shared/MAIL-CLIENTS.md."""

from __future__ import annotations

from datetime import UTC

from assemble import Body, build
from mime_parts import addr, enc_header, hexid, html_escape, html_lines, rfc_date, uuid, word
from stamps import ampm, en_outlook, inline_answer, quote_lines, reminder_html, wrap, zh_plain
from world import Reply

OUTLOOK_LABELS = {
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-Hant": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}


def _threading(r: Reply) -> list[str]:
    return [f"In-Reply-To: {r.thread.msgid}", f"References: {r.thread.msgid}"]


def outlook(r: Reply, web: bool = False, mobile: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    ui = r.ui
    charset = {
        "zh": "gb2312",
        "zh-Hant": "big5",
        "en": rng.choice(["us-ascii", "utf-8", "windows-1252"]),
    }[ui]
    if web or mobile:
        charset = "utf-8" if ui != "zh" or rng.random() < 0.7 else "gb2312"
    if not r.own.isascii() and charset in ("us-ascii", "windows-1252"):
        charset = "utf-8"
    f, s, to, _cc, subj = OUTLOOK_LABELS[ui]
    when = t.q_when
    stamp = {
        "zh": zh_plain(when),
        "en": en_outlook(when),
        "zh-Hant": f"{when.year}年{when.month}月{when.day}日 {'上午' if when.hour < 12 else '下午'} {(when.hour - 1) % 12 + 1:02d}:{when.minute:02d}",
    }[ui]
    labels = [
        f"{f}: {t.q_name} <{t.q_addr}>",
        f"{s}: {stamp}",
        f"{to}: {t.q_to_name} <{t.q_to_addr}>",
        f"{subj}: {t.subject}",
    ]
    tagline = ""
    if mobile:
        tagline = {
            "zh": "\n\n获取 Outlook for iOS<https://aka.ms/o0ukef>",
            "zh-Hant": "\n\n取得 iOS 版 Outlook<https://aka.ms/o0ukef>",
            "en": rng.choice(
                [
                    "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>",
                    "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>",
                ]
            ),
        }[ui]
    sep = "_" * (32 if rng.random() < 0.7 else 40) + "\n" if web or mobile else ""
    text = f"{r.own}{tagline}\n\n{sep}" + "\n".join(labels) + f"\n\n{t.quoted_text()}\n"
    own_html = "".join(
        f'<p class="MsoNormal"><span lang="{"ZH-CN" if ui == "zh" else "ZH-TW" if ui == "zh-Hant" else "EN-US"}">{html_escape(ln) or "<o:p>&nbsp;</o:p>"}</span></p>'
        for ln in (r.own + tagline).split("\n")
    )
    label_html = "<br>".join(
        f"<b>{html_escape(ln.split(': ', 1)[0])}:</b> {html_escape(ln.split(': ', 1)[1])}"
        for ln in labels
    )
    if web or mobile:
        html = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body dir="ltr">'
            f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;">{html_lines(r.own + tagline)}</div>'
            f'<div id="appendonsend"></div><hr tabindex="-1" style="display:inline-block; width:98%">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{label_html}</font>'
            f"<div>&nbsp;</div></div>{reminder_html(t)}</body></html>"
        )
    else:
        html = (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}--></style></head>'
            f'<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation"><div class="WordSection1">{own_html}'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{label_html}<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>{reminder_html(t)}</div></body></html>'
        )
    prefix = {"zh": "回复: " if web or mobile else "答复: ", "zh-Hant": "回覆: ", "en": "RE: "}[ui]
    wcs = "utf-8" if charset in ("us-ascii", "windows-1252") else charset
    subject = prefix + t.subject
    exchange = web or mobile or rng.random() < 0.6
    domain = r.sender_addr.split("@")[1]
    sent = r.sent.astimezone(UTC) if exchange else r.sent
    headers = [
        "From: " + addr(r.sender_name, r.sender_addr, wcs),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr, wcs),
        enc_header("Subject", subject, wcs),
    ]
    if exchange:
        topic = enc_header("Thread-Topic", t.subject, wcs)
        host = f"{rng.choice(['SEYPR06MB', 'TYZPR03MB', 'PUZPR06MB'])}{rng.randrange(1000, 9999)}"
        headers += [
            topic,
            f"Thread-Index: AQH{hexid(rng, 20, False)}",
            f"Date: {rfc_date(sent)}",
            f"Message-ID: <{host}{hexid(rng, 12)}@{host}.apcprd06.prod.outlook.com>"
            if web or mobile
            else f"Message-ID: <{hexid(rng, 32, False)}@{domain}>",
            *_threading(r),
            f"Accept-Language: {'zh-CN' if ui == 'zh' else 'zh-TW' if ui == 'zh-Hant' else 'en-US'}, en-US",
            f"Content-Language: {'zh-CN' if ui == 'zh' else 'zh-TW' if ui == 'zh-Hant' else 'en-US'}",
            f"X-MS-Has-Attach: {'yes' if r.attachments else ''}".rstrip(),
            "X-MS-TNEF-Correlator:",
            "MIME-Version: 1.0",
        ]
    else:
        headers += [
            f"Date: {rfc_date(sent)}",
            f"Message-ID: <0{hexid(rng, 3, False)}01db{hexid(rng, 4, False)}${hexid(rng, 8, False)}${hexid(rng, 8, False)}$@{domain}>",
            *_threading(r),
            "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0",
            f"Thread-Index: Ad{hexid(rng, 22, False)}",
            f"Content-Language: {'zh-cn' if ui == 'zh' else 'zh-tw' if ui == 'zh-Hant' else 'en-us'}",
        ]
    cte = "base64" if charset in ("gb2312", "big5") else "quoted-printable"
    if charset == "us-ascii":
        cte = "7bit"
    body = Body(
        charset,
        cte,
        "quoted-printable" if cte != "base64" else "base64",
        f"_000_{hexid(rng, 12)}{'SEYPR06MB' if exchange else ''}_",
        f"_004_{hexid(rng, 12)}_",
    )
    if charset == "us-ascii":
        body = Body(charset, "7bit", "quoted-printable", body.alt_boundary, body.mixed_boundary)
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def outlook_web(r: Reply) -> bytes:
    return outlook(r, web=True)


def outlook_mobile(r: Reply) -> bytes:
    return outlook(r, mobile=True)


def gmail(r: Reply, android: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    when = t.q_when
    who = f"{t.q_name} <{t.q_addr}>"
    if r.ui == "zh":
        attr = f"{who} 于{when.year}年{when.month}月{when.day}日周{'一二三四五六日'[when.weekday()]} {when:%H:%M}写道："
    elif r.ui == "zh-Hant":
        attr = f"{who} 於 {when.year}年{when.month}月{when.day}日 週{'一二三四五六日'[when.weekday()]} {'上午' if when.hour < 12 else '下午'}{(when.hour - 1) % 12 + 1}:{when.minute:02d}寫道："
    else:
        attr = f"On {when:%a}, {when:%b} {when.day}, {when.year} at {ampm(when, chr(0x202F))} {who} wrote:"
    quoted = quote_lines(wrap(t.quoted_text()))
    text = f"{r.own}\n\n{attr}\n\n{quoted}\n"
    if r.inline_after:
        text = f"{r.intro}\n\n{attr}\n\n{inline_answer(quoted, r.inline_after, r.own)}\n"
    html = (
        f'<div dir="ltr">{html_lines(r.own, "div")}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html_escape(attr)}<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{reminder_html(t)}</blockquote></div>"
    )
    headers = [
        "MIME-Version: 1.0",
        f"References: {t.msgid}",
        f"In-Reply-To: {t.msgid}",
        "From: " + addr(r.sender_name, r.sender_addr),
        f"Date: {rfc_date(r.sent)}",
        f"Message-ID: <CA{hexid(rng, 6, False)}+{hexid(rng, 30, False)}@mail.gmail.com>".replace(
            "+", rng.choice(["+", "_", "-"])
        ),
        enc_header("Subject", "Re: " + t.subject, "UTF-8"),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
    ]
    cjk = not r.own.isascii()
    cte = "base64" if cjk and rng.random() < 0.7 else "quoted-printable"
    b = "000000000000" + hexid(rng, 16, False)
    body = Body("UTF-8", cte, cte, b, "000000000000" + hexid(rng, 16, False))
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def apple(r: Reply, ios: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    when = t.q_when
    if r.ui == "zh":
        attr = (
            f"在 {when.year}年{when.month}月{when.day}日，{when:%H:%M}，{t.q_name} <{t.q_addr}> 写道："
            if ios
            else f"{when.year}年{when.month}月{when.day}日 {when:%H:%M}，{t.q_name} <{t.q_addr}> 写道："
        )
        tag = "\n\n发自我的iPhone" if ios else ""
    elif r.ui == "zh-Hant":
        attr = f"{t.q_name} <{t.q_addr}> 於 {when.year}年{when.month}月{when.day}日 {when:%H:%M} 寫道："
        tag = "\n\n從我的 iPhone 傳送" if ios else ""
    else:
        attr = (
            f"On {when.day} {when:%b %Y}, at {when:%H:%M}, {t.q_name} <{t.q_addr}> wrote:"
            if rng.random() < 0.5
            else f"On {when:%b} {when.day}, {when.year}, at {ampm(when)}, {t.q_name} <{t.q_addr}> wrote:"
        )
        tag = "\n\nSent from my iPhone" if ios else ""
    text = f"{r.own}{tag}\n\n> {attr}\n>\n{quote_lines(t.quoted_text())}\n"
    headers = [
        "From: " + addr(r.sender_name, r.sender_addr),
        "Mime-Version: 1.0 (1.0)"
        if ios
        else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3818.100.11.1.3\\))",
        enc_header(
            "Subject",
            ("回复：" if r.ui != "en" and rng.random() < 0.5 else "Re: ") + t.subject,
            "utf-8",
        ),
        f"Date: {rfc_date(r.sent)}",
        f"Message-Id: <{uuid(rng, True)}@{r.sender_addr.split('@')[1]}>",
        f"References: {t.msgid}",
        f"In-Reply-To: {t.msgid}",
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        f"X-Mailer: iPhone Mail (22B{rng.randrange(10, 99)})"
        if ios
        else "X-Mailer: Apple Mail (2.3818.100.11.1.3)",
    ]
    cte = "7bit" if text.isascii() else "quoted-printable"
    boundary = ("Apple-Mail-" if ios else "Apple-Mail=_") + uuid(rng, True)
    if r.html_only:
        html = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{html_lines(r.own + tag)}<div dir="ltr"><br><blockquote type="cite">{html_escape(attr)}<br><br></blockquote></div><blockquote type="cite">{reminder_html(t)}</blockquote></body></html>'
        return build(
            headers,
            Body("utf-8", cte, "quoted-printable", boundary, boundary, rfc2231=True),
            None,
            html,
            r.attachments,
        )
    body = Body(
        "us-ascii" if cte == "7bit" else "utf-8", cte, cte, boundary, boundary, rfc2231=True
    )
    return build(headers, body, text, None, r.attachments)


def apple_ios(r: Reply) -> bytes:
    return apple(r, ios=True)


def thunderbird(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    when = t.q_when
    if r.ui == "zh":
        attr = f"在 {when.year}/{when.month}/{when.day} {when:%H:%M}, {t.q_name} 写道:"
    else:
        attr = rng.choice(
            [
                f"On {when:%d.%m.%Y %H:%M}, {t.q_name} wrote:",
                f"On {when.year}/{when.month}/{when.day} {when:%H:%M}, {t.q_name} wrote:",
                f"On {when:%m/%d/%Y} {ampm(when)}, {t.q_name} wrote:",
            ]
        )
    quoted = quote_lines(t.quoted_text())
    text = f"{attr}\n{quoted}\n\n{r.own}\n" if r.below else f"{r.own}\n\n{attr}\n{quoted}\n"
    if r.inline_after:
        text = f"{r.intro}\n\n{attr}\n{inline_answer(quoted, r.inline_after, r.own)}\n"
    subject = "Re: " + t.subject
    headers = [
        f"Message-ID: <{uuid(rng)}@{r.sender_addr.split('@')[1]}>",
        f"Date: {rfc_date(r.sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Subject: Re: "
        + " ".join(w if w.isascii() else word(w, "UTF-8", "Q")[0] for w in t.subject.split(" "))
        if not subject.isascii()
        else f"Subject: {subject}",
        "Content-Language: " + ("zh-CN" if r.ui == "zh" else rng.choice(["en-US", "en-GB"])),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr, "UTF-8"),
        f"References: {t.msgid}",
        "From: " + addr(r.sender_name, r.sender_addr, "UTF-8"),
        f"In-Reply-To: {t.msgid}",
    ]
    ascii_ = text.isascii()
    body = Body(
        "UTF-8",
        "7bit" if ascii_ else "8bit",
        "8bit",
        "",
        "------------" + hexid(rng, 24, False)[:24].replace("a", "M"),
        rfc2231=True,
    )
    if r.attachments:
        return build(headers, body, text, None, r.attachments)
    return build(
        headers,
        Body("UTF-8", body.text_cte, "8bit", "", "", text_params="; format=flowed"),
        text,
        None,
        [],
    )
