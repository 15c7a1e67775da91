"""Contracts and reminders of held-out set ZL (written blind to the rules, session 15).

Each reply of set ZL threads to one of these reminders and quotes it. The reminder texts
are those templates/zh and templates/en render (the builders of heldout_c_register.py):
the first reminder, the second one and a 催款函 / formal demand for a few clients.
Importing this module registers them into heldout_c_mime.CONTRACTS and
heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_en_demand, register_zh, register_zh_demand

# fmt: off
# Simplified Chinese clients
register_zh("zl_yx", "YX-2026-022", "final", "蒋老师", "紫砂作品溯源与网店订单系统", "尾款", "￥68,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zl_yx2", "YX-2026-022", "final", "蒋老师", "紫砂作品溯源与网店订单系统", "尾款", "￥68,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh("zl_xie", "SZ-2026-061", "phase2", "沈总", "提货卡核销与冷链配送系统", "二期款", "￥112,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zl_xied", "SZ-2026-061", "phase2", "苏州蟹之源水产有限公司", "提货卡核销与冷链配送系统",
           "二期款", "￥112,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zl_zg", "ZG-2026-015", "acceptance", "罗董", "海外灯会项目与物料追踪系统", "验收款", "￥156,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zl_lz", "LZ-2026-038", "golive", "韦总", "米粉生产MES与批次追溯系统", "上线款", "￥188,000.00",
    "2026年11月18日", 12, "2026年11月30日")
register_zh("zl_lz2", "LZ-2026-038", "golive", "韦总", "米粉生产MES与批次追溯系统", "上线款", "￥188,000.00",
    "2026年11月18日", 20, "2026年12月8日", second=True)
register_zh("zl_dg", "DG-2026-044", "midterm", "叶校长", "学员约车与模拟器管理系统", "中期款", "￥45,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zl_hb", "HZ-2026-071", "final", "沈师傅", "湖笔网店与非遗体验预约系统", "尾款", "￥29,800.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zl_hl", "HL-2026-009", "final", "吴老板", "民宿订房与房务系统", "尾款", "NT$156,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zl_hk", "HK-2026-081", "golive", "Mr. Kwok", "Minibus GPS and Octopus reconciliation",
    "Go-live payment", "HKD 78,000.00", "13 November 2026", 17)
register_en_demand("zl_hkd", "HK-2026-081", "golive", "New Territories Green Minibus Co. Ltd.", "Mr. Kwok",
           "Minibus GPS and Octopus reconciliation", "Go-live payment", "HKD 78,000.00",
           "13 November 2026", 25, "8 December 2026", "18 December 2026")
register_en("zl_mo", "MO-2026-012", "final", "Ms. Leong", "Bakery POS and central kitchen orders", "Final payment",
    "HKD 36,000.00", "20 November 2026", 10)
register_en("zl_cy", "UK-2026-047", "phase2", "Gareth", "Slate block tracking and dispatch", "Phase 2 payment",
    "GBP 18,400.00", "16 November 2026", 14)
register_en("zl_oh", "US-2026-052", "final", "Doug", "Tanning drum monitoring", "Final payment", "USD 24,000.00",
    "November 10, 2026", 20)
register_en("zl_oh2", "US-2026-052", "final", "Doug", "Tanning drum monitoring", "Final payment", "USD 24,000.00",
    "November 10, 2026", 28, second=True)
register_en("zl_ad", "AD-2026-003", "midterm", "Mr. Puig", "Lift ticketing and snowmaking monitoring",
    "Mid-term payment", "EUR 21,500.00", "20 November 2026", 10)
register_en("zl_kl", "IN-2026-066", "phase2", "Mr. Thomas", "Houseboat booking and crew roster", "Phase 2 payment",
    "USD 12,600.00", "16 November 2026", 14)
register_en("zl_zn", "TZ-2026-005", "final", "Mr. Salim", "Spice farm tours and export lots", "Final payment",
    "USD 9,400.00", "20 November 2026", 10)
# fmt: on

STAGES = {"zl_yx2": ("reminder", 2), "zl_xied": ("demand", 1), "zl_lz2": ("reminder", 2),
          "zl_hkd": ("demand", 1), "zl_oh2": ("reminder", 2)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZL: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
