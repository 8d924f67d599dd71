"""The spec's examples are tests: each operation's `x-examples` run against the app.

An operation lists, under `x-examples`, requests whose answers are examples of the spec:

    x-examples:
      - request: GET /v1.0/users/alice@contoso.com/photo    # method and path, version included
        given:                                             # requests sent first, in order
          - PUT /v1.0/users/alice@contoso.com/photo/$value examples/photo-96x96.jpg
        as: alice@contoso.com     # whose delegated token (default alice; all permissions)
        headers: {If-Match: '*'}  # more request headers
        body: square              # an example of the operation's request body, by name
        response: 200 ProfilePhoto  # the status, and the example of that response it must equal

A setup step's third word is a file next to the spec (its bytes, as image/jpeg) or a request
body example's name. The app runs as `make run` starts it (the demo directory, strict), with
`PHOTOS_PUBLIC_BASE_URL=http://127.0.0.1:8000`, as the examples' URLs say.

The answer must equal the example: same status, the example's media type, and for JSON every
value, except the properties whose schema says `x-volatile: true` (dates, request ids, ETags,
the URLs that name an owner by id). A binary example (`externalValue`) must be an image of the same
size. A difference fails with each path that differs, what the spec says and what the app
answered. This checks what schemathesis cannot (it checks answers against schemas, not values)
and what Prism does not (it serves examples, never checks them).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from graph_photos import Settings
from graph_photos.directory.file import DEMO_DIRECTORY, load_directory
from graph_photos.identity.jwt import mint_token
from graph_photos.specification import SPEC_DIR, SPEC_PATH, load_spec, operations

SPEC = load_spec(SPEC_PATH)
BASE_URL = "http://127.0.0.1:8000"
DEFAULT_USER = "alice@contoso.com"
# Every permission an operation names: an example's caller may do anything.
SCOPES = sorted(
    {
        permission
        for operation in operations(SPEC)
        for key in ("any", "own")
        for permission in operation.operation.get("x-permissions", {}).get(key, [])
        if permission != "*"
    }
)


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Example:
    operation_id: str
    method: str
    path: str  # the operation's path template
    operation: dict[str, Any]
    scenario: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.operation_id}: {self.scenario['request']} -> {self.scenario['response']}"


EXAMPLES = [
    Example(str(op.operation_id), op.method, op.path, op.operation, scenario)
    for op in operations(SPEC)
    for scenario in op.operation.get("x-examples", [])
]


def _token(settings: Settings, upn: str) -> str:
    directory = load_directory(DEMO_DIRECTORY)
    for tenant in directory.tenants:
        for user in tenant.users:
            if user.user_principal_name == upn:
                return mint_token(
                    settings, subject=user.id, scopes=SCOPES, tenant_id=tenant.tenant.id
                )
    raise AssertionError(f"x-examples: `as: {upn}` is no user of the demo directory")


def _request_body(operation: dict[str, Any], name: str) -> tuple[str, bytes | Any]:
    """(media type, JSON value or bytes) of the operation's request body example `name`."""
    body = _resolve(operation.get("requestBody", {}))
    for media_type, media in body.get("content", {}).items():
        example = _resolve(media.get("examples", {}).get(name))
        if example is None:
            continue
        if "externalValue" in example:
            return media_type, (SPEC_DIR / example["externalValue"]).read_bytes()
        return media_type, example["value"]
    raise AssertionError(f"x-examples: the request body has no example named {name!r}")


def _send(
    client: TestClient,
    line: str,
    token: str,
    headers: dict[str, str],
    body: tuple[str, Any] | None,
) -> Any:
    method, path = line.split()[:2]
    sent = {"Authorization": f"Bearer {token}", **headers}
    if body is None:
        return client.request(method, path, headers=sent)
    media_type, value = body
    if isinstance(value, bytes):
        return client.request(
            method, path, content=value, headers={"Content-Type": media_type, **sent}
        )
    return client.request(method, path, json=value, headers={"Content-Type": media_type, **sent})


def _setup_body(words: list[str]) -> tuple[str, Any] | None:
    """The body of a setup step: a file next to the spec, or any request body example."""
    if len(words) < 3:
        return None
    if (SPEC_DIR / words[2]).is_file():
        return "image/jpeg", (SPEC_DIR / words[2]).read_bytes()
    for op in operations(SPEC):
        try:
            return _request_body(op.operation, words[2])
        except AssertionError:
            continue
    raise AssertionError(f"x-examples: no request body example or file named {words[2]!r}")


def _schema_of(schema: Any, key: str | None = None) -> dict[str, Any]:
    """The schema of property `key` of (or of the items of, when None) a resolved schema."""
    schema = _resolve(schema) or {}
    if key is None:
        return _resolve(schema.get("items", {})) or {}
    for part in (schema, *schema.get("allOf", [])):
        part = _resolve(part)
        if key in part.get("properties", {}):
            return _resolve(part["properties"][key]) or {}
    extra = schema.get("additionalProperties")
    return _resolve(extra) if isinstance(extra, dict) else {}


def differences(expected: Any, actual: Any, schema: Any, path: str = "$") -> Iterator[str]:
    """Where `actual` differs from `expected`, skipping what `schema` marks `x-volatile`."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            inner = _schema_of(schema, key)
            if inner.get("x-volatile"):
                continue
            where = f"{path}.{key}"
            if key not in actual:
                yield f"{where}: the spec says {expected[key]!r}; the app left it out"
            elif key not in expected:
                yield f"{where}: the app answered {actual[key]!r}; the spec's example has none"
            else:
                yield from differences(expected[key], actual[key], inner, where)
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{path}: the spec lists {len(expected)} items; the app answered {len(actual)}"
        for index, (one, other) in enumerate(zip(expected, actual, strict=False)):
            yield from differences(one, other, _schema_of(schema), f"{path}[{index}]")
    elif expected != actual:
        yield f"{path}: the spec says {expected!r}; the app answered {actual!r}"


def test_every_operation_has_an_example_that_runs() -> None:
    missing = [
        f"{op.method.upper()} {op.path} ({op.operation_id})"
        for op in operations(SPEC)
        if not op.operation.get("x-examples")
    ]
    assert not missing, "operations without x-examples: " + ", ".join(missing)


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.name for example in EXAMPLES])
def test_the_example_is_what_the_app_answers(
    example: Example, make_settings: Callable[..., Settings], make_client: Callable[..., TestClient]
) -> None:
    demo = {"directory": "strict", "directory_file": None, "public_base_url": BASE_URL}
    client = make_client(**demo)
    scenario = example.scenario
    token = _token(make_settings(**demo), scenario.get("as", DEFAULT_USER))
    for step in scenario.get("given", []):
        words = step.split()
        answer = _send(client, step, token, {}, _setup_body(words))
        assert answer.status_code < 300, (
            f"setup `{step}` answered {answer.status_code}: {answer.text}"
        )
    body = None
    if "body" in scenario:
        body = _request_body(example.operation, scenario["body"])
    answer = _send(client, scenario["request"], token, scenario.get("headers", {}), body)

    status, _, example_name = str(scenario["response"]).partition(" ")
    where = f"{scenario['request']} ({example.operation_id})"
    assert answer.status_code == int(status), (
        f"{where}: the spec's example answers {status}; the app answered "
        f"{answer.status_code}: {answer.text[:300]}"
    )
    if not example_name:
        return
    response = _resolve(example.operation["responses"][status])
    matches = [
        (media_type, media.get("schema", {}), _resolve(media["examples"][example_name]))
        for media_type, media in response.get("content", {}).items()
        if example_name in media.get("examples", {})
    ]
    assert matches, f"x-examples: the {status} response has no example named {example_name!r}"
    media_type, schema, expected = matches[0]
    assert answer.headers["content-type"].split(";")[0] == media_type, where
    if "externalValue" in expected:
        expected_image = Image.open(SPEC_DIR / expected["externalValue"])
        actual_image = Image.open(io.BytesIO(answer.content))
        assert actual_image.size == expected_image.size, where
        return
    found = list(differences(expected["value"], answer.json(), schema))
    if found:
        pytest.fail(
            f"{where} differs from the spec's example {example_name!r} of {status} "
            "(properties marked x-volatile are not compared):\n  " + "\n  ".join(found),
            pytrace=False,
        )
