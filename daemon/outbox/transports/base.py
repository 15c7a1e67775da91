"""The interface every transport implements, apart from the choice of one.

Why a module of its own: SMTP and Maildir import :class:`BatchScope` from here, and the
package's :func:`~daemon.outbox.transports.make_transport` imports them; with the
interface in the package ``__init__`` the two would import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

__all__ = ["BatchScope", "Transport"]


@runtime_checkable
class Transport(Protocol):
    """Something that delivers finished messages."""

    def open(self) -> None:
        """Start a batch of sends."""

    def close(self) -> None:
        """End the batch (close any connection). Safe to call twice."""

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        """Deliver ``msg`` to its To, Cc and Bcc recipients (Bcc is never shown).

        Returns the recipients the server refused while accepting the others (usually
        empty). Raises TemporaryTransportError (retry later) or PermanentTransportError
        (the message was refused for good; ``recipients`` names the refused addresses).
        """
        ...

    def send_raw(self, raw: bytes, before_dot: Callable[[], None] | None = None) -> tuple[str, ...]:
        """Deliver a message already serialised (e.g. from the spool), byte for byte.

        Envelope from Sender/From and To/Cc/Bcc; Bcc lines are removed on the way out.
        Same return value and errors as :meth:`send`. ``before_dot`` (if given) is called
        once before the point where the message may be accepted (SMTP: its final dot).
        """
        ...

    def __enter__(self) -> Transport: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class BatchScope:
    """``with transport:`` means ``open()`` … ``close()``: one batch, one connection.

    The one implementation of the context-manager half of :class:`Transport`, for every
    transport (and wrapper) to inherit.
    """

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
