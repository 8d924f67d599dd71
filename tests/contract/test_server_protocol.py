"""What `graph_photos/server/protocol.py` relies on in uvicorn's httptools protocol.

The guarded protocol overrides uvicorn internals (callbacks, a private method, the cycle's
transport). A uvicorn release that renames or reshapes one of them fails here, naming it,
instead of silently dropping a limit (uvicorn is pinned to one minor version in pyproject.toml).
"""

from __future__ import annotations

import inspect

import pytest
from uvicorn.protocols.http import flow_control, httptools_impl
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

from graph_photos.server.protocol import GuardedHttpToolsProtocol


@pytest.mark.parametrize(
    ("name", "parameters"),
    [
        ("connection_made", ["self", "transport"]),
        ("connection_lost", ["self", "exc"]),
        ("data_received", ["self", "data"]),
        ("pause_writing", ["self"]),
        ("resume_writing", ["self"]),
        ("on_message_begin", ["self"]),
        ("on_headers_complete", ["self"]),
        ("on_message_complete", ["self"]),
        ("on_response_complete", ["self"]),
        ("_start_asgi_task", ["self", "cycle", "app"]),
        ("_unset_keepalive_if_required", ["self"]),
    ],
)
def test_every_overridden_or_called_method_keeps_its_signature(
    name: str, parameters: list[str]
) -> None:
    method = getattr(HttpToolsProtocol, name)
    assert list(inspect.signature(method).parameters) == parameters


def test_uvicorn_substitutes_service_unavailable_over_limit_concurrency() -> None:
    source = inspect.getsource(HttpToolsProtocol.on_headers_complete)
    assert "app = service_unavailable" in source
    assert "self.limit_concurrency" in source
    assert httptools_impl.service_unavailable is flow_control.service_unavailable


def test_a_cycle_closes_through_its_transport_attribute_and_keeps_keep_alive_there() -> None:
    send = inspect.getsource(RequestResponseCycle.send)
    assert "if not self.keep_alive:\n                    self.transport.close()" in send
    assert "self.on_response()" in send
    init = inspect.signature(RequestResponseCycle.__init__).parameters
    assert {"transport", "keep_alive", "on_response"} <= set(init)


def test_a_cycle_sends_through_its_send_attribute_and_says_close_when_not_kept_alive() -> None:
    # The guarded protocol replaces a cycle's `send` to mark an early answer not kept alive.
    assert "self.send" in inspect.getsource(RequestResponseCycle.run_asgi)
    send = inspect.getsource(RequestResponseCycle.send)
    assert "if not self.keep_alive and not has_connection_close:" in send
    assert 'content.append(b"connection: close\\r\\n")' in send


def test_status_lines_cover_our_answers() -> None:
    for status in (408, 431, 499, 503):
        assert httptools_impl.STATUS_LINE[status].startswith(f"HTTP/1.1 {status}".encode())


def test_the_guarded_protocol_overrides_only_what_is_pinned_here() -> None:
    own = {
        name
        for name, value in vars(GuardedHttpToolsProtocol).items()
        if callable(value) and hasattr(HttpToolsProtocol, name)
    }
    assert own == {
        "__init__",
        "connection_made",
        "connection_lost",
        "data_received",
        "pause_writing",
        "resume_writing",
        "on_message_begin",
        "on_headers_complete",
        "on_message_complete",
        "on_response_complete",
        "_start_asgi_task",
    }
