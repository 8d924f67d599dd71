"""Every storage backend (SQLite, PostgreSQL) against the DirectoryStore contract, and the
upgrade of a database made by the release before the directory."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from starlette.testclient import TestClient

from graph_photos import Settings, create_app
from graph_photos.directory.file import DEMO_DIRECTORY, dump_directory, load_directory
from graph_photos.directory.model import (
    AddressConflict,
    Directory,
    ObjectRef,
    Tenant,
    TenantDirectory,
    User,
    ascii_key,
)
from graph_photos.directory.query import (
    PROPERTIES,
    And,
    Compare,
    DirectoryQuery,
    Not,
    Order,
    Search,
    SharesGroup,
)
from graph_photos.directory.terms import term_rows
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.images import normalise_upload
from graph_photos.domain.records import media_etag
from graph_photos.domain.store import Store
from graph_photos.storage import open_store
from graph_photos.storage.migrations import sqlalchemy_url
from tests.conftest import TEST_HOSTS
from tests.credentials import TEST_SECRET, bearer
from tests.fixtures.images import photo_bytes

pytestmark = pytest.mark.anyio
CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
FABRIKAM = "51d43589-2d7f-515e-99a6-c7e66f2abe28"
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
BY_NAME = Order(PROPERTIES["users"]["displayName"])
DESIGN = "058f3133-de56-5c3c-a459-a1b53a1c186f"
ALL_COMPANY = "6bb7d7f1-2fda-5bfa-8dce-9efeef570afe"


async def test_a_user_is_found_by_id_or_upn_ignoring_ascii_case_only(store: Store) -> None:
    for reference in (ALICE, ALICE.upper(), "alice@contoso.com", "ALICE@Contoso.COM"):
        owner = await store.resolve(ObjectRef(CONTOSO, "users", reference))
        assert (owner.tenant_id, owner.kind, owner.id) == (CONTOSO, "users", ALICE)
    # The default tenant when the token names none.
    assert (await store.resolve(ObjectRef(None, "users", "alice@contoso.com"))).id == ALICE
    # Graph compares ordinally ignoring ASCII case: no Unicode case folding.
    await store.import_directory(
        Directory(CONTOSO, (TenantDirectory(Tenant(CONTOSO, "contoso.com", "Contoso"),
                                            (User("finn", "finn@contoso.com", "Finn"),)),))
    )  # fmt: skip
    assert (await store.resolve(ObjectRef(CONTOSO, "users", "FINN"))).id == "finn"
    for lookalike in ("\ufb01nn", "\u212ainn"):  # the ligature fi, the Kelvin sign
        with pytest.raises(ObjectNotFound):
            await store.resolve(ObjectRef(CONTOSO, "users", lookalike))


async def test_objects_of_another_tenant_do_not_exist(store: Store) -> None:
    for ref in (
        ObjectRef(FABRIKAM, "users", ALICE),
        ObjectRef(FABRIKAM, "users", "alice@contoso.com"),
        ObjectRef(FABRIKAM, "groups", DESIGN),
        ObjectRef("no-such-tenant", "users", ALICE),
    ):
        with pytest.raises(ObjectNotFound):
            await store.resolve(ref)
    # An open directory creates in the caller's tenant, never in one that does not exist.
    created = await store.resolve(ObjectRef(FABRIKAM, "users", ALICE), create=True)
    assert created.tenant_id == FABRIKAM
    assert (await store.resolve(ObjectRef(CONTOSO, "users", ALICE))).tenant_id == CONTOSO
    with pytest.raises(ObjectNotFound):
        await store.resolve(ObjectRef("no-such-tenant", "users", ALICE), create=True)


async def test_groups_by_id_and_teams_only_where_a_team_is(store: Store) -> None:
    assert (await store.resolve(ObjectRef(CONTOSO, "groups", DESIGN.upper()))).id == DESIGN
    assert (await store.resolve(ObjectRef(CONTOSO, "teams", DESIGN))).kind == "groups"
    with pytest.raises(ObjectNotFound):
        await store.resolve(ObjectRef(CONTOSO, "teams", ALL_COMPANY))
    with pytest.raises(ObjectNotFound):
        await store.resolve(ObjectRef(CONTOSO, "groups", "design@contoso.com"))  # no UPN


async def test_an_open_directory_creates_unknown_owners_once(store: Store) -> None:
    ref = ObjectRef(CONTOSO, "users", "Newcomer")
    with pytest.raises(ObjectNotFound):
        await store.resolve(ref)
    first = await store.resolve(ref, create=True)
    again = await store.resolve(ObjectRef(CONTOSO, "users", "NEWCOMER"), create=True)
    assert first == again
    assert first.id == "Newcomer"
    assert (await store.get_user(ref)).user_principal_name == "Newcomer"


async def test_listing_pages_in_a_stable_order(store: Store) -> None:
    seen: list[str] = []
    after = None
    while True:
        page = await store.find_users(CONTOSO, DirectoryQuery("users", top=2), after)
        seen += [user.id for user in page.items]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(seen) == 7
    assert seen == sorted(seen, key=str.lower)
    groups = await store.find_groups(FABRIKAM, DirectoryQuery("groups", top=10), None)
    assert [g.display_name for g in groups.items] == ["Fabrikam Consultants"]


async def test_import_updates_and_export_round_trips(store: Store) -> None:
    directory = load_directory(DEMO_DIRECTORY)
    contoso = directory.tenants[0]
    renamed = dataclasses.replace(contoso.users[0], job_title="Chief Photographer")
    await store.import_directory(
        Directory(directory.default_tenant,
                  (dataclasses.replace(contoso, users=(renamed,), groups=()),))
    )  # fmt: skip
    assert (await store.get_user(ObjectRef(CONTOSO, "users", ALICE))).job_title == (
        "Chief Photographer"
    )
    exported = await store.export_directory()
    assert exported.default_tenant == CONTOSO
    assert sum(len(entry.users) for entry in exported.tenants) == 9  # nothing was deleted
    # What export writes, import reads back to the same directory.
    assert load_directory_text(dump_directory(exported)) == exported
    # A second bootstrap imports nothing.
    assert not await store.bootstrap(load_directory(DEMO_DIRECTORY))


CAROL = "d43606c9-05d3-5243-8e1c-e9ac9771212f"


def _contoso_with(*users: User) -> Directory:
    return Directory(CONTOSO, (TenantDirectory(Tenant(CONTOSO, "contoso.com", "Contoso"), users),))


@pytest.mark.parametrize(
    ("user", "message"),
    [
        # Mallory's id is Carol's address: /users/carol@contoso.com would be Mallory.
        (
            User("carol@contoso.com", "mallory@contoso.com", "Mallory"),
            "the id 'carol@contoso.com' of one user is the userPrincipalName of user",
        ),
        # Carol's userPrincipalName, given to someone else (the unique index's IntegrityError).
        (
            User("mallory", "CAROL@contoso.com", "Mallory"),
            "the userPrincipalName 'CAROL@contoso.com' belongs to user",
        ),
    ],
)
async def test_an_import_that_would_take_another_users_address_is_refused_whole(
    store: Store, user: User, message: str
) -> None:
    before = await store.export_directory()
    with pytest.raises(AddressConflict, match=message):
        await store.import_directory(_contoso_with(User("zoe", "zoe@contoso.com", "Zoe"), user))
    assert await store.export_directory() == before  # nothing of it was imported
    carol = await store.resolve(ObjectRef(CONTOSO, "users", "carol@contoso.com"))
    assert carol.id == CAROL


async def test_an_import_may_move_a_users_own_address(store: Store) -> None:
    """The checks are against the directory as the import leaves it: a user may take a
    userPrincipalName that the same import takes from another, and keep its id as its UPN."""
    await store.import_directory(
        _contoso_with(
            User(CAROL, "carol.chen@contoso.com", "Carol Chen"),
            User("dana", "carol@contoso.com", "Dana"),
            User("eve@contoso.com", "eve@contoso.com", "Eve"),
        )
    )
    assert (await store.resolve(ObjectRef(CONTOSO, "users", "carol@contoso.com"))).id == "dana"
    assert (await store.resolve(ObjectRef(CONTOSO, "users", "carol.chen@contoso.com"))).id == CAROL


def load_directory_text(text: str) -> Directory:
    import yaml

    from graph_photos.directory.file import parse_directory

    return parse_directory(yaml.safe_load(text), "exported")


def _upgrade(url: str, revision: str) -> None:
    """The database at `url` migrated to `revision` (and no further)."""
    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__file__).resolve().parents[2] / "graph_photos/storage/migrations"),
    )
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    command.upgrade(config, revision)


def _legacy_database(url: str) -> dict[str, tuple[str, str, bytes]]:
    """A database as the release before the directory left it (schema 0001), with photos of
    owners addressed every way that release allowed; owner -> (kind, etag, bytes)."""
    _upgrade(url, "0001")
    owners = {
        "alice@contoso.com": "users",  # a demo user, by UPN
        "1672F008-70DB-5739-8D05-77B76B38AE9A": "users",  # Bob, by object id in upper case
        "legacy-user": "users",  # no one of the directory
        DESIGN: "groups",  # a demo group
        "old-group": "groups",  # no group of the directory
    }
    stored = {}
    engine = sa.create_engine(sqlalchemy_url(url))
    with engine.begin() as connection:
        for number, (owner, kind) in enumerate(owners.items()):
            rendered = normalise_upload(photo_bytes(200 + number, 150), 50_000_000)
            etag = media_etag(rendered.content)
            connection.execute(
                sa.text(
                    "INSERT INTO photos VALUES (:kind, :key, :id, :w, :h, :etag, 'image/jpeg', "
                    "'2026-11-20T10:00:00+00:00', :content)"
                ),
                {"kind": kind, "key": owner.casefold(), "id": owner, "w": rendered.width,
                 "h": rendered.height, "etag": etag, "content": rendered.content},
            )  # fmt: skip
            for side, data in rendered.sizes.items():
                connection.execute(
                    sa.text("INSERT INTO photo_sizes VALUES (:kind, :key, :side, :etag, :data)"),
                    {"kind": kind, "key": owner.casefold(), "side": side,
                     "etag": media_etag(data), "data": data},
                )  # fmt: skip
            stored[owner] = (kind, etag, rendered.content)
    engine.dispose()
    return stored


def test_a_database_of_the_release_before_keeps_every_photo(
    database_url: str, tmp_path: Path
) -> None:
    stored = _legacy_database(database_url)
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        jwt_secret=TEST_SECRET,
        allowed_hosts=TEST_HOSTS,
    )
    scopes = ("ProfilePhoto.ReadWrite.All", "User.Read.All", "Group.Read.All")
    headers = bearer(subject="admin", scopes=scopes)
    # The first start of the new release: strict directory, the demo tenants.
    with TestClient(create_app(settings), headers=headers) as client:
        for owner, (kind, etag, content) in stored.items():
            photo = client.get(f"/v1.0/{kind}/{owner}/photo/$value")
            assert photo.status_code == 200, (owner, photo.text)
            assert (photo.headers["etag"], photo.content) == (etag, content)
            assert len(client.get(f"/v1.0/{kind}/{owner}/photos").json()["value"]) >= 4
        # Attached to the directory's objects where they name one: Alice by her object id too.
        by_id = client.get(f"/v1.0/users/{ALICE}/photo/$value")
        assert by_id.headers["etag"] == stored["alice@contoso.com"][1]
        # The others became objects of the default tenant, under the id they were stored under.
        legacy = client.get("/v1.0/users/LEGACY-USER")
        assert (legacy.status_code, legacy.json()["id"]) == (200, "legacy-user")
        assert client.get("/v1.0/groups/old-group").json()["id"] == "old-group"


def test_sqlite_finds_objects_by_index_not_by_scanning(tmp_path: Path) -> None:
    """Every request resolves its owner: a lookup that scanned the table would cost in
    proportion to the directory (measured: 0.26x the requests per second at 7,000 users)."""
    import sqlite3

    from graph_photos.storage import migrate, queries as sql
    from graph_photos.storage.directory_query import SQLITE, page_sql

    path = tmp_path / "plans.db"
    migrate(f"sqlite:///{path}")
    with sqlite3.connect(path) as database:
        for query, parameters in [
            (sql.RESOLVE, sql.resolve_parameters(ObjectRef(None, "users", "a@b.c"))),
            (sql.OBJECT, sql.object_parameters(None, "users", "a@b.c")),
            page_sql(SQLITE, None, DirectoryQuery("users", top=10), None, PROPERTIES["users"]),
            # Finding people reads the terms and the memberships, not every object.
            *(
                page_sql(SQLITE, None, query, None, PROPERTIES["users"])
                for query in (
                    _search("ali"),
                    DirectoryQuery.of("users", filter_text="startswith(displayName,'zh')"),
                    DirectoryQuery.of("users", filter_text="startswith(displayName,'al')"),
                    DirectoryQuery.of("users", filter_text="mail eq 'a@b.c'"),
                    DirectoryQuery.of(
                        "users", filter_text="proxyAddresses/any(p:startswith(p,'smtp:a'))"
                    ),
                    DirectoryQuery("users").members_of("g", transitive=True),
                    DirectoryQuery("users", SharesGroup("u")),
                    # In name order, the names of the objects found, not every name.
                    DirectoryQuery("users", SharesGroup("u"), BY_NAME),
                    DirectoryQuery(  # the people API's colleagues
                        "users",
                        And((_word("a"), Not(Compare("id", "eq", "u")), SharesGroup("u"))),
                        BY_NAME,
                    ),
                    dataclasses.replace(_search("ali"), order=BY_NAME),
                    DirectoryQuery.of(  # the range of names that start so
                        "users",
                        filter_text="startswith(displayName,'zh')",
                        orderby="displayName",
                        eventual=True,
                        count=True,
                    ),
                )
            ),
        ]:
            plan = database.execute(
                "EXPLAIN QUERY PLAN " + query.format(p="?"), list(parameters)
            ).fetchall()
            steps = [str(step[-1]) for step in plan]
            assert not [step for step in steps if step.startswith("SCAN directory_")], steps
            # Nor a whole tenant's memberships or terms: every lookup is by a key or a range.
            assert not [step for step in steps if step.endswith("(tenant_id=?)")], steps
            terms = [step for step in steps if step.startswith("SEARCH t ")]
            assert all("property=?" in step for step in terms), steps
            names = [step for step in steps if step.startswith("SEARCH n ")]
            assert all("id_key=?" in step or "term>?" in step for step in names), steps
            objects = ("SEARCH directory_objects", "SEARCH o ")  # o: a page's, by its keys
            assert any(step.startswith(objects) for step in steps), steps


def test_a_lookups_set_in_name_order_is_sorted_by_the_names_its_terms_carry(
    tmp_path: Path,
) -> None:
    """What lookups alone find (a people search's "other matches"), in name order, is read
    from the terms' index with the name beside each term: no match's name is looked up."""
    import sqlite3

    from graph_photos.directory.query import people_search
    from graph_photos.storage import migrate
    from graph_photos.storage.directory_query import SQLITE, page_sql

    path = tmp_path / "plans.db"
    migrate(f"sqlite:///{path}")
    with sqlite3.connect(path) as database:
        for query in (
            DirectoryQuery("users", people_search("ro"), BY_NAME),
            DirectoryQuery("users", people_search("tyler lee"), BY_NAME),
            dataclasses.replace(_search("ali"), order=BY_NAME),
        ):
            sql, parameters = page_sql(SQLITE, None, query, None, PROPERTIES["users"], dense=False)
            steps = [str(s[-1]) for s in database.execute("EXPLAIN QUERY PLAN " + sql, parameters)]
            assert [step for step in steps if step.startswith("SEARCH t ")], steps
            assert not [step for step in steps if step.startswith(("SEARCH n ", "SCAN n "))], steps


def test_a_database_before_the_name_keys_gains_them(database_url: str) -> None:
    """Migration 0005 gives each term its object's name key; on PostgreSQL the database is
    vacuumed after it."""
    contoso = load_directory(DEMO_DIRECTORY).tenants[0]
    engine = _contoso_at(database_url, "0004")
    _upgrade(database_url, "head")
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT property, term, name_key FROM directory_terms WHERE id_key = :key"),
            {"key": ALICE},
        ).fetchall()
        total = connection.execute(sa.text("SELECT count(*) FROM directory_terms")).scalar()
        if database_url.startswith("postgresql"):
            # The rebuilt table is vacuumed at once: its index-only scans read no heap.
            vacuumed = connection.execute(
                sa.text(
                    "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables "
                    "WHERE relname = 'directory_terms'"
                )
            ).scalar()
            assert vacuumed
    engine.dispose()
    assert rows
    assert {name for _, _, name in rows} == {"alice anderson"}
    assert ("words:displayName", "anderson", "alice anderson") in rows
    expected = sum(len(list(term_rows(CONTOSO, [r]))) for r in contoso.users + contoso.groups)
    assert total == expected


def _word(text: str) -> Search:
    return Search("displayName", text, True)


def _search(text: str) -> DirectoryQuery:
    return DirectoryQuery.of("users", search=f'"displayName:{text}"', eventual=True, count=True)


async def _names(store: Store, query: DirectoryQuery) -> list[str]:
    return [u.display_name for u in (await store.find_users(CONTOSO, query, None)).items]


async def test_an_import_replaces_the_terms_and_members_it_finds_by(store: Store) -> None:
    """Searches and memberships read their own tables: an update of a user or a group must
    leave nothing of what it was there."""
    directory = load_directory(DEMO_DIRECTORY)
    contoso = directory.tenants[0]
    alice = next(u for u in contoso.users if u.id == ALICE)
    design = next(g for g in contoso.groups if g.id == DESIGN)
    assert await _names(store, _search("ali")) == ["Alice Anderson"]
    design_members = DirectoryQuery("users").members_of(DESIGN, transitive=False)
    assert "Alice Anderson" in await _names(store, design_members)
    await store.import_directory(
        Directory(directory.default_tenant, (dataclasses.replace(
            contoso,
            users=(dataclasses.replace(alice, display_name="Zelda McZimmer"),),
            groups=(dataclasses.replace(design, members=(CAROL,)),),
        ),))
    )  # fmt: skip
    assert await _names(store, _search("ali")) == []
    assert await _names(store, _search("zim")) == ["Zelda McZimmer"]  # a word inside
    assert await _names(store, design_members) == ["Carol Chen"]
    # All Company holds Design: its transitive members follow the new membership too.
    everyone = DirectoryQuery("users", top=50).members_of(ALL_COMPANY, transitive=True)
    assert "Zelda McZimmer" not in await _names(store, everyone)
    assert "Carol Chen" in await _names(store, everyone)


async def test_a_search_longer_than_a_term_is_still_answered(store: Store) -> None:
    """Terms keep TERM_LENGTH characters: a longer text is looked up by its start and checked
    against the whole value, so what differs after the start still tells."""
    from graph_photos.directory.terms import TERM_LENGTH

    name = "Grace " + "Long" * 60  # a second word of 240 characters
    directory = load_directory(DEMO_DIRECTORY)
    contoso = directory.tenants[0]
    longest = User("long-name", "long@contoso.com", name)
    await store.import_directory(
        Directory(directory.default_tenant, (dataclasses.replace(contoso, users=(longest,)),))
    )
    inner = name[6 : 6 + TERM_LENGTH + 40]  # a word inside, past the term's length
    assert await _names(store, _search(inner)) == [name]
    assert await _names(store, _search(inner[:-1] + "X")) == []
    starts = f"startswith(displayName,'{name[: TERM_LENGTH + 20]}')"
    assert await _names(store, DirectoryQuery.of("users", filter_text=starts)) == [name]
    differs = f"startswith(displayName,'{name[: TERM_LENGTH + 19]}X')"
    assert await _names(store, DirectoryQuery.of("users", filter_text=differs)) == []


def _contoso_at(database_url: str, revision: str) -> sa.Engine:
    """The database at schema `revision` (0003 or 0004) holding the demo's Contoso as that
    release wrote it (at 0004, with its terms, which had no name key)."""
    from graph_photos.storage import queries as sql

    _upgrade(database_url, revision)
    contoso = load_directory(DEMO_DIRECTORY).tenants[0]
    engine = sa.create_engine(sqlalchemy_url(database_url))
    with engine.begin() as connection:
        connection.execute(
            sa.text("INSERT INTO tenants VALUES (:id, 'contoso.com', 'Contoso', TRUE)"),
            {"id": CONTOSO},
        )
        for record in contoso.users + contoso.groups:
            row = sql.object_row(CONTOSO, record)
            connection.execute(
                sa.text(
                    "INSERT INTO directory_objects (tenant_id, kind, id, id_key, upn_key, "
                    "has_team, properties) VALUES (:a, :b, :c, :d, :e, :f, :g)"
                ),
                dict(zip("abcdefg", row, strict=True)),
            )
            if revision == "0004":
                for term in term_rows(CONTOSO, [record]):
                    connection.execute(
                        sa.text("INSERT INTO directory_terms VALUES (:a, :b, :c, :d, :e)"),
                        dict(zip("abcde", (*term[:2], term[3], term[4], term[2]), strict=True)),
                    )
    return engine


def test_a_database_of_the_release_before_gains_its_terms_and_members(
    database_url: str, tmp_path: Path
) -> None:
    """Migration 0004 writes the terms and memberships of the objects already stored."""
    contoso = load_directory(DEMO_DIRECTORY).tenants[0]
    engine = _contoso_at(database_url, "0003")
    _upgrade(database_url, "head")
    with engine.connect() as connection:
        words = connection.execute(
            sa.text("SELECT term FROM directory_terms WHERE id_key = :key AND property = :p"),
            {"key": ALICE, "p": "words:displayName"},
        ).fetchall()
        members = connection.execute(
            sa.text("SELECT member_key FROM directory_members WHERE group_key = :key"),
            {"key": DESIGN},
        ).fetchall()
    engine.dispose()
    assert sorted(term for (term,) in words) == ["alice anderson", "anderson"]
    design = next(g for g in contoso.groups if g.id == DESIGN)
    assert sorted(key for (key,) in members) == sorted(m.lower() for m in design.members)


# Queries whose answers the terms and memberships must not change: each is run as the store
# runs it and again with every condition tested on the objects themselves (no lookups).
EQUIVALENT_QUERIES = [
    ("users", "startswith(displayName,'a') or startswith(mail,'b')", None),
    ("users", "startswith(displayName,'a') and department eq 'Product'", None),
    ("users", "mail eq 'carol@contoso.com' or userPrincipalName eq 'BOB@contoso.com'", None),
    ("users", "mail in ('alice@contoso.com', 'x@contoso.com') and accountEnabled eq true", None),
    ("users", "proxyAddresses/any(p:startswith(p,'smtp:alice'))", None),
    ("users", "otherMails/any(m:m eq 'alice.anderson@fabrikam.example')", None),
    ("users", "not(startswith(displayName,'a')) and startswith(givenName,'b')", None),
    ("users", "startswith(jobTitle,'s') and (startswith(surname,'b') or city eq 'Redmond')", None),
    ("groups", "groupTypes/any(c:c eq 'Unified') and startswith(displayName,'d')", None),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "filter_text", "search"), EQUIVALENT_QUERIES)
async def test_lookups_find_what_testing_every_object_finds(
    store: Store, monkeypatch: pytest.MonkeyPatch, kind: str, filter_text: str | None,
    search: str | None,
) -> None:  # fmt: skip
    from graph_photos.storage import directory_query

    query = DirectoryQuery.of(
        kind,  # type: ignore[arg-type]
        filter_text=filter_text, search=search, eventual=True, count=True, top=999,
    )  # fmt: skip
    find = store.find_users if kind == "users" else store.find_groups

    async def answer() -> tuple[list[str], int | None]:
        page = await find(CONTOSO, query, None)  # type: ignore[arg-type]
        return sorted(item.id for item in page.items), page.count

    looked_up = await answer()
    monkeypatch.setattr(directory_query._Builder, "answerable", lambda self, expression: False)
    store._kept = None  # type: ignore[attr-defined]  # counted again, not remembered
    assert looked_up == await answer()


@pytest.mark.parametrize(
    "search",
    ['"displayName:an" OR "mail:c"', '"displayName:b" AND "givenName:bo"', '"displayName:ander"',
     '("displayName:a" OR "displayName:d") AND "mail:a"', '"userPrincipalName:DAVE@"'],
)  # fmt: skip
async def test_a_search_finds_the_objects_whose_terms_start_with_it(
    store: Store, search: str
) -> None:
    """The store's answer against the terms of every user, tested one by one in Python."""
    from graph_photos.directory.query import And, Expression, Or, Search, parse_search
    from graph_photos.directory.terms import WORDS, object_terms

    expression = parse_search("users", search)

    def holds(node: Expression, terms: set[tuple[str, str]]) -> bool:
        if isinstance(node, Or | And):
            test = any if isinstance(node, Or) else all
            return test(holds(operand, terms) for operand in node.operands)
        assert isinstance(node, Search)
        name = WORDS + node.property if node.words else node.property
        return any(p == name and t.startswith(ascii_key(node.text)) for p, t in terms)

    contoso = next(t for t in (await store.export_directory()).tenants if t.tenant.id == CONTOSO)
    expected = sorted(u.id for u in contoso.users if holds(expression, object_terms(u)))
    query = DirectoryQuery.of("users", search=search, eventual=True, count=True, top=999)
    page = await store.find_users(CONTOSO, query, None)
    assert (sorted(u.id for u in page.items), page.count) == (expected, len(expected))
    assert expected, "a search that finds no one proves little"


@pytest.mark.parametrize(
    ("filter_text", "search", "orderby"),
    [
        ("startswith(displayName,'a') or startswith(mail,'c')", None, None),
        ("startswith(givenName,'b') and accountEnabled eq true", None, "displayName desc"),
        # Two lookups: their INTERSECT.
        ("startswith(displayName,'a') and not(city eq 'Paris')", '"mail:a"', "displayName"),
        ("department eq 'Product' or startswith(mail,'b')", '"displayName:a"', None),
        (None, '"displayName:a" OR "mail:d"', "displayName"),
        # Lookups alone in name order: their set of terms sorted by the names beside them.
        ("startswith(mail,'a') or startswith(mail,'b')", '"displayName:a"', "displayName desc"),
        ("not(id eq 'x')", '"displayName:a"', "displayName desc"),
        (None, None, "displayName"),
    ],
)
@pytest.mark.parametrize("members", [False, True])
async def test_a_page_is_the_same_found_in_order_or_by_the_set(
    store: Store, monkeypatch: pytest.MonkeyPatch, filter_text: str | None,
    search: str | None, orderby: str | None, members: bool,
) -> None:  # fmt: skip
    """Many matches are found by testing objects in order (id or name), few by their set
    (`density_sql`); beside a membership (All Company's members) many are probed one by one
    and few are a set; a walk of pages of two is the same walk either way."""
    from graph_photos.storage import directory_query

    query = DirectoryQuery.of(
        "users", filter_text=filter_text, search=search, orderby=orderby, top=2,
        eventual=True, count=True,
    )  # fmt: skip
    if members:
        query = query.members_of(ascii_key(ALL_COMPANY), transitive=True)

    async def walk() -> list[str]:
        store._kept = None  # type: ignore[attr-defined]  # found again, not remembered
        seen: list[str] = []
        after = None
        while True:
            page = await store.find_users(CONTOSO, query, after)
            seen += [user.id for user in page.items]
            if page.next_after is None:
                return seen
            after = page.next_after

    for cap in ("DENSE", "BESIDE"):  # few: sets
        monkeypatch.setattr(directory_query, cap, 10**9)
    by_set = await walk()
    for cap in ("DENSE", "BESIDE"):  # many: walked in order, or probed beside a membership
        monkeypatch.setattr(directory_query, cap, 1)
    assert await walk() == by_set
    assert by_set, "a walk of nothing proves little"
    # A walk in name order that reads one name finds too few: its page is asked of the set.
    monkeypatch.setattr(directory_query, "WALK", 1)
    assert await walk() == by_set


async def test_pages_and_counts_are_kept_while_the_directory_does_not_change(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lookup's page and count are asked of the database once per directory generation;
    a change to the directory (here: an import that adds Alina) is seen at once."""
    query = dataclasses.replace(_search("ali"), order=BY_NAME, count=True)
    statements = _statements(store, monkeypatch)
    first = await store.find_users(CONTOSO, query, None)
    assert ([user.display_name for user in first.items], first.count) == (["Alice Anderson"], 1)
    asked = len(statements)
    assert asked >= 2  # the page and its count
    assert await store.find_users(CONTOSO, query, None) == first
    assert len(statements) == asked  # neither asked again
    contoso = load_directory(DEMO_DIRECTORY).tenants[0]
    alina = User("alina", "alina@contoso.com", "Alina Aalto")
    await store.import_directory(
        Directory(CONTOSO, (dataclasses.replace(contoso, users=(*contoso.users, alina)),))
    )
    again = await store.find_users(CONTOSO, query, None)
    assert ([user.display_name for user in again.items], again.count) == (
        ["Alice Anderson", "Alina Aalto"],
        2,
    )
    # A page of more than KEPT_PAGE objects is not kept: a walk's would push out lookups.
    walk = DirectoryQuery("users", order=BY_NAME, top=999)
    await store.find_users(CONTOSO, walk, None)
    asked = len(statements)
    await store.find_users(CONTOSO, walk, None)
    assert len(statements) > asked


async def test_colleagues_are_the_same_probed_or_found_as_a_set(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside a membership (the people who share a group with Alice), a lookup that finds
    many is probed per colleague, one that finds few is a set: the same people either way."""
    from graph_photos.storage import directory_query

    for text, expected in [("c", ["Carol Chen"]), ("a", ["Alice Anderson"]), ("zz", [])]:
        query = DirectoryQuery("users", And((_word(text), SharesGroup(ascii_key(ALICE)))), BY_NAME)
        found = []
        for dense in (10**9, 1):  # few: a set with the colleagues' keys; many: probes
            monkeypatch.setattr(directory_query, "BESIDE", dense)
            store._kept = None  # type: ignore[attr-defined]
            page = await store.find_users(CONTOSO, query, None)
            found.append([user.display_name for user in page.items])
        assert found == [expected, expected]


async def test_the_sqlite_stores_thread_takes_the_gil_back_within_its_switch_interval(
    tmp_path: Path,
) -> None:
    """The store's thread releases the GIL at every row; the interval after which it may take
    it back from a busy event loop is lowered from Python's 5 ms (measured by make
    bench-directory: see docs/benchmarks.md)."""
    import sys

    from graph_photos.storage.sqlite import SWITCH_INTERVAL

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        store = await open_store(f"sqlite:///{tmp_path / 'gil.db'}")
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        assert SWITCH_INTERVAL < 0.001
        await store.close()
    finally:
        sys.setswitchinterval(before)


def _statements(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements `store` sends from now on (its `_rows`), in order."""
    statements: list[str] = []
    rows = store._rows  # type: ignore[attr-defined]

    async def counted(sql: str, parameters: list[object]) -> object:
        statements.append(sql)
        return await rows(sql, parameters)

    monkeypatch.setattr(store, "_rows", counted)
    return statements


async def test_how_many_a_lookup_finds_is_counted_once_for_every_caller(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a lookup beside a membership finds few or many (the colleagues of each caller
    who types "c": probed, or intersected with the lookup's set) is one count for all."""
    users = load_directory(DEMO_DIRECTORY).tenants[0].users
    subjects = [ascii_key(user.id) for user in users[:3]]
    statements = _statements(store, monkeypatch)
    for subject in subjects:
        query = DirectoryQuery("users", And((_word("c"), SharesGroup(subject))), BY_NAME)
        await store.find_users(CONTOSO, query, None)
    counts = [sql for sql in statements if sql.startswith("SELECT count(*) FROM (SELECT t.id_key")]
    assert len(counts) == 1
    assert len(statements) == 1 + len(subjects)  # the count, and each caller's page


async def test_finds_in_one_generation_ask_whether_the_directory_changed_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside `one_generation` (a people search's ranks) the generation is asked once; outside
    each find asks it, so a change is seen by the next find."""
    asked: list[object] = []
    freshness = store.freshness

    async def counted(owner: object, side: int | None = None) -> object:
        asked.append(owner)
        return await freshness(owner, side)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "freshness", counted)
    queries = [_search(text) for text in ("a", "b", "c")]
    async with store.one_generation():
        for query in queries:
            await store.find_users(CONTOSO, query, None)
        async with store.one_generation():  # within one already: the same
            await store.count(CONTOSO, queries[0])
    assert len(asked) == 1
    for query in queries:
        await store.find_users(CONTOSO, query, None)
    assert len(asked) == 1 + len(queries)


async def test_postgresql_reads_one_statement_without_a_transaction_and_several_in_one_snapshot(
    postgres_url: str,
) -> None:
    """The pool's connections are in autocommit (a lone statement: one round trip, no BEGIN or
    ROLLBACK around it); a read of several statements is still one REPEATABLE READ, READ ONLY
    transaction."""
    from graph_photos.storage.postgres import PostgresPhotoStore

    store = await open_store(postgres_url)
    assert isinstance(store, PostgresPhotoStore)
    try:
        [[level]] = await store._rows("SHOW transaction_isolation", [])
        assert level == "read committed"  # the default: no snapshot transaction was opened
        async with store._snapshot() as connection:
            cursor = await connection.execute("SHOW transaction_isolation")
            assert await cursor.fetchone() == ("repeatable read",)
            cursor = await connection.execute("SHOW transaction_read_only")
            assert await cursor.fetchone() == ("on",)
        async with store._pool.connection() as connection:
            assert connection.autocommit
            assert connection.info.transaction_status == 0  # idle, not in a transaction
    finally:
        await store.close()


def test_a_migration_that_fails_half_way_leaves_the_database_as_it_was(
    database_url: str, tmp_path: Path
) -> None:
    """Each migration is one transaction, on SQLite too (whose Python driver committed before
    every DDL statement): one that fails after a first change leaves none of it."""
    import shutil

    script = tmp_path / "migrations"
    shutil.copytree(
        Path(__file__).resolve().parents[2] / "graph_photos/storage/migrations",
        script,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(script)).get_current_head()
    (script / "versions" / "9999_fails.py").write_text(
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        f"revision = '9999'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.drop_index('directory_terms_object', 'directory_terms')\n"
        "    op.create_table('half_way', sa.Column('x', sa.Integer))\n"
        "    raise RuntimeError('stopped half-way')\n"
    )
    _upgrade(database_url, "head")
    config = Config()
    config.set_main_option("script_location", str(script))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(database_url).replace("%", "%%"))
    with pytest.raises(RuntimeError, match="half-way"):
        command.upgrade(config, "head")
    engine = sa.create_engine(sqlalchemy_url(database_url))
    inspector = sa.inspect(engine)
    assert "half_way" not in inspector.get_table_names()
    assert "directory_terms_object" in {i["name"] for i in inspector.get_indexes("directory_terms")}
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).all() == [
            (head,)
        ]
    engine.dispose()
