"""The reminders set F's clients answer: new trades, each with its own contract and wording.

A hospital's equipment department, a university research group paying from its research
funds, an online shop paid from platform payouts, a Shenzhen hardware start-up, a Malaysian
and a Singapore client, a Japanese and a French client writing English, an Indian IT
services company's payables team, and two law firms (Beijing, Hong Kong). Importing this module registers each
thread with the machinery (contract id for the threading headers, subject, reminder text).
Written blind to the classifier: only the machinery (heldout_c_mime/quote/styles) was read.
"""

from __future__ import annotations

from dataclasses import dataclass

import heldout_c_mime as mime
import heldout_c_quote as quote


@dataclass(frozen=True)
class Who:
    """A person who answers: the thread they answer, name, address and time zone."""

    thread: str
    name: str
    email: str
    tz: str = "Asia/Shanghai"


def _zh(
    greet: str, project: str, contract: str, item: str, amount: str, due: str, pm: str, tag: str
) -> str:
    return f"""{greet}：

您好！《{project}》（合同编号：{contract}）项下{item}已于{due}到期，截至今日我司尚未收到：

　　款项：{item}
　　金额：{amount}
　　付款截止日：{due}

如该款项已经支付，请回复告知付款日期并附银行回单，以便财务核对；如尚未付款，请告知预计付款日期。
如对金额、发票或验收有任何异议，请直接回复本邮件说明，我们会暂停催收并尽快跟进。

收款账户：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过邮件变更收款账户，如收到账户变更通知请先电话核实。

{pm}
示例科技有限公司

回复时请保留邮件主题中的编号 {tag}。"""


def _en(
    greet: str, project: str, contract: str, item: str, amount: str, due: str, pm: str, tag: str
) -> str:
    return f"""Dear {greet},

Our records show the following payment under "{project}" (ref. {contract}) as still outstanding:

   Payment: {item}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount, the invoice or the acceptance, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNBJHZH

Important: we never change our bank details by email.

Kind regards,
{pm}
Example Tech Co., Ltd.

Please keep {tag} in the subject line when you reply."""


# thread: (lang, contract, milestone, greeting, project, item, amount, due)
THREADS = {
    "f-hosp": ("zh", "ZJYY-2026-044", "install", "尊敬的顾科长", "医学影像设备运维平台", "安装验收款", "￥236,000.00", "2026年11月25日"),
    "f-univ": ("zh", "DHU-KY-2026-031", "final", "尊敬的许老师", "多模态感知实验平台开发", "项目尾款", "￥48,500.00", "2026年11月15日"),
    "f-shop": ("zh", "YX-2026-088", "nov", "何老板", "店铺代运营服务", "11月服务费", "￥12,800.00", "2026年11月30日"),
    "f-szhw": ("zh", "SZ-ZN-2026-05", "proto2", "罗总", "智能门锁固件与App开发", "二期样机款", "￥65,000.00", "2026年11月20日"),
    "f-my": ("zh", "KLH-2026-02", "phase1", "尊敬的黄先生", "吉隆坡门店收银系统", "第一期款", "RM 26,000.00", "2026年11月18日"),
    "f-law": ("zh", "JS-2026-LS-07", "q4", "尊敬的金石律师事务所财务部", "律所案件管理系统年度维护", "第四季度维护费", "￥39,000.00", "2026年11月10日"),
    "f-sg": ("en", "LTT-2026-07", "phase2", "Mr Lim", "Warehouse scanning app", "Phase 2 payment", "SGD 18,400.00", "16 November 2026"),
    "f-jp": ("en", "KWS-2026-11", "delivery", "Mr Kawamura", "Production line dashboard", "Delivery payment", "JPY 1,850,000", "20 November 2026"),
    "f-in": ("en", "VIT-PO-4500021873", "m2", "Accounts Payable team", "Test automation services", "Milestone 2 payment", "USD 9,600.00", "10 November 2026"),
    "f-fr": ("en", "AMO-2026-09", "acompte2", "Madame Moreau", "Online booking platform", "Second instalment", "EUR 14,200.00", "13 November 2026"),
    "f-hklaw": ("en", "HCL-2026-12", "setup", "Ms Chan", "Document management system", "Set-up fee", "HKD 58,000.00", "18 November 2026"),
}  # fmt: skip

PM = {"zh": "项目经理 王明", "en": "Wang Ming, Project Manager"}


def register(threads: dict[str, tuple], pm: dict[str, str]) -> None:
    """Add ``threads`` to the machinery: ids, subjects and reminder texts."""
    for key, (lang, contract, milestone, greet, project, item, amount, due) in threads.items():
        mime.CONTRACTS[key] = (contract, milestone)
        tag = f"[CK-{contract}-{milestone}]"
        if lang == "zh":
            quote.ZH_THREADS.add(key)
            quote.SUBJECT[key] = f"{item}逾期未付提醒 — {project} {tag}"
            text = _zh(greet, project, contract, item, amount, due, pm["zh"], tag)
        else:
            quote.SUBJECT[key] = f"Payment reminder: {item} overdue — {project} {tag}"
            text = _en(greet, project, contract, item, amount, due, pm["en"], tag)
        quote.REMINDER[key] = text


register(THREADS, PM)
