"""Where the page cache keeps its HTML: in this process (the embedded default) or in Redis (REDIS_URL),
shared by every worker and host. `fragments` holds the page logic; this module only stores, finds,
purges and counts.

Invalidation by tags, with purge numbers. Every entry names the tags it depends on (`product:12`,
`coop:3`, `catalog`...). A purge takes the next number of one global counter and writes it on each
purged tag. An entry is stored with the counter's value read *before* its data was read from the
database, and it is fresh while none of its tags carries a higher number. So a change committed while
a page was rendering (the render may have read the old rows) makes that page stale at once, and a
purge costs one write per tag, however many pages depend on it. Every entry also depends on `ALL`,
which `flask cache clear` purges.

In Redis a lookup is one round trip: a short Lua script reads the entry, checks its tags and counts
the hit or miss (the hit ratio is shared by every host). This needs a single Redis (or a primary with
replicas), not Redis Cluster, since the script reads tag keys it derives itself.

A cache error never breaks a page: it is logged and counted, the lookup is a miss, and for a few
seconds Redis is not asked again (a page must not wait half a second per fragment while it is down).
Purges that could not be sent are kept and sent first once Redis answers again."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from flask import Flask, current_app
from redis.exceptions import RedisError

from market.core.redis import get_redis

log = logging.getLogger(__name__)

ALL = "all"
KINDS = ("page", "fragment")
LIMITS = {"page": 500, "fragment": 2_000}  # entries kept by the per-process cache, least recently used out
RETRY_SECONDS = 5.0  # after a Redis error, pages render uncached this long before Redis is tried again


@dataclass(frozen=True)
class Hit:
    html: str
    tags: frozenset[str]


def _counters() -> dict[str, int]:
    return {f"{kind}_{what}": 0 for kind in KINDS for what in ("hits", "misses", "entries")} | {
        "purges": 0,
        "errors": 0,
    }


class LocalCache:
    """This process's cache: purges reach this process only (other workers see a change within the TTL)."""

    name = "local"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, OrderedDict] = {kind: OrderedDict() for kind in KINDS}
        self._purged: dict[str, int] = {}
        self._generation = 0
        self._counts = _counters()

    def generation(self) -> int:
        return self._generation

    def lookup(self, kind: str, key: tuple) -> tuple[Hit | None, int]:
        with self._lock:
            entries = self._entries[kind]
            entry = entries.get(key)
            if entry is not None:
                expires, generation, hit = entry
                if expires <= time.monotonic() or any(self._purged.get(t, 0) > generation for t in hit.tags):
                    del entries[key]
                    entry = None
                else:
                    entries.move_to_end(key)
            self._counts[f"{kind}_{'hits' if entry else 'misses'}"] += 1
            return (entry[2] if entry else None), self._generation

    def store(self, kind: str, key: tuple, html: str, tags: Iterable[str], generation: int, ttl: int) -> None:
        with self._lock:
            entries = self._entries[kind]
            entries[key] = (time.monotonic() + ttl, generation, Hit(html, frozenset(tags) | {ALL}))
            entries.move_to_end(key)
            while len(entries) > LIMITS[kind]:
                entries.popitem(last=False)

    def purge(self, tags: Iterable[str]) -> None:
        with self._lock:
            if len(self._purged) > 100_000:  # forgetting purge numbers is safe only with the entries gone
                self._purged.clear()
                for entries in self._entries.values():
                    entries.clear()
            self._generation += 1
            for tag in tags:
                self._purged[tag] = self._generation
            self._counts["purges"] += 1

    def stats(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts) | {f"{kind}_entries": len(self._entries[kind]) for kind in KINDS}

    def reset_stats(self) -> None:
        with self._lock:
            self._counts = _counters()

    def cached_html(self, kind: str) -> list[str]:
        with self._lock:
            return [entry[2].html for entry in self._entries[kind].values()]

    def clear(self) -> None:
        with self._lock:
            for entries in self._entries.values():
                entries.clear()
            self._purged.clear()


# KEYS: the entry, the purge counter, the statistics; ARGV: the kind, the tag key prefix.
# Returns {generation, html, tags} for a fresh entry, {generation} otherwise.
_LOOKUP = """
local entry = redis.call('HMGET', KEYS[1], 'generation', 'tags', 'html')
local fresh = entry[3] ~= false
if fresh then
  local generation = tonumber(entry[1])
  for tag in string.gmatch(entry[2], '%S+') do
    local purged = redis.call('GET', ARGV[2] .. tag)
    if purged and tonumber(purged) > generation then fresh = false break end
  end
end
redis.call('HINCRBY', KEYS[3], ARGV[1] .. (fresh and '_hits' or '_misses'), 1)
local now = redis.call('GET', KEYS[2]) or '0'
if fresh then return {now, entry[3], entry[2]} end
return {now}
"""

# KEYS: the purge counter, the statistics; ARGV: the tag key prefix, how long tag numbers live, the tags.
_PURGE = """
local number = redis.call('INCR', KEYS[1])
for i = 3, #ARGV do redis.call('SET', ARGV[1] .. ARGV[i], number, 'EX', ARGV[2]) end
redis.call('HINCRBY', KEYS[2], 'purges', 1)
return number
"""


class RedisCache:
    """The cache every worker and host shares. Entries expire with their TTL (Redis drops them)."""

    name = "redis"

    def __init__(self, app: Flask) -> None:
        self._redis = get_redis(app)
        self._prefix = app.config.get("CACHE_KEY_PREFIX", "souk:cache:")
        self._lookup = self._redis.register_script(_LOOKUP)
        self._purge = self._redis.register_script(_PURGE)
        self._down_until = 0.0
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._errors = 0

    def _key(self, kind: str, key: tuple) -> str:
        return f"{self._prefix}{kind}:{hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()}"

    @property
    def _counter(self) -> str:
        return self._prefix + "purge-counter"

    @property
    def _stats(self) -> str:
        return self._prefix + "stats"

    def _available(self) -> bool:
        if time.monotonic() < self._down_until:
            return False
        if self._pending:
            with self._lock:
                tags, self._pending = self._pending, set()
            return self._send_purge(tags)
        return True

    def _failed(self, what: str, error: Exception) -> None:
        with self._lock:
            self._errors += 1
            self._down_until = time.monotonic() + RETRY_SECONDS
        log.warning("page cache: Redis %s failed (%s); pages render uncached for %.0f s", what, error, RETRY_SECONDS)

    def generation(self) -> int | None:
        if not self._available():
            return None
        try:
            return int(self._redis.get(self._counter) or 0)
        except (RedisError, OSError) as error:
            self._failed("read", error)
            return None

    def lookup(self, kind: str, key: tuple) -> tuple[Hit | None, int | None]:
        if not self._available():
            return None, None
        try:
            answer = self._lookup(keys=[self._key(kind, key), self._counter, self._stats], args=[kind, self._tag("")])
        except (RedisError, OSError) as error:
            self._failed("lookup", error)
            return None, None
        generation = int(answer[0])
        if len(answer) == 1:
            return None, generation
        return Hit(answer[1].decode(), frozenset(answer[2].decode().split())), generation

    def store(self, kind: str, key: tuple, html: str, tags: Iterable[str], generation: int, ttl: int) -> None:
        if not self._available():
            return
        name = self._key(kind, key)
        fields = {"generation": generation, "tags": " ".join(sorted({*tags, ALL})), "html": html}
        try:
            self._redis.pipeline(transaction=True).hset(name, mapping=fields).expire(name, ttl).execute()
        except (RedisError, OSError) as error:
            self._failed("store", error)

    def _tag(self, tag: str) -> str:
        return f"{self._prefix}tag:{tag}"

    def _send_purge(self, tags: set[str]) -> bool:
        # A tag's number must outlive every entry older than it; entries live FRAGMENT_TTL at most.
        keep = max(3600, 2 * int(current_app.config.get("FRAGMENT_TTL") or 0))
        try:
            self._purge(keys=[self._counter, self._stats], args=[self._tag(""), keep, *sorted(tags)])
            return True
        except (RedisError, OSError) as error:
            with self._lock:
                self._pending |= tags
            self._failed("purge", error)
            return False

    def purge(self, tags: Iterable[str]) -> None:
        tags = set(tags)
        if time.monotonic() < self._down_until:
            with self._lock:
                self._pending |= tags
            log.warning("page cache: Redis away, %d tag(s) will be purged once it answers", len(tags))
        elif self._available():
            self._send_purge(tags)

    def stats(self) -> dict[str, int]:
        counts = _counters()
        try:
            counts |= {k.decode(): int(v) for k, v in self._redis.hgetall(self._stats).items()}
            for kind in KINDS:
                counts[f"{kind}_entries"] = sum(1 for _ in self._redis.scan_iter(f"{self._prefix}{kind}:*", 500))
        except (RedisError, OSError) as error:
            self._failed("statistics", error)
        counts["errors"] += self._errors  # this process's: they could not be counted in Redis
        return counts

    def reset_stats(self) -> None:
        self._redis.delete(self._stats)
        self._errors = 0

    def cached_html(self, kind: str) -> list[str]:
        names = list(self._redis.scan_iter(f"{self._prefix}{kind}:*", 500))
        return [self._redis.hget(name, "html").decode() for name in names]

    def clear(self) -> None:
        """Purge everything, then free the memory (entries would expire with their TTL anyway)."""
        self.purge({ALL})
        try:
            for kind in KINDS:
                names = list(self._redis.scan_iter(f"{self._prefix}{kind}:*", 500))
                if names:
                    self._redis.unlink(*names)
        except (RedisError, OSError) as error:
            self._failed("clear", error)


LOCAL = LocalCache()


def page_cache(app: Flask | None = None) -> LocalCache | RedisCache:
    """The app's cache: Redis when REDIS_URL is set, else this process's."""
    app = app or current_app
    if not app.config.get("REDIS_URL"):
        return LOCAL
    cache = app.extensions.get("souk_page_cache")
    if cache is None:
        cache = app.extensions["souk_page_cache"] = RedisCache(app)
    return cache
