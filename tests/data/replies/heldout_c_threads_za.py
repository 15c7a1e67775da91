"""The reminders the clients of held-out set ZA answer, registered with the machinery.

Each contract gets its own thread key: its id and milestone (``heldout_c_mime.CONTRACTS``, so
every reply threads to ``<ck.CONTRACT.MILESTONE.reminder.1.TOKEN@example.cn>``), the subject and
the reminder text the client's quote repeats (``heldout_c_quote.SUBJECT``/``REMINDER``), and
whether the reminder was written in Chinese (``ZH_THREADS``). Written blind to the rules.
"""

from __future__ import annotations

import heldout_c_mime
import heldout_c_quote

# key: (contract id, milestone id, milestone name, project, salutation, amount, due, zh?)
ZA_THREADS = {
    "za_lift": ("ZA-FS-2026-031", "phase2", "二期款", "电梯物联网监测平台", "梁总", "￥86,400.00", "2026年11月15日", True),
    "za_fish": ("ZA-ZS-2026-008", "acceptance", "验收款", "渔船北斗监控与电子渔捞日志系统", "应董", "￥152,000.00", "2026年11月25日", True),
    "za_linen": ("ZA-CS-2026-019", "final", "尾款", "RFID布草追踪系统", "钱总", "￥47,500.00", "2026年11月20日", True),
    "za_piano": ("ZA-WF-2026-044", "midterm", "中期款", "琴韵排课及家长端小程序", "孙校长", "￥38,600.00", "2026年11月18日", True),
    "za_bike": ("ZA-TJ-2026-012", "golive", "上线款", "经销商订货平台", "张经理", "￥124,000.00", "2026年11月10日", True),
    "za_optic": ("ZA-TN-2026-006", "phase2", "二期款", "明視會員與驗光紀錄系統", "黃經理", "USD 9,800.00", "2026年11月16日", True),
    "za_fruit": ("ZA-HK-2026-027", "final", "Final payment", "Wholesale order & delivery system", "Mr Chan", "HKD 56,000.00", "16 November 2026", False),
    "za_pump": ("ZA-CBE-2026-14", "phase2", "Phase 2 payment", "Dealer portal", "Ms Priya Venkatesan", "USD 18,500.00", "15 November 2026", False),
    "za_tractor": ("ZA-FSD-2026-03", "midterm", "Mid-term payment", "Inventory & counter sales system", "Mr Muhammad Imran", "USD 7,900.00", "18 November 2026", False),
    "za_lab": ("ZA-CTG-2026-09", "golive", "Go-live payment", "Laboratory information system", "Mr Rezaul Karim", "USD 14,200.00", "20 November 2026", False),
    "za_jepara": ("ZA-JPR-2026-05", "midterm", "Mid-term payment", "Export order tracking", "Ibu Dewi Lestari", "USD 11,300.00", "17 November 2026", False),
    "za_riyadh": ("ZA-RUH-2026-21", "acceptance", "Acceptance payment", "CAFM work-order system", "Mr Faisal Al-Otaibi", "USD 26,000.00", "12 November 2026", False),
    "za_mombasa": ("ZA-MBA-2026-11", "phase2", "Phase 2 payment", "Customs entry tracking", "Ms Grace Wanjiru", "USD 9,400.00", "19 November 2026", False),
    "za_ibadan": ("ZA-IBD-2026-02", "final", "Final payment", "Plant production dashboard", "Mrs Folake Adeyemi", "USD 8,750.00", "13 November 2026", False),
    "za_plovdiv": ("ZA-PDV-2026-07", "midterm", "Mid-term payment", "Distillation batch records", "Ms Elena Petrova", "EUR 12,600.00", "16 November 2026", False),
    "za_monte": ("ZA-MVD-2026-04", "golive", "Go-live payment", "Online bidding platform", "Sra. Lucía Fernández", "USD 15,900.00", "17 November 2026", False),
    "za_dunedin": ("ZA-DUD-2026-10", "phase2", "Phase 2 payment", "Tenant portal", "Mr Hamish Reid", "NZD 21,400.00", "20 November 2026", False),
    "za_glasgow": ("ZA-GLA-2026-15", "midterm", "Mid-term payment", "Cask register", "Ms Fiona MacLeod", "GBP 9,850.00", "18 November 2026", False),
    "za_tulsa": ("ZA-TUL-2026-22", "final", "Final payment", "Dispatch & storage billing", "Darlene Hughes", "USD 13,750.00", "11/19/2026", False),
}  # fmt: skip

_ZH = """尊敬的{sal}：

您好！《{project}》（合同编号：{cid}）项下{name}尚未收到：

　　款项：{name}
　　金额：{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [{token}]。"""

_EN = """Dear {sal},

Our records show the following payment under "{project}" (ref. {cid}) as outstanding:

   Payment: {name}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [{token}] in the subject line when you reply."""


def register() -> None:
    """Add set ZA's contracts, subjects and reminders to the machinery's tables."""
    for key, (cid, mid, name, project, sal, amount, due, zh) in ZA_THREADS.items():
        token = f"CK-{cid}-{mid}"
        heldout_c_mime.CONTRACTS[key] = (cid, mid)
        if zh:
            heldout_c_quote.ZH_THREADS.add(key)
            subject = f"{name}付款提醒 — {project} [{token}]"
        else:
            subject = f"Payment reminder: {name} — {project} [{token}]"
        heldout_c_quote.SUBJECT[key] = subject
        text = _ZH if zh else _EN
        heldout_c_quote.REMINDER[key] = text.format(
            sal=sal, project=project, cid=cid, name=name, amount=amount, due=due, token=token
        )


register()
