"""An automatic answer that cannot be rendered alerts the PM (issue 13, item 5).

The client asks for the invoice; the answer template is broken (an override in
``settings.templates_dir``). Nothing goes to the client, ``TemplateFailed`` is recorded, and
the PM is told at once to answer by hand, once. Real Dovecot in, real SMTP out.
"""

from __future__ import annotations

from pathlib import Path

from daemon.config.loader import load_config
from tests.test_answers_e2e import world as world  # noqa: F401 (the fixture)
from tests.test_inbox_e2e import PAY, PM, R1, TICK2, World, reply


def test_a_broken_answer_template_alerts_the_pm_once(world: World, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "tpl" / "en").mkdir(parents=True)
    (tmp_path / "tpl" / "en" / "answer.txt.j2").write_text("{{ no_such_thing }}\n", "utf-8")
    text = world.config_path.read_text(encoding="utf-8")
    text = text.replace("  language: en\n", "  language: en\n  templates_dir: tpl\n", 1)
    world.config_path.write_text(text, encoding="utf-8")
    world.config = load_config(world.config_path)

    before = len(world.smtp.messages)
    world.deliver(reply(PAY, "Could you resend the invoice please?\n", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    new = world.smtp.messages[before:]
    assert all(m.rcpt_tos == (PM,) for m in new), "the client got something"
    [alert] = [m for m in new if "answer it by hand" in str(m.message["Subject"])]
    body = alert.message.get_body(("plain",)).get_content()
    assert "answer" in body and "no_such_thing" in body and PAY in body
    assert [e for e in world.events("template_error")], "TemplateFailed not recorded"
    world.run_once(TICK2.replace(hour=TICK2.hour + 1))
    again = [m for m in world.smtp.messages[before:] if "by hand" in str(m.message["Subject"])]
    assert len(again) == 1
