"""Handlers of the directory reads: `/me`, `/users`, `/users/{user-id}`, `/users/$count`,
`/groups`, `/groups/{group-id}`, `/groups/$count`, and a group's `members` and
`transitiveMembers` (with their casts to users and groups), in the caller's tenant.

`users`, `me` and `groups` bind these functions to their operationIds. `$select` narrows each
object (and names the selection in `@odata.context`); collections take Graph's query options
(`web/odata_query.py`, checked by `directory/query.py`) and page with `@odata.nextLink`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from urllib.parse import quote

from starlette.responses import Response

from graph_photos.directory.model import ObjectKind, ascii_key
from graph_photos.directory.query import DirectoryQuery
from graph_photos.generated.models import (
    DirectoryObjectCollection,
    Group,
    GroupCollection,
    User,
    UserCollection,
)
from graph_photos.specification import default_properties
from graph_photos.web import convert, odata_query
from graph_photos.web.context import RequestContext, current_request
from graph_photos.web.errors import GraphError
from graph_photos.web.odata_query import CollectionOptions

_SCHEMAS: dict[ObjectKind, str] = {"users": "user", "groups": "group"}


def _properties(
    request: RequestContext, kind: ObjectKind, select: Sequence[str] | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What `$select` named (empty: nothing), and the properties to send: those, or the API
    version's default set (the spec's `x-default-properties`)."""
    chosen = odata_query.selection(select)
    return chosen, chosen or default_properties(_SCHEMAS[kind], request.api_version)


def _entity_context(
    request: RequestContext, entity_set: ObjectKind, chosen: tuple[str, ...]
) -> str:
    return request.metadata_url(f"{entity_set}{odata_query.context_suffix(chosen)}/$entity")


async def get_me(select: list[str] | None = None) -> User:
    request = current_request()
    chosen, sent = _properties(request, "users", select)
    user = await request.directory.get_user(request.addressed())
    return convert.user(user, sent, _entity_context(request, "users", chosen))


async def get_user(user_id: str, select: list[str] | None = None) -> User:
    request = current_request()
    chosen, sent = _properties(request, "users", select)
    user = await request.directory.get_user(request.addressed(user_id=user_id))
    return convert.user(user, sent, _entity_context(request, "users", chosen))


async def get_group(group_id: str, select: list[str] | None = None) -> Group:
    request = current_request()
    chosen, sent = _properties(request, "groups", select)
    group = await request.directory.get_group(request.addressed(group_id=group_id))
    return convert.group(group, sent, _entity_context(request, "groups", chosen))


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
    collection: str | None = None,
) -> tuple[str, str | None]:
    """The collection's context URL, and its next page's link (None on the last page);
    `collection`: its path below the version when it is not `kind` (a group's members)."""
    chosen = odata_query.selection(options.select)
    context = request.metadata_url(f"{kind}{odata_query.context_suffix(chosen)}")
    if next_after is None:
        return context, None
    url = request.collection_url(collection or kind)
    return context, odata_query.next_link(url, options, next_after)


async def _members_of(request: RequestContext, group_id: str) -> str:
    """The key of the group `group_id` names in the caller's tenant (404 when none does)."""
    group = await request.directory.get_group(request.addressed(group_id=group_id))
    return ascii_key(group.id)


async def _users(
    asked: CollectionOptions, skiptoken: str | None, group: tuple[str, bool] | None = None
) -> UserCollection:
    """A page of the tenant's users, or (`group`: its id, transitive) of a group's members."""
    request = current_request()
    options, query, after = _collection_query(request, "users", asked, skiptoken)
    collection = None
    if group is not None:
        group_id, transitive = group
        query = query.members_of(await _members_of(request, group_id), transitive=transitive)
        collection = _member_path(group_id, transitive, "user")
    page = await request.directory.find_users(request.caller.tenant_id, query, after)
    context, link = _urls(request, "users", options, page.next_after, collection)
    _, sent = _properties(request, "users", options.select)
    return convert.users(page.items, sent, context, link, page.count)


async def _groups(
    asked: CollectionOptions, skiptoken: str | None, group: tuple[str, bool] | None = None
) -> GroupCollection:
    """A page of the tenant's groups, or (`group`: its id, transitive) of a group's members."""
    request = current_request()
    options, query, after = _collection_query(request, "groups", asked, skiptoken)
    collection = None
    if group is not None:
        group_id, transitive = group
        query = query.members_of(await _members_of(request, group_id), transitive=transitive)
        collection = _member_path(group_id, transitive, "group")
    page = await request.directory.find_groups(request.caller.tenant_id, query, after)
    context, link = _urls(request, "groups", options, page.next_after, collection)
    _, sent = _properties(request, "groups", options.select)
    return convert.groups(page.items, sent, context, link, page.count)


def _member_path(group_id: str, transitive: bool, cast: str | None = None) -> str:
    segment = "transitiveMembers" if transitive else "members"
    path = f"groups/{quote(group_id, safe='@')}/{segment}"
    return path if cast is None else f"{path}/microsoft.graph.{cast}"


def _asked(
    top: int | None,
    select: list[str] | None,
    filter_text: str | None,
    count: bool | None,
    orderby: str | None,
    search: str | None,
) -> CollectionOptions:
    return CollectionOptions(
        filter_text, orderby, top, bool(count), odata_query.selection(select), search
    )


async def list_users(
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> UserCollection:
    return await _users(_asked(top, select, filter, count, orderby, search), skiptoken)


async def list_groups(
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> GroupCollection:
    return await _groups(_asked(top, select, filter, count, orderby, search), skiptoken)


async def list_user_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> UserCollection:
    asked = _asked(top, select, filter, count, orderby, search)
    return await _users(asked, skiptoken, (group_id, False))


async def list_transitive_user_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> UserCollection:
    asked = _asked(top, select, filter, count, orderby, search)
    return await _users(asked, skiptoken, (group_id, True))


async def list_group_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> GroupCollection:
    asked = _asked(top, select, filter, count, orderby, search)
    return await _groups(asked, skiptoken, (group_id, False))


async def list_transitive_group_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    select: list[str] | None = None,
    filter: str | None = None,  # `$filter`
    count: bool | None = None,
    orderby: str | None = None,
    search: str | None = None,
) -> GroupCollection:
    asked = _asked(top, select, filter, count, orderby, search)
    return await _groups(asked, skiptoken, (group_id, True))


async def _members(
    group_id: str, transitive: bool, top: int | None, skiptoken: str | None, count: bool | None
) -> DirectoryObjectCollection:
    """A page of a group's members, users first, then groups, each in the order of their ids.
    A page's position is (the type, the id key): a walk goes through the users, then the
    groups, and never skips or repeats one while the directory does not change."""
    request = current_request()
    asked = CollectionOptions(top=top, count=bool(count))
    options, after = (asked, None) if skiptoken is None else odata_query.continued(skiptoken)
    size = DirectoryQuery.of("users", top=options.top).top  # `$top` checked as on /users
    key = await _members_of(request, group_id)
    tenant = request.caller.tenant_id
    users_query = DirectoryQuery("users", top=size).members_of(key, transitive=transitive)
    groups_query = DirectoryQuery("groups", top=size).members_of(key, transitive=transitive)
    value: list[User | Group] = []
    next_after: tuple[str, str] | None = None
    if after is None or after[0] == "users":
        users = await request.directory.find_users(tenant, users_query, after)
        value += [convert.member(user, request.api_version) for user in users.items]
        if users.next_after is not None:
            next_after = ("users", users.next_after[1])
        after = None
    room = size - len(value)
    if next_after is None and room > 0:
        groups_query = dataclasses.replace(groups_query, top=room)
        groups = await request.directory.find_groups(tenant, groups_query, after)
        value += [convert.member(group, request.api_version) for group in groups.items]
        if groups.next_after is not None:
            next_after = ("groups", groups.next_after[1])
    elif next_after is None and await request.directory.count(tenant, groups_query):
        next_after = ("groups", "")  # the page is full of users; the groups follow
    page = DirectoryObjectCollection(
        odata_context=request.metadata_url("directoryObjects"), value=value
    )
    if request.eventual and options.count and skiptoken is None:
        users_count = await request.directory.count(tenant, users_query)
        page.odata_count = users_count + await request.directory.count(tenant, groups_query)
    if next_after is not None:
        url = request.collection_url(_member_path(group_id, transitive))
        page.odata_next_link = odata_query.next_link(url, options, next_after)
    return page


async def list_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    count: bool | None = None,
) -> DirectoryObjectCollection:
    return await _members(group_id, False, top, skiptoken, count)


async def list_transitive_members(
    group_id: str,
    top: int | None = None,
    skiptoken: str | None = None,
    count: bool | None = None,
) -> DirectoryObjectCollection:
    return await _members(group_id, True, top, skiptoken, count)


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
