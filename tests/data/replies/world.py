"""The people, companies, contracts and reminders the corpus replies to.

Our side sends the reminders (the wording of templates/zh and templates/en reminder 1-3,
with the payment instructions that carry our bank account); the clients answer them. Names,
companies, amounts, contract ids and dates vary per reply, drawn from a seeded generator so
the corpus regenerates byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mime_parts import Attachment

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Vendor:
    company: str
    pm_name: str
    pm_addr: str
    lang: str
    bank: str


VENDORS = {
    "zh": [
        Vendor(
            "杭州云杉信息技术有限公司",
            "王磊",
            "wanglei@yunshan-it.cn",
            "zh",
            "开户行：招商银行杭州分行营业部\n户名：杭州云杉信息技术有限公司\n账号：5719 0366 8810 901",
        ),
        Vendor(
            "苏州启衡自动化科技有限公司",
            "陈静",
            "chenjing@qiheng-auto.com",
            "zh",
            "开户银行：中国工商银行苏州工业园区支行\n户名：苏州启衡自动化科技有限公司\n"
            "账号：1102 0203 0910 0187 622",
        ),
    ],
    "en": [
        Vendor(
            "Brightway Technology (Shenzhen) Co., Ltd.",
            "Kevin Zhou",
            "kevin.zhou@brightway-tech.com",
            "en",
            "Beneficiary: Brightway Technology (Shenzhen) Co., Ltd.\nBank: Bank of China, "
            "Shenzhen Branch\nAccount: 7473 5821 9903\nSWIFT: BKCHCNBJ45A",
        ),
        Vendor(
            "Lumen Systems Ltd",
            "Daniel Hughes",
            "daniel.hughes@lumensys.co.uk",
            "en",
            "Account name: Lumen Systems Ltd\nSort code: 20-45-77\nAccount number: 53819024\n"
            "IBAN: GB29 BARC 2045 7753 8190 24",
        ),
    ],
}

SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "晓东",
    "海燕",
    "志强",
    "婷婷",
    "宇航",
    "子涵",
    "浩然",
    "雨桐",
    "嘉怡",
    "文博",
    "思远",
    "梦琪",
    "晨曦",
    "国庆",
    "春梅",
    "立新",
    "慧敏",
]
GIVEN_TW = [
    "志明",
    "淑芬",
    "雅婷",
    "家豪",
    "怡君",
    "冠宇",
    "佩珊",
    "俊傑",
    "美玲",
    "建宏",
    "嘉欣",
    "詠詩",
    "偉倫",
    "滙豐",
]
PINYIN = {
    "张": "zhang",
    "王": "wang",
    "李": "li",
    "赵": "zhao",
    "刘": "liu",
    "陈": "chen",
    "杨": "yang",
    "黄": "huang",
    "周": "zhou",
    "吴": "wu",
    "徐": "xu",
    "孙": "sun",
    "马": "ma",
    "朱": "zhu",
    "胡": "hu",
    "郭": "guo",
    "何": "he",
    "高": "gao",
    "林": "lin",
    "罗": "luo",
    "郑": "zheng",
    "梁": "liang",
    "谢": "xie",
    "宋": "song",
    "唐": "tang",
    "许": "xu",
    "韩": "han",
    "冯": "feng",
}
COMPANIES_ZH = [
    ("宁波恒瑞精密机械有限公司", "hengrui-nb.com"),
    ("成都蓝海物流有限公司", "lanhai-log.cn"),
    ("广州华南建材集团有限公司", "hnjc-group.com"),
    ("武汉光谷云图科技有限公司", "yuntu-tech.cn"),
    ("青岛海泰食品有限公司", "haitai-food.com"),
    ("合肥新锐电子科技有限公司", "xinrui-elec.cn"),
    ("南京金陵医药连锁有限公司", "jlyy-chain.com"),
    ("厦门鹭岛文旅发展有限公司", "ludao-wl.cn"),
    ("郑州中原重工股份有限公司", "zyzg.com.cn"),
    ("长沙湘江智造有限公司", "xjzz-cs.com"),
    ("天津滨海港务物流有限公司", "bhgw-log.com"),
    ("西安秦川教育科技有限公司", "qinchuan-edu.cn"),
]
COMPANIES_TW = [
    ("宏昇國際貿易股份有限公司", "hongsheng.com.tw"),
    ("滙通物流（香港）有限公司", "wuitung-hk.com"),
    ("大德精密工業股份有限公司", "dade-precision.com.tw"),
    ("恆信建築工程有限公司", "hangshun.com.hk"),
]
PEOPLE_EN = [
    ("Sarah Mitchell", "sarah.mitchell"),
    ("James O'Connor", "james.oconnor"),
    ("Priya Nair", "priya.nair"),
    ("Tom Becker", "t.becker"),
    ("Emily Carter", "emily.carter"),
    ("Michael Tan", "michael.tan"),
    ("Laura Schmidt", "laura.schmidt"),
    ("David Wong", "dwong"),
    ("Olivia Brown", "olivia.brown"),
    ("Rajesh Kumar", "rajesh.k"),
    ("Anna Kowalski", "akowalski"),
    ("Chris Evans", "c.evans"),
    ("Grace Lim", "grace.lim"),
    ("Mark Jensen", "mjensen"),
]
COMPANIES_EN = [
    ("Northwind Retail Pte Ltd", "northwind.com.sg"),
    ("Harbour Freight Solutions Ltd", "harbourfs.co.uk"),
    ("Acme Components GmbH", "acme-components.de"),
    ("Bluewater Logistics Inc.", "bluewaterlogistics.com"),
    ("Kestrel Analytics LLC", "kestrel-analytics.com"),
    ("Maple Leaf Foods Trading", "mapleleaf-trading.ca"),
    ("Sunrise Hospitality Group", "sunrisehg.com.au"),
    ("Vertex Medical Devices", "vertexmed.com"),
]
CONTRACTS_ZH = [
    ("智慧仓储管理系统开发合同", "首付款"),
    ("MES系统实施项目合同", "第二期款"),
    ("官网改版及三年运维服务合同", "验收款"),
    ("ERP二期定制开发合同", "尾款"),
    ("生产线自动化改造项目", "进度款"),
    ("小程序商城开发合同", "第三期款"),
    ("数据中台建设项目", "验收款"),
    ("门店管理SaaS年度服务合同", "年度服务费"),
]
CONTRACTS_EN = [
    ("Warehouse Management System Development Agreement", "second instalment"),
    ("E-commerce Platform Integration", "final payment"),
    ("Factory Automation Retrofit", "acceptance payment"),
    ("Annual Support Contract 2026", "Q4 fee"),
    ("Mobile App Development Agreement", "milestone 2 payment"),
    ("Data Platform Build", "deposit"),
]
PREFIXES = ["HZ", "SZ", "NB", "CD", "GZ", "WH", "SH", "BJ", "XM", "TJ"]


@dataclass
class Thread:
    """One reminder of ours: who sent it to whom, about what, when."""

    vendor: Vendor
    lang: str
    client_name: str
    client_addr: str
    client_company: str
    contract: str
    milestone: str
    title: str
    ms_name: str
    amount: int
    currency: str
    due: date
    reminder_number: int
    reminder_sent: datetime
    cc: list[str] = field(default_factory=list)
    earlier: str = ""
    """The client's own earlier answer that this mail follows up (a reply to one's own sent
    mail): then the quoted mail is the client's, holding our reminder below it."""
    earlier_sent: datetime | None = None

    @property
    def q_name(self) -> str:
        """Who wrote the quoted mail."""
        return self.client_name if self.earlier else self.vendor.pm_name

    @property
    def q_addr(self) -> str:
        return self.client_addr if self.earlier else self.vendor.pm_addr

    @property
    def q_to_name(self) -> str:
        """Whom the quoted mail was written to."""
        return self.vendor.pm_name if self.earlier else self.client_name

    @property
    def q_to_addr(self) -> str:
        return self.vendor.pm_addr if self.earlier else self.client_addr

    @property
    def q_when(self) -> datetime:
        return self.earlier_sent or self.reminder_sent

    def quoted_text(self) -> str:
        """The quoted mail: our reminder, or the client's earlier answer above it."""
        if not self.earlier:
            return self.reminder_text()
        when = self.reminder_sent
        if self.lang == "en":
            head = (
                f"From: {self.vendor.pm_name} <{self.vendor.pm_addr}>\nSent: {when:%A, %B} {when.day}, "
                f"{when.year} {when:%I:%M %p}\nTo: {self.client_name}\nSubject: {self.subject}"
            )
        else:
            head = (
                f"------------------ 原始邮件 ------------------\n发件人: {self.vendor.pm_name} "
                f"<{self.vendor.pm_addr}>\n发送时间: {when.year}年{when.month}月{when.day}日 {when:%H:%M}\n"
                f"收件人: {self.client_name}\n主题: {self.subject}"
            )
        return f"{self.earlier}\n\n{head}\n\n{self.reminder_text()}"

    @property
    def token(self) -> str:
        return f"[CK-{self.contract}-{self.milestone}]"

    @property
    def msgid(self) -> str:
        domain = self.vendor.pm_addr.split("@")[1]
        stage = ("reminder", "reminder", "escalate")[min(self.reminder_number, 3) - 1]
        return f"<ck.{self.contract}.{self.milestone}.{stage}.{self.reminder_number}@{domain}>"

    @property
    def days_overdue(self) -> int:
        return (self.reminder_sent.date() - self.due).days

    def money(self, value: int | None = None) -> str:
        value = self.amount if value is None else value
        return (
            f"{self.currency}{value:,.2f}"
            if self.currency == "¥"
            else f"{self.currency} {value:,.2f}"
        )

    @property
    def subject(self) -> str:
        if self.vendor.lang == "zh":
            head = (
                f"{self.ms_name}付款提醒",
                f"{self.ms_name}逾期提醒（第二次）",
                f"{self.ms_name}已逾期{self.days_overdue}天，请确认付款日期",
            )[self.reminder_number - 1]
        else:
            head = (
                f"Payment reminder: {self.ms_name}",
                f"Second reminder: {self.ms_name} overdue",
                f"{self.ms_name} is {self.days_overdue} days overdue — please confirm a payment date",
            )[self.reminder_number - 1]
        return f"{head} — {self.title} {self.token}"

    def reminder_text(self) -> str:
        v, n, amt, due = self.vendor, self.reminder_number, self.money(), self.due.isoformat()
        if v.lang == "zh":
            body = [
                f"冒昧打扰。根据我方记录，《{self.title}》的{self.ms_name}（{amt}）已于{due}到期，"
                f"目前已逾期{self.days_overdue}天，我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，"
                "或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），"
                "我们会尽快核对；如尚未安排，还请协助推进。",
                f"此前我们已就{self.ms_name}与您联系过。截至今日，该笔款项（{amt}，{due}到期）已逾期"
                f"{self.days_overdue}天，我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。"
                "如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。",
                f"这是我们第{n}次就{self.ms_name}发出提醒。该笔款项金额为{amt}，已于{due}到期，至今已逾期"
                f"{self.days_overdue}天。\n\n我们理解贵司可能有内部流程需要时间，但款项长期逾期已经影响到"
                "我方的项目安排与资金计划。请于收到本邮件后三个工作日内回复明确的付款日期。如对该款项有"
                "任何异议，也请一并书面说明，以便双方尽快解决。",
            ][n - 1]
            return (
                f"尊敬的{self.client_name}：\n\n{body}\n\n付款方式：\n{v.bank}\n\n　　此致\n敬礼！\n\n"
                f"{v.pm_name}\n{v.company}　项目经理\n{v.pm_addr}\n"
                f"{self.reminder_sent.date().isoformat()}\n\n"
                f"回复时请保留邮件主题中的编号 {self.token}，以便我们及时处理。"
            )
        body = [
            f"I hope all is well. Our records show that the {self.ms_name} payment of {amt} under "
            f'"{self.title}" fell due on {due} and is now {self.days_overdue} days overdue; we have '
            "not yet been able to match a payment to it.\n\nIt may well be working its way through "
            "your approval process, or already be paid and simply not matched on our side. If you "
            "have paid, could you reply with the payment date (and the remittance advice, if that "
            "is easy)? If not, we would appreciate your help in moving it forward.",
            f"I am following up on my earlier message about the {self.ms_name} payment. The amount "
            f"of {amt}, due on {due}, is now {self.days_overdue} days overdue and we have still not "
            "received it.\n\nPlease arrange payment as soon as possible and let me know the date we "
            "can expect it. If something is in the way (invoice details, missing paperwork for your "
            "approval), tell me and we will sort it out with you.",
            f"This is our reminder number {n} about the {self.ms_name} payment. The amount of {amt} "
            f"fell due on {due} and is now {self.days_overdue} days overdue.\n\nWe understand that "
            "internal processes can take time, but a delay of this length is now affecting our "
            "project planning and cash flow. Please reply within three working days with a firm "
            "date for payment. If you dispute any part of the amount, please tell us in writing so "
            "that we can resolve it quickly.",
        ][n - 1]
        first = self.client_name.split()[0]
        return (
            f"Dear {first},\n\n{body}\n\nHow to pay:\n{v.bank}\n\nKind regards,\n\n{v.pm_name}\n"
            f"Project Manager, {v.company}\n{v.pm_addr}\n\nPlease keep the reference {self.token} "
            "in the subject line when you reply, so that we can deal with your message promptly."
        )


@dataclass
class Reply:
    """What the client writes back, before a client builder turns it into bytes."""

    thread: Thread
    own: str
    sent: datetime
    lang: str
    ui: str
    """The client program's UI language: zh, zh-Hant or en (separators and labels)."""
    attachments: list[Attachment]
    rng: random.Random
    sender_name: str
    sender_addr: str
    html_only: bool = False
    below: bool = False
    """Answered below the quote (Thunderbird's default)."""
    inline_after: str = ""
    """Answered inside the quote, right after the quoted line holding these words."""
    intro: str = ""
    """With an inline answer: the line above the quote ("见下方回复。")."""


def zh_person(rng: random.Random, traditional: bool = False) -> tuple[str, str]:
    """(name, mailbox local part)."""
    surname = rng.choice(list(PINYIN))
    given = rng.choice(GIVEN_TW if traditional else GIVEN)
    mailbox = PINYIN.get(surname, "zhang")
    if traditional:
        surname = {
            "张": "張",
            "陈": "陳",
            "刘": "劉",
            "杨": "楊",
            "黄": "黃",
            "吴": "吳",
            "马": "馬",
            "郭": "郭",
            "罗": "羅",
            "郑": "鄭",
            "谢": "謝",
            "许": "許",
            "韩": "韓",
            "冯": "馮",
            "赵": "趙",
            "孙": "孫",
            "宋": "宋",
            "高": "高",
        }.get(surname, surname)
    return surname + given, mailbox


def make_thread(rng: random.Random, lang: str, client_domain: str | None, sent: datetime) -> Thread:
    """A reminder of ours answered by a client writing in ``lang`` at ``sent``."""
    vendor_lang = "en" if lang == "en" or (lang == "zh-Hant" and rng.random() < 0.4) else "zh"
    vendor = rng.choice(VENDORS[vendor_lang])
    if lang == "en":
        name, local = rng.choice(PEOPLE_EN)
        company, domain = rng.choice(COMPANIES_EN)
        title, ms = rng.choice(CONTRACTS_EN)
    else:
        name, local = zh_person(rng, traditional=lang == "zh-Hant")
        local = (
            local
            + rng.choice(["", ".", "_"])
            + rng.choice(["jun", "min", "hui", "fang", "wei", ""])
        )
        local = local.rstrip("._") or "finance"
        company, domain = rng.choice(COMPANIES_TW if lang == "zh-Hant" else COMPANIES_ZH)
        title, ms = rng.choice(CONTRACTS_ZH)
        if vendor_lang == "en":
            title, ms = rng.choice(CONTRACTS_EN)
    # cuikuan sends in office hours, Shanghai time, a few days (or hours) before the answer.
    sent_here = sent.astimezone(SHANGHAI)
    back = (
        rng.choice([0, 1, 1, 2, 3, 5, 7])
        if sent_here.hour >= 11
        else rng.choice([1, 1, 2, 3, 5, 7])
    )
    reminder_sent = (sent_here - timedelta(days=back)).replace(
        hour=rng.choice([9, 9, 10]), minute=rng.choice([0, 0, 5, 30]), second=0, microsecond=0
    )
    due = reminder_sent.date() - timedelta(days=rng.choice([3, 7, 10, 15, 21, 30, 45]))
    amount = rng.choice([18, 36, 45, 60, 85, 120, 150, 240, 320, 480]) * 1000 + rng.choice(
        [0, 0, 500]
    )
    currency = "¥" if vendor_lang == "zh" else rng.choice(["USD", "USD", "EUR", "GBP"])
    if lang == "zh-Hant" and vendor_lang == "en":
        currency = "HKD"
    return Thread(
        vendor=vendor,
        lang=lang,
        client_name=name,
        client_addr=f"{local}@{client_domain or domain}",
        client_company=company,
        contract=f"{rng.choice(PREFIXES)}-{rng.choice([2025, 2026])}-{rng.randrange(3, 140):03d}",
        milestone=rng.choice(["m1", "m2", "m2", "m3", "final", "deposit", "acceptance"]),
        title=title,
        ms_name=ms,
        amount=amount,
        currency=currency,
        due=due,
        reminder_number=rng.choice([1, 1, 2, 2, 3]),
        reminder_sent=reminder_sent,
    )
