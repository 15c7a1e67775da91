"""Set P's own reminders: the notices its clients answer (each thread one contract).

Registered into the shared machinery (``CONTRACTS``, ``SUBJECT``, ``REMINDER`` and
``ZH_THREADS``) on import, as the earlier sets' thread modules do. Trades: a Hohhot cashmere
mill, a Ningxia chateau, a Jilin ginseng trader, a Guiyang 酱香酒 distributor, a Luoyang
bearing factory, a Jingdezhen studio, a Quanzhou stone exporter, a Chiayi temple festival, a
Hong Kong lift contractor, and English-writing clients in Adelaide, Cape Town, Kyiv, Doha,
Manila, Lisbon and Busan.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

# key: (contract, milestone, project, stage name, amount, due, addressee)
_ZH = {
    "p_cash": (
        "NM-2026-041",
        "acceptance",
        "羊绒车间MES系统",
        "验收款",
        "￥126,000.00",
        "2026年11月15日",
        "乌云其木格经理",
    ),
    "p_wine": (
        "NX-2026-008",
        "phase2",
        "酒庄溯源小程序二期",
        "二期款",
        "￥48,600.00",
        "2026年11月18日",
        "马庄主",
    ),
    "p_seng": (
        "JL-2026-113",
        "final",
        "人参仓储与电商对接",
        "尾款",
        "￥35,000.00",
        "2026年11月10日",
        "金会计",
    ),
    "p_jiu": (
        "GZ-2026-066",
        "midterm",
        "经销商订货平台",
        "中期款",
        "￥92,400.00",
        "2026年11月20日",
        "罗总",
    ),
    "p_bear": (
        "LY-2026-029",
        "delivery",
        "轴承质检数据采集",
        "交付款",
        "￥210,000.00",
        "2026年11月25日",
        "任科长",
    ),
    "p_jdz": (
        "JDZ-2026-005",
        "deposit",
        "陶瓷工作室网店改版",
        "首付款",
        "￥18,000.00",
        "2026年11月16日",
        "余老师",
    ),
    "p_stone": (
        "QZ-2026-077",
        "midterm",
        "石材出口报关单证系统",
        "中期款",
        "￥64,500.00",
        "2026年11月19日",
        "黄经理",
    ),
}
_HANT = {
    "p_chiayi": (
        "CY-2026-012",
        "event",
        "遶境活動報名與捐款系統",
        "活動款",
        "NT$186,000",
        "2026年11月20日",
        "蔡主委",
    ),
    "p_lift": (
        "HK-2026-090",
        "quarter",
        "升降機保養排班系統",
        "季度款",
        "HK$58,800.00",
        "2026年11月18日",
        "梁先生",
    ),
}
_EN = {
    "p_adl": ("ADL-2026-004", "term4", "Enrolment portal", "Term 4 payment", "AUD 7,450.00", "16 November 2026", "Mrs Zhou"),
    "p_cpt": ("CPT-2026-031", "phase1", "Cellar stock app", "Phase 1 payment", "ZAR 96,000.00", "13 November 2026", "Pieter"),
    "p_kyiv": ("KYV-2026-017", "sprint6", "Data pipeline audit", "Sprint 6 invoice", "EUR 14,200.00", "18 November 2026", "Oksana"),
    "p_doha": ("DOH-2026-002", "licence", "Bullion inventory licence", "Annual licence fee", "USD 22,000.00", "15 November 2026", "Mr Al-Kuwari"),
    "p_mnl": ("MNL-2026-058", "midterm", "Crew certificate tracker", "Mid-term payment", "USD 9,800.00", "17 November 2026", "Ms Dela Cruz"),
    "p_lis": ("LIS-2026-021", "final", "Tile configurator", "Final payment", "EUR 11,500.00", "20 November 2026", "Mr Carvalho"),
    "p_busan": ("PUS-2026-044", "midterm", "Distributor portal", "Mid-term payment", "USD 16,300.00", "19 November 2026", "Mr. Park"),
}  # fmt: skip


def _zh(key: str, c: str, m: str, proj: str, stage: str, amt: str, due: str, who: str) -> str:
    return f"""尊敬的{who}：

您好！《{proj}》（合同编号：{c}）项下{stage}尚未收到：

　　款项：{stage}
　　金额：{amt}
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

回复时请保留邮件主题中的编号 [CK-{c}-{m}]。"""


def _hant(key: str, c: str, m: str, proj: str, stage: str, amt: str, due: str, who: str) -> str:
    return f"""{who}您好：

《{proj}》（合約編號：{c}）之{stage}尚未收到：

　　款項：{stage}
　　金額：{amt}
　　付款期限：{due}

如已付款，請回覆付款日期並附上匯款水單，以便核對；如尚未安排，請告知預計付款日期。
如對款項有任何異議（金額、發票、驗收等），請直接回覆本郵件，我們會暫停催收並盡快處理。

匯款資料：
銀行：示例銀行杭州分行
戶名：示例科技有限公司
帳號：6222 0000 1234 5678

重要提示：我司不會以電郵更改收款帳戶，如收到帳戶變更通知請先致電核實。

王明
示例科技有限公司　專案經理

回覆時請保留主旨中的編號 [CK-{c}-{m}]。"""


def _en(key: str, c: str, m: str, proj: str, stage: str, amt: str, due: str, who: str) -> str:
    return f"""Dear {who},

Our records show the following payment under "{proj}" (ref. {c}) as outstanding:

   Payment: {stage}
   Amount: {amt}
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

Please keep [CK-{c}-{m}] in the subject line when you reply."""


for _k, _v in _ZH.items():
    CONTRACTS[_k] = (_v[0], _v[1])
    SUBJECT[_k] = f"{_v[3]}逾期未付款项提醒 — {_v[2]} [CK-{_v[0]}-{_v[1]}]"
    REMINDER[_k] = _zh(_k, *_v)
    ZH_THREADS.add(_k)
for _k, _v in _HANT.items():
    CONTRACTS[_k] = (_v[0], _v[1])
    SUBJECT[_k] = f"{_v[3]}逾期未付提醒 — {_v[2]} [CK-{_v[0]}-{_v[1]}]"
    REMINDER[_k] = _hant(_k, *_v)
    if _k != "p_lift":  # our sender name is English on the Hong Kong thread (Big5 clients)
        ZH_THREADS.add(_k)
for _k, _v in _EN.items():
    CONTRACTS[_k] = (_v[0], _v[1])
    SUBJECT[_k] = f"Payment reminder: {_v[3]} overdue — {_v[2]} [CK-{_v[0]}-{_v[1]}]"
    REMINDER[_k] = _en(_k, *_v)
