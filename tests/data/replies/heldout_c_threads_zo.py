"""Contracts and reminders of held-out set ZO (written blind to the rules, session 17).

Each reply of set ZO threads to one of these reminders and quotes it. The reminder texts
are those templates/zh and templates/en render (the builders of heldout_c_register.py):
the first reminder (sent 30 November), the second one (8 December) and a 催款函 / formal
demand for two clients. Set ZO is about threads: most clients answer the second reminder or
the demand with their own earlier answer quoted below. Importing this module registers the
reminders into heldout_c_mime.CONTRACTS and heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_en_demand, register_zh, register_zh_demand

# fmt: off
# Simplified Chinese clients (and the Taiwan growers, who get the Chinese reminder)
register_zh("zo_xz", "XZ-2026-041", "phase2", "孟院长", "养老床位预约与护理记录系统", "二期款", "￥86,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zo_xz2", "XZ-2026-041", "phase2", "孟院长", "养老床位预约与护理记录系统", "二期款", "￥86,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zo_ly", "LY-2026-073", "final", "常总", "工程机械租赁计费与GPS调度系统", "尾款", "￥134,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zo_lyd", "LY-2026-073", "final", "洛阳豫工机械租赁有限公司", "工程机械租赁计费与GPS调度系统",
           "尾款", "￥134,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zo_yb", "YB-2026-015", "acceptance", "冉科长", "预防接种预约与冷链监测系统", "验收款", "￥210,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zo_yb2", "YB-2026-015", "acceptance", "冉科长", "预防接种预约与冷链监测系统", "验收款", "￥210,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh("zo_as", "AS-2026-029", "golive", "于总", "温泉客房与汤池预约系统", "上线款", "￥72,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zo_sz", "SZ-2026-118", "midterm", "Jason", "换电柜物联网与骑手计费平台", "中期款", "￥160,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zo_sz2", "SZ-2026-118", "midterm", "Jason", "换电柜物联网与骑手计费平台", "中期款", "￥160,000.00",
    "2026年11月25日", 13, "2026年12月8日", second=True)
register_zh("zo_ml", "ML-2026-052", "final", "谷厂长", "挂面生产排程与经销商订货系统", "尾款", "￥58,000.00",
    "2026年11月10日", 20, "2026年11月30日")
register_zh_demand("zo_mld", "ML-2026-052", "final", "隆尧县金穗面业有限公司", "挂面生产排程与经销商订货系统",
           "尾款", "￥58,000.00", "2026年11月10日", 28, "2026年12月8日", "2026年12月18日")
register_zh("zo_pt", "PT-2026-011", "final", "潘班長", "蓮霧分級與產銷訂單系統", "尾款", "NT$268,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zo_pt2", "PT-2026-011", "final", "潘班長", "蓮霧分級與產銷訂單系統", "尾款", "NT$268,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zo_wh", "WH-2026-088", "final", "丛总", "鱼竿碳布裁切排产与外贸订单系统", "尾款", "￥96,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zo_wh2", "WH-2026-088", "final", "丛总", "鱼竿碳布裁切排产与外贸订单系统", "尾款", "￥96,000.00",
    "2026年11月15日", 23, "2026年12月8日", second=True)
register_zh("zo_nn", "NN-2026-034", "phase2", "韦总", "智慧停车道闸与月卡管理平台", "二期款", "￥118,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zo_nn2", "NN-2026-034", "phase2", "韦总", "智慧停车道闸与月卡管理平台", "二期款", "￥118,000.00",
    "2026年11月25日", 13, "2026年12月8日", second=True)
# English reminders
register_en("zo_kc", "KC-2026-036", "phase2", "Mr. Tse", "Print job ticketing and plate room", "Phase 2 payment",
    "HKD 84,000.00", "20 November 2026", 10)
register_en("zo_kc2", "KC-2026-036", "phase2", "Mr. Tse", "Print job ticketing and plate room", "Phase 2 payment",
    "HKD 84,000.00", "20 November 2026", 18, second=True)
register_en("zo_pg", "PG-2026-064", "golive", "Ms. Lim", "Component allocation and RMA tracking", "Go-live payment",
    "USD 22,800.00", "16 November 2026", 14)
register_en("zo_pg2", "PG-2026-064", "golive", "Ms. Lim", "Component allocation and RMA tracking", "Go-live payment",
    "USD 22,800.00", "16 November 2026", 22, second=True)
register_en("zo_cl", "CL-2026-027", "midterm", "Mr. Olivares", "Container imports and customs costing",
    "Mid-term payment", "USD 17,500.00", "20 November 2026", 10)
register_en_demand("zo_cld", "CL-2026-027", "midterm", "Importadora Puerto Austral SpA", "Mr. Olivares",
           "Container imports and customs costing", "Mid-term payment", "USD 17,500.00", "20 November 2026", 18,
           "8 December 2026", "18 December 2026")
register_en("zo_hu", "HU-2026-009", "acceptance", "Mr. Horváth", "CNC shop-floor scheduling and tool life",
    "Acceptance payment", "EUR 19,600.00", "20 November 2026", 10)
register_en("zo_hu2", "HU-2026-009", "acceptance", "Mr. Horváth", "CNC shop-floor scheduling and tool life",
    "Acceptance payment", "EUR 19,600.00", "20 November 2026", 18, second=True)
register_en("zo_br", "BR-2026-021", "midterm", "Mr. Bittencourt", "Bus body line and chassis tracking",
    "Mid-term payment", "USD 26,400.00", "20 November 2026", 10)
register_en("zo_br2", "BR-2026-021", "midterm", "Mr. Bittencourt", "Bus body line and chassis tracking",
    "Mid-term payment", "USD 26,400.00", "20 November 2026", 18, second=True)
register_en("zo_tn", "TN-2026-012", "final", "Mr. Ben Salah", "Olive intake and export lots", "Final payment",
    "EUR 14,200.00", "20 November 2026", 10)
register_en("zo_tn2", "TN-2026-012", "final", "Mr. Ben Salah", "Olive intake and export lots", "Final payment",
    "EUR 14,200.00", "20 November 2026", 18, second=True)
# fmt: on

STAGES = {"zo_xz2": ("reminder", 2), "zo_lyd": ("demand", 1), "zo_yb2": ("reminder", 2),
          "zo_sz2": ("reminder", 2), "zo_mld": ("demand", 1), "zo_pt2": ("reminder", 2),
          "zo_kc2": ("reminder", 2), "zo_pg2": ("reminder", 2), "zo_cld": ("demand", 1),
          "zo_hu2": ("reminder", 2), "zo_wh2": ("reminder", 2), "zo_nn2": ("reminder", 2),
          "zo_br2": ("reminder", 2), "zo_tn2": ("reminder", 2)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZO: ``day`` is December 2026's day unless a date is given."""
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
