"""The reminders set L's replies answer: fourteen clients, each with its own contract.

Written by set L's blind author (no classifier, rules or earlier set bodies opened). Importing
this module registers each thread in the shared machinery (heldout_c_mime.CONTRACTS,
heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS) under an ``l_`` key, so the quoted text and
the ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>`` id match what cuikuan sent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import heldout_c_mime
import heldout_c_quote

_BANK_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

_BANK_HANT = """付款方式：
開戶銀行：示例銀行杭州分行（SWIFT：EXBKCNSHHZ1）
戶名：示例科技有限公司
賬號：6222 0000 1234 5678

重要提示：本公司從不透過電郵更改收款賬戶，如收到賬戶變更通知，請先致電核實。"""

_BANK_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch (SWIFT EXBKCNSHHZ1)
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email."""


def _zh(
    who: str, project: str, contract: str, payment: str, amount: str, due: str, tag: str
) -> str:
    return f"""尊敬的{who}：

您好！《{project}》（合同编号：{contract}）项下{payment}尚未收到：

　　款项：{payment}
　　金额：{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

{_BANK_ZH}

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [{tag}]。"""


def _hant(
    who: str, project: str, contract: str, payment: str, amount: str, due: str, tag: str
) -> str:
    return f"""{who}：

您好！《{project}》（合約編號：{contract}）項下之{payment}尚未收到：

　　款項：{payment}
　　金額：{amount}
　　付款期限：{due}

如款項已支付，請回覆告知付款日期並附上匯款水單，以便核對；如尚未安排付款，請盡快處理並告知預計付款日期。
如對該款項有任何異議（金額、發票、驗收等），請直接回覆本電郵說明，我們將暫停催收並盡快跟進。

{_BANK_HANT}

王明
示例科技有限公司　專案經理

回覆時請保留主旨中的編號 [{tag}]。"""


def _en(
    who: str, project: str, contract: str, payment: str, amount: str, due: str, tag: str
) -> str:
    return f"""Dear {who},

Our records show the following payment under "{project}" (ref. {contract}) as outstanding:

   Payment: {payment}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

{_BANK_EN}

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [{tag}] in the subject line when you reply."""


# key: (language, addressee, project, contract, milestone id, payment name, amount, due date)
THREADS = {
    "l_dairy": ("zh", "乌云其其格女士", "牧场冷链温控系统", "NM-2026-031", "final", "尾款", "￥126,000.00", "2026年11月25日"),
    "l_moto": ("zh", "冉会计", "海外经销商订货系统", "CQ-2026-088", "phase2", "第二期款", "￥156,000.00", "2026年11月18日"),
    "l_embroid": ("zh", "沈老师", "绣品线上展厅小程序", "SZ-2026-052", "delivery", "交付款", "￥36,800.00", "2026年11月27日"),
    "l_battery": ("zh", "程工", "正极材料产线MES系统", "HF-2026-114", "acceptance", "验收款", "￥420,000.00", "2026年11月30日"),
    "l_lhasa": ("zh", "次仁经理", "线路预订与结算平台", "XZ-2026-019", "midterm", "中期款", "￥58,000.00", "2026年11月15日"),
    "l_pharmacy": ("zh", "周主管", "门店处方流转系统二期", "NJ-2026-076", "phase2", "二期款", "￥98,500.00", "2026年11月20日"),
    "l_hkship": ("zh-Hant", "梁先生", "租船報價管理系統", "HK-2026-041", "second", "第二期款項", "HK$88,000.00", "2026年11月24日"),
    "l_kaohsiung": ("zh-Hant", "蔡小姐", "織網廠生產排程系統", "KH-2026-033", "final", "尾款", "NT$420,000", "2026年11月30日"),
    "l_sgfo": ("en", "Ms Nair", "Portfolio reporting portal", "SG-2026-012", "milestone2", "Milestone 2 payment", "USD 45,000.00", "20 November 2026"),
    "l_vnfurn": ("en", "Ms Lan", "Export order tracking app", "VN-2026-07", "final", "Final payment", "USD 18,600.00", "25 November 2026"),
    "l_dutch": ("en", "Ms de Vries", "Auction clock data feed integration", "NL-2026-05", "midterm", "Mid-term payment", "EUR 22,400.00", "16 November 2026"),
    "l_saudi": ("en", "Mr Al-Harbi", "Warehouse and dispatch system, phase 1", "SA-2026-14", "phase1", "Phase 1 payment", "USD 64,000.00", "18 November 2026"),
    "l_nzdairy": ("en", "Aroha", "Herd-sensor data pipeline", "NZ-2026-09", "beta", "Beta delivery payment", "NZD 31,500.00", "27 November 2026"),
    "l_pkt": ("en", "Mr Qureshi", "Buyer-compliance document portal", "PK-2026-21", "final", "Final payment", "USD 27,900.00", "19 November 2026"),
}  # fmt: skip


def _register() -> None:
    for key, (lang, who, project, contract, ms, payment, amount, due) in THREADS.items():
        tag = f"CK-{contract}-{ms}"
        heldout_c_mime.CONTRACTS[key] = (contract, ms)
        if lang == "en":
            heldout_c_quote.SUBJECT[key] = (
                f"Payment reminder: {payment} overdue — {project} [{tag}]"
            )
            heldout_c_quote.REMINDER[key] = _en(who, project, contract, payment, amount, due, tag)
            continue
        # Our sender name is Simplified and Big5 cannot hold it: HK/TW get the English one.
        if lang == "zh":
            heldout_c_quote.ZH_THREADS.add(key)
        make = _zh if lang == "zh" else _hant
        title = f"{payment}逾期未付款项提醒" if lang == "zh" else f"{payment}逾期未付提示"
        heldout_c_quote.SUBJECT[key] = f"{title} — {project} [{tag}]"
        heldout_c_quote.REMINDER[key] = make(who, project, contract, payment, amount, due, tag)


_register()

D = {n: date(2026, 12, n) for n in range(1, 32)}
Entry = tuple[str, str, date | None, str, dict]


def client(
    thread: str, people: list[tuple[str, str]], tz: str = "", stage: str = "reminder", seq: int = 1
) -> Callable[..., Entry]:
    """An entry maker for one client: its thread, its people (``who``), zone and stage."""

    def entry(style: str, kind: str, due: date | None, body: str, who: int = 0, **opts) -> Entry:
        o: dict = {"thread": thread, "sender": people[who], "stage": stage, "seq": seq}
        if tz:
            o["tz"] = tz
        o.update(opts)
        return (style, kind, due, body, o)

    return entry
