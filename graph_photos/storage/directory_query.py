"""A checked `DirectoryQuery` as SQL, for SQLite and PostgreSQL alike: the database filters,
counts, sorts and pages; nothing is filtered in Python.

Properties live in `directory_objects.properties` (JSON), except the id and userPrincipalName,
which have key columns (`id_key`, `upn_key`). Strings compare as Graph compares them, ignoring
ASCII case only: both sides are folded (`lower` on SQLite, which folds ASCII only; `translate`
of A-Z on PostgreSQL, whose `lower` would fold every script). Every value is a bound parameter;
the only names written into the SQL are this module's own columns.

`$search`, `startswith`, and `eq`/`in` on a string read `directory_terms`, the index of every
object's terms (`graph_photos.directory.terms`): a prefix is a range of that index, so a search
of 100,000 users reads the few that match, not all of them. What the terms cannot answer
(`endswith`, `ne`, negations, comparisons) filters the tenant's objects.

Paging is by keyset: the page after (sort value, id key), in the order of the sort property
then the id, so that a walk never skips or repeats an object while the directory does not change.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_photos.directory.model import ObjectKind, ascii_key
from graph_photos.directory.query import (
    ELEMENT,
    And,
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
from graph_photos.directory.terms import INDEXED, TERM_LENGTH, WORDS
from graph_photos.storage.queries import TENANT

_SQL_OPERATORS = {"eq": "=", "ne": "<>", "lt": "<", "gt": ">", "le": "<=", "ge": ">="}
_KEY_COLUMNS = frozenset({"id_key", "upn_key"})  # stored folded already
_LAST = "\U0010ffff"  # above every character: `prefix + _LAST` ends a prefix's range


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
        self,
        dialect: Dialect,
        properties: dict[str, Property],
        tenant_id: str | None,
        kind: ObjectKind,
    ) -> None:
        self.dialect = dialect
        self.properties = properties
        self.tenant_id = tenant_id
        self.kind = kind
        self.parameters: list[object] = []
        # Whether the objects tested are a membership's few: then terms are probed per object.
        self.probing = False
        # Whether the lookups find fewer than a membership has: then they are a set, even
        # beside a membership (at 100,000 users, 400 colleagues probed for three properties
        # each: 2.7 ms; the set of "oma", 885 users, 0.9 ms).
        self.few = False
        # Whether the sets of lookups are of (name_key, id_key, tenant_id, kind), as `_names`
        # has objects, rather than of id keys: to be sorted by name from the terms alone.
        self.named = False

    def param(self, value: object) -> str:
        self.parameters.append(value)
        return self.dialect.placeholder

    def tenant(self, tenant_id: str | None) -> str:
        """The caller's tenant, or the default one when the token names none."""
        self.parameters.append(tenant_id)
        return TENANT.format(p=self.dialect.placeholder)

    def text(self, value: Value) -> str:
        return self.param(ascii_key(str(value)))

    def terms(self, name: str, prefix: str | None, equals: tuple[str, ...]) -> str:
        """The id keys of the objects with a term of property `name` that starts with `prefix`
        (folded, at most TERM_LENGTH long), or equals one of `equals`: an index range."""
        scope = (
            f"t.tenant_id = {self.tenant(self.tenant_id)} AND t.kind = {self.param(self.kind)} "
            f"AND t.property = {self.param(name)}"
        )  # before the terms: the parameters go in the order of the placeholders
        test = (
            f"t.term >= {self.param(prefix)} AND t.term < {self.param(prefix + _LAST)}"
            if prefix is not None
            else f"t.term IN ({', '.join(self.param(term) for term in equals)})"
        )
        return f"SELECT {self._found_columns('t')} FROM directory_terms t WHERE {scope} AND {test}"

    def _found_columns(self, source: str) -> str:
        if self.named:
            return f"{source}.name_key, {source}.id_key, {source}.tenant_id, {source}.kind"
        return f"{source}.id_key"

    def answerable(self, expression: Expression) -> bool:
        """Whether the terms alone answer `expression`: a lookup, or `and`/`or` of them."""
        match expression:
            case Or(operands=operands) | And(operands=operands):
                return all(self.answerable(operand) for operand in operands)
        return self._lookup(expression) is not None

    def id_keys(self, expression: Expression) -> str:
        """The SELECT of the id keys of the objects an `answerable` expression finds: `or` a
        UNION of lookups, `and` an INTERSECT, so that the database reads only the index
        ranges and the set they make (a count of "displayName:a" OR "mail:a" in 100,000
        users: 30 ms, where testing each object against both took 97)."""
        match expression:
            case Or(operands=operands) | And(operands=operands):
                joint = " UNION " if isinstance(expression, Or) else " INTERSECT "
                return joint.join(self._operand(operand, n) for n, operand in enumerate(operands))
            case HasMember() | SharesGroup():  # beside lookups that find few (`few`)
                return self.member_keys(expression)
        found = self._lookup(expression)
        assert found is not None, expression
        return self.terms(*found)

    def probe(self, expression: Expression) -> str:
        """An `answerable` expression as a test of each object's own terms (its index is
        (tenant, kind, id key)): cheaper than gathering the set when few objects are tested."""
        match expression:
            case Or(operands=operands) | And(operands=operands):
                joint = " OR " if isinstance(expression, Or) else " AND "
                return "(" + joint.join(self.probe(operand) for operand in operands) + ")"
        found = self._lookup(expression)
        assert found is not None, expression
        name, prefix, equals = found
        # The tenant and kind as values, not as the object's columns: PostgreSQL may run the
        # probe once for all objects (a hashed subplan), and then reads only the tenant's range.
        own = (
            f"t.tenant_id = {self.tenant(self.tenant_id)} AND t.kind = {self.param(self.kind)} "
            f"AND t.id_key = directory_objects.id_key AND t.property = {self.param(name)}"
        )
        test = (
            f"t.term >= {self.param(prefix)} AND t.term < {self.param(prefix + _LAST)}"
            if prefix is not None
            else f"t.term IN ({', '.join(self.param(term) for term in equals)})"
        )
        # OFFSET 0 keeps PostgreSQL from making the probe a join, whose order it then picks:
        # it drove a user's own groups from the 1,000 unified ones (8-14 ms; probed: 0.5),
        # and a page of "a" in id order from the whole range (31.9 ms; walked: 1.1).
        fence = " OFFSET 0" if self.dialect.name == "postgresql" else ""
        return f"EXISTS (SELECT 1 FROM directory_terms t WHERE {own} AND {test}{fence})"

    def _operand(self, expression: Expression, number: int) -> str:
        # A compound inside a compound is a subquery: SQLite takes no parentheses around one.
        inner = self.id_keys(expression)
        if isinstance(expression, Or | And):
            return f"SELECT {self._found_columns(f's{number}')} FROM ({inner}) AS s{number}"
        return inner

    def _lookup(self, expression: Expression) -> tuple[str, str | None, tuple[str, ...]] | None:
        """The terms that answer `expression` (property, prefix, or values it equals), or None
        where they cannot (a property without terms, a value longer than a term is kept)."""
        match expression:
            case Search(property=name, text=text, words=words) if len(text) <= TERM_LENGTH:
                return (WORDS + name if words else name), ascii_key(text), ()
            case Call(function="startswith", property=name, value=value) if self._term(name, value):
                return name, ascii_key(value), ()
            case Compare(property=name, op="eq", value=str() as value) if self._term(name, value):
                return name, None, (ascii_key(value),)
            case In(property=name, values=values) if all(
                isinstance(value, str) and self._term(name, value) for value in values
            ):
                return name, None, tuple(ascii_key(str(value)) for value in values)
            case Any_(
                collection=name, condition=Compare(property=element, op="eq", value=str() as value)
            ) if element == ELEMENT and self._term(name, value):
                return name, None, (ascii_key(value),)
            case Any_(
                collection=name,
                condition=Call(function="startswith", property=element, value=value),
            ) if element == ELEMENT and self._term(name, value):
                return name, ascii_key(value), ()
        return None

    def _term(self, name: str, value: str) -> bool:
        """Whether the terms hold property `name` whole for a value as long as `value`."""
        return name in INDEXED[self.kind] and len(value) <= TERM_LENGTH

    def members(self, tenant_id: str | None, within: Membership) -> str:
        """The condition that an object is a member of the group `within` names (transitive:
        or of a group that is, at any depth; a cycle ends where it began)."""
        if not within.transitive:
            return (
                f"id_key IN (SELECT m.member_key FROM directory_members m "
                f"WHERE m.tenant_id = {self.tenant(tenant_id)} "
                f"AND m.group_key = {self.param(within.group_key)})"
            )
        start = f"CAST({self.param(within.group_key)} AS TEXT)"
        return (
            f"id_key IN (WITH RECURSIVE reach(key) AS (SELECT {start} UNION "
            f"SELECT m.member_key FROM reach, directory_members m "
            f"WHERE m.tenant_id = {self.tenant(tenant_id)} AND m.group_key = reach.key) "
            f"SELECT key FROM reach WHERE key <> {self.param(within.group_key)})"
        )

    def member_keys(self, expression: HasMember | SharesGroup) -> str:
        """The SELECT of the keys a membership condition holds for: the groups `key` is a
        direct member of, or the members of those groups."""
        if isinstance(expression, HasMember):
            return (
                f"SELECT m.group_key FROM directory_members m "
                f"WHERE m.tenant_id = {self.tenant(self.tenant_id)} "
                f"AND m.member_key = {self.param(expression.member_key)}"
            )
        tenant = self.tenant(self.tenant_id)
        return (
            f"SELECT other.member_key FROM directory_members other "
            f"WHERE other.tenant_id = {tenant} AND other.group_key IN ("
            f"SELECT mine.group_key FROM directory_members mine "
            f"WHERE mine.tenant_id = {self.tenant(self.tenant_id)} "
            f"AND mine.member_key = {self.param(expression.member_key)})"
        )

    def where(
        self, expression: Expression, element: str | None = None, negated: bool = False
    ) -> str:
        """`expression` as SQL; `negated` (under a `not`): filtered without the terms, whose
        lookups would count an object without the property as not equal."""
        d = self.dialect
        if element is None and not negated and self.answerable(expression):
            if self.probing:
                return self.probe(expression)
            return f"id_key IN ({self.id_keys(expression)})"
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
                # Longer than a term: the terms of its start, and the text anywhere in the value.
                prop, field = self._field(name, element)
                pattern = (
                    "%" + _like(ascii_key(text)) + "%" if words else _like(ascii_key(text)) + "%"
                )
                start = Search(name, text[:TERM_LENGTH], words)
                return (
                    f"({self.where(start)} AND "
                    f"{self._folded(prop, field)} LIKE {self.param(pattern)} ESCAPE '\\')"
                )
            case Any_(collection=name, condition=condition):
                source, value_sql = d.elements(self.properties[name].column)
                return f"EXISTS (SELECT 1 FROM {source} WHERE {self.where(condition, value_sql)})"
            case HasMember() | SharesGroup():
                return f"id_key IN ({self.member_keys(expression)})"
            case Not(operand=operand):
                return f"NOT ({self.where(operand, element, True)})"
            case Or(operands=operands):
                return "(" + " OR ".join(self.where(o, element, negated) for o in operands) + ")"
            case _:  # And
                operands = _flat(expression)
                # Beside a membership (a few hundred objects at most), the terms are probed
                # per object rather than gathered for the whole tenant; otherwise what the
                # terms answer is one set (an INTERSECT read from the index alone).
                probing = self.probing
                beside = any(_membership(o) for o in operands) and not self.few
                self.probing = probing or beside
                try:
                    together = []
                    if element is None and not negated and not self.probing:
                        # Lookups that find few, and a membership: one INTERSECT of key sets
                        # (400 colleagues and "zha": 0.5 ms; each colleague read: 3.7).
                        together = [
                            o
                            for o in operands
                            if self.answerable(o) or (self.few and _membership(o))
                        ]
                    parts = []  # the set first: parameters go in the order of placeholders
                    if len(together) > 1:
                        parts.append(f"id_key IN ({self.id_keys(And(tuple(together)))})")
                    parts += [
                        self.where(o, element, negated)
                        for o in operands
                        if o not in together or len(together) == 1
                    ]
                finally:
                    self.probing = probing
                return "(" + " AND ".join(parts) + ")"

    def _field(self, name: str, element: str | None) -> tuple[Property | None, str]:
        if name == ELEMENT and element is not None:
            return None, element
        prop = self.properties[name]
        return prop, self.dialect.field(prop.column)

    def _folded(self, prop: Property | None, field: str) -> str:
        if prop is not None and prop.column in _KEY_COLUMNS:
            return field
        return self.dialect.fold(field)


def _flat(expression: Expression) -> tuple[Expression, ...]:
    """The operands of nested `and`s, as one `and` of them (an expression that is no `and`:
    itself)."""
    if not isinstance(expression, And):
        return (expression,)
    return tuple(inner for operand in expression.operands for inner in _flat(operand))


def _membership(expression: Expression) -> bool:
    return isinstance(expression, HasMember | SharesGroup)


def _sort(dialect: Dialect, query: DirectoryQuery) -> str:
    if query.order is None:
        return "id_key"
    prop = query.order.property
    field = dialect.field(prop.column)
    if prop.column in _KEY_COLUMNS:
        return field
    # Code point order on PostgreSQL too, as SQLite and the displayName terms sort.
    return dialect.fold(field) + (' COLLATE "C"' if dialect.name == "postgresql" else "")


def _by_name(query: DirectoryQuery) -> bool:
    return query.order is not None and query.order.property.name == "displayName"


def _conditions(b: _Builder, tenant_id: str | None, query: DirectoryQuery) -> list[str]:
    """What every object `query` finds holds: its tenant and type, the group it is a member
    of, the filter."""
    conditions = [f"tenant_id = {b.tenant(tenant_id)}", f"kind = {b.param(query.kind)}"]
    if query.within is not None:
        conditions.append(b.members(tenant_id, query.within))
        b.probing = not b.few
    if query.filter is not None:
        conditions.append(b.where(query.filter))
    return conditions


# From how many objects of one lookup on a page is best found by testing the objects in order
# (each by its own terms) until the page is full, rather than by gathering the lookup's set
# first: at 100,000 users a page of "displayName:a" OR "mail:a" (28,000 terms) took 37 ms by
# the set and 1 ms in order, and one of "alic" (850) 0.7 ms by the set. The crossing is near
# the square root of (page size x tenant size); a capped count of the terms says which side.
DENSE = 2000
# Beside a membership, below how many terms a lookup is a set intersected with the
# membership's keys rather than probed per member: at 100,000 users and 400 colleagues,
# "mart" (2,000 terms) 3.9 ms as a set, 5.2 probed; "ma" (15,000) 14.4 and 3.9.
BESIDE = 6000


def density_sql(
    dialect: Dialect,
    tenant_id: str | None,
    query: DirectoryQuery,
    properties: dict[str, Property],
) -> tuple[str, list[object]] | None:
    """How many terms (at most DENSE) the lookup of `query` finds (one lookup or an `or` of
    them, `and`-ed with conditions the terms do not answer, or with a membership), when a
    page of it could be found either way (sorted by id or name; beside a membership, by
    probes or by the set); None otherwise. `density` reads the number."""
    if query.order is not None and not _by_name(query):
        return None
    if query.filter is None:
        return None
    b = _Builder(dialect, properties, tenant_id, query.kind)
    if _name_range(b, query) is not None:
        return None  # walked within its range
    operands = _flat(query.filter)
    groups = [_union_leaves(operand) for operand in operands if b.answerable(operand)]
    # Two lookups that each find many may find few together (at 100,000 users, "mar" and
    # one department: 0.2%, a page in name order read 5,000 names), which their INTERSECT
    # finds in a bounded time.
    if len(groups) != 1 or groups[0] is None:
        return None
    lookups = []
    for leaf in groups[0]:
        found = b._lookup(leaf)
        assert found is not None
        lookups.append(b.terms(*found))
    # UNION ALL streams (a repeat counts twice: it only has to say "many").
    limit = b.param(BESIDE if _beside(query) else DENSE)
    return f"SELECT count(*) FROM ({' UNION ALL '.join(lookups)} LIMIT {limit}) AS found", (
        b.parameters
    )


def density(query: DirectoryQuery, found: int) -> bool | None:
    """What `found` (the count of `density_sql`) says of `query`: True, its lookup finds
    many (walk the objects in order); False, few (find its set, even beside a membership);
    None, many beside a membership (whose objects are tested one by one, never walked)."""
    if _beside(query):
        return False if found < BESIDE else None
    return found >= DENSE


def _beside(query: DirectoryQuery) -> bool:
    """Whether `query` finds members of a group, or has a membership condition."""
    if query.within is not None:
        return True
    if query.filter is None:
        return False
    operands = _flat(query.filter)
    return any(map(_membership, operands))


def _union_leaves(expression: Expression) -> list[Expression] | None:
    """The lookups of an `or` of lookups (or of one), or None for anything else."""
    match expression:
        case Or(operands=operands):
            parts = [_union_leaves(operand) for operand in operands]
            return None if any(p is None for p in parts) else [x for p in parts if p for x in p]
        case And(operands=(single,)):
            return _union_leaves(single)
        case And() | Not() | HasMember() | SharesGroup():
            return None
    return [expression]


def page_sql(
    dialect: Dialect,
    tenant_id: str | None,
    query: DirectoryQuery,
    after: tuple[str, str] | None,
    properties: dict[str, Property],
    *,
    dense: bool | None = None,
) -> tuple[str, list[object]]:
    """The page of `query` after (sort value, id key), `top + 1` rows of (sort value, id key,
    properties): one more than the page, to tell whether another follows. `dense` (what
    `density` says): True, the lookups find many, so the objects are tested in order by their
    terms; False, few, so they are a set even beside a membership; None, not measured."""
    b = _Builder(dialect, properties, tenant_id, query.kind)
    b.probing = dense is True
    b.few = dense is False
    whole = query.filter is not None and b.answerable(query.filter)
    if whole and dense is not True and query.order is None and query.within is None:
        return _keys_first(b, tenant_id, query, after), b.parameters
    source = "directory_objects"
    sort = _sort(dialect, query)
    start = _name_range(b, query)
    walk = (
        _by_name(query)
        and query.within is None
        and (start is not None or dense is True or not _driven(b, query.filter))
    )
    b.probing = b.probing or walk  # a walk tests each object it reads by its own terms
    index_only = _index_only(b, query)
    if _by_name(query) and (walk or index_only):
        # In name order from the displayName terms' index (the sort value: the folded name's
        # first TERM_LENGTH characters). Walked in order when most objects match, the first
        # page of many is read, not all of them sorted (at 100,000 users: 2 ms instead of
        # 190); a dense lookup's walk reads at most WALK names (its matches may all sort late:
        # "li" is 1,755 names, most of them Liam or Lily), then the set is asked (`refill`).
        # Otherwise the objects found are sorted by their name terms, and only the page's
        # objects are read (a set of 885: 3.4 ms where sorting the objects' JSON took 6.7).
        if not walk:
            found = _found_names(b, tenant_id, query)
            return _names_first(b, query, after, found, [], walk), b.parameters
        source = _names(b, tenant_id, query, after, dense is True, start, not index_only)
        sort = "name_key"
        if index_only:
            conditions = _conditions(b, tenant_id, query)
            return _names_first(b, query, after, source, conditions, walk), b.parameters
    conditions = _conditions(b, tenant_id, query)
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
        f"SELECT {sort}, id_key, properties FROM {source} "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT {limit}"
    )
    return sql, b.parameters


def _keys_first(
    b: _Builder, tenant_id: str | None, query: DirectoryQuery, after: tuple[str, str] | None
) -> str:
    """A page in id order of a query the terms answer whole: its id keys first, from the
    set alone, then the page's objects (on PostgreSQL a page of 850 matches took 17 ms when
    every match was read before the sort, 2 ms so)."""
    assert query.filter is not None
    scope = f"tenant_id = {b.tenant(tenant_id)} AND kind = {b.param(query.kind)}"
    found = b.id_keys(query.filter)
    beyond = f" WHERE found.id_key > {b.param(after[1])}" if after is not None else ""
    limit = b.param(query.top + 1)
    # Sorted by an expression, not the column: SQLite would otherwise read the keys in order
    # from the index of objects' terms, all of the tenant's terms (3.7 s for a prefix of none).
    keys = (
        f"SELECT found.id_key FROM ({found}) AS found{beyond} "
        f"ORDER BY found.id_key || '' LIMIT {limit}"
    )
    return (
        f"SELECT id_key, id_key, properties FROM directory_objects WHERE {scope} "
        f"AND id_key IN ({keys}) ORDER BY id_key"
    )


# How many names a dense lookup's walk in name order reads before its set is asked instead.
WALK = 200


def refill(query: DirectoryQuery, dense: bool | None, rows: int) -> bool:
    """Whether a page walked in name order (`dense`) fell short of `rows`: its walk read
    WALK names, so the page is asked of the lookup's set."""
    return dense is True and _by_name(query) and rows <= query.top


def _names(
    b: _Builder,
    tenant_id: str | None,
    query: DirectoryQuery,
    after: tuple[str, str] | None,
    dense: bool,
    start: str | None,
    joined: bool,
) -> str:
    """The objects in name order as the displayName terms' index holds them, to walk:
    (name_key, id_key, tenant_id, kind), with the objects' other columns when `joined` (the
    query's conditions read them), as `directory_objects` (the names the conditions use);
    only the names that start with `start`; a dense walk's first WALK names after `after`."""
    columns = "n.term AS name_key, n.id_key, n.tenant_id, n.kind"
    objects = ""
    if joined:
        columns += ", o.id, o.upn_key, o.has_team, o.properties"
        objects = (
            " JOIN directory_objects o ON o.tenant_id = n.tenant_id AND o.kind = n.kind "
            "AND o.id_key = n.id_key"
        )
    # The scope before the bound: the parameters go in the order of the placeholders.
    scope = (
        f"n.tenant_id = {b.tenant(tenant_id)} AND n.kind = {b.param(query.kind)} "
        f"AND n.property = 'displayName'"
    )
    if start is not None:
        scope += f" AND n.term >= {b.param(start)} AND n.term < {b.param(start + _LAST)}"
    elif dense:
        descending = query.order is not None and query.order.descending
        beyond, direction = ("<", " DESC") if descending else (">", "")
        if after is not None:
            value, again, key = b.param(after[0]), b.param(after[0]), b.param(after[1])
            scope += (
                f" AND (n.term {beyond} {value} OR (n.term = {again} AND n.id_key {beyond} {key}))"
            )
        scope += f" ORDER BY n.term{direction}, n.id_key{direction} LIMIT {b.param(WALK)}"
    return f"(SELECT {columns} FROM directory_terms n{objects} WHERE {scope}) AS directory_objects"


def _found_names(b: _Builder, tenant_id: str | None, query: DirectoryQuery) -> str:
    """The names of the objects a query the index answers finds, as `_names` has them. What
    lookups alone find: their set, each term with its object's name (a people search's
    "other matches" of "ro", thousands: 20.4 ms on PostgreSQL when each match's name was
    read on its own, 2.8 so). Otherwise the objects first, by their keys' index alone (a
    membership's few, tested by their terms), then the name of each one found (a CROSS JOIN:
    SQLite keeps that order; otherwise it read each colleague's 13 terms to find its name,
    then tested them)."""
    if query.within is None and query.filter is not None and b.answerable(query.filter):
        b.named = True
        try:
            return f"({b.id_keys(query.filter)}) AS directory_objects"
        finally:
            b.named = False
    conditions = _conditions(b, tenant_id, query)
    found = (
        f"SELECT tenant_id, kind, id_key FROM directory_objects WHERE {' AND '.join(conditions)}"
    )
    return (
        f"(SELECT n.term AS name_key, n.id_key, n.tenant_id, n.kind FROM ({found}) AS f "
        f"CROSS JOIN directory_terms n WHERE n.tenant_id = f.tenant_id AND n.kind = f.kind "
        f"AND n.id_key = f.id_key AND n.property = 'displayName') AS directory_objects"
    )


def _names_first(
    b: _Builder,
    query: DirectoryQuery,
    after: tuple[str, str] | None,
    source: str,
    conditions: list[str],
    walk: bool,
) -> str:
    """A page in name order of a query the index answers (terms, memberships, key columns):
    the page's keys from `source` (that meet `conditions`) first, then the page's objects."""
    descending = query.order is not None and query.order.descending
    beyond, direction = ("<", " DESC") if descending else (">", "")
    conditions = list(conditions)
    if after is not None:
        value, again, key = b.param(after[0]), b.param(after[0]), b.param(after[1])
        conditions.append(
            f"(name_key {beyond} {value} OR (name_key = {again} AND id_key {beyond} {key}))"
        )
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    # Sorted by an expression when not walked: the planner could otherwise walk every name
    # for the order's sake instead of reading the few the set finds.
    sort = "name_key" if walk else "name_key || ''"
    keys = (
        f"SELECT name_key, id_key, tenant_id, kind FROM {source} {where}"
        f"ORDER BY {sort}{direction}, id_key{direction} LIMIT {b.param(query.top + 1)}"
    )
    return (
        f"SELECT k.name_key, k.id_key, o.properties FROM ({keys}) AS k "
        f"JOIN directory_objects o ON o.tenant_id = k.tenant_id AND o.kind = k.kind "
        f"AND o.id_key = k.id_key ORDER BY k.name_key{direction}, k.id_key{direction}"
    )


def _index_only(b: _Builder, query: DirectoryQuery) -> bool:
    """Whether the index alone tells which objects `query` finds: its filter is made of
    lookups the terms answer, memberships and comparisons of key columns."""
    return query.filter is None or _keyed(b, query.filter)


def _keyed(b: _Builder, expression: Expression) -> bool:
    match expression:
        case HasMember() | SharesGroup():
            return True
        case Not(operand=operand):
            return _membership(operand) or _on_key(b, operand)
        case And(operands=operands) | Or(operands=operands):
            return all(_keyed(b, operand) for operand in operands)
    return _on_key(b, expression) or b.answerable(expression)


def _name_range(b: _Builder, query: DirectoryQuery) -> str | None:
    """The folded prefix of `startswith(displayName, ...)` when it is the one lookup of a
    query in name order: then its names are a range of the name order itself, walked from
    its start ("j": the first 11 of 12,000 names in 0.1 ms, where a walk from "a" or their
    set took 100)."""
    if not _by_name(query) or query.within is not None or query.filter is None:
        return None
    operands = _flat(query.filter)
    lookups = [operand for operand in operands if b.answerable(operand)]
    match lookups:
        case [Call(function="startswith", property="displayName", value=value)] if (
            len(value) <= TERM_LENGTH
        ):
            return ascii_key(value)
    return None


def _driven(b: _Builder, expression: Expression | None) -> bool:
    """Whether `expression` holds only for objects of a set the index gives (a lookup, a
    membership): then those are the objects to sort, not every name to walk."""
    match expression:
        case None:
            return False
        case HasMember() | SharesGroup():
            return True
        case And(operands=operands):
            return any(_driven(b, operand) for operand in operands)
        case Or(operands=operands):
            return all(_driven(b, operand) for operand in operands)
    return b.answerable(expression)


def _on_key(b: _Builder, expression: Expression) -> bool:
    match expression:
        case Compare(property=name) | In(property=name) | Call(property=name):
            return name in b.properties and b.properties[name].column in _KEY_COLUMNS
    return False


def count_sql(
    dialect: Dialect,
    tenant_id: str | None,
    query: DirectoryQuery,
    properties: dict[str, Property],
) -> tuple[str, list[object]]:
    """How many objects `query` finds, all pages together: when the terms answer the whole
    filter, the size of their set (an object's terms are written and replaced with it)."""
    b = _Builder(dialect, properties, tenant_id, query.kind)
    if query.within is None and query.filter is not None and b.answerable(query.filter):
        found = b.id_keys(query.filter)
        return f"SELECT count(DISTINCT found.id_key) FROM ({found}) AS found", b.parameters
    conditions = _conditions(b, tenant_id, query)
    return f"SELECT count(*) FROM directory_objects WHERE {' AND '.join(conditions)}", (
        b.parameters
    )
