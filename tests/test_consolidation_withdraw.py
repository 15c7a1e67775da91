"""A pending consolidated letter withdrawn because one of its payments left the config
(issue 13, defect 3): the payments still in the config go back to the plan and are sent
once, in a new letter; the one that left is withdrawn. Real SMTP and Dovecot servers.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from daemon.config.loader import load_config
from daemon.storage.store import Store
from tests.test_consolidation import COVERED, LATER_TICK, NOTICE_TICK, PAY, World, text_of
from tests.test_consolidation import world as world  # noqa: F401 (the fixture)

KEPT, GONE = COVERED[:2], COVERED[2]


def test_the_payments_left_in_a_withdrawn_letter_are_sent_once_in_a_new_one(
    world: World,  # noqa: F811
) -> None:
    world.smtp.fail_next(451, at="data")  # the server is down: the letter stays pending
    world.run_once(NOTICE_TICK)
    assert world.chase_to(PAY) == []
    assert {world.state().sends[k].status for k in COVERED} == {"pending"}

    # the PM removes contract C-2 (x1's) from the config before the letter went out
    text = world.config_path.read_text(encoding="utf-8")
    without = re.sub(r"      - id: C-2\n(?:        .*\n)+", "", text)
    assert without != text and "x1" not in without
    world.config_path.write_text(without, encoding="utf-8")
    world.config = load_config(world.config_path)

    world.run_once(LATER_TICK)
    sends = world.state().sends
    assert sends[GONE].status == "withdrawn"
    assert {sends[k].status for k in KEPT} == {"sent"}
    [letter] = world.chase_to(PAY)
    assert letter.message["X-Cuikuan-Covers"] == "C-1/m1/notice/0 C-1/m2/notice/0"
    body = text_of(letter)
    assert "[CK-C-1-m1]" in body and "[CK-C-1-m2]" in body and "C-2" not in body
    assert "Total remaining: CNY 70,000.00" in body  # 50,000 + 20,000, without x1's 5,000

    world.run_once(LATER_TICK.replace(hour=12))
    ids = Counter(m.message["Message-ID"] for m in world.chase_to(PAY))
    assert list(ids.values()) == [1], "a payment of the withdrawn letter went out twice"


def test_a_released_intent_is_gone_from_the_store_and_stays_gone(tmp_path: Path) -> None:
    letter = "<letter@team.example>"
    with Store(tmp_path / "state.json") as store:
        store.record_pending(COVERED[0], letter, NOTICE_TICK, [PAY], COVERED)
        assert set(store.snapshot().sends) == set(COVERED)  # the view is built
        with store.batch():
            store.release_pending(letter, KEPT)
            store.mark_withdrawn(letter, LATER_TICK, "no longer in the config")
        sends = store.snapshot().sends
        assert set(sends) == {GONE} and sends[GONE].status == "withdrawn"
        assert store.decided(KEPT[0]) is None and store.pending_sends() == []
        # the key can be recorded again (a new letter, the same Message-ID as the first key)
        store.record_pending(KEPT[0], letter, LATER_TICK, [PAY], KEPT)
        store.mark_sent(letter, LATER_TICK)
    with Store(tmp_path / "state.json", read_only=True) as store:
        sends = store.snapshot().sends
    assert {k: sends[k].status for k in COVERED} == {
        KEPT[0]: "sent",
        KEPT[1]: "sent",
        GONE: "withdrawn",
    }
