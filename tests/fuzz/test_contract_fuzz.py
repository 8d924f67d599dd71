"""schemathesis against the in-process app: every operation, all checks, with and without auth."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
import schemathesis

from graph_photos import Settings, create_app
from tests.conftest import OPEN_DIRECTORY, TEST_HOSTS
from tests.credentials import TEST_SECRET, bearer

pytestmark = pytest.mark.fuzz

SETTINGS = Settings(
    data_dir=Path(tempfile.mkdtemp(prefix="graph-photos-fuzz-")),
    validate_responses=True,
    jwt_secret=TEST_SECRET,
    allowed_hosts=TEST_HOSTS,
    **OPEN_DIRECTORY,  # type: ignore[arg-type]
)
# Photo, directory and mailbox permissions: every operation is reached, not refused (the
# contacts' role reaches any user's mailbox, as an application's does).
AUTH = bearer(
    SETTINGS,
    scopes=("ProfilePhoto.ReadWrite.All", "User.Read.All", "Group.Read.All", "Contacts.ReadWrite"),
    roles=("Contacts.ReadWrite",),
)

app = create_app(SETTINGS)
schema = schemathesis.openapi.from_asgi("/beta/openapi.json", app)
operations_schema = schemathesis.openapi.from_asgi("/openapi.json", app)
# The sign-in endpoints on the demo tenant, whose apps they know.
identity_app = create_app(
    SETTINGS.model_copy(
        update={
            "data_dir": Path(tempfile.mkdtemp(prefix="graph-photos-fuzz-identity-")),
            "directory": "strict",
            "directory_file": None,
        }
    )
)
identity_schema = schemathesis.openapi.from_asgi("/identity/openapi.json", identity_app)


def credentials(case: schemathesis.Case) -> dict[str, str]:
    """Our valid token, where the case carries the bearer header. schemathesis models the
    bearer scheme as a required `Authorization` header: a negative case that leaves it out tests
    the missing credential, and is sent without ours (else a valid request looks accepted)."""
    return AUTH if "Authorization" in (case.headers or {}) else {}


@schema.parametrize()
def test_operations_conform_with_credentials(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=credentials(case))


@schema.parametrize()
def test_operations_conform_without_credentials(case: schemathesis.Case) -> None:
    response = case.call_and_validate()
    # 401 wherever the operation is reached; a method or path the API lacks is refused first.
    assert response.status_code in {401, 404, 405}


@operations_schema.parametrize()
def test_operations_endpoints_conform(case: schemathesis.Case) -> None:
    case.call_and_validate()


@identity_schema.parametrize()
def test_identity_endpoints_conform(case: schemathesis.Case) -> None:
    case.call_and_validate()


class _PhotoStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Chains operations along the spec's links (create -> read -> upload -> delete ...)."""

    def setup(self) -> None:
        # Every run starts from an empty store, so that Hypothesis can replay a run exactly:
        # the photos, and the mailboxes' folders and contacts (whose ids feed the links).
        with sqlite3.connect(SETTINGS.data_dir / "photos.db") as database:
            for table in ("profile_photos", "profile_photo_sizes", "contacts", "contact_folders"):
                database.execute(f"DELETE FROM {table}")

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, object]:
        return {"headers": AUTH}


TestPhotoStateMachine = _PhotoStateMachine.TestCase
