"""Chinese mail clients: QQ Mail (web, app), Exmail, NetEase 163/126, Coremail, Mail Master,
Foxmail, Alimail, Huawei Email. Each follows /work/shared/MAIL-CLIENTS.md."""

from __future__ import annotations

from assemble import Body, build
from mime_parts import addr, enc_header, hexid, html_escape, html_lines, rfc_date, uuid
from stamps import qq_web, reminder_html, zh_plain
from world import Reply


def _subject(prefix: str, r: Reply) -> str:
    return prefix + r.thread.subject


def _threading(r: Reply, in_reply_to: bool = True, sep: str = " ") -> list[str]:
    out = [f"In-Reply-To: {r.thread.msgid}"] if in_reply_to else []
    return out + [f"References: {r.thread.msgid}"]


def qq(r: Reply, app: bool = False, exmail: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    charset = "utf-8" if (app or exmail or rng.random() < 0.4) else "gb18030"
    epoch = int(r.sent.timestamp())
    en = r.ui == "en"
    if app:
        sep = (
            "------------------ Original ------------------"
            if en
            else "------------------ 原始邮件 ------------------"
        )
        labels = (
            [
                f"From: {t.q_name} <{t.q_addr}>",
                f"Date: {t.q_when.strftime('%a,%b')} {t.q_when.day},{t.q_when.year} {t.q_when.strftime('%I:%M %p').lstrip('0')}",
                f"To: {t.q_to_name} <{t.q_to_addr}>",
                f"Subject: {t.subject}",
            ]
            if en
            else [
                f"发件人: {t.q_name} <{t.q_addr}>",
                f"发送时间: {zh_plain(t.q_when)}",
                f"收件人: {t.q_to_name} <{t.q_to_addr}>",
                f"主题: {t.subject}",
            ]
        )
        tagline = "\n\n发自我的iPhone" if rng.random() < 0.6 else ""
        text = f"{r.own}{tagline}\n\n\n{sep}\n" + "\n".join(labels) + f"\n\n\n\n{t.quoted_text()}"
    else:
        if exmail and en:
            sep = "------------------ Original ------------------"
            labels = [
                f'From:  "{t.q_name}"<{t.q_addr}&gt;;',
                f"Date:  {t.q_when.strftime('%a, %b %d, %Y')} {t.q_when.strftime('%I:%M %p')}",
                f'To:  "{t.q_to_name}"<{t.q_to_addr}&gt;;',
                f"Subject:  {t.subject}",
            ]
        else:
            sep = "------------------&nbsp;原始邮件&nbsp;------------------"
            labels = [
                f'发件人: "{t.q_name}"<{t.q_addr}&gt;;',
                f"发送时间:&nbsp;{qq_web(t.q_when)}",
                f'收件人:&nbsp;"{t.q_to_name}"<{t.q_to_addr}&gt;;',
                "",
                f"主题:&nbsp;{t.subject}",
            ]
        text = f"{r.own}\n\n\n\n{sep}\n" + "\n".join(labels) + f"\n\n\n\n{t.quoted_text()}"
    html_labels = "".join(
        f"<div><b>{ln.split(':', 1)[0]}:</b>{html_escape(ln.split(':', 1)[1]).replace('&amp;gt;', '&gt;').replace('&amp;nbsp;', '&nbsp;')}</div>"
        for ln in (labels if not app else [x for x in labels])
        if ln
    )
    quote_div = (
        f'<div id="original-content"><br><br><div><div style="font-size: 70%;padding: 2px 0;">{html_escape(sep)}</div>'
        if app
        else f'<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">{sep}</div>'
    )
    html = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}">'
        f"{html_lines(r.own)}<div><br></div>{quote_div}"
        f'<div style="font-size: 12px;background:#efefef;padding:8px;">{html_labels}</div>'
        f"<div><br></div>{reminder_html(t)}"
    )
    subject_prefix = "Re:" if en else "回复："
    headers = []
    if exmail:
        headers.append(
            f"Received: from {r.sender_addr.split('@')[1]} (unknown [{rng.randrange(1, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}])\n\tby bizesmtp.qq.com (ESMTP) with \n\tid ; {rfc_date(r.sent)} (CST)"
        )
    else:
        headers.append(
            f"Received: from qq.com (unknown [127.0.0.1])\n\tby smtp.qq.com (ESMTP) with SMTP\n\tid ; {rfc_date(r.sent)} (CST)"
        )
    headers += [
        f"X-QQ-mid: {'bizesmtp' if exmail else 'riamail' if app else 'xmsezb41-0'}t{epoch}t{hexid(rng, 9, False)}",
        f"X-QQ-SSF: {hexid(rng, 16)}",
        f"X-QQ-FEAT: {hexid(rng, 40, False)}",
        "X-QQ-STYLE: ",
        *([f"X-BIZMAIL-ID: {rng.randrange(10**18, 10**19)}"] if exmail else []),
        "From: "
        + addr(
            r.sender_name,
            r.sender_addr,
            "gb18030" if charset == "gb18030" else "utf-8",
            quote_word=True,
        ),
        "To: "
        + addr(
            t.q_name,
            t.q_addr,
            "gb18030" if charset == "gb18030" else "utf-8",
            quote_word=True,
        ),
        enc_header(
            "Subject", _subject(subject_prefix, r), "gb18030" if charset == "gb18030" else "utf-8"
        ),
        "Mime-Version: 1.0",
        f"Date: {rfc_date(r.sent)}",
        "X-Priority: 3",
        f"Message-ID: <tencent_{hexid(rng, 24 if exmail else rng.choice([24, 40]))}@qq.com>",
        *(_threading(r, in_reply_to=not app)),
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
        f"X-QQ-ReplyHash: {rng.randrange(10**9, 4 * 10**9)}",
        "X-QQ-SENDSIZE: 520",
        "X-QQ-Bgrelay: 1",
        f"X-HAS-ATTACH: {'yes' if r.attachments else 'no'}",
        "X-QQ-BUSINESS-ORIGIN: 2",
    ]
    if app:
        headers.append("X-QQ-WAPMAIL: 1")
    if exmail:
        headers.append(
            f"Feedback-ID: lv:{r.sender_addr.split('@')[1]}:qybglogicsvrgz:qybglogicsvrgz8a-1"
        )
    else:
        headers.append(f"Feedback-ID: webmail:qq.com:bgweb:bgweb{rng.randrange(1, 30)}")
    b = "----=_NextPart_" + "_".join(hexid(rng, 8) for _ in range(3))
    body = Body(
        charset,
        "base64",
        "base64",
        b,
        "----=_NextPart_" + "_".join(hexid(rng, 8) for _ in range(3)),
        eol="\r\n",
    )
    headers.append("Content-Transfer-Encoding: 8Bit")
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def qq_app(r: Reply) -> bytes:
    return qq(r, app=True)


def exmail(r: Reply) -> bytes:
    return qq(r, exmail=True)


def netease(r: Reply, corp: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    charset = "UTF-8" if corp or rng.random() < 0.5 else "GBK"
    en = r.ui == "en"
    stamp = t.q_when.strftime("%Y-%m-%d %H:%M:%S")
    attr = (
        f'At {stamp}, "{t.q_name}" <{t.q_addr}> wrote:'
        if en
        else f'在 {stamp}，"{t.q_name}" <{t.q_addr}> 写道：'
    )
    quoted = "\n".join(">" + line for line in t.quoted_text().split("\n"))
    if r.below:
        text = f"\n{attr}\n{quoted}\n\n{r.own}\n"
    else:
        text = f"{r.own}\n\n\n\n\n\n\n\n{attr}\n\n{quoted}\n"
    own_html = html_lines(r.own)
    html = (
        f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">{own_html}'
        f'<br><br><br><div id="divNeteaseMailCard"></div><br><p>{html_escape(attr)}</p>'
        f'<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
        f'BORDER-LEFT: #ccc 1px solid">{reminder_html(t)}</blockquote></div>'
    )
    user, domain = r.sender_addr.split("@")
    if corp:
        mailer = (
            "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240510(b4b8a2a0)\n"
            f" Copyright (c) 2002-2024 www.mailtech.cn\n {domain}"
        )
        date_suffix = " (GMT+08:00)"
        prefix = "Re: "
    else:
        mailer = (
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n"
            f" Copyright (c) 2002-2024 www.mailtech.cn {domain.split('.')[0]}com"
        )
        date_suffix = " (CST)"
        prefix = "Re:"
    hcs = "UTF-8" if charset == "UTF-8" else "GBK"
    headers = [
        f"Received: from {user}${domain} ( [{rng.randrange(36, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}] ) by\n ajax-webmail-wmsvr{rng.randrange(1, 900)} (Coremail) ; {rfc_date(r.sent)}{date_suffix}",
        f"X-Originating-IP: [{rng.randrange(36, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}]",
        f"Date: {rfc_date(r.sent)}{date_suffix}",
        "From: " + addr(r.sender_name, r.sender_addr, hcs),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr, hcs),
        enc_header("Subject", _subject(prefix, r), hcs),
        mailer,
        *(["X-CM-HeaderCharset: UTF-8"] if corp else []),
        *_threading(r),
        f"X-NTES-SC: AL_Qu2{hexid(rng, 20, False)}"
        if not corp
        else f"X-CM-SenderInfo: {hexid(rng, 24, False)}",
        "Content-Type: ",  # placeholder replaced below
        "MIME-Version: 1.0",
        f"Message-ID: <{hexid(rng, 8, False)}.{hexid(rng, 4, False)}.{hexid(rng, 11, False)}.Coremail.{r.sender_addr}>",
        f"X-Coremail-Locale: {'en_US' if en else 'zh_CN'}",
        f"X-CM-TRANSID:{hexid(rng, 12)}{rng.randrange(10**6)}_{hexid(rng, 6, False)}--.{rng.randrange(10, 99)}",
        "X-Coremail-Antispam: 1Uf129KBjDUn29KB7ZKAUJUUUUU529EdanIXcx71UUUUU7v73\n\tVFW2AGmfu7bjvjm3AaLaJ3UbIYCTnIWIevJa73UjIFyTuYvjxU2XdjUUUUU",
    ]
    headers.remove("Content-Type: ")
    body = Body(
        charset,
        "base64",
        "base64",
        f"----=_Part_{rng.randrange(10000, 99999)}_{rng.randrange(10**9, 2 * 10**9)}.{int(r.sent.timestamp() * 1000)}",
        f"----=_Part_{rng.randrange(10000, 99999)}_{rng.randrange(10**9, 2 * 10**9)}.{int(r.sent.timestamp() * 1000) + 1}",
        fold=" \n\t",
    )
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def coremail_corp(r: Reply) -> bytes:
    return netease(r, corp=True)


def mailmaster(r: Reply, ios: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    en = r.ui == "en"
    sep = "---- Replied Message ----" if en else "---- 回复的原邮件 ----"
    when = t.q_when
    stamp = (
        when.strftime("%m/%d/%Y %H:%M")
        if en
        else f"{when.year}年{when.month:02d}月{when.day:02d}日 {when:%H:%M}"
    )
    rows = [
        ("From", "发件人", f"{t.q_name}<{t.q_addr}>"),
        ("Date", "发送日期", stamp),
        ("To", "收件人", f"{t.q_to_name}<{t.q_to_addr}>"),
        ("Subject", "主题", t.subject),
    ]
    tagline = (
        ""
        if rng.random() < 0.3
        else "\n\n发自网易邮箱大师"
        if not en
        else "\n\nSent from NetEase Mail Master"
    )
    text = (
        f"{r.own}{tagline}\n{sep}\n"
        + "\n".join(f"| {e if en else z} | {v} |" for e, z, v in rows)
        + f"\n\n{t.quoted_text()}"
    )
    table = "".join(
        f'<tr><td class="attr-name">{e if en else z}</td><td class="attr-value">{html_escape(v)}</td></tr>'
        for e, z, v in rows
    )
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div class="default-font" style="font-size: 14px;">{html_lines(r.own)}</div>'
        f'<div id="imail_signature" class="ntes-signature"><div class="ntes-signature" style="font-size: 12px; color: #31353b;">{html_escape(tagline.strip())}</div></div>'
        f'<div class="J-reply ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="font-weight: bold; color: #909399;">{sep}</div>'
        f'<table class="mailmaster-table" border="0">{table}</table></div>'
        f'<div class="ntes-mailmaster-quote" style="padding-left: 10px;">{reminder_html(t)}</div></body></html>'
    )
    domain = r.sender_addr.split("@")[1]
    headers = [
        f"Date: {rfc_date(r.sent)}",
        "From: " + addr(r.sender_name, r.sender_addr),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        enc_header("Subject", _subject("Re: " if en or ios else "回复：", r), "utf-8"),
        f"Message-ID: <{uuid(rng, True)}@{domain}>"
        if ios
        else f"Message-ID: <{hexid(rng, 8, False)}.{hexid(rng, 4, False)}.{hexid(rng, 11, False)}.Coremail.{r.sender_addr}>",
        *_threading(r),
        "MIME-Version: 1.0",
        "X-Mailer: MailMasterIOS/7.14.6.1944 (16.1.1)"
        if ios
        else f"X-Mailer: MailMasterAndroid/7.{rng.randrange(10, 20)}.{rng.randrange(1, 9)}",
        "X-Priority: 3",
    ]
    if ios:
        body = Body(
            "UTF-8", "quoted-printable", "quoted-printable", "", f"Apple-Mail-{uuid(rng, True)}"
        )
        return build(headers, body, None, html, r.attachments)
    body = Body(
        "UTF-8",
        "base64",
        "base64",
        f"----=_Part_{rng.randrange(100, 9999)}_{rng.randrange(10**8, 10**9)}.{int(r.sent.timestamp() * 1000)}",
        f"----=_Part_{rng.randrange(100, 9999)}_{rng.randrange(10**8, 10**9)}.{int(r.sent.timestamp() * 1000) + 3}",
    )
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def mailmaster_ios(r: Reply) -> bytes:
    return mailmaster(r, ios=True)


def foxmail(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    charset = "GB18030" if rng.random() < 0.6 else "UTF-8"
    en = r.ui == "en"
    labels = (
        [
            f"From: {t.q_name}",
            f"Date: {t.q_when:%Y-%m-%d %H:%M}",
            f"To: {t.q_to_name}",
            f"Subject: {t.subject}",
        ]
        if en
        else [
            f"发件人： {t.q_name}",
            f"发送时间： {t.q_when:%Y-%m-%d %H:%M}",
            f"收件人： {t.q_to_name}",
            f"主题： {t.subject}",
        ]
    )
    text = f"\n{r.own}\n\n\n{r.sender_addr}\n \n" + "\n".join(labels) + f"\n\n{t.quoted_text()}\n"
    head_div = "".join(
        f"<div><b>{ln.split(' ', 1)[0]}</b>&nbsp;{html_escape(ln.split(' ', 1)[1])}</div>"
        for ln in labels
    )
    html = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"><style>body {{ line-height: 1.5; }}</style></head>'
        f"<body>\n<div><span></span>{html_lines(r.own)}</div>\n<div><br></div>"
        f'<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
        f'<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>{r.sender_addr}</div></div></span></div>\n'
        f'<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
        f'<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">{head_div}</div></div>'
        f'<div><br></div><div class="FoxDiv{r.sent:%Y%m%d%H%M%S}{rng.randrange(100000, 999999)}">{reminder_html(t)}</div></blockquote>\n</body></html>'
    )
    hcs = "GB18030" if charset == "GB18030" else "utf-8"
    headers = [
        f"Date: {rfc_date(r.sent)}",
        "From: " + f'"{r.sender_addr}" <{r.sender_addr}>',
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr, hcs),
        enc_header("Subject", _subject("Re: " if en else "回复: ", r), hcs),
        f"References: {t.msgid}",
        "X-Priority: 3",
        f"X-GUID: {uuid(rng, True)}",
        f"X-Has-Attach: {'yes' if r.attachments else 'no'}",
        f"X-Mailer: Foxmail 7.2.25.{rng.choice([228, 254, 331, 375])}[{'en' if en else 'cn'}]",
        "Mime-Version: 1.0",
        f"Message-ID: <{r.sent:%Y%m%d%H%M%S}{rng.randrange(10**6, 10**7)}@{r.sender_addr.split('@')[1]}>",
    ]
    n = rng.randrange(10**11, 10**12)
    body = Body(
        charset,
        "base64",
        "quoted-printable",
        f"----=_001_NextPart{n}_=----",
        f"----=_001_NextPart{n + 7}_=----",
        eol="\r\n",
        preamble="This is a multi-part message in MIME format.\n",
        fold="\n\t",
    )
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def alimail(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    labels = [
        f"发件人：{t.q_name} <{t.q_addr}>",
        f"发送时间：{t.q_when.year}年{t.q_when.month}月{t.q_when.day}日(星期{'一二三四五六日'[t.q_when.weekday()]}) {t.q_when:%H:%M}",
        f"收件人：{t.q_to_name} <{t.q_to_addr}>",
        "抄\u3000送："
        + (f"财务部 <finance@{r.sender_addr.split('@')[1]}>" if rng.random() < 0.5 else ""),
        f"主\u3000题：{t.subject}",
    ]
    text = f"{r.own}\n\n\n" + "-" * 66 + "\n" + "\n".join(labels) + f"\n\n{t.quoted_text()}"
    own_html = "".join(
        f"<div>{html_escape(ln).replace(' ', '&nbsp;') or '<br>'}</div>" for ln in r.own.split("\n")
    )
    html = (
        f'<div class="__aliyun_email_body_block">{own_html}<div><br></div>'
        f'<blockquote  style="margin-right:.0px;margin-top:.0px;margin-bottom:.0px;">'
        f'<div><div class="__aliyun_email_body_block">{"-" * 66}</div>'
        + "".join(f"<div>{html_escape(ln).replace(' ', '&nbsp;')}</div>" for ln in labels)
        + f"<div><br></div>{reminder_html(t)}</div></blockquote></div>"
    )
    headers = [
        "X-Alimail-AntiSpam:AC=CONTINUE;BC=0.07436282|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0117;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033045220210;MF="
        + r.sender_addr
        + ";NM=1;PH=DW;RN=2;SR=0;TI=W4_"
        + str(rng.randrange(10**6, 10**7))
        + "_DEFAULT_0AC2620D_"
        + str(rng.randrange(10**12, 10**13))
        + "_o7001c1063h;",
        f"Received: from WS-web ({r.sender_addr}[W4_{rng.randrange(10**6, 10**7)}]) by smtp.aliyun-inc.com at\n  {rfc_date(r.sent)}",
        f"Date: {rfc_date(r.sent)}",
        "From: " + addr(r.sender_name, r.sender_addr),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        "Reply-To: " + addr(r.sender_name, r.sender_addr),
        f"Message-ID: <{uuid(rng)}.{r.sender_addr}>",
        enc_header("Subject", _subject("回复：", r), "UTF-8", indent="  "),
        f"X-Mailer: [Alimail-Mailagent revision {rng.randrange(2500000, 2600000)}][W4_{rng.randrange(10**6, 10**7)}][DEFAULT][Chrome]",
        "MIME-Version: 1.0",
        f"x-aliyun-mail-creator: W4_{rng.randrange(10**6, 10**7)}_DEFAULT_{hexid(rng, 36, False)}",
        f"In-Reply-To: {t.msgid}",
        f"References: {t.msgid}",
    ]
    body = Body(
        "UTF-8",
        "quoted-printable",
        "quoted-printable",
        f"----=ALIBOUNDARY_{rng.randrange(10000, 99999)}_{hexid(rng, 12, False)}_{hexid(rng, 8, False)}_{hexid(rng, 5, False)}",
        f"----=ALIBOUNDARY_{rng.randrange(10000, 99999)}_{hexid(rng, 12, False)}_{hexid(rng, 8, False)}_{hexid(rng, 5, False)}",
        fold="\n  ",
    )
    return build(headers, body, None if r.html_only else text, html, r.attachments)


def huawei(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    text = (
        f"{r.own}\n\n发自我的华为手机\n\n\n-------- 原始邮件 --------\n发件人： {t.q_name} <{t.q_addr}>\n"
        f"日期： {t.q_when:%Y年%m月%d日 %H:%M}\n收件人： {t.q_to_name} <{t.q_to_addr}>\n主题： {t.subject}\n\n"
        f"{t.quoted_text()}"
    )
    html = f"<html><body>{html_lines(r.own)}<div><br></div><div>发自我的华为手机</div><div><br></div><div>-------- 原始邮件 --------</div><div>发件人： {html_escape(t.q_name)} &lt;{t.q_addr}&gt;</div><div>日期： {t.q_when:%Y年%m月%d日 %H:%M}</div><div>主题： {html_escape(t.subject)}</div><div><br></div>{reminder_html(t)}</body></html>"
    headers = [
        f"Date: {rfc_date(r.sent)}",
        "From: " + addr(r.sender_name, r.sender_addr),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        enc_header("Subject", _subject("回复： ", r), "UTF-8"),
        f"Message-ID: <{hexid(rng, 16, False)}.{hexid(rng, 8, False)}@email.android.com>",
        *_threading(r),
        "X-Mailer: Huawei Email",
        "MIME-Version: 1.0",
    ]
    body = Body(
        "UTF-8",
        "base64",
        "base64",
        f"--_com.huawei.email_{rng.randrange(10**15, 10**16)}_",
        f"--_com.huawei.email_{rng.randrange(10**15, 10**16)}_mixed",
    )
    return build(headers, body, text, html, r.attachments)
