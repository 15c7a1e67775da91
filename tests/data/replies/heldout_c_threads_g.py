"""The reminders set G's clients answer: yet other trades, each with its own contract.

A kindergarten group, a film production company, a Ningbo freight forwarder, a Chengdu
restaurant chain, a Wuhan state-owned group, a Hsinchu electronics firm, a Hangzhou
live-streaming agency (MCN), and clients in Seoul, Dubai, São Paulo, Macau, Vietnam and
Melbourne. Importing this module registers each thread with the machinery, as set F's does.
Written blind to the classifier.
"""

from __future__ import annotations

from heldout_c_threads_f import PM, register

# thread: (lang, contract, milestone, greeting, project, item, amount, due)
THREADS_G = {
    "g-kg": ("zh", "QMX-2026-015", "golive", "尊敬的宋园长", "幼儿园家园共育平台", "上线款", "￥56,000.00", "2026年11月16日"),
    "g-film": ("zh", "GNYY-2026-33", "post", "周制片", "网络电影《夜航》后期制作", "后期制作款", "￥120,000.00", "2026年11月12日"),
    "g-freight": ("zh", "NBHT-2026-08", "annual", "尊敬的郑总", "货代业务管理系统", "系统年费", "￥88,000.00", "2026年11月23日"),
    "g-cdfood": ("zh", "SWF-2026-19", "pos", "刘老板", "门店收银及会员系统", "收银系统款", "￥34,600.00", "2026年11月19日"),
    "g-soe": ("zh", "WHJT-2026-IT-052", "final", "尊敬的钱主任", "集团数据中台建设项目", "验收款", "￥412,000.00", "2026年11月13日"),
    "g-tw": ("en", "JY-2026-TW-06", "nre", "Mr. Lin", "Bluetooth module firmware", "NRE fee", "USD 23,500.00", "17 November 2026"),
    "g-mcn": ("zh", "XM-2026-41", "oct", "阿杰", "直播数据看板系统", "10月系统服务费", "￥9,800.00", "2026年11月25日"),
    "g-kr": ("en", "HBG-2026-04", "beta", "Mr. Park", "Game analytics backend", "Beta milestone payment", "KRW 42,000,000", "19 November 2026"),
    "g-ae": ("en", "ANF-2026-10", "mob", "Mr. Haddad", "Facilities work-order app", "Mobilisation payment", "AED 61,000.00", "12 November 2026"),
    "g-br": ("en", "VVC-2026-02", "sprint3", "Ms. Souza", "E-commerce integration", "Sprint 3 payment", "USD 15,750.00", "20 November 2026"),
    "g-mo": ("en", "HLM-2026-07", "kiosk", "Mr. Leong", "Self check-in kiosks", "Kiosk installation payment", "MOP 96,000.00", "16 November 2026"),
    "g-vn": ("en", "SPP-2026-05", "mes", "Ms. Lan", "MES module", "MES module payment", "USD 11,200.00", "25 November 2026"),
    "g-au": ("en", "BHC-2026-03", "phase1", "Dr Walsh", "Clinic booking system", "Phase 1 payment", "AUD 27,300.00", "18 November 2026"),
}  # fmt: skip

register(THREADS_G, PM)
