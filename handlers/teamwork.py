"""Handlers of a team's addresses: its photo wherever Graph addresses it (`/teams/{team-id}`,
`/groups/{group-id}/team`, `/me/joinedTeams/{team-id}`, `/users/{user-id}/joinedTeams/{team-id}`),
and the teams a user is a direct member of (`joinedTeams`). `teams`, `groups`, `me` and `users`
bind these functions to their operationIds.

A team is the group it is built on: its photo is the group's, read and written through the
team's reference (an `ObjectRef` of kind `teams`, which the store finds only where a team is).
A team photo's upload answers `204` with no body, as Graph answers it. A joined team's address
names a team of the user's own: any other answers `404`, as a group without a team does.
"""

from __future__ import annotations

from starlette.responses import Response

from graph_photos.directory.model import Group, ascii_key
from graph_photos.directory.query import MAX_TOP, PROPERTIES, DirectoryQuery, HasMember, Order
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.generated.models import ProfilePhoto, TeamCollection
from graph_photos.handlers import photo
from graph_photos.web import convert, odata_query
from graph_photos.web.context import current_request

_GROUPS_BY_NAME = Order(PROPERTIES["groups"]["displayName"])


async def get_team_photo(group_id: str | None = None, team_id: str | None = None) -> ProfilePhoto:
    return await photo.get_photo(team_id=team_id or group_id)


async def get_team_photo_content(
    group_id: str | None = None, team_id: str | None = None
) -> Response:
    return await photo.get_photo_content(team_id=team_id or group_id)


async def put_team_photo_content(
    body: bytes, group_id: str | None = None, team_id: str | None = None
) -> Response:
    await photo.put_photo_content(body, team_id=team_id or group_id)
    return Response(status_code=204)


patch_team_photo_content = put_team_photo_content


async def _joined(user_id: str | None) -> tuple[str, list[Group]]:
    """The user's (`/me`: the caller's) tenant, and the teams they are a direct member of, by
    name."""
    request = current_request()
    user = await request.directory.resolve(request.addressed(user_id=user_id))
    query = DirectoryQuery("groups", HasMember(user.key), _GROUPS_BY_NAME, MAX_TOP)
    groups: list[Group] = []
    after = None
    while True:  # a user's own groups: one page, rarely more
        page = await request.directory.find_groups(user.tenant_id, query, after)
        groups += [group for group in page.items if group.has_team]
        if page.next_after is None:
            return user.tenant_id, groups
        after = page.next_after


async def _joined_team(user_id: str | None, team_id: str) -> str:
    """The id of the team `team_id` names, if the user is a direct member of it."""
    for team in (await _joined(user_id))[1]:
        if ascii_key(team.id) == ascii_key(team_id):
            return team.id
    raise ObjectNotFound(team_id)


async def get_joined_team_photo(team_id: str, user_id: str | None = None) -> ProfilePhoto:
    return await get_team_photo(team_id=await _joined_team(user_id, team_id))


async def get_joined_team_photo_content(team_id: str, user_id: str | None = None) -> Response:
    return await get_team_photo_content(team_id=await _joined_team(user_id, team_id))


async def put_joined_team_photo_content(
    body: bytes, team_id: str, user_id: str | None = None
) -> Response:
    return await put_team_photo_content(body, team_id=await _joined_team(user_id, team_id))


patch_joined_team_photo_content = put_joined_team_photo_content


async def list_joined_teams(
    user_id: str | None = None, select: list[str] | None = None
) -> TeamCollection:
    tenant_id, teams = await _joined(user_id)
    chosen = odata_query.selection(select)
    context = current_request().metadata_url(f"teams{odata_query.context_suffix(chosen)}")
    return convert.teams(teams, tenant_id, chosen, context)
