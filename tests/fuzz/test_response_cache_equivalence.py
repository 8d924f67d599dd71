"""With the response cache or without it, the same requests get the same answers.

Hypothesis drives two apps, one with the response cache and one without, through the same
random sequence of writes (uploads of two sizes, deletes, a directory change) and reads (the
metadata, the bytes, the sizes, one size's bytes, through `/users` by UPN and `/me`, under
tokens with and without the rights, with and without `If-None-Match`), repeating reads so that
the cache answers many of them. Every answer must be the same (status, headers and body, but
for the request ids and dates); and the cache must have answered some.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)
from starlette.testclient import TestClient

from graph_photos import Settings, create_app
from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

OWNERS = ("ann@contoso.com", "bob@contoso.com")
READS = ("/photo", "/photo/$value", "/photos", "/photos/48x48", "/photos/48x48/$value")
TOKENS = {
    "writer": bearer(subject="ann@contoso.com"),
    "reader": bearer(subject="bob@contoso.com", scopes=("User.ReadBasic.All",)),
    "own": bearer(subject="ann@contoso.com", scopes=("User.ReadWrite",)),
    "none": bearer(subject="eve@contoso.com", scopes=("Mail.Read",)),
}
PHOTOS = {side: photo_bytes(side, side) for side in (48, 96)}
_VOLATILE_HEADERS = {"request-id", "client-request-id", "date"}
_VOLATILE_BODY = re.compile(rb'"(request-id|client-request-id|date)":"[^"]*"')


def _comparable(response: Any) -> tuple[int, dict[str, str], bytes]:
    headers = {k: v for k, v in response.headers.items() if k not in _VOLATILE_HEADERS}
    return response.status_code, headers, _VOLATILE_BODY.sub(b"", response.content)


def _hits(client: TestClient) -> float:
    metrics = client.get("/metrics").text
    hit = re.search(r'graph_photos_response_cache_requests_total\{result="hit"\} (\S+)', metrics)
    return float(hit.group(1)) if hit else 0.0


def test_answers_are_the_same_with_and_without_the_cache(
    make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    hits = 0.0

    def started(**overrides: Any) -> TestClient:
        # A database of its own for each app of each example.
        app_settings = make_settings(data_dir=tmp_path / uuid.uuid4().hex, **overrides)
        client = TestClient(create_app(app_settings))
        client.__enter__()
        return client

    class SameAnswers(RuleBasedStateMachine):
        cached: TestClient
        uncached: TestClient
        etags: list[str]

        @initialize()
        def start(self) -> None:
            self.cached, self.uncached = started(), started(response_cache_bytes=0)
            self.etags = []

        def teardown(self) -> None:
            nonlocal hits
            if hasattr(self, "cached"):
                hits += _hits(self.cached)
                self.cached.__exit__(None, None, None)
                self.uncached.__exit__(None, None, None)

        def both(self, method: str, path: str, **kwargs: Any) -> Any:
            first = self.cached.request(method, path, **kwargs)
            second = self.uncached.request(method, path, **kwargs)
            assert _comparable(first) == _comparable(second), (method, path, kwargs)
            etag = first.headers.get("etag")
            if etag is not None and etag not in self.etags:
                self.etags.append(etag)
            return first

        @rule(
            owner=st.sampled_from(OWNERS),
            side=st.sampled_from(sorted(PHOTOS)),
            token=st.sampled_from(("writer", "own", "reader")),
        )
        def upload(self, owner: str, side: int, token: str) -> None:
            headers = {**TOKENS[token], "Content-Type": "image/jpeg"}
            self.both(
                "PUT", f"/v1.0/users/{owner}/photo/$value", content=PHOTOS[side], headers=headers
            )

        @rule(owner=st.sampled_from(OWNERS))
        def delete(self, owner: str) -> None:
            self.both("DELETE", f"/v1.0/users/{owner}/photo", headers=TOKENS["writer"])

        @rule(name=st.sampled_from(("carl", "dora", "ed")))
        def directory_changes(self, name: str) -> None:
            # In the open directory, a write to an unknown id adds a user.
            headers = {**TOKENS["writer"], "Content-Type": "image/jpeg"}
            self.both(
                "PUT", f"/v1.0/users/{name}/photo/$value", content=PHOTOS[48], headers=headers
            )

        @rule(
            owner=st.sampled_from((*OWNERS, "me", "nobody@contoso.com")),
            token=st.sampled_from(sorted(TOKENS)),
            conditional=st.integers(min_value=-1, max_value=2),
        )
        def read(self, owner: str, token: str, conditional: int) -> None:
            # Every read of the owner, three times: the second is kept, the third is the
            # cache's to answer.
            for _ in range(3):
                self.read_all(owner, token, conditional)

        @rule(
            owner=st.sampled_from((*OWNERS, "me")),
            token=st.sampled_from(sorted(TOKENS)),
            conditional=st.integers(min_value=-1, max_value=1),
            change=st.sampled_from(("upload 48", "upload 96", "delete", "directory")),
        )
        def change_between_reads(
            self, owner: str, token: str, conditional: int, change: str
        ) -> None:
            # The same reads before and after a change: what a kept answer must not survive.
            self.read_all(owner, token, conditional)
            target = "ann@contoso.com" if owner == "me" else owner
            if change == "delete":
                self.delete(target)
            elif change == "directory":
                self.directory_changes("fred")
            else:
                self.upload(target, int(change.split()[1]), "writer")
            self.read_all(owner, token, conditional)

        def read_all(self, owner: str, token: str, conditional: int) -> None:
            headers = dict(TOKENS[token])
            if 0 <= conditional < len(self.etags):
                headers["If-None-Match"] = self.etags[-1 - conditional]
            path = "/v1.0/me" if owner == "me" else f"/v1.0/users/{owner}"
            for read in READS:
                self.both("GET", f"{path}{read}", headers=headers)

    run_state_machine_as_test(
        SameAnswers, settings=settings(max_examples=25, stateful_step_count=25, deadline=None)
    )
    assert hits > 0
