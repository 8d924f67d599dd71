"""Which directory object an operation turned out to be about, told where it is resolved.

A request names a user by object id or userPrincipalName, or `/me`; which object that is the
store decides, in the same round trip as the read or write. The operations that resolve one
(`Photos`, the store's directory reads) call `resolved(kind, object_id)`; whoever listens in
the current context (the web layer, which writes it into the access log as the request's
`resource`) hears it. So no handler has to remember to report it, and with no listener it
costs a context-variable lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Listener = Callable[[str, str], None]

_listener: ContextVar[Listener | None] = ContextVar("graph_photos.resolutions", default=None)


def resolved(kind: str, object_id: str) -> None:
    """The current operation is about `kind/object_id` (`users/<id>`, `teams/<id>`)."""
    listener = _listener.get()
    if listener is not None:
        listener(kind, object_id)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """`listener` hears what the operations resolve in this context (and tasks it starts)."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
