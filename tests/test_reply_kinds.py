"""The reply kinds are listed once (daemon/config/reply_kinds.py): the config's phrases and
the classifier read the same list, and the config's error text for a wrong kind is as before."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from daemon.config import records, reply_kinds, schema
from daemon.config.loader import load_config
from daemon.errors import ConfigError
from daemon.inbox import classify, evaluate, fallback_train
from tests.demo_config import copy_demo


def test_the_config_and_the_classifier_share_one_list_of_reply_kinds() -> None:
    assert schema.ReplyKind is reply_kinds.ReplyKind
    assert records.ReplyKind is reply_kinds.ReplyKind  # generated: imported, not a copy
    assert classify.Kind is reply_kinds.Kind
    kinds = get_args(reply_kinds.Kind)
    assert kinds == (*get_args(reply_kinds.ReplyKind), "auto_reply", "bounce", "other")
    assert list(classify.KINDS) == list(kinds)  # the table of what each kind means
    assert evaluate.MACHINE_KINDS is fallback_train.MACHINE_KINDS is reply_kinds.MACHINE_KINDS
    assert (*get_args(reply_kinds.ReplyKind), "other") == fallback_train.KINDS


def test_a_kind_the_classifier_lacks_in_the_pms_phrases_names_the_eight_kinds(
    tmp_path: Path,
) -> None:
    config = copy_demo(tmp_path)
    text = config.read_text(encoding="utf-8")
    phrases = "settings:\n  replies:\n    phrases: {paid_later: {zh: [钱已落袋]}}\n"
    config.write_text(text.replace("settings:\n", phrases, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    assert str(raised.value) == (
        f"{config}:26: settings.replies.phrases.paid_later: paid_later must be 'paid', "
        "'partial_payment', 'promise', 'more_time', 'dispute', 'acceptance', "
        "'resend_request' or 'bank_question'"
    )
