"""Users' passwords for the sign-in page, kept only as scrypt hashes.

A directory user may have a password (`passwordHash` in the directory file, made by
`graph-photos directory password`); the sign-in page then asks for it before the user is signed
in. The hash is `scrypt$<n>$<r>$<p>$<salt>$<key>` (base64), so its cost travels with it; a
password is compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

_N, _R, _P = 2**14, 8, 1  # scrypt's interactive parameters: ~50 ms, 16 MB
_KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"),
        salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES, maxmem=64 * 1024 * 1024,
    )  # fmt: skip


def hash_password(password: str) -> str:
    """The hash of `password`, as the directory keeps it."""
    salt = secrets.token_bytes(16)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(_scrypt(password, salt, _N, _R, _P))}"


def password_matches(stored: str, password: str) -> bool:
    """Whether `password` is the one `stored` was made of."""
    try:
        _, n, r, p, salt, key = stored.split("$")
        expected = base64.b64decode(key)
        found = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:  # a malformed hash (or scrypt parameters it cannot take) matches nothing
        return False
    return hmac.compare_digest(found, expected)
