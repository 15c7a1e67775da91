"""Where the interest goes in a letter, and what the letter asks for (issue 13, defect 2).

A demand letter states the interest before its request and its closing formula (特此函告 /
Yours sincerely), and the request names the same total the interest lines give (principal +
interest to date); the escalation asks for that total too; the referral to counsel states
it among the facts. A part-paid payment is asked for what remains. Figures by hand.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.config.money_terms import LateInterest
from daemon.config.record_ops import replace
from daemon.config.schema import Config, Payment
from daemon.domain.emails import PlannedEmail
from daemon.domain.state import SendKey, StateView
from daemon.mail.rendering import render
from tests.test_rendering import make_config

SH = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 12, 31, 10, tzinfo=SH)  # both milestones due 2026-12-01: 30 days late
KEYS = {"zh": ("HZ-2026-017", "midterm"), "en": ("NW-2026-003", "deposit")}
# zh: 50,000.00 x 0.0005 x 30 = 750.00; en: 12,000.00 x 0.0005 x 30 = 180.00
TOTAL = {"zh": "¥50,750.00", "en": "USD 12,180.00"}
PRINCIPAL = {"zh": "¥50,000.00", "en": "USD 12,000.00"}
INTEREST = {"zh": "¥750.00", "en": "USD 180.00"}


def _config(tmp_path: Path, *, interest: bool = True, paid: Decimal | None = None) -> Config:
    config = make_config(tmp_path)
    clause = LateInterest.model_validate({"rate": "0.0005", "per": "day", "from": "due"})
    clients = []
    for cl in config.clients:
        contracts = []
        for c in cl.contracts:
            update: dict[str, object] = {"late_interest": clause} if interest else {}
            if paid is not None:
                update["milestones"] = [
                    replace(m, paid=Payment(on=date(2026, 12, 20), amount=paid))
                    if (c.id, m.id) in KEYS.values()
                    else m
                    for m in c.milestones
                ]
            contracts.append(replace(c, **update))
        clients.append(replace(cl, contracts=contracts))
    return replace(config, clients=clients)


def _letter(config: Config, language: str, stage: str) -> tuple[str, str]:
    cid, mid = KEYS[language]
    email = PlannedEmail(SendKey(cid, mid, stage), AT, "c", language, ("x@example.com",))
    out = render(config, email, StateView(), AT)
    assert "None" not in out.text and "None" not in out.html
    return out.text, out.html


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_demand_states_interest_before_its_request_and_asks_for_the_total(
    tmp_path: Path, language: str
) -> None:
    text, html = _letter(_config(tmp_path), language, "demand")
    if language == "zh":
        request = (
            f"将上述款项本金{PRINCIPAL['zh']}及截至本函发出之日的逾期利息{INTEREST['zh']}，"
            f"合计{TOTAL['zh']}足额支付"
        )
        closing = "特此函告"
        block, total_line = "【逾期付款利息】", f"合计应付：{TOTAL['zh']}"
    else:
        request = (
            f"formally request payment of {TOTAL['en']} in full by 10 January 2027 (the "
            f"principal of {PRINCIPAL['en']} and the interest to the date of this letter of "
            f"{INTEREST['en']})"
        )
        closing = "Yours sincerely"
        block, total_line = "[Late-payment interest]", f"Total now due: {TOTAL['en']}"
    assert request in text
    assert text.index(block) < text.index(total_line) < text.index(request) < text.index(closing)
    assert text.count("足额") == (1 if language == "zh" else 0)  # one request, one amount
    html_request = request.replace(TOTAL[language], f"<strong>{TOTAL[language]}</strong>")
    if language == "en":
        html_request = html_request.replace(" by 10 January", " <strong>by 10 January").replace(
            "2027 (the", "2027</strong> (the"
        )
    assert html_request in html
    assert html.index(TOTAL[language]) < html.index(html_request) < html.index(closing)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_escalation_and_the_referral_state_the_interest_before_the_closing(
    tmp_path: Path, language: str
) -> None:
    config = _config(tmp_path)
    text, html = _letter(config, language, "escalate")
    ask = f"前支付{TOTAL['zh']}" if language == "zh" else f"settle {TOTAL['en']} by"
    closing = "此致" if language == "zh" else "Yours sincerely"
    assert ask in text and text.index(TOTAL[language]) < text.index(ask) < text.index(closing)
    assert html.index(TOTAL[language]) < html.index(closing)
    text, html = _letter(config, language, "legal")
    closing = "此致" if language == "zh" else "Best regards"
    evidence = "证据材料包" if language == "zh" else "The evidence pack"
    for body in (text, html):
        assert body.index(TOTAL[language]) < body.index(evidence) < body.index(closing)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_part_paid_demand_asks_for_what_remains(tmp_path: Path, language: str) -> None:
    config = _config(tmp_path, interest=False, paid=Decimal("2000.00"))
    text, _html = _letter(config, language, "demand")
    if language == "zh":  # 50,000.00 - 2,000.00
        assert "将上述款项¥48,000.00足额支付" in text
    else:  # 12,000.00 - 2,000.00
        assert "formally request payment of USD 10,000.00 in full" in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_escalation_speaks_of_earlier_reminders_only_when_there_were_some(
    tmp_path: Path, language: str
) -> None:
    """With no earlier email in the history the letter must not say 多次提醒 / "our earlier
    messages" (a false statement: the facts line beside it says 0)."""
    from daemon.domain.state import SendRecord

    config = _config(tmp_path, interest=False)
    text, html = _letter(config, language, "escalate")
    for body in (text, html):
        assert "多次提醒" not in body and "earlier message" not in body
    cid, mid = KEYS[language]
    sent = {
        SendKey(cid, mid, "reminder", n): SendRecord(
            SendKey(cid, mid, "reminder", n), f"<r{n}@x>", "sent", AT, ("x@example.com",)
        )
        for n in (1, 2)
    }
    email = PlannedEmail(SendKey(cid, mid, "escalate"), AT, "c", language, ("x@example.com",))
    out = render(config, email, StateView(sends=sent), AT)
    said = "我方多次提醒后仍未收到" if language == "zh" else "our earlier messages have not led"
    assert said in out.text and said in out.html
