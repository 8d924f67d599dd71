"""`serve`: uvicorn's config from the settings, one process or several."""

from __future__ import annotations

from dataclasses import fields

from uvicorn import Config, Server
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors import Multiprocess

from graph_photos.app import create_app
from graph_photos.server.logs import logging_config
from graph_photos.server.protocol import GuardedHttpToolsProtocol, ServerLimits
from graph_photos.server.tls import server_tls
from graph_photos.settings import Settings
from graph_photos.storage import migrate

APP_FACTORY = "graph_photos.app:create_app"


def server_limits(settings: Settings) -> ServerLimits:
    """What the protocol enforces on each connection: the settings of the same names."""
    return ServerLimits(
        **{limit.name: getattr(settings, limit.name) for limit in fields(ServerLimits)}
    )


def uvicorn_config(
    settings: Settings, *, host: str, port: int, workers: int, log_level: str
) -> Config:
    """uvicorn's configuration for the service (the app itself is loaded by the caller)."""
    tls = server_tls(settings) if settings.https else None
    config = Config(
        create_app(settings) if workers == 1 else APP_FACTORY,
        factory=workers > 1,
        host=host,
        port=port,
        workers=workers,
        http=GuardedHttpToolsProtocol,
        log_level=log_level,
        # Applied in this process and again in each worker process.
        log_config=logging_config(log_level),
        timeout_graceful_shutdown=10,
        # graph_photos.access writes one JSON line per request instead of uvicorn's text.
        access_log=False,
        # Our own check, with a Graph-style answer (GuardedHttpToolsProtocol).
        limit_concurrency=None,
        ssl_certfile=None if tls is None else str(tls.certfile),
        ssl_keyfile=None if tls is None else str(tls.keyfile),
    )
    # Read by every connection's protocol; pickled along to worker processes.
    config.graph_limits = server_limits(settings)  # type: ignore[attr-defined]
    return config


def serve(settings: Settings, *, host: str, port: int, workers: int, log_level: str) -> None:
    """Serve until interrupted."""
    config = uvicorn_config(settings, host=host, port=port, workers=workers, log_level=log_level)
    if workers > 1:
        # Migrate once here, so the workers starting together find the schema current.
        migrate(settings.resolved_database_url)
        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    server = Server(config)
    server.run()
    if not server.started:
        raise SystemExit(STARTUP_FAILURE)  # as uvicorn.run: the port is taken, or similar
