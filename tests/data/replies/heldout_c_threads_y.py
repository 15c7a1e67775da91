"""Set Y's reminders: the contracts its clients answer, registered with the held-out machinery.

Each thread is one reminder cuikuan sent (reminder no. 1, or a 催款函 / formal demand), worded
as templates/zh and templates/en word them, so every reply threads to
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>`` and quotes the reminder it answers.
Importing this module registers the threads (heldout_c_set_y.py does).
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

PAY_ZH = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
PAY_EN = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXMPCNSH"
)

# key: (contract, milestone id, title, milestone name, amount, due, addressee)
ZH = {
    "y_zisha": ("YX-2026-031", "final", "紫砂作品数字鉴证与溯源系统", "尾款", "￥58,000.00", "2026年11月15日", "蒋老师"),
    "y_ejiao": ("DE-2026-008", "acceptance", "阿胶生产批次追溯MES系统", "验收款", "￥236,000.00", "2026年11月10日", "刘经理"),
    "y_muren": ("HL-2026-012", "second", "冬季冰雪旅游预订与分销平台", "二期款", "￥74,500.00", "2026年11月18日", "巴特尔经理"),
    "y_crab": ("KS-2026-044", "midterm", "蟹卡提货与冷链配送系统", "中期款", "￥128,000.00", "2026年11月20日", "顾总"),
    "y_nankang": ("GZ-2026-019", "golive", "定制家具拆单与生产排程系统", "上线款", "￥96,800.00", "2026年11月25日", "曾厂长"),
    "y_pingyao": ("PY-2026-006", "final", "客栈集团PMS与OTA直连系统", "尾款", "￥42,300.00", "2026年11月12日", "雷总"),
    "y_dunhuang": ("DH-2026-010", "midterm", "研学营地报名与结算系统", "中期款", "￥63,000.00", "2026年11月22日", "马主任"),
    "y_paji": ("DZ-2026-027", "second", "门店订货与配送小程序", "二期款", "￥39,800.00", "2026年11月26日", "田总"),
    "y_paji_final": ("DZ-2026-027", "final", "门店订货与配送小程序", "尾款", "￥19,900.00", "2026年11月30日", "田总"),
    "y_penghu": ("PH-2026-004", "midterm", "跳島船票線上訂位系統", "中期款", "USD 12,600.00", "2026年11月16日", "許經理"),
}  # fmt: skip
EN = {
    "y_qvevri": ("TB-2026-02", "second", "Cellar-door booking & export order portal", "Second milestone payment", "second milestone payment", "USD 18,400.00", "13 November 2026", "Nino Beridze"),
    "y_alpaca": ("CU-2026-07", "final", "Wholesale catalogue & order platform", "Final payment", "final payment", "USD 9,750.00", "16 November 2026", "Rosa Quispe"),
    "y_airtaxi": ("AK-2026-05", "golive", "Flight booking & manifest system", "Go-live payment", "go-live payment", "USD 22,000.00", "20 November 2026", "Dale Henning"),
    "y_lodge": ("NA-2026-03", "midterm", "Lodge reservations & park-fee system", "Mid-term payment", "mid-term payment", "USD 15,300.00", "18 November 2026", "Anri van Wyk"),
    "y_school": ("MT-2026-09", "acceptance", "Student enrolment & homestay portal", "Acceptance payment", "acceptance payment", "EUR 11,200.00", "23 November 2026", "Marija Camilleri"),
    "y_shipmgmt": ("CY-2026-11", "second", "Crew certification tracking system", "Second instalment", "second instalment", "USD 27,500.00", "10 November 2026", "Andreas Georgiou"),
    "y_leather": ("ET-2026-01", "final", "Export order & tannery traceability system", "Final payment", "final payment", "USD 8,900.00", "5 November 2026", "Selamawit Tesfaye"),
    "y_rugby": ("CF-2026-08", "final", "Membership & match-day ticketing app", "Final payment", "final payment", "GBP 9,600.00", "20 November 2026", "Rhys Morgan"),
    "y_motoneige": ("QC-2026-04", "golive", "Trail pass & guided-tour booking system", "Go-live payment", "go-live payment", "CAD 14,500.00", "25 November 2026", "Marc-André Tremblay"),
    "y_poonchoi": ("HK-2026-15", "midterm", "Festive order & delivery booking system", "Mid-term payment", "mid-term payment", "HKD 68,000.00", "19 November 2026", "Mr Tang"),
}  # fmt: skip
CLIENT_ZH = {"y_ejiao": "东阿福胶堂阿胶有限公司"}
CLIENT_EN = {"y_shipmgmt": "Kition Ship Management Ltd"}


def _token(contract: str, mid: str) -> str:
    return f"[CK-{contract}-{mid}]"


def _zh_reminder(c: tuple) -> str:
    contract, mid, title, mname, amount, due, who = c
    return f"""尊敬的{who}：

冒昧打扰。根据我方记录，《{title}》的{mname}（{amount}）已于{due}到期，目前已经逾期，我方暂未查到到账记录。

也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。

付款方式：
{PAY_ZH}

　　此致
敬礼！

王明
示例科技有限公司　项目经理
wangming@example.cn

回复时请保留邮件主题中的编号 {_token(contract, mid)}，以便我们及时处理。"""


def _zh_demand(c: tuple, client: str) -> str:
    contract, mid, title, mname, amount, due, who = c
    return f"""催 款 函

{client}：

事由：关于《{title}》（合同编号：{contract}）项下{mname}的催款

贵我双方于2026年3月签订《{title}》。根据合同约定，贵司应于{due}前向我司支付{mname}，金额为{amount}。此前我司已通过邮件3次提醒贵司付款，至今仍未收到上述款项。

现正式函告：请贵司于2026年12月18日前将上述款项{amount}足额支付至以下账户：

{PAY_ZH}

如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，我们仍真诚希望通过友好协商解决此事。

如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。

特此函告。

王明
示例科技有限公司　项目经理
wangming@example.cn

回复时请保留邮件主题中的编号 {_token(contract, mid)}，以便我们及时处理。"""


def _en_reminder(c: tuple) -> str:
    contract, mid, title, mname, label, amount, due, who = c
    return f"""Dear {who},

I hope all is well. Our records show that the {label} of {amount} under "{title}" fell due on {due} and is now overdue; we have not yet been able to match a payment to it.

It may well be working its way through your approval process, or already be paid and simply not matched on our side. If you have paid, could you reply with the payment date (and the remittance advice, if that is easy)? If not, we would appreciate your help in moving it forward.

How to pay:
{PAY_EN}

Kind regards,

Wang Ming
Project Manager, Example Tech Co., Ltd.
wangming@example.cn

Please keep the reference {_token(contract, mid)} in the subject line when you reply, so that we can deal with your message promptly."""


def _en_demand(c: tuple, client: str) -> str:
    contract, mid, title, mname, label, amount, due, who = c
    return f"""{client}
For the attention of {who}

FORMAL DEMAND FOR PAYMENT

Re: "{title}" (contract ref. {contract}) — {mname}

Under the contract signed between our companies on 2 April 2026, the {label} of {amount} was due on {due}. We have written to you about it 3 times and have not received payment.

We hereby formally request payment of {amount} in full by 18 December 2026, to the following account:

{PAY_EN}

If payment is not received by that date, we will have to take further steps available to us under the contract and the applicable law, which may include suspending further work, claiming interest and charges for late payment, and recovering the debt through legal proceedings. We would much prefer to avoid this and remain open to resolving the matter by agreement.

If you have already paid, or if you dispute the amount, please reply in writing as soon as possible with the proof of payment or the details of your objection.

Yours sincerely,

Wang Ming
Project Manager, Example Tech Co., Ltd.
wangming@example.cn

Please keep the reference {_token(contract, mid)} in the subject line when you reply, so that we can deal with your message promptly."""


def register() -> None:
    """Add set Y's threads (reminders, and a demand for two contracts) to the machinery."""
    for key, c in ZH.items():
        CONTRACTS[key] = (c[0], c[1])
        SUBJECT[key] = f"{c[3]}付款提醒 — {c[2]} {_token(c[0], c[1])}"
        REMINDER[key] = _zh_reminder(c)
        ZH_THREADS.add(key)
    for key, client in CLIENT_ZH.items():
        c = ZH[key]
        CONTRACTS[key + "_demand"] = (c[0], c[1])
        SUBJECT[key + "_demand"] = f"催款函：{c[3]}（{c[4]}） — {c[2]} {_token(c[0], c[1])}"
        REMINDER[key + "_demand"] = _zh_demand(c, client)
        ZH_THREADS.add(key + "_demand")
    for key, c in EN.items():
        CONTRACTS[key] = (c[0], c[1])
        SUBJECT[key] = f"Payment reminder: {c[3]} — {c[2]} {_token(c[0], c[1])}"
        REMINDER[key] = _en_reminder(c)
    for key, client in CLIENT_EN.items():
        c = EN[key]
        CONTRACTS[key + "_demand"] = (c[0], c[1])
        SUBJECT[key + "_demand"] = (
            f"Formal demand for payment: {c[3]} ({c[5]}) — {c[2]} {_token(c[0], c[1])}"
        )
        REMINDER[key + "_demand"] = _en_demand(c, client)


register()
