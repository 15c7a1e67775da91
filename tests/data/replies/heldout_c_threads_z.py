"""The reminders answered by held-out set Z (written blind): one thread per contract.

Importing this module registers each thread in the machinery's tables (heldout_c_mime's
CONTRACTS, heldout_c_quote's SUBJECT, REMINDER and ZH_THREADS), so every reply of set Z
quotes its own reminder and threads to ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@…>``.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_ZH = """尊敬的{who}：

您好！《{project}》（合同编号：{cid}）项下{ms}尚未收到：

　　款项：{ms}
　　金额：￥{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

{pm}
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [CK-{cid}-{mid}]。"""

_EN = """Dear {who},

Our records show the following payment under "{project}" (ref. {cid}) as outstanding:

   Payment: {ms}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email.

Kind regards,
{pm}
Project Manager, Example Tech Co., Ltd.

Please keep [CK-{cid}-{mid}] in the subject line when you reply."""

# key: (contract, milestone id, language, addressee, project, milestone name, amount, due, PM)
THREADS = {
    "z_tyre": ("LC-2026-031", "acceptance", "zh", "孟总", "翻新轮胎车间MES系统", "验收款",
               "136,000.00", "2026年11月25日", "许航"),
    "z_funeral": ("HY-2026-008", "phase2", "zh", "邓主任", "殡仪服务预约与追思平台", "二期款",
                  "92,400.00", "2026年11月20日", "许航"),
    "z_sofa": ("GZ-2026-044", "midterm", "zh", "钟老板", "南康家具订单与排产系统", "中期款",
               "58,000.00", "2026年11月27日", "许航"),
    "z_school": ("FY-2026-012", "final", "zh", "卢校长", "驾校学员约车小程序", "尾款",
                 "47,500.00", "2026年11月30日", "许航"),
    "z_pet": ("YC-2026-019", "midterm", "zh", "祁院长", "宠物医院连锁会员与病历系统", "中期款",
              "74,800.00", "2026年11月23日", "许航"),
    "z_glass": ("BB-2026-027", "delivery", "zh", "岳部长", "光伏玻璃窑炉数据采集", "到货款",
                "210,000.00", "2026年11月26日", "许航"),
    "z_arena": ("NN-2026-005", "launch", "zh", "覃总", "电竞酒店门店管理系统", "上线款",
                "66,000.00", "2026年11月28日", "许航"),
    "z_coke": ("SM-2026-016", "acceptance", "zh", "高厂长", "兰炭炉温监控系统", "验收款",
               "168,000.00", "2026年11月24日", "许航"),
    "z_noodle": ("HC-2026-014", "midterm", "en", "Mr. Peng", "Rice-noodle production scheduling",
                 "Mid-term payment", "TWD 420,000", "25 November 2026", "Xu Hang"),
    "z_spa": ("IL-2026-009", "final", "zh-Hant", "游經理", "溫泉飯店訂房整合", "尾款",
              "NT$ 286,000", "2026年11月30日", "许航"),
    "z_piano": ("ST-2026-022", "midterm", "en", "Ms Tsang", "Piano school booking platform",
                "Mid-term payment", "HKD 68,000.00", "25 November 2026", "Xu Hang"),
    "z_herb": ("MO-2026-003", "final", "en", "Mr Ho", "Herbal shop inventory system",
               "Final payment", "MOP 52,000.00", "27 November 2026", "Xu Hang"),
    "z_mush": ("ZZ-2026-061", "midterm", "en", "Mr. Lin", "Export documentation portal",
               "Mid-term payment", "USD 18,500.00", "25 November 2026", "Xu Hang"),
    "z_oslo": ("OS-2026-002", "milestone2", "en", "Ingrid Haugen", "Feed logistics dashboard",
               "Milestone 2", "EUR 24,000.00", "20 November 2026", "Xu Hang"),
    "z_wool": ("MV-2026-004", "midterm", "en", "Sr. Pereira", "Wool lot traceability",
               "Mid-term payment", "USD 16,200.00", "23 November 2026", "Xu Hang"),
    "z_abz": ("AB-2026-010", "phase1", "en", "Fiona Reid", "Vessel crew scheduling",
              "Phase 1 payment", "GBP 21,750.00", "27 November 2026", "Xu Hang"),
    "z_mpls": ("MN-2026-015", "midterm", "en", "Dana Kowalski", "Piano dealer inventory app",
               "Mid-term payment", "USD 19,800.00", "November 24, 2026", "Xu Hang"),
    "z_lusaka": ("LU-2026-007", "final", "en", "Mr Banda", "Mine fleet telematics",
                 "Final payment", "USD 31,000.00", "30 November 2026", "Xu Hang"),
}  # fmt: skip


def _register() -> None:
    for key, (cid, mid, lang, who, project, ms, amount, due, pm) in THREADS.items():
        CONTRACTS[key] = (cid, mid)
        tag = f"[CK-{cid}-{mid}]"
        if lang == "en":
            SUBJECT[key] = f"Payment reminder: {ms} overdue — {project} {tag}"
            REMINDER[key] = _EN.format(
                who=who, project=project, cid=cid, ms=ms, amount=amount, due=due, pm=pm, mid=mid
            )
            continue
        ZH_THREADS.add(key)
        text = _ZH.format(
            who=who, project=project, cid=cid, ms=ms, amount=amount, due=due, pm=pm, mid=mid
        )
        if not amount[0].isdigit():
            text = text.replace(f"￥{amount}", amount)
        SUBJECT[key] = f"{ms}逾期未付款项提醒 — {project} {tag}"
        REMINDER[key] = text


_register()
