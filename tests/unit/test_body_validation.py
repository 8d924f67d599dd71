"""The quick check of plain Draft 4 body schemas (jsonschema-rs) agrees with jsonschema."""

from __future__ import annotations

from typing import Any

from hypothesis import given, strategies as st

from graph_photos.connexion_adapter.body_validation import _RequestValidator, quick_validator
from graph_photos.specification import SPEC_PATH, load_spec

SCHEMAS = load_spec(SPEC_PATH)["components"]["schemas"]
# batchRequest with its item inlined, as connexion hands it over (with the components).
BATCH = {
    **SCHEMAS["batchRequest"],
    "properties": {
        "requests": {**SCHEMAS["batchRequest"]["properties"]["requests"]},
    },
}
BATCH["properties"]["requests"]["items"] = SCHEMAS["batchRequestItem"]
WITH_COMPONENTS = {**BATCH, "components": {"schemas": SCHEMAS}}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
methods = st.sampled_from(["GET", "get", "PUT", "TRACE", "", "Get"])
items = st.fixed_dictionaries(
    {"id": st.text(max_size=3), "method": methods, "url": st.text(max_size=4)},
    optional={
        "headers": st.dictionaries(st.text(max_size=3), st.text(max_size=3) | st.integers()),
        "body": json_values,
        "dependsOn": st.lists(st.text(max_size=2) | st.integers(), max_size=2),
        "extra": json_values,
    },
)
bodies = st.one_of(
    st.fixed_dictionaries({"requests": st.lists(items | json_values, max_size=22)}),
    json_values,
)


def _slow_valid(body: Any) -> bool:
    return not any(_RequestValidator(WITH_COMPONENTS).iter_errors(body))


def test_plain_draft4_schemas_get_the_quick_check_and_the_others_do_not() -> None:
    assert quick_validator(WITH_COMPONENTS) is not None
    # readOnly (profilePhoto's id) is not Draft 4's: those keep jsonschema alone.
    photo = {**SCHEMAS["profilePhoto"], "components": {"schemas": SCHEMAS}}
    assert quick_validator(photo) is None
    assert quick_validator({"$ref": "#/components/schemas/profilePhoto"}) is None
    assert quick_validator({"type": "string", "format": "date-time"}) is None
    assert quick_validator({"type": "object", "nullable": True}) is None


@given(bodies)
def test_the_quick_check_agrees_with_jsonschema(body: Any) -> None:
    quick = quick_validator(WITH_COMPONENTS)
    assert quick is not None
    assert quick.is_valid(body) == _slow_valid(body)
