"""Pay-now link and QR image in what really reaches the SMTP server (issue 13.4, #13 item 5).

The collection QR image is inline (multipart/related, shown by ``cid:``) in a single chase
email and in the one-email-per-client letter, which also carries the payment link once.
Real SMTP and Dovecot servers (the consolidation world of tests/test_consolidation.py).
"""

from __future__ import annotations

from email.message import EmailMessage

import segno

from daemon.config.loader import load_config
from tests.test_consolidation import BETA, NOTICE_TICK, PAY, World, text_of
from tests.test_consolidation import world as world  # noqa: F401 (the fixture)

LINK = "https://pay.team.example/acme"


def _inline_png(message: EmailMessage) -> tuple[bytes, str]:
    related = next(p for p in message.walk() if p.get_content_type() == "multipart/related")
    html, png = related.get_payload()  # type: ignore[misc]
    assert png.get_content_type() == "image/png" and png.get_content_disposition() == "inline"
    cid = str(png["Content-ID"]).strip("<>")
    assert f'src="cid:{cid}"' in html.get_content()
    return png.get_payload(decode=True), html.get_content()


def test_the_letter_and_a_single_email_carry_the_link_and_the_qr_image(
    world: World,  # noqa: F811
) -> None:
    qr = world.config_path.parent / "collect.png"
    segno.make("wxp://f2f0-collection-code").save(str(qr), kind="png", scale=3)
    text = world.config_path.read_text(encoding="utf-8")
    pay_now = f"  pay_now: {{link: {LINK}, qr_image: collect.png, qr_caption: Scan to pay}}\n"
    text = text.replace("  consolidate: true\n", "  consolidate: true\n" + pay_now, 1)
    world.config_path.write_text(text, encoding="utf-8")
    world.config = load_config(world.config_path)

    world.run_once(NOTICE_TICK)
    [letter] = world.chase_to(PAY)
    assert letter.message["X-Cuikuan-Covers"]  # the consolidated letter
    data, html = _inline_png(letter.message)
    assert data == qr.read_bytes()
    assert f'href="{LINK}"' in html and html.count("Scan to pay") >= 1
    body = text_of(letter)
    assert body.count(f"Pay online: {LINK}") == 1
    for single in world.chase_to(BETA):  # consolidate: false
        data, html = _inline_png(single.message)
        assert data == qr.read_bytes() and f'href="{LINK}"' in html
