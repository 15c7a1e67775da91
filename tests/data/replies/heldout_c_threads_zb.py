"""The reminders set ZB's clients answer: each firm its own contract, milestone and wording.

Registered in heldout_c_mime.CONTRACTS and heldout_c_quote's SUBJECT/REMINDER/ZH_THREADS on
import, so that every reply of set ZB threads to ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@…>``
and quotes the reminder its own firm received (templates/zh and templates/en, second reminder).
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_ZH = """尊敬的{who}：

您好！冒昧打扰。根据我方记录，《{title}》的{ms}（{amount}）已于{due}到期，目前已逾期{late}天，我方暂未查到到账记录。

也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [CK-{cid}-{mid}]。"""

_EN = """Dear {who},

Our records show the following payment under "{title}" (ref. {cid}) as outstanding:

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
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [CK-{cid}-{mid}] in the subject line when you reply."""

# key: (contract, milestone, language, addressee, title, milestone name, amount, due, days late)
THREADS = {
    "zb_luosi": ("LZ-2026-031", "golive", "zh", "覃总", "螺蛳粉工厂生产追溯系统", "上线款", "￥86,400.00", "2026年11月15日", 16),
    "zb_lantern": ("ZG-2026-012", "second", "zh", "罗经理", "彩灯灯组智能控制系统", "二期款", "￥124,000.00", "2026年11月20日", 11),
    "zb_vinegar": ("ZJ-2026-044", "final", "zh", "殷总", "香醋固态发酵温控监测平台", "尾款", "￥57,600.00", "2026年11月10日", 21),
    "zb_toll": ("JX-2026-008", "accept", "zh", "肖科长", "高速公路收费稽核数据平台（二期）", "验收款", "￥318,000.00", "2026年11月25日", 6),
    "zb_school": ("TY-2026-019", "midterm", "zh", "郝主任", "智慧校园选课排课系统", "中期款", "￥48,500.00", "2026年11月18日", 13),
    "zb_xuan": ("XC-2026-017", "final", "zh", "汪厂长", "宣纸原料与成纸仓储管理系统", "尾款", "￥39,800.00", "2026年11月12日", 19),
    "zb_wig": ("XU-2026-052", "golive", "zh", "刘总", "发制品跨境订单与工单系统", "上线款", "￥72,000.00", "2026年11月18日", 13),
    "zb_cram": ("TC-2026-027", "midterm", "zh", "简主任", "补习班排课点名系统", "中期款", "新台币 380,000 元", "2026年11月20日", 11),
    "zb_tuna": ("PT-2026-015", "final", "en", "Mr Tsai", "Fish auction and cold-chain tracking", "Final payment", "TWD 296,000", "16 November 2026", 15),
    "zb_fabric": ("HK-2026-033", "second", "en", "Mr Yiu", "Fabric stock and sample-card system", "Second instalment", "HKD 92,000.00", "16 November 2026", 15),
    "zb_vanilla": ("MG-2026-006", "midterm", "en", "Mr Rakotomalala", "Vanilla lot traceability", "Mid-term payment", "EUR 14,200.00", "15 November 2026", 16),
    "zb_almond": ("US-2026-041", "golive", "en", "Ms Delgado", "Huller scale integration", "Go-live payment", "USD 18,750.00", "November 13, 2026", 18),
    "zb_ski": ("KZ-2026-010", "final", "en", "Mr Seitkali", "Lift-pass RFID gates", "Final payment", "USD 23,400.00", "20 November 2026", 11),
    "zb_port": ("MU-2026-022", "second", "en", "Ms Ramdin", "Container yard planning system", "Second payment", "USD 31,000.00", "18 November 2026", 13),
}  # fmt: skip

for key, (cid, mid, lang, who, title, ms, amount, due, late) in THREADS.items():
    CONTRACTS[key] = (cid, mid)
    if lang == "zh":
        ZH_THREADS.add(key)
        SUBJECT[key] = f"{ms}付款提醒 — {title} [CK-{cid}-{mid}]"
        REMINDER[key] = _ZH.format(
            who=who, title=title, ms=ms, amount=amount, due=due, late=late, cid=cid, mid=mid
        )
    else:
        SUBJECT[key] = f"Payment reminder: {ms} overdue — {title} [CK-{cid}-{mid}]"
        REMINDER[key] = _EN.format(
            who=who, title=title, ms=ms, amount=amount, due=due, cid=cid, mid=mid
        )
