"""The one settings object of the service, read from `PHOTOS_*` environment variables.

Built inside `create_app` (or by the CLI), never at import time; tests pass their own instance.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration of one service instance."""

    model_config = SettingsConfigDict(env_prefix="PHOTOS_", frozen=True, extra="ignore")

    data_dir: Path = Field(
        default=Path("data"),
        description="Directory for the SQLite database (created on first start).",
    )
    database_url: str | None = Field(
        default=None,
        description="Storage URL; default sqlite:///<data_dir>/photos.db.",
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
    public_base_url: str | None = Field(
        default=None,
        description="Base URL used in @odata.context and Location (default: from the request).",
    )
    jwt_secret: SecretStr | None = Field(
        default=None,
        description="HS256 token secret (default: generated into <data_dir>/jwt-secret).",
    )
    jwt_public_key: str | None = Field(
        default=None, description="RS256 public key, as PEM text or a path to a PEM file."
    )
    jwks_file: Path | None = Field(
        default=None, description="RS256 JSON Web Key Set file; keys are chosen by `kid`."
    )
    jwt_audience: str | None = Field(default=None, description="Required `aud` of tokens.")
    jwt_issuer: str | None = Field(default=None, description="Required `iss` of tokens.")
    validate_responses: bool = Field(
        default=False,
        description="Validate every response against the spec (tests turn this on).",
    )
    max_json_body_bytes: int = Field(
        default=64 * 1024, ge=1024, description="Largest JSON request body accepted."
    )
    max_photo_bytes: int = Field(
        default=4 * 1024 * 1024, ge=1024, description="Largest photo upload (Graph: 4 MB)."
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

    @property
    def resolved_database_url(self) -> str:
        """The storage URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'photos.db').as_posix()}"
