"""The reminders that set ZC's replies answer: its own contracts, registered in the machinery.

Each key is added to ``CONTRACTS`` (the ``<ck.…>`` id every reply threads to), ``SUBJECT`` and
``REMINDER`` (the quoted text, with our own words 付款/异议/"dispute" in it); Chinese reminders
are also added to ``ZH_THREADS`` so that the quote's attribution is written in Chinese.
Written blind to the rules and to every earlier set (only heldout_c_mime/quote/styles read).
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_ZH = """尊敬的{who}：

您好！《{project}》（合同编号：{contract}）项下{stage}尚未收到：

　　款项：{stage}
　　金额：￥{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [CK-{contract}-{ms}]。"""

_EN = """Dear {who},

Our records show the following payment under "{project}" (ref. {contract}) as outstanding:

   Payment: {stage}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNSHHZH

Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [CK-{contract}-{ms}] in the subject line when you reply."""

# key: (language, contract, milestone, addressee, project, stage name, amount, due)
THREADS = {
    "zc_zz": ("zh", "SY-2026-044", "phase2", "于总", "熔炼浇注质量追溯系统", "二期款", "168,000.00", "2026年11月25日"),
    "zc_sd": ("zh", "GS-2026-019", "acceptance", "马部长", "水电站设备点检巡检系统", "验收款", "265,000.00", "2026年11月20日"),
    "zc_qx": ("zh", "YC-2026-031", "final", "覃主任", "自动气象站数据汇聚平台", "尾款", "58,000.00", "2026年11月27日"),
    "zc_hh": ("zh", "DT-2026-052", "midterm", "郝理事长", "黄花菜烘干线物联网与网店订单系统", "中期款", "46,800.00", "2026年11月26日"),
    "zc_ld": ("zh", "XA-2026-077", "phase1", "樊科长", "智慧路灯单灯控制平台", "一期款", "132,500.00", "2026年11月24日"),
    "zc_yz": ("zh", "CS-2026-063", "golive", "彭总", "月子会所会员与护理排班系统", "上线款", "39,600.00", "2026年11月28日"),
    "zc_cy": ("zh", "TW-2026-015", "final", "蔡老闆", "中央廚房叫貨與門市POS整合", "尾款", "188,000.00（新台幣約 NT$840,000）", "2026年11月25日"),
    "zc_hk": ("en", "HK-2026-088", "midterm", "Mr. Leung", "Site safety & scaffold inspection app", "Mid-term payment", "HKD 74,000.00", "25 November 2026"),
    "zc_mo": ("en", "MO-2026-012", "golive", "Dr. Ho", "Dental clinic booking & X-ray archive", "Go-live payment", "MOP 41,500.00", "27 November 2026"),
    "zc_vn": ("en", "VN-2026-029", "phase2", "Mr. Tran", "Cashew grading line vision system", "Phase 2 payment", "USD 16,400.00", "24 November 2026"),
    "zc_th": ("en", "TH-2026-034", "midterm", "Khun Somchai", "Rubber sheet smokehouse monitoring", "Mid-term payment", "USD 9,200.00", "26 November 2026"),
    "zc_my": ("en", "MY-2026-041", "acceptance", "Mr. Lim", "Palm oil mill FFB weighbridge integration", "Acceptance payment", "USD 21,800.00", "20 November 2026"),
    "zc_tr": ("en", "TR-2026-016", "final", "Mr. Aydın", "Dried fig sorting & aflatoxin traceability", "Final payment", "EUR 13,600.00", "27 November 2026"),
    "zc_eg": ("en", "EG-2026-022", "phase1", "Eng. Mostafa", "Spinning mill yarn-count monitoring", "Phase 1 payment", "USD 19,500.00", "22 November 2026"),
    "zc_ma": ("en", "MA-2026-009", "final", "Mme Aït Ben", "Argan cooperative member & batch registry", "Final payment", "EUR 6,900.00", "25 November 2026"),
    "zc_ng": ("en", "NG-2026-047", "midterm", "Mr. Okafor", "Spare parts inventory & dealer portal", "Mid-term payment", "USD 11,300.00", "23 November 2026"),
    "zc_pe": ("en", "PE-2026-018", "phase2", "Sr. Quispe", "Asparagus packhouse cold-room tracking", "Phase 2 payment", "USD 14,750.00", "26 November 2026"),
    "zc_ca": ("en", "CA-2026-025", "final", "Ms. Bouchard", "Cherry packing line grading software", "Final payment", "CAD 17,900.00", "30 November 2026"),
    "zc_de": ("en", "DE-2026-011", "midterm", "Herr Vogel", "Pipe organ workshop parts planning", "Mid-term payment", "EUR 8,400.00", "27 November 2026"),
    "zc_yy": ("en", "YY-2026-058", "golive", "Mr. Shao", "Export order & QC portal", "Go-live payment", "USD 10,200.00", "26 November 2026"),
}  # fmt: skip


def _register() -> None:
    for key, (lang, contract, ms, who, project, stage, amount, due) in THREADS.items():
        CONTRACTS[key] = (contract, ms)
        if lang == "zh":
            ZH_THREADS.add(key)
            SUBJECT[key] = f"{stage}逾期未付款项提醒 — {project} [CK-{contract}-{ms}]"
            text = _ZH
        else:
            SUBJECT[key] = f"Payment reminder: {stage} overdue — {project} [CK-{contract}-{ms}]"
            text = _EN
        REMINDER[key] = text.format(
            who=who, project=project, contract=contract, stage=stage, amount=amount, due=due, ms=ms
        )


_register()
