"""The one settings object of the service, read from `PHOTOS_*` environment variables.

Built inside `create_app` (or by the CLI), never at import time; tests pass their own instance.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# The password of a URL's user info (`scheme://user:password@host`), and password-like query
# parameters (`?password=...`), wherever they stand in a text.
_URL_PASSWORD = re.compile(r"(?P<keep>[A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\s]*:)[^@\s/]*@")
_QUERY_PASSWORD = re.compile(r"(?P<keep>[?&](?:password|passwd|pwd)=)[^&\s]*", re.IGNORECASE)


def redacted(text: str) -> str:
    """`text` with the passwords of the URLs in it replaced by `***`: what the service writes
    (logs, messages, the CLI) about a database or Redis URL, or an error that quotes one."""
    text = _URL_PASSWORD.sub(r"\g<keep>***@", text)
    return _QUERY_PASSWORD.sub(r"\g<keep>***", text)


class Settings(BaseSettings):
    """Configuration of one service instance."""

    model_config = SettingsConfigDict(env_prefix="PHOTOS_", frozen=True, extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="Directory of the SQLite database and the generated token secret (created "
        "0700 on the first start; its files are 0600).",
    )
    database_url: str | None = Field(
        default=None,
        description="Storage URL: sqlite:///<path> (default: <data_dir>/photos.db), or "
        "postgresql://user@host:5432/db to share one database between replicas. Written with "
        "its password as *** wherever the service writes it.",
    )
    directory: Literal["strict", "open"] = Field(
        default="strict",
        description="strict: only the directory's users and groups exist (unknown ids are 404 "
        "Request_ResourceNotFound); open: a write to an unknown id creates that user or group.",
    )
    directory_file: Path | None = Field(
        default=None,
        description="Directory file imported on the first start, when the database has no "
        "tenant (default: the embedded demo tenant, Contoso).",
    )
    host: str = Field(default="127.0.0.1", description="Address `graph-photos serve` binds.")
    port: int = Field(default=8000, ge=0, le=65535, description="Port `graph-photos serve` binds.")
    https: bool = Field(
        default=False,
        description="Serve over TLS (`graph-photos serve --https`), with a certificate of a "
        "local certificate authority the service creates once in <data_dir>/tls/ (for "
        "localhost, 127.0.0.1, ::1, the bound host and the public base URL's host); "
        "`graph-photos tls` prints how to trust it.",
    )
    public_base_url: str | None = Field(
        default=None,
        description="Base URL used in @odata.context and Location (default: from the request).",
    )
    jwt_secret: SecretStr | None = Field(
        default=None,
        description="HS256 token secret (default: a random one, generated into "
        "<data_dir>/jwt-secret on the first start).",
    )
    jwt_public_key: str | None = Field(
        default=None, description="RS256 public key, as PEM text or a path to a PEM file."
    )
    jwks_file: Path | None = Field(
        default=None, description="RS256 JSON Web Key Set file; keys are chosen by `kid`."
    )
    jwt_audience: str | None = Field(default=None, description="Required `aud` of tokens.")
    jwt_issuer: str | None = Field(default=None, description="Required `iss` of tokens.")
    access_token_lifetime: int = Field(
        default=3600,
        ge=300,
        le=86400,
        description="Seconds the sign-in endpoints' access and ID tokens last (Entra: 60-90 "
        "minutes). A rotated signing key stays published this long after its successor came.",
    )
    refresh_token_lifetime: int = Field(
        default=90 * 24 * 3600,
        ge=60,
        description="Seconds a refresh token lasts (Entra: 90 days); each is used once, its "
        "reply carries the next. `graph-photos apps revoke` ends them early.",
    )
    authorization_code_lifetime: int = Field(
        default=600,
        ge=10,
        le=600,
        description="Seconds an authorization code may wait to be redeemed (once).",
    )
    device_code_lifetime: int = Field(
        default=900, ge=60, description="Seconds a device code waits for its user."
    )
    device_code_interval: int = Field(
        default=5,
        ge=1,
        le=60,
        description="Seconds between a device's polls of the token endpoint.",
    )
    sign_in_session_lifetime: int = Field(
        default=8 * 3600,
        ge=60,
        description="Seconds a browser stays signed in to the sign-in page (no user picked "
        "again; what `prompt=none` renews tokens with).",
    )
    validate_responses: bool = Field(
        default=False,
        description="Validate every response against the spec (tests turn this on).",
    )
    max_json_body_bytes: int = Field(
        default=64 * 1024, ge=1024, description="Largest JSON request body accepted."
    )
    max_batch_body_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=1024,
        description="Largest `$batch` body (its items' bodies, photos as base64, included).",
    )
    max_photo_bytes: int = Field(
        default=4 * 1024 * 1024, ge=1024, description="Largest photo upload (Graph: 4 MB)."
    )
    read_cache_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=0,
        description="Memory for the read cache of photo metadata and small photo bytes (per "
        "process; 0 turns it off). Each hit is checked against the database, so it never "
        "answers with an old photo, on any worker or replica.",
    )
    read_cache_item_bytes: int = Field(
        default=64 * 1024,
        ge=0,
        description="Largest photo bytes (the photo or one size) the read cache keeps; also "
        "the largest answer the response cache keeps.",
    )
    response_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        description="Memory for the response cache (per process; 0 turns it off): a repeated "
        "photo read, same request and token, answered without the stack once the token and "
        "the data it read are checked again (kept the second time a request comes). Off while "
        "throttling or faults are on, and with the read cache off.",
    )
    max_photo_pixels: int = Field(
        default=50_000_000, ge=1, description="Largest photo, in pixels, that is decoded."
    )
    image_workers: int = Field(
        default=2, ge=1, le=64, description="Image renders/decodes that may run at once."
    )
    upload_slots: int = Field(
        default=4,
        ge=1,
        le=256,
        description="Photo uploads read and processed at once; more wait before their bodies "
        "are read, which bounds memory.",
    )

    cors_origins: str = Field(
        default="*",
        description="Comma-separated origins whose pages may call the API (CORS), or `*` for any. "
        "Bearer tokens only: no cookies, no credentials mode.",
    )
    # Limits of the HTTP server and of the web stack (README, "Security"). Times are seconds.
    allowed_hosts: str = Field(
        default="localhost,127.0.0.1,[::1]",
        description="Comma-separated `Host` names (port ignored) the service answers to; `*` for "
        "any. Links in responses are built from `Host`, so others get 400. The host of "
        "`public_base_url` is always allowed.",
    )
    max_head_bytes: int = Field(
        default=64 * 1024,
        ge=4096,
        description="Largest request line plus headers; a larger head is refused with 431.",
    )
    head_timeout: float = Field(
        default=10.0,
        gt=0,
        description="Time to receive a request head; a slower one gets 408 and is closed. An "
        "idle new connection is closed after it, too.",
    )
    body_timeout: float = Field(
        default=10.0,
        gt=0,
        description="Longest wait for the next piece of a request body (408 after it).",
    )
    body_min_rate: int = Field(
        default=16 * 1024,
        ge=1,
        description="Bytes per second a body must average once `body_timeout` has passed "
        "(a 4 MB photo may take body_timeout + 256 s); slower bodies get 408.",
    )
    send_timeout: float = Field(
        default=30.0,
        gt=0,
        description="Longest time a client may read nothing of a response that is waiting to "
        "be sent; then the connection is dropped.",
    )
    linger_timeout: float = Field(
        default=5.0,
        ge=0,
        description="After an early answer (413, 408, ...), time spent reading and discarding "
        "the rest of the request before closing, so that the client reads the answer.",
    )
    linger_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=0,
        description="Most bytes read and discarded after an early answer.",
    )
    max_connections: int = Field(
        default=1000,
        ge=1,
        description="Open connections served at once; a request over it gets 503 with Retry-After.",
    )
    upload_queue: int = Field(
        default=16,
        ge=0,
        description="Photo uploads that may wait for an upload slot; one more gets 503 with "
        "Retry-After at once.",
    )
    upload_queue_timeout: float = Field(
        default=30.0,
        gt=0,
        description="Longest wait for an upload slot; then 503 with Retry-After.",
    )
    max_jpeg_scans: int = Field(
        default=100,
        ge=1,
        description="Most scans of a progressive JPEG; counted before decoding (each costs a "
        "full pass), more are refused with 400 InvalidImage.",
    )
    max_photo_side: int = Field(
        default=4096,
        ge=648,
        le=65500,
        description="Longest side of a stored photo; larger uploads are scaled down (large "
        "JPEGs decoded at a reduced scale). JPEG cannot hold more than 65500.",
    )
    decode_pixel_budget: int = Field(
        default=64_000_000,
        ge=1,
        description="Pixels decoded at once across all image workers (memory is about 4-8 "
        "bytes a pixel); a photo waits until its pixels fit. At least max_photo_pixels.",
    )

    throttling: Literal["off", "graph"] = Field(
        default="off",
        description="graph: answer 429 as Graph does past its limits for the photo API (per app "
        "and mailbox, and per app); off: never throttle.",
    )
    throttle_mailbox_requests: int = Field(
        default=10_000,
        ge=1,
        description="Requests per app and mailbox in a window (Graph: 10,000).",
    )
    throttle_mailbox_window: int = Field(
        default=600, ge=1, description="That window, in seconds (Graph: 10 minutes)."
    )
    throttle_mailbox_concurrent: int = Field(
        default=4, ge=1, description="Concurrent requests per app and mailbox (Graph: 4)."
    )
    throttle_mailbox_upload_bytes: int = Field(
        default=150 * 1024 * 1024,
        ge=1,
        description="Bytes uploaded (POST, PUT, PATCH) per app and mailbox in a window (Graph: "
        "150 MB).",
    )
    throttle_mailbox_upload_window: int = Field(
        default=300, ge=1, description="That window, in seconds (Graph: 5 minutes)."
    )
    throttle_app_requests: int = Field(
        default=130_000, ge=1, description="Requests per app across tenants (Graph: 130,000)."
    )
    throttle_app_window: int = Field(
        default=10, ge=1, description="That window, in seconds (Graph: 10 seconds)."
    )
    redis_url: str | None = Field(
        default=None,
        description="redis://host:port/db: where replicas share the throttling counters "
        "(default: in memory, per process).",
    )
    faults: Path | None = Field(
        default=None,
        description="A fault-injection plan (YAML): failure rates, statuses and latencies per "
        "operation or method, and a seed. Off when unset.",
    )

    @property
    def cors_origin_list(self) -> list[str]:
        """The CORS origins as a list (`["*"]` for any)."""
        origins = [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]
        return ["*"] if "*" in origins else origins

    @property
    def allowed_host_names(self) -> frozenset[str] | None:
        """The allowed `Host` names, lower case without port; None when any is allowed."""
        names = {name.strip().lower() for name in self.allowed_hosts.split(",") if name.strip()}
        if "*" in names:
            return None
        if self.public_base_url:
            host = urlsplit(self.public_base_url).hostname
            if host:
                names.add(f"[{host}]" if ":" in host else host)
        return frozenset(names)

    @property
    def resolved_database_url(self) -> str:
        """The storage URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'photos.db').as_posix()}"
