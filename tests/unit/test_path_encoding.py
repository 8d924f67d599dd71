"""The canonical path that routing sees: any raw path, decoded per segment as the client meant."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from hypothesis import given, strategies as st

from graph_photos.web.middleware.entry import routable_path

# Raw request-target bytes: printable ASCII, percent escapes (valid or not) and UTF-8.
_PIECES = st.one_of(
    st.binary(min_size=1, max_size=1).filter(lambda b: 0x21 <= b[0] < 0x7F),
    st.sampled_from([b"/", b"%2F", b"%2f", b"%24", b"%40", b"%25", b"%", b"%zz", b"\xc3\xa9"]),
)
RAW_PATHS = st.lists(_PIECES, max_size=24).map(b"".join)


def _segments(path: bytes) -> list[bytes]:
    """What each segment means once decoded (a `%2F` stays inside its segment)."""
    return [unquote_to_bytes(segment) for segment in path.split(b"/")]


@given(RAW_PATHS)
def test_each_segment_keeps_its_meaning(raw: bytes) -> None:
    routed = routable_path(raw)
    assert _segments(routed.encode("ascii")) == _segments(raw)


@given(RAW_PATHS)
def test_the_routed_path_is_canonical(raw: bytes) -> None:
    routed = routable_path(raw)
    assert routable_path(routed.encode("ascii")) == routed


def test_usual_paths_are_routed_as_they_are() -> None:
    path = b"/beta/users/alice@contoso.com/photos/48x48/$value"
    assert routable_path(path) == path.decode()
    assert routable_path(b"/beta/users/a%2Fb/photo/%24value") == "/beta/users/a%2Fb/photo/$value"


def test_a_cast_by_the_namespace_alias_routes_as_the_spec_spells_it() -> None:
    # The Graph SDKs write `graph.user`; the spec (and Graph's docs) `microsoft.graph.user`.
    assert routable_path(b"/v1.0/groups/g/members/graph.user") == (
        "/v1.0/groups/g/members/microsoft.graph.user"
    )
    assert routable_path(b"/beta/groups/g/transitiveMembers/graph.group/$count") == (
        "/beta/groups/g/transitiveMembers/microsoft.graph.group/$count"
    )
    # Only a cast: an id that happens to read so, or another segment, is left alone.
    for path in (b"/v1.0/users/graph.user", b"/v1.0/groups/g/members/graph.users"):
        assert routable_path(path) == path.decode()
