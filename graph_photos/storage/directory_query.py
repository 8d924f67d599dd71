"""A checked `DirectoryQuery` as SQL, for SQLite and PostgreSQL alike: the database filters,
counts, sorts and pages; nothing is filtered in Python.

Properties live in `directory_objects.properties` (JSON), except the id and userPrincipalName,
which have key columns (`id_key`, `upn_key`). Strings compare as Graph compares them, ignoring
ASCII case only: both sides are folded (`lower` on SQLite, which folds ASCII only; `translate`
of A-Z on PostgreSQL, whose `lower` would fold every script). Every value is a bound parameter;
the only names written into the SQL are this module's own columns.

Paging is by keyset: the page after (sort value, id key), in the order of the sort property
then the id, so that a walk never skips or repeats an object while the directory does not change.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_photos.directory.model import ascii_key
from graph_photos.directory.query import (
    ELEMENT,
    Any_,
    Call,
    Compare,
    DirectoryQuery,
    Expression,
    HasMember,
    In,
    Membership,
    Not,
    Or,
    Property,
    Search,
    SharesGroup,
    Value,
)
from graph_photos.storage.queries import TENANT

_SQL_OPERATORS = {"eq": "=", "ne": "<>", "lt": "<", "gt": ">", "le": "<=", "ge": ">="}
_KEY_COLUMNS = frozenset({"id_key", "upn_key"})  # stored folded already
# What ends a word of a displayName or description for `$search`; Graph also starts a word where
# the case changes from lower to upper (`McDonald`) and where letters and digits meet
# (`Room42B`), which folded text cannot tell: those are matched on the text as stored
# (`Dialect.matches`, a case-sensitive GLOB or regular expression).
_WORD_STARTS = (" ", "-", ".", "_", "(", "/", "@", "'", ",", "&", "+")
_GLOB_SPECIAL = frozenset("*?[")


def _boundaries(text: str) -> list[tuple[str, str]]:
    """Where a word can start inside a run of letters and digits, for a search `text`: (the
    class of the character before, the class of the first one), both case-sensitive."""
    first = text[:1]
    if first.isascii() and first.isalpha():
        return [("[a-z]", first.upper()), ("[0-9]", f"[{first.lower()}{first.upper()}]")]
    if first.isascii() and first.isdigit():
        return [("[A-Za-z]", first)]
    return []


@dataclass(frozen=True)
class Dialect:
    """What differs between the engines: placeholders, JSON access, folding, booleans."""

    name: str
    placeholder: str

    def field(self, column: str) -> str:
        if column in _KEY_COLUMNS:
            return column
        if self.name == "sqlite":
            return f"json_extract(properties, '$.{column}')"
        return f"(properties::jsonb ->> '{column}')"

    def fold(self, sql: str) -> str:
        if self.name == "sqlite":
            return f"lower({sql})"
        return f"translate({sql}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"

    def elements(self, column: str) -> tuple[str, str]:
        """The FROM clause of a collection's elements, and the expression of one element."""
        if self.name == "sqlite":
            return f"json_each(properties, '$.{column}')", "value"
        return f"jsonb_array_elements_text(properties::jsonb -> '{column}') AS element(value)", (
            "element.value"
        )

    def matches(self, field: str, before: str, first: str, rest: str) -> tuple[str, str]:
        """A case-sensitive test that `field` holds a character of class `before`, then one
        of class `first`, then `rest` ignoring ASCII case: the SQL (with one placeholder)
        and the pattern to bind."""
        letters = []
        for char in rest:
            if char.isascii() and char.isalpha():
                letters.append(f"[{char.lower()}{char.upper()}]")
            elif self.name == "sqlite":
                letters.append(f"[{char}]" if char in _GLOB_SPECIAL else char)
            else:
                letters.append(char if char.isalnum() else "\\" + char)
        if self.name == "sqlite":
            return f"{field} GLOB {self.placeholder}", f"*{before}{first}{''.join(letters)}*"
        return f"{field} ~ {self.placeholder}", f"{before}{first}{''.join(letters)}"

    def boolean(self, value: bool) -> object:
        # json_extract answers 1/0 for true/false; ->> answers 'true'/'false'.
        return int(value) if self.name == "sqlite" else str(value).lower()


SQLITE = Dialect("sqlite", "?")
POSTGRES = Dialect("postgresql", "%s")


def _like(text: str) -> str:
    """`text` as a LIKE pattern that matches only itself (`\\` escapes)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Builder:
    def __init__(
        self, dialect: Dialect, properties: dict[str, Property], tenant_id: str | None
    ) -> None:
        self.dialect = dialect
        self.properties = properties
        self.tenant_id = tenant_id
        self.parameters: list[object] = []

    def param(self, value: object) -> str:
        self.parameters.append(value)
        return self.dialect.placeholder

    def tenant(self, tenant_id: str | None) -> str:
        """The caller's tenant, or the default one when the token names none."""
        self.parameters.append(tenant_id)
        return TENANT.format(p=self.dialect.placeholder)

    def text(self, value: Value) -> str:
        return self.param(ascii_key(str(value)))

    def members(self, tenant_id: str | None, within: Membership) -> str:
        """The condition that an object is a member of the group `within` names (transitive:
        or of a group that is, at any depth; a cycle ends where it began)."""
        d = self.dialect
        source, value = d.elements("members")
        member = d.fold(value)
        if not within.transitive:
            return (
                f"id_key IN (SELECT {member} FROM directory_objects g, {source} "
                f"WHERE g.tenant_id = {self.tenant(tenant_id)} AND g.kind = 'groups' "
                f"AND g.id_key = {self.param(within.group_key)})"
            )
        start = f"CAST({self.param(within.group_key)} AS TEXT)"
        return (
            f"id_key IN (WITH RECURSIVE reach(key) AS (SELECT {start} UNION "
            f"SELECT {member} FROM reach, directory_objects g, {source} "
            f"WHERE g.tenant_id = {self.tenant(tenant_id)} AND g.kind = 'groups' "
            f"AND g.id_key = reach.key) "
            f"SELECT key FROM reach WHERE key <> {self.param(within.group_key)})"
        )

    def where(self, expression: Expression, element: str | None = None) -> str:
        d = self.dialect
        match expression:
            case Compare(property=name, op=op, value=value):
                prop, field = self._field(name, element)
                if value is None:
                    return f"{field} IS {'NOT ' if op == 'ne' else ''}NULL"
                if isinstance(value, bool):
                    return f"{field} {_SQL_OPERATORS[op]} {self.param(d.boolean(value))}"
                return f"{self._folded(prop, field)} {_SQL_OPERATORS[op]} {self.text(value)}"
            case In(property=name, values=values):
                prop, field = self._field(name, element)
                strings = [value for value in values if value is not None]
                parts = []
                if strings:
                    listed = ", ".join(self.text(value) for value in strings)
                    parts.append(f"{self._folded(prop, field)} IN ({listed})")
                if None in values:
                    parts.append(f"{field} IS NULL")
                return "(" + " OR ".join(parts) + ")"
            case Call(function=function, property=name, value=value):
                prop, field = self._field(name, element)
                pattern = _like(ascii_key(value))
                pattern = pattern + "%" if function == "startswith" else "%" + pattern
                return f"{self._folded(prop, field)} LIKE {self.param(pattern)} ESCAPE '\\'"
            case Search(property=name, text=text, words=words):
                prop, field = self._field(name, element)
                folded = self._folded(prop, field)
                starts = [_like(ascii_key(text)) + "%"]
                if words:  # or a word inside starts with it
                    starts += ["%" + _like(sep + ascii_key(text)) + "%" for sep in _WORD_STARTS]
                tests = [f"{folded} LIKE {self.param(pattern)} ESCAPE '\\'" for pattern in starts]
                if words:  # or a word starts where the case changes, or letters meet digits
                    for before, first in _boundaries(text):
                        test, pattern = d.matches(field, before, first, text[1:])
                        self.parameters.append(pattern)
                        tests.append(test)
                return "(" + " OR ".join(tests) + ")"
            case Any_(collection=name, condition=condition):
                source, value_sql = d.elements(self.properties[name].column)
                return f"EXISTS (SELECT 1 FROM {source} WHERE {self.where(condition, value_sql)})"
            case HasMember(member_key=key):
                source, member = d.elements("members")
                return f"EXISTS (SELECT 1 FROM {source} WHERE {d.fold(member)} = {self.param(key)})"
            case SharesGroup(member_key=key):
                source, member = d.elements("members")
                return (
                    f"id_key IN (SELECT {d.fold(member)} FROM directory_objects g, {source} "
                    f"WHERE g.tenant_id = {self.tenant(self.tenant_id)} AND g.kind = 'groups' "
                    f"AND EXISTS (SELECT 1 FROM {source} WHERE {d.fold(member)} = "
                    f"{self.param(key)}))"
                )
            case Not(operand=operand):
                return f"NOT ({self.where(operand, element)})"
            case Or(operands=operands):
                return "(" + " OR ".join(self.where(o, element) for o in operands) + ")"
            case _:  # And
                operands = expression.operands
                return "(" + " AND ".join(self.where(o, element) for o in operands) + ")"

    def _field(self, name: str, element: str | None) -> tuple[Property | None, str]:
        if name == ELEMENT and element is not None:
            return None, element
        prop = self.properties[name]
        return prop, self.dialect.field(prop.column)

    def _folded(self, prop: Property | None, field: str) -> str:
        if prop is not None and prop.column in _KEY_COLUMNS:
            return field
        return self.dialect.fold(field)


def _sort(dialect: Dialect, query: DirectoryQuery) -> str:
    if query.order is None:
        return "id_key"
    prop = query.order.property
    field = dialect.field(prop.column)
    return field if prop.column in _KEY_COLUMNS else dialect.fold(field)


def _conditions(b: _Builder, tenant_id: str | None, query: DirectoryQuery) -> list[str]:
    """What every object `query` finds holds: its tenant and type, the group it is a member
    of, the filter."""
    conditions = [f"tenant_id = {b.tenant(tenant_id)}", f"kind = {b.param(query.kind)}"]
    if query.within is not None:
        conditions.append(b.members(tenant_id, query.within))
    if query.filter is not None:
        conditions.append(b.where(query.filter))
    return conditions


def page_sql(
    dialect: Dialect,
    tenant_id: str | None,
    query: DirectoryQuery,
    after: tuple[str, str] | None,
    properties: dict[str, Property],
) -> tuple[str, list[object]]:
    """The page of `query` after (sort value, id key), `top + 1` rows of (sort value, id key,
    properties): one more than the page, to tell whether another follows."""
    b = _Builder(dialect, properties, tenant_id)
    conditions = _conditions(b, tenant_id, query)
    sort = _sort(dialect, query)
    descending = query.order is not None and query.order.descending
    if after is not None:
        beyond = "<" if descending else ">"
        if sort == "id_key":
            conditions.append(f"id_key {beyond} {b.param(after[1])}")
        else:
            value = b.param(after[0])
            again = b.param(after[0])
            key = b.param(after[1])
            conditions.append(
                f"({sort} {beyond} {value} OR ({sort} = {again} AND id_key {beyond} {key}))"
            )
    direction = " DESC" if descending else ""
    order = f"{sort}{direction}, id_key{direction}" if sort != "id_key" else f"id_key{direction}"
    limit = b.param(query.top + 1)
    sql = (
        f"SELECT {sort}, id_key, properties FROM directory_objects "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT {limit}"
    )
    return sql, b.parameters


def count_sql(
    dialect: Dialect,
    tenant_id: str | None,
    query: DirectoryQuery,
    properties: dict[str, Property],
) -> tuple[str, list[object]]:
    """How many objects `query` finds, all pages together."""
    b = _Builder(dialect, properties, tenant_id)
    conditions = _conditions(b, tenant_id, query)
    return f"SELECT count(*) FROM directory_objects WHERE {' AND '.join(conditions)}", (
        b.parameters
    )
