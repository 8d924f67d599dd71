"""Directory queries as Graph's clients write them: `$filter`, `$orderby`, `$top`, `$count`.

`parse_filter` turns a `$filter` into a small tree (`Expression`) with a lark grammar of Graph's
dialect of OData: `eq ne lt gt le ge in`, `startswith endswith`, `and or not`, parentheses,
`any` lambdas over collections, `null`, bare booleans and GUIDs, quoted strings with `''`,
keywords in any case. `DirectoryQuery.of(...)` then checks the tree against Graph's rules for
the object type: which property may be filtered at all, and which operator on which property
needs an *advanced query* (`ConsistencyLevel: eventual` with `$count=true`), with Graph's
errors (`QueryRejected`) and the position of a syntax error. Storage turns the checked tree
into SQL for its engine (`graph_photos.storage.directory_sql`); nothing filters in Python.

Limits (in the spec too): a `$filter` of at most `MAX_FILTER_LENGTH` characters, a parse tree at
most `MAX_DEPTH` deep (checked before the tree is walked, so that no recursion can overflow),
`in` lists of at most `MAX_IN_VALUES` values.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeAlias
from urllib.parse import unquote

from lark import Lark, Token, Transformer, Tree, UnexpectedInput, v_args

from graph_photos.directory.model import ascii_key

ObjectType = Literal["users", "groups"]
MAX_FILTER_LENGTH = 4096
MAX_DEPTH = 24  # of the parse tree: a condition is about 4 deep
MAX_IN_VALUES = 100
DEFAULT_TOP = 100
MAX_TOP = 999
ADVANCED_QUERIES = "https://aka.ms/graph-docs/advanced-queries"

_GRAMMAR = r"""
?start: or_expr
?or_expr: and_expr (_OR and_expr)*
?and_expr: not_expr (_AND not_expr)*
?not_expr: _NOT not_expr -> negation
         | atom
?atom: "(" or_expr ")"
     | comparison
     | membership
     | call
     | lambda_
     | literal -> bare
comparison: operand COMPARE operand
membership: operand _IN "(" literal ("," literal)* ")"
call: FUNCTION "(" operand "," operand ")"
lambda_: path _ANY_OPEN NAME ":" or_expr ")"
?operand: path | literal
path: NAME ("/" NAME)*
literal: STRING -> string
       | GUID -> guid
       | NUMBER -> number
       | TRUE -> true
       | FALSE -> false
       | NULL -> null

_OR.2: /(?i:or)\b/
_AND.2: /(?i:and)\b/
_NOT.2: /(?i:not)\b/
_IN.2: /(?i:in)\b/
_ANY_OPEN.3: /\/(?i:any)\s*\(/
COMPARE.2: /(?i:eq|ne|lt|gt|le|ge)\b/
FUNCTION.2: /(?i:startswith|endswith)(?=\s*\()/
TRUE.2: /(?i:true)\b/
FALSE.2: /(?i:false)\b/
NULL.2: /(?i:null)\b/
GUID.3: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/
NUMBER: /-?\d+(\.\d+)?/
STRING: /'(?:[^']|'')*'/
NAME: /[A-Za-z_@][A-Za-z0-9_.@]*/

%ignore /[ \t]+/
"""


class QueryRejected(Exception):
    """A query Graph refuses: `400` with Graph's code and message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _invalid(detail: str) -> QueryRejected:
    return QueryRejected("BadRequest", f"Invalid filter clause: {detail}")


def needs_advanced(operator: str) -> QueryRejected:
    """Graph's error for an operator that only an advanced query may use."""
    return QueryRejected(
        "Request_UnsupportedQuery",
        f"Operator '{operator}' is not supported because the required parameters might be "
        "missing. Try adding $count=true query parameter and ConsistencyLevel:eventual "
        f"header. Refer to {ADVANCED_QUERIES} for more information",
    )


# The tree. Values are Python values: str, bool, int or float, None for null.
Value: TypeAlias = str | bool | int | float | None


@dataclass(frozen=True)
class Compare:
    """`property op value` (`op`: eq ne lt gt le ge)."""

    property: str
    op: str
    value: Value


@dataclass(frozen=True)
class In:
    """`property in (values...)`."""

    property: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Call:
    """`startswith(property, 'text')`, `endswith(...)`."""

    function: str
    property: str
    value: str


@dataclass(frozen=True)
class Search:
    """A `$search` clause `"property:text"`: a word of the property starts with `text`
    (`words`: displayName and description, split at spaces and symbols), or the whole value
    does; ignoring ASCII case."""

    property: str
    text: str
    words: bool


@dataclass(frozen=True)
class Any_:
    """`collection/any(x: condition on x)`; `Element` names the element in `condition`."""

    collection: str
    condition: Expression


@dataclass(frozen=True)
class Not:
    operand: Expression


@dataclass(frozen=True)
class And:
    operands: tuple[Expression, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Expression, ...]


ELEMENT = "$element"  # the property name a lambda's variable stands for


@dataclass(frozen=True)
class HasMember:
    """A group that has the object of `member_key` (an ASCII-case key) as a direct member."""

    member_key: str


@dataclass(frozen=True)
class SharesGroup:
    """An object that is a direct member of a group the object of `member_key` is a direct
    member of (a colleague in one of its groups)."""

    member_key: str


Expression: TypeAlias = (
    Compare | In | Call | Search | Any_ | Not | And | Or | HasMember | SharesGroup
)


@dataclass(frozen=True)
class _Path:
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Literal:
    value: Value
    kind: str


@v_args(inline=True)
class _ToTree(Transformer):  # type: ignore[type-arg]
    def path(self, *names: Token) -> _Path:
        return _Path(tuple(str(name) for name in names))

    def string(self, token: Token) -> _Literal:
        return _Literal(str(token)[1:-1].replace("''", "'"), "string")

    def guid(self, token: Token) -> _Literal:
        return _Literal(str(token), "guid")

    def number(self, token: Token) -> _Literal:
        text = str(token)
        return _Literal(float(text) if "." in text else int(text), "number")

    def true(self, _token: Token) -> _Literal:
        return _Literal(True, "boolean")

    def false(self, _token: Token) -> _Literal:
        return _Literal(False, "boolean")

    def null(self, _token: Token) -> _Literal:
        return _Literal(None, "null")

    def comparison(self, left: object, op: Token, right: object) -> Compare:
        if not isinstance(left, _Path) or not isinstance(right, _Literal):
            raise _invalid("a comparison is 'property operator value', the property first.")
        return Compare(_name(left), str(op).lower(), right.value)

    def membership(self, left: object, *values: _Literal) -> In:
        if not isinstance(left, _Path):
            raise _invalid("'in' takes a property on its left.")
        if len(values) > MAX_IN_VALUES:
            raise _invalid(f"an 'in' list may hold at most {MAX_IN_VALUES} values.")
        return In(_name(left), tuple(value.value for value in values))

    def call(self, function: Token, subject: object, argument: object) -> Call:
        name = str(function).lower()
        if not isinstance(subject, _Path) or not isinstance(argument, _Literal):
            raise _invalid(f"{name} takes a property and a quoted string.")
        if not isinstance(argument.value, str) or argument.kind != "string":
            raise _invalid(f"{name} takes a quoted string as its second argument.")
        return Call(name, _name(subject), argument.value)

    def lambda_(self, collection: _Path, variable: Token, condition: Expression) -> Any_:
        return Any_(_name(collection), _bind(condition, str(variable)))

    def negation(self, operand: Expression) -> Not:
        return Not(operand)

    def or_expr(self, *operands: Expression) -> Or:
        return Or(operands)

    def and_expr(self, *operands: Expression) -> And:
        return And(operands)

    def bare(self, literal: _Literal) -> Expression:
        shown = str(literal.value).lower() if literal.kind in ("boolean", "null") else literal.value
        raise _invalid(f"'{shown}' alone is not a condition; compare a property with it.")


def _name(path: _Path) -> str:
    return "/".join(path.names)


def _bind(condition: Expression, variable: str) -> Expression:
    """`condition` with the lambda's variable (`x`, or `x/address`) named `ELEMENT`."""

    def rename(name: str) -> str:
        head, _, rest = name.partition("/")
        if head != variable:
            raise _invalid(f"inside any(), conditions are on '{variable}', not on '{name}'.")
        return ELEMENT + ("/" + rest if rest else "")

    match condition:
        case Compare(property=name, op=op, value=value):
            return Compare(rename(name), op, value)
        case In(property=name, values=values):
            return In(rename(name), values)
        case Call(function=function, property=name, value=value):
            return Call(function, rename(name), value)
        case Not(operand=operand):
            return Not(_bind(operand, variable))
        case And(operands=operands):
            return And(tuple(_bind(o, variable) for o in operands))
        case Or(operands=operands):
            return Or(tuple(_bind(o, variable) for o in operands))
    raise _invalid("any() inside any() is not supported.")


@functools.cache
def _parser() -> Lark:
    return Lark(_GRAMMAR, parser="lalr", propagate_positions=False)


def _tree_depth(tree: Tree[Token]) -> int:
    """How deep the parse tree nests, counted without recursion."""
    deepest = 0
    pending: list[tuple[Tree[Token], int]] = [(tree, 1)]
    while pending:
        node, depth = pending.pop()
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))
    return deepest


def parse_filter(text: str) -> Expression:
    """The tree of a `$filter`; raises `QueryRejected` (`BadRequest`, Invalid filter clause,
    with the position of what could not be read)."""
    if len(text) > MAX_FILTER_LENGTH:
        raise _invalid(f"a $filter may be at most {MAX_FILTER_LENGTH} characters long.")
    if "\x00" in text:  # no property holds one, and PostgreSQL's text cannot
        raise _invalid("a $filter may not hold a NUL character.")
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        position = exc.column if isinstance(exc.column, int) and exc.column > 0 else 1
        shown = text[max(0, position - 1) : position + 19]
        raise _invalid(f"syntax error at position {position}, at '{shown}'.") from None
    if _tree_depth(tree) > MAX_DEPTH:  # before the (recursive) transformation
        raise _invalid(f"conditions may be nested at most {MAX_DEPTH} deep.")
    try:
        expression: Expression = _ToTree().transform(tree)
    except Exception as exc:  # lark wraps what the transformer raises
        cause = exc.__context__ if isinstance(exc.__context__, QueryRejected) else exc
        if isinstance(cause, QueryRejected):
            raise cause from None
        raise
    return expression


# Graph's rules, per object type: what each property is, and which operators a default query
# may use on it and which an advanced one (ConsistencyLevel: eventual with $count=true) may.
PropertyType = Literal["string", "boolean", "collection"]
_TEXT_DEFAULT = frozenset({"eq", "in", "startswith"})
_TEXT_ADVANCED = _TEXT_DEFAULT | {"ne", "null", "lt", "gt", "le", "ge"}


@dataclass(frozen=True)
class Property:
    """A property a query may name: where it is stored, its type, what it allows."""

    name: str
    column: str  # the record's field; "id_key" and "upn_key" are columns of their own
    type: PropertyType
    default: frozenset[str]
    advanced: frozenset[str]
    sortable: bool = False


def _text(name: str, column: str, *, default: bool = True, more: frozenset[str] = frozenset(),
          sortable: bool = False) -> Property:  # fmt: skip
    return Property(
        name,
        column,
        "string",
        _TEXT_DEFAULT if default else frozenset(),
        _TEXT_ADVANCED | more,
        sortable,
    )


def _flag(name: str, column: str) -> Property:
    return Property(name, column, "boolean", frozenset({"eq"}), frozenset({"eq", "ne"}))


def _collection(name: str, column: str, *, default: bool = False,
                ends: bool = False) -> Property:  # fmt: skip
    """A collection of strings, filtered by `any()`; `default`: `eq`/`startswith` inside it
    are default queries (Graph: proxyAddresses, otherMails)."""
    operators = frozenset({"eq", "startswith"})
    return Property(
        name,
        column,
        "collection",
        operators if default else frozenset(),
        operators | (_ENDS if ends else frozenset()),
    )


_ENDS = frozenset({"endswith"})
PROPERTIES: dict[ObjectType, dict[str, Property]] = {
    "users": {
        p.name: p
        for p in (
            Property(
                "id", "id_key", "string", frozenset({"eq", "in"}), frozenset({"eq", "in", "ne"})
            ),
            _text("userPrincipalName", "upn_key", more=_ENDS, sortable=True),
            _text("displayName", "display_name", sortable=True),
            _text("givenName", "given_name"),
            _text("surname", "surname"),
            _text("mail", "mail", more=_ENDS),
            _text("jobTitle", "job_title"),
            _text("department", "department"),
            _text("officeLocation", "office_location", default=False),
            _text("mobilePhone", "mobile_phone", default=False),
            _text("preferredLanguage", "preferred_language", default=False),
            Property(
                "userType",
                "user_type",
                "string",
                frozenset({"eq"}),
                frozenset({"eq", "ne", "in", "null"}),
            ),
            _flag("accountEnabled", "account_enabled"),
            _collection("businessPhones", "business_phones"),
            _text("mailNickname", "mail_nickname"),
            _collection("otherMails", "other_mails", default=True, ends=True),
            _collection("proxyAddresses", "proxy_addresses", default=True, ends=True),
            _collection("imAddresses", "im_addresses"),
            _text("companyName", "company_name"),
            _text("employeeId", "employee_id"),
            _text("employeeType", "employee_type"),
            _text("city", "city"),
            _text("state", "state"),
            _text("country", "country"),
            _text("streetAddress", "street_address"),
            _text("postalCode", "postal_code"),
            _text("usageLocation", "usage_location"),
            _text("faxNumber", "fax_number", default=False),
        )
    },
    "groups": {
        p.name: p
        for p in (
            Property(
                "id", "id_key", "string", frozenset({"eq", "in"}), frozenset({"eq", "in", "ne"})
            ),
            _text("displayName", "display_name", sortable=True),
            _text("mail", "mail", more=_ENDS),
            _text("description", "description", default=False),
            _text("mailNickname", "mail_nickname"),
            _text("visibility", "visibility", default=False),
            _flag("mailEnabled", "mail_enabled"),
            _flag("securityEnabled", "security_enabled"),
            # `groupTypes/any(c:c eq 'Unified')` is a default query (the Toolkit's pickers).
            Property(
                "groupTypes", "group_types", "collection", frozenset({"eq"}), frozenset({"eq"})
            ),
            _collection("proxyAddresses", "proxy_addresses", default=True, ends=True),
            _text("classification", "classification", default=False),
            _text("preferredLanguage", "preferred_language", default=False),
        )
    },
}
_TYPE_NAMES: dict[ObjectType, tuple[str, str]] = {
    "users": ("User", "microsoft.graph.user"),
    "groups": ("Group", "microsoft.graph.group"),
}


def _property(kind: ObjectType, name: str) -> Property:
    found = PROPERTIES[kind].get(name)
    if found is None:
        raise QueryRejected(
            "BadRequest",
            f"Could not find a property named '{name}' on type '{_TYPE_NAMES[kind][1]}'.",
        )
    return found


def _unsupported(kind: ObjectType, name: str) -> QueryRejected:
    return QueryRejected(
        "Request_UnsupportedQuery",
        f"Unsupported or invalid query filter clause specified for property '{name}' of "
        f"resource '{_TYPE_NAMES[kind][0]}'.",
    )


def _allow(kind: ObjectType, prop: Property, operator: str, shown: str, advanced: bool) -> None:
    if operator in prop.default or (advanced and operator in prop.advanced):
        return
    if operator in prop.advanced:
        raise needs_advanced(shown)
    raise _unsupported(kind, prop.name)


def _check_value(prop: Property, value: Value) -> None:
    if value is None:
        return
    if prop.type == "boolean" and not isinstance(value, bool):
        raise _invalid(f"{prop.name} is a boolean: compare it with true or false, unquoted.")
    if prop.type != "boolean" and not isinstance(value, str):
        raise _invalid(f"{prop.name} is a string: compare it with a quoted value.")


def check(kind: ObjectType, expression: Expression, advanced: bool) -> None:
    """Raise `QueryRejected` where `expression` breaks Graph's rules for `kind`."""
    match expression:
        case Compare(property=name, op=op, value=value):
            prop = _property(kind, name)
            operator = "null" if value is None else op
            _allow(kind, prop, operator, op, advanced)
            _check_value(prop, value)
        case In(property=name, values=values):
            prop = _property(kind, name)
            _allow(kind, prop, "in", "in", advanced)
            for value in values:
                _check_value(prop, value)
        case Call(function=function, property=name):
            prop = _property(kind, name)
            if prop.type != "string":
                raise _unsupported(kind, prop.name)
            _allow(kind, prop, function, function, advanced)
        case Any_(collection=name, condition=condition):
            prop = _property(kind, name)
            if prop.type != "collection":
                raise _invalid(f"{name} is not a collection: any() takes one.")
            _check_element(kind, prop, condition, advanced)
        case Search():
            pass  # checked when parsed: $search names only what it may search
        case Not(operand=operand):
            if not advanced:
                raise needs_advanced("Not")
            check(kind, operand, advanced)
        case And(operands=operands) | Or(operands=operands):
            for operand in operands:
                check(kind, operand, advanced)


def _check_element(kind: ObjectType, prop: Property, condition: Expression, advanced: bool) -> None:
    match condition:
        case Compare(property=name, op="eq", value=str()) if name == ELEMENT:
            _allow(kind, prop, "eq", "eq", advanced)
        case Call(function=function, property=name) if name == ELEMENT:
            _allow(kind, prop, function, function, advanced)
        case Or(operands=operands):
            for operand in operands:
                _check_element(kind, prop, operand, advanced)
        case _:
            raise _unsupported(kind, prop.name)


@dataclass(frozen=True)
class Order:
    property: Property
    descending: bool = False


def parse_orderby(kind: ObjectType, text: str) -> Order:
    """`displayName`, `displayName desc`, `userPrincipalName asc`: one property."""
    parts = text.split()
    if not parts or len(parts) > 2 or "," in text:
        raise QueryRejected(
            "Request_UnsupportedQuery", "Sorting by one property, asc or desc, is supported."
        )
    prop = _property(kind, parts[0])
    direction = parts[1].lower() if len(parts) == 2 else "asc"
    if direction not in ("asc", "desc"):
        raise QueryRejected("BadRequest", f"'{parts[1]}' is not a direction: use asc or desc.")
    if not prop.sortable:
        raise QueryRejected(
            "Request_UnsupportedQuery", f"Sorting by property '{prop.name}' is not supported."
        )
    return Order(prop, direction == "desc")


@dataclass(frozen=True)
class Membership:
    """The members of one group: direct, or (`transitive`) also those of its member groups."""

    group_key: str
    transitive: bool = False


@dataclass(frozen=True)
class DirectoryQuery:
    """A checked query of one object type's collection (or of a group's members of that
    type: `within`)."""

    kind: ObjectType
    filter: Expression | None = None
    order: Order | None = None
    top: int = DEFAULT_TOP
    count: bool = False  # `@odata.count` is asked for (and may be: an advanced query)
    within: Membership | None = None

    def members_of(self, group_key: str, *, transitive: bool) -> DirectoryQuery:
        """This query of the members of the group of `group_key` (its ASCII-case key)."""
        return dataclasses.replace(self, within=Membership(group_key, transitive))

    @classmethod
    def of(
        cls,
        kind: ObjectType,
        *,
        filter_text: str | None = None,
        orderby: str | None = None,
        top: int | None = None,
        count: bool = False,
        eventual: bool = False,
        search: str | None = None,
    ) -> DirectoryQuery:
        """The query of these options, checked; raises `QueryRejected`. `eventual`: the
        request has `ConsistencyLevel: eventual`."""
        advanced = eventual and count
        if top is not None and not 1 <= top <= MAX_TOP:
            raise QueryRejected(
                "Request_UnsupportedQuery",
                f"Invalid page size specified: '{top}'. Must be between 1 and {MAX_TOP} inclusive.",
            )
        expression = None
        if filter_text is not None and filter_text.strip():  # the Toolkit sends `$filter=`
            expression = parse_filter(filter_text)
            check(kind, expression, advanced)
        order = None if orderby is None else parse_orderby(kind, orderby)
        if expression is not None and order is not None and not advanced:
            raise QueryRejected(
                "Request_UnsupportedQuery", "Sorting not supported for current query."
            )
        if search is not None and search.strip():
            if not eventual:
                raise QueryRejected(
                    "Request_UnsupportedQuery",
                    "Request with $search query parameter only works through MSGraph with a "
                    "special request header: 'ConsistencyLevel: eventual'",
                )
            searched = parse_search(kind, search)
            expression = searched if expression is None else And((expression, searched))
        return cls(kind, expression, order, top or DEFAULT_TOP, advanced)


# `$search`: "property:text" clauses, AND / OR (upper case, as Graph writes them), parentheses;
# a backslash escapes `"` and `\` inside a clause.
_SEARCH_GRAMMAR = r"""
?start: or_s
?or_s: and_s (_OR_S and_s)*
?and_s: atom (_AND_S atom)*
?atom: "(" or_s ")"
     | CLAUSE -> clause
CLAUSE: /"(?:[^"\\]|\\.)*"/
_OR_S.2: /OR\b/
_AND_S.2: /AND\b/
%ignore /[ \t]+/
"""
# What `$search` may name, and which are split into words (the others match from the start).
SEARCHABLE: dict[ObjectType, dict[str, bool]] = {
    "users": {
        "displayName": True,
        "givenName": False,
        "surname": False,
        "mail": False,
        "userPrincipalName": False,
        "jobTitle": False,
        "department": False,
        "mailNickname": False,
        "employeeId": False,
        "companyName": False,
    },
    "groups": {"displayName": True, "description": True, "mail": False, "mailNickname": False},
}


@functools.cache
def _search_parser() -> Lark:
    return Lark(_SEARCH_GRAMMAR, parser="lalr")


def _search_invalid(detail: str) -> QueryRejected:
    return QueryRejected("BadRequest", f"Syntax error in $search: {detail}")


def parse_search(kind: ObjectType, text: str) -> Expression:
    """The condition of a `$search`; raises `QueryRejected`."""
    if len(text) > MAX_FILTER_LENGTH or "\x00" in text:
        raise _search_invalid(f"at most {MAX_FILTER_LENGTH} characters, and no NUL.")
    try:
        tree = _search_parser().parse(text)
    except UnexpectedInput as exc:
        position = exc.column if isinstance(exc.column, int) and exc.column > 0 else 1
        raise _search_invalid(
            f'at position {position}: write "property:text" clauses joined by AND or OR.'
        ) from None
    if _tree_depth(tree) > MAX_DEPTH:
        raise _search_invalid(f"clauses may be nested at most {MAX_DEPTH} deep.")
    return _search_node(kind, tree)


def _search_node(kind: ObjectType, node: Tree[Token] | Token) -> Expression:
    if isinstance(node, Token):  # a lone clause is the whole search
        return _clause(kind, str(node))
    if node.data == "clause":
        return _clause(kind, str(node.children[0]))
    operands = tuple(_search_node(kind, child) for child in node.children)
    return Or(operands) if node.data == "or_s" else And(operands)


def _clause(kind: ObjectType, quoted: str) -> Search:
    unescaped = re.sub(r"\\(.)", r"\1", quoted[1:-1])
    name, colon, value = unescaped.partition(":")
    if not colon:
        raise _search_invalid(f'name the property: "displayName:{unescaped}".')
    searchable = SEARCHABLE[kind]
    if name not in searchable:
        if name in PROPERTIES[kind]:
            raise _unsupported(kind, name)
        _property(kind, name)  # raises: no such property
    # The Graph Toolkit encodes what was typed (`mail:alice%40contoso.com`).
    return Search(name, unquote(value), searchable[name])


# People (`/me/people`, `/users/{id}/people`): Graph's people API over the tenant's users.
PERSON = {"personType/class": "Person", "personType/subclass": "OrganizationUser"}
MAX_PEOPLE = 1000  # $skip + $top at most: people are ranked, not paged by a token


GROUP_PERSON = {"personType/class": "Group", "personType/subclass": "UnifiedGroup"}
CONTACT_PERSON = {"personType/class": "Person", "personType/subclass": "PersonalContact"}
_PEOPLE_ADDRESSES: dict[ObjectType, tuple[str, ...]] = {
    "users": ("mail", "userPrincipalName"),
    "groups": ("mail", "mailNickname"),
}


def people_words(text: str) -> list[str]:
    """The words of a people `$search` (`j`, `tyler lee`, `"tyler lee"`, `erin%40contoso`);
    raises `QueryRejected` for more than 16."""
    words = text.strip().strip('"').split()
    if len(words) > 16 or any("\x00" in word for word in words):
        raise QueryRejected("BadRequest", "Syntax error in $search: at most 16 words.")
    return [unquote(word) for word in words]


def people_search(text: str, kind: ObjectType = "users") -> And | None:
    """A people `$search`: each word starts a word of the name or an address (a user's mail
    or userPrincipalName; a group's mail or alias); None for no words."""
    words = people_words(text)
    if not words:
        return None
    return And(
        tuple(
            Or(
                (
                    Search("displayName", word, True),
                    *(Search(name, word, False) for name in _PEOPLE_ADDRESSES[kind]),
                )
            )
            for word in words
        )
    )


def people_name_start(text: str) -> Expression | None:
    """The people a people `$search` finds whose displayName starts with its first word (a
    range of the name order: found first, as people pickers list them); None for no words."""
    search = people_search(text)
    if search is None:
        return None
    first = Call("startswith", "displayName", unquote(text.strip().strip('"').split()[0]))
    # One word: the name's start is the word's start, so the search holds already.
    return first if len(search.operands) == 1 else And((first, search))


def people_filter_holds(text: str, person: dict[str, str] = PERSON) -> bool:
    """Whether a people `$filter` (on `personType/class` and `personType/subclass`, as the
    Graph Toolkit sends them) holds for a person of that type; raises `QueryRejected` for any
    other condition."""
    if not text.strip():
        return True

    def condition_holds(condition: Expression) -> bool:
        match condition:
            case Compare(property=name, op="eq" | "ne" as op, value=str() as value) if (
                name in person
            ):
                return (ascii_key(person[name]) == ascii_key(value)) == (op == "eq")
        raise QueryRejected(
            "Request_UnsupportedQuery",
            "The people $filter takes personType/class and personType/subclass with eq, ne, "
            "and, or and not.",
        )

    return holds(parse_filter(text), condition_holds)


def holds(expression: Expression, condition_holds: Callable[[Expression], bool]) -> bool:
    """Whether `expression` holds, `condition_holds` deciding each condition in it that is not
    `not`, `and` or `or` (a filter evaluated outside the database)."""
    match expression:
        case Not(operand=operand):
            return not holds(operand, condition_holds)
        case And(operands=operands):
            return all(holds(o, condition_holds) for o in operands)
        case Or(operands=operands):
            return any(holds(o, condition_holds) for o in operands)
    return condition_holds(expression)
