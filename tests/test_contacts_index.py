"""The clients' addresses and domains, indexed once per config (daemon.inbox.contacts)."""

from __future__ import annotations

from daemon.inbox.alignment import domain_of
from daemon.inbox.contacts import client_contacts, contacts
from tests.inbox_builders import ACME_CC, ACME_TO, BETA_TO, acme, beta, make_config


def shared() -> dict:
    """A third client that shares ACME's cc address and writes from a domain of its own."""
    client = beta()
    client["id"], client["name"] = "gamma", "Gamma Co"
    client["contacts"] = {"to": [{"email": "Boss@Gamma.example"}], "cc": [{"email": ACME_CC}]}
    client["contracts"][0]["id"] = "G-1"
    return client


def test_the_index_answers_as_walking_every_client_does() -> None:
    config = make_config(acme(), beta(), shared())
    book = contacts(config)
    for client in config.clients:
        assert book.of(client) == client_contacts(client)
        assert book.domains[client.id] == {domain_of(a) for a in client_contacts(client)}
        others = [c for c in config.clients if c.id != client.id]
        walked = {domain_of(a) for c in others for a in client_contacts(c)}
        assert book.all_domains - book.domains[client.id] == walked - book.domains[client.id]
    assert [c.id for c in book.clients_of[ACME_CC]] == ["acme", "gamma"]  # config order
    assert [c.id for c in book.clients_of[ACME_TO]] == ["acme"]
    assert [c.id for c in book.clients_of["boss@gamma.example"]] == ["gamma"]  # lower-case
    assert "Boss@Gamma.example" not in book.clients_of
    assert set(book.clients_of) == {ACME_TO, ACME_CC, BETA_TO, "boss@gamma.example"}


def test_built_once_per_config_object_and_again_for_a_new_one() -> None:
    config = make_config()
    book = contacts(config)
    assert contacts(config) is book
    reloaded = make_config(acme())
    assert BETA_TO not in contacts(reloaded).clients_of
    assert BETA_TO in contacts(config).clients_of  # the old config answers for itself
