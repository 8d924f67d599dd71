"""The connexion app of the service: `build_app` configures connexion the Graph way.

`PreparedAsyncApp` is connexion's `AsyncApp` serving `PreparedOperation`s; `OrjsonJsonifier`
dumps handlers' JSON with orjson. `build_app` adds the APIs (with the path-parameter
workaround), the bearer handler, the validators and the Graph error handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

import orjson
from connexion import AsyncApp
from connexion.apps.abstract import AbstractApp
from connexion.apps.asynchronous import AsyncApi, AsyncASGIApp
from connexion.datastructures import MediaTypeDict
from connexion.jsonifier import Jsonifier
from connexion.operations import AbstractOperation
from connexion.options import SwaggerUIOptions
from connexion.resolver import RelativeResolver
from pydantic import BaseModel

from graph_photos.connexion_adapter.body_validation import GraphJSONBodyValidator
from graph_photos.connexion_adapter.error_handlers import install_error_handlers
from graph_photos.connexion_adapter.operation import PreparedOperation
from graph_photos.connexion_adapter.path_parameters import inline_path_parameters
from graph_photos.connexion_adapter.request_validation import CachedParameterValidator
from graph_photos.connexion_adapter.security import GraphBearerSecurityHandler
from graph_photos.connexion_adapter.spec_validation import validate_each_spec_once
from graph_photos.web.convert import wire_json
from graph_photos.web.spec_paths import PathIndex


class OrjsonJsonifier(Jsonifier):  # type: ignore[misc]
    """connexion's Jsonifier: a generated wire model (what handlers return) as `wire_json`
    writes it, anything else with orjson (bytes; connexion's trailing newline kept)."""

    def dumps(self, data: Any, **_kwargs: Any) -> bytes:
        if isinstance(data, BaseModel):
            return wire_json(data) + b"\n"
        return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)


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
        # AsyncApp.__init__ is exactly these two steps, with connexion's own ASGI app (the
        # contract test pins it).
        self._middleware_app = _PreparedASGIApp()
        AbstractApp.__init__(self, import_name, **kwargs)


class _DropMultipleContentTypesWarning(logging.Filter):
    """connexion warns on every request to an operation that accepts several media types (the
    uploads accept five); the warning is about its own internals and says nothing actionable."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("this operation accepts multiple content types")


_DROP_MULTIPLE_CONTENT_TYPES_WARNING = _DropMultipleContentTypesWarning()


def build_app(
    import_name: str,
    *,
    lifespan: Callable[[Any], AbstractAsyncContextManager[Any]],
    middlewares: list[Any],
    graph_spec: dict[str, Any],
    api_versions: Sequence[str],
    operations_spec: dict[str, Any],
    identity_spec: dict[str, Any],
    handlers_package: str,
    validate_responses: bool,
) -> PreparedAsyncApp:
    """The connexion app serving `graph_spec` under each of `api_versions`, and
    `operations_spec` and `identity_spec` at the root, bound to the functions of
    `handlers_package` by operationId, with Graph's bearer handling, JSON body validation and
    error envelopes."""
    logging.getLogger("connexion.operations.openapi3").addFilter(
        _DROP_MULTIPLE_CONTENT_TYPES_WARNING  # the same instance: added once however many apps
    )
    validate_each_spec_once()
    app = PreparedAsyncApp(
        import_name,
        lifespan=lifespan,
        jsonifier=OrjsonJsonifier(),
        middlewares=middlewares,
        security_map={"bearer": GraphBearerSecurityHandler},
        validator_map={
            "body": MediaTypeDict({"*/*json": GraphJSONBodyValidator}),
            "parameter": CachedParameterValidator,
        },
        pythonic_params=True,
        strict_validation=True,
        validate_responses=validate_responses,
    )
    inlined = inline_path_parameters(graph_spec)
    for version in api_versions:
        app.add_api(
            inlined,
            base_path=f"/{version}",
            resolver=RelativeResolver(handlers_package),
            swagger_ui_options=None,
        )
    # Outside the Graph paths, without authentication: /health, /ready, /metrics.
    app.add_api(operations_spec, base_path="", resolver=RelativeResolver(handlers_package))
    # The sign-in endpoints, at the root as Entra's are (`/{tenant}/oauth2/v2.0/token`), their
    # spec at /identity/openapi.json. OAuth ignores parameters it does not know (RFC 6749,
    # 3.1), and MSAL sends several: not strict.
    app.add_api(
        identity_spec,
        base_path="",
        resolver=RelativeResolver(handlers_package),
        strict_validation=False,
        swagger_ui_options=SwaggerUIOptions(
            spec_path="/identity/openapi.json", swagger_ui_path="/identity/ui"
        ),
    )
    paths = PathIndex(
        graph_spec,
        [f"/{version}" for version in api_versions],
        also=[(operations_spec, ""), (identity_spec, "")],
    )
    install_error_handlers(app, paths)
    return app
