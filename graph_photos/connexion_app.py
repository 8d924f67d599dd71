"""connexion's AsyncApp, with each handler decorated once instead of on every request.

connexion 3.3 (`connexion/apps/asynchronous.py`) builds a new `StarletteDecorator` for every
request (`AsyncOperation.fn` is a property), and its wrapper calls `decorate()` again on every
request: a new parameter decorator (with `inspect.signature` of the handler), a new response
decorator and a new URI parser. None of that depends on the request. Here each operation builds
them once, when the API is added; per request only the request object is new. Parameter names
are converted to Python names (`pythonic_params`) once per name, not once per request.

Everything else is connexion's own: the same decorators turn the request into arguments and the
handler's return value into a response, so behaviour and messages do not change. Operations
that take only path parameters (no body, query, cookie or form), or those and a JSON body, skip
the parameter decorator's request object and parsing of what they cannot have, and are bound
with connexion's own `_get_path_arguments`, `_get_body_argument_json` and context rules.

Two more per-request costs of connexion, removed the same way:

- `RequestValidationOperation` builds URI parsers, a `ParameterValidator` (grouping the
  operation's parameters), a media-type table and a body validator for every request;
  `PreparedRequestValidationMiddleware` runs the same steps with each built once.
- `OpenAPIOperation` appends the path-level parameters to the operation's own parameter list in
  place (`self._parameters += path_parameters`), and every routed middleware builds its operations
  from the same spec, so with six such middlewares each path parameter ended up in the list six
  times and was validated six times per request. `inline_path_parameters` hands connexion a spec
  whose path-level parameters are already merged into each operation (operation-level ones win,
  as OpenAPI says); the document means exactly the same.

`SpecAndUIOnlySwaggerUIMiddleware` stops connexion's Swagger UI middleware from running its
router (a mount per API, then the UI's routes) for requests that cannot be for the UI or the spec
documents; every API request used to pay for that.

`OrjsonJsonifier` serialises handlers' JSON responses with orjson (connexion's `jsonifier=`).
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
from collections.abc import Callable
from typing import Any

import orjson
from connexion import AsyncApp
from connexion.apps.abstract import AbstractApp
from connexion.apps.asynchronous import AsyncApi, AsyncASGIApp, AsyncOperation
from connexion.datastructures import MediaTypeDict
from connexion.decorators import StarletteDecorator
from connexion.decorators.parameter import (
    CONTEXT_NAME,
    AsyncParameterDecorator,
    _get_body_argument_json,
    _get_path_arguments,
    pythonic,
    sanitized,
    unwrap_decorators,
)
from connexion.decorators.response import AsyncResponseDecorator
from connexion.exceptions import UnsupportedMediaTypeProblem
from connexion.frameworks.starlette import Starlette as StarletteFramework
from connexion.jsonifier import Jsonifier
from connexion.middleware.request_validation import (
    RequestValidationAPI,
    RequestValidationMiddleware,
    RequestValidationOperation,
)
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from connexion.operations import AbstractOperation
from connexion.utils import (
    extract_content_type,
    inspect_function_arguments,
    is_json_mimetype,
    is_nullable,
)
from starlette.requests import Request as StarletteRequest
from starlette.types import ASGIApp, Receive, Scope, Send

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def inline_path_parameters(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with each path's `parameters` merged into its operations.

    An operation's own parameter wins over a path-level one with the same name and location.
    Parameters may be local `$ref`s; they are compared by what they refer to.
    """
    spec = copy.deepcopy(spec)

    def key(parameter: dict[str, Any]) -> tuple[str, str]:
        if "$ref" in parameter:
            target: Any = spec
            for part in parameter["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            parameter = target
        return parameter["name"], parameter["in"]

    for path_item in spec.get("paths", {}).values():
        shared = path_item.pop("parameters", [])
        for method in _HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None or not shared:
                continue
            own = operation.get("parameters", [])
            overridden = {key(parameter) for parameter in own}
            operation["parameters"] = own + [p for p in shared if key(p) not in overridden]
    return spec


class OrjsonJsonifier(Jsonifier):  # type: ignore[misc]
    """connexion's Jsonifier, dumping with orjson (bytes; connexion's trailing newline kept)."""

    def dumps(self, data: Any, **_kwargs: Any) -> bytes:
        return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)


def _cached_sanitizer(pythonic_params: bool) -> Callable[[str], str]:
    """connexion's choice of parameter-name conversion, remembered per name."""
    return functools.lru_cache(maxsize=1024)(pythonic if pythonic_params else sanitized)


class _NameCachingParameterDecorator(AsyncParameterDecorator):  # type: ignore[misc]
    """connexion's parameter decorator; converts each parameter name once, not per request."""

    def __init__(self, *, framework: Any, pythonic_params: bool = False) -> None:
        super().__init__(framework=framework, pythonic_params=pythonic_params)
        self.sanitize_fn = _cached_sanitizer(pythonic_params)


class _OnceDecorator(StarletteDecorator):  # type: ignore[misc]
    @property
    def _parameter_decorator_cls(self) -> type[AsyncParameterDecorator]:
        return _NameCachingParameterDecorator

    @property
    def _sync_async_decorator(self) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        threaded: Callable[[Callable[..., Any]], Callable[..., Any]] = super()._sync_async_decorator

        def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
            # connexion's wrapper asks on every call whether the handler is a coroutine
            # function and, for one, only awaits it: ask once, and keep the handler itself.
            return function if inspect.iscoroutinefunction(function) else threaded(function)

        return decorator


class PreparedOperation(AsyncOperation):  # type: ignore[misc]
    """`AsyncOperation` whose handler is decorated, and URI parser built, once."""

    def __init__(
        self,
        fn: Callable[..., Any],
        jsonifier: Jsonifier,
        operation_id: str,
        pythonic_params: bool,
        operation: AbstractOperation,
    ) -> None:
        super().__init__(
            fn, jsonifier=jsonifier, operation_id=operation_id, pythonic_params=pythonic_params
        )
        decorator = _OnceDecorator(pythonic_params=pythonic_params, jsonifier=jsonifier)
        self._decorated: Callable[..., Any] = decorator.decorate(fn)
        # What connexion's `BaseDecorator.uri_parser` builds per request from the same operation.
        self._uri_parser = operation.uri_parser_class(
            operation.parameters, operation.body_definition()
        )
        # An operation with no request body and no query, cookie or form parameters (the reads
        # and deletes) takes only its path parameters and the request context: for those,
        # connexion's parameter decorator builds a request and parses an absent query string,
        # body and form on every call. They are bound here with connexion's own functions.
        self._operation = operation
        simple_parameters = inspect.iscoroutinefunction(fn) and all(
            parameter["in"] in ("path", "header") for parameter in operation.parameters
        )
        self._path_only = simple_parameters and not operation.request_body
        self._arguments, self._has_kwargs = inspect_function_arguments(unwrap_decorators(fn))
        self._sanitize = _cached_sanitizer(pythonic_params)
        # Likewise an operation whose one media type is JSON: request validation has parsed and
        # checked its body; it is parsed again as connexion's `ConnexionRequest.json()` does and
        # bound by connexion's `_get_body_argument_json`. Without a Content-Type, connexion
        # validated the body as the operation's media type but then handed the handler raw
        # bytes; here the handler gets what was validated.
        consumes = operation.consumes if operation.request_body else []
        self._body_name = self._sanitize(operation.body_name(None)) if consumes else ""
        self._json_body = (
            simple_parameters
            and len(consumes) == 1
            and is_json_mimetype(consumes[0])
            and (self._has_kwargs or self._body_name in self._arguments)
        )
        self._json_media_type = consumes[0] if self._json_body else ""
        self._respond: Callable[..., Any] = AsyncResponseDecorator(
            framework=StarletteFramework, jsonifier=jsonifier
        )(fn)

    @classmethod
    def from_operation(
        cls, operation: AbstractOperation, *, pythonic_params: bool, jsonifier: Jsonifier
    ) -> PreparedOperation:
        return cls(
            operation.function,
            jsonifier=jsonifier,
            operation_id=operation.operation_id,
            pythonic_params=pythonic_params,
            operation=operation,
        )

    @property
    def fn(self) -> Callable[..., Any]:
        return self._decorated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._path_only:
            response = await self._respond(**self._path_only_arguments(scope))
        elif self._json_body and _json_or_unspecified(scope):
            kwargs = self._path_only_arguments(scope)
            try:
                body = json.loads(await StarletteRequest(scope, receive).body())
            except ValueError:
                body = None  # as ConnexionRequest.json() answers
            kwargs[self._body_name] = _get_body_argument_json(
                body, operation=self._operation, content_type=self._json_media_type
            )
            response = await self._respond(**kwargs)
        else:
            request = StarletteFramework.get_request(
                uri_parser=self._uri_parser, scope=scope, receive=receive
            )
            response = await self._decorated(request)
        await response(scope, receive, send)

    def _path_only_arguments(self, scope: Scope) -> dict[str, Any]:
        """What connexion's `prep_kwargs` passes for the path and context (no query or form)."""
        path_params = self._uri_parser.resolve_path(scope.get("path_params", {}))
        arguments = _get_path_arguments(
            path_params, operation=self._operation, sanitize=self._sanitize
        )
        kwargs = {self._sanitize(name): value for name, value in arguments.items()}
        context = scope.get("extensions", {}).get("connexion_context", {})
        for key, value in context.items():
            if self._has_kwargs or key in self._arguments:
                kwargs[key] = value
        if CONTEXT_NAME in self._arguments:
            kwargs[CONTEXT_NAME] = context
        return kwargs


def _json_or_unspecified(scope: Scope) -> bool:
    """Whether the request's body is JSON by its Content-Type, or has none."""
    content_type = extract_content_type(scope["headers"])
    return content_type is None or bool(is_json_mimetype(content_type))


class SpecAndUIOnlySwaggerUIMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    """connexion's Swagger UI middleware, consulted only for paths that may be the UI's.

    connexion serves `{base}/openapi.json`, `{base}/openapi.yaml` and `{base}/ui...` (its
    defaults, which this app keeps); any other path goes on unchanged, as connexion's router
    would send it when no UI route matches.
    """

    _UI_PATH_MARKERS = ("/openapi.", "/ui")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not any(
            marker in scope["path"] for marker in self._UI_PATH_MARKERS
        ):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


class _PreparedRequestValidationOperation(RequestValidationOperation):  # type: ignore[misc]
    """connexion's request validation, with what it builds per request built once.

    The steps are connexion's `__call__`: parameters, media type, body. Its parameter validator,
    the media types it accepts and its body validator for each media type and encoding are
    built on first use instead of on every request (connexion's body validators keep no
    per-request state). An operation without a request body has only its parameters to check.
    """

    def __init__(self, next_app: ASGIApp, *, operation: AbstractOperation, **kwargs: Any) -> None:
        super().__init__(next_app, operation=operation, **kwargs)
        self._parameter_validator = self._validator_map["parameter"](
            operation.parameters,
            uri_parser=operation.uri_parser_class(
                operation.parameters, operation.body_definition()
            ),
            strict_validation=self.strict_validation,
            security_query_params=self.security_query_params,
        )
        self._has_body = bool(operation.request_body)
        self._accepted = MediaTypeDict([(c.lower(), None) for c in operation.consumes])
        self._body_validators: dict[tuple[str, str], Any] = {}

    def validate_mime_type(self, mime_type: str) -> None:
        if self._operation.consumes and mime_type.lower() not in self._accepted:
            raise UnsupportedMediaTypeProblem(
                detail=f"Invalid Content-type ({mime_type}), expected {self._operation.consumes}"
            )

    def _body_validator(self, mime_type: str, encoding: str) -> Any:
        key = (mime_type, encoding)
        if key not in self._body_validators:
            validator = None
            schema = self._operation.body_schema(mime_type)
            if schema:
                try:
                    body_validator = self._validator_map["body"][mime_type]
                except KeyError:
                    pass  # connexion logs this at INFO on every upload; nothing to validate
                else:
                    validator = body_validator(
                        schema=schema,
                        required=self._operation.request_body.get("required", False),
                        nullable=is_nullable(self._operation.body_definition(mime_type)),
                        encoding=encoding,
                        strict_validation=self.strict_validation,
                        uri_parser=self._operation.uri_parser_class(
                            self._operation.parameters, self._operation.body_definition()
                        ),
                    )
            self._body_validators[key] = validator
        return self._body_validators[key]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._parameter_validator.validate(scope)
        if self._has_body:
            mime_type, encoding = self.extract_content_type(scope["headers"])
            self.validate_mime_type(mime_type)
            validator = self._body_validator(mime_type, encoding)
            if validator is not None:
                receive, scope = await validator.wrap_receive(receive, scope=scope)
        await self.next_app(scope, receive, send)


class _PreparedRequestValidationAPI(RequestValidationAPI):  # type: ignore[misc]
    def make_operation(self, operation: AbstractOperation) -> RequestValidationOperation:
        return _PreparedRequestValidationOperation(
            self.next_app,
            operation=operation,
            strict_validation=self.strict_validation,
            validator_map=self.validator_map,
        )


class PreparedRequestValidationMiddleware(RequestValidationMiddleware):  # type: ignore[misc]
    """connexion's `RequestValidationMiddleware`, building each parameter validator once."""

    api_cls = _PreparedRequestValidationAPI


class _PreparedApi(AsyncApi):  # type: ignore[misc]
    def make_operation(self, operation: AbstractOperation) -> PreparedOperation:
        return PreparedOperation.from_operation(
            operation, pythonic_params=self.pythonic_params, jsonifier=self.jsonifier
        )


class _PreparedASGIApp(AsyncASGIApp):  # type: ignore[misc]
    api_cls = _PreparedApi


class PreparedAsyncApp(AsyncApp):  # type: ignore[misc]
    """connexion's `AsyncApp` serving `PreparedOperation`s; same arguments."""

    def __init__(self, import_name: str, **kwargs: Any) -> None:
        # AsyncApp.__init__ is exactly these two steps, with connexion's own ASGI app.
        self._middleware_app = _PreparedASGIApp()
        AbstractApp.__init__(self, import_name, **kwargs)
