"""The local identity platform's RS256 signing keys, kept in `<data_dir>/signing-keys/`.

Each key is one PEM file (`<created>-<kid>.pem`, mode 0600, in a 0700 directory) named by the
time it was made and its `kid` (its RFC 7638 thumbprint); the newest signs. `rotate` adds a new
key: from then on it signs, and the keys before it stay published (and accepted) while tokens
they signed may still be unexpired, `retain_seconds` after their successor came; then they are
deleted. Every process of the service reads the same directory and notices a rotation by the
directory's modification time, so replicas on one machine agree without restarting.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.utils import base64url_encode

from graph_photos.private_files import FILE_MODE, private_directory

DIRECTORY_NAME = "signing-keys"
_KEY_BITS = 2048  # what Entra's keys have


def _b64(data: bytes) -> str:
    return base64url_encode(data).decode("ascii")


def _uint(value: int) -> str:
    return _b64(value.to_bytes((value.bit_length() + 7) // 8, "big"))


@dataclass(frozen=True)
class SigningKey:
    """One key: its id, when it was made, and the key pair."""

    kid: str
    created: int
    private_key: rsa.RSAPrivateKey
    path: Path

    @property
    def public_jwk(self) -> dict[str, str]:
        numbers = self.private_key.public_key().public_numbers()
        return {
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": self.kid,
            "n": _uint(numbers.n),
            "e": _uint(numbers.e),
        }


def _thumbprint(private_key: rsa.RSAPrivateKey) -> str:
    """The key's RFC 7638 JWK thumbprint: its `kid`."""
    numbers = private_key.public_key().public_numbers()
    members = {"e": _uint(numbers.e), "kty": "RSA", "n": _uint(numbers.n)}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True).encode()
    return _b64(hashlib.sha256(canonical).digest())


class SigningKeys:
    """The keys of one data directory: the newest signs, all of them verify."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = data_dir / DIRECTORY_NAME
        self._lock = threading.Lock()
        self._seen_mtime: int | None = None
        self._keys: list[SigningKey] = []  # newest first

    def _files(self) -> list[Path]:
        return sorted(self.directory.glob("*.pem"), reverse=True)

    def _load(self) -> None:
        keys = []
        for path in self._files():
            created, _, kid = path.stem.partition("-")
            try:
                private_key = serialization.load_pem_private_key(path.read_bytes(), None)
            except FileNotFoundError:  # removed by a rotation meanwhile
                continue
            if isinstance(private_key, rsa.RSAPrivateKey) and created.isdigit():
                keys.append(SigningKey(kid, int(created), private_key, path))
        self._keys = keys

    def keys(self) -> list[SigningKey]:
        """Every key, newest first; made on first use when there is none."""
        with self._lock:
            try:
                mtime = self.directory.stat().st_mtime_ns
            except FileNotFoundError:
                mtime = None
            if mtime is None or mtime != self._seen_mtime or not self._keys:
                if mtime is None or not self._files():
                    self._add_key(int(time.time()))
                    mtime = self.directory.stat().st_mtime_ns
                self._load()
                self._seen_mtime = mtime
            return list(self._keys)

    def current(self) -> SigningKey:
        """The key that signs now."""
        return self.keys()[0]

    def key(self, kid: str) -> SigningKey | None:
        return next((key for key in self.keys() if key.kid == kid), None)

    def jwks(self) -> dict[str, Any]:
        return {"keys": [key.public_jwk for key in self.keys()]}

    def rotate(self, retain_seconds: float, now: float | None = None) -> SigningKey:
        """Add a key that signs from now on; delete the keys whose successor came more than
        `retain_seconds` ago (no token they signed can still be unexpired)."""
        now = time.time() if now is None else now
        with self._lock:
            self._add_key(max([int(now), *(k.created + 1 for k in self._all_on_disk())]))
            self._prune(retain_seconds, now)
            self._seen_mtime = None
        return self.current()

    def _all_on_disk(self) -> list[SigningKey]:
        self._load()
        return self._keys

    def _prune(self, retain_seconds: float, now: float) -> None:
        keys = self._all_on_disk()
        for successor, key in itertools.pairwise(keys):
            if successor.created + retain_seconds < now:
                key.path.unlink(missing_ok=True)

    def _add_key(self, created: int) -> None:
        private_directory(self.directory)
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_BITS)
        pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        path = self.directory / f"{created:012d}-{_thumbprint(private_key)}.pem"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(descriptor, "wb") as key_file:
            key_file.write(pem)
