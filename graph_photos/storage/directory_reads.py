"""The directory reads of `DirectoryStore`, written once for both backends.

Each backend gives two primitives: the properties of one object (`_object`), and the rows of
one read-only statement (`_rows`, in one snapshot); the SQL is `queries` (lookups) and
`directory_query` (a query's page and count, in the backend's `dialect`).

Counts (`$count=true`, `/users/$count`, and how many terms a lookup finds, which decides how
its page is found) and pages of lookups (at most KEPT_PAGE objects) are kept, per query, while
the directory's generation is unchanged (the rule of `domain/freshness.py`; the generation is
read before the answer, so a change between the two makes the entry stale, never wrong): a
people picker asks for the same few first letters again and again, by every user. Counting
18,000 matches of "a" in 100,000 users costs 25 ms of the store's one SQLite thread, the first
ten names of "li" 8 ms; asking the generation costs microseconds on SQLite, a statement on
PostgreSQL (so `one_generation` asks it once for several finds). A walk's pages of 999 are
not kept: they would push out hundreds of lookups.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from graph_photos.directory.model import Group, ObjectKind, ObjectRef, Page, User
from graph_photos.directory.query import PROPERTIES, DirectoryQuery
from graph_photos.domain.bounded_lru import BoundedLru
from graph_photos.domain.records import Freshness, OwnerKey
from graph_photos.domain.resolutions import resolved
from graph_photos.storage.directory_query import (
    Dialect,
    count_sql,
    density,
    density_sql,
    page_sql,
    refill,
)
from graph_photos.storage.queries import group_from, user_from

_Item = TypeVar("_Item", User, Group)
# Inside `one_generation`: the store and the generation it read first (None: not yet read).
_ONE_GENERATION: ContextVar[tuple[object, int | None] | None] = ContextVar(
    "one_generation", default=None
)
KEPT_OBJECTS = 10_000  # what the kept answers may hold: a count costs one, a page its objects
KEPT_PAGE = 100  # the largest page kept


class DirectoryReads:
    """`get_user`, `get_group`, `find_users`, `find_groups` on the backend's primitives."""

    dialect: Dialect
    # (tenant, query, after) or (count SQL, parameters) -> (the directory's generation, answer)
    _kept: BoundedLru[tuple[object, ...], tuple[int, object]] | None = None

    async def _object(self, tenant_id: str | None, kind: ObjectKind, reference: str) -> str:
        raise NotImplementedError

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        """The rows of one read-only statement."""
        raise NotImplementedError

    async def freshness(self, owner: OwnerKey | None, side: int | None = None) -> Freshness:
        raise NotImplementedError

    @asynccontextmanager
    async def one_generation(self) -> AsyncIterator[None]:
        """Reads inside ask the directory's generation once, for all their kept answers: the
        ranks of one people search are up to six finds, and on PostgreSQL each asked it (a
        statement of the ten a search sent). An answer found after a change inside is kept
        under the generation before it, which no read begun after the change asks for."""
        shared = _ONE_GENERATION.get()
        if shared is not None and shared[0] is self:
            yield  # inside one already
            return
        token = _ONE_GENERATION.set((self, None))
        try:
            yield
        finally:
            _ONE_GENERATION.reset(token)

    async def _generation(self) -> int:
        """The directory's generation: asked once inside `one_generation`, else each time."""
        shared = _ONE_GENERATION.get()
        if shared is not None and shared[0] is self and shared[1] is not None:
            return shared[1]
        generation = (await self.freshness(None)).generation
        if shared is not None and shared[0] is self:
            _ONE_GENERATION.set((self, generation))
        return generation

    async def get_user(self, ref: ObjectRef) -> User:
        user = user_from(await self._object(ref.tenant_id, "users", ref.reference))
        resolved("users", user.id)
        return user

    async def get_group(self, ref: ObjectRef) -> Group:
        group = group_from(await self._object(ref.tenant_id, "groups", ref.reference))
        resolved("groups", group.id)
        return group

    async def find_users(
        self, tenant_id: str | None, query: DirectoryQuery, after: tuple[str, str] | None
    ) -> Page[User]:
        return await self._find(tenant_id, query, after, user_from)

    async def find_groups(
        self, tenant_id: str | None, query: DirectoryQuery, after: tuple[str, str] | None
    ) -> Page[Group]:
        return await self._find(tenant_id, query, after, group_from)

    async def _find(
        self,
        tenant_id: str | None,
        query: DirectoryQuery,
        after: tuple[str, str] | None,
        decode: Callable[[str], _Item],
    ) -> Page[_Item]:
        key = ("page", tenant_id, query, after)
        generation = await self._generation()
        kept = self._kept_answer(key, generation)
        if kept is not None:
            return kept  # type: ignore[return-value]
        properties = PROPERTIES[query.kind]
        counted = density_sql(self.dialect, tenant_id, query, properties)
        dense = None
        if counted is not None:
            dense = density(query, await self._number(*counted, generation))
        sql, parameters = page_sql(self.dialect, tenant_id, query, after, properties, dense=dense)
        rows = await self._rows(sql, parameters)
        if refill(query, dense, len(rows)):
            sql, parameters = page_sql(self.dialect, tenant_id, query, after, properties)
            rows = await self._rows(sql, parameters)
        items = tuple(decode(str(row[2])) for row in rows[: query.top])
        next_after = None
        if len(rows) > query.top:
            last = rows[query.top - 1]
            next_after = (str(last[0]), str(last[1]))
        count = await self._count(tenant_id, query, generation) if query.count else None
        page = Page(items, next_after, count)
        if query.top <= KEPT_PAGE:
            self._keep(key, generation, page, 1 + len(items))
        return page

    async def count(self, tenant_id: str | None, query: DirectoryQuery) -> int:
        return await self._count(tenant_id, query, await self._generation())

    async def _count(self, tenant_id: str | None, query: DirectoryQuery, generation: int) -> int:
        sql, parameters = count_sql(self.dialect, tenant_id, query, PROPERTIES[query.kind])
        return await self._number(sql, parameters, generation)

    async def _number(self, sql: str, parameters: Sequence[object], generation: int) -> int:
        """The number a counting statement answers, kept: a count, or how many terms a
        lookup finds, which is the same for every caller (the colleagues of each caller who
        types "ma" are probed or intersected by one count of "ma")."""
        key = ("number", sql, *parameters)
        kept = self._kept_answer(key, generation)
        if kept is not None:
            return kept  # type: ignore[return-value]
        number = int((await self._rows(sql, parameters))[0][0])
        self._keep(key, generation, number, 1)
        return number

    def _kept_answer(self, key: tuple[object, ...], generation: int) -> object | None:
        """The answer kept under `key` at the directory's `generation`, if one is."""
        if self._kept is None:
            self._kept = BoundedLru(KEPT_OBJECTS)
        entry = self._kept.get(key)
        if entry is None or entry[0] != generation:
            return None
        self._kept.used(key)
        return entry[1]

    def _keep(self, key: tuple[object, ...], generation: int, answer: object, cost: int) -> None:
        assert self._kept is not None
        self._kept.keep(key, (generation, answer), cost)
