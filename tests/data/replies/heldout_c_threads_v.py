"""The reminders set V's clients answer: one contract and milestone per firm (held-out set V).

Importing this registers each thread with the machinery (``CONTRACTS`` for the
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@…>`` id, ``SUBJECT`` and ``REMINDER`` for the quote,
``ZH_THREADS`` for the attribution's language). The texts follow templates/zh and
templates/en: a first reminder, a second one, a due-day notice and a 催款函 / demand.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_ZH_ACCOUNT = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

_EN_ACCOUNT = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email."""


def _zh(key: str, contact: str, title: str, cid: str, mkey: str, mname: str, amount: str,
        due: str, stage: str = "reminder", pm: str = "周立行") -> None:  # fmt: skip
    token = f"[CK-{cid}-{mkey}]"
    if stage == "demand":
        subject = f"催款函：{mname}（{amount}） — {title} {token}"
        text = f"""催 款 函

{contact}：

事由：关于《{title}》（合同编号：{cid}）项下{mname}的催款

根据合同约定，贵司应于{due}前向我司支付{mname}，金额为{amount}。截至本函发出之日，该款项已逾期，此前我司已通过邮件多次提醒贵司付款，至今仍未收到上述款项。

现正式函告：请贵司于2026年12月15日前将上述款项{amount}足额支付至以下账户：

{_ZH_ACCOUNT}

如贵司未能在上述期限内付款，我司将依据合同约定采取进一步措施，包括但不限于暂停后续服务、主张逾期付款的违约责任。
如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。

特此函告。

示例科技有限公司
{pm}"""
    else:
        if stage == "due":
            subject = f"{mname}今日到期 — {title} {token}"
            first = f"《{title}》（合同编号：{cid}）项下{mname}今日到期："
        elif stage == "second":
            subject = f"{mname}逾期提醒（第二次） — {title} {token}"
            first = f"《{title}》（合同编号：{cid}）项下{mname}已逾期，我们此前已发送过一次提醒，目前仍未收到："
        else:
            subject = f"{mname}付款提醒 — {title} {token}"
            first = f"《{title}》（合同编号：{cid}）项下{mname}尚未收到："
        text = f"""尊敬的{contact}：

您好！{first}

　　款项：{mname}
　　金额：{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

{_ZH_ACCOUNT}

{pm}
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 {token}。"""
    CONTRACTS[key] = (cid, mkey)
    SUBJECT[key] = subject
    REMINDER[key] = text
    ZH_THREADS.add(key)


def _en(key: str, contact: str, title: str, cid: str, mkey: str, mname: str, amount: str,
        due: str, stage: str = "reminder", pm: str = "Zhou Lixing") -> None:  # fmt: skip
    token = f"[CK-{cid}-{mkey}]"
    if stage == "demand":
        subject = f"Formal demand: {mname} ({amount}) — {title} {token}"
        intro = (f"Under our agreement \"{title}\" (ref. {cid}) the {mname} of {amount} was due on "
                 f"{due}. Despite our earlier reminders it remains unpaid. We formally request "
                 "payment in full by 15 December 2026 to the account below.")  # fmt: skip
        text = f"""Dear {contact},

{intro}

{_EN_ACCOUNT}

If payment is not received by that date we may suspend further services and claim late-payment charges under the contract. If you have already paid, or dispute this amount, please reply in writing with the payment proof or your reasons.

Yours faithfully,
{pm}
Project Manager, Example Tech Co., Ltd."""
    else:
        if stage == "due":
            subject = f"{mname} due today — {title} {token}"
            lead = f'The following payment under "{title}" (ref. {cid}) falls due today:'
        elif stage == "second":
            subject = f"Second reminder: {mname} overdue — {title} {token}"
            lead = f'We wrote to you before about the following payment under "{title}" (ref. {cid}), which is still outstanding:'
        else:
            subject = f"Payment reminder: {mname} — {title} {token}"
            lead = f'Our records show the following payment under "{title}" (ref. {cid}) as outstanding:'
        text = f"""Dear {contact},

{lead}

   Payment: {mname}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

{_EN_ACCOUNT}

Kind regards,
{pm}
Project Manager, Example Tech Co., Ltd.

Please keep {token} in the subject line when you reply."""
    CONTRACTS[key] = (cid, mkey)
    SUBJECT[key] = subject
    REMINDER[key] = text


# Simplified Chinese clients
_zh(
    "v_sg",
    "孙会计",
    "温室环境监控系统",
    "SG-2026-041",
    "acceptance",
    "验收款",
    "￥126,000.00",
    "2026年11月25日",
)
_zh(
    "v_sg2",
    "王总",
    "温室环境监控系统",
    "SG-2026-041",
    "acceptance",
    "验收款",
    "￥126,000.00",
    "2026年11月25日",
    "second",
)
_zh("v_xc", "李姐", "外贸ERP二期", "XC-2026-008", "final", "尾款", "￥93,600.00", "2026年11月20日")
_zh(
    "v_xc2",
    "许昌瑞发制品有限公司",
    "外贸ERP二期",
    "XC-2026-008",
    "final",
    "尾款",
    "￥93,600.00",
    "2026年11月20日",
    "demand",
)
_zh(
    "v_qj",
    "刘总",
    "冷链溯源系统",
    "QJ-2026-112",
    "midterm",
    "中期款",
    "￥158,000.00",
    "2026年11月18日",
)
_zh(
    "v_gz",
    "钟社长",
    "脐橙电商小程序",
    "GN-2026-006",
    "final",
    "尾款",
    "￥48,000.00",
    "2026年11月30日",
)
_zh(
    "v_ly",
    "彭经理",
    "仓储安全监控平台",
    "LY-2026-033",
    "progress",
    "进度款",
    "￥210,000.00",
    "2026年11月27日",
)
_zh(
    "v_ly2",
    "彭经理",
    "仓储安全监控平台",
    "LY-2026-033",
    "progress",
    "进度款",
    "￥210,000.00",
    "2026年12月2日",
    "due",
)
_zh(
    "v_zj",
    "采购部",
    "酿造车间MES",
    "ZJ-2026-019",
    "acceptance",
    "验收款",
    "￥172,500.00",
    "2026年11月15日",
)
_zh(
    "v_cc",
    "于部长",
    "供应商协同平台二期",
    "CC-2026-057",
    "progress",
    "进度款",
    "￥245,000.00",
    "2026年11月20日",
)
_zh(
    "v_bj",
    "韩院长",
    "智慧养老服务平台",
    "BJ-2026-072",
    "annual",
    "年度服务费",
    "￥88,000.00",
    "2026年11月30日",
)
_zh(
    "v_sh",
    "蒋总",
    "展会票务与核销系统",
    "SH-2026-090",
    "final",
    "尾款",
    "￥135,000.00",
    "2026年11月26日",
)
_zh(
    "v_dx",
    "马厂长",
    "淀粉生产线SCADA",
    "DX-2026-015",
    "acceptance",
    "验收款",
    "￥97,000.00",
    "2026年11月28日",
)
_zh(
    "v_fs",
    "梁生",
    "品质追溯与仓储系统",
    "FS-2026-066",
    "midterm",
    "中期款",
    "￥118,000.00",
    "2026年11月23日",
)
_zh(
    "v_ms",
    "杨会计",
    "订单与发货管理系统",
    "MS-2026-023",
    "final",
    "尾款",
    "￥56,000.00",
    "2026年11月26日",
)
_zh(
    "v_yk",
    "应会计",
    "报价与订单系统",
    "YK-2026-051",
    "progress",
    "进度款",
    "￥76,000.00",
    "2026年11月24日",
)
_zh(
    "v_lyg",
    "朱经理",
    "紫菜加工溯源系统",
    "LYG-2026-037",
    "final",
    "尾款",
    "￥62,400.00",
    "2026年11月25日",
)
# Traditional Chinese clients (our reminders are in Simplified; HK's tutoring centre got English)
_zh(
    "v_yl",
    "廖老闆",
    "醬油釀造批次管理系統",
    "YL-2026-004",
    "final",
    "尾款",
    "新台币560,000元",
    "2026年11月30日",
)
_en(
    "v_hk",
    "Ms Mak",
    "Student Management System",
    "HK-2026-028",
    "milestone2",
    "Second milestone payment",
    "HKD 86,000.00",
    "25 November 2026",
)
_en(
    "v_hk2",
    "Ms Mak",
    "Student Management System",
    "HK-2026-028",
    "milestone2",
    "Second milestone payment",
    "HKD 86,000.00",
    "25 November 2026",
    "second",
)
_zh(
    "v_hkz",
    "麥小姐",
    "学生管理系统",
    "HK-2026-028",
    "milestone2",
    "第二期款",
    "港币86,000.00",
    "2026年11月25日",
    "second",
)
# English-writing clients
_en(
    "v_tc",
    "Ms Gu",
    "Test bench data system",
    "TC-2026-011",
    "acceptance",
    "Acceptance payment",
    "CNY 264,000.00",
    "20 November 2026",
)
_en(
    "v_sgp",
    "Mr Tan",
    "Bunker delivery tracking",
    "SGP-2026-005",
    "midterm",
    "Mid-term payment",
    "USD 18,500.00",
    "24 November 2026",
)
_en(
    "v_kch",
    "Mr Wong",
    "Traceability portal",
    "KCH-2026-003",
    "final",
    "Final payment",
    "USD 9,600.00",
    "27 November 2026",
)
_en(
    "v_hob",
    "Ms O'Brien",
    "Pen monitoring dashboard",
    "HOB-2026-009",
    "milestone2",
    "Milestone 2 payment",
    "AUD 22,000.00",
    "23 November 2026",
)
_en(
    "v_por",
    "Ms Reyes",
    "Dealer portal",
    "POR-2026-002",
    "final",
    "Final payment",
    "USD 14,800.00",
    "18 November 2026",
)
_en(
    "v_sav",
    "Mr Caldwell",
    "Inventory & showroom app",
    "SAV-2026-014",
    "final",
    "Final payment",
    "USD 31,200.00",
    "20 November 2026",
)
_en(
    "v_sav2",
    "Mr Caldwell",
    "Inventory & showroom app",
    "SAV-2026-014",
    "final",
    "Final payment",
    "USD 31,200.00",
    "20 November 2026",
    "demand",
)
