"""Contracts and reminders of held-out set ZG (written blind to the rules, session 13).

Each reply of set ZG threads to one of these reminders and quotes it. The reminders are
written as templates/zh and templates/en write them: the first reminder, the second one
and a 催款函 / formal demand for a few clients. Importing this module registers them into
heldout_c_mime.CONTRACTS and heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_en_demand, register_zh, register_zh_demand

# fmt: off
# Simplified Chinese clients (mainland, Malaysia, Singapore)
register_zh("zg_jdz", "JDZ-2026-031", "final", "程总", "窑炉烧成监控与订单管理系统", "尾款", "￥96,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zg_jdz2", "JDZ-2026-031", "final", "程总", "窑炉烧成监控与订单管理系统", "尾款", "￥96,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh("zg_st", "ST-2026-044", "acceptance", "陈总", "出口订单与验货管理系统", "验收款", "￥128,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zg_nt", "NT-2026-052", "phase2", "施经理", "电商仓储管理系统（WMS）二期", "二期款", "￥74,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zg_ntd", "NT-2026-052", "phase2", "南通海门锦程家纺有限公司", "电商仓储管理系统（WMS）二期",
           "二期款", "￥74,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zg_dl", "DL-2026-018", "midterm", "于总", "海参养殖水质在线监测系统", "中期款", "￥58,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zg_pt", "PT-2026-027", "golive", "林经理", "鞋业生产排程MES", "上线款", "￥142,000.00",
    "2026年11月18日", 12, "2026年11月30日")
register_zh("zg_zz", "ZZ-2026-009", "final", "李园长", "家园共育小程序", "尾款", "￥36,000.00",
    "2026年11月10日", 20, "2026年11月30日")
register_zh("zg_my", "MY-2026-006", "final", "黄总", "燕窝溯源与出口单证系统", "尾款", "US$14,500.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zg_sg", "SG-2026-011", "phase2", "陈小姐", "婚纱摄影档期预约系统", "二期款", "US$9,800.00",
    "2026年11月20日", 10, "2026年11月30日")
# Traditional Chinese clients (answering the Simplified or the English reminder)
register_zh("zg_lk", "LK-2026-014", "final", "施老闆", "佛具訂單與工班排程系統", "尾款", "US$11,800.00",
    "2026年11月20日", 10, "2026年11月30日")
register_en("zg_tc", "TC-2026-003", "final", "Ms. Wu", "Toucheng Visitor Guide App", "Final payment",
    "TWD 280,000.00", "20 November 2026", 10)
register_en("zg_hk", "HK-2026-072", "golive", "Mr. Tse", "Kitchen ordering and POS", "Go-live payment",
    "HKD 64,000.00", "16 November 2026", 14)
register_en_demand("zg_hkd", "HK-2026-072", "golive", "Tse Kee Cafe Group Limited", "Mr. Tse",
           "Kitchen ordering and POS", "Go-live payment", "HKD 64,000.00", "16 November 2026", 22,
           "8 December 2026", "18 December 2026")
register_en("zg_mo", "MO-2026-008", "final", "Ms. Lou", "Jewellery stock system", "Final payment",
    "HKD 42,000.00", "20 November 2026", 10)
# English-writing clients
register_en("zg_ie", "IE-2026-019", "final", "Siobhán", "Press-house and tank monitoring", "Final payment",
    "EUR 19,800.00", "13 November 2026", 17)
register_en("zg_uk", "UK-2026-033", "phase2", "Kerry", "Depuration tank monitoring", "Phase 2 payment",
    "GBP 22,500.00", "16 November 2026", 14)
register_en("zg_us", "US-2026-040", "acceptance", "Dana", "Hive telemetry and extraction tracking",
    "Acceptance payment", "USD 26,400.00", "10 November 2026", 20)
register_en_demand("zg_usd", "US-2026-040", "acceptance", "Big Sky Honey Company LLC", "Dana Kowalczyk",
           "Hive telemetry and extraction tracking", "Acceptance payment", "USD 26,400.00",
           "10 November 2026", 28, "8 December 2026", "18 December 2026")
register_en("zg_ca", "CA-2026-025", "midterm", "Brent", "Scale and bin inventory integration",
    "Mid-term payment", "CAD 31,000.00", "16 November 2026", 14)
register_en("zg_nz", "NZ-2026-012", "golive", "Aroha", "Bathing-pool ticketing and lockers", "Go-live payment",
    "USD 15,600.00", "20 November 2026", 10)
register_en("zg_pl", "PL-2026-007", "final", "Ms. Nowak", "Amber workshop order tracking", "Final payment",
    "EUR 13,400.00", "16 November 2026", 14)
register_en("zg_cork", "PT-2026-029", "midterm", "Eng. Rui Ferreira", "Cork-stopper grading line",
    "Mid-term payment", "EUR 17,250.00", "20 November 2026", 10)
register_en("zg_hu", "HU-2026-004", "final", "Mr. Szabó", "Paprika mill batch records", "Final payment",
    "EUR 9,900.00", "20 November 2026", 10)
# fmt: on

# fmt: off
register_en("zg_hc", "HC-2026-015", "phase2", "Mr. Peng", "Production batch and delivery app", "Phase 2 payment",
    "TWD 198,000.00", "16 November 2026", 14)
register_en("zg_sc", "SC-2026-021", "final", "Morag", "Loom monitoring and cloth tracking", "Final payment",
    "GBP 14,800.00", "20 November 2026", 10)
register_en("zg_me", "ME-2026-013", "phase2", "Carol", "IQF line monitoring", "Phase 2 payment", "USD 21,000.00",
    "November 16, 2026", 14)
register_en("zg_br", "BR-2026-010", "midterm", "Mr. Barbosa", "Pulp plant cold-chain tracking", "Mid-term payment",
    "USD 18,900.00", "20 November 2026", 10)
register_en("zg_ns", "NS-2026-017", "final", "Nicole", "Evaporation-pan monitoring", "Final payment",
    "CAD 12,200.00", "16 November 2026", 14)
# fmt: on

STAGES = {"zg_jdz2": ("reminder", 2), "zg_ntd": ("demand", 1), "zg_hkd": ("demand", 1),
          "zg_usd": ("demand", 1)}  # fmt: skip
"""Threads that are not the first reminder: the second reminder and the demands."""


def entry(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    thread: str,
    day: int | date,
    who: tuple[str, str],
    **opts: object,
) -> tuple:
    """One entry of set ZG: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
