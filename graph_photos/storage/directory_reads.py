"""The directory reads of `DirectoryStore`, written once for both backends.

Each backend gives two primitives: the properties of one object (`_object`), and the rows of
one read-only statement (`_rows`, in one snapshot); the SQL is `queries` (lookups) and
`directory_query` (a query's page and count, in the backend's `dialect`).

Counts (`$count=true`, `/users/$count`) are kept, per query, while the directory's generation
is unchanged (the rule of `domain/freshness.py`; the generation is read before the count, so a
change between the two makes the entry stale, never wrong): a people picker asks for the count
of the same few first letters again and again, and counting 18,000 matches of "a" in 100,000
users costs 25 ms of the store's one SQLite thread, where asking the generation costs
microseconds.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from graph_photos.directory.model import Group, ObjectKind, ObjectRef, Page, User
from graph_photos.directory.query import PROPERTIES, DirectoryQuery
from graph_photos.domain.records import Freshness, OwnerKey
from graph_photos.domain.resolutions import resolved
from graph_photos.storage.directory_query import DENSE, Dialect, count_sql, density_sql, page_sql
from graph_photos.storage.queries import group_from, user_from

_Item = TypeVar("_Item", User, Group)
KEPT_COUNTS = 1024  # the counts kept (an entry: a query's SQL text, parameters and a number)


class DirectoryReads:
    """`get_user`, `get_group`, `find_users`, `find_groups` on the backend's primitives."""

    dialect: Dialect
    # (count SQL, its parameters) -> (the directory's generation, the count), least recent first
    _counts: OrderedDict[tuple[object, ...], tuple[int, int]] | None = None

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
        properties = PROPERTIES[query.kind]
        density = density_sql(self.dialect, tenant_id, query, properties)
        dense = density is not None and int((await self._rows(*density))[0][0]) >= DENSE
        sql, parameters = page_sql(self.dialect, tenant_id, query, after, properties, dense=dense)
        rows = await self._rows(sql, parameters)
        items = tuple(decode(str(row[2])) for row in rows[: query.top])
        next_after = None
        if len(rows) > query.top:
            last = rows[query.top - 1]
            next_after = (str(last[0]), str(last[1]))
        count = await self.count(tenant_id, query) if query.count else None
        return Page(items, next_after, count)

    async def count(self, tenant_id: str | None, query: DirectoryQuery) -> int:
        sql, parameters = count_sql(self.dialect, tenant_id, query, PROPERTIES[query.kind])
        if self._counts is None:
            self._counts = OrderedDict()
        counts = self._counts
        key = (sql, *parameters)
        generation = (await self.freshness(None)).generation
        kept = counts.get(key)
        if kept is not None and kept[0] == generation:
            counts.move_to_end(key)
            return kept[1]
        number = int((await self._rows(sql, parameters))[0][0])
        counts[key] = (generation, number)
        if len(counts) > KEPT_COUNTS:
            counts.popitem(last=False)
        return number
