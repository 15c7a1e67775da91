"""The reminders set X's clients answer (heldout_c_set_x.py), registered with the machinery.

Each client of set X answers its own contract's reminder, so every reply threads to
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>`` and quotes that reminder's words.
Importing this module adds the threads to heldout_c_mime.CONTRACTS and heldout_c_quote's
SUBJECT, REMINDER and ZH_THREADS (Chinese reminders get Chinese attributions).
"""

from __future__ import annotations

import heldout_c_mime
import heldout_c_quote

ZH_BANK = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678"""

EN_BANK = """How to pay:
Bank: Example Bank, Hangzhou Branch (SWIFT EXBKCNSHHZH)
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321"""


def _zh(who: str, title: str, cid: str, mname: str, amount: str, due: str, days: int) -> str:
    return f"""尊敬的{who}：

冒昧打扰。根据我方记录，《{title}》（合同编号：{cid}）的{mname}（{amount}）已于{due}到期，目前已逾期{days}天，我方暂未查到到账记录。

也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收。

{ZH_BANK}

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

　　此致
敬礼！

王明
示例科技有限公司　项目经理
wangming@example.cn"""


def _zh_demand(who: str, title: str, cid: str, mname: str, amount: str, due: str, days: int) -> str:
    return f"""催 款 函

{who}：

事由：关于《{title}》（合同编号：{cid}）项下{mname}的催款

贵我双方于2026年3月18日签订《{title}》。根据合同约定，贵司应于{due}前向我司支付{mname}，金额为{amount}。截至本函发出之日，该款项已逾期{days}天。此前我司已通过邮件3次提醒贵司付款，至今仍未收到上述款项。

现正式函告：请贵司于2026年12月15日前将上述款项{amount}足额支付至以下账户：

{ZH_BANK}

如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、主张逾期付款的违约责任。
如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。

特此函告。

王明
示例科技有限公司　项目经理"""


def _en(who: str, title: str, cid: str, mname: str, amount: str, due: str, days: int) -> str:
    return f"""Dear {who},

I hope all is well. Our records show that the {mname} of {amount} under "{title}" (ref. {cid}) fell due on {due} and is now {days} days overdue; we have not yet been able to match a payment to it.

It may well be working its way through your approval process, or already be paid and simply not matched on our side. If you have paid, could you reply with the payment date (and the remittance advice, if that is easy)? If not, we would appreciate your help in moving it forward. If you dispute any part of the amount, please tell us in writing and we will hold further reminders.

{EN_BANK}

Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd."""


# key: (language, greeting, title, contract id, milestone id, milestone, amount, due, days, stage)
THREADS: dict[str, tuple] = {
    "x_goji": ("zh", "马总", "枸杞烘干线物联网监控系统", "YC-2026-031", "delivery", "到货款", "￥126,000.00", "2026年11月25日", 5),
    "x_lamp": ("zh", "梁总", "经销商订货平台（二期）", "ZS-2026-044", "phase2", "二期款", "￥68,500.00", "2026年11月20日", 10),
    "x_kids": ("zh", "沈总", "童装电商ERP及仓储系统", "ZL-2026-012", "golive", "上线款", "￥93,000.00", "2026年11月15日", 15),
    "x_steel": ("zh", "设备能源部 高部长", "智能料场管理系统", "TS-2026-086", "acceptance", "验收款", "￥412,000.00", "2026年11月10日", 20),
    "x_steel_d": ("zhd", "唐山冀东钢铁有限公司", "智能料场管理系统", "TS-2026-086", "acceptance", "验收款", "￥412,000.00", "2026年11月10日", 22),
    "x_hs": ("zh", "程经理", "景区分时预约票务系统", "HS-2026-019", "progress", "进度款", "￥156,000.00", "2026年11月28日", 2),
    "x_kimchi": ("zh", "金会计", "泡菜食品追溯系统", "YJ-2026-007", "final", "尾款", "￥47,800.00", "2026年11月18日", 12),
    "x_betel": ("zh", "彭总", "渠道终端动销系统", "XT-2026-055", "midterm", "中期款", "￥88,000.00", "2026年11月26日", 4),
    "x_funeral": ("zh", "胡主任", "殡葬服务管理信息系统", "JJ-2026-003", "second", "第二期合同款", "￥73,600.00", "2026年11月23日", 7),
    "x_carpet": ("zh", "韩经理", "藏毯花型设计及订单管理系统", "XN-2026-028", "midterm", "中期款", "￥59,000.00", "2026年11月16日", 14),
    "x_bamboo": ("zh", "林老板", "竹制品电商网站与库存系统", "NT-2026-014", "second", "第二期款", "新台币360,000元", "2026年11月25日", 5),
    "x_berry": ("zh", "邱小姐", "观光果园预约系统", "ML-2026-009", "final", "尾款", "新台币185,000元", "2026年11月20日", 10),
    "x_vet": ("zh", "蔡院长", "动物医院病历与预约系统", "NTP-2026-021", "midterm", "中期款", "新台币420,000元", "2026年11月20日", 10),
    "x_reno": ("en", "Mr Tsang", "Site project management app", "HK-2026-033", "m2", "second milestone payment", "HKD 96,000.00", "19 November 2026", 11),
    "x_beauty": ("zh", "何小姐", "会员及预约管理系统", "HK-2026-038", "midterm", "中期款", "港币54,000元", "2026年11月23日", 7),
    "x_macau": ("en", "Ms Leong", "Online shop and POS system", "MO-2026-006", "final", "final payment", "MOP 72,000.00", "24 November 2026", 8),
    "x_aircon": ("en", "Mr Lau", "Chiller plant monitoring system", "HK-2026-041", "progress", "progress payment", "HKD 128,000.00", "21 November 2026", 11),
    "x_knife": ("zh", "冯总", "跨境独立站及ERP对接", "YJD-2026-017", "final", "尾款", "￥64,000.00", "2026年11月21日", 9),
    "x_drive": ("zh", "蒲校长", "驾培预约排班系统", "MY-2026-022", "second", "第二期款", "￥38,000.00", "2026年11月27日", 3),
    "x_taizhou": ("en", "Ms Gu", "Export order portal", "TZ-2026-040", "midterm", "mid-term payment", "USD 18,600.00", "20 November 2026", 10),
    "x_kigali": ("en", "Mr Habimana", "Rider wallet integration", "KGL-2026-02", "m2", "second milestone payment", "USD 24,000.00", "16 November 2026", 14),
    "x_tallinn": ("en", "Ms Tamm", "OCR invoice module", "EE-2026-11", "delivery", "delivery payment", "EUR 15,400.00", "20 November 2026", 10),
    "x_bogota": ("en", "Mr Rojas", "Cold-chain tracking for flower shipments", "CO-2026-05", "midterm", "mid-term payment", "USD 21,750.00", "25 November 2026", 5),
    "x_athens": ("en", "Mr Papadakis", "Booking engine upgrade", "GR-2026-08", "golive", "go-live payment", "EUR 33,000.00", "23 November 2026", 7),
    "x_amman": ("en", "Mr Haddad", "Warehouse barcode system", "JO-2026-04", "final", "final payment", "USD 16,800.00", "22 November 2026", 8),
    "x_ktm": ("en", "Mr Shrestha", "Trekking permit and booking platform", "NP-2026-03", "midterm", "mid-term payment", "USD 9,800.00", "24 November 2026", 6),
    "x_lusaka": ("en", "Mrs Mwale", "Agro-dealer mobile ordering", "ZM-2026-06", "m2", "second instalment", "USD 13,200.00", "18 November 2026", 12),
    "x_ba": ("en", "Mr Ferreyra", "Export documentation module", "AR-2026-02", "final", "final payment", "USD 11,500.00", "27 November 2026", 3),
}  # fmt: skip


def _subject(lang: str, title: str, cid: str, mid: str, mname: str, amount: str) -> str:
    token = f"[CK-{cid}-{mid}]"
    if lang == "zhd":
        return f"催款函：{mname}（{amount}） — {title} {token}"
    if lang == "zh":
        return f"{mname}付款提醒 — {title} {token}"
    return f"Payment reminder: {mname[0].upper()}{mname[1:]} overdue — {title} {token}"


def register() -> None:
    """Add set X's threads to the machinery's tables (idempotent)."""
    for key, (lang, who, title, cid, mid, mname, amount, due, days) in THREADS.items():
        heldout_c_mime.CONTRACTS[key] = (cid, mid)
        heldout_c_quote.SUBJECT[key] = _subject(lang, title, cid, mid, mname, amount)
        write = {"zh": _zh, "zhd": _zh_demand, "en": _en}[lang]
        heldout_c_quote.REMINDER[key] = write(who, title, cid, mname, amount, due, days)
        if lang != "en":
            heldout_c_quote.ZH_THREADS.add(key)


register()
