"""schemathesis hooks, loaded by `schemathesis.toml` for the CLI and the in-process tests alike.

Uploads are declared as binary strings, which admits any bytes; what the service promises to
accept is images. Positive cases therefore send real images of each media type (the server
sniffs the format from the bytes, so `application/octet-stream` gets any of them).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from graph_photos.web.odata_query import CollectionOptions, skiptoken
from tests.fixtures.images import MEDIA_TYPES, images

# `$filter`, `$orderby` and `$skiptoken` are strings whose grammar no JSON schema can say;
# positive cases draw from what the service accepts (negative cases are left as generated).
_TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz'@. ", max_size=12)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_USER_FILTERS = st.one_of(
    st.builds(lambda t: f"startswith(displayName,{_quoted(t)})", _TEXT),
    st.builds(lambda t: f"mail eq {_quoted(t)} or userPrincipalName eq {_quoted(t)}", _TEXT),
    st.sampled_from(["accountEnabled eq true", "userType eq 'Guest'", "id in ('a', 'b')", ""]),
)
_GROUP_FILTERS = st.one_of(
    st.builds(lambda t: f"startswith(displayName,{_quoted(t)})", _TEXT),
    st.sampled_from(["mailEnabled eq true", "securityEnabled eq false", "mail eq 'x@y.z'", ""]),
)
schemathesis.openapi.format("odata-user-filter", _USER_FILTERS)
schemathesis.openapi.format(
    "odata-people-filter",
    st.sampled_from(
        [
            "personType/class eq 'Person'",
            "personType/class eq 'Person'and personType/subclass eq 'OrganizationUser'",
            "personType/class eq 'Group'",
            "",
        ]
    ),
)
_SEARCH_TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz@. ", min_size=1, max_size=12)
schemathesis.openapi.format(
    "odata-user-search",
    st.builds(
        lambda t: f'"displayName:{t}" OR "mail:{t}" OR "userPrincipalName:{t}"', _SEARCH_TEXT
    ),
)
schemathesis.openapi.format(
    "odata-group-search", st.builds(lambda t: f'"displayName:{t}"', _SEARCH_TEXT)
)
schemathesis.openapi.format("odata-group-filter", _GROUP_FILTERS)
schemathesis.openapi.format(
    "odata-skiptoken",
    st.builds(lambda a, b: skiptoken(CollectionOptions(), (a, b)), _TEXT, _TEXT),
)

for _image_format, _media_type in MEDIA_TYPES.items():
    schemathesis.openapi.media_type(_media_type, images(_image_format))
schemathesis.openapi.media_type("application/octet-stream", images())


# What a valid `$batch` is, beyond its schema: unique ids (ignoring case), dependsOn naming
# earlier items, relative urls that are not themselves a $batch, a Content-Type with every body.
# JSON Schema cannot say these, so positive cases are made to satisfy them before they are sent
# (negative cases are left as generated: the server must refuse those).
@schemathesis.hook
def before_call(
    ctx: schemathesis.HookContext, case: schemathesis.Case, kwargs: dict[str, Any]
) -> None:
    if case.operation.path != "/$batch" or case.meta is None:
        return
    if case.meta.generation.mode != GenerationMode.POSITIVE or not isinstance(case.body, dict):
        return
    requests = case.body.get("requests")
    if isinstance(requests, list):
        for index, item in enumerate(requests):
            _valid_item(item, index)


def _valid_item(item: Any, index: int) -> None:
    if not isinstance(item, dict):
        return
    item["id"] = f"{index}-{item.get('id', '')}"
    item["dependsOn"] = []
    url = str(item.get("url", ""))
    try:
        parts = urlsplit(url)
        relative = not (parts.scheme or parts.netloc or url.startswith("//"))
    except ValueError:
        relative = False
    if not relative or url.lstrip("/").lower().startswith("$batch"):
        item["url"] = "/me"
    if item.get("body") is not None:
        headers = {
            name: value
            for name, value in (item.get("headers") or {}).items()
            if name.strip().lower() != "content-type"
        }
        item["headers"] = {**headers, "Content-Type": "application/json"}
