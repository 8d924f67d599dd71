"""`graph-photos directory …` and `graph-photos token --user/--app`, as a user runs them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import anyio
import jwt
import pytest
import yaml

from graph_photos.directory.file import DEMO_DIRECTORY, parse_directory
from graph_photos.storage import open_store

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
DEMO = DEMO_DIRECTORY.read_text()
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"


def cli(data_dir: Path, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", *args],
        env={**os.environ, "PHOTOS_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == expect, result.stdout + result.stderr
    return result


def claims(token: str) -> dict[str, object]:
    decoded: dict[str, object] = jwt.decode(token, options={"verify_signature": False})
    return decoded


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_a_fresh_data_directory_has_the_demo_tenants(data_dir: Path) -> None:
    listing = cli(data_dir, "directory", "list").stdout
    assert f"tenant {CONTOSO} contoso.com (default)" in listing
    assert listing.count("  user ") == 9
    assert "Design (team)" in listing


def test_user_and_app_tokens_carry_the_directorys_identity(data_dir: Path) -> None:
    user = claims(cli(data_dir, "token", "--user", "ALICE@contoso.com", "--scopes",
                      "User.Read User.ReadWrite").stdout.strip())  # fmt: skip
    assert (user["oid"], user["tid"], user["upn"], user["name"]) == (
        ALICE,
        CONTOSO,
        "alice@contoso.com",
        "Alice Anderson",
    )
    assert user["scp"] == "User.Read User.ReadWrite"
    app = claims(cli(data_dir, "token", "--app", "--roles", "User.Read.All").stdout.strip())
    assert "oid" not in app
    assert (app["tid"], app["roles"], app["appid"]) == (CONTOSO, ["User.Read.All"], app["azp"])
    # A user of another tenant than the default is found by UPN, and gets that tenant's tid.
    ivan = claims(cli(data_dir, "token", "--user", "ivan@fabrikam.com").stdout.strip())
    assert ivan["tid"] == "51d43589-2d7f-515e-99a6-c7e66f2abe28"
    missing = cli(data_dir, "token", "--user", "nobody@contoso.com", expect=2)
    assert "Resource 'nobody@contoso.com' does not exist" in missing.stderr


def test_import_export_and_a_bad_file(data_dir: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        yaml.safe_dump(
            {
                "defaultTenant": CONTOSO,
                "tenants": [
                    {
                        "id": CONTOSO,
                        "defaultDomain": "contoso.com",
                        "displayName": "Contoso",
                        "users": [
                            {"id": "new-1", "userPrincipalName": "nina@contoso.com",
                             "displayName": "Nina New"}
                        ],
                    }
                ],
            }
        )
    )  # fmt: skip
    assert "1 user(s)" in cli(data_dir, "directory", "import", str(extra)).stdout
    assert "nina@contoso.com Nina New" in cli(data_dir, "directory", "list").stdout
    exported = parse_directory(yaml.safe_load(cli(data_dir, "directory", "export").stdout), "x")
    assert exported.default_tenant == CONTOSO
    assert sum(len(entry.users) for entry in exported.tenants) == 10

    bad = tmp_path / "bad.yaml"
    bad.write_text("defaultTenant: t\ntenants:\n  - id: t\n    defaultDomain: d\n")
    failure = cli(data_dir, "directory", "import", str(bad), expect=2)
    assert "at tenants/0" in failure.stderr
    assert "displayName" in failure.stderr


def test_an_import_that_would_shadow_an_address_is_refused_with_its_reason(
    data_dir: Path, tmp_path: Path
) -> None:
    carol = "d43606c9-05d3-5243-8e1c-e9ac9771212f"
    taker = tmp_path / "taker.yaml"
    taker.write_text(
        yaml.safe_dump(
            {
                "defaultTenant": CONTOSO,
                "tenants": [
                    {
                        "id": CONTOSO,
                        "defaultDomain": "contoso.com",
                        "displayName": "Contoso",
                        "users": [
                            {"id": "carol@contoso.com", "userPrincipalName": "mallory@contoso.com",
                             "displayName": "Mallory"}
                        ],
                    }
                ],
            }
        )
    )  # fmt: skip
    failure = cli(data_dir, "directory", "import", str(taker), expect=2)
    assert "Traceback" not in failure.stderr
    assert "userPrincipalName of user" in failure.stderr
    assert carol in failure.stderr
    assert "mallory" not in cli(data_dir, "directory", "list").stdout
    # The same conflict inside one file is named with the file and the tenant.
    clash = tmp_path / "clash.yaml"
    clash.write_text(
        yaml.safe_dump(
            {
                "defaultTenant": "t",
                "tenants": [
                    {
                        "id": "t",
                        "defaultDomain": "t.example",
                        "displayName": "T",
                        "users": [
                            {"id": "a", "userPrincipalName": "b@t.example", "displayName": "A"},
                            {"id": "b@T.example", "userPrincipalName": "c@t.example",
                             "displayName": "B"},
                        ],
                    }
                ],
            }
        )
    )  # fmt: skip
    failure = cli(data_dir, "directory", "import", str(clash), expect=2)
    assert f"{clash}: tenant t: the id 'b@T.example' of one user" in failure.stderr


def test_a_value_with_a_nul_character_is_refused_where_it_stands(
    data_dir: Path, tmp_path: Path
) -> None:
    nul = tmp_path / "nul.json"
    nul.write_text(
        '{"defaultTenant": "t", "tenants": [{"id": "t", "defaultDomain": "t.example", '
        '"displayName": "T", "users": [{"id": "a\\u0000b", "userPrincipalName": "a@t.example", '
        '"displayName": "A"}]}]}'
    )
    failure = cli(data_dir, "directory", "import", str(nul), expect=2)
    assert f"{nul}: at tenants/0/users/0/id: a value holds a NUL character" in failure.stderr


def test_what_the_service_creates_is_private_to_its_user(data_dir: Path) -> None:
    """The data directory 0700, the database, its journal files and the secret 0600, whatever
    the umask; the files of an earlier release are tightened when next opened."""
    previous = os.umask(0o022)
    try:
        cli(data_dir, "token", "--user", "alice@contoso.com")  # creates the database and secret
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for name in ("photos.db", "jwt-secret"):
            assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name

        async def journal_modes() -> dict[str, int]:
            # SQLite keeps -wal and -shm while the database is open, and gives them its mode.
            store = await open_store(f"sqlite:///{data_dir / 'photos.db'}")
            try:
                await store.import_directory(parse_directory(yaml.safe_load(DEMO), "demo"))
                return {
                    name: stat.S_IMODE((data_dir / name).stat().st_mode)
                    for name in ("photos.db-wal", "photos.db-shm")
                }
            finally:
                await store.close()

        assert anyio.run(journal_modes) == {"photos.db-wal": 0o600, "photos.db-shm": 0o600}
        (data_dir / "photos.db").chmod(0o644)  # as an earlier release left it
        cli(data_dir, "directory", "list")
        assert stat.S_IMODE((data_dir / "photos.db").stat().st_mode) == 0o600
    finally:
        os.umask(previous)


def test_generate_makes_a_synthetic_tenant_beside_the_default(data_dir: Path) -> None:
    scale = "5ca1ab1e-0000-4000-8000-000000000100"
    made = cli(data_dir, "directory", "generate", "--users", "300", "--groups", "12").stdout
    assert f"generated tenant {scale} (scale.example): 300 user(s), 12 group(s)" in made
    # The same seed again replaces it: still 300 users, and Contoso stays the default.
    cli(data_dir, "directory", "generate", "--users", "300", "--groups", "12")
    listing = cli(data_dir, "directory", "list").stdout.splitlines()
    assert f"tenant {CONTOSO} contoso.com (default)" in listing
    assert f"tenant {scale} scale.example" in listing
    start = listing.index(f"tenant {scale} scale.example")
    end = next((n for n in range(start + 1, len(listing)) if listing[n].startswith("tenant")), None)
    users = [line for line in listing[start + 1 : end] if line.startswith("  user ")]
    assert len(users) == 300
    upn = users[0].split()[2]
    token = cli(data_dir, "token", "--user", upn, "--tenant", scale, "--scopes", "User.Read")
    assert claims(token.stdout.strip())["tid"] == scale
    refused = cli(data_dir, "directory", "generate", "--users", "0", expect=2)
    assert "--users must be at least 1" in refused.stderr


def test_a_token_without_permissions_is_minted_with_a_warning(data_dir: Path) -> None:
    bare = cli(data_dir, "token", "--user", "alice@contoso.com")
    assert claims(bare.stdout.strip())["oid"] == ALICE  # still minted: a test may want a 403
    assert "warning: no --scopes" in bare.stderr
    assert "will be 403" in bare.stderr
    scoped = cli(data_dir, "token", "--user", "alice@contoso.com", "--scopes", "User.Read")
    assert scoped.stderr == ""


def test_the_version_is_the_packages_and_the_specs(data_dir: Path) -> None:
    from graph_photos.specification import VERSION

    assert cli(data_dir, "--version").stdout.strip() == f"graph-photos {VERSION}"


def test_a_users_password_is_set_from_stdin_and_kept_as_a_hash(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "graph_photos.cli", "directory", "password", "carol@contoso.com"],
        env={**os.environ, "PHOTOS_DATA_DIR": str(data_dir)},
        input="correct horse\n", capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout.startswith("password set for carol@contoso.com")
    exported = cli(data_dir, "directory", "export").stdout
    assert "correct horse" not in exported
    assert exported.count("passwordHash: scrypt$") == 1
