"""Contracts and reminders of held-out set ZM (written blind to the rules, session 16).

Each reply of set ZM threads to one of these reminders and quotes it. The reminder texts
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
register_zh("zm_xl", "XL-2026-011", "acceptance", "巴总", "屠宰分割与冷链追溯系统", "验收款", "￥176,000.00",
    "2026年11月18日", 12, "2026年11月30日")
register_zh("zm_xl2", "XL-2026-011", "acceptance", "巴总", "屠宰分割与冷链追溯系统", "验收款", "￥176,000.00",
    "2026年11月18日", 20, "2026年12月8日", second=True)
register_zh("zm_yw", "YW-2026-071", "golive", "楼总", "跨境订单与海外仓管理系统", "上线款", "￥132,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh_demand("zm_ywd", "YW-2026-071", "golive", "义乌市欣悦节庆用品有限公司", "跨境订单与海外仓管理系统",
           "上线款", "￥132,000.00", "2026年11月15日", 23, "2026年12月8日", "2026年12月18日")
register_zh("zm_sh", "SH-2026-093", "midterm", "顾总", "家政阿姨派单与保险管理系统", "中期款", "￥64,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zm_sh2", "SH-2026-093", "midterm", "顾总", "家政阿姨派单与保险管理系统", "中期款", "￥64,000.00",
    "2026年11月25日", 13, "2026年12月8日", second=True)
register_zh("zm_dh", "DH-2026-036", "phase2", "孙总", "水晶直播订单与库存管理系统", "二期款", "￥88,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zm_yq", "YQ-2026-046", "final", "林总", "断路器出厂检测数据与条码追溯系统", "尾款", "￥145,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zm_yqd", "YQ-2026-046", "final", "乐清市瓯宏电器有限公司", "断路器出厂检测数据与条码追溯系统",
           "尾款", "￥145,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zm_sd", "SD-2026-024", "midterm", "曾总", "打火机注塑与装配生产管理系统", "中期款", "￥72,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zm_tc", "TC-2026-048", "final", "賴總經理", "婚宴訂席與廚房備料系統", "尾款", "NT$268,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zm_hk", "HK-2026-094", "golive", "Mr. Chan", "Wholesale ordering and shop stock", "Go-live payment",
    "HKD 58,000.00", "16 November 2026", 14)
register_en_demand("zm_hkd", "HK-2026-094", "golive", "Siam Hong Trading Co. Ltd.", "Mr. Chan",
           "Wholesale ordering and shop stock", "Go-live payment", "HKD 58,000.00", "16 November 2026", 22,
           "8 December 2026", "18 December 2026")
register_en("zm_mo", "MO-2026-021", "final", "Ms. Ho", "Pawn ticket and collateral register", "Final payment",
    "HKD 46,000.00", "20 November 2026", 10)
register_en("zm_uk", "UK-2026-061", "phase2", "Alison", "Auction ring and lot tracking", "Phase 2 payment",
    "GBP 16,800.00", "16 November 2026", 14)
register_en("zm_us", "US-2026-067", "final", "Russell", "Crawfish grading and route dispatch", "Final payment",
    "USD 19,500.00", "November 13, 2026", 17)
register_en("zm_us2", "US-2026-067", "final", "Russell", "Crawfish grading and route dispatch", "Final payment",
    "USD 19,500.00", "November 13, 2026", 25, second=True)
register_en("zm_in", "IN-2026-072", "midterm", "Mr. Baruah", "Green leaf weighing and factory batch tracking",
    "Mid-term payment", "USD 13,200.00", "20 November 2026", 10)
register_en("zm_sg", "SG-2026-038", "golive", "Mr. Goh", "Fish stock, quarantine and export documents",
    "Go-live payment", "USD 17,400.00", "18 November 2026", 12)
register_en("zm_om", "OM-2026-009", "acceptance", "Mr. Al Hinai", "Date grading line and cold store",
    "Acceptance payment", "USD 22,800.00", "16 November 2026", 14)
register_en("zm_et", "ET-2026-004", "phase2", "Mr. Tesfaye", "Greenhouse harvest and cold chain tracking",
    "Phase 2 payment", "USD 11,600.00", "20 November 2026", 10)
register_en("zm_gh", "GH-2026-006", "final", "Mr. Mensah", "Packhouse grading and export lots", "Final payment",
    "USD 8,900.00", "20 November 2026", 10)
register_en("zm_nl", "NL-2026-015", "midterm", "Mr. van der Zwaan", "Bulb storage climate and order picking",
    "Mid-term payment", "EUR 19,400.00", "20 November 2026", 10)
register_en("zm_gr", "GR-2026-012", "final", "Mr. Kouris", "Mastic grading and lot traceability", "Final payment",
    "EUR 14,700.00", "13 November 2026", 17)
# fmt: on

STAGES = {"zm_xl2": ("reminder", 2), "zm_ywd": ("demand", 1), "zm_sh2": ("reminder", 2),
          "zm_yqd": ("demand", 1), "zm_hkd": ("demand", 1), "zm_us2": ("reminder", 2)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZM: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
