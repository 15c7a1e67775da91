"""The reminders set E answers, and the people who answer them.

Set E's clients are other trades than sets C and D (a general contractor paying 工程款, an
equipment buyer holding 质保金, a district government paying through 财政, a Taiwanese
retailer, a Hong Kong shop, software clients in the US, UK, Germany and Singapore), so each
gets its own reminder, written the way cuikuan writes one, and registered as a thread of
heldout_c_quote / heldout_c_mime (SUBJECT, REMINDER, ZH_THREADS, CONTRACTS).
"""

from __future__ import annotations

from dataclasses import dataclass

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

ZH = """您好：

《{project}》（合同编号：{contract}）项下{milestone}已超过应付日期，截至今日我司尚未收到：

　　款项：{milestone}
　　金额：{amount}
　　应付日期：{due}

若贵司已付款，请回复付款日期并附银行回单，我们将核对到账情况；若尚未付款，请告知预计付款时间。
如对款项金额、发票、验收或质保金有任何异议，请直接回复说明，我们将暂停催款并与您沟通。

收款账户：
户名：示例科技有限公司
开户行：示例银行杭州分行
账号：6222 0000 1234 5678

温馨提示：我司收款账户不会通过邮件变更，如收到变更通知请先致电核实。

王明
示例科技有限公司　项目经理　0571-8888 1234

回复时请保留主题中的编号 [CK-{contract}-{key}]。"""

EN = """Dear Accounts Payable team,

According to our records the following payment under "{project}" (ref. {contract}) is overdue:

   Payment: {milestone}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can reconcile it. If payment has not been made yet, please tell us when we can expect it. If you dispute the amount, the invoice or the acceptance, please reply in writing and we will pause all reminders.

Bank details:
Beneficiary: Example Tech Co., Ltd.
Bank: Example Bank, Hangzhou Branch (SWIFT EXBKCNSHHZ)
Account: 6222 0000 8765 4321

Please note: we will never change our bank details by email.

Best regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [CK-{contract}-{key}] in the subject line when replying."""

# thread: (zh?, project, contract, milestone key, milestone, amount, due)
THREADS = {
    "gc": (True, "滨江商业综合体智能化工程", "JS-2025-088", "progress3", "第三期进度款", "￥1,260,000.00", "2026年11月25日"),
    "eq": (True, "SMT产线视觉检测设备采购", "SB-2025-031", "retention", "质保金（合同总额5%）", "￥96,500.00", "2026年11月15日"),
    "gov": (True, "智慧政务服务平台（二期）", "ZW-2026-006", "acceptance", "验收款", "￥420,000.00", "2026年11月10日"),
    "tw": (True, "门店收银系统定制开发", "TW-2026-005", "phase2", "二期款", "NT$850,000.00", "2026年11月20日"),
    "us": (False, "Mobile banking app development", "NW-2026-04", "m3", "Milestone 3 (UAT sign-off)", "USD 45,000.00", "16 November 2026"),
    "uk": (False, "E-commerce platform rebuild", "BW-2026-11", "phase2", "Phase 2 delivery", "GBP 18,500.00", "13 November 2026"),
    "de": (False, "Test bench control software", "KM-2026-02", "inst2", "Second instalment", "EUR 32,000.00", "20 November 2026"),
    "sg": (False, "Logistics tracking portal", "LB-2026-07", "golive", "Go-live payment", "USD 22,000.00", "18 November 2026"),
    "hk": (False, "Website redesign and CMS", "HK-2026-019", "final", "Final payment", "HKD 68,000.00", "13 November 2026"),
}  # fmt: skip


def register() -> None:
    """Add set E's reminders to the shared quote and thread tables (idempotent)."""
    for key, (zh, project, contract, ms, milestone, amount, due) in THREADS.items():
        text = ZH if zh else EN
        REMINDER[key] = text.format(
            project=project, contract=contract, key=ms, milestone=milestone, amount=amount, due=due
        )
        if zh:
            SUBJECT[key] = f"{milestone.split('（')[0]}付款提醒 — {project} [CK-{contract}-{ms}]"
            ZH_THREADS.add(key)
        else:
            SUBJECT[key] = f"Overdue payment: {milestone} — {project} [CK-{contract}-{ms}]"
        CONTRACTS[key] = (contract, ms)


@dataclass(frozen=True)
class Who:
    """One person at a client: the thread they answer, name and address, zone."""

    thread: str
    name: str
    email: str
    tz: str = "Asia/Shanghai"


# general contractor (pays us 工程款): project accountant, the boss on his phone, site clerk
ZHOU = Who("gc", "周会计", "zhou.kj@hj3j-jianshe.com")
HE = Who("gc", "何总", "hejianguo1971@qq.com")
LIN = Who("gc", "林晓", "linxiao_zlb@163.com")
QIAN = Who("gc", "钱工", "qiangong@hj3j-jianshe.com")
# equipment buyer (holds 质保金): procurement, finance mailbox, the equipment engineer, GM
SUN = Who("eq", "孙丽", "sunli@xiangjingji.com")
CW = Who("eq", "", "cwb@xiangjingji.com")
WANG = Who("eq", "设备科王工", "wanggong_sb@126.com")
LI = Who("eq", "李总", "li.zong@xiangjingji.com")
# district government / city SOE (财政 approval chain): IT section chief, secretary, accountant
LIUKE = Who("gov", "刘科长", "liuke@dsj.xihu.gov.cn")
WU = Who("gov", "吴秘书", "wuxy@hzct-group.com")
ZHONG = Who("gov", "钟会计", "zhong.kj@hzct-group.com")
# Taiwan retailer and Hong Kong shop
TWLIN = Who("tw", "林怡君", "yijun.lin@hsinyi-retail.com.tw", "Asia/Taipei")
WONG = Who("hk", "黃小姐", "accounts@lucky-star.com.hk", "Asia/Hong_Kong")
KAREN = Who("hk", "Karen Leung", "karenleung.lsh@gmail.com", "Asia/Hong_Kong")
CHAN = Who("hk", "陳生", "tm.chan@lucky-star.com.hk", "Asia/Hong_Kong")
# software clients abroad
MIKE = Who("us", "Mike Reyes", "mreyes@northwindfin.com", "America/New_York")
AP = Who("us", "Northwind Accounts Payable", "ap@northwindfin.com", "America/New_York")
PRIYA = Who("uk", "Priya Patel", "priya.patel@brightwell.co.uk", "Europe/London")
WEBER = Who("de", "Jürgen Weber", "j.weber@kessler-maschinenbau.de", "Europe/Berlin")
TAN = Who("sg", "Tan Wei Ling", "weiling.tan@lionbridge-log.com.sg", "Asia/Singapore")
ZHANG = Who("sg", "Zhang Hui", "zhang.hui@lionbridge-log.com.sg", "Asia/Singapore")
LEO = Who("hk", "Leo Zhao", "leo.zhao@lucky-star.com.hk", "Asia/Hong_Kong")
