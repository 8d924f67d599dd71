"""`GraphError`: a failure the web layer detected, already in Graph terms.

The lowest exception type of the web layer; `error_envelope` renders it (and translates every
other failure into one).
"""

from __future__ import annotations

from collections.abc import Mapping


class GraphError(Exception):
    """A failure already in Graph terms: status, Graph error code, message, extra headers."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def not_implemented(operation_id: str) -> GraphError:
    """The error of a scaffolded handler whose operation is specified but not yet built."""
    return GraphError(
        501,
        "NotImplemented",
        f"The operation '{operation_id}' is in the spec but has no implementation yet.",
    )
