"""Templates render for every stage and language, strictly, with overrides and escaping."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from daemon.config.record_ops import replace
from daemon.config.schema import Config
from daemon.domain.emails import PlannedEmail, reference_token
from daemon.domain.stages import STAGES
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.errors import TemplateError
from daemon.mail.context import build_context, context_for
from daemon.mail.formatting import format_date, format_money, format_percent, format_relative_due
from daemon.mail.rendering import SHIPPED_TEMPLATES, Renderer, render

INVOICE_BYTES = b"%PDF-1.4\n% test invoice\n%%EOF\n"
DUE = date(2026, 12, 1)

ZH = ("HZ-2026-017", "midterm")
EN = ("NW-2026-003", "deposit")


def make_config(tmp_path: Path, **settings_changes: Any) -> Config:
    """A demo-like config: a Chinese client (CNY) and an English one (USD)."""
    (tmp_path / "invoices").mkdir(exist_ok=True)
    (tmp_path / "invoices" / "发票-中期款.pdf").write_bytes(INVOICE_BYTES)
    (tmp_path / "invoices" / "INV-0042.pdf").write_bytes(INVOICE_BYTES)
    settings = {
        "company": "杭州云帆科技有限公司",
        "pm": {"name": "李明", "email": "liming@yunfan.example"},
        "supervisor": {"name": "王建国", "email": "wang@yunfan.example"},
        "finance": {"name": "陈静", "email": "finance@yunfan.example"},
        "legal": {"name": "赵律师", "email": "legal@yunfan.example"},
        "mail": {
            "from": {"name": "李明（云帆科技）", "email": "billing@yunfan.example"},
            "reply_to": "liming@yunfan.example",
        },
        **settings_changes,
    }
    return Config.model_validate(
        {
            "base_dir": str(tmp_path),
            "settings": settings,
            "clients": [
                {
                    "id": "shuju",
                    "name": "杭州数聚信息技术有限公司",
                    "language": "zh",
                    "contacts": {
                        "to": [{"name": "张伟", "email": "zhangwei@shuju.example"}],
                        "cc": [{"name": "财务部", "email": "ap@shuju.example"}],
                    },
                    "contracts": [
                        {
                            "id": "HZ-2026-017",
                            "title": "数据平台一期",
                            "currency": "CNY",
                            "total": "200000.00",
                            "signed": "2026-03-02",
                            "payment_instructions": "开户行：招商银行杭州分行\n"
                            "户名：杭州云帆科技有限公司\n账号：5719 0000 1234 5678",
                            "discount": {"percent": "2", "days_before_due": 10},
                            "events": {"acceptance": None},
                            "milestones": [
                                {
                                    "id": "deposit",
                                    "name": "预付款",
                                    "percent": "30",
                                    "due": "2026-03-16",
                                    "paid": {"on": "2026-03-12"},
                                },
                                {
                                    "id": "midterm",
                                    "name": "中期款",
                                    "amount": "50000.00",
                                    "due": DUE.isoformat(),
                                    "invoice": "invoices/发票-中期款.pdf",
                                },
                                {
                                    "id": "final",
                                    "name": "尾款",
                                    "percent": "45",
                                    "due_after": {"event": "acceptance", "days": 30},
                                },
                            ],
                        }
                    ],
                },
                {
                    "id": "northwind",
                    "name": "Northwind Trading Ltd",
                    "language": "en",
                    "timezone": "Europe/London",
                    "calendar": "GB",
                    "contacts": {"to": [{"name": "Jane Smith", "email": "jane@northwind.example"}]},
                    "contracts": [
                        {
                            "id": "NW-2026-003",
                            "title": "Data Platform Phase 1",
                            "currency": "USD",
                            "total": "40000.00",
                            "signed": "2026-09-01",
                            "payment_instructions": "Bank: HSBC\nAccount: 12345678\n"
                            "Reference: NW-2026-003",
                            "discount": {"percent": "2.5", "days_before_due": 10},
                            "events": {"acceptance": None},
                            "milestones": [
                                {
                                    "id": "deposit",
                                    "name": "Deposit",
                                    "amount": "12000.00",
                                    "due": DUE.isoformat(),
                                    "invoice": str(tmp_path / "invoices" / "INV-0042.pdf"),
                                },
                                {
                                    "id": "final",
                                    "name": "Final payment",
                                    "percent": "70",
                                    "due_after": {"event": "acceptance", "days": 30},
                                },
                            ],
                        }
                    ],
                },
            ],
        }
    )


SEND_DAY = {
    "terms": date(2026, 3, 3),
    "notice": date(2026, 11, 20),
    "due": DUE,
    "reminder": DUE + timedelta(days=8),
    "demand": DUE + timedelta(days=30),
    "escalate": DUE + timedelta(days=45),
    "suspend": DUE + timedelta(days=52),
    "legal": DUE + timedelta(days=60),
    "promise_broken": DUE + timedelta(days=12),
    "thanks": DUE + timedelta(days=50),
}


def at(day: date) -> datetime:
    """10:00 in Shanghai, 02:00 in London: the same calendar day for both clients."""
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)


def history(contract: str, milestone: str) -> StateView:
    """Notice, due and two reminders already sent."""
    sends = {}
    for i, (stage, seq, day) in enumerate(
        [
            ("notice", 0, date(2026, 11, 20)),
            ("due", 0, DUE),
            ("reminder", 1, DUE + timedelta(days=7)),
            ("reminder", 2, DUE + timedelta(days=14)),
        ]
    ):
        key = SendKey(contract, milestone, stage, seq)
        sends[key] = SendRecord(key, f"<m{i}@x>", "sent", at(day))
    skipped = SendKey(contract, milestone, "reminder", 3)
    sends[skipped] = SendRecord(skipped, "<s@x>", "skipped", at(DUE + timedelta(days=21)))
    return StateView(sends=sends)


def planned(language: str, stage: str, seq: int = 0) -> PlannedEmail:
    contract, milestone = ZH if language == "zh" else EN
    to = ("zhangwei@shuju.example",) if language == "zh" else ("jane@northwind.example",)
    key = SendKey(contract, None if stage == "terms" else milestone, stage, seq)
    return PlannedEmail(key=key, at=at(SEND_DAY[stage]), client="x", language=language, to=to)


def state_for(language: str, stage: str) -> StateView:
    contract, milestone = ZH if language == "zh" else EN
    state = history(contract, milestone)
    if stage == "thanks":
        paid = MilestoneState(status="paid", updated_at=at(DUE + timedelta(days=48)))
        state = StateView(sends=state.sends, milestones={(contract, milestone): paid})
    return state


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return make_config(tmp_path)


EXPECT = {
    "zh": {"amount": "¥50,000.00", "due": "2026年12月1日", "paid_on": "2026年12月1日"},
    "en": {"amount": "USD 12,000.00", "due": "1 December 2026"},
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_renders(config: Config, stage: str, language: str) -> None:
    p = planned(language, stage, seq=1 if stage == "reminder" else 0)
    out = render(config, p, state_for(language, stage), p.at)
    token = reference_token(p.key.contract, p.key.milestone)
    expect = EXPECT[language]
    assert out.subject.endswith(token)
    assert "\n" not in out.subject and "\r" not in out.subject
    for body in (out.text, out.html):
        assert expect["amount"] in body
        assert token in body
        if stage not in ("thanks",):
            assert expect["due"] in body
    assert out.html.startswith("<!DOCTYPE html>")
    assert "{{" not in out.text and "{%" not in out.text
    assert "\n\n\n" not in out.text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_terms_lists_whole_schedule_with_relative_due(config: Config, language: str) -> None:
    out = render(config, planned(language, "terms"), StateView(), at(SEND_DAY["terms"]))
    if language == "zh":
        for text in ("预付款", "¥60,000.00", "中期款", "尾款", "¥90,000.00", "验收后30天", "2%"):
            assert text in out.text and text in out.html
        assert "已付清" in out.text
        assert "招商银行杭州分行" in out.text
        assert "招商银行杭州分行<br>" in out.html
    else:
        for text in ("Deposit", "USD 28,000.00", "30 days after acceptance", "2.5%"):
            assert text in out.text and text in out.html
    assert out.attachments == ()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_notice_discount_only_while_it_applies(config: Config, language: str) -> None:
    p = planned(language, "notice")
    early = render(config, p, StateView(), at(date(2026, 11, 21)))  # deadline day itself
    late = render(config, p, StateView(), at(date(2026, 11, 22)))
    discounted = "¥49,000.00" if language == "zh" else "USD 11,700.00"
    deadline = format_date(date(2026, 11, 21), language)
    assert discounted in early.text and deadline in early.text and discounted in early.html
    assert discounted not in late.text and discounted not in late.html


@pytest.mark.parametrize("language", ["zh", "en"])
def test_invoice_attached_on_chase_stages_only(config: Config, language: str) -> None:
    name = "发票-中期款.pdf" if language == "zh" else "INV-0042.pdf"
    for stage in STAGES:
        p = planned(language, stage, seq=1 if stage == "reminder" else 0)
        out = render(config, p, state_for(language, stage), p.at)
        if stage in (
            "notice",
            "due",
            "reminder",
            "demand",
            "escalate",
            "suspend",
            "promise_broken",
        ):
            assert [a.name for a in out.attachments] == [name], stage
            assert out.attachments[0].read_bytes() == INVOICE_BYTES
            assert name in out.text
        else:
            assert out.attachments == (), stage


def test_missing_invoice_file_is_a_template_error(config: Config, tmp_path: Path) -> None:
    (tmp_path / "invoices" / "INV-0042.pdf").unlink()
    with pytest.raises(TemplateError, match="INV-0042.pdf"):
        render(config, planned("en", "notice"), StateView(), at(SEND_DAY["notice"]))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_reminder_tone_firms_with_number(config: Config, language: str) -> None:
    contract, milestone = ZH if language == "zh" else EN
    due = SendKey(contract, milestone, "due", 0)
    sends = {due: SendRecord(due, "<due@x>", "sent", at(DUE))}
    outs = []
    for seq in (1, 2, 3, 4):
        p = planned(language, "reminder", seq)
        outs.append(render(config, p, StateView(sends=dict(sends)), p.at))
        key = SendKey(contract, milestone, "reminder", seq)
        sends[key] = SendRecord(key, f"<r{seq}@x>", "sent", p.at)
    assert len({o.subject for o in outs[:3]}) == 3
    assert len({o.text for o in outs[:3]}) == 3
    firm = "三个工作日" if language == "zh" else "three working days"
    assert firm not in outs[0].text and firm not in outs[1].text
    assert firm in outs[2].text and firm in outs[3].text
    assert ("第4次" if language == "zh" else "number 4") in outs[3].text
    days = "已逾期8天" if language == "zh" else "8 days overdue"
    assert days in outs[0].text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_demand_gives_deadline_from_policy(config: Config, language: str) -> None:
    p = planned(language, "demand")
    out = render(config, p, state_for(language, "demand"), p.at)
    deadline = format_date(SEND_DAY["demand"] + timedelta(days=10), language)
    assert deadline in out.text and deadline in out.html
    assert ("4次" if language == "zh" else "4 times") in out.text  # the skipped one is not sent


@pytest.mark.parametrize("language", ["zh", "en"])
def test_escalate_and_legal_state_history(config: Config, language: str) -> None:
    for stage in ("escalate", "legal"):
        p = planned(language, stage)
        out = render(config, p, state_for(language, stage), p.at)
        overdue = "45" if stage == "escalate" else "60"
        assert overdue in out.subject
        reminder_name = "逾期提醒" if language == "zh" else "overdue reminder"
        assert out.text.count(reminder_name) == 2
        assert format_date(DUE + timedelta(days=14), language) in out.text
    legal = render(config, planned(language, "legal"), StateView(), at(SEND_DAY["legal"]))
    assert ("赵律师" if language == "zh" else "Dear 赵律师") in legal.text
    assert ("将另行发送" if language == "zh" else "will follow") in legal.text


def test_legal_with_evidence_attached(config: Config, tmp_path: Path) -> None:
    pack = tmp_path / "evidence.zip"
    pack.write_bytes(b"PK")
    p = planned("zh", "legal")
    out = render(config, p, StateView(), p.at, evidence=[pack])
    assert out.attachments == (pack,)
    assert "已随本邮件附上" in out.text


def test_thanks_names_next_milestone(config: Config) -> None:
    p = planned("zh", "thanks")
    out = render(config, p, state_for("zh", "thanks"), p.at)
    assert "尾款" in out.text and "验收后30天" in out.text
    assert format_date(DUE + timedelta(days=48), "zh") in out.text  # paid date from the state
    assert "顺颂商祺" in out.text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_thanks_for_an_early_payment_names_the_discounted_amount(
    config: Config, language: str
) -> None:
    """Paid by the discount deadline, no amount written: the client paid the lower price."""
    contract, milestone = ZH if language == "zh" else EN
    deadline = DUE - timedelta(days=10)
    paid = MilestoneState(status="paid", paid_on=deadline, updated_at=at(deadline))
    state = StateView(sends=history(*ZH if language == "zh" else EN).sends)
    state = StateView(sends=state.sends, milestones={(contract, milestone): paid})
    p = planned(language, "thanks")
    out = render(config, p, state, p.at)
    discounted = "¥49,000.00" if language == "zh" else "USD 11,700.00"
    full = "¥50,000.00" if language == "zh" else "USD 12,000.00"
    assert discounted in out.text and discounted in out.html
    assert full not in out.text
    assert format_date(deadline, language) in out.text


def test_renderer_method_matches_function(config: Config) -> None:
    renderer = Renderer.for_config(config)
    p = planned("en", "notice")
    assert renderer.render(config, p, StateView(), p.at) == render(config, p, StateView(), p.at)


def test_context_values(config: Config) -> None:
    p = planned("zh", "reminder", 2)
    ctx = build_context(config, p, history(*ZH), p.at)
    assert ctx["reminder_number"] == 2
    assert ctx["milestone"]["days_overdue"] == 8
    assert ctx["emails_sent_count"] == 4
    assert ctx["token"] == "[CK-HZ-2026-017-midterm]"
    assert ctx["recipient_name"] == "张伟"
    assert ctx["discount"] is None
    assert ctx["has_invoice"] is True
    assert [m["paid"] for m in ctx["schedule"]] == [True, False, False]


def test_undefined_variable_in_override_names_the_file(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "zh").mkdir(parents=True)
    (overrides / "zh" / "due.txt.j2").write_text(
        "第一行\n金额 {{ milestone.amount }}\n{{ nope }}\n"
    )
    config = make_config(tmp_path, templates_dir=str(overrides))
    p = planned("zh", "due")
    with pytest.raises(TemplateError) as info:
        render(config, p, StateView(), p.at)
    message = str(info.value)
    assert str(overrides / "zh" / "due.txt.j2") in message
    assert ":3" in message and "nope" in message


def test_syntax_error_names_the_file(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "en").mkdir(parents=True)
    (overrides / "en" / "notice.html.j2").write_text("<p>{% if %}</p>\n")
    config = make_config(tmp_path, templates_dir=str(overrides))
    with pytest.raises(TemplateError, match=r"notice\.html\.j2:1: syntax error"):
        render(config, planned("en", "notice"), StateView(), at(SEND_DAY["notice"]))


def test_override_replaces_one_file_only(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "zh").mkdir(parents=True)
    (overrides / "zh" / "due.subject.j2").write_text("请付款：{{ milestone.amount }} {{ token }}\n")
    config = make_config(tmp_path, templates_dir="overrides")  # relative to base_dir
    p = planned("zh", "due")
    out = render(config, p, StateView(), p.at)
    assert out.subject == "请付款：¥50,000.00 [CK-HZ-2026-017-midterm]"
    shipped = render(make_config(tmp_path), p, StateView(), p.at)
    assert out.text == shipped.text
    assert out.html == shipped.html.replace(shipped.subject, out.subject)  # <title>


def test_missing_template_is_a_template_error(tmp_path: Path) -> None:
    renderer = Renderer([tmp_path])
    with pytest.raises(TemplateError, match="zh/notice.subject.j2 not found"):
        renderer.render_named("zh", "notice", {})
    with pytest.raises(TemplateError, match="language"):
        renderer.render_named("fr", "notice", {})


def test_html_escapes_client_name_text_does_not(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    client = replace(config.clients[1], name="<script>alert(1)</script> & Co")
    config = replace(config, clients=[config.clients[0], client])
    p = planned("en", "demand")
    out = render(config, p, StateView(), p.at)
    assert "<script>" not in out.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in out.html
    assert "<script>alert(1)</script> & Co" in out.text


def test_subject_is_collapsed_to_one_line(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "en").mkdir(parents=True)
    (overrides / "en" / "due.subject.j2").write_text("  Due\r\ntoday\n\n {{ token }}\t\n")
    config = make_config(tmp_path, templates_dir=str(overrides))
    out = render(config, planned("en", "due"), StateView(), at(DUE))
    assert out.subject == "Due today [CK-NW-2026-003-deposit]"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_ack_and_pm_templates(config: Config, language: str) -> None:
    renderer = Renderer.for_config(config)
    contract, milestone = ZH if language == "zh" else EN
    ctx = context_for(config, contract, milestone, StateView(), at(DUE))
    amount = EXPECT[language]["amount"]
    for name in ("ack_paid", "ack_dispute"):
        out = renderer.render_named(language, name, ctx)
        assert out.subject.endswith(reference_token(contract, milestone))
        # a claim is acknowledged without stating any amount as received
        assert (amount in out.text) == (name == "ack_dispute")
        assert (amount in out.html) == (name == "ack_dispute")
    ctx_contract = context_for(config, contract, None, StateView(), at(DUE))
    assert renderer.render_named(language, "ack_dispute", ctx_contract).subject.endswith(
        f"[CK-{contract}]"
    )
    alert = {"title": "Reply needs you", "body": "line 1\n<b>line 2</b>"}
    plain = renderer.render_named(language, "pm_alert", alert)
    assert plain.subject.endswith("Reply needs you") and "<b>line 2</b>" in plain.text
    assert "line 1<br>\n&lt;b&gt;line 2&lt;/b&gt;" in plain.html
    quoted = renderer.render_named(language, "pm_alert", {**alert, "quoted": "hi\nthere"})
    assert "> hi\n> there" in quoted.text and "hi<br>\nthere" in quoted.html


def test_shipped_templates_complete() -> None:
    for language in ("zh", "en"):
        for name in (*STAGES, "ack_paid", "ack_dispute", "pm_alert"):
            for part in ("subject", "txt", "html"):
                assert (SHIPPED_TEMPLATES / language / f"{name}.{part}.j2").is_file()


def test_formatting() -> None:
    assert format_money(Decimal("50000"), "CNY", "zh") == "¥50,000.00"
    assert format_money(Decimal("12000"), "USD", "en") == "USD 12,000.00"
    assert format_money(Decimal("1234.5"), "CNY", "en") == "CNY 1,234.50"
    assert format_date(date(2026, 12, 1), "zh") == "2026年12月1日"
    assert format_date(datetime(2026, 12, 1, 23, 0), "en") == "1 December 2026"
    assert format_percent(Decimal("2.5"), "zh") == "2.5%"
    assert format_percent(Decimal("2"), "en") == "2%"
    assert format_relative_due("acceptance", 30, "zh") == "验收后30天"
    assert format_relative_due("acceptance", 1, "en") == "1 day after acceptance"
    assert format_relative_due("uat-signoff", 0, "en") == "on uat-signoff"
    with pytest.raises(ValueError, match="unsupported language"):
        format_money(Decimal(1), "CNY", "fr")


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_renders_with_sparse_config(tmp_path: Path, stage: str, language: str) -> None:
    """No supervisor, finance, legal, discount, invoice or contact names; one email sent."""
    full = make_config(tmp_path, supervisor=None, finance=None, legal=None)
    clients = []
    for client in full.clients:
        contacts = replace(client.contacts, to=[replace(p, name="") for p in client.contacts.to])
        contract = client.contracts[0]
        milestones = [replace(m, invoice=None) for m in contract.milestones]
        contract = replace(contract, discount=None, milestones=milestones)
        clients.append(replace(client, contacts=contacts, contracts=[contract]))
    config = replace(full, clients=clients)
    p = planned(language, stage, seq=1 if stage == "reminder" else 0)
    key = SendKey(p.key.contract, p.key.milestone, "notice")
    sends = {key: SendRecord(key, "<n@x>", "sent", at(date(2026, 11, 20)))}
    paid = {(p.key.contract, p.key.milestone or ""): MilestoneState(status="paid")}
    state = StateView(sends=sends, milestones=paid if stage == "thanks" else {})
    out = render(config, p, state, p.at)
    assert out.attachments == ()
    assert EXPECT[language]["amount"] in out.text
    client_name = config.clients[0 if language == "zh" else 1].name
    if stage != "legal":
        assert client_name in out.text  # greeted by company when the contact has no name
    else:
        assert ("法务顾问" if language == "zh" else "Dear Counsel") in out.text
    if stage == "demand" and language == "en":
        assert "about it 1 time and" in out.text and "attention" not in out.text
