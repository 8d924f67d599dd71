"""The directory reads of `DirectoryStore`, written once for both backends.

Each backend gives two primitives: the properties of one object (`_object`), and the rows of
one read-only statement (`_rows`, in one snapshot); the SQL is `queries` (lookups) and
`directory_query` (a query's page and count, in the backend's `dialect`).

Counts (`$count=true`, `/users/$count`) and pages of lookups (at most KEPT_PAGE objects) are
kept, per query, while the directory's generation is unchanged (the rule of
`domain/freshness.py`; the generation is read before the answer, so a change between the two
makes the entry stale, never wrong): a people picker asks for the same few first letters again
and again, by every user. Counting 18,000 matches of "a" in 100,000 users costs 25 ms of the
store's one SQLite thread, the first ten names of "li" 8 ms; asking the generation costs
microseconds. A walk's pages of 999 are not kept: they would push out hundreds of lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        generation = (await self.freshness(None)).generation
        kept = self._kept_answer(key, generation)
        if kept is not None:
            return kept  # type: ignore[return-value]
        properties = PROPERTIES[query.kind]
        counted = density_sql(self.dialect, tenant_id, query, properties)
        dense = None
        if counted is not None:
            dense = density(query, int((await self._rows(*counted))[0][0]))
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
        count = await self.count(tenant_id, query) if query.count else None
        page = Page(items, next_after, count)
        if query.top <= KEPT_PAGE:
            self._keep(key, generation, page, 1 + len(items))
        return page

    async def count(self, tenant_id: str | None, query: DirectoryQuery) -> int:
        sql, parameters = count_sql(self.dialect, tenant_id, query, PROPERTIES[query.kind])
        key = ("count", sql, *parameters)
        generation = (await self.freshness(None)).generation
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
