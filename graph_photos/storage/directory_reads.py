"""The directory reads of `DirectoryStore`, written once for both backends.

Each backend gives two primitives: the properties of one object (`_object`), and the rows of
one read-only statement (`_rows`, in one snapshot); the SQL is `queries` (lookups) and
`directory_query` (a query's page and count, in the backend's `dialect`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from graph_photos.directory.model import Group, ObjectKind, ObjectRef, Page, User
from graph_photos.directory.query import PROPERTIES, DirectoryQuery
from graph_photos.domain.resolutions import resolved
from graph_photos.storage.directory_query import Dialect, count_sql, page_sql
from graph_photos.storage.queries import group_from, user_from

_Item = TypeVar("_Item", User, Group)


class DirectoryReads:
    """`get_user`, `get_group`, `find_users`, `find_groups` on the backend's primitives."""

    dialect: Dialect

    async def _object(self, tenant_id: str | None, kind: ObjectKind, reference: str) -> str:
        raise NotImplementedError

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        """The rows of one read-only statement."""
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
        sql, parameters = page_sql(self.dialect, tenant_id, query, after, properties)
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
        return int((await self._rows(sql, parameters))[0][0])
