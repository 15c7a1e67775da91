"""Set ZF's contracts and the reminders its replies answer (written blind, session 13).

Each thread is one mail cuikuan sent: a first or second reminder, or a 催款函 / formal
demand, worded as templates/zh and templates/en word them (greeting, body, 付款方式 /
How to pay, closing, the PM's signature with the day it went out, the token line). The
replies quote their own thread; importing this module registers the threads into
CONTRACTS, SUBJECT, REMINDER and ZH_THREADS, so heldout_c_mime.Reply.ck_id threads each
reply to ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS


@dataclass(frozen=True)
class Deal:
    """One contract milestone being chased, and who at the client it is addressed to."""

    contract: str
    milestone: str  # the token's milestone key
    title: str
    name: str  # the milestone's name as the letter says it
    amount: str
    due: str
    overdue: tuple[int, int, int]  # days overdue on the first reminder, the second, the demand
    to: str  # the recipient as greeted
    client: str  # the client's full name (the demand letter's addressee)
    pay: str  # payment instructions as the contract gives them
    pm: tuple[str, str]
    signed: str = ""
    zh: bool = True

    @property
    def token(self) -> str:
        return f"[CK-{self.contract}-{self.milestone}]"


ZH_PAY = "开户行：{bank}\n户名：示例科技有限公司\n账号：{acct}"
EN_PAY = (
    "Beneficiary: Example Tech Co., Ltd.\nBank: China Merchants Bank, Hangzhou Branch\n"
    "Account No.: 5719 0888 6610 302\nSWIFT: CMBCCNBS"
)
ICBC = ZH_PAY.format(bank="中国工商银行杭州分行", acct="1202 0285 0910 0036 026")
CMB = ZH_PAY.format(bank="招商银行杭州分行", acct="5719 0888 6610 302")

DEALS: dict[str, Deal] = {
    "pj": Deal("PJSL-2026-08", "phase2", "平江县山洪灾害监测预警平台（二期）", "二期款", "￥186,000.00",
               "2026年11月10日", (20, 27, 34), "李主任", "平江县水利局", ICBC, ("孙浩然", "sunhr@example.cn"),
               "2026年3月18日"),
    "wa": Deal("WAGS-2026-03", "acceptance", "智能远传水表抄表系统", "验收款", "￥264,000.00",
               "2026年10月31日", (30, 37, 44), "赵主任", "武安市供水有限公司", CMB, ("林晓峰", "linxf@example.cn"),
               "2026年4月2日"),
    "qd": Deal("QL-BW-TJ3-2026", "progress3", "毕威高速TJ-3标智慧工地系统", "第三期进度款", "￥152,400.00",
               "2026年11月20日", (10, 17, 24), "杨经理", "贵州黔路建设第二工程有限公司毕威高速TJ-3标项目经理部",
               CMB, ("孙浩然", "sunhr@example.cn")),
    "dx": Deal("DXY-2026-11", "final", "大米溯源防伪与订单管理系统", "尾款", "￥68,000.00",
               "2026年11月25日", (5, 12, 19), "孙总", "五常市稻香源米业有限公司", CMB, ("王明", "wangming@example.cn")),
    "js": Deal("JS-2026-05", "golive", "直播订单与生产排单系统", "上线款", "￥45,600.00",
               "2026年11月18日", (12, 19, 26), "王总", "曹县锦裳汉服服饰有限公司", CMB, ("王明", "wangming@example.cn")),
    "gs": Deal("GSRY-2026-02", "midterm", "移动护理与输液监控系统", "中期款", "￥238,000.00",
               "2026年10月30日", (31, 38, 45), "黄科长", "固始县人民医院", ICBC, ("林晓峰", "linxf@example.cn"),
               "2026年2月26日"),
    "ak": Deal("AKS-HQP-2026", "phase2", "冷库监控与电商订单平台", "二期款", "￥58,000.00",
               "2026年11月25日", (5, 12, 19), "马理事长", "阿克苏红旗坡苹果专业合作社", CMB, ("王明", "wangming@example.cn")),
    "zj": Deal("ZJHF-2026-07", "final", "织袜机联网与生产看板", "尾款", "￥73,500.00",
               "2026年11月16日", (14, 21, 28), "何总", "诸暨市恒丰针织有限公司", CMB, ("林晓峰", "linxf@example.cn")),
    "pd": Deal("PDJ-2026-04", "final", "豆瓣发酵车间温湿度监测系统", "尾款", "￥39,800.00",
               "2026年11月20日", (10, 17, 24), "陈老板", "成都郫都区陈记豆瓣厂", CMB, ("王明", "wangming@example.cn")),
    "ly": Deal("SHT-2026-10", "final", "专线车辆调度与运单管理系统", "尾款", "￥36,800.00", "2026年11月26日",
               (4, 11, 18), "刘总", "临沂顺通专线物流有限公司", CMB, ("王明", "wangming@example.cn")),
    "hl": Deal("TRK-2026-06", "phase2", "石材订单与出货管理系统", "二期款", "NT$420,000.00",
               "2026年11月15日", (15, 22, 29), "林小姐", "太鲁阁石艺有限公司", CMB, ("林晓峰", "linxf@example.cn")),
    "hk": Deal("WLL-2026-01", "golive", "POS and stock system for Wing Lee Lung", "Go-live payment",
               "HKD 86,000.00", "20 November 2026", (10, 17, 24), "Mr Cheng", "Wing Lee Lung Dried Seafood Co.",
               EN_PAY, ("Wang Ming", "wangming@example.cn"), zh=False),
    "ub": Deal("KC-2026-UB", "phase2", "Raw cashmere lot traceability", "Phase 2 payment", "USD 24,600.00",
               "15 November 2026", (15, 22, 29), "Ms Oyunchimeg", "Khangai Cashmere LLC", EN_PAY,
               ("Lin Xiaofeng", "linxf@example.cn"), zh=False),
    "wi": Deal("DCC-2026-14", "golive", "Vat and aging-room monitoring", "Go-live payment", "USD 18,900.00",
               "20 November 2026", (10, 17, 24), "Brenda Kowalski", "Driftless Creek Cheese Co.", EN_PAY,
               ("Wang Ming", "wangming@example.cn"), zh=False),
    "rk": Deal("HVG-2026-02", "final", "Greenhouse climate and lighting control", "Final payment",
               "EUR 16,800.00", "25 November 2026", (5, 12, 19), "Sigríður Jónsdóttir", "Hveragerði Gróðurhús ehf.",
               EN_PAY, ("Lin Xiaofeng", "linxf@example.cn"), zh=False),
    "ll": Deal("KTA-2026-09", "midterm", "Bale tagging and auction-floor tickets", "Mid-term payment",
               "USD 21,500.00", "31 October 2026", (30, 37, 44), "Mr Banda", "Kanengo Tobacco Auctions Ltd",
               EN_PAY, ("Sun Haoran", "sunhr@example.cn"), "12 March 2026", zh=False),
}  # fmt: skip

SENT = ("2026年11月30日", "2026年12月7日", "2026年12月14日")
SENT_EN = ("30 November 2026", "7 December 2026", "14 December 2026")


def _zh_tail(d: Deal, day: str) -> str:
    pm, mail = d.pm
    return (
        f"\n\n付款方式：\n{d.pay}\n\n\n　　此致\n敬礼！\n\n{pm}\n示例科技有限公司　项目经理\n{mail}\n{day}\n\n"
        f"回复时请保留邮件主题中的编号 {d.token}，以便我们及时处理。"
    )


def _zh_first(d: Deal) -> str:
    days = d.overdue[0]
    return (
        f"尊敬的{d.to}：\n\n\n冒昧打扰。根据我方记录，《{d.title}》的{d.name}（{d.amount}）已于{d.due}到期，"
        f"目前已逾期{days}天，我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。"
        "如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        + _zh_tail(d, SENT[0])
    )


def _zh_second(d: Deal) -> str:
    days = d.overdue[1]
    return (
        f"尊敬的{d.to}：\n\n\n此前我们已就{d.name}与您联系过。截至今日，该笔款项（{d.amount}，{d.due}到期）"
        f"已逾期{days}天，我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题"
        "（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"
        + _zh_tail(d, SENT[1])
    )


def _zh_demand(d: Deal) -> str:
    days = d.overdue[2]
    pm, mail = d.pm
    return (
        f"催 款 函\n\n{d.client}：\n\n\n事由：关于《{d.title}》（合同编号：{d.contract}）项下{d.name}的催款\n\n"
        f"贵我双方于{d.signed}签订《{d.title}》。根据合同约定，贵司应于{d.due}前向我司支付{d.name}，"
        f"金额为{d.amount}。截至本函发出之日（{SENT[2]}），该款项已逾期{days}天。此前我司已通过邮件2次提醒贵司付款，"
        f"至今仍未收到上述款项。\n\n现正式函告：请贵司于2026年12月24日前将上述款项{d.amount}足额支付至以下账户：\n\n"
        f"{d.pay}\n\n如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、"
        "主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，我们仍真诚希望通过友好协商解决此事。\n\n"
        "如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。\n\n\n特此函告。\n\n\n"
        f"　　此致\n敬礼！\n\n{pm}\n示例科技有限公司　项目经理\n{mail}\n{SENT[2]}\n\n"
        f"回复时请保留邮件主题中的编号 {d.token}，以便我们及时处理。"
    )


def _en_tail(d: Deal) -> str:
    pm, mail = d.pm
    return (
        f"\n\nHow to pay:\n{d.pay}\n\n\nKind regards,\n\n{pm}\nProject Manager, Example Tech Co., Ltd.\n{mail}\n\n"
        f"Please keep the reference {d.token} in the subject line when you reply, so that we can deal with your "
        "message promptly."
    )


def _en_first(d: Deal) -> str:
    return (
        f"Dear {d.to},\n\n\nI hope all is well. Our records show that the {d.name.lower()} of {d.amount} under "
        f'"{d.title}" fell due on {d.due} and is now {d.overdue[0]} days overdue; we have not yet been able to '
        "match a payment to it.\n\nIt may well be working its way through your approval process, or already be "
        "paid and simply not matched on our side. If you have paid, could you reply with the payment date (and "
        "the remittance advice, if that is easy)? If not, we would appreciate your help in moving it forward."
        + _en_tail(d)
    )


def _en_second(d: Deal) -> str:
    return (
        f"Dear {d.to},\n\n\nI am following up on my earlier message about the {d.name.lower()}. The amount of "
        f"{d.amount}, due on {d.due}, is now {d.overdue[1]} days overdue and we have still not received it.\n\n"
        "Please arrange payment as soon as possible and let me know the date we can expect it. If something is in "
        "the way (invoice details, missing paperwork for your approval), tell me and we will sort it out with you."
        + _en_tail(d)
    )


def _en_demand(d: Deal) -> str:
    pm, mail = d.pm
    return (
        f"{d.client}\nFor the attention of {d.to}\n\nFORMAL DEMAND FOR PAYMENT\n\n\n"
        f'Re: "{d.title}" (contract ref. {d.contract}) — {d.name}\n\nUnder the contract signed between our '
        f"companies on {d.signed}, the {d.name.lower()} of {d.amount} was due on {d.due}. As of the date of this "
        f"letter ({SENT_EN[2]}) it is {d.overdue[2]} days overdue. We have written to you about it 2 times and "
        f"have not received payment.\n\nWe hereby formally request payment of {d.amount} in full by 24 December "
        f"2026, to the following account:\n\n{d.pay}\n\nIf payment is not received by that date, we will have to "
        "take further steps available to us under the contract and the applicable law, which may include "
        "suspending further work, claiming interest and charges for late payment, and recovering the debt through "
        "legal proceedings. We would much prefer to avoid this and remain open to resolving the matter by "
        "agreement.\n\nIf you have already paid, or if you dispute the amount, please reply in writing as soon as "
        "possible with the proof of payment or the details of your objection.\n\n\nYours sincerely,\n\n"
        f"{pm}\nProject Manager, Example Tech Co., Ltd.\n{mail}\n\nPlease keep the reference {d.token} in the "
        "subject line when you reply, so that we can deal with your message promptly."
    )


def _subject(d: Deal, which: str) -> str:
    title = f" — {d.title} {d.token}"
    if d.zh:
        return {
            "1": f"{d.name}付款提醒",
            "2": f"{d.name}逾期提醒（第二次）",
            "d": f"催款函：{d.name}（{d.amount}）",
        }[which] + title
    return {
        "1": f"Payment reminder: {d.name}",
        "2": f"Second reminder: {d.name} overdue",
        "d": f"Formal demand for payment: {d.name} ({d.amount})",
    }[which] + title


STAGE = {"1": ("reminder", 1), "2": ("reminder", 2), "d": ("demand", 1)}
"""Each thread suffix's cuikuan stage and sequence number (the replies' ``stage``/``seq``)."""


def register() -> None:
    """Add every deal's three mails as threads ``zf_<deal><1|2|d>`` to the shared tables."""
    for key, d in DEALS.items():
        texts = {
            "1": _zh_first(d) if d.zh else _en_first(d),
            "2": _zh_second(d) if d.zh else _en_second(d),
            "d": _zh_demand(d) if d.zh else _en_demand(d),
        }
        for which, text in texts.items():
            thread = f"zf_{key}{which}"
            CONTRACTS[thread] = (d.contract, d.milestone)
            SUBJECT[thread] = _subject(d, which)
            REMINDER[thread] = text
            if d.zh:
                ZH_THREADS.add(thread)


register()
