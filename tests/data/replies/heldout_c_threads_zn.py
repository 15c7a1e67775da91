"""Contracts and reminders of held-out set ZN (written blind to the rules, session 16).

Each reply of set ZN threads to one of these reminders and quotes it. The reminder texts
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
register_zh("zn_pj", "PJ-2026-019", "acceptance", "于社长", "鳖塘水质监测与甲鱼分级销售系统", "验收款", "￥118,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zn_pj2", "PJ-2026-019", "acceptance", "于社长", "鳖塘水质监测与甲鱼分级销售系统", "验收款", "￥118,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zn_dy", "DY-2026-057", "midterm", "束总", "镜片镀膜生产与订单管理系统", "中期款", "￥96,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zn_zn", "NX-2026-033", "final", "马总", "酒桶灌装与等级溯源系统", "尾款", "￥84,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zn_znd", "NX-2026-033", "final", "宁夏贺兰红酒庄有限公司", "酒桶灌装与等级溯源系统",
           "尾款", "￥84,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zn_zz", "ZZ-2026-082", "golive", "郭总", "罐车调度与地磅称重系统", "上线款", "￥152,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zn_zz2", "ZZ-2026-082", "golive", "郭总", "罐车调度与地磅称重系统", "上线款", "￥152,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh("zn_cd", "CD-2026-064", "phase2", "邓总", "自习室座位预约与会员管理系统", "二期款", "￥68,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zn_sz", "SZ-2026-101", "final", "钱总", "墓位销售与祭扫预约系统", "尾款", "￥125,000.00",
    "2026年11月13日", 17, "2026年11月30日")
register_zh_demand("zn_szd", "SZ-2026-101", "final", "苏州松鹤园陵园管理有限公司", "墓位销售与祭扫预约系统",
           "尾款", "￥125,000.00", "2026年11月13日", 25, "2026年12月8日", "2026年12月18日")
register_zh("zn_ks", "KS-2026-027", "final", "鄭主委", "光明燈與香油錢登記系統", "尾款", "NT$236,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zn_st", "ST-2026-044", "phase2", "Mr. Leung", "Job dispatch and spare parts", "Phase 2 payment",
    "HKD 72,000.00", "20 November 2026", 10)
register_en_demand("zn_std", "ST-2026-044", "phase2", "Shatin Cool Air Engineering Co. Ltd.", "Mr. Leung",
           "Job dispatch and spare parts", "Phase 2 payment", "HKD 72,000.00", "20 November 2026", 18,
           "8 December 2026", "18 December 2026")
register_en("zn_mo", "MC-2026-013", "golive", "Ms. Lei", "Tour booking and guide roster", "Go-live payment",
    "HKD 38,000.00", "16 November 2026", 14)
register_en("zn_ph", "PH-2026-018", "final", "Ms. Dela Cruz", "Cacao fermentation and lot tracking", "Final payment",
    "USD 12,400.00", "20 November 2026", 10)
register_en("zn_vn", "VN-2026-031", "midterm", "Mr. Tuan", "Fermentation tanks and export lots", "Mid-term payment",
    "USD 15,800.00", "20 November 2026", 10)
register_en("zn_ke", "KE-2026-008", "phase2", "Mr. Kiprono", "Fare collection and fleet tracking", "Phase 2 payment",
    "USD 9,600.00", "16 November 2026", 14)
register_en("zn_ke2", "KE-2026-008", "phase2", "Mr. Kiprono", "Fare collection and fleet tracking", "Phase 2 payment",
    "USD 9,600.00", "16 November 2026", 22, second=True)
register_en("zn_pl", "PL-2026-022", "acceptance", "Ms. Nowak", "Candle moulding and export orders",
    "Acceptance payment", "EUR 13,900.00", "20 November 2026", 10)
register_en("zn_mx", "MX-2026-016", "golive", "Mr. Ramírez", "Agave batches and bottling traceability", "Go-live payment",
    "USD 18,200.00", "13 November 2026", 17)
register_en_demand("zn_mxd", "MX-2026-016", "golive", "Mezcalera Los Danzantes de Oaxaca S.A. de C.V.", "Mr. Ramírez",
           "Agave batches and bottling traceability", "Go-live payment", "USD 18,200.00", "13 November 2026", 25,
           "8 December 2026", "18 December 2026")
register_en("zn_ca", "CA-2026-029", "final", "Mr. Friesen", "Oyster lease harvest and shipping", "Final payment",
    "CAD 21,500.00", "November 20, 2026", 10)
register_en("zn_pk", "PK-2026-037", "midterm", "Mr. Butt", "Fan assembly line and dealer orders", "Mid-term payment",
    "USD 14,600.00", "20 November 2026", 10)
# fmt: on

STAGES = {"zn_pj2": ("reminder", 2), "zn_znd": ("demand", 1), "zn_zz2": ("reminder", 2),
          "zn_szd": ("demand", 1), "zn_std": ("demand", 1), "zn_ke2": ("reminder", 2),
          "zn_mxd": ("demand", 1)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZN: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
