"""Handlers of the directory reads: `/me`, `/users`, `/users/{user-id}`, `/groups`,
`/groups/{group-id}`, in the caller's tenant.

`users`, `me` and `groups` bind these functions to their operationIds. `$select` narrows each
object (and names the selection in `@odata.context`); listings page with `$top` and
`@odata.nextLink`.
"""

from __future__ import annotations

from graph_photos.directory.model import ObjectKind
from graph_photos.generated.models import Group, GroupCollection, User, UserCollection
from graph_photos.web import convert, odata_query
from graph_photos.web.context import RequestContext, current_request


def _entity_context(
    request: RequestContext, entity_set: ObjectKind, chosen: tuple[str, ...]
) -> str:
    return request.metadata_url(f"{entity_set}{odata_query.context_suffix(chosen)}/$entity")


async def get_me(select: str | None = None) -> User:
    request = current_request()
    chosen = odata_query.selection(select)
    user = await request.directory.get_user(request.addressed())
    return convert.user(user, chosen, _entity_context(request, "users", chosen))


async def get_user(user_id: str, select: str | None = None) -> User:
    request = current_request()
    chosen = odata_query.selection(select)
    user = await request.directory.get_user(request.addressed(user_id=user_id))
    return convert.user(user, chosen, _entity_context(request, "users", chosen))


async def get_group(group_id: str, select: str | None = None) -> Group:
    request = current_request()
    chosen = odata_query.selection(select)
    group = await request.directory.get_group(request.addressed(group_id=group_id))
    return convert.group(group, chosen, _entity_context(request, "groups", chosen))


def _collection_urls(
    request: RequestContext,
    entity_set: ObjectKind,
    chosen: tuple[str, ...],
    top: int | None,
    select: str | None,
    next_after: str | None,
) -> tuple[str, str | None]:
    """The collection's context URL, and its next page's link (None on the last page)."""
    context = request.metadata_url(f"{entity_set}{odata_query.context_suffix(chosen)}")
    if next_after is None:
        return context, None
    link = odata_query.next_link(request.collection_url(entity_set), top, select, next_after)
    return context, link


async def list_users(
    top: int | None = None, skiptoken: str | None = None, select: str | None = None
) -> UserCollection:
    request = current_request()
    chosen = odata_query.selection(select)
    page = await request.directory.list_users(
        request.caller.tenant_id,
        odata_query.after_skiptoken(skiptoken),
        top or odata_query.DEFAULT_PAGE_SIZE,
    )
    context, link = _collection_urls(request, "users", chosen, top, select, page.next_after)
    return convert.users(page.items, chosen, context, link)


async def list_groups(
    top: int | None = None, skiptoken: str | None = None, select: str | None = None
) -> GroupCollection:
    request = current_request()
    chosen = odata_query.selection(select)
    page = await request.directory.list_groups(
        request.caller.tenant_id,
        odata_query.after_skiptoken(skiptoken),
        top or odata_query.DEFAULT_PAGE_SIZE,
    )
    context, link = _collection_urls(request, "groups", chosen, top, select, page.next_after)
    return convert.groups(page.items, chosen, context, link)
