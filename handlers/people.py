"""Handlers of the people API: `/me/people` and `/users/{user-id}/people`.

The people relevant to a user are, here, the other users of the tenant and its Microsoft 365
groups, ranked by what the directory knows (it keeps no mail or meeting history, which Graph
ranks by): the colleagues in the subject's groups, the subject's own Microsoft 365 groups, the
subject's department, the other users, the other Microsoft 365 groups; each rank by name.
`graph_photos/directory/query.py` turns `$search` and `$filter` into the query; storage
sorts and limits, in SQL.
"""

from __future__ import annotations

from graph_photos.directory.model import Group, ObjectKind, User, ascii_key
from graph_photos.directory.query import (
    ELEMENT,
    GROUP_PERSON,
    MAX_PEOPLE,
    PERSON,
    PROPERTIES,
    And,
    Any_,
    Compare,
    DirectoryQuery,
    Expression,
    HasMember,
    Not,
    Or,
    Order,
    SharesGroup,
    people_filter_holds,
    people_search,
)
from graph_photos.generated.models import PersonCollection
from graph_photos.web import convert
from graph_photos.web.context import current_request
from graph_photos.web.errors import GraphError

DEFAULT_PEOPLE = 10
_BY_NAME = Order(PROPERTIES["users"]["displayName"])
_GROUPS_BY_NAME = Order(PROPERTIES["groups"]["displayName"])
_UNIFIED = Any_("groupTypes", Compare(ELEMENT, "eq", "Unified"))


def _both(*conditions: Expression | None) -> Expression:
    present = tuple(condition for condition in conditions if condition is not None)
    return present[0] if len(present) == 1 else And(present)


def _ranks(subject: User, search: str) -> list[tuple[ObjectKind, Expression]]:
    """Each rank's type and condition, most relevant first: the colleagues in the subject's
    groups, the subject's Microsoft 365 groups, the subject's department, the other users, the
    other Microsoft 365 groups; never the subject."""
    key = ascii_key(subject.id)
    users = _both(people_search(search), Not(Compare("id", "eq", subject.id)))
    groups = _both(people_search(search, "groups"), _UNIFIED)
    colleague = SharesGroup(key)
    ranks: list[tuple[ObjectKind, Expression]] = [
        ("users", And((users, colleague))),
        ("groups", And((groups, HasMember(key)))),
    ]
    elsewhere = And((users, Not(colleague)))
    if subject.department is not None:
        same = Compare("department", "eq", subject.department)
        other = Or(
            (Compare("department", "ne", subject.department), Compare("department", "eq", None))
        )
        ranks += [("users", And((elsewhere, same))), ("users", And((elsewhere, other)))]
    else:
        ranks.append(("users", elsewhere))
    ranks.append(("groups", And((groups, Not(HasMember(key))))))
    return ranks


async def list_people(
    user_id: str | None = None,
    search: str | None = None,
    filter: str | None = None,  # `$filter`
    top: int | None = None,
    skip: int | None = None,
) -> PersonCollection:
    request = current_request()
    subject = await request.directory.get_user(request.addressed(user_id=user_id))
    if search and skip:
        raise GraphError(400, "Request_BadRequest", "$skip is not supported with $search.")
    wanted = (skip or 0) + (top or DEFAULT_PEOPLE)
    if wanted > MAX_PEOPLE:
        raise GraphError(
            400,
            "Request_UnsupportedQuery",
            f"$skip and $top together may reach at most {MAX_PEOPLE} people.",
        )
    # Which kinds of person the filter lets through: organisation users, unified groups.
    kinds = {
        "users": people_filter_holds(filter or "", PERSON),
        "groups": people_filter_holds(filter or "", GROUP_PERSON),
    }
    tenant = request.caller.tenant_id
    people: list[User | Group] = []
    for kind, condition in _ranks(subject, search or ""):
        if len(people) >= wanted:
            break
        if not kinds[kind]:
            continue
        if kind == "users":
            query = DirectoryQuery("users", condition, _BY_NAME, wanted - len(people))
            people += (await request.directory.find_users(tenant, query, None)).items
        else:
            query = DirectoryQuery("groups", condition, _GROUPS_BY_NAME, wanted - len(people))
            people += (await request.directory.find_groups(tenant, query, None)).items
    context = request.metadata_url(f"users('{subject.id}')/people")
    return convert.people(people[skip or 0 : wanted], context)
