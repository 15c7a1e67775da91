"""Contracts and reminders of held-out set ZP (written blind to the rules, session 17).

Each reply of set ZP threads to one of these reminders and quotes it. The reminder texts
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
register_zh("zp_tlf", "TL-2026-046", "final", "艾力理事长", "葡萄干晾房温湿度监测与分级包装系统", "尾款", "￥76,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zp_tlf2", "TL-2026-046", "final", "艾力理事长", "葡萄干晾房温湿度监测与分级包装系统", "尾款", "￥76,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zp_ly", "LY-2026-071", "midterm", "牛总", "牡丹种苗库存与出口检疫追溯系统", "中期款", "￥64,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zp_ee", "EE-2026-015", "golive", "乔董", "羊绒分梳与横机织造排产系统", "上线款", "￥185,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zp_ee2", "EE-2026-015", "golive", "乔董", "羊绒分梳与横机织造排产系统", "上线款", "￥185,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh_demand("zp_eed", "EE-2026-015", "golive", "鄂尔多斯市雪原羊绒制品有限公司", "羊绒分梳与横机织造排产系统",
           "上线款", "￥185,000.00", "2026年11月15日", 30, "2026年12月15日", "2026年12月25日")
register_zh("zp_cz", "CZ-2026-088", "phase2", "黄总", "甘蔗进厂过磅与砍运调度系统", "二期款", "￥142,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh_demand("zp_czd", "CZ-2026-088", "phase2", "崇左市甘泉糖业有限公司", "甘蔗进厂过磅与砍运调度系统",
           "二期款", "￥142,000.00", "2026年11月20日", 18, "2026年12月8日", "2026年12月18日")
register_zh("zp_wx", "WX-2026-024", "acceptance", "刘校长", "学员学籍与住宿收费管理系统", "验收款", "￥52,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zp_kh", "KH-2026-052", "final", "陳董", "漁網織造排程與出貨管理系統", "尾款", "NT$420,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zp_kh2", "KH-2026-052", "final", "陳董", "漁網織造排程與出貨管理系統", "尾款", "NT$420,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zp_hm", "HM-2026-031", "midterm", "曹厂长", "墨锭烟料配比与订单管理系统", "中期款", "￥48,000.00",
    "2026年11月25日", 5, "2026年11月30日")
# English reminders
register_en("zp_hk", "HK-2026-063", "phase2", "Mr. Lau", "Fabric stock and wholesale orders", "Phase 2 payment",
    "HKD 86,000.00", "20 November 2026", 10)
register_en_demand("zp_hkd", "HK-2026-063", "phase2", "Tak Hing Piece Goods Co. Ltd.", "Mr. Lau",
           "Fabric stock and wholesale orders", "Phase 2 payment", "HKD 86,000.00", "20 November 2026", 18,
           "8 December 2026", "18 December 2026")
register_en("zp_du", "DU-2026-039", "milestone3", "Ms. O'Rourke", "Localisation pipeline and build server",
    "Milestone 3 payment", "EUR 22,400.00", "20 November 2026", 10)
register_en("zp_la", "LA-2026-027", "midterm", "Mr. Adeyemi", "Fleet tracking and customs clearance",
    "Mid-term payment", "USD 16,500.00", "16 November 2026", 14)
register_en("zp_la2", "LA-2026-027", "midterm", "Mr. Adeyemi", "Fleet tracking and customs clearance",
    "Mid-term payment", "USD 16,500.00", "16 November 2026", 22, second=True)
register_en("zp_bs", "BS-2026-058", "final", "Mr. Park", "Valve test records and shipyard delivery", "Final payment",
    "USD 27,300.00", "20 November 2026", 10)
register_en("zp_tx", "TX-2026-033", "golive", "Mr. Hollis", "Pecan shelling line and grower settlements",
    "Go-live payment", "USD 19,800.00", "November 20, 2026", 10)
register_en_demand("zp_txd", "TX-2026-033", "golive", "Brazos Valley Pecan Co.", "Mr. Hollis",
           "Pecan shelling line and grower settlements", "Go-live payment", "USD 19,800.00", "November 20, 2026",
           18, "8 December 2026", "18 December 2026")
# fmt: on

STAGES = {"zp_tlf2": ("reminder", 2), "zp_ee2": ("reminder", 2), "zp_eed": ("demand", 1),
          "zp_czd": ("demand", 1), "zp_kh2": ("reminder", 2), "zp_hkd": ("demand", 1),
          "zp_la2": ("reminder", 2), "zp_txd": ("demand", 1)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZP: ``day`` is December 2026's day unless a date is given."""
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
