"""Handlers of the people API: `/me/people` and `/users/{user-id}/people`.

The people relevant to a user are, here, the other users of the tenant, its Microsoft 365
groups and the user's own Outlook contacts, ranked by what the directory and the mailbox know
(no mail or meeting history, which Graph ranks by): the colleagues in the subject's groups, the
subject's contacts, the subject's own Microsoft 365 groups, the other users, the other
Microsoft 365 groups; each rank by name. The two "other" ranks are the
same query for every caller (the first matches by name, one more than asked), less the few the
ranks before them found: so a prefix typed by many is answered from the directory's kept pages
(`storage/directory_reads.py`). A department rank was tried between colleagues and the rest:
a prefix's matches within a twelfth of the tenant, an INTERSECT of both, tripled a search's
time at 100,000 users.
`graph_photos/directory/query.py` turns `$search` and `$filter` into the query; storage
sorts and limits, in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_photos.directory.contact_query import people_match
from graph_photos.directory.contacts import Contact
from graph_photos.directory.model import Group, ObjectKind, User, ascii_key
from graph_photos.directory.query import (
    CONTACT_PERSON,
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
    Order,
    SharesGroup,
    people_filter_holds,
    people_name_start,
    people_search,
)
from graph_photos.domain.store import DirectoryStore
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


@dataclass(frozen=True)
class _Rank:
    """One rank of people: a type and the condition its members meet. A `shared` rank asks
    the same query whatever the caller (one more than wanted, and as many more as the shared
    ranks it leaves out found), and leaves out the subject and what the ranks in `leaves_out`
    found: those found all they could, or the page was full before it."""

    kind: ObjectKind
    condition: Expression | None
    shared: bool = False
    leaves_out: tuple[_Rank, ...] = ()


def _ranks(subject: User, search: str) -> list[_Rank]:
    """Each rank, most relevant first: the colleagues in the subject's groups, the subject's
    Microsoft 365 groups, the users whose name starts with the search, the other users, the
    other Microsoft 365 groups."""
    key = ascii_key(subject.id)
    users = people_search(search)
    groups = _both(people_search(search, "groups"), _UNIFIED)
    colleagues = _Rank(
        "users", _both(users, Not(Compare("id", "eq", subject.id)), SharesGroup(key))
    )
    own_groups = _Rank("groups", And((groups, HasMember(key))))
    ranks = [colleagues, own_groups]
    named = people_name_start(search)
    if named is not None:
        ranks.append(_Rank("users", named, shared=True, leaves_out=(colleagues,)))
    ranks += [
        _Rank("users", users, shared=True, leaves_out=(colleagues, *ranks[2:])),
        _Rank("groups", groups, shared=True, leaves_out=(own_groups,)),
    ]
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
    kinds: dict[ObjectKind, bool] = {
        "users": people_filter_holds(filter or "", PERSON),
        "groups": people_filter_holds(filter or "", GROUP_PERSON),
    }
    contacts: list[Contact] = []
    if people_filter_holds(filter or "", CONTACT_PERSON):  # and the subject's contacts
        tenant = request.caller.tenant_id  # where the subject was found
        contacts = await request.mailboxes.people(tenant, subject.id, people_match(search))
    async with request.directory.one_generation():
        people = await _ranked(
            request.directory,
            request.caller.tenant_id,
            subject,
            search or "",
            wanted,
            kinds,
            contacts,
        )
    context = request.metadata_url(f"users('{subject.id}')/people")
    return convert.people(people[skip or 0 : wanted], context)


async def _ranked(
    directory: DirectoryStore,
    tenant: str | None,
    subject: User,
    search: str,
    wanted: int,
    kinds: dict[ObjectKind, bool],
    contacts: list[Contact],
) -> list[User | Group | Contact]:
    """The first `wanted` people of `kinds` for `subject`, rank by rank; the subject's
    `contacts` right after the colleagues."""
    people: list[User | Group | Contact] = []
    found: dict[_Rank, list[User | Group]] = {}  # each rank's answer, before leaving out
    for index, rank in enumerate(_ranks(subject, search)):
        if index == 1:
            people += contacts[: wanted - len(people)]
        if len(people) >= wanted:
            break
        if not kinds[rank.kind]:
            found[rank] = []
            continue
        top = wanted - len(people)
        if rank.shared:
            top = wanted + 1 + sum(len(found[r]) for r in rank.leaves_out if r.shared)
        order = _BY_NAME if rank.kind == "users" else _GROUPS_BY_NAME
        query = DirectoryQuery(rank.kind, rank.condition, order, top)
        if rank.kind == "users":
            found[rank] = list((await directory.find_users(tenant, query, None)).items)
        else:
            found[rank] = list((await directory.find_groups(tenant, query, None)).items)
        known = {subject.id} | {item.id for r in rank.leaves_out for item in found[r]}
        people += [item for item in found[rank] if item.id not in known][: wanted - len(people)]
    return people
