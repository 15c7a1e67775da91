"""The reminder being answered and the way each client quotes it (sets C and D).

The quoted reminder is full of words a careless reader would act on (付款, 已付款, 异议,
逾期, "already paid", "dispute"), so a reader that does not cut the quote misreads.
"""

from __future__ import annotations

from datetime import datetime

from heldout_c_mime import Reply

OURS = ("示例科技 应收账款", "ar@example.cn")
OURS_EN = ("Example Tech Accounts", "ar@example.cn")

ZH_THREADS = {"zh"}  # reminders written in Chinese (set E adds its own)

SUBJECT = {
    "zh": "中期款逾期未付款项提醒 — 数据平台一期 [CK-HZ-2026-017-midterm]",
    "en": "Payment reminder: Mid-term payment overdue — Integration services [CK-ACME-2026-03-midterm]",
}

REMINDER = {
    "zh": """尊敬的陈经理：

您好！《数据平台一期》（合同编号：HZ-2026-017）项下中期款尚未收到：

　　款项：中期款
　　金额：￥80,000.00
　　付款截止日：2026年11月20日

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [CK-HZ-2026-017-midterm]。""",
    "en": """Dear Jane Smith,

Our records show the following payment under "Integration services" (ref. ACME-2026-03) as outstanding:

   Payment: Mid-term payment
   Amount: USD 12,000.00
   Due date: 20 October 2026

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [CK-ACME-2026-03-midterm] in the subject line when you reply.""",
}

WEEK_ZH = "一二三四五六日"
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def _h12(d: datetime, zh: bool) -> str:
    h = d.hour % 12 or 12
    if zh:
        part = "上午" if d.hour < 12 else ("中午" if d.hour == 12 else "下午")
        return f"{part}{h}:{d.minute:02d}"
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def reminder_lines(r: Reply) -> list[str]:
    """The quoted old text: the reminder, below the client's own earlier answer if any."""
    lines = REMINDER[r.thread].split("\n")
    if not r.earlier:
        return lines
    s = r.sent.replace(day=r.sent.day - 5) if r.sent.day > 5 else r.sent
    intro = (
        f'在 {s:%Y-%m-%d %H:%M:%S}，"示例科技 应收账款" <ar@example.cn> 写道：'
        if r.thread in ZH_THREADS
        else f"On {s:%d/%m/%Y %H:%M}, Example Tech Accounts <ar@example.cn> wrote:"
    )
    return [*r.earlier.split("\n"), "", intro, *(">" + ln for ln in lines)]


def original(r: Reply, prefix: str = "") -> str:
    """The old text, each line prefixed (``>`` styles) or not; an inline answer unprefixed."""
    out = []
    for ln in reminder_lines(r):
        out.append((prefix + ln) if ln and prefix else (prefix.rstrip() if prefix else ln))
        if r.inline[0] and r.inline[0] in ln:
            out.append(r.inline[1])
    return "\n".join(out)


def ours(r: Reply) -> tuple[str, str]:
    return OURS if r.thread in ZH_THREADS else OURS_EN


def block(r: Reply, kind: str) -> str:
    """The quote (attribution or header block plus the old text) in client ``kind``'s words."""
    s, (on, oa) = r.sent, ours(r)
    subj, to = SUBJECT[r.thread], f"{r.sender[0]} <{r.sender[1]}>"
    if kind == "qqweb":
        sep = "------------------&nbsp;原始邮件&nbsp;------------------"
        head = (
            f'发件人: "{on}"<{oa}&gt;;\n发送时间:&nbsp;{s.year}年{s.month}月{s.day}日(星期{WEEK_ZH[s.weekday()]}) {_h12(s, True)}\n'
            f'收件人:&nbsp;"{r.sender[0]}"<{r.sender[1]}&gt;;\n\n主题:&nbsp;{subj}'
        )
        return f"{sep}\n{head}\n\n\n\n{original(r)}"
    if kind == "qqapp":
        return (
            f"------------------ 原始邮件 ------------------\n发件人: {on} <{oa}>\n"
            f"发送时间: {s.year}年{s.month}月{s.day}日 {s:%H:%M}\n收件人: {to}\n主题: {subj}\n\n{original(r)}"
        )
    if kind == "qqen":
        return (
            f"------------------ Original ------------------\nFrom: {on} <{oa}>\n"
            f"Date: {s:%a},{s:%b} {s.day},{s.year} {_h12(s, False)}\nTo: {to}\nSubject: {subj}\n\n{original(r)}"
        )
    if kind == "exmailen":
        return (
            f'------------------ Original ------------------\nFrom:  "{on}"<{oa}>;\n'
            f'Date:  {s:%a, %b %d, %Y} {_h12(s, False)}\nTo:  "{r.sender[0]}"<{r.sender[1]}>;\nSubject:  {subj}\n\n{original(r)}'
        )
    if kind == "n163":
        return f'在 {s:%Y-%m-%d %H:%M:%S}，"{on}" <{oa}> 写道：\n{original(r, ">")}'
    if kind == "n163en":
        return f'At {s:%Y-%m-%d %H:%M:%S}, "{on}" <{oa}> wrote:\n{original(r, ">")}'
    if kind == "mailmaster":
        return (
            f"---- 回复的原邮件 ----\n| 发件人 | {on}<{oa}> |\n| 发送日期 | {s:%Y年%m月%d日 %H:%M} |\n"
            f"| 收件人 | {r.sender[0]}<{r.sender[1]}> |\n| 主题 | {subj} |\n{original(r)}"
        )
    if kind == "mmen":
        return (
            f"---- Replied Message ----\n| From | {on}<{oa}> |\n| Date | {s:%m/%d/%Y %H:%M} |\n"
            f"| To | {r.sender[0]}<{r.sender[1]}> |\n| Subject | {subj} |\n{original(r)}"
        )
    if kind == "foxmail":
        return (
            f"{r.sender[1]}\n \n发件人： {on}\n发送时间： {s:%Y-%m-%d %H:%M}\n收件人： {r.sender[0] or r.sender[1]}\n"
            f"主题： {subj}\n\n{original(r)}"
        )
    if kind == "alimail":
        return (
            "-"
            * 66
            + f"\n发件人：{on} <{oa}>\n发送时间：{s.year}年{s.month}月{s.day}日(星期{WEEK_ZH[s.weekday()]}) {s:%H:%M}\n"
            f"收件人：{to}\n主　题：{subj}\n\n{original(r)}"
        )
    if kind == "olzhcn":
        return (
            f"发件人: {on} <{oa}>\n发送时间: {s.year}年{s.month}月{s.day}日 {s.hour}:{s:%M}\n收件人: {to}\n"
            f"主题: {subj}\n\n{original(r)}"
        )
    if kind == "olzhcn_plain":
        return (
            f"-----邮件原件-----\n发件人: {on} [mailto:{oa}]\n发送时间: {s.year}年{s.month}月{s.day}日 {s.hour}:{s:%M}\n"
            f"收件人: {to}\n主题: {subj}\n\n{original(r)}"
        )
    if kind == "olzhtw":
        return (
            f"寄件者: {on} <{oa}>\n寄件日期: {s.year}年{s.month}月{s.day}日 {_h12(s, True).replace('中午', '下午')}\n"
            f"收件者: {to}\n主旨: {subj}\n\n{original(r)}"
        )
    if kind == "owazh":
        return (
            "_"
            * 32
            + f"\n发件人: {on} <{oa}>\n发送时间: {s.year}年{s.month}月{s.day}日 {s:%H:%M:%S}\n收件人: {to}\n"
            f"主题: {subj}\n\n{original(r)}"
        )
    if kind == "owazhtw":
        return (
            "_"
            * 32
            + f"\n寄件者: {on} <{oa}>\n寄件日期: {s.year}年{s.month}月{s.day}日 上午 {s:%I:%M}\n收件者: {to}\n"
            f"主旨: {subj}\n\n{original(r)}"
        )
    if kind in ("olen", "owaen"):
        top = "_" * 32 + "\n" if kind == "owaen" else ""
        return (
            f"{top}From: {on} <{oa}>\nSent: {WEEK_EN[s.weekday()]}, {MON_EN[s.month - 1]} {s.day}, {s.year} {_h12(s, False)}\n"
            f"To: {to}\nSubject: {subj}\n\n{original(r)}"
        )
    if kind == "olen_plain":
        return (
            f"-----Original Message-----\nFrom: {on} [mailto:{oa}]\nSent: {WEEK_EN[s.weekday()]}, {MON_EN[s.month - 1]} {s.day}, {s.year} {_h12(s, False)}\n"
            f"To: {to}\nSubject: {subj}\n\n{original(r)}"
        )
    if kind == "gmailen":
        return f"On {s:%a}, {s:%b} {s.day}, {s.year} at {_h12(s, False).replace(' ', chr(0x202F))} {on} <{oa}>\nwrote:\n\n{original(r, '> ')}"
    if kind == "gmailzh":
        return f"{on} <{oa}> 于{s.year}年{s.month}月{s.day}日周{WEEK_ZH[s.weekday()]} {s:%H:%M}写道：\n\n{original(r, '> ')}"
    if kind == "gmailtw":
        return f"{on} <{oa}> 於 {s.year}年{s.month}月{s.day}日 週{WEEK_ZH[s.weekday()]} {_h12(s, True)}寫道：\n\n{original(r, '> ')}"
    if kind == "appleen":
        return f"> On {s.day} {s:%b %Y}, at {s:%H:%M}, {on} <{oa}> wrote:\n> \n{original(r, '> ')}"
    if kind == "iosen":
        return f"On {s:%b} {s.day}, {s.year}, at {_h12(s, False)}, {on} <{oa}> wrote:\n\n{original(r, '> ')}"
    if kind == "applezh":
        return f"> {s.year}年{s.month}月{s.day}日 {s:%H:%M}，{on} <{oa}> 写道：\n> \n{original(r, '> ')}"
    if kind == "ioszh":
        return f"> 在 {s.year}年{s.month}月{s.day}日，{_h12(s, True)}，{on} <{oa}> 写道：\n> \n{original(r, '> ')}"
    if kind == "ioszhtw":
        return f"> {s.year}年{s.month}月{s.day}日 {_h12(s, True)}，{on} <{oa}> 寫道：\n> \n{original(r, '> ')}"
    if kind == "tben":
        return f"On {s:%d.%m.%Y %H:%M}, {on} wrote:\n{original(r, '> ')}"
    if kind == "tbzh":
        return f"在 {s.year}/{s.month}/{s.day} {s:%H:%M}, {on} 写道:\n{original(r, '> ')}"
    if kind == "huawei":
        return (
            f"-------- 原始邮件 --------\n发件人： {on} <{oa}>\n日期： {s:%Y年%m月%d日周}{WEEK_ZH[s.weekday()]} {s:%H:%M}\n"
            f"收件人： {to}\n主题： {subj}\n\n{original(r)}"
        )
    if kind == "sina":
        return (
            f"----- 原始邮件 -----\n发件人：{on} <{oa}>\n收件人：{r.sender[1]}\n主题：{subj}\n"
            f"日期：{s:%Y年%m月%d日 %H点%M分}\n\n{original(r)}"
        )
    if kind == "android":
        return (
            f"-------- Original message --------\nFrom: {on} <{oa}>\nDate: {s:%m/%d/%y %H:%M} (GMT+08:00)\n"
            f"To: {to}\nSubject: {subj}\n\n{original(r)}"
        )
    raise KeyError(kind)
