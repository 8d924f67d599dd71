"""Handlers of the directory reads: `/me`, `/users`, `/users/{user-id}`, `/groups`,
`/groups/{group-id}`, in the caller's tenant.

`users`, `me` and `groups` bind these functions to their operationIds. `$select` narrows each
object (and names the selection in `@odata.context`); listings page with `$top` and
`@odata.nextLink`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from graph_photos.directory.model import Group, ObjectKind, Page, User
from graph_photos.web import convert, odata_query
from graph_photos.web.context import RequestContext, current_request

_Item = TypeVar("_Item", User, Group)


def _entity(
    request: RequestContext,
    entity_set: ObjectKind,
    document: dict[str, Any],
    chosen: tuple[str, ...],
) -> dict[str, Any]:
    request.resolved(entity_set, document["id"])
    suffix = odata_query.context_suffix(chosen)
    context = request.metadata_url(f"{entity_set}{suffix}/$entity")
    return {"@odata.context": context, **odata_query.selected(document, chosen)}


async def get_me(select: str | None = None) -> dict[str, Any]:
    request = current_request()
    chosen = odata_query.selection(select)
    user = await request.directory.get_user(request.addressed())
    return _entity(request, "users", convert.user(user), chosen)


async def get_user(user_id: str, select: str | None = None) -> dict[str, Any]:
    request = current_request()
    chosen = odata_query.selection(select)
    user = await request.directory.get_user(request.addressed(user_id=user_id))
    return _entity(request, "users", convert.user(user), chosen)


async def get_group(group_id: str, select: str | None = None) -> dict[str, Any]:
    request = current_request()
    chosen = odata_query.selection(select)
    group = await request.directory.get_group(request.addressed(group_id=group_id))
    return _entity(request, "groups", convert.group(group), chosen)


def _collection(
    request: RequestContext,
    entity_set: ObjectKind,
    page: Page[_Item],
    to_json: Callable[[_Item], dict[str, Any]],
    chosen: tuple[str, ...],
    top: int | None,
    select: str | None,
) -> dict[str, Any]:
    suffix = odata_query.context_suffix(chosen)
    document: dict[str, Any] = {"@odata.context": request.metadata_url(f"{entity_set}{suffix}")}
    if page.next_after is not None:
        document["@odata.nextLink"] = odata_query.next_link(
            request.collection_url(entity_set), top, select, page.next_after
        )
    document["value"] = [odata_query.selected(to_json(item), chosen) for item in page.items]
    return document


async def list_users(
    top: int | None = None, skiptoken: str | None = None, select: str | None = None
) -> dict[str, Any]:
    request = current_request()
    chosen = odata_query.selection(select)
    page = await request.directory.list_users(
        request.caller.tenant_id,
        odata_query.after_skiptoken(skiptoken),
        top or odata_query.DEFAULT_PAGE_SIZE,
    )
    return _collection(request, "users", page, convert.user, chosen, top, select)


async def list_groups(
    top: int | None = None, skiptoken: str | None = None, select: str | None = None
) -> dict[str, Any]:
    request = current_request()
    chosen = odata_query.selection(select)
    page = await request.directory.list_groups(
        request.caller.tenant_id,
        odata_query.after_skiptoken(skiptoken),
        top or odata_query.DEFAULT_PAGE_SIZE,
    )
    return _collection(request, "groups", page, convert.group, chosen, top, select)
