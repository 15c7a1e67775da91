"""Contracts and reminders of held-out set ZR (written blind to the rules, session 17).

Each reply of set ZR threads to one of these reminders and quotes it. The reminder texts are
those templates/zh and templates/en render (the builders of heldout_c_register.py): the first
reminder, a second one and a 催款函 for a few clients. Importing this module registers them into
heldout_c_mime.CONTRACTS and heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from datetime import date

from heldout_c_register import register_en, register_zh, register_zh_demand

# fmt: off
register_zh("zr_ca", "CA-2026-071", "phase2", "方镇长", "垃圾分类积分与村务公开平台", "二期款", "￥86,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zr_ca2", "CA-2026-071", "phase2", "方镇长", "垃圾分类积分与村务公开平台", "二期款", "￥86,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zr_pj", "PJ-2026-046", "acceptance", "杨院长", "中药代煎与配送管理系统", "验收款", "￥132,000.00",
    "2026年11月18日", 12, "2026年11月30日")
register_zh_demand("zr_pjd", "PJ-2026-046", "acceptance", "蒲江县中医医院", "中药代煎与配送管理系统",
           "验收款", "￥132,000.00", "2026年11月18日", 20, "2026年12月8日", "2026年12月18日")
register_zh("zr_pd", "PD-2026-038", "midterm", "何主任", "课后服务报名与缴费系统", "中期款", "￥74,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zr_yw", "YW-2026-112", "final", "楼总", "袜机排产与外发加工对账系统", "尾款", "￥46,000.00",
    "2026年11月10日", 20, "2026年11月30日")
register_zh("zr_yw2", "YW-2026-112", "final", "楼总", "袜机排产与外发加工对账系统", "尾款", "￥46,000.00",
    "2026年11月10日", 28, "2026年12月8日", second=True)
register_zh("zr_mc", "MC-2026-059", "golive", "廖总", "门店扫码点单与中央厨房配送系统", "上线款", "￥58,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zr_jx", "JX-2026-083", "phase2", "沈总", "货车预约进场与堆场管理系统", "二期款", "￥99,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh_demand("zr_jxd", "JX-2026-083", "phase2", "嘉兴市顺达物流园管理有限公司", "货车预约进场与堆场管理系统",
           "二期款", "￥99,000.00", "2026年11月20日", 18, "2026年12月8日", "2026年12月18日")
register_zh("zr_cg", "CG-2026-024", "final", "王理事长", "丑柑采摘分级与社员结算系统", "尾款", "￥52,000.00",
    "2026年11月15日", 15, "2026年11月30日")
register_zh("zr_lp", "LP-2026-090", "golive", "钟总", "直播订单与仓库发货系统", "上线款", "￥64,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zr_ws", "WS-2026-035", "final", "邵站长", "智能水表抄表与收费系统", "尾款", "￥78,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zr_sq", "SQ-2026-041", "final", "蔡主任", "家庭医生签约与随访系统", "尾款", "￥48,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zr_dq", "DQ-2026-029", "acceptance", "沈场长", "湖羊养殖档案与屠宰订单系统", "验收款", "￥36,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zr_tc", "TC-2026-017", "final", "賴老闆", "鳳梨酥門市與宅配訂單系統", "尾款", "NT$318,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zr_hk", "HK-2026-052", "phase2", "Mr. Tse", "Cha chaan teng ordering and central kitchen",
    "Phase 2 payment", "HKD 64,000.00", "20 November 2026", 10)
register_en("zr_sz", "SZ-2026-066", "midterm", "Ms. Lin", "Cross-border store orders and overseas warehouse",
    "Mid-term payment", "USD 11,800.00", "20 November 2026", 10)
register_en("zr_sz2", "SZ-2026-066", "midterm", "Ms. Lin", "Cross-border store orders and overseas warehouse",
    "Mid-term payment", "USD 11,800.00", "20 November 2026", 18, second=True)
register_en("zr_sg", "SG-2026-031", "final", "Mr. Goh", "Tea export lots and distributor orders",
    "Final payment", "SGD 16,500.00", "16 November 2026", 14)
register_en("zr_hs", "HS-2026-047", "golive", "Mr. de Vries", "Hostel bookings and front desk", "Go-live payment",
    "CNY 42,000.00", "16 November 2026", 14)
# fmt: on

STAGES = {"zr_ca2": ("reminder", 2), "zr_pjd": ("demand", 1), "zr_yw2": ("reminder", 2),
          "zr_jxd": ("demand", 1), "zr_sz2": ("reminder", 2)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZR: ``day`` is December 2026's day unless a date is given."""
    stage, seq = STAGES.get(thread, ("reminder", 1))
    when = date(2026, 12, day) if isinstance(day, int) else day
    return (style, kind, due,
            body, {"thread": thread, "day": when, "sender": who, "stage": stage, "seq": seq, **opts})  # fmt: skip


def dec(day: int) -> date:
    """A day of December 2026."""
    return date(2026, 12, day)
