"""The reminders that set M's replies answer (tests/data/replies/heldout_c_set_m.py).

Sixteen threads of thirteen clients (a Pu'er coffee cooperative, a Dalian seafood processor,
a Xi'an aerospace-parts supplier, a Wenzhou valve maker, a Changsha TV station's new-media
department, a Zhuhai yacht builder, a Tianjin port logistics park, a Lanzhou wind-farm O&M
company, a Taoyuan airport caterer, a Hong Kong dental group, a Shanxi coal-chemical SOE, a
Guangxi sugar mill and a Yiwu trader), worded after ``templates/{zh,en}``: the first, second
or third reminder, a due-day notice or a demand letter, each with its own contract, milestone,
amount and due date. Registering a thread adds it to the machinery's tables
(``CONTRACTS``, ``SUBJECT``, ``REMINDER``, ``ZH_THREADS``) so that every reply is threaded to
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>`` and quotes the words it answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS


@dataclass(frozen=True)
class Thread:
    """One reminder of ours: its contract, milestone, stage, sequence and words."""

    key: str
    contract: str
    milestone: str
    stage: str
    seq: int
    title: str
    name: str  # the milestone's name as the reminder writes it
    amount: str
    due: str
    greet: str
    zh: bool = True


PAY_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

PAY_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email."""

SIGN_ZH = """　　此致
敬礼！

王明
示例科技有限公司　项目经理
wangming@example.cn"""

SIGN_EN = """Kind regards,

Wang Ming
Project Manager, Example Tech Co., Ltd.
wangming@example.cn"""


def token(t: Thread) -> str:
    return f"[CK-{t.contract}-{t.milestone}]"


def _subject(t: Thread) -> str:
    if not t.zh:
        head = {
            ("reminder", 1): f"Payment reminder: {t.name}",
            ("reminder", 2): f"Second reminder: {t.name} overdue",
            ("due", 1): f"{t.name[0].upper()}{t.name[1:]} was due on {t.due}",
        }[(t.stage, t.seq)]
        return f"{head} — {t.title} {token(t)}"
    head = {
        ("reminder", 1): f"{t.name}付款提醒",
        ("reminder", 2): f"{t.name}逾期提醒（第二次）",
        ("reminder", 3): f"{t.name}已逾期{_days(t)}天，请确认付款日期",
        ("due", 1): f"{t.name}已于{t.due}到期",
        ("demand", 1): f"催款函：{t.name}（{t.amount}）",
    }[(t.stage, t.seq)]
    return f"{head} — {t.title} {token(t)}"


def _days(t: Thread) -> int:
    return {"XA-2026-009": 30, "SX-2026-033": 31}.get(t.contract, 21)


def _body_zh(t: Thread) -> str:
    if t.stage == "demand":
        return f"""催 款 函

{t.greet}：

事由：关于《{t.title}》（合同编号：{t.contract}）项下{t.name}的催款

贵我双方于2026年3月12日签订《{t.title}》。根据合同约定，贵司应于{t.due}前向我司支付{t.name}，金额为{t.amount}。截至本函发出之日，该款项已逾期25天。此前我司已通过邮件3次提醒贵司付款，至今仍未收到上述款项。

现正式函告：请贵司于2026年12月15日前将上述款项{t.amount}足额支付至以下账户：

开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，我们仍真诚希望通过友好协商解决此事。

如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。

特此函告。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 {token(t)}，以便我们及时处理。"""
    if t.stage == "due":
        text = f"""根据《{t.title}》（合同编号：{t.contract}）的约定，{t.name}（{t.amount}）的付款截止日为{t.due}，目前已逾期3天，我方暂未查到到账记录。

如款项已经支付，烦请回复告知付款日期，以便我方核对；如尚未安排，请协助尽快处理。本期发票随附（发票_{t.contract}.pdf），方便贵司走付款流程。"""
    elif t.seq == 1:
        text = f"""冒昧打扰。根据我方记录，《{t.title}》的{t.name}（{t.amount}）已于{t.due}到期，目前已逾期12天，我方暂未查到到账记录。

也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"""
    elif t.seq == 2:
        text = f"""此前我们已就{t.name}与您联系过。截至今日，该笔款项（{t.amount}，{t.due}到期）已逾期19天，我方仍未收到。

请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"""
    else:
        text = f"""这是我们第3次就{t.name}发出提醒。该笔款项金额为{t.amount}，已于{t.due}到期，至今已逾期{_days(t)}天。

我们理解贵司可能有内部流程需要时间，但款项长期逾期已经影响到我方的项目安排与资金计划。请于收到本邮件后三个工作日内回复明确的付款日期。如对该款项有任何异议，也请一并书面说明，以便双方尽快解决。"""
    return f"""尊敬的{t.greet}：

{text}

{PAY_ZH}


{SIGN_ZH}

回复时请保留邮件主题中的编号 {token(t)}，以便我们及时处理。"""


def _body_en(t: Thread) -> str:
    if t.stage == "due":
        text = f"""Under "{t.title}" (ref. {t.contract}), the {t.name} of {t.amount} was due on {t.due} and is now 3 days overdue; we have not yet been able to match a payment to it.

If you have already paid, please reply with the payment date so that we can match it; if not, we would appreciate your help in arranging it soon. The invoice is attached again for your payment process (Invoice_{t.contract}.pdf)."""
    elif t.seq == 1:
        text = f"""I hope all is well. Our records show that the {t.name} of {t.amount} under "{t.title}" fell due on {t.due} and is now 12 days overdue; we have not yet been able to match a payment to it.

It may well be working its way through your approval process, or already be paid and simply not matched on our side. If you have paid, could you reply with the payment date (and the remittance advice, if that is easy)? If not, we would appreciate your help in moving it forward."""
    else:
        text = f"""I am following up on my earlier message about the {t.name}. The amount of {t.amount}, due on {t.due}, is now 19 days overdue and we have still not received it.

Please arrange payment as soon as possible and let me know the date we can expect it. If something is in the way (invoice details, missing paperwork for your approval), tell me and we will sort it out with you."""
    return f"""Dear {t.greet},

{text}

{PAY_EN}


{SIGN_EN}

Please keep the reference {token(t)} in the subject line when you reply, so that we can deal with your message promptly."""


T = Thread
THREADS: dict[str, Thread] = {t.key: t for t in [
    T("m_pe", "PE-2026-031", "accept", "reminder", 1, "咖啡豆溯源小程序", "验收款", "￥36,000.00", "2026年11月15日", "岩恩罕社长"),
    T("m_dl", "DL-2026-044", "second", "reminder", 2, "冷库温控监测系统", "二期款", "￥128,000.00", "2026年11月10日", "孙经理"),
    T("m_dle", "DL-2026-045", "first", "reminder", 1, "Export documents portal", "first instalment", "USD 18,500.00", "18 November 2026", "Ms. Yoon", zh=False),
    T("m_xa", "XA-2026-009", "midterm", "reminder", 3, "生产执行系统（MES）实施", "中期款", "￥260,000.00", "2026年10月31日", "杜处长"),
    T("m_wz", "WZ-2026-058", "final", "due", 1, "订单与库存管理系统", "尾款", "￥45,800.00", "2026年11月27日", "叶总"),
    T("m_cs", "CS-2026-012", "q4", "reminder", 1, "融媒体内容平台运维服务", "第四季度服务费", "￥92,000.00", "2026年11月20日", "谭主任"),
    T("m_zh", "ZH-2026-027", "launch", "reminder", 1, "游艇选配器网站", "上线款", "￥150,000.00", "2026年11月18日", "梁总"),
    T("m_zhy", "ZH-2026-028", "midterm", "reminder", 2, "Owner's app for the 62-foot series", "mid-term payment", "CNY 88,000.00", "13 November 2026", "Mr. Hartley", zh=False),
    T("m_tj", "TJ-2026-040", "accept", "demand", 1, "园区智慧停车与闸口系统", "验收款", "￥310,000.00", "2026年11月5日", "天津港某物流园区管理有限公司"),
    T("m_lz", "LZ-2026-016", "midterm", "reminder", 2, "风机巡检APP", "中期款", "￥74,000.00", "2026年11月12日", "马经理"),
    T("m_ty", "TY-2026-008", "final", "reminder", 1, "供应商入口网站", "尾款", "NT$420,000", "2026年11月20日", "蔡經理"),
    T("m_hk", "HK-2026-021", "midterm", "reminder", 1, "Clinic booking system", "mid-term payment", "HKD 68,000.00", "15 November 2026", "Ms. Cheung", zh=False),
    T("m_sx", "SX-2026-033", "progress", "reminder", 3, "设备点检与巡检系统", "进度款", "￥480,000.00", "2026年10月30日", "郝科长"),
    T("m_gx", "GX-2026-019", "deploy", "reminder", 1, "甘蔗收购结算系统", "上线款", "￥66,000.00", "2026年11月18日", "韦会计"),
    T("m_yw", "YW-2026-062", "annual", "reminder", 1, "跨境店铺ERP（年度订阅）", "年费", "￥19,800.00", "2026年11月18日", "楼老板"),
    T("m_yw2", "YW-2026-063", "setup", "due", 1, "Shop ERP onboarding", "onboarding fee", "CNY 6,500.00", "27 November 2026", "Mr. Karimov", zh=False),
]}  # fmt: skip


TZ = {"m_ty": "Asia/Taipei", "m_hk": "Asia/Hong_Kong"}  # the rest: Asia/Shanghai


def o(key: str, day: int, sender: tuple[str, str], **kw: Any) -> dict[str, Any]:
    """The generator's options for one reply to thread ``key`` on ``day`` December 2026.

    The stage and sequence come from the thread (they are in the reply's In-Reply-To), the
    zone from the client (English-writing staff of a Chinese firm are in Asia/Shanghai).
    """
    t = THREADS[key]
    base = {"thread": key, "stage": t.stage, "seq": t.seq, "day": date(2026, 12, day)}
    return {**base, "tz": TZ.get(key, "Asia/Shanghai"), "sender": sender, **kw}


def register() -> None:
    """Add every set-M thread to the machinery's tables (idempotent)."""
    for t in THREADS.values():
        CONTRACTS[t.key] = (t.contract, t.milestone)
        SUBJECT[t.key] = _subject(t)
        REMINDER[t.key] = _body_zh(t) if t.zh else _body_en(t)
        if t.zh:
            ZH_THREADS.add(t.key)


register()
