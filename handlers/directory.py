"""Handlers of the directory reads: `/me`, `/users`, `/users/{user-id}`, `/users/$count`,
`/groups`, `/groups/{group-id}`, `/groups/$count`, in the caller's tenant.

`users`, `me` and `groups` bind these functions to their operationIds. `$select` narrows each
object (and names the selection in `@odata.context`); collections take Graph's query options
(`web/odata_query.py`, checked by `directory/query.py`) and page with `@odata.nextLink`.
"""

from __future__ import annotations

from starlette.responses import Response

from graph_photos.directory.model import ObjectKind
from graph_photos.directory.query import DirectoryQuery
from graph_photos.generated.models import Group, GroupCollection, User, UserCollection
from graph_photos.web import convert, odata_query
from graph_photos.web.context import RequestContext, current_request
from graph_photos.web.errors import GraphError
from graph_photos.web.odata_query import CollectionOptions


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


def _collection_query(
    request: RequestContext,
    kind: ObjectKind,
    asked: CollectionOptions,
    skiptoken: str | None,
) -> tuple[CollectionOptions, DirectoryQuery, tuple[str, str] | None]:
    """The options (a `$skiptoken`'s, which carries the first request's), the checked query,
    and where its page starts. (`$skip` is refused before: the spec says so.)"""
    options, after = (asked, None) if skiptoken is None else odata_query.continued(skiptoken)
    query = DirectoryQuery.of(
        kind,
        filter_text=options.filter,
        orderby=options.orderby,
        top=options.top,
        count=options.count,
        eventual=request.eventual,
        search=options.search,
    )
    return options, query, after


def _urls(
    request: RequestContext,
    kind: ObjectKind,
    options: CollectionOptions,
    next_after: tuple[str, str] | None,
) -> tuple[str, str | None]:
    """The collection's context URL, and its next page's link (None on the last page)."""
    chosen = odata_query.selection(options.select)
    context = request.metadata_url(f"{kind}{odata_query.context_suffix(chosen)}")
    if next_after is None:
        return context, None
    return context, odata_query.next_link(request.collection_url(kind), options, next_after)


async def list_users(
    top: int | None = None,
    skiptoken: str | None = None,
    select: str | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> UserCollection:
    request = current_request()
    asked = CollectionOptions(filter, orderby, top, bool(count), select, search)
    options, query, after = _collection_query(request, "users", asked, skiptoken)
    page = await request.directory.find_users(request.caller.tenant_id, query, after)
    context, link = _urls(request, "users", options, page.next_after)
    chosen = odata_query.selection(options.select)
    return convert.users(page.items, chosen, context, link, page.count)


async def list_groups(
    top: int | None = None,
    skiptoken: str | None = None,
    select: str | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> GroupCollection:
    request = current_request()
    asked = CollectionOptions(filter, orderby, top, bool(count), select, search)
    options, query, after = _collection_query(request, "groups", asked, skiptoken)
    page = await request.directory.find_groups(request.caller.tenant_id, query, after)
    context, link = _urls(request, "groups", options, page.next_after)
    chosen = odata_query.selection(options.select)
    return convert.groups(page.items, chosen, context, link, page.count)


async def _count(kind: ObjectKind, filter_text: str | None) -> Response:
    request = current_request()
    if not request.eventual:
        raise GraphError(400, "Request_BadRequest", "$count is not currently supported.")
    query = DirectoryQuery.of(kind, filter_text=filter_text, count=True, eventual=True)
    total = await request.directory.count(request.caller.tenant_id, query)
    return Response(str(total), media_type="text/plain")


async def count_users(filter: str | None = None) -> Response:
    return await _count("users", filter)


async def count_groups(filter: str | None = None) -> Response:
    return await _count("groups", filter)
