"""The reminders set T's replies answer: 17 clients' own threads, registered on import.

Each thread key (``t_…``) gets its contract and milestone (so the reply's ``In-Reply-To`` /
``References`` is ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``), the subject with
its ``[CK-…]`` token and the reminder's text, worded after ``templates/{zh,en}`` (first and
second reminders, a due-day notice and a 催款函 demand). The quoted text holds every word a
careless reader acts on (已付款, 异议, paid, dispute, 逾期, a due date, a bank account).
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

PM_ZH = ("王明", "wangming@example.cn")
PM_EN = ("Wang Ming", "wangming@example.cn")

ZH_BANK = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
EN_BANK = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNSHHZH"
)


def _zh(
    kind: str,
    who: str,
    title: str,
    cid: str,
    ms: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    sent: str,
) -> str:
    if kind == "demand":
        head = (
            f"催 款 函\n\n{who}：\n\n事由：关于《{title}》（合同编号：{cid}）项下{ms}的催款\n\n"
            f"根据合同约定，贵司应于{due}前向我司支付{ms}，金额为{amount}。截至本函发出之日（{sent}），"
            f"该款项已逾期{late}天。此前我司已通过邮件3次提醒贵司付款，至今仍未收到上述款项。\n\n"
            f"现正式函告：请贵司于2026年12月10日前将上述款项{amount}足额支付至以下账户：\n\n{ZH_BANK}\n\n"
            "如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、"
            "主张逾期付款的违约责任，以及通过法律途径追偿。\n\n如贵司已经付款，或对上述款项存在异议，请于收到本函后"
            "及时书面回复，并提供付款凭证或相关说明。\n\n\n特此函告。"
        )
    else:
        if kind == "second":
            body = (
                f"此前我们已就{ms}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期{late}天，我方仍未收到。\n\n"
                "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），"
                "请告诉我们，我方会全力配合解决。"
            )
        elif kind == "due":
            body = (
                f"温馨提示：根据《{title}》（合同编号：{cid}），{ms}（{amount}）的付款日为今天，{due}。\n\n"
                "如款项已在途，感谢配合，请忽略本邮件；如尚未安排，烦请今日内处理。"
            )
        else:
            body = (
                f"冒昧打扰。根据我方记录，《{title}》的{ms}（{amount}）已于{due}到期，目前已逾期{late}天，"
                "我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，"
                "烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
            )
        head = f"尊敬的{who}：\n\n\n{body}\n\n付款方式：\n{ZH_BANK}\n\n\n　　此致\n敬礼！"
    return (
        f"{head}\n\n{PM_ZH[0]}\n示例科技有限公司　项目经理\n{PM_ZH[1]}\n{sent}\n\n"
        f"回复时请保留邮件主题中的编号 {token}，以便我们及时处理。"
    )


def _en(
    kind: str, who: str, title: str, cid: str, ms: str, amount: str, due: str, late: int, token: str
) -> str:
    if kind == "second":
        body = (
            f"I am following up on my earlier message about the {ms}. The amount of {amount}, due on {due}, "
            f"is now {late} days overdue and we have still not received it.\n\nPlease arrange payment as soon "
            "as possible and let me know the date we can expect it. If something is in the way (invoice "
            "details, missing paperwork for your approval), tell me and we will sort it out with you."
        )
    elif kind == "due":
        body = (
            f'Under the contract "{title}" (ref. {cid}), the {ms} of {amount} fell due on {due} and is now '
            f"{late} days overdue; we have not yet been able to match a payment to it.\n\nIf you have already "
            "paid, could you reply with the payment date so that we can match it? If not, we would be grateful "
            "if you could arrange it soon."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {ms} of {amount} under "{title}" fell due on '
            f"{due} and is now {late} days overdue; we have not yet been able to match a payment to it.\n\n"
            "It may well be working its way through your approval process, or already be paid and simply not "
            "matched on our side. If you have paid, could you reply with the payment date (and the remittance "
            "advice, if that is easy)? If not, we would appreciate your help in moving it forward."
        )
    tail = (
        "\n\nIf anything is holding the payment up, or you need to discuss the timing, please reply to this email."
        if kind == "due"
        else ""
    )
    return (
        f"Dear {who},\n\n\n{body}\n\nHow to pay:\n{EN_BANK}{tail}\n\n\nKind regards,\n\n"
        f"{PM_EN[0]}\nProject Manager, Example Tech Co., Ltd.\n{PM_EN[1]}\n\n"
        f"Please keep the reference {token} in the subject line when you reply, so that we can deal with "
        "your message promptly."
    )


ZH_SUBJ = {
    "first": "{ms}付款提醒",
    "second": "{ms}逾期提醒（第二次）",
    "due": "{ms}今日到期",
    "demand": "催款函：{ms}（{amount}）",
}
EN_SUBJ = {
    "first": "Payment reminder: {ms}",
    "second": "Second reminder: {ms} overdue",
    "due": "Payment due {due}: {ms}",
}

# key: (lang, kind, recipient, title, contract, milestone id, milestone name, amount, due, days late, sent)
THREADS: dict[str, tuple] = {
    # Simplified Chinese clients
    "t_yiwu": ("zh", "first", "楼总", "跨境订单管理系统", "YW-2026-031", "phase2", "二期款", "￥46,000.00", "2026年11月15日", 15, "2026年11月30日"),
    "t_yiwu2": ("zh", "second", "吴会计", "跨境订单管理系统", "YW-2026-031", "phase2", "二期款", "￥46,000.00", "2026年11月15日", 22, "2026年12月7日"),
    "t_dehua": ("zh", "first", "苏厂长", "窑炉温控监测系统", "DH-2026-008", "acceptance", "验收款", "￥128,000.00", "2026年11月10日", 20, "2026年11月30日"),
    "t_nyingchi": ("zh", "first", "次仁经理", "生态民宿预订平台", "LZ-2026-004", "final", "尾款", "￥35,600.00", "2026年11月20日", 10, "2026年11月30日"),
    "t_qiqihar": ("zh", "second", "齐齐哈尔车辆配件厂财务部", "车间MES系统二期", "QQHE-2026-012", "progress2", "第二期进度款", "￥312,000.00", "2026年10月31日", 30, "2026年11月30日"),
    "t_qiqihar_d": ("zh", "demand", "齐齐哈尔北辰车辆配件有限公司", "车间MES系统二期", "QQHE-2026-012", "progress2", "第二期进度款", "￥312,000.00", "2026年10月31日", 37, "2026年12月7日"),
    "t_zunyi": ("zh", "due", "杨工", "数据中心动环监控平台", "ZY-2026-019", "delivery", "到货款", "￥186,500.00", "2026年12月1日", 0, "2026年12月1日"),
    "t_jinjiang": ("zh", "first", "许总", "鞋底厂生产ERP", "JJ-2026-027", "golive", "上线款", "￥58,000.00", "2026年11月18日", 12, "2026年11月30日"),
    "t_nanning": ("zh", "first", "黄主任", "甘蔗地磅称重系统", "NN-2026-006", "acceptance", "验收款", "￥96,000.00", "2026年11月16日", 14, "2026年11月30日"),
    # Traditional Chinese clients (our reminder is in Simplified; they answer in Traditional)
    "t_yilan": ("zh", "first", "林董", "米果工厂进销存系统", "YL-2026-003", "phase2", "第二期款", "NT$480,000", "2026年11月15日", 15, "2026年11月30日"),
    "t_kowloon": ("zh", "first", "何小姐", "点心集团中央厨房系统", "KL-2026-011", "golive", "上线款", "HK$86,000.00", "2026年11月20日", 10, "2026年11月30日"),
    # English clients
    "t_kowloon_en": ("en", "second", "Ms Ho", "Central Kitchen System", "KL-2026-011", "golive", "go-live payment", "HKD 86,000.00", "20 November 2026", 17, ""),
    "t_johor": ("en", "first", "Mr Tan", "Export Order Portal", "JB-2026-014", "midterm", "mid-term payment", "USD 18,400.00", "15 November 2026", 15, ""),
    "t_cebu": ("en", "first", "Ms Villanueva", "Workforce Scheduling Suite", "CEB-2026-022", "m2", "Milestone 2 payment", "USD 24,000.00", "16 November 2026", 14, ""),
    "t_accra": ("en", "first", "Mr Mensah", "Cocoa Traceability Platform", "ACC-2026-005", "phase1", "Phase 1 payment", "USD 15,750.00", "13 November 2026", 17, ""),
    "t_christchurch": ("en", "first", "Fiona", "Milk Supply Portal", "CHC-2026-009", "uat", "UAT payment", "NZD 42,300.00", "17 November 2026", 13, ""),
    "t_saskatoon": ("en", "due", "Mr Olafson", "Elevator Intake System", "YXE-2026-002", "delivery", "delivery payment", "CAD 31,200.00", "20 November 2026", 10, ""),
    "t_muscat": ("en", "first", "Mr Al-Balushi", "Stadium Facilities CMMS", "MCT-2026-007", "install", "installation payment", "USD 27,500.00", "12 November 2026", 18, ""),
    "t_mumbai": ("en", "first", "Mr Deshpande", "Distribution WMS", "BOM-2026-033", "golive", "go-live payment", "USD 16,400.00", "14 November 2026", 16, ""),
    "t_mumbai2": ("en", "second", "Mr Deshpande", "Distribution WMS", "BOM-2026-033", "golive", "go-live payment", "USD 16,400.00", "14 November 2026", 23, ""),
    "t_warsaw": ("en", "first", "Mr Kowalczyk", "Live-Ops Analytics", "WAW-2026-018", "m3", "third milestone payment", "EUR 22,000.00", "16 November 2026", 14, ""),
}  # fmt: skip

STAGE = {
    "first": ("reminder", 1),
    "second": ("reminder", 2),
    "due": ("due", 1),
    "demand": ("demand", 1),
}


def stage(key: str) -> dict:
    """The ``stage``/``seq`` options a reply to thread ``key`` carries."""
    s, n = STAGE[THREADS[key][1]]
    return {"thread": key, "stage": s, "seq": n}


for _key, (
    _lang,
    _kind,
    _who,
    _title,
    _cid,
    _mid,
    _ms,
    _amt,
    _due,
    _late,
    _sent,
) in THREADS.items():
    _token = f"[CK-{_cid}-{_mid}]"
    CONTRACTS[_key] = (_cid, _mid)
    if _lang == "zh":
        ZH_THREADS.add(_key)
        SUBJECT[_key] = ZH_SUBJ[_kind].format(ms=_ms, amount=_amt) + f" — {_title} {_token}"
        REMINDER[_key] = _zh(_kind, _who, _title, _cid, _ms, _amt, _due, _late, _token, _sent)
    else:
        SUBJECT[_key] = (
            EN_SUBJ[_kind].format(ms=_ms.capitalize(), due=_due) + f" — {_title} {_token}"
        )
        REMINDER[_key] = _en(_kind, _who, _title, _cid, _ms, _amt, _due, _late, _token)
