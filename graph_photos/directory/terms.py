"""The terms under which an object is found: what makes `$search`, `startswith`, `eq` and `in`
an index lookup instead of a scan of the directory.

Each term is (property, folded text) of a property clients look people up by (`INDEXED`:
those `$search` takes, and the address collections Graph filters by default): its whole value,
each element of a collection, and, for the properties `$search` splits into words (a user's or
group's displayName, a group's description), the text from every word start to the end, under
`words:<property>`. A prefix search is then a range of one index (`term >= 'ali' AND term <
'ali\\U0010ffff'`), on SQLite and PostgreSQL alike (`storage/directory_query.py`). Other
properties (city, userType, ...) are filtered by reading the tenant's objects: terms of every
property would be 17 a user instead of 13, for queries that are rare or match most of a tenant.

A word starts, as Graph tokenises names, at the first character, after a space or a symbol
(`Anne-Marie`, `O'Brien`, `(Paris)`), where the case changes from lower to upper
(`McDonald`), and where letters and digits meet (`Room42B`). Terms are folded as Graph compares
(ASCII case only, `ascii_key`) and cut at `TERM_LENGTH` characters: a longer search text is
looked up by its first `TERM_LENGTH` characters and checked against the value as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph_photos.directory.model import Group, ObjectKind, User, ascii_key, object_kind
from graph_photos.directory.query import PROPERTIES, SEARCHABLE

TERM_LENGTH = 128
WORDS = "words:"  # the prefix of a property's word-start terms
INDEXED: dict[ObjectKind, frozenset[str]] = {
    "users": frozenset(SEARCHABLE["users"]) | {"proxyAddresses", "otherMails"},
    "groups": frozenset(SEARCHABLE["groups"]) | {"proxyAddresses", "groupTypes"},
}


def word_starts(text: str) -> list[int]:
    """Where the words of `text` start, as Graph's `$search` splits a displayName."""
    starts = []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        before = text[index - 1] if index else ""
        if (
            not before
            or not before.isalnum()
            or (before.islower() and char.isupper())
            or (before.isalpha() and char.isdigit())
            or (before.isdigit() and char.isalpha())
        ):
            starts.append(index)
    return starts


def _field(column: str) -> str:
    """The record field of a property's column (the userPrincipalName has a key column)."""
    return "user_principal_name" if column == "upn_key" else column


def object_terms(record: User | Group) -> set[tuple[str, str]]:
    """Every (property, term) of `record`, without repeats."""
    kind = object_kind(record)
    terms: set[tuple[str, str]] = set()
    for name in INDEXED[kind]:
        prop = PROPERTIES[kind][name]
        value = getattr(record, _field(prop.column), None)
        if value is None:
            continue
        values = value if isinstance(value, tuple) else (value,)
        terms.update((prop.name, ascii_key(item)[:TERM_LENGTH]) for item in values)
    for name, split in SEARCHABLE[kind].items():
        value = getattr(record, _field(PROPERTIES[kind][name].column), None)
        if split and value:
            folded = ascii_key(value)
            terms.update(
                (WORDS + name, folded[start : start + TERM_LENGTH]) for start in word_starts(value)
            )
    return terms


def name_key(record: User | Group) -> str:
    """The key an object sorts by in name order: its displayName term."""
    return ascii_key(record.display_name)[:TERM_LENGTH]


def term_rows(tenant_id: str, records: Iterable[User | Group]) -> Iterator[tuple[str, ...]]:
    """The `directory_terms` rows of `records`: tenant_id, kind, id_key, property, term, and
    the object's `name_key` (so that what a lookup finds is sorted by name from the terms
    alone)."""
    for record in records:
        kind, key, name = object_kind(record), ascii_key(record.id), name_key(record)
        for prop, term in sorted(object_terms(record)):
            yield tenant_id, kind, key, prop, term, name
