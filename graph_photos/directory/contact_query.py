"""What a `$filter` on contacts means, as Outlook answers it: conditions on a contact's text
properties, its e-mail addresses and its categories, evaluated on the contacts of one folder.

The filter is parsed by the directory's grammar (`graph_photos.directory.query.parse_filter`,
Graph's dialect of OData); this module decides what it means for a contact. Text compares
ignoring case, as Exchange compares. A mailbox's folder is small next to a directory, so the
conditions are evaluated here rather than in SQL: one walk over the folder's contacts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from graph_photos.directory.contacts import CONTACT_FIELDS, Contact, ContactFields, EmailAddress
from graph_photos.directory.model import ascii_key
from graph_photos.directory.query import (
    ELEMENT,
    And,
    Any_,
    Call,
    Compare,
    Expression,
    In,
    Not,
    Or,
    QueryRejected,
    Value,
    holds,
    parse_filter,
    people_words,
)
from graph_photos.directory.terms import word_starts

_TEXT = frozenset(
    name
    for name, attribute in CONTACT_FIELDS.items()
    if attribute
    not in ("email_addresses", "im_addresses", "business_phones", "home_phones", "categories")
)
_ORDER: dict[str, Callable[[str, str], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "gt": lambda a, b: a > b,
    "le": lambda a, b: a <= b,
    "ge": lambda a, b: a >= b,
}

ContactFilter = Callable[[ContactFields], bool]


def _rejected(detail: str) -> QueryRejected:
    return QueryRejected("ErrorInvalidUrlQueryFilter", f"The $filter is not supported: {detail}")


def contact_filter(text: str | None) -> ContactFilter:
    """The condition a contacts `$filter` sets (none: every contact); raises `QueryRejected`
    for what it cannot mean."""
    if text is None or not text.strip():
        return lambda _fields: True
    try:
        expression = parse_filter(text)
    except QueryRejected as exc:
        raise QueryRejected("ErrorInvalidUrlQueryFilter", exc.message) from None
    _check(expression)
    return lambda fields: holds(expression, lambda c: _condition_holds(c, fields))


def _check(expression: Expression) -> None:
    """Raise `QueryRejected` for a condition that names what a contact does not have."""
    match expression:
        case Compare(property=name, value=value) | Call(property=name, value=value):
            _check_text(name, value)
        case In(property=name, values=values):
            for value in values:
                _check_text(name, value)
        case Any_(collection="emailAddresses", condition=condition):
            _check_element(condition, ("address", "name"))
        case Any_(collection="categories", condition=condition):
            _check_element(condition, ())
        case Any_(collection=name):
            raise _rejected(f"any() takes emailAddresses or categories, not '{name}'.")
        case Not(operand=operand):
            _check(operand)
        case And(operands=operands) | Or(operands=operands):
            for operand in operands:
                _check(operand)
        case _:
            raise _rejected("use comparisons, startswith, endswith, any, and, or, not.")


def _check_text(name: str, value: Value) -> None:
    if name not in _TEXT:
        raise _rejected(
            f"could not find a property named '{name}' on type 'microsoft.graph.contact'."
        )
    if value is not None and not isinstance(value, str):
        raise _rejected(f"'{name}' is text: compare it with a quoted string.")


def _check_element(condition: Expression, parts: tuple[str, ...]) -> None:
    """Check a lambda's condition: on the element itself (`parts` empty), else on its parts."""
    names = {f"{ELEMENT}/{part}" for part in parts} if parts else {ELEMENT}
    match condition:
        case Compare(property=name, value=value) | Call(property=name, value=value):
            if name not in names or not isinstance(value, str | None):
                raise _rejected(
                    "inside any(), compare the element's address or name with a string."
                )
        case In(property=name):
            if name not in names:
                raise _rejected("inside any(), compare the element's address or name.")
        case Not(operand=operand):
            _check_element(operand, parts)
        case And(operands=operands) | Or(operands=operands):
            for operand in operands:
                _check_element(operand, parts)
        case _:
            raise _rejected("inside any(), use comparisons, startswith and endswith.")


def _text_holds(condition: Expression, value: str | None) -> bool:
    """Whether a comparison, `in` or call holds for one text value (ignoring case)."""
    folded = None if value is None else value.casefold()
    match condition:
        case Compare(op=op, value=None):
            return (folded is None) == (op == "eq") if op in ("eq", "ne") else False
        case Compare(op=op, value=str() as wanted):
            return folded is not None and _ORDER[op](folded, wanted.casefold())
        case In(values=values):
            return any(
                (folded is None and wanted is None)
                or (folded is not None and isinstance(wanted, str) and folded == wanted.casefold())
                for wanted in values
            )
        case Call(function=function, value=wanted):
            if folded is None:
                return False
            wanted = wanted.casefold()
            return (
                folded.startswith(wanted) if function == "startswith" else folded.endswith(wanted)
            )
    raise AssertionError(condition)  # _check let nothing else through


def _element_holds(condition: Expression, element: EmailAddress | str) -> bool:
    """Whether a lambda's condition (one comparison, `in` or call) holds for one element."""
    if isinstance(element, str):
        return _text_holds(condition, element)
    assert isinstance(condition, Compare | In | Call)  # _check let nothing else through
    part = condition.property.partition("/")[2]
    return _text_holds(condition, element.address if part == "address" else element.name)


def _condition_holds(condition: Expression, fields: ContactFields) -> bool:
    """Whether one condition that is not `not`, `and` or `or` holds for a contact."""
    match condition:
        case Any_(collection=collection, condition=inner):
            elements = (
                fields.email_addresses if collection == "emailAddresses" else fields.categories
            )
            return any(holds(inner, partial(_element_holds, element=e)) for e in elements)
        case Compare(property=name) | In(property=name) | Call(property=name):
            return _text_holds(condition, getattr(fields, CONTACT_FIELDS[name]))
    raise AssertionError(condition)  # _check let nothing else through


def people_match(text: str | None) -> ContactFilter:
    """Whether a contact is one a people `$search` finds: each word starts a word of its name
    or one of its addresses, ignoring ASCII case, as the directory's people are found."""
    words = [ascii_key(word) for word in people_words(text or "")]

    def found(fields: ContactFields) -> bool:
        name = ascii_key(fields.display_name or "")
        starts = [name[start:] for start in word_starts(fields.display_name or "")]
        starts += [ascii_key(item.address) for item in fields.email_addresses if item.address]
        return all(any(start.startswith(word) for start in starts) for word in words)

    return found


def ordered(contacts: Sequence[Contact], orderby: Sequence[str]) -> list[Contact]:
    """`contacts` in `$orderby`'s order (`surname`, `givenName desc`: the spec admits only a
    text property or a date of a contact): text ignoring case, a contact without the property
    last whatever the direction; ties keep the order they came in (of creation)."""
    result = list(contacts)
    for clause in reversed(orderby):  # the first clause sorts last: stable sorts compose
        name, _, direction = clause.partition(" ")

        def value(contact: Contact, name: str = name) -> str | datetime | None:
            if name == "createdDateTime":
                return contact.created
            if name == "lastModifiedDateTime":
                return contact.modified
            text: str | None = getattr(contact.fields, CONTACT_FIELDS[name])
            return None if text is None else text.casefold()

        present = [contact for contact in result if value(contact) is not None]
        present.sort(key=value, reverse=direction == "desc")  # type: ignore[arg-type]
        result = present + [contact for contact in result if value(contact) is None]
    return result
