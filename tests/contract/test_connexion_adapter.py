"""What `graph_photos.connexion_adapter` relies on in connexion, checked name by name.

The adapter subclasses connexion at its extension points, calls a few private functions, copies
one method and works around two bugs. connexion is pinned, but an upgrade that renamed or
changed one of these would fail at request time (500s) or silently drop a speed-up or a
security step. Each `Reliance` below checks one of them and, when it no longer holds, fails
with the adapter piece to re-check. The bug tests show each bug in plain connexion: when a
release fixes one, its test fails and says which workaround can go.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

import pytest
from connexion import AsyncApp
from connexion.apps.abstract import AbstractApp
from connexion.apps.asynchronous import AsyncApi, AsyncASGIApp, AsyncOperation
from connexion.datastructures import MediaTypeDict
from connexion.decorators import StarletteDecorator, parameter
from connexion.decorators.parameter import AsyncParameterDecorator
from connexion.decorators.response import AsyncResponseDecorator
from connexion.frameworks.starlette import Starlette as StarletteFramework
from connexion.json_schema import Draft4RequestValidator
from connexion.jsonifier import Jsonifier
from connexion.lifecycle import ConnexionResponse
from connexion.middleware import (
    abstract as middleware_abstract,
    context as context_middleware,
    routing as routing_middleware,
)
from connexion.middleware.main import ConnexionMiddleware
from connexion.middleware.request_validation import (
    RequestValidationAPI,
    RequestValidationMiddleware,
    RequestValidationOperation,
)
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from connexion.operations import OpenAPIOperation
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver
from connexion.security import AbstractSecurityHandler
from connexion.spec import Specification
from connexion.validators import VALIDATOR_MAP, ParameterValidator

from graph_photos.connexion_adapter.scope import CONTEXT
from graph_photos.connexion_adapter.security import GraphBearerSecurityHandler
from graph_photos.connexion_adapter.swagger_ui import SpecAndUIOnlySwaggerUIMiddleware
from graph_photos.identity.caller import AuthenticationFailed

ADAPTER = "graph_photos/connexion_adapter/"


def _source_digest(function: Callable[..., Any]) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def _parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


@dataclass(frozen=True)
class Reliance:
    """One thing of connexion the adapter relies on, and the adapter piece that relies on it."""

    what: str
    piece: str
    check: Callable[[], object]


def _path_arguments() -> None:
    operation = type(
        "Op", (), {"parameters": [{"name": "user-id", "in": "path", "schema": {"type": "string"}}]}
    )
    arguments = parameter._get_path_arguments(
        {"user-id": "alice"}, operation=operation, sanitize=parameter.pythonic
    )
    assert arguments == {"user_id": "alice"}, arguments


def _body_argument_json() -> None:
    operation = type("Op", (), {"body_schema": staticmethod(lambda _content_type: {})})
    bind = parameter._get_body_argument_json
    assert bind({"width": 1}, operation=operation, content_type="application/json") == {"width": 1}
    assert bind(None, operation=operation, content_type="application/json") == {}


def _parameter_names() -> None:
    assert parameter.CONTEXT_NAME == "context_"
    assert parameter.pythonic("user-id") == "user_id"
    assert parameter.sanitized("user-id") == "userid"
    assert callable(parameter.unwrap_decorators)


def _decorator_hooks() -> None:
    for name in ("_parameter_decorator_cls", "_sync_async_decorator"):
        assert isinstance(inspect.getattr_static(StarletteDecorator, name), property), name
    assert "self._parameter_decorator_cls(" in inspect.getsource(StarletteDecorator.decorate)
    assert "self._sync_async_decorator(" in inspect.getsource(StarletteDecorator.decorate)


def _parameter_decorator() -> None:
    assert _parameters(AsyncParameterDecorator.__init__) == [
        "self",
        "framework",
        "pythonic_params",
    ]
    decorator = AsyncParameterDecorator(framework=StarletteFramework)
    assert decorator.sanitize_fn is parameter.sanitized


def _operation() -> None:
    assert _parameters(AsyncOperation.__init__) == [
        "self",
        "fn",
        "jsonifier",
        "operation_id",
        "pythonic_params",
    ]
    assert isinstance(inspect.getattr_static(AsyncOperation, "fn"), property)


def _response_and_request() -> None:
    assert _parameters(AsyncResponseDecorator.__init__)[1:3] == ["framework", "jsonifier"]
    assert {"uri_parser", "scope", "receive"} <= set(_parameters(StarletteFramework.get_request))


def _bearer_handler_calls_our_verify_func() -> None:
    # No x-bearerInfoFunc: the spec names no import path, the handler resolves it in code.
    assert "_resolve_func" in vars(AbstractSecurityHandler)
    scheme = {"type": "http", "scheme": "bearer"}
    verify = GraphBearerSecurityHandler().get_fn(scheme, required_scopes=None)
    request = type("Request", (), {"headers": {}})()
    with pytest.raises(AuthenticationFailed, match="Access token is empty"):
        verify(request)


# The digests of connexion 3.3.0's sources that the adapter copies step by step.
REQUEST_VALIDATION_CALL = "af472716211911b9"
ASYNC_APP_INIT = "624f5070177b0d80"


def _request_validation() -> None:
    assert _source_digest(RequestValidationOperation.__call__) == REQUEST_VALIDATION_CALL
    assert _parameters(RequestValidationOperation.__init__) == [
        "self",
        "next_app",
        "operation",
        "strict_validation",
        "validator_map",
    ]
    assert callable(RequestValidationOperation.extract_content_type)
    assert isinstance(RequestValidationOperation.security_query_params, property)


def _make_operation_hooks() -> None:
    assert RequestValidationMiddleware.api_cls is RequestValidationAPI
    assert "make_operation" in vars(RequestValidationAPI)
    assert AsyncASGIApp.api_cls is AsyncApi
    assert "make_operation" in vars(AsyncApi)


def _async_app_init() -> None:
    assert _source_digest(AsyncApp.__init__) == ASYNC_APP_INIT
    assert _parameters(AbstractApp.__init__)[:2] == ["self", "import_name"]


def _parameter_validator() -> None:
    assert _parameters(ParameterValidator.__init__) == [
        "self",
        "parameters",
        "uri_parser",
        "strict_validation",
        "security_query_params",
    ]
    assert "self.validate_parameter(" in inspect.getsource(ParameterValidator)
    assert _parameters(ParameterValidator.validate_query_parameter_list) == [
        "self",
        "request",
        "security_params",
    ]
    assert {"parameter", "body"} <= set(VALIDATOR_MAP)


def _json_validation() -> None:
    assert Draft4RequestValidator({"type": "object", "nullable": True}).is_valid(None)
    assert MediaTypeDict({"*/*json": 1})["application/json"] == 1


def _jsonifier_and_response() -> None:
    assert _parameters(Jsonifier.dumps)[:2] == ["self", "data"]
    assert {"status_code", "mimetype", "content_type", "body", "headers"} <= set(
        _parameters(ConnexionResponse.__init__)
    )


def _swagger_ui_paths() -> None:
    async def app(_scope: Any, _receive: Any, _send: Any) -> None:
        return None

    middleware = SwaggerUIMiddleware(app)
    spec = Specification.load(
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    )
    middleware.add_api(spec, base_path="/b", swagger_ui_options=SwaggerUIOptions())

    def paths(routes: list[Any], prefix: str = "") -> list[str]:
        found: list[str] = []
        for route in routes:
            child = getattr(getattr(route, "app", None), "routes", None)
            path = prefix + getattr(route, "path", "")
            found += paths(child, path) if child is not None else [path]
        return found

    served = paths(middleware.router.routes)
    markers = SpecAndUIOnlySwaggerUIMiddleware._UI_PATH_MARKERS
    assert served
    assert all(any(marker in path for marker in markers) for path in served), served


def _scope_keys() -> None:
    assert middleware_abstract.ROUTING_CONTEXT == "connexion_routing"
    routing_source = inspect.getsource(routing_middleware.RoutingOperation)
    assert '{"api_base_path": api_base_path, "operation_id": self.operation_id}' in routing_source
    assert f'"{CONTEXT}"' in inspect.getsource(context_middleware)


CONNEXION_DEFAULT_STACK = [
    "ServerErrorMiddleware",
    "ExceptionMiddleware",
    "SwaggerUIMiddleware",
    "RoutingMiddleware",
    "SecurityMiddleware",
    "RequestValidationMiddleware",
    "ResponseValidationMiddleware",
    "LifespanMiddleware",
    "ContextMiddleware",
]


def _default_stack() -> None:
    names = [m.__name__ for m in ConnexionMiddleware.default_middlewares]
    assert names == CONNEXION_DEFAULT_STACK, names


def _spec_validation_hook() -> None:
    from connexion.spec import Specification

    assert isinstance(inspect.getattr_static(Specification, "_validate_spec"), classmethod)
    assert "self._validate_spec(raw_spec)" in inspect.getsource(Specification.__init__)


RELIANCES = [
    Reliance(
        "connexion.decorators.parameter._get_path_arguments(path_params, *, operation, sanitize)",
        ADAPTER + "operation.py: PreparedOperation._path_only_arguments",
        _path_arguments,
    ),
    Reliance(
        "connexion.decorators.parameter._get_body_argument_json(body, *, operation, content_type)",
        ADAPTER + "operation.py: PreparedOperation.__call__ (JSON bodies)",
        _body_argument_json,
    ),
    Reliance(
        "CONTEXT_NAME, pythonic, sanitized and unwrap_decorators of connexion.decorators.parameter",
        ADAPTER + "operation.py: PreparedOperation.__init__",
        _parameter_names,
    ),
    Reliance(
        "StarletteDecorator.decorate using its hooks _parameter_decorator_cls, "
        "_sync_async_decorator",
        ADAPTER + "operation.py: _OnceDecorator",
        _decorator_hooks,
    ),
    Reliance(
        "AsyncParameterDecorator(framework=, pythonic_params=) and its sanitize_fn",
        ADAPTER + "operation.py: _NameCachingParameterDecorator",
        _parameter_decorator,
    ),
    Reliance(
        "AsyncOperation(fn, jsonifier, operation_id, pythonic_params) and its `fn` property",
        ADAPTER + "operation.py: PreparedOperation",
        _operation,
    ),
    Reliance(
        "AsyncResponseDecorator(framework=, jsonifier=), Starlette.get_request(uri_parser=, "
        "scope=, receive=)",
        ADAPTER + "operation.py: PreparedOperation.__call__",
        _response_and_request,
    ),
    Reliance(
        "BearerSecurityHandler.get_fn calling _resolve_func, then _get_verify_func",
        ADAPTER + "security.py: GraphBearerSecurityHandler",
        _bearer_handler_calls_our_verify_func,
    ),
    Reliance(
        "RequestValidationOperation.__call__ (copied step by step), its __init__, "
        "extract_content_type and security_query_params",
        ADAPTER + "request_validation.py: PreparedRequestValidationOperation",
        _request_validation,
    ),
    Reliance(
        "the make_operation hooks and api_cls of request validation and the ASGI app",
        ADAPTER + "request_validation.py and app.py: the _Prepared* API classes",
        _make_operation_hooks,
    ),
    Reliance(
        "AsyncApp.__init__ being `self._middleware_app = AsyncASGIApp()`, then "
        "AbstractApp.__init__",
        ADAPTER + "app.py: PreparedAsyncApp.__init__",
        _async_app_init,
    ),
    Reliance(
        "ParameterValidator(parameters, uri_parser, strict_validation, security_query_params) "
        "calling self.validate_parameter",
        ADAPTER + "request_validation.py: CachedParameterValidator",
        _parameter_validator,
    ),
    Reliance(
        "connexion.json_schema.Draft4RequestValidator (nullable), MediaTypeDict's media ranges",
        ADAPTER + "body_validation.py and app.py: the JSON body validator map",
        _json_validation,
    ),
    Reliance(
        "Jsonifier.dumps(data, **kwargs), ConnexionResponse(status_code, mimetype, content_type, "
        "body, headers)",
        ADAPTER + "app.py: OrjsonJsonifier; errors.py: _response",
        _jsonifier_and_response,
    ),
    Reliance(
        "Swagger UI serving only {base}/openapi.json, {base}/openapi.yaml and {base}/ui",
        ADAPTER + "swagger_ui.py: SpecAndUIOnlySwaggerUIMiddleware._UI_PATH_MARKERS",
        _swagger_ui_paths,
    ),
    Reliance(
        "the scope keys extensions['connexion_routing'] (operation_id, api_base_path) and "
        "extensions['connexion_context']",
        ADAPTER + "scope.py (read by routing.py and operation.py)",
        _scope_keys,
    ),
    Reliance(
        "connexion's default middleware stack",
        "graph_photos/app.py: _middlewares, which lists it with ours in their places "
        "(a new connexion middleware would be left out)",
        _default_stack,
    ),
    Reliance(
        "connexion.spec.Specification._validate_spec(cls, spec), called by __init__",
        ADAPTER + "spec_validation.py: validate_each_spec_once",
        _spec_validation_hook,
    ),
]


def verify(reliance: Reliance) -> None:
    """Run one check; fail naming what changed and which adapter piece to re-check."""
    try:
        reliance.check()
    except Exception as exc:
        raise AssertionError(
            f"connexion {version('connexion')} no longer offers {reliance.what}: "
            f"re-check {reliance.piece} ({exc!r})"
        ) from exc


@pytest.mark.parametrize("reliance", RELIANCES, ids=lambda reliance: reliance.piece)
def test_connexion_still_offers_what_the_adapter_relies_on(reliance: Reliance) -> None:
    verify(reliance)


def test_a_missing_private_name_names_the_adapter_piece_to_recheck(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(parameter, "_get_path_arguments")
    with pytest.raises(AssertionError) as failure:
        verify(RELIANCES[0])
    message = str(failure.value)
    assert "_get_path_arguments" in message
    assert "re-check graph_photos/connexion_adapter/operation.py: PreparedOperation" in message


def test_a_changed_copied_method_names_the_adapter_piece_to_recheck(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def changed(self: Any, scope: Any, receive: Any, send: Any) -> None:
        await self.next_app(scope, receive, send)

    monkeypatch.setattr(RequestValidationOperation, "__call__", changed)
    with pytest.raises(AssertionError, match=r"re-check .*request_validation\.py"):
        verify(next(r for r in RELIANCES if "copied" in r.what))


# The bugs the adapter works around, shown in plain connexion.


def test_bug_plain_connexion_decorates_the_handler_again_on_every_request() -> None:
    """When this fails, connexion decorates once: PreparedOperation's `fn` override can go."""

    async def handler() -> None:
        return None

    operation = AsyncOperation(
        handler, jsonifier=Jsonifier(), operation_id="x", pythonic_params=True
    )
    assert operation.fn is not operation.fn  # a new decorator (and signature) per access


def test_bug_plain_connexion_appends_path_parameters_once_per_operation_built() -> None:
    """When this fails, connexion no longer appends path-level parameters to the spec's own
    list: `connexion_adapter/path_parameters.py` can go."""
    spec = Specification.load(
        {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/things/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "get": {
                        "operationId": "things.get",
                        "parameters": [{"name": "x", "in": "header", "schema": {"type": "string"}}],
                        "responses": {"200": {"description": "ok"}},
                    },
                }
            },
        }
    )
    resolver = Resolver(function_resolver=lambda _operation_id: lambda: None)
    built = [
        OpenAPIOperation.from_spec(spec, path="/things/{id}", method="get", resolver=resolver)
        for _ in range(3)
    ]
    # Each routed middleware builds its own operation from the same spec: the path parameter
    # piles up in the one list they share.
    assert [len(operation.parameters) for operation in built] == [4, 4, 4]
    assert [p["name"] for p in built[0].parameters] == ["x", "id", "id", "id"]


def test_bug_plain_connexion_routing_records_on_a_copy_of_the_scope() -> None:
    """Why the adapter copies the routed operation onto `RequestState`: connexion's routing
    writes `extensions` into a copy of the scope, which an outer middleware never sees under a
    real server (uvicorn puts no `extensions` in the scope; the test client does)."""
    assert "_scope.set(scope.copy())" in inspect.getsource(routing_middleware.RoutingMiddleware)


def test_a_valid_spec_is_validated_once_and_an_invalid_one_every_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from connexion.exceptions import InvalidSpecification
    from connexion.spec import Specification

    from graph_photos.connexion_adapter import spec_validation

    calls: list[str] = []
    original = Specification.__dict__["_validate_spec"].__func__

    def counting(cls: Any, spec: dict[str, Any]) -> None:
        calls.append(spec["info"]["title"])
        original(cls, spec)

    monkeypatch.setattr(spec_validation, "_CONNEXIONS_VALIDATION", classmethod(counting))
    monkeypatch.setattr(spec_validation, "_VALID", set())
    spec_validation.validate_each_spec_once()
    valid = {"openapi": "3.0.3", "info": {"title": "once", "version": "1"}, "paths": {}}
    for _ in range(3):
        Specification.from_dict(valid)
    assert calls == ["once"]
    invalid = {"openapi": "3.0.3", "info": {"title": "never"}, "paths": {}}  # no version
    for _ in range(2):
        with pytest.raises(InvalidSpecification):
            Specification.from_dict(invalid)
    assert calls == ["once", "never", "never"]
