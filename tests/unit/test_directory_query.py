"""Graph's `$filter` dialect, parsed (lark) and checked against Graph's rules, without a store."""

from __future__ import annotations

import pytest

from graph_photos.directory.query import (
    ELEMENT,
    And,
    Any_,
    Call,
    Compare,
    DirectoryQuery,
    In,
    Not,
    Or,
    QueryRejected,
    parse_filter,
)


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("displayName eq 'a'", Compare("displayName", "eq", "a")),
        ("displayName EQ 'O''Brien'", Compare("displayName", "eq", "O'Brien")),
        ("startsWith(mail,'x') OR NOT accountEnabled eq true",
         Or((Call("startswith", "mail", "x"), Not(Compare("accountEnabled", "eq", True))))),
        ("id in ('a', 'b', null)", In("id", ("a", "b", None))),
        ("groupTypes/any(c:c eq 'Unified')",
         Any_("groupTypes", Compare(ELEMENT, "eq", "Unified"))),
        ("emailAddresses/any(a:a/address eq 'x@y')",
         Any_("emailAddresses", Compare(f"{ELEMENT}/address", "eq", "x@y"))),
        # The Graph Toolkit writes no space before `and` after a quote.
        ("personType/class eq 'Person'and personType/subclass eq 'OrganizationUser'",
         And((Compare("personType/class", "eq", "Person"),
              Compare("personType/subclass", "eq", "OrganizationUser")))),
        ("id eq 51f96e01-adf2-5400-abc7-239a88275446",
         Compare("id", "eq", "51f96e01-adf2-5400-abc7-239a88275446")),
        ("andrew eq 'x'", Compare("andrew", "eq", "x")),  # a keyword inside a name is a name
    ],
)  # fmt: skip
def test_graphs_dialect_parses(text: str, tree: object) -> None:
    assert parse_filter(text) == tree


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("displayName eq", "syntax error at position 13"),
        ("displayName eq 'a' and", "syntax error at position 20"),
        ("'a' eq displayName", "the property first"),
        ("x/any(y: z eq 'a')", "conditions are on 'y'"),
        ("false", "'false' alone is not a condition"),
        ("mail in (" + ",".join("'a'" for _ in range(101)) + ")", "at most 100 values"),
        ("displayName eq '" + "a" * 5000 + "'", "at most 4096 characters"),
        ("not " * 30 + "mail eq 'a'", "nested at most 24"),
    ],
)
def test_what_cannot_be_read_is_an_invalid_filter_clause(text: str, message: str) -> None:
    with pytest.raises(QueryRejected) as refused:
        parse_filter(text)
    assert refused.value.code == "BadRequest"
    assert refused.value.message.startswith("Invalid filter clause")
    assert message in refused.value.message


def test_the_advanced_mode_is_the_header_and_count_together() -> None:
    for eventual, count in ((False, False), (True, False), (False, True)):
        with pytest.raises(QueryRejected, match="Operator 'ne' is not supported"):
            DirectoryQuery.of("users", filter_text="mail ne 'a'", eventual=eventual, count=count)
    query = DirectoryQuery.of("users", filter_text="mail ne 'a'", eventual=True, count=True)
    assert query.count
    # $count without the header is ignored, as Graph ignores it.
    assert not DirectoryQuery.of("users", count=True).count


def test_each_type_has_its_own_properties() -> None:
    with pytest.raises(QueryRejected, match=r"named 'jobTitle' on type 'microsoft\.graph\.group'"):
        DirectoryQuery.of("groups", filter_text="jobTitle eq 'x'")
    with pytest.raises(QueryRejected, match="mobilePhone is not a collection"):
        DirectoryQuery.of("users", filter_text="mobilePhone/any(p:p eq '1')")
    # Known, but Graph filters it with no operator: its own error.
    with pytest.raises(QueryRejected, match="property 'businessPhones' of resource 'User'"):
        DirectoryQuery.of(
            "users", filter_text="businessPhones/any(p:p ne '1')", eventual=True, count=True
        )
