"""Shared fixtures. The real-server fixtures live in tests/fixtures/ and are registered here."""

pytest_plugins = ["tests.fixtures.smtp", "tests.fixtures.dovecot"]
