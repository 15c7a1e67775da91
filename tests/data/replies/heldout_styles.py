"""One builder per client (MAIL-CLIENTS.md), each returning the bytes of a reply."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from html import escape

from heldout_clients import (
    OUR_ADDR,
    OUR_NAME,
    Msg,
    assemble,
    hdr,
    multipart,
    place,
    quoted,
    rfc_date,
    textpart,
    to_html,
    word,
    wrap_atts,
)


def _hex(m: Msg, n: int = 24) -> str:
    return hashlib.sha1(f"{m.n}{m.body}".encode()).hexdigest().upper()[:n]


def _from(m: Msg, charset: str = "utf-8", quote_word: bool = False) -> str:
    name, address = m.sender
    if name.isascii():
        return f'"{name}" <{address}>'
    w = word(name, charset)
    return f'"{w}" <{address}>' if quote_word else f"{w} <{address}>"


def _to(m: Msg, charset: str = "utf-8") -> str:
    return f"{word(OUR_NAME, charset)} <{OUR_ADDR}>"


def _subject(prefix: str, m: Msg, charset: str = "utf-8") -> str:
    return "Subject: " + hdr(prefix + m.subject, charset)


def _att_note(m: Msg) -> str:
    return "yes" if m.atts else "no"


# ------------------------------------------------------------------ QQ family


def _qq_block(m: Msg, entities: bool, app: bool = False) -> str:
    sp = "&nbsp;" if entities else " "
    gt = "&gt;" if entities else ">"
    if m.ui == "en":
        sent = "Tue, Dec 1, 2026 10:00 AM"
        return (
            f"------------------{sp}Original{sp}------------------\n"
            f'From: "{OUR_NAME}"<{OUR_ADDR}{gt};\nDate:{sp}{sent}\n'
            f'To:{sp}"{m.to_name}"<{m.sender[1]}{gt};\nSubject:{sp}{m.subject}\n\n'
        )
    if app:
        return (
            "------------------ 原始邮件 ------------------\n"
            f"发件人: {OUR_NAME} <{OUR_ADDR}>\n发送时间: 2026年12月1日 10:00\n"
            f"收件人: {m.to_name} <{m.sender[1]}>\n主题: {m.subject}\n\n"
        )
    return (
        f"------------------{sp}原始邮件{sp}------------------\n"
        f'发件人: "{OUR_NAME}"<{OUR_ADDR}{gt};\n'
        f"发送时间:{sp}2026年12月1日(星期二) 上午10:00\n"
        f'收件人:{sp}"{m.to_name}"<{m.sender[1]}{gt};\n'
        f'抄送:{sp}"财务 赵女士"<finance@client.example.cn{gt};\n'
        f"主题:{sp}{m.subject}\n\n"
    )


def _qq_html(m: Msg) -> str:
    own = to_html(m.body)
    label = "原始邮件" if m.ui != "en" else "Original"
    return (
        f'<meta http-equiv="Content-Type" content="text/html; charset=GB18030">{own}<div><br></div>'
        '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
        f"------------------&nbsp;{label}&nbsp;------------------</div>"
        '<div style="font-size: 12px;background:#efefef;padding:8px;">'
        f'<div><b>发件人:</b>&nbsp;"{OUR_NAME}"&lt;{OUR_ADDR}&gt;;</div>'
        "<div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 上午10:00</div>"
        f"<div><b>主题:</b>&nbsp;{m.subject}</div></div><div><br></div>{to_html(m.original)}"
    )


def qq_web(m: Msg, exmail: bool = False) -> bytes:
    charset = "utf-8" if exmail else "gb18030"
    text = place(m, _qq_block(m, entities=True), m.original)
    html = _qq_html(m)
    alt = multipart(
        "alternative",
        "----=_NextPart_5D2FE66D_08C40240_72AD9D14",
        [textpart(text, charset, "base64"), textpart(html, charset, "base64", "html")],
    )
    body = wrap_atts(m, alt, "----=_NextPart_5D2FE66D_08C40240_72AD9D15", charset="gb18030")
    hid = _hex(m, 40 if exmail else 24)
    prefix = "Re:" if m.ui == "en" else "回复："
    headers = [
        f"Received: from qq.com (unknown [127.0.0.1]) by {'bizesmtp' if exmail else 'smtp'}.qq.com (ESMTP) with SMTP id ; {rfc_date(m.when)} (CST)",
        f"From: {_from(m, 'gb18030', quote_word=True)}",
        f'To: "{word(OUR_NAME, "gb18030")}" <{OUR_ADDR}>',
        "Subject: " + word(prefix + m.subject, charset),
        "Mime-Version: 1.0",
        f"Date: {rfc_date(m.when)}",
        "X-Priority: 3",
        f"Message-ID: <tencent_{hid}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
        f"X-QQ-mid: xmsezb41-0t1764640000t{_hex(m, 9).lower()}",
        "X-QQ-STYLE: ",
        f"X-QQ-ReplyHash: 3{m.n:09d}",
        f"X-HAS-ATTACH: {_att_note(m)}",
        f"In-Reply-To: {m.parent}",
        f"References: {m.parent}",
    ]
    if exmail:
        headers += [
            f"X-BIZMAIL-ID: 5{m.n:018d}",
            "Feedback-ID: lv:client.example.cn:qybglogicsvrgz:qybglogicsvrgz8a-1",
        ]
    else:
        headers.append("Feedback-ID: webmail:qq.com:bgweb:bgweb12")
    return assemble(headers + ["Content-Transfer-Encoding: 8Bit"], body)


def exmail(m: Msg) -> bytes:
    return qq_web(m, exmail=True)


def qq_app(m: Msg) -> bytes:
    tag = "\n\n发自我的iPhone" if m.ui != "en" else ""
    text = m.body + tag + "\n\n\n" + _qq_block(m, entities=False, app=True) + m.original
    html = f'<div>{to_html(m.body)}</div><div id="original-content">{to_html(m.original)}</div>'
    alt = multipart(
        "alternative",
        "----=_NextPart_6A1BC3D0_0B8E2A10_1C2D3E4F",
        [textpart(text, "utf-8", "base64"), textpart(html, "utf-8", "base64", "html")],
    )
    body = wrap_atts(m, alt, "----=_NextPart_6A1BC3D0_0B8E2A10_1C2D3E50")
    headers = [
        f"From: {_from(m, 'utf-8', quote_word=True)}",
        f"To: {_to(m)}",
        "Subject: " + word("回复：" + m.subject, "utf-8"),
        "Mime-Version: 1.0",
        f"Date: {rfc_date(m.when)}",
        f"Message-ID: <tencent_{_hex(m)}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: iPhone Mail (QQMail)",
        "X-QQ-WAPMAIL: 1",
        f"X-QQ-mid: riamail{m.n}t1764640000t{_hex(m, 9).lower()}",
        f"References: {m.parent}",
    ]
    return assemble(headers + ["Content-Transfer-Encoding: 8Bit"], body)


# ------------------------------------------------------------------ NetEase / Coremail


def netease(m: Msg, domain: str = "163.com", corp: bool = False) -> bytes:
    attrib = (
        f'在 2026-12-01 10:00:00，"{OUR_NAME}" <{OUR_ADDR}> 写道：\n'
        if m.ui != "en"
        else f'At 2026-12-01 10:00:00, "{OUR_NAME}" <{OUR_ADDR}> wrote:\n'
    )
    q = quoted(m.original, ">")
    if m.below or m.inline:
        text = place(m, attrib, q)
    else:
        text = "\n\n" + m.body + "\n\n\n\n\n\n" + attrib + q + "\n"
    html = (
        f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{to_html(m.body)}'
        '<br><br><br><div id="divNeteaseMailCard"></div><br>'
        f'<p>{attrib.strip()}</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
        f"{to_html(m.original)}</blockquote></div>"
    )
    charset = "UTF-8" if corp else "GBK"
    boundary = f"----=_Part_{22000 + m.n}_1558093035.1764640{m.n:06d}"
    alt = multipart(
        "alternative",
        boundary,
        [
            textpart(text, charset, "base64", eol="\n"),
            textpart(html, charset, "base64", "html", eol="\n"),
        ],
    )
    body = wrap_atts(m, alt, boundary + "x", "2047", "GBK" if not corp else "UTF-8")
    user = m.sender[1].split("@")[0]
    mailer = (
        "Coremail Webmail Server Version XT6.0.3 build 20240305(9de5bb5a)\r\n Copyright (c) 2002-2024 www.mailtech.cn client.example.cn"
        if corp
        else "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\r\n Copyright (c) 2002-2024 www.mailtech.cn 163com"
    )
    headers = [
        f"Received: from {user}${domain} ( [223.104.3.{m.n % 250}] ) by ajax-webmail-wmsvr{600 + m.n % 99} (Coremail) ; {rfc_date(m.when)} (CST)",
        f"Date: {rfc_date(m.when)}{' (GMT+08:00)' if corp else ' (CST)'}",
        f"From: {_from(m, charset)}",
        f"To: {_to(m, charset)}",
        "Subject: " + word(("Re: " if corp else "Re:") + m.subject, charset),
        "X-Priority: 3",
        f"X-Mailer: {mailer}",
        f"In-Reply-To: {m.parent}",
        f"References: {m.parent}",
        "X-NTES-SC: AL_Qu2YAf2bu0gp5SKRYekZnEYQheY4XMKyuPkg1YJXOp80iSbB+i0Hf",
        "MIME-Version: 1.0",
        f"Message-ID: <{_hex(m, 8).lower()}.{_hex(m, 4).lower()}.{_hex(m, 11).lower()}.Coremail.{user}@{domain}>",
        f"X-Coremail-Locale: {'zh_CN' if m.ui != 'en' else 'en_US'}",
        "X-CM-TRANSID:_____wD3P0yWqS1nFb0CAA--.12345S2",
    ]
    return assemble(headers, body)


def n163(m: Msg) -> bytes:
    return netease(m)


def n126(m: Msg) -> bytes:
    return netease(m, "126.com")


def coremail(m: Msg) -> bytes:
    return netease(m, "client.example.cn", corp=True)


def mailmaster(m: Msg) -> bytes:
    en = m.ui == "en"
    sep = "---- Replied Message ----" if en else "---- 回复的原邮件 ----"
    rows = (
        [
            ("From", f"{OUR_NAME}<{OUR_ADDR}>"),
            ("Date", "12/01/2026 10:00"),
            ("To", f"{m.to_name}<{m.sender[1]}>"),
            ("Subject", m.subject),
        ]
        if en
        else [
            ("发件人", f"{OUR_NAME}<{OUR_ADDR}>"),
            ("发送日期", "2026年12月01日 10:00"),
            ("收件人", f"{m.to_name}<{m.sender[1]}>"),
            ("主题", m.subject),
        ]
    )
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    tag = "发自网易邮箱大师" if not en else "Sent from NetEase Mail Master"
    text = m.body + "\n\n" + tag + "\n" + sep + "\n" + table + "\n" + m.original + "\n"
    trs = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    html = (
        f'<div>{to_html(m.body)}</div><div id="imail_signature" class="ntes-signature"><div>{tag}</div></div>'
        f'<div class="J-reply ntes-mailmaster-quote"><div><span>{sep}</span></div><table>{trs}</table>'
        f"<div>{to_html(m.original)}</div></div>"
    )
    alt = multipart(
        "alternative",
        f"----=_Part_{31000 + m.n}_1820455226.1764641{m.n:06d}",
        [textpart(text, "UTF-8", "base64"), textpart(html, "UTF-8", "base64", "html")],
    )
    body = wrap_atts(m, alt, f"----=_Part_{31000 + m.n}_1820455226.x")
    headers = [
        f"Date: {rfc_date(m.when)}",
        f"From: {_from(m)}",
        f"To: {_to(m)}",
        f"Message-ID: <{_hex(m, 8)}-{_hex(m, 4)}.mailmaster@163.com>",
        f"In-Reply-To: {m.parent}",
        f"References: {m.parent}",
        "Subject: " + word(("Re: " if en else "回复：") + m.subject, "UTF-8"),
        "MIME-Version: 1.0",
        "X-Mailer: NetEase MailMaster 5.2.1.1013",
    ]
    return assemble(headers, body)


def mailmaster_ios(m: Msg) -> bytes:
    """One text/html part, QP, UTF-8 (a real iOS reply)."""
    html = (
        f"<html><body><div>{to_html(m.body)}</div><div><br></div>"
        '<div class="ntes-mailmaster-quote"><div>---- 回复的原邮件 ----</div><table>'
        f"<tr><td>发件人</td><td>{OUR_NAME}&lt;{OUR_ADDR}&gt;</td></tr>"
        "<tr><td>发送日期</td><td>2026年12月01日 10:00</td></tr>"
        f"<tr><td>主题</td><td>{m.subject}</td></tr></table>{to_html(m.original)}</div></body></html>"
    )
    part = textpart(html, "utf-8", "quoted-printable", "html")
    body = wrap_atts(m, part, f"Apple-Mail-{_hex(m, 8)}-MM")
    headers = [
        f"From: {_from(m)}",
        f"To: {_to(m)}",
        "Subject: " + word("回复：" + m.subject, "utf-8"),
        f"Date: {rfc_date(m.when)}",
        f"Message-ID: <{_hex(m, 8)}-{_hex(m, 4)}-{_hex(m, 4)}-{_hex(m, 12)}@126.com>",
        f"In-Reply-To: {m.parent}",
        f"References: {m.parent}",
        "MIME-Version: 1.0",
        "X-Mailer: MailMasterIOS/7.14.6.1944 (16.1.1)",
    ]
    return assemble(headers, body)


# ------------------------------------------------------------------ Foxmail, Alimail, Huawei


def foxmail(m: Msg) -> bytes:
    sig = m.sender[1]
    text = (
        "\n" + m.body + "\n\n\n" + sig + "\n \n"
        f"发件人： {OUR_NAME}\n发送时间： 2026-12-01 10:00\n收件人： {m.to_name}\n抄送： 财务 赵女士\n主题： {m.subject}\n"
        + m.original
        + "\n"
    )
    html = (
        f"<html><body><div>{to_html(m.body)}</div><div><br></div>"
        '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
        f"<div><span>{sig}</span></div>"
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
        f'<div><b>发件人：</b>&nbsp;<a href="mailto:{OUR_ADDR}">{OUR_NAME}</a></div><div><b>发送时间：</b>&nbsp;2026-12-01&nbsp;10:00</div>'
        f'<div><b>主题：</b>&nbsp;{m.subject}</div></div></div><div class="FoxDiv20261202{m.n:06d}">{to_html(m.original)}</div></blockquote></body></html>'
    )
    boundary = f"----=_001_NextPart{m.n:012d}_=----"
    alt = multipart(
        "alternative",
        boundary.replace("001", "002"),
        [
            textpart(text, "GB18030", "base64"),
            textpart(html, "GB18030", "quoted-printable", "html"),
        ],
    )
    body = wrap_atts(m, alt, boundary, charset="GB18030") if m.atts else alt
    headers = [
        f"Date: {rfc_date(m.when)}",
        f'From: "{m.sender[1]}" <{m.sender[1]}>',
        f"To: {_to(m, 'GB18030')}",
        "Subject: " + word("回复: " + m.subject, "GB18030"),
        f"References: {m.parent}, <ck.HZ-2026-017.midterm.notice.0@example.cn>",
        "X-Priority: 3",
        f"X-Has-Attach: {_att_note(m)}",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: <20261202{m.n:06d}{m.n:07d}@client.example.cn>",
    ]
    return assemble(
        headers, "This is a multi-part message in MIME format.\r\n\r\n" + body if False else body
    )


def alimail(m: Msg) -> bytes:
    block = (
        "-" * 66 + "\n"
        f"发件人：{OUR_NAME} <{OUR_ADDR}>\n发送时间：2026年12月1日(星期二) 10:00\n"
        f"收件人：{m.to_name} <{m.sender[1]}>\n抄　送：财务 赵女士 <finance@client.example.cn>\n主　题：{m.subject}\n\n"
    )
    text = place(m, block, m.original)
    html = (
        f'<div class="__aliyun_email_body_block">{to_html(m.body).replace(" ", "&nbsp;")}'
        f'<blockquote  style="margin-right:.0px;margin-top:.0px;margin-bottom:.0px;"><div>{"-" * 66}</div>'
        f"<div>发件人：{OUR_NAME} &lt;{OUR_ADDR}&gt;</div><div>发送时间：2026年12月1日(星期二) 10:00</div>"
        f"<div>主　题：{m.subject}</div>{to_html(m.original)}</blockquote></div>"
    )
    alt = multipart(
        "alternative",
        f"----=ALIBOUNDARY_{78000 + m.n}_7f4bf1157940_60bdb573_d3cfe",
        [
            textpart(text, "UTF-8", "quoted-printable"),
            textpart(html, "UTF-8", "quoted-printable", "html"),
        ],
    )
    body = wrap_atts(m, alt, f"----=ALIBOUNDARY_{78000 + m.n}_7f4bf1157940_60bdb573_mixed")
    headers = [
        f"Date: {rfc_date(m.when)}",
        f"From: {_from(m)}",
        f"Reply-To: {_from(m)}",
        f"To: {_to(m)}",
        f"Message-ID: <{_hex(m, 8).lower()}-{_hex(m, 4).lower()}-4{_hex(m, 3).lower()}-a{_hex(m, 3).lower()}-{_hex(m, 12).lower()}.chen@client.example.cn>",
        "Subject: " + word("回复：" + m.subject, "UTF-8"),
        "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]",
        "MIME-Version: 1.0",
        f"References: {m.parent}",
        f"In-Reply-To: {m.parent}",
        "x-aliyun-mail-creator: W4_6173578_DEFAULT_Chrome",
    ]
    return assemble(headers, body)


def huawei(m: Msg) -> bytes:
    text = (
        m.body + "\n\n发自我的华为手机\n\n\n-------- 原始邮件 --------\n"
        f"发件人： {OUR_NAME} <{OUR_ADDR}>\n日期： 2026年12月1日周二 上午10:00\n"
        f"收件人： {m.to_name} <{m.sender[1]}>\n主 题： {m.subject}\n\n" + m.original + "\n"
    )
    part = textpart(text, "UTF-8", "base64")
    body = wrap_atts(m, part, f"--_com.android.email_{m.n}1234567890")
    headers = [
        f"Date: {rfc_date(m.when)}",
        f"From: {_from(m)}",
        f"To: {_to(m)}",
        "Subject: " + word("回复：" + m.subject, "UTF-8"),
        f"Message-ID: <{_hex(m, 12).lower()}@email.android.com>",
        f"In-Reply-To: {m.parent}",
        "MIME-Version: 1.0",
        "X-Mailer: Huawei Email",
    ]
    return assemble(headers, body)


# ------------------------------------------------------------------ Outlook family


def _outlook_labels(m: Msg) -> tuple[str, str]:
    if m.ui == "zh-Hant":
        return (
            f"寄件者: {OUR_NAME} <{OUR_ADDR}>\n寄件日期: 2026年12月1日 上午 10:00\n"
            f"收件者: {m.to_name} <{m.sender[1]}>\n副本: finance@client.example.cn\n主旨: {m.subject}\n\n",
            "回覆: ",
        )
    if m.ui == "en":
        return (
            f"From: {OUR_NAME} <{OUR_ADDR}>\nSent: Tuesday, December 1, 2026 10:00 AM\n"
            f"To: {m.to_name} <{m.sender[1]}>\nCc: accounts@acme.example.com\nSubject: {m.subject}\n\n",
            "RE: ",
        )
    return (
        f"发件人: {OUR_NAME} <{OUR_ADDR}>\n发送时间: 2026年12月1日 10:00\n"
        f"收件人: {m.to_name} <{m.sender[1]}>\n抄送: 财务 赵女士 <finance@client.example.cn>\n主题: {m.subject}\n\n",
        "答复: ",
    )


def outlook(m: Msg) -> bytes:
    labels, prefix = _outlook_labels(m)
    charset = {"zh": "gb2312", "zh-Hant": "big5", "en": "us-ascii"}[m.ui]
    if m.thread == "zh" and m.ui == "en":
        charset = "utf-8"
    text = m.body + "\n" if m.noquote else m.body + "\n\n" + labels + m.original + "\n"
    try:
        probe = text + m.sender[0] + ("" if m.noquote else m.subject + OUR_NAME)
        probe.encode({"gb2312": "gbk", "big5": "big5hkscs"}.get(charset, charset))
    except UnicodeEncodeError:
        charset = "utf-8"
    body_p = "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in m.body.split("\n"))
    label_p = "".join(
        "<p class=MsoNormal><b>" + line.split(":", 1)[0] + ":</b>" + line.split(":", 1)[-1] + "</p>"
        for line in labels.strip().split("\n")
    )
    orig_p = "".join(f"<p class=MsoNormal>{line}</p>" for line in m.original.split("\n"))
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN">'
        f'<div class="WordSection1">{body_p}'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"{label_p}</div>{orig_p}</div></body></html>"
    )
    if m.noquote:
        html = f'<html><body lang="ZH-TW"><div class="WordSection1">{body_p}</div></body></html>'
    cte = "base64" if charset != "us-ascii" else "7bit"
    alt = multipart(
        "alternative",
        f"_000_SEYPR06MB{m.n:04d}ABCDapcprd06prod_",
        [
            textpart(text, charset, cte),
            textpart(html, charset, "quoted-printable" if cte == "7bit" else cte, "html"),
        ],
    )
    body = wrap_atts(
        m,
        alt,
        f"_004_SEYPR06MB{m.n:04d}ABCDapcprd06prod_",
        charset="gb2312" if charset == "gb2312" else "utf-8",
    )
    subj_charset = charset if charset != "us-ascii" else "utf-8"
    headers = [
        f"From: {_from(m, subj_charset)}",
        f"To: {_to(m, subj_charset) if not m.noquote else OUR_ADDR}",
        "Subject: " + hdr(prefix + m.subject, subj_charset if not m.noquote else "utf-8"),
        "Thread-Topic: " + hdr(m.subject, subj_charset if not m.noquote else "utf-8"),
        "Thread-Index: AQHbY2kLq0n3wEo1R0mY1p3dV2bq8w==",
        f"Date: {rfc_date(m.when, utc=True)}",
        f"Message-ID: <SEYPR06MB{m.n:04d}7A1B2C3D4E5F@SEYPR06MB{m.n:04d}.apcprd06.prod.outlook.com>",
        f"References: {m.parent}",
        f"In-Reply-To: {m.parent}",
        "Accept-Language: zh-CN, en-US" if m.ui != "en" else "Accept-Language: en-US",
        "Content-Language: " + {"zh": "zh-CN", "zh-Hant": "zh-TW", "en": "en-US"}[m.ui],
        f"X-MS-Has-Attach: {'yes' if m.atts else ''}",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ]
    return assemble(headers, body)


def outlook_web(m: Msg) -> bytes:
    labels, _ = _outlook_labels(m)
    text = m.body + "\n\n" + "_" * 32 + "\n" + labels + m.original + "\n"
    html = (
        f'<html><body><div>{to_html(m.body)}</div><div id="appendonsend"></div>'
        '<hr tabindex="-1" style="display:inline-block; width:98%">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{'<br>'.join(labels.strip().split(chr(10)))}</font><div>&nbsp;</div></div>{to_html(m.original)}</body></html>"
    )
    alt = multipart(
        "alternative",
        f"_000_TYZPR06MB{m.n:04d}QWERapcprd06prod_",
        [textpart(text, "utf-8", "base64"), textpart(html, "utf-8", "base64", "html")],
    )
    body = wrap_atts(m, alt, f"_004_TYZPR06MB{m.n:04d}QWERapcprd06prod_")
    prefix = {"zh": "回复: ", "zh-Hant": "回覆: ", "en": "Re: "}[m.ui]
    headers = [
        f"From: {_from(m)}",
        f"To: {_to(m)}",
        "Subject: " + hdr(prefix + m.subject),
        "Thread-Topic: " + hdr(m.subject),
        f"Date: {rfc_date(m.when, utc=True)}",
        f"Message-ID: <TYZPR06MB{m.n:04d}9F8E7D6C@TYZPR06MB{m.n:04d}.apcprd06.prod.outlook.com>",
        f"References: {m.parent}",
        f"In-Reply-To: {m.parent}",
        "Content-Language: " + {"zh": "zh-CN", "zh-Hant": "zh-TW", "en": "en-GB"}[m.ui],
        "MIME-Version: 1.0",
    ]
    return assemble(headers, body)


def outlook_mobile(m: Msg) -> bytes:
    tag = {
        "zh": "获取 Outlook for iOS",
        "zh-Hant": "取得 iOS 版 Outlook",
        "en": "Get Outlook for Android",
    }[m.ui]
    m2 = Msg(**{**m.__dict__, "body": m.body + "\n\n" + tag})
    return outlook_web(m2)


# ------------------------------------------------------------------ Gmail, Apple, Thunderbird


def gmail(m: Msg) -> bytes:
    if m.ui == "en":
        attrib = f"On Tue, Dec 1, 2026 at 10:00\u202fAM {OUR_NAME} <{OUR_ADDR}> wrote:"
    elif m.ui == "zh-Hant":
        attrib = f"{OUR_NAME} <{OUR_ADDR}> 於 2026年12月1日 週二 上午10:00寫道："
    else:
        attrib = f"{OUR_NAME} <{OUR_ADDR}> 于2026年12月1日周二 10:00写道："
    q = quoted(m.original)
    text = place(m, attrib + "\n\n", q + "\n")
    html = (
        f'<div dir="ltr">{to_html(m.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{escape(attrib)}<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{to_html(m.original)}</blockquote></div>"
    )
    cte = "quoted-printable" if m.ui == "en" else "base64"
    boundary = f"000000000000{_hex(m, 16).lower()}"
    alt = multipart(
        "alternative",
        boundary,
        [textpart(text, "UTF-8", cte), textpart(html, "UTF-8", cte, "html")],
    )
    body = wrap_atts(m, alt, "000000000000" + _hex(m, 15).lower() + "f", "2047")
    headers = [
        "MIME-Version: 1.0",
        f"References: {m.parent}",
        f"In-Reply-To: {m.parent}",
        f"From: {_from(m)}",
        f"Date: {rfc_date(m.when)}",
        f"Message-ID: <CAG{_hex(m, 20)}+kq=x{m.n}@mail.gmail.com>",
        "Subject: " + hdr("Re: " + m.subject),
        f"To: {_to(m)}",
    ]
    return assemble(headers, body)


def apple(m: Msg, ios: bool = False) -> bytes:
    if m.ui == "en":
        attrib = (
            f"On 1 Dec 2026, at 10:00, {OUR_NAME} <{OUR_ADDR}> wrote:"
            if not ios
            else (f"On Dec 1, 2026, at 10:00 AM, {OUR_NAME} <{OUR_ADDR}> wrote:")
        )
        tag = "\n\nSent from my iPhone" if ios else ""
    elif m.ui == "zh-Hant":
        attrib = f"在 2026年12月1日，上午10:00，{OUR_NAME} <{OUR_ADDR}> 寫道："
        tag = "\n\n從我的 iPhone 傳送" if ios else ""
    else:
        attrib = (
            f"在 2026年12月1日，10:00，{OUR_NAME} <{OUR_ADDR}> 写道："
            if ios
            else f"2026年12月1日 10:00，{OUR_NAME} <{OUR_ADDR}> 写道："
        )
        tag = "\n\n发自我的iPhone" if ios else ""
    text = m.body + tag + "\n\n" + quoted(attrib + "\n\n" + m.original) + "\n"
    if ios and m.ui != "en":
        text = m.body + tag + "\n\n\ufeff" + quoted(attrib + "\n\n" + m.original) + "\n"
    part = textpart(text, "utf-8", "quoted-printable")
    uid = f"{_hex(m, 8)}-{_hex(m, 4)}-{_hex(m, 4)}-{_hex(m, 4)}-{_hex(m, 12)}"
    if m.atts:
        body = wrap_atts(m, part, ("Apple-Mail-" if ios else "Apple-Mail=_") + uid, "2231")
    else:
        body = part
    headers = [
        f"From: {_from(m)}",
        "Mime-Version: 1.0 (1.0)"
        if ios
        else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3818.100.11.1.3\\))",
        "Subject: " + hdr("Re: " + m.subject),
        f"Date: {rfc_date(m.when)}",
        f"References: {m.parent}",
        f"In-Reply-To: {m.parent}",
        f"To: {_to(m)}",
        f"Message-Id: <{uid}@icloud.com>",
        "X-Mailer: iPhone Mail (22B91)" if ios else "X-Mailer: Apple Mail (2.3818.100.11.1.3)",
    ]
    headers = [h for h in headers if h]
    if not m.atts:  # single part: Content-Type at the top, with the CTE above
        return assemble(headers, body)
    return assemble(headers, body)


def apple_ios(m: Msg) -> bytes:
    return apple(m, ios=True)


def thunderbird(m: Msg) -> bytes:
    if m.ui == "en":
        attrib = (
            f"On 01.12.2026 10:00, {OUR_NAME} wrote:"
            if m.sender[1].endswith(".de")
            else (f"On 12/1/2026 10:00 AM, {OUR_NAME} wrote:")
        )
    else:
        attrib = f"在 2026/12/1 10:00, {OUR_NAME} 写道:"
    q = quoted(m.original)
    below = m.below or not m.inline
    text = place(Msg(**{**m.__dict__, "below": below}), attrib + "\n", q)
    part = textpart(text, "UTF-8", "8bit", extra="; format=flowed")
    body = wrap_atts(m, part, "------------" + _hex(m, 24), "2231")
    headers = [
        f"Message-ID: <{_hex(m, 8).lower()}-{_hex(m, 4).lower()}-{_hex(m, 4).lower()}-{_hex(m, 4).lower()}-{_hex(m, 12).lower()}@client.example.cn>",
        f"Date: {rfc_date(m.when)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Subject: "
        + ("Re: " + m.subject if m.subject.isascii() else "Re: " + word(m.subject, "UTF-8")),
        "Content-Language: " + ("en-US" if m.ui == "en" else "zh-CN"),
        f"To: {_to(m)}",
        f"References: {m.parent}",
        f"From: {_from(m)}",
        f"In-Reply-To: {m.parent}",
    ]
    return assemble(headers, body)


STYLES: dict[str, Callable[[Msg], bytes]] = {
    "qqweb": qq_web,
    "qqapp": qq_app,
    "exmail": exmail,
    "n163": n163,
    "n126": n126,
    "coremail": coremail,
    "mailmaster": mailmaster,
    "mmios": mailmaster_ios,
    "foxmail": foxmail,
    "alimail": alimail,
    "huawei": huawei,
    "outlook": outlook,
    "owa": outlook_web,
    "olmob": outlook_mobile,
    "gmail": gmail,
    "apple": apple,
    "ios": apple_ios,
    "tb": thunderbird,
}
