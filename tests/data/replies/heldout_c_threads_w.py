"""The reminders answered in held-out set W (heldout_c_set_w.py), one thread per contract.

Each thread registers its contract and milestone (so every reply threads to
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``), the subject our reminder went out
with and the reminder text the client's client quotes. The texts follow templates/zh and
templates/en (first reminder and, for two threads, the demand letter), so the quote
carries our own words: 已付款, 付款回单, 异议, "already paid", "dispute".
"""

from __future__ import annotations

import heldout_c_mime as mime
import heldout_c_quote as quote

_ZH_BANK = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
_EN_BANK = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNSHHZH"
)


def _zh(key, cid, ms, title, mname, amount, due, days, to, demand=False) -> None:
    token = f"[CK-{cid}-{ms}]"
    if demand:
        subject = f"催款函：{mname}（{amount}） — {title} {token}"
        text = (
            f"尊敬的{to}：\n\n"
            f"这是我们第3次就{mname}发出提醒。该笔款项金额为{amount}，已于{due}到期，至今已逾期{days}天。\n\n"
            "我们理解贵司可能有内部流程需要时间，但款项长期逾期已经影响到我方的项目安排与资金计划。"
            "请于收到本邮件后三个工作日内回复明确的付款日期。如对该款项有任何异议，也请一并书面说明，以便双方尽快解决。\n\n"
            f"付款方式：\n{_ZH_BANK}"
        )
    else:
        subject = f"{mname}付款提醒 — {title} {token}"
        text = (
            f"尊敬的{to}：\n\n"
            f"冒昧打扰。根据我方记录，《{title}》的{mname}（{amount}）已于{due}到期，目前已逾期{days}天，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期"
            "（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。\n\n"
            f"付款方式：\n{_ZH_BANK}"
        )
    text += f"\n\n\n　　此致\n敬礼！\n\n王明\n示例科技有限公司　项目经理\n\n回复时请保留邮件主题中的编号 {token}。"
    mime.CONTRACTS[key] = (cid, ms)
    quote.SUBJECT[key] = subject
    quote.REMINDER[key] = text
    quote.ZH_THREADS.add(key)


def _en(key, cid, ms, title, mname, amount, due, days, to, demand=False) -> None:
    token = f"[CK-{cid}-{ms}]"
    if demand:
        subject = (
            f"{mname} is {days} days overdue — please confirm a payment date — {title} {token}"
        )
        text = (
            f"Dear {to},\n\nThis is our third reminder about the {mname} of {amount}, due on {due} "
            f"and now {days} days overdue.\n\nWe understand internal processes take time, but the delay now "
            "affects our project planning. Please reply within three working days with a firm payment date. "
            "If you dispute any part of this amount, please tell us in writing so that we can resolve it."
        )
    else:
        subject = f"Payment reminder: {mname} — {title} {token}"
        text = (
            f"Dear {to},\n\nA quick note: according to our records the {mname} ({amount}) under "
            f'"{title}" fell due on {due} and is now {days} days overdue; we have not yet seen it arrive.\n\n'
            "It may be in your approval process, or already paid and not yet matched on our side. If you "
            "have already paid, please reply with the payment date (and the remittance advice if you can) "
            "so that we can match it. If not, we would be grateful for your help in moving it along."
        )
    text += (
        f"\n\nHow to pay:\n{_EN_BANK}\n\nImportant: we never change our bank details by email.\n\n"
        f"Kind regards,\nWang Ming\nProject Manager, Example Tech Co., Ltd.\n\n"
        f"Please keep {token} in the subject line when you reply."
    )
    mime.CONTRACTS[key] = (cid, ms)
    quote.SUBJECT[key] = subject
    quote.REMINDER[key] = text


# fmt: off
# Simplified-Chinese reminders (mainland clients).
_zh("w_ly", "LY-2026-031", "final", "出口订单与安全库存管理系统", "尾款", "￥126,000.00", "2026年11月15日", 17, "谭会计")
_zh("w_lyd", "LY-2026-031", "final", "出口订单与安全库存管理系统", "尾款", "￥126,000.00", "2026年11月15日", 21, "彭总", demand=True)
_zh("w_sg", "SG-2026-008", "phase2", "果蔬交易电子结算系统升级", "二期款", "￥348,000.00", "2026年11月20日", 12, "孙主任")
_zh("w_ga", "GA-2026-012", "midterm", "冷库温控与脐橙溯源平台", "中期款", "￥46,500.00", "2026年11月25日", 7, "刘理事长")
_zh("w_yk", "YK-2026-044", "acceptance", "外贸ERP实施", "验收款", "￥92,000.00", "2026年11月18日", 14, "应总")
_zh("w_ap", "AP-2026-019", "delivery", "丝网生产排程MES", "到货款", "￥158,400.00", "2026年11月10日", 22, "高厂长")
# English reminders (the Taiwan and Hong Kong clients get them too, and answer in Chinese).
_en("w_sy", "SY-2026-006", "final", "Online shop and workshop booking system", "Final payment", "USD 8,600.00", "16 November 2026", 16, "Mr. Chiu")
_en("w_hk", "HK-2026-027", "phase2", "Clinic booking and dispensing system", "Phase 2 payment", "HKD 186,000.00", "19 November 2026", 13, "Ms. Ho")
_en("w_bri", "BRB-2026-02", "milestone2", "Production tracking system", "Milestone 2 payment", "GBP 14,800.00", "13 November 2026", 19, "Fiona Pembridge")
_en("w_brid", "BRB-2026-02", "milestone2", "Production tracking system", "Milestone 2 payment", "GBP 14,800.00", "13 November 2026", 25, "Fiona Pembridge", demand=True)
_en("w_tra", "KCO-2026-05", "final", "Milk collection app", "Final payment", "EUR 22,500.00", "16 November 2026", 16, "Siobhán Moriarty")
_en("w_vt", "VMS-2026-01", "midterm", "Sugarbush sensor network", "Mid-term payment", "USD 18,750.00", "November 15, 2026", 17, "Dale Whitcomb")
_en("w_nash", "NMP-2026-07", "final", "Royalty statement portal", "Final payment", "USD 31,200.00", "November 12, 2026", 20, "Tammy Haskins")
_en("w_hfx", "HLX-2026-03", "phase1", "Live-shipment tracking", "Phase 1 payment", "CAD 27,400.00", "November 18, 2026", 14, "Colin MacIsaac")
_en("w_jai", "JGC-2026-11", "midterm", "Inventory and certification system", "Mid-term payment", "USD 11,350.00", "17 November 2026", 15, "Mr. Rathore")
_en("w_khi", "KPD-2026-04", "final", "Cold-chain tracking", "Final payment", "USD 16,900.00", "14 November 2026", 18, "Mr. Siddiqui")
_en("w_phc", "PHM-2026-09", "midterm", "Vessel scheduling platform", "Mid-term payment", "USD 24,000.00", "10 November 2026", 22, "Mrs. Amadi")
_en("w_ksm", "KFP-2026-02", "delivery", "Traceability and grading system", "Delivery payment", "USD 12,600.00", "20 November 2026", 12, "Ms. Achieng")
_en("w_her", "HAF-2026-06", "final", "Tank monitoring dashboard", "Final payment", "USD 13,480.00", "19 November 2026", 13, "Pieter van der Merwe")
_en("w_sgc", "SSC-2026-10", "midterm", "Provisioning order portal", "Mid-term payment", "SGD 28,000.00", "16 November 2026", 16, "Mr. Tan")
_en("w_dvo", "DBE-2026-05", "phase2", "Packing-house QC system", "Phase 2 payment", "USD 19,300.00", "November 13, 2026", 19, "Ms. Dela Cruz")
_en("w_hob", "TSF-2026-03", "midterm", "Pen monitoring platform", "Mid-term payment", "AUD 41,000.00", "18 November 2026", 14, "Bronwyn Lister")
_en("w_nsn", "NHG-2026-01", "final", "Harvest and kiln scheduling", "Final payment", "NZD 15,600.00", "20 November 2026", 12, "Hamish Rowe")
_en("w_kwi", "KCC-2026-08", "midterm", "Camp catering ERP", "Mid-term payment", "USD 36,500.00", "15 November 2026", 17, "Mr. Al-Mutairi")
_en("w_aar", "AWS-2026-04", "final", "Service-crew scheduling", "Final payment", "EUR 26,800.00", "17 November 2026", 15, "Mette Kjærgaard")
_en("w_brn", "BGW-2026-02", "phase2", "Furnace data platform", "Phase 2 payment", "EUR 19,900.00", "12 November 2026", 20, "Ing. Dvořák")
_en("w_edi", "EBO-2026-04", "final", "Box-office seat-map system", "Final payment", "GBP 9,750.00", "20 November 2026", 12, "Morven Crichton")
# fmt: on
