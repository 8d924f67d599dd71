"""Finding people: `$filter`, `$count`, `$orderby`, `$top` and paging on `/users` and `/groups`,
as Graph's clients send them, on the demo directory, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.directories import tenant_of_names

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
FABRIKAM = "51d43589-2d7f-515e-99a6-c7e66f2abe28"
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"
AUTH = bearer(subject=ALICE, scopes=("User.Read.All", "Group.Read.All"), tenant_id=CONTOSO)
ADVANCED = {**AUTH, "ConsistencyLevel": "eventual"}


@pytest.fixture
def client(make_client: Callable[..., TestClient], database_url: str) -> TestClient:
    return make_client(directory="strict", directory_file=None, database_url=database_url)


def names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [user["displayName"] for user in response.json()["value"]]


def refused(response: Any, code: str, message: str) -> None:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert (error["code"], message in error["message"]) == (code, True), error


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Default queries: eq ignores ASCII case, startswith by prefix, in, and/or, keywords
        # in any case, '' for a quote, + for a space (as the Toolkit sends it).
        ("$filter=displayName eq 'ALICE anderson'", ["Alice Anderson"]),
        (
            "$filter=startsWith(displayName,'b') OR startswith(mail,'CAROL')",
            ["Bob Brown", "Carol Chen"],
        ),
        (
            "$filter=mail in ('dave@contoso.com', 'erin@contoso.com', 'nobody@x')",
            ["Dave Dubois", "Erin Eriksen"],
        ),
        ("$filter=startswith(givenName,'a') and surname eq 'anderson'", ["Alice Anderson"]),
        ("$filter=userPrincipalName+eq+'frank@contoso.com'", ["Frank Fischer"]),
        ("$filter=displayName eq 'O''Brien'", []),
        (f"$filter=id eq '{BOB}'", ["Bob Brown"]),
        ("$filter=userType eq 'Guest'", ["Grace Garcia (Fabrikam)"]),
        ("$filter=accountEnabled eq false", ["Erin Eriksen"]),
        ("$filter=accountEnabled eq true and startswith(displayName,'e')", []),
        ("$filter=", None),  # the Toolkit's empty filter: everyone
        # Addresses: any() over proxyAddresses and otherMails is a default query.
        ("$filter=proxyAddresses/any(p:p eq 'smtp:BOB@contoso.com')", ["Bob Brown"]),
        (
            "$filter=proxyAddresses/any(p:startswith(p,'smtp:alice.'))",
            ["Alice Anderson"],
        ),
        ("$filter=otherMails/any(m:m eq 'alice.anderson@fabrikam.example')", ["Alice Anderson"]),
        ("$filter=mailNickname eq 'bob'", ["Bob Brown"]),
        ("$filter=companyName eq 'contoso' and employeeId in ('1001', '1003')", ["Alice Anderson"]),
        (
            "$filter=startswith(city,'red') and usageLocation eq 'US'",
            ["Alice Anderson", "Bob Brown"],
        ),
    ],
)
def test_default_queries_find_what_graph_finds(
    client: TestClient, query: str, found: list[str] | None
) -> None:
    answer = client.get(f"/v1.0/users?{query}", headers=AUTH)
    if found is None:
        assert len(names(answer)) == 7
    else:
        assert sorted(names(answer)) == sorted(found)


def test_advanced_queries_need_the_header_and_count(client: TestClient) -> None:
    for query, operator in [
        ("endswith(mail,'@contoso.com')", "endswith"),
        ("not(userType eq 'Guest')", "Not"),
        ("mail ne 'alice@contoso.com'", "ne"),
        ("mail eq null", "eq"),
        ("businessPhones/any(p:startswith(p,'+1'))", "startswith"),
        ("proxyAddresses/any(p:endswith(p,'@contoso.com'))", "endswith"),
        ("faxNumber eq '1'", "eq"),
    ]:
        refused(
            client.get(f"/v1.0/users?$filter={query}", headers=AUTH),
            "Request_UnsupportedQuery",
            f"Operator '{operator}' is not supported because the required parameters might be "
            "missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header.",
        )
        # The header alone is not enough: $count=true makes it advanced.
        refused(
            client.get(f"/v1.0/users?$filter={query}", headers=ADVANCED),
            "Request_UnsupportedQuery",
            "Try adding $count=true",
        )
    answer = client.get(
        "/v1.0/users?$filter=endswith(mail,'@contoso.com') and not(startswith(displayName,'a'))"
        "&$count=true&$select=displayName",
        headers=ADVANCED,
    )
    assert answer.json()["@odata.count"] == 5
    assert sorted(names(answer)) == [
        "Bob Brown", "Carol Chen", "Dave Dubois", "Erin Eriksen", "Frank Fischer"
    ]  # fmt: skip
    phones = client.get(
        "/v1.0/users?$filter=businessPhones/any(p:startswith(p,'%2B1 425 555 010'))&$count=true",
        headers=ADVANCED,
    )
    assert phones.json()["@odata.count"] == len(names(phones)) >= 2
    addressed = client.get(
        "/v1.0/users?$filter=proxyAddresses/any(p:endswith(p,'@CONTOSO.com'))&$count=true",
        headers=ADVANCED,
    )
    assert sorted(names(addressed)) == ["Alice Anderson", "Bob Brown"]


def test_count_is_ignored_without_the_header_and_counts_all_pages_with_it(
    client: TestClient,
) -> None:
    plain = client.get("/v1.0/users?$count=true&$top=2", headers=AUTH).json()
    assert "@odata.count" not in plain
    first = client.get("/v1.0/users?$count=true&$top=2", headers=ADVANCED).json()
    assert (first["@odata.count"], len(first["value"])) == (7, 2)
    second = client.get(first["@odata.nextLink"], headers=ADVANCED).json()
    assert "@odata.count" in second  # the token carries $count=true: every page counts
    for path, header, expected in [
        ("/v1.0/users/$count", ADVANCED, "7"),
        ("/v1.0/groups/$count", ADVANCED, "3"),
        ("/v1.0/users/$count?$filter=startswith(displayName,'a')", ADVANCED, "1"),
    ]:
        answer = client.get(path, headers=header)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].startswith("text/plain")
        assert answer.text == expected
    refused(
        client.get("/v1.0/users/$count", headers=AUTH),
        "Request_BadRequest",
        "$count is not currently supported.",
    )


def test_ordered_paging_walks_everyone_once_in_order(client: TestClient) -> None:
    for direction in ("asc", "desc"):
        url: str | None = f"/v1.0/users?$orderby=displayName {direction}&$top=2&$select=displayName"
        seen: list[str] = []
        while url is not None:
            page = client.get(url, headers=AUTH)
            seen += names(page)
            url = page.json().get("@odata.nextLink")
        assert len(seen) == len(set(seen)) == 7
        assert seen == sorted(seen, key=str.lower, reverse=direction == "desc")
    # A filtered walk keeps its filter on every page (the token carries it).
    url = "/v1.0/users?$filter=startswith(mail,'a') or startswith(mail,'b') or " \
          "startswith(mail,'c')&$top=1&$select=displayName"  # fmt: skip
    seen = []
    while url is not None:
        page = client.get(url, headers=AUTH)
        seen += names(page)
        url = page.json().get("@odata.nextLink")
    assert sorted(seen) == ["Alice Anderson", "Bob Brown", "Carol Chen"]


def test_graphs_refusals_in_graphs_words(client: TestClient) -> None:
    cases = [
        ("/v1.0/users?$top=1000", "Request_UnsupportedQuery",
         "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive."),
        ("/v1.0/users?$top=0", "Request_UnsupportedQuery", "Invalid page size specified: '0'."),
        ("/v1.0/users?$skip=5", "Request_BadRequest", "'$skip' is not supported by the service."),
        ("/v1.0/users?$filter=startswith(displayName,'a')&$orderby=displayName",
         "Request_UnsupportedQuery", "Sorting not supported for current query."),
        ("/v1.0/users?$orderby=mail", "Request_UnsupportedQuery", "Sorting by 'mail'"),
        ("/v1.0/users?$filter=accountEnabled eq 'true'", "BadRequest", "Invalid filter clause"),
        ("/v1.0/users?$filter=shoeSize eq 4", "BadRequest",
         "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'."),
        ("/v1.0/users?$filter=displayName eq", "BadRequest",
         "Invalid filter clause: syntax error at position 13"),
        ("/v1.0/users?$filter=displayName eq 'unterminated", "BadRequest", "Invalid filter clause"),
        ("/v1.0/users?$filter=frobnicate(displayName,'a')", "BadRequest", "Invalid filter clause"),
        ("/v1.0/users?$filter=true", "BadRequest", "Invalid filter clause"),
        ("/v1.0/groups?$filter=description eq 'x'", "Request_UnsupportedQuery",
         "Operator 'eq' is not supported"),
        ("/v1.0/users?$skiptoken=not-one-of-ours", "BadRequest", "The $skiptoken is not one"),
    ]  # fmt: skip
    for url, code, message in cases:
        refused(client.get(url, headers=AUTH), code, message)


def test_hostile_filters_are_clear_400s_never_500s(client: TestClient) -> None:
    deep_not = "not(" * 40 + "displayName eq 'a'" + ")" * 40
    many = "mail in (" + ",".join(f"'{n}@x'" for n in range(101)) + ")"
    for query, headers in [
        ("displayName eq '" + "x" * 10_000 + "'", AUTH),
        (deep_not, ADVANCED),
        (many, AUTH),
        ("displayName eq 'a\x00b'", AUTH),
        ("displayName eq 'a' or 1 eq 1", AUTH),
        ("displayName eq 'a'); DROP TABLE directory_objects; --", AUTH),
    ]:
        answer = client.get(
            "/v1.0/users", params={"$filter": query, "$count": "true"}, headers=headers
        )
        assert answer.status_code == 400, (query[:60], answer.text)
        assert answer.json()["error"]["code"] in (
            "BadRequest",
            "Request_BadRequest",
            "Request_UnsupportedQuery",
        )
        assert "sqlite" not in answer.text.lower()
        assert "psycopg" not in answer.text.lower()
    # LIKE's wildcards and SQL's quotes in a value are that value, nothing more.
    for text in ("%", "_", "\\", "'' or ''1''=''1"):
        answer = client.get(
            "/v1.0/users", params={"$filter": f"startswith(displayName,'{text}')"}, headers=AUTH
        )
        assert names(answer) == [], text
    assert client.get("/v1.0/users/$count", headers=ADVANCED).text == "7"  # nothing dropped
    # Parentheses cost nothing: a thousand around one condition are that condition.
    wrapped = "(" * 1000 + "displayName eq 'alice anderson'" + ")" * 1000
    assert names(client.get("/v1.0/users", params={"$filter": wrapped}, headers=AUTH)) == [
        "Alice Anderson"
    ]


def test_another_tenant_finds_none_of_ours(client: TestClient) -> None:
    ivan = bearer(subject="ivan", scopes=("User.Read.All",), tenant_id=FABRIKAM)
    for query in (
        "$filter=startswith(mail,'alice')",
        f"$filter=id eq '{ALICE}'",
        "$filter=endswith(mail,'@contoso.com')&$count=true",
    ):
        answer = client.get(
            f"/v1.0/users?{query}", headers={**ivan, "ConsistencyLevel": "eventual"}
        )
        assert names(answer) == [], query
    counted = client.get("/v1.0/users/$count", headers={**ivan, "ConsistencyLevel": "eventual"})
    assert counted.text == "2"


def test_groups_are_found_as_the_toolkit_asks(client: TestClient) -> None:
    toolkit = (
        "/v1.0/groups?$filter=(startswith(displayName,'d') or startswith(mailNickname,'d') or "
        "startswith(mail,'d'))&$top=6&$count=true"
    )
    answer = client.get(toolkit, headers=ADVANCED)
    assert names(answer) == ["Design"]
    assert answer.json()["@odata.count"] == 1
    # Per group type, in a $batch item without the header: a default query.
    unified = client.get(
        "/v1.0/groups?$filter=startswith(mailNickname,'all') and "
        "groupTypes/any(c:c+eq+'Unified')&$top=6",
        headers=AUTH,
    )
    assert names(unified) == ["All Company"]
    group = unified.json()["value"][0]
    assert (group["groupTypes"], group["mailNickname"], group["visibility"]) == (
        ["Unified"], "allcompany", "Public"
    )  # fmt: skip
    refused(
        client.get("/v1.0/groups?$filter=not(groupTypes/any(c:c eq 'Unified'))", headers=AUTH),
        "Request_UnsupportedQuery",
        "Operator 'Not' is not supported",
    )
    fabrikam = bearer(subject="ivan", scopes=("Group.Read.All",), tenant_id=FABRIKAM)
    security = client.get(
        "/v1.0/groups?$filter=not(groupTypes/any(c:c eq 'Unified'))&$count=true",
        headers={**fabrikam, "ConsistencyLevel": "eventual"},
    )
    assert names(security) == ["Fabrikam Consultants"]
    assert names(client.get("/v1.0/groups?$filter=mailEnabled eq true", headers=AUTH)) != []
    ordered = names(client.get("/v1.0/groups?$orderby=displayName desc", headers=AUTH))
    assert ordered == sorted(ordered, key=str.lower, reverse=True)


def test_search_finds_by_word_start_as_the_people_picker_asks(client: TestClient) -> None:
    """The Graph Toolkit's people picker, verbatim (what was typed encoded once more)."""
    toolkit = (
        '/v1.0/users?$search="displayName:al" OR "mail:al" OR "userPrincipalName:al"'
        "&$count=true&$top=10"
    )
    answer = client.get(toolkit, headers=ADVANCED)
    assert names(answer) == ["Alice Anderson"]
    assert answer.json()["@odata.count"] == 1
    typed = client.get(
        '/v1.0/users?$search="mail:alice%2540contoso.com"&$count=true', headers=ADVANCED
    )
    assert names(typed) == ["Alice Anderson"]
    for search, found in [
        ('"displayName:fisch"', ["Frank Fischer"]),  # a word's start, not the value's
        ('"displayName:FAB"', ["Grace Garcia (Fabrikam)"]),  # after a symbol, any case
        ('"displayName:isch"', []),  # not inside a word
        ('"mail:contoso"', []),  # other properties match from the start only
        ('"jobTitle:soft" AND "department:eng"', ["Bob Brown"]),
        ('("displayName:carol" OR "displayName:dave") AND "mail:d"', ["Dave Dubois"]),
        ('"displayName:say \\"hi\\""', []),
    ]:
        assert sorted(names(client.get(f"/v1.0/users?$search={search}", headers=ADVANCED))) == (
            found
        ), search
    assert names(client.get('/v1.0/groups?$search="displayName:eng"', headers=ADVANCED)) == [
        "Engineering"
    ]
    # With $filter, both hold.
    both = client.get(
        "/v1.0/users?$search=\"displayName:gar\"&$filter=startswith(mail,'grace')", headers=ADVANCED
    )
    assert names(both) == ["Grace Garcia (Fabrikam)"]


def test_search_needs_the_header_and_a_property(client: TestClient) -> None:
    refused(
        client.get('/v1.0/users?$search="displayName:al"', headers=AUTH),
        "Request_UnsupportedQuery",
        "Request with $search query parameter only works through MSGraph with a special "
        "request header: 'ConsistencyLevel: eventual'",
    )
    refused(client.get('/v1.0/users?$search="al"', headers=ADVANCED), "BadRequest", "name the")
    refused(client.get("/v1.0/users?$search=al", headers=ADVANCED), "BadRequest", "position 1")
    refused(
        client.get('/v1.0/users?$search="mobilePhone:1"', headers=ADVANCED),
        "Request_UnsupportedQuery",
        "property 'mobilePhone'",
    )


def test_a_searched_walk_keeps_its_search_on_every_page(client: TestClient) -> None:
    url: str | None = '/v1.0/users?$search="mail:a" OR "mail:b" OR "mail:c"&$top=1'
    seen: list[str] = []
    while url is not None:
        page = client.get(url, headers=ADVANCED)
        seen += names(page)
        url = page.json().get("@odata.nextLink")
    assert sorted(seen) == ["Alice Anderson", "Bob Brown", "Carol Chen"]


def test_search_starts_words_where_the_case_changes_and_at_digits(
    make_client: Callable[..., TestClient], database_url: str, tmp_path: Path
) -> None:
    names_ = ["Ronald McDonald", "Room42B", "Oscar Ward", "iPhone Support", "Anne-Marie O'Neil"]
    file = tenant_of_names(tmp_path, names_)
    client = make_client(directory="strict", directory_file=file, database_url=database_url)
    headers = {**bearer(subject="u0", scopes=("User.Read.All",), tenant_id="t"),
               "ConsistencyLevel": "eventual"}  # fmt: skip
    for text, found in [
        ("donald", ["Ronald McDonald"]),  # McDonald: a word starts at the D
        ("DON", ["Ronald McDonald"]),
        ("onald", []),  # inside a word: no
        ("42", ["Room42B"]),  # letters, then digits
        ("b", ["Room42B"]),  # digits, then letters
        ("2b", []),
        ("phone", ["iPhone Support"]),
        ("wa", ["Oscar Ward"]),
        ("marie", ["Anne-Marie O'Neil"]),
        ("neil", ["Anne-Marie O'Neil"]),
        ("[*", []),  # pattern characters are only themselves
    ]:
        answer = client.get(f'/v1.0/users?$search="displayName:{text}"', headers=headers)
        assert sorted(names(answer)) == found, text
