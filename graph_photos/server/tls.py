"""HTTPS for `graph-photos serve --https`: a local certificate authority and the server's
certificate, kept in the data directory.

Microsoft's sign-in libraries (MSAL, azure-identity) accept only `https` authorities, so a
local stand-in for Graph and its identity platform must serve TLS that clients can trust. The
service creates a certificate authority once (`<data_dir>/tls/ca.pem`, its key beside it,
0600, valid ten years) and from it a server certificate for the names clients reach it by
(localhost, 127.0.0.1, ::1, the bound host and the public base URL's host), renewed when the
names change or it has less than 30 days left. Trusting the one CA file (`graph-photos tls`
says how for Python, Node.js and browsers) trusts every certificate the service makes, and
restarts keep it. Written with `cryptography` (already installed for RS256 tokens).
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from graph_photos.private_files import private_directory, private_file
from graph_photos.settings import Settings

CA_YEARS = 10
SERVER_DAYS = 397  # what browsers accept of a server certificate
RENEW_BEFORE = datetime.timedelta(days=30)
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServerTls:
    """The files uvicorn serves TLS with, and the CA file clients trust."""

    certfile: Path
    keyfile: Path
    ca_file: Path


def tls_directory(settings: Settings) -> Path:
    return settings.data_dir / "tls"


def server_names(settings: Settings) -> tuple[str, ...]:
    """The names the server certificate covers: the loopback names, the bound host (unless
    it binds every address) and the public base URL's host."""
    names = list(_LOOPBACK)
    public = urlsplit(settings.public_base_url).hostname if settings.public_base_url else None
    for name in (settings.host, public):
        if name and name not in ("0.0.0.0", "::") and name not in names:  # noqa: S104
            names.append(name)
    return tuple(names)


def _write_private(path: Path, data: bytes) -> None:
    private_file(path).write_bytes(data)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def local_ca(settings: Settings) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """The service's certificate authority, created on first use."""
    directory = private_directory(tls_directory(settings))
    cert_file, key_file = directory / "ca.pem", directory / "ca-key.pem"
    if cert_file.exists() and key_file.exists():
        key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return x509.load_pem_x509_certificate(cert_file.read_bytes()), key
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "graph-photos"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"graph-photos local CA ({directory})"[:64]),
        ]
    )
    now = _now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(key_file, _key_pem(key))
    _write_private(cert_file, certificate.public_bytes(serialization.Encoding.PEM))
    return certificate, key


def _covers(certificate: x509.Certificate, names: tuple[str, ...]) -> bool:
    try:
        alternative = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return False
    present = {str(value) for value in alternative.value.get_values_for_type(x509.DNSName)}
    present |= {str(ip) for ip in alternative.value.get_values_for_type(x509.IPAddress)}
    return {str(_general_name(name).value) for name in names} <= present


def _general_name(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def server_tls(settings: Settings) -> ServerTls:
    """The server's certificate and key for `server_names`, made (or renewed) from the local
    CA when missing, for other names, or within 30 days of expiry."""
    ca_certificate, ca_key = local_ca(settings)
    directory = tls_directory(settings)
    files = ServerTls(directory / "server.pem", directory / "server-key.pem", directory / "ca.pem")
    names = server_names(settings)
    if files.certfile.exists() and files.keyfile.exists():
        current = x509.load_pem_x509_certificate(files.certfile.read_bytes())
        fresh = current.not_valid_after_utc - _now() > RENEW_BEFORE
        if fresh and _covers(current, names) and current.issuer == ca_certificate.subject:
            return files
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=SERVER_DAYS))
        .add_extension(
            x509.SubjectAlternativeName([_general_name(name) for name in names]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    _write_private(files.keyfile, _key_pem(key))
    _write_private(files.certfile, certificate.public_bytes(serialization.Encoding.PEM))
    return files


def trust_instructions(ca_file: Path) -> str:
    """How to make clients trust the local CA, for `graph-photos tls`."""
    ca = ca_file.resolve()
    return (
        f"The local certificate authority of this data directory: {ca}\n"
        "Trust it where clients run:\n"
        f"  Python (httpx, requests, MSAL, azure-identity): SSL_CERT_FILE={ca} "
        f"REQUESTS_CA_BUNDLE={ca}\n"
        "    (both replace the default store; to keep the public CAs too, point them at a\n"
        "    bundle of certifi's cacert.pem followed by this file)\n"
        f"  Node.js: NODE_EXTRA_CA_CERTS={ca}\n"
        "  Browsers: import it as a certificate authority (Chromium: Settings > Privacy and\n"
        "    security > Security > Manage certificates > Authorities; Firefox: Settings >\n"
        "    Certificates > Authorities); or start Chromium with --ignore-certificate-errors\n"
        "    for a throwaway profile.\n"
        "Serve with it: graph-photos serve --https (or PHOTOS_HTTPS=true)."
    )
