"""Matching and BM25F ranking over Whoosh's postings, vectorised with numpy.

Whoosh walks its matchers one document at a time in Python: at 100,000 products a broad query ("miel de
thym bio" matches 28,000) took 200+ ms to match and as much again to rank. Here each term's postings are
read once per segment, block by block, into numpy arrays (document numbers and weights) and kept in a
per-process cache: segments never change once written, so neither do their arrays. A query then costs a
few array operations whatever the number of matches:

- a word matches a document when any of its alternatives does (its stem in the name, place or body fields,
  stems of index words one typo away at a lower weight);
- the score is BM25F as Whoosh computes it (idf = log(N / (df + 1)) + 1, B = 0.75, K1 = 1.2, field boosts
  stored in the weights), summed over the alternatives and words;
- documents matching every word come first ("all words matching ranks first"), then by score.

This reads Whoosh 2.7's block format through `W3LeafMatcher`'s block methods (whoosh-reloaded 2.7.5 is
pinned exactly); tests/search/test_engine.py compares every score with Whoosh's own searcher.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from math import log

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length
from whoosh.util.numlists import delta_decode

B, K1 = 0.75, 1.2
_BYTE_TO_LENGTH = np.array([byte_to_length(i) for i in range(256)], dtype=np.float32)
_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
MAX_CACHED_POSTINGS = 40_000_000  # documents across cached postings arrays (about 480 MB at worst)


class _Cache:
    """Arrays per (segment, field, term) and per (segment, field) lengths, least recently used first out."""

    def __init__(self):
        self.entries: OrderedDict[tuple, tuple] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, key, value, size: int):
        with self.lock:
            if key not in self.entries:
                self.entries[key] = value
                self.size += size
            while self.size > MAX_CACHED_POSTINGS and len(self.entries) > 1:
                _old, old_value = self.entries.popitem(last=False)
                self.size -= len(old_value[0])
        return value

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


_cache = _Cache()


def _segment_postings(reader, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """One segment's postings of a term: (local document numbers, weights), deleted documents included."""
    key = ("p", reader.segment().segment_id(), field, text)
    hit = _cache.get(key)
    if hit is not None:
        return hit
    if (field, text) not in reader:
        return _cache.put(key, _EMPTY, 0)
    matcher = reader.postings(field, text)
    while isinstance(matcher, FilterMatcher):  # deletions: the live mask removes them later
        matcher = matcher.child
    ids, weights = [], []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            block_ids = matcher._data[0]
            if not matcher._byteids:
                block_ids = tuple(delta_decode(block_ids))
            ids.append(np.asarray(block_ids, dtype=np.int64))
            matcher._read_weights()
            weights.append(np.asarray(matcher._weights, dtype=np.float32))
            matcher._next_block()
    else:  # another matcher kind: slower, same result
        for docnum in matcher.all_ids():
            ids.append(np.array([docnum], dtype=np.int64))
            weights.append(np.array([matcher.weight()], dtype=np.float32))
    if not ids:
        return _cache.put(key, _EMPTY, 0)
    value = (np.concatenate(ids), np.concatenate(weights))
    return _cache.put(key, value, len(value[0]))


def _segment_lengths(reader, field: str) -> np.ndarray:
    key = ("l", reader.segment().segment_id(), field)
    hit = _cache.get(key)
    if hit is not None:
        return hit[0]
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    if column is None:
        lengths = np.zeros(count, dtype=np.float32)
    else:
        lengths = _BYTE_TO_LENGTH[np.fromiter(column, dtype=np.uint8, count=count)]
    _cache.put(key, (lengths,), count)
    return lengths


@dataclass
class Term:
    field: str
    text: str
    boost: float = 1.0


@dataclass
class Hits:
    """Documents matched some other way (places.py), each with the same score."""

    docs: np.ndarray
    score: float


class Scorer:
    """Postings and lengths of one searcher's segments, with global document numbers."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.leaves = searcher.reader().leaf_readers()
        self.doc_count = searcher.reader().doc_count_all()
        self._lengths: dict[str, np.ndarray] = {}
        self._avg: dict[str, float] = {}

    def postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        parts = []
        for reader, offset in self.leaves:
            if reader.segment() is None:
                continue
            ids, weights = _segment_postings(reader, field, text)
            if len(ids):
                parts.append((ids + offset, weights))
        if not parts:
            return _EMPTY
        if len(parts) == 1:
            return parts[0]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def lengths(self, field: str) -> np.ndarray:
        if field not in self._lengths:
            parts = [_segment_lengths(reader, field) for reader, _offset in self.leaves if reader.segment()]
            self._lengths[field] = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
            self._avg[field] = self.searcher.reader().field_length(field) / max(self.doc_count, 1) or 1.0
        return self._lengths[field]

    def idf(self, field: str, text: str) -> float:
        return log(self.doc_count / (self.searcher.reader().doc_frequency(field, text) + 1)) + 1

    def term_scores(self, term: Term) -> tuple[np.ndarray, np.ndarray]:
        ids, tf = self.postings(term.field, term.text)
        if not len(ids):
            return _EMPTY
        fl = self.lengths(term.field)[ids]
        avg = self._avg[term.field]
        idf = self.idf(term.field, term.text)
        scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avg)))
        return ids, (scores * term.boost).astype(np.float32)

    def constant_score(self, docs: np.ndarray, boost: float) -> float:
        """BM25 of a term found once in a field of average length: idf x boost."""
        return (log(self.doc_count / (len(docs) + 1)) + 1) * boost

    def match(self, words: list[list[Term | Hits]], live: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(document numbers, scores, number of words matched) of the live documents matching any word."""
        if not words:
            return np.zeros(0, np.int64), np.zeros(0, np.float32), np.zeros(0, np.int32)
        size = self.doc_count
        total = np.zeros(size, dtype=np.float32)
        matched_words = np.zeros(size, dtype=np.int32)
        for alternatives in words:
            word_hit = np.zeros(size, dtype=bool)
            for term in alternatives:
                if isinstance(term, Hits):
                    ids, scores = term.docs, np.full(len(term.docs), term.score, dtype=np.float32)
                else:
                    ids, scores = self.term_scores(term)
                if len(ids):
                    np.add.at(total, ids, scores)
                    word_hit[ids] = True
            matched_words += word_hit
        candidates = np.flatnonzero(matched_words)
        candidates = candidates[live[candidates]]
        return candidates, total[candidates], matched_words[candidates]


def clear() -> None:
    _cache.clear()
