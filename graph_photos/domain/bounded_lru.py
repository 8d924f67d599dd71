"""`BoundedLru`: values kept by key within a memory budget, least recently used out first.

Both caches of the read path (the domain's `ReadCache`, the web's response cache) keep their
entries here: each entry comes with its cost (an estimate of the memory it holds, measured with
tracemalloc by each cache's tests), and the sum of the costs never passes `max_cost`.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class BoundedLru(Generic[_K, _V]):
    """Values by key, each with a cost; past `max_cost`, the least recently used go."""

    def __init__(self, max_cost: int) -> None:
        self.max_cost = max_cost
        self.cost = 0
        self.evictions = 0
        self._entries: OrderedDict[_K, tuple[_V, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: _K) -> _V | None:
        """The value kept under `key` (its use is noted by `used`, once it proved good)."""
        entry = self._entries.get(key)
        return None if entry is None else entry[0]

    def used(self, key: _K) -> None:
        """`key`'s value was used: it is the last to go."""
        self._entries.move_to_end(key)

    def keep(self, key: _K, value: _V, cost: int) -> None:
        """Keep `value` under `key` (replacing what was there); a value dearer than the whole
        budget is not kept."""
        self.drop(key)
        if cost > self.max_cost:
            return
        self._entries[key] = (value, cost)
        self.cost += cost
        while self.cost > self.max_cost:
            _, (_, evicted) = self._entries.popitem(last=False)
            self.cost -= evicted
            self.evictions += 1

    def drop(self, key: _K) -> None:
        """Forget `key`'s value, if one is kept."""
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.cost -= entry[1]
