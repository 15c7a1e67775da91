"""Set ZE's contracts and the reminders its replies answer (registered at import).

Each thread is one letter cuikuan sent, written as templates/zh and templates/en write a
first reminder, a second reminder or a demand letter (催款函), so that every reply quotes
its own reminder and threads to ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``.
The sums, dates and payment instructions are the ones the replies argue about.
"""

from __future__ import annotations

from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

ZH_BANK = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
EN_BANK = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321"
)


def _zh_reminder(
    who: str,
    title: str,
    cid: str,
    ms: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    sent: str,
    second: bool = False,
    invoice: str = "",
) -> str:
    """templates/zh/reminder.txt.j2: a first (reminder_number 1) or second reminder."""
    if second:
        body = (
            f"此前我们已就{ms}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期{late}天，"
            "我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题"
            "（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"
        )
    else:
        body = (
            f"冒昧打扰。根据我方记录，《{title}》的{ms}（{amount}）已于{due}到期，目前已逾期{late}天，"
            "我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。"
            "如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        )
    inv = f"\n\n本期发票随附（{invoice}），供贵司付款使用。" if invoice else ""
    return (
        f"尊敬的{who}：\n\n\n{body}{inv}\n\n付款方式：\n{ZH_BANK}\n\n\n　　此致\n敬礼！\n\n"
        f"王明\n示例科技有限公司　项目经理\nwangming@example.cn\n{sent}\n\n"
        f"回复时请保留邮件主题中的编号 {token}，以便我们及时处理。"
    )  # fmt: skip


def _zh_demand(
    client: str,
    title: str,
    cid: str,
    ms: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    sent: str,
    signed: str,
    deadline: str,
    count: int,
) -> str:
    """templates/zh/demand.txt.j2: the formal 催款函."""
    return (
        f"催 款 函\n\n{client}：\n\n\n事由：关于《{title}》（合同编号：{cid}）项下{ms}的催款\n\n"
        f"贵我双方于{signed}签订《{title}》。根据合同约定，贵司应于{due}前向我司支付{ms}，金额为{amount}。"
        f"截至本函发出之日（{sent}），该款项已逾期{late}天。此前我司已通过邮件{count}次提醒贵司付款，"
        f"至今仍未收到上述款项。\n\n现正式函告：请贵司于{deadline}前将上述款项{amount}足额支付至以下账户：\n\n"
        f"{ZH_BANK}\n\n如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，"
        "包括但不限于暂停后续服务、主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，"
        "我们仍真诚希望通过友好协商解决此事。\n\n如贵司已经付款，或对上述款项存在异议，请于收到本函后"
        "及时书面回复，并提供付款凭证或相关说明。\n\n\n特此函告。\n\n\n　　此致\n敬礼！\n\n"
        f"王明\n示例科技有限公司　项目经理\nwangming@example.cn\n{sent}\n\n"
        f"回复时请保留邮件主题中的编号 {token}，以便我们及时处理。"
    )  # fmt: skip


def _en_reminder(
    who: str,
    title: str,
    label: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    second: bool = False,
    invoice: str = "",
) -> str:
    """templates/en/reminder.txt.j2: a first or second reminder."""
    if second:
        body = (
            f"I am following up on my earlier message about the {label}. The amount of {amount}, "
            f"due on {due}, is now {late} days overdue and we have still not received it.\n\n"
            "Please arrange payment as soon as possible and let me know the date we can expect it. "
            "If something is in the way (invoice details, missing paperwork for your approval), "
            "tell me and we will sort it out with you."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {label} of {amount} under "{title}" '
            f"fell due on {due} and is now {late} days overdue; we have not yet been able to match "
            "a payment to it.\n\nIt may well be working its way through your approval process, or "
            "already be paid and simply not matched on our side. If you have paid, could you reply "
            "with the payment date (and the remittance advice, if that is easy)? If not, we would "
            "appreciate your help in moving it forward."
        )
    inv = f"\n\nThe invoice is attached for your payment process ({invoice})." if invoice else ""
    return (
        f"Dear {who},\n\n\n{body}{inv}\n\nHow to pay:\n{EN_BANK}\n\n\nKind regards,\n\n"
        "Wang Ming\nProject Manager, Example Tech Co., Ltd.\nwangming@example.cn\n\n"
        f"Please keep the reference {token} in the subject line when you reply, so that we can "
        "deal with your message promptly."
    )  # fmt: skip


def _reg(key: str, contract: str, milestone: str, subject: str, text: str, zh: bool) -> None:
    CONTRACTS[key] = (contract, milestone)
    SUBJECT[key] = subject
    REMINDER[key] = text
    if zh:
        ZH_THREADS.add(key)


def _zh(
    key: str,
    who: str,
    title: str,
    cid: str,
    mkey: str,
    ms: str,
    amount: str,
    due: str,
    late: int,
    sent: str,
    second: bool = False,
    invoice: str = "",
) -> None:
    token = f"[CK-{cid}-{mkey}]"
    subj = f"{ms}{'逾期提醒（第二次）' if second else '付款提醒'} — {title} {token}"
    text = _zh_reminder(who, title, cid, ms, amount, due, late, token, sent, second, invoice)
    _reg(key, cid, mkey, subj, text, True)


def _en(
    key: str,
    who: str,
    title: str,
    cid: str,
    mkey: str,
    ms: str,
    amount: str,
    due: str,
    late: int,
    second: bool = False,
    invoice: str = "",
) -> None:
    token = f"[CK-{cid}-{mkey}]"
    subj = (
        f"Second reminder: {ms} overdue" if second else f"Payment reminder: {ms}"
    ) + f" — {title} {token}"
    label = ms[0].lower() + ms[1:]
    _reg(
        key,
        cid,
        mkey,
        subj,
        _en_reminder(who, title, label, amount, due, late, token, second, invoice),
        False,
    )


# fmt: off
# 仁怀 酱香酒厂: 二期款, a first reminder (30 Nov) and a second one (7 Dec).
_zh("ze_jiu", "罗总", "窖池温控与勾调批次追溯系统", "RH-2026-031", "phase2", "二期款", "￥136,000.00",
    "2026年11月15日", 15, "2026年11月30日", invoice="RH-2026-031-二期款发票.pdf")
_zh("ze_jiu2", "罗总", "窖池温控与勾调批次追溯系统", "RH-2026-031", "phase2", "二期款", "￥136,000.00",
    "2026年11月15日", 22, "2026年12月7日", second=True)
# 阿克苏 轧花厂: 尾款.
_zh("ze_mian", "王厂长", "籽棉收购称重与皮棉打包追溯系统", "AK-2026-012", "final", "尾款", "￥88,000.00",
    "2026年11月20日", 10, "2026年11月30日", invoice="AK-2026-012-尾款发票.pdf")
# 哈尔滨 冰雪文旅集团: 上线款, a reminder and a 催款函.
_zh("ze_bing", "赵主任", "冰雪大世界票务与闸机系统", "HB-2026-008", "golive", "上线款", "￥158,000.00",
    "2026年11月10日", 20, "2026年11月30日")
CONTRACTS["ze_bing_dm"] = ("HB-2026-008", "golive")
SUBJECT["ze_bing_dm"] = "催款函：上线款（￥158,000.00） — 冰雪大世界票务与闸机系统 [CK-HB-2026-008-golive]"
REMINDER["ze_bing_dm"] = _zh_demand(
    "哈尔滨冰城冰雪文化旅游集团有限公司", "冰雪大世界票务与闸机系统", "HB-2026-008", "上线款", "￥158,000.00",
    "2026年11月10日", 27, "[CK-HB-2026-008-golive]", "2026年12月7日", "2026年6月18日", "2026年12月14日", 2)
ZH_THREADS.add("ze_bing_dm")
# 重庆 火锅底料厂: 验收款.
_zh("ze_huo", "邓总", "炒料车间批次追溯与MES系统", "CQ-2026-044", "acceptance", "验收款", "￥64,000.00",
    "2026年11月25日", 5, "2026年11月30日", invoice="CQ-2026-044-验收款发票.pdf")
# 献县 供水公司: 验收款, a reminder and a 催款函.
_zh("ze_shui", "刘总", "智能水表抄表与管网漏损监测平台", "XX-2026-005", "acceptance", "验收款", "￥212,000.00",
    "2026年10月31日", 30, "2026年11月30日")
CONTRACTS["ze_shui_dm"] = ("XX-2026-005", "acceptance")
SUBJECT["ze_shui_dm"] = "催款函：验收款（￥212,000.00） — 智能水表抄表与管网漏损监测平台 [CK-XX-2026-005-acceptance]"
REMINDER["ze_shui_dm"] = _zh_demand(
    "献县清源供水有限公司", "智能水表抄表与管网漏损监测平台", "XX-2026-005", "验收款", "￥212,000.00",
    "2026年10月31日", 32, "[CK-XX-2026-005-acceptance]", "2026年12月2日", "2026年3月9日", "2026年12月9日", 2)
ZH_THREADS.add("ze_shui_dm")
# 宁德 大黄鱼养殖: 中期款.
_zh("ze_yu", "林总", "深水网箱水质与投喂监测系统", "ND-2026-019", "midterm", "中期款", "￥52,000.00",
    "2026年11月25日", 5, "2026年11月30日")
# 曹县 汉服: 上线款.
_zh("ze_han", "孙总", "直播订单与仓储管理系统", "CX-2026-027", "golive", "上线款", "￥75,000.00",
    "2026年11月28日", 2, "2026年11月30日", invoice="CX-2026-027-上线款发票.pdf")
# 台中 工具機廠: the Simplified reminder (UTF-8 clients) and the English one (Big5 Outlook).
_zh("ze_tw", "黃董事長", "机台联网与稼动率监控平台", "TW-2026-033", "golive", "上线款", "NT$460,000",
    "2026年11月20日", 10, "2026年11月30日")
_en("ze_tw_en", "Ms. Chang", "Machine connectivity and OEE platform", "TW-2026-033", "golive",
    "Go-live payment", "TWD 460,000.00", "20 November 2026", 10)
# 葵涌 貨櫃拖車: English reminder, Cantonese replies.
_en("ze_hk", "Mr. Lee", "Fleet GPS and dispatch system", "HK-2026-015", "final", "Final payment",
    "HKD 78,000.00", "15 November 2026", 15)
# English-writing clients.
_en("ze_oud", "Mr. Menon", "Boutique POS and inventory system", "DXB-2026-004", "golive",
    "Go-live payment", "USD 26,500.00", "15 November 2026", 15, invoice="INV-DXB-2026-004-02.pdf")
_en("ze_lam", "Khun Siriporn", "Kiln monitoring and export lot tracking", "CNX-2026-009", "phase2",
    "Second instalment", "USD 18,400.00", "20 November 2026", 10)
_en("ze_znz", "Mr. Hamad", "Farmer payments and clove traceability app", "ZNZ-2026-002", "final",
    "Final payment", "USD 14,800.00", "10 November 2026", 20)
_en("ze_teq", "Ms. Méndez", "Agave traceability and barrel warehouse system", "JAL-2026-006",
    "milestone2", "Milestone 2 payment", "USD 21,000.00", "16 November 2026", 14,
    invoice="INV-JAL-2026-006-M2.pdf")
_en("ze_mal", "Ms. Marković", "Cold store and IQF line monitoring", "ARI-2026-003", "phase2",
    "Second payment", "EUR 16,900.00", "20 November 2026", 10)
_en("ze_kor", "Mr. Kim", "Batch record and filling line MES", "ICN-2026-011", "final",
    "Final payment", "USD 32,000.00", "20 November 2026", 10)
_en("ze_kor2", "Mr. Kim", "Batch record and filling line MES", "ICN-2026-011", "final",
    "Final payment", "USD 32,000.00", "20 November 2026", 17, second=True)
_en("ze_sake", "Ms. Sato", "Tank temperature logging and shipping system", "NGT-2026-007",
    "midterm", "Mid-term payment", "USD 19,800.00", "25 November 2026", 5,
    invoice="INV-NGT-2026-007-MT.pdf")
_en("ze_chl", "Mr. Oyarzún", "Longline monitoring and harvest planning", "PMC-2026-010", "phase2",
    "Second payment", "USD 12,600.00", "18 November 2026", 12)
# fmt: on


def day(m: int, d: int, y: int = 2026) -> date:
    """A reply day (set ZE's replies fall between 2 December 2026 and early January 2027)."""
    return date(y, m, d)


def who(style: str, name: str, email: str, thread: str, tz: str = "Asia/Shanghai", **base: object):
    """One person of a client firm: their mail client, address, zone and the letter they answer.

    ``say(kind, due, on, body, **opts)`` is one entry ``(style, kind, due, body, opts)``.
    """

    def say(kind: str, due: date | None, on: date, body: str, **o: object) -> tuple:
        opts = {"sender": (name, email), "thread": thread, "tz": tz, "day": on, **base, **o}
        return (style, kind, due, body, opts)

    return say
