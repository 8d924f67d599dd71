"""Handlers of the people API: `/me/people` and `/users/{user-id}/people`.

The people relevant to a user are, here, the other users of the tenant: those of the subject's
department first, then the rest, each by name (`graph_photos/directory/query.py` turns `$search`
and `$filter` into the query; storage sorts and limits, in SQL).
"""

from __future__ import annotations

from graph_photos.directory.model import User
from graph_photos.directory.query import (
    MAX_PEOPLE,
    PROPERTIES,
    And,
    Compare,
    DirectoryQuery,
    Expression,
    Not,
    Or,
    Order,
    people_filter_holds,
    people_search,
)
from graph_photos.generated.models import PersonCollection
from graph_photos.web import convert
from graph_photos.web.context import current_request
from graph_photos.web.errors import GraphError

DEFAULT_PEOPLE = 10
_BY_NAME = Order(PROPERTIES["users"]["displayName"])


def _ranks(subject: User, found: Expression | None) -> list[Expression]:
    """The conditions of each rank, most relevant first: the subject's department, the rest;
    never the subject."""
    others: Expression = Not(Compare("id", "eq", subject.id))
    if found is not None:
        others = And((found, others))
    if subject.department is None:
        return [others]
    same = Compare("department", "eq", subject.department)
    elsewhere = Or(
        (Compare("department", "ne", subject.department), Compare("department", "eq", None))
    )
    return [And((others, same)), And((others, elsewhere))]


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
    people: list[User] = []
    if people_filter_holds(filter or ""):  # every person here is a Person, an OrganizationUser
        for rank in _ranks(subject, people_search(search or "")):
            query = DirectoryQuery("users", rank, _BY_NAME, wanted - len(people))
            page = await request.directory.find_users(request.caller.tenant_id, query, None)
            people += page.items
            if len(people) >= wanted:
                break
    context = request.metadata_url(f"users('{subject.id}')/people")
    return convert.people(people[skip or 0 : wanted], context)
