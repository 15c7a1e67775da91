"""Contracts and reminders of held-out set ZT (written blind to the rules, session 17).

Each reply of set ZT threads to one of these reminders and quotes it. The reminder texts
are those templates/zh and templates/en render (the builders of heldout_c_register.py):
the first reminder, and a second one for two clients. Importing this module registers them
into heldout_c_mime.CONTRACTS and heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_zh

# fmt: off
# Simplified Chinese reminders (the Hualien quarry reads the Simplified one too)
register_zh("zt_dl", "DL-2026-041", "final", "段总", "扎染订单与门店库存系统", "尾款", "￥58,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zt_xm", "XM-2026-077", "golive", "黄总", "轮渡票务分销与结算系统", "上线款", "￥86,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zt_xm2", "XM-2026-077", "golive", "黄总", "轮渡票务分销与结算系统", "上线款", "￥86,000.00",
    "2026年11月16日", 22, "2026年12月8日", second=True)
register_zh("zt_hz", "HZ-2026-052", "midterm", "叶总", "出口家具订单与集装箱排柜系统", "中期款", "￥132,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zt_wf", "WF-2026-018", "acceptance", "孙总", "风筝生产排单与电商发货系统", "验收款", "￥45,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zt_hl", "HL-2026-009", "phase2", "吳董", "石材荒料與板材庫存系統", "二期款", "NT$420,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zt_tw", "TW-2026-063", "final", "Mr. Tsang", "Lift maintenance scheduling and call-outs", "Final payment",
    "HKD 88,000.00", "20 November 2026", 10)
register_en("zt_pe", "PE-2026-024", "phase2", "Ms. Harrington", "Camp catering rosters and meal counts",
    "Phase 2 payment", "AUD 16,800.00", "20 November 2026", 10)
register_en("zt_mt", "MT-2026-011", "golive", "Ms. Tremblay", "Class enrolment and recital ticketing",
    "Go-live payment", "CAD 9,400.00", "November 16, 2026", 14)
register_en("zt_ct", "CT-2026-035", "midterm", "Mr. van der Merwe", "Wine export consignments and cold chain",
    "Mid-term payment", "USD 14,200.00", "25 November 2026", 5)
register_en("zt_mn", "MN-2026-047", "acceptance", "Ms. Villanueva", "Agent workforce scheduling", "Acceptance payment",
    "USD 22,500.00", "November 20, 2026", 10)
register_en("zt_mn2", "MN-2026-047", "acceptance", "Ms. Villanueva", "Agent workforce scheduling",
    "Acceptance payment", "USD 22,500.00", "November 20, 2026", 18, second=True)
# fmt: on

STAGES = {"zt_xm2": ("reminder", 2), "zt_mn2": ("reminder", 2)}
"""Threads that are not the first reminder."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZT: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
