"""Contracts and reminders of held-out set ZS (written blind to the rules, session 17).

Each reply of set ZS threads to one of these reminders and quotes it. The reminder texts
are those templates/zh and templates/en render (the builders of heldout_c_register.py):
the first reminder, the second one and a 催款函 / formal demand for a few clients.
Set ZS is international-heavy: overseas clients and Chinese clients' overseas subsidiaries.
Importing this module registers them into heldout_c_mime.CONTRACTS and
heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_en_demand, register_zh, register_zh_demand

# fmt: off
# Simplified Chinese reminders
register_zh("zs_tx", "TX-2026-046", "phase2", "沈总", "羊毛衫织造排产与外贸订单系统", "二期款", "￥92,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zs_tx2", "TX-2026-046", "phase2", "沈总", "羊毛衫织造排产与外贸订单系统", "二期款", "￥92,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zs_kq", "KQ-2026-071", "final", "金总", "面料仓储与外贸跟单系统", "尾款", "￥78,000.00",
    "2026年11月13日", 17, "2026年11月30日")
register_zh("zs_wz", "WZ-2026-088", "acceptance", "潘总", "阀门出口订单与质检追溯系统", "验收款", "￥110,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh_demand("zs_wzd", "WZ-2026-088", "acceptance", "温州瓯江阀门制造有限公司", "阀门出口订单与质检追溯系统",
           "验收款", "￥110,000.00", "2026年11月25日", 13, "2026年12月8日", "2026年12月18日")
register_zh("zs_kh", "KH-2026-012", "golive", "叶总", "箱包生产排程与外贸出货系统", "上线款", "￥64,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zs_kl", "KL-2026-035", "final", "簡董", "漁貨冷凍倉儲與出貨管理系統", "尾款", "NT$185,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zs_vn", "VN-2026-066", "midterm", "罗厂长", "灯饰工厂生产报工与越南语看板系统", "中期款", "￥58,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zs_ae", "AE-2026-027", "midterm", "Mr. Haddad", "Chandlery orders and vessel supply", "Mid-term payment",
    "USD 12,600.00", "20 November 2026", 10)
register_en("zs_kt", "KT-2026-059", "phase2", "Mr. Yip", "Shipment booking and customs documents", "Phase 2 payment",
    "HKD 86,000.00", "20 November 2026", 10)
register_en("zs_in", "IN-2026-041", "phase2", "Mr. Subramaniam", "Knitting production planning and buyer compliance",
    "Phase 2 payment", "USD 16,500.00", "20 November 2026", 10)
register_en("zs_in2", "IN-2026-041", "phase2", "Mr. Subramaniam", "Knitting production planning and buyer compliance",
    "Phase 2 payment", "USD 16,500.00", "20 November 2026", 18, second=True)
register_en("zs_ng", "NG-2026-023", "final", "Alhaji Danjuma", "Sesame sourcing and warehouse receipts", "Final payment",
    "USD 11,200.00", "16 November 2026", 14)
register_en("zs_il", "PH-2026-052", "golive", "Ms. Villanueva", "Agent scheduling and QA scoring", "Go-live payment",
    "USD 9,800.00", "20 November 2026", 10)
register_en("zs_de", "DE-2026-017", "acceptance", "Mr. Bauer", "Machine monitoring and batch traceability",
    "Acceptance payment", "EUR 24,600.00", "20 November 2026", 10)
register_en("zs_us", "US-2026-064", "midterm", "Mr. Pan", "Distributor portal and warranty claims", "Mid-term payment",
    "USD 18,000.00", "November 20, 2026", 10)
register_en("zs_br", "BR-2026-009", "final", "Mr. Schmitt", "Export orders and container loading", "Final payment",
    "USD 13,400.00", "13 November 2026", 17)
register_en("zs_sa", "SA-2026-030", "phase2", "Mr. Al-Harbi", "Spare parts catalogue and tender tracking",
    "Phase 2 payment", "USD 21,000.00", "16 November 2026", 14)
register_en_demand("zs_sad", "SA-2026-030", "phase2", "Gulf Coast Industrial Supplies Co.", "Mr. Al-Harbi",
           "Spare parts catalogue and tender tracking", "Phase 2 payment", "USD 21,000.00", "16 November 2026", 22,
           "8 December 2026", "18 December 2026")
# fmt: on

STAGES = {"zs_tx2": ("reminder", 2), "zs_wzd": ("demand", 1), "zs_in2": ("reminder", 2),
          "zs_sad": ("demand", 1)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZS: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)


def jan(day: int) -> date:
    """A day of January 2027."""
    return date(2027, 1, day)
