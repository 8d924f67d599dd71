"""Fault injection, opt-in (`PHOTOS_FAULTS=<plan.yaml>`): Graph's bad days, on purpose.

A plan lists rules; the first rule that matches a request (by operationId and/or method) adds
its latency and, at its rate, fails the request with one of its statuses, drawn from Graph's
transient set: 429, 500, 502, 503, 504, and 507 for writes. Draws come from one random
generator seeded by the plan, so a run of the same requests in the same order meets the same
faults. A request may force a fault with the header `x-graph-photos-fault: <status>`, honoured
only while a plan is loaded. An injected fault is decided before the handler runs, so it never
writes anything.

    seed: 7
    rules:
      - operation: users.get_photo_content   # or `method: GET`, or both; neither: every request
        rate: 0.25
        statuses: [429, 503]
        latency_ms: 50
        retry_after: 2                       # seconds, on 429 and 503 (default 1)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FORCE_HEADER = b"x-graph-photos-fault"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Graph's transient failures: status -> (code, message).
TRANSIENT: dict[int, tuple[str, str]] = {
    429: ("TooManyRequests", "Too many requests (injected fault). Try again after Retry-After."),
    500: ("generalException", "An unexpected error occurred (injected fault)."),
    502: ("BadGateway", "The service behind the gateway did not answer (injected fault)."),
    503: (
        "serviceNotAvailable",
        "The service is temporarily unavailable (injected fault). Try again after Retry-After.",
    ),
    504: ("GatewayTimeout", "The service did not answer in time (injected fault)."),
    507: ("InsufficientStorage", "The mailbox has no room for the write (injected fault)."),
}
WITH_RETRY_AFTER = frozenset({429, 503})


class FaultPlanError(ValueError):
    """The fault plan file is not one this service can follow; the message says why."""


@dataclass(frozen=True)
class FaultRule:
    operation: str | None
    method: str | None
    rate: float
    statuses: tuple[int, ...]
    latency_ms: int
    retry_after: int

    def matches(self, operation: str | None, method: str) -> bool:
        return (self.operation in (None, "*", operation)) and (self.method in (None, method))


@dataclass(frozen=True)
class Fault:
    """What to do to one request: wait `latency_ms`, then fail with `status` (if not None)."""

    status: int | None
    latency_ms: int = 0
    retry_after: int = 1

    @property
    def code(self) -> str:
        return TRANSIENT[self.status or 500][0]

    @property
    def message(self) -> str:
        return TRANSIENT[self.status or 500][1]


class FaultPlan:
    """The rules of a plan and its seeded generator (one per process)."""

    def __init__(self, rules: list[FaultRule], seed: int | None = None) -> None:
        self.rules = rules
        self.seed = seed
        # Reproducible draws, not secrets.
        self._random = random.Random(seed)  # noqa: S311

    @classmethod
    def from_file(cls, path: Path) -> FaultPlan:
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise FaultPlanError(f"{path}: cannot read the fault plan: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise FaultPlanError(f"{path}: a fault plan is a mapping with a list of `rules`")
        seed = data.get("seed")
        if seed is not None and not isinstance(seed, int):
            raise FaultPlanError(f"{path}: `seed` must be an integer")
        return cls([_rule(path, number, raw) for number, raw in enumerate(data["rules"])], seed)

    def decide(self, operation: str | None, method: str, forced: str | None) -> Fault | None:
        """The fault for one request (None: none); `forced` is the override header's value."""
        if forced is not None:
            status = int(forced) if forced.strip().isdigit() else 0
            if status in TRANSIENT:
                return Fault(status)
        rule = next((r for r in self.rules if r.matches(operation, method)), None)
        if rule is None:
            return None
        roll = self._random.random()  # drawn for every matching request: the sequence repeats
        statuses = [s for s in rule.statuses if s != 507 or method in WRITES]
        chosen: int | None = None
        if statuses and roll < rule.rate:
            chosen = self._random.choice(statuses)
        if chosen is None and not rule.latency_ms:
            return None
        return Fault(chosen, rule.latency_ms, rule.retry_after)


def _rule(path: Path, number: int, raw: Any) -> FaultRule:
    where = f"{path}: rules[{number}]"
    if not isinstance(raw, dict):
        raise FaultPlanError(f"{where} must be a mapping")
    unknown = set(raw) - {"operation", "method", "rate", "statuses", "latency_ms", "retry_after"}
    if unknown:
        raise FaultPlanError(f"{where}: unknown keys {sorted(unknown)}")
    rate = raw.get("rate", 0.0)
    if not isinstance(rate, int | float) or not 0 <= rate <= 1:
        raise FaultPlanError(f"{where}: `rate` must be a number from 0 to 1")
    statuses = raw.get("statuses", [503])
    if not isinstance(statuses, list) or not statuses or any(s not in TRANSIENT for s in statuses):
        raise FaultPlanError(f"{where}: `statuses` must list some of {sorted(TRANSIENT)}")
    latency = raw.get("latency_ms", 0)
    retry_after = raw.get("retry_after", 1)
    if not isinstance(latency, int) or latency < 0 or not isinstance(retry_after, int):
        raise FaultPlanError(f"{where}: `latency_ms` and `retry_after` must be whole numbers")
    method = raw.get("method")
    return FaultRule(
        operation=raw.get("operation"),
        method=None if method is None else str(method).upper(),
        rate=float(rate),
        statuses=tuple(statuses),
        latency_ms=latency,
        retry_after=max(1, retry_after),
    )
