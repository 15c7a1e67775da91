"""Contracts and reminders of held-out set ZQ (written blind to the rules, session 17).

Each reply of set ZQ threads to one of these reminders and quotes it. The reminder texts
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
register_zh("zq_cl", "CL-2026-048", "golive", "董总", "雪具租赁与教练排课系统", "上线款", "￥168,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zq_cl2", "CL-2026-048", "golive", "董总", "雪具租赁与教练排课系统", "上线款", "￥168,000.00",
    "2026年11月20日", 18, "2026年12月8日", second=True)
register_zh("zq_qz", "QZ-2026-071", "midterm", "黄总", "茶叶包装印刷排产与订单系统", "中期款", "￥72,000.00",
    "2026年11月25日", 5, "2026年11月30日")
register_zh("zq_sg", "SG-2026-036", "final", "和社长", "松茸收购分级与冷链溯源系统", "尾款", "￥64,000.00",
    "2026年10月31日", 30, "2026年11月30日")
register_zh_demand("zq_sgd", "SG-2026-036", "final", "香格里拉市吉祥松茸专业合作社", "松茸收购分级与冷链溯源系统",
           "尾款", "￥64,000.00", "2026年10月31日", 38, "2026年12月8日", "2026年12月18日")
register_zh("zq_py", "PY-2026-022", "acceptance", "雷总", "醋缸发酵监测与经销订单系统", "验收款", "￥92,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zq_yz", "YZ-2026-059", "phase2", "殷厂长", "漆器工序计件与订单系统", "二期款", "￥54,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zq_yz2", "YZ-2026-059", "phase2", "殷厂长", "漆器工序计件与订单系统", "二期款", "￥54,000.00",
    "2026年11月16日", 22, "2026年12月8日", second=True)
register_zh("zq_sh", "SH-2026-113", "final", "邵总", "票务分销与演出排期系统", "尾款", "￥136,000.00",
    "2026年11月13日", 17, "2026年11月30日")
register_zh_demand("zq_shd", "SH-2026-113", "final", "上海云间剧院管理有限公司", "票务分销与演出排期系统",
           "尾款", "￥136,000.00", "2026年11月13日", 25, "2026年12月8日", "2026年12月18日")
register_zh("zq_zy", "ZY-2026-030", "acceptance", "罗总", "辣椒收购与发酵罐监控系统", "验收款", "￥88,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zq_bw", "BW-2026-011", "acceptance", "江馆长", "文物数字化与预约导览系统", "验收款", "￥126,000.00",
    "2026年11月16日", 14, "2026年11月30日")
register_zh("zq_lz", "LZ-2026-052", "phase2", "马总", "门店收银与中央厨房配送系统", "二期款", "￥46,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zq_km", "KM-2026-044", "final", "普总", "鲜切花拍卖与冷链配送系统", "尾款", "￥78,000.00",
    "2026年11月20日", 10, "2026年11月30日")
register_zh("zq_tn", "TN-2026-017", "final", "蔡老闆", "神轎花燈出租與廟會檔期系統", "尾款", "NT$318,000.00",
    "2026年11月20日", 10, "2026年11月30日")
# English reminders
register_en("zq_kb", "KB-2026-064", "phase2", "Mr. Chow", "Site progress and variation orders", "Phase 2 payment",
    "HKD 96,000.00", "20 November 2026", 10)
register_en_demand("zq_kbd", "KB-2026-064", "phase2", "Bayview Interior Works Ltd.", "Mr. Chow",
           "Site progress and variation orders", "Phase 2 payment", "HKD 96,000.00", "20 November 2026", 18,
           "8 December 2026", "18 December 2026")
register_en("zq_gb", "GB-2026-012", "golive", "Ms. Van der Merwe", "Dive bookings and boat manifests",
    "Go-live payment", "USD 11,400.00", "16 November 2026", 14)
register_en("zq_np", "NP-2026-027", "final", "Mr. Sherpa", "Trek permits and porter roster", "Final payment",
    "USD 8,800.00", "20 November 2026", 10)
register_en("zq_np2", "NP-2026-027", "final", "Mr. Sherpa", "Trek permits and porter roster", "Final payment",
    "USD 8,800.00", "20 November 2026", 18, second=True)
register_en("zq_ts", "TS-2026-040", "midterm", "Ms. Callaghan", "Cask inventory and bond reporting",
    "Mid-term payment", "AUD 24,600.00", "20 November 2026", 10)
register_en("zq_ka", "KA-2026-014", "acceptance", "Mr. Kapanadze", "Qvevri cellar monitoring and export lots",
    "Acceptance payment", "USD 10,500.00", "20 November 2026", 10)
register_en("zq_pt", "PT-2026-019", "final", "Ms. Ferreira", "Tile orders and kiln batches", "Final payment",
    "EUR 9,200.00", "20 November 2026", 10)
register_en("zq_ak", "AK-2026-009", "final", "Mr. Lindqvist", "Charter bookings and fish-box tracking",
    "Final payment", "USD 13,700.00", "November 20, 2026", 10)
# fmt: on

STAGES = {"zq_cl2": ("reminder", 2), "zq_sgd": ("demand", 1), "zq_yz2": ("reminder", 2),
          "zq_shd": ("demand", 1), "zq_kbd": ("demand", 1), "zq_np2": ("reminder", 2)}  # fmt: skip
"""Threads that are not the first reminder: the second reminders and the demands."""


def entry(style: str, kind: str, due: date | None, body: str, thread: str, day: int | date,
          who: tuple[str, str], **opts: object) -> tuple:  # fmt: skip
    """One entry of set ZQ: ``day`` is December 2026's day unless a date is given."""
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
