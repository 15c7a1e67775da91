"""The day acceptance is deemed, the PM is told once (issue 13.7 / #13 item 5).

C-2026-1 is delivered on 10 Nov and deemed accepted 18 days later (28 Nov) when nobody
records an acceptance; its final payment is due 10 days after acceptance (8 Dec). Before
28 Nov the PM hears nothing; the first tick after it tells them, once, with the payment it
starts. Real SMTP and Dovecot servers.
"""

from __future__ import annotations

from pathlib import Path

from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_acceptance_e2e import events, make_world
from tests.test_acceptance_e2e import servers as servers  # noqa: F401 (the fixture)
from tests.test_inbox_e2e import PM, TICK2, World


def _deemed(w: World, since: int = 0) -> list[str]:
    return [
        str(m.message["Subject"]) + "\n" + m.message.get_body(("plain",)).get_content()
        for m in w.smtp.messages[since:]
        if m.rcpt_tos == (PM,) and "deemed" in str(m.message["Subject"])
    ]


def test_the_pm_hears_of_a_deemed_acceptance_on_its_day_once(
    tmp_path: Path,
    servers: tuple[SmtpServer, Dovecot],  # noqa: F811
) -> None:
    w = make_world(tmp_path, *servers, events(rule="{deemed_after_days: 18}"))  # ticks 27 Nov
    assert _deemed(w) == []
    w.run_once(TICK2)  # 30 Nov
    [notice] = _deemed(w)
    assert "Acceptance of Platform (C-2026-1) deemed on 2026-11-28 [CK-C-2026-1]" in notice
    assert "deemed: 18 days after delivery 2026-11-10" in notice
    assert "- Final: due 2026-12-08" in notice
    w.run_once(TICK2.replace(hour=11))
    w.run_once(TICK2.replace(day=1, month=12))
    assert len(_deemed(w)) == 1
