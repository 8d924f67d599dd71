"""The terms an object is found by (`graph_photos.directory.terms`) and the synthetic tenant
(`graph_photos.directory.synthetic`)."""

from __future__ import annotations

import pytest

from graph_photos.directory.model import Group, User, address_conflict, ascii_key
from graph_photos.directory.synthetic import SCALE_TENANT, synthetic_tenant
from graph_photos.directory.terms import TERM_LENGTH, WORDS, object_terms, word_starts


def words(text: str) -> list[str]:
    return [text[start:] for start in word_starts(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Alice Anderson", ["Alice Anderson", "Anderson"]),
        ("Anne-Marie O'Brien", ["Anne-Marie O'Brien", "Marie O'Brien", "O'Brien", "Brien"]),
        ("McDonald", ["McDonald", "Donald"]),  # the case changes
        ("Room42B", ["Room42B", "42B", "B"]),  # letters and digits meet
        ("  (Paris)", ["(Paris)", "Paris)"]),  # after a space or a symbol; a space is no start
        ("ÉLAN vital", ["ÉLAN vital", "vital"]),  # upper after upper starts nothing
        ("", []),
    ],
)  # fmt: skip
def test_words_start_where_graph_starts_them(text: str, found: list[str]) -> None:
    assert words(text) == found


def test_a_users_terms_are_its_looked_up_properties_folded() -> None:
    user = User(
        "ID-1",
        "Alice@Contoso.com",
        "Alice McDonald",
        mail="ALICE@contoso.com",
        proxy_addresses=("SMTP:alice@contoso.com", "smtp:a@contoso.com"),
        city="Paris",  # looked up by reading the objects: no term
    )
    terms = object_terms(user)
    assert ("userPrincipalName", "alice@contoso.com") in terms
    assert ("mail", "alice@contoso.com") in terms
    assert ("displayName", "alice mcdonald") in terms
    assert {term for prop, term in terms if prop == WORDS + "displayName"} == {
        "alice mcdonald",
        "mcdonald",
        "donald",
    }
    assert {term for prop, term in terms if prop == "proxyAddresses"} == {
        "smtp:alice@contoso.com",
        "smtp:a@contoso.com",
    }
    assert not [term for prop, term in terms if prop == "city"]


def test_a_long_value_is_kept_by_its_start() -> None:
    words = [f"word{chr(97 + n % 26)}{chr(97 + n // 26)}" for n in range(100)]
    group = Group("g", "x" * 300, description=" ".join(words))
    terms = object_terms(group)
    assert ("displayName", "x" * TERM_LENGTH) in terms
    assert all(len(term) <= TERM_LENGTH for _, term in terms)
    assert len([1 for prop, _ in terms if prop == WORDS + "description"]) == 100


def test_the_synthetic_tenant_is_the_same_for_the_same_seed() -> None:
    first = synthetic_tenant(500, 20, seed=7)
    again = synthetic_tenant(500, 20, seed=7)
    other = synthetic_tenant(500, 20, seed=8)
    assert first == again
    assert [u.id for u in first.users] != [u.id for u in other.users]
    assert first.tenant.id == SCALE_TENANT
    assert (len(first.users), len(first.groups)) == (500, 20)
    # Every user addressable, every member someone of the tenant, names repeat as in life.
    assert address_conflict((u.id, u.user_principal_name) for u in first.users) is None
    ids = {ascii_key(u.id) for u in first.users} | {ascii_key(g.id) for g in first.groups}
    assert all(ascii_key(m) in ids for g in first.groups for m in g.members)
    assert len({u.display_name for u in first.users}) < 500
    assert any("Unified" in g.group_types for g in first.groups)
    assert any(g.has_team for g in first.groups)
    assert any(any(m in {g.id for g in first.groups} for m in g.members) for g in first.groups)
