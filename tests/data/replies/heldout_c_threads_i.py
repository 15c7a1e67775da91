"""The reminders set I's replies answer (issue 12): yet other clients, contracts and stages.

Same shape as set H's threads (heldout_c_threads_h.Thread): keys ``i-…`` registered in the
machinery's tables. Traditional-Chinese Outlook (Big5) clients answer an English reminder,
as cuikuan writes only zh (simplified) or en.
"""

from __future__ import annotations

from heldout_c_threads_h import Thread, register

THREADS = [
    Thread("i-drone", "SZ-2026-088", "m2", "飞控地面站软件", "第二期款", "76,000.00", "2026年11月21日", "李总", True),
    Thread("i-tea", "AJ-2026-003", "final", "白茶溯源小程序", "尾款", "18,600.00", "2026年11月16日", "陈社长", True),
    Thread("i-design", "SH-2026-140", "phase3", "BIM协同设计平台", "三期款", "264,000.00", "2026年11月25日", "张所长", True),
    Thread("i-design-d", "SH-2026-140", "phase3", "BIM协同设计平台", "三期款", "264,000.00", "2026年11月25日", "张所长", True, "demand"),
    Thread("i-auto", "WH-2026-052", "m1", "MES质量追溯系统", "首付款", "150,000.00", "2026年10月28日", "胡经理", True),
    Thread("i-auto-d", "WH-2026-052", "m1", "MES质量追溯系统", "首付款", "150,000.00", "2026年10月28日", "胡经理", True, "demand"),
    Thread("i-resort", "HN-2026-017", "m2", "度假酒店会员系统", "第二期款", "98,000.00", "2026年11月28日", "符总", True),
    Thread("i-pig", "HY-2026-031", "final", "猪场饲喂数据平台", "验收款", "187,000.00", "2026年11月20日", "郭部长", True),
    Thread("i-museum", "BJ-2026-009", "final", "数字展厅导览系统", "尾款", "55,000.00", "2026年11月30日", "赵老师", True),
    Thread("i-tw", "TC-2026-015", "m2", "工具機遠端監控平台", "第二期款", "USD 24,000.00", "2026年11月24日", "吳經理", True),
    Thread("i-tw-en", "TC-2026-015", "m2", "Remote monitoring platform for machine tools", "Second payment", "USD 24,000.00", "24 November 2026", "Mr Wu", False),
    Thread("i-hk", "HKP-2026-06", "m1", "Listing portal revamp", "First payment", "HKD 120,000.00", "20 November 2026", "Mr Leung", False),
    Thread("i-pl", "PL-2026-04", "m2", "Warehouse scanning app", "Milestone 2 payment", "EUR 32,400.00", "18 November 2026", "Ms Nowak", False),
    Thread("i-ng", "NG-2026-02", "uat", "KYC onboarding module", "UAT payment", "USD 22,500.00", "19 November 2026", "Mr Okafor", False),
    Thread("i-ca", "CA-2026-01", "m1", "Donor CRM migration", "First milestone payment", "CAD 14,500.00", "23 November 2026", "Ms Tremblay", False),
    Thread("i-mx", "MX-2026-05", "m2", "Inventory sync service", "Second payment", "USD 16,800.00", "17 November 2026", "Mr Herrera", False),
    Thread("i-ie", "IE-2026-03", "m3", "Localisation engineering", "Milestone 3 payment", "EUR 24,000.00", "26 November 2026", "Niamh", False),
    Thread("i-ie-n", "IE-2026-03", "m4", "Localisation engineering", "Milestone 4 payment", "EUR 18,000.00", "9 December 2026", "Niamh", False, "notice"),
]  # fmt: skip

STAGE = register(THREADS)
