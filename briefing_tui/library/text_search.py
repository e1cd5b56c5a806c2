"""Typo-tolerant search over many briefings: expanding query words, ranking candidates.

A store finds candidate sections with its full-text index; this module decides which
index terms a query word stands for (exact, prefix while typing, near spellings, British
or American spelling: the same rules as the in-briefing search) and ranks each candidate
section with rapidfuzz similarities, returning the span to highlight and a snippet.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.search import MIN_QUERY_CHARACTERS, query_words
from ..core.spelling import normalise_word, spelling_may_change

# Index terms as SQLite's unicode61 tokenizer makes them: runs of letters and digits,
# case-folded, accents removed.
_TERM = re.compile(r"[^\W_]+")

MAX_PREFIX_TERMS = 40
MAX_FUZZY_TERMS = 16


def fold(word: str) -> str:
    """A word as the full-text index stores it."""
    word = word.casefold()
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def index_terms(text: str) -> set[str]:
    """The distinct index terms of a text."""
    if text.isascii():  # case-folding ASCII text changes no word's bounds
        return set(_TERM.findall(text.lower()))
    return {fold(word) for word in set(_TERM.findall(text))}


def _normalise_term(term: str) -> str:
    # Case and accents are done on index terms already: only spelling may change them.
    if term.isascii() and not spelling_may_change(term):
        return term
    return normalise_word(term)


class Vocabulary:
    """Every term of the index, grouped by its normalised form, for fast near look-ups.

    Near spellings are looked for among words of about the same length that begin with
    the same letter (or with the first two letters swapped), and, for a typo in the first
    letter, among those that go on with the same two letters ("lishida", "ishida" and
    "akishida" find "kishida"): a library's vocabulary is too large to compare every word
    at each keystroke, and these few buckets hold the words a typo is likely to be of.
    """

    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._by_norm: dict[str, list[str]] = defaultdict(list)
        self._sorted: list[str] | None = None
        self._buckets: dict[tuple[int, str], list[str]] | None = None  # (length, first letter)
        self._second: dict[tuple[int, str], list[str]] | None = None  # (length, 2nd and 3rd letters)
        self._expanded: dict[tuple[str, bool], dict[str, float]] = {}
        self.add(terms)

    def __len__(self) -> int:
        return len(self._by_norm)

    def add(self, terms: Iterable[str]) -> None:
        changed = False
        by_norm = self._by_norm
        for term in terms:
            known = by_norm[_normalise_term(term)]
            if term not in known:
                known.append(term)
                changed = True
        if changed:
            self._sorted = self._buckets = self._second = None
            self._expanded.clear()

    def _tables(self) -> tuple[list[str], dict[tuple[int, str], list[str]], dict[tuple[int, str], list[str]]]:
        if self._sorted is None or self._buckets is None or self._second is None:
            self._sorted = sorted(self._by_norm)
            buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
            second: dict[tuple[int, str], list[str]] = defaultdict(list)
            for norm in self._sorted:
                length = len(norm)
                buckets[(length, norm[:1])].append(norm)
                if length >= 4:
                    second[(length, norm[1:3])].append(norm)
            self._buckets, self._second = dict(buckets), dict(second)
        return self._sorted, self._buckets, self._second

    def expand(self, word: str, typed_last: bool) -> dict[str, float]:
        """Index terms that `word` (normalised) may stand for, each with a similarity 0-100."""
        key = (word, typed_last)
        cached = self._expanded.get(key)
        if cached is None:
            if len(self._expanded) > 512:
                self._expanded.clear()
            cached = self._expanded[key] = self._expand(word, typed_last)
        return cached

    def _expand(self, word: str, typed_last: bool) -> dict[str, float]:
        from rapidfuzz import fuzz, process

        ordered, buckets, second = self._tables()
        found: dict[str, float] = {}

        def take(norm: str, similarity: float) -> None:
            for term in self._by_norm.get(norm, ()):
                if found.get(term, -1.0) < similarity:
                    found[term] = similarity

        take(word, 100.0)
        if typed_last and (len(word) >= 3 or (len(word) >= 2 and word.isdigit())):
            position = bisect_left(ordered, word)
            taken = 0
            while position < len(ordered) and ordered[position].startswith(word) and taken < MAX_PREFIX_TERMS:
                norm = ordered[position]
                if norm != word:
                    take(norm, 88.0 - min(8.0, (len(norm) - len(word)) * 0.5))
                    taken += 1
                position += 1
        # A word the index holds as written is taken as meant: near spellings of a real
        # word ("frost" -> "forest") would only bury its hits.
        if len(word) >= 4 and not word.isdigit() and word not in self._by_norm:
            cutoff = 80.0 if len(word) <= 5 else 74.0
            size = len(word)
            pool: set[str] = set()
            for length in range(size - 2, size + 3):
                pool.update(buckets.get((length, word[0]), ()))
                if word[1] != word[0]:
                    pool.update(n for n in buckets.get((length, word[1]), ()) if n[1:2] == word[0])
            # A typo in the first letter: another letter ("lishida"), one left out
            # ("ishida") or one too many ("akishida").
            for length in range(size - 1, size + 2):
                pool.update(second.get((length, word[1:3]), ()))
            pool.update(second.get((size + 1, word[:2]), ()))
            pool.update(n for n in buckets.get((size - 1, word[1]), ()) if n[1:3] == word[2:4])
            for norm, score, _ in process.extract(
                word, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=MAX_FUZZY_TERMS
            ):
                # A typo ranks below an exact or prefix match; one in the first letter,
                # rarer, below one further on.
                take(norm, score * (0.85 if norm[:1] == word[:1] else 0.8))
        return found


@dataclass(frozen=True, slots=True)
class Query:
    """A query's words and, for each, the index terms it stands for."""

    text: str
    words: tuple[str, ...]
    groups: tuple[dict[str, float], ...]
    owners: dict[str, list[tuple[int, float]]]  # term -> the words it stands for, how closely
    pattern: re.Pattern[str] | None  # any of the terms, as a whole word

    @property
    def needed(self) -> int:
        """How many of the words a hit must hold: all of one or two, all but one of more."""
        return len(self.words) if len(self.words) <= 2 else len(self.words) - 1

    def usable(self) -> bool:
        return sum(1 for group in self.groups if group) >= self.needed and bool(self.words)


def prepare_query(query: str, vocabulary: Vocabulary) -> Query | None:
    """The query's words expanded against the vocabulary; None when it is too short."""
    words = query_words(query)
    if not words or sum(len(w) for w in words) < MIN_QUERY_CHARACTERS:
        return None
    words = words[:8]
    groups = tuple(vocabulary.expand(word, index == len(words) - 1) for index, word in enumerate(words))
    owners: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, group in enumerate(groups):
        for term, similarity in group.items():
            owners[term].append((index, similarity))
    return Query(query, tuple(words), groups, dict(owners), _pattern(tuple(owners)) if owners else None)


def fts_expression(query: Query) -> str:
    """An FTS5 MATCH expression: each word's terms OR-ed; words AND-ed (OR-ed past two)."""
    parts = []
    for group in query.groups:
        if group:
            parts.append("(" + " OR ".join('"' + term.replace('"', '""') + '"' for term in group) + ")")
    joiner = " AND " if len(query.words) <= 2 else " OR "
    return joiner.join(parts)


@dataclass(frozen=True, slots=True)
class TextMatch:
    """Where a section matched: text[start:end] (0, 0 for its heading only)."""

    score: float
    start: int
    end: int

    def snippet(self, text: str, heading: str | None) -> tuple[str, int, int]:
        """A line around the match, and where the match is inside it."""
        if self.end <= self.start:
            return heading or "", 0, 0
        snippet, start = snippet_around(text, self.start, self.end)
        return snippet, start, start + (self.end - self.start)


_PATTERN_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _PATTERN_CACHE.get(terms)
    if pattern is None:
        if len(_PATTERN_CACHE) > 64:
            _PATTERN_CACHE.clear()
        alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        pattern = _PATTERN_CACHE[terms] = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)
    return pattern


MAX_MATCHES = 64  # matched words looked at in one section


def rank_text(query: Query, text: str, heading: str | None = None) -> TextMatch | None:
    """The best place in a section's text for the query, or None when it is not there."""
    owners, pattern = query.owners, query.pattern
    if pattern is None:
        return None
    found: list[tuple[int, int, int, float, int]] = []  # start, end, word index, similarity, paragraph
    paragraph = 0
    last = 0
    for match in pattern.finditer(text):
        start = match.start()
        paragraph += text.count("\n", last, start)
        last = start
        for index, similarity in owners.get(fold(match.group()), ()):
            found.append((start, match.end(), index, similarity, paragraph))
        if len(found) >= MAX_MATCHES:
            break
    n = len(query.words)
    if len({f[2] for f in found}) < query.needed:
        if heading:
            heading_words: dict[int, float] = {}
            for match in pattern.finditer(heading):
                for index, similarity in owners.get(fold(match.group()), ()):
                    heading_words[index] = max(heading_words.get(index, 0.0), similarity)
            if len(heading_words) >= query.needed:
                score = sum(heading_words.values()) / n - 5.0
                return TextMatch(round(score, 1), 0, 0)
        return None
    best: tuple[float, int, int] | None = None
    if n == 1:
        top = max(found, key=lambda f: (f[3], -f[0]))
        best = (top[3] + (3.0 if top[3] == 100.0 else 0.0), top[0], top[1])
    else:
        # Every window of text starting at a matched word, 160 characters wide and within
        # one paragraph: the words of the query that it holds, how exactly, how close.
        for anchor in range(len(found)):
            start, _, _, _, where = found[anchor]
            best_in: dict[int, tuple[float, int, int]] = {}
            for s, e, index, similarity, paragraph in found[anchor:]:
                if s - start > 160 or paragraph != where:
                    break
                if index not in best_in or similarity > best_in[index][0]:
                    best_in[index] = (similarity, s, e)
            if len(best_in) < query.needed:
                continue
            score = sum(v[0] for v in best_in.values()) / n
            spans = sorted((v[1], v[2]) for v in best_in.values())
            width = spans[-1][1] - spans[0][0]
            if len(spans) > 1 and width < 12 * len(spans):
                score += 4.0  # the words stand together
                order = [index for index, _ in sorted(best_in.items(), key=lambda item: item[1][1])]
                if order == sorted(order):
                    score += 4.0  # ... in the order typed
            if len(best_in) == n and all(v[0] == 100.0 for v in best_in.values()):
                score += 3.0
            if best is None or score > best[0]:
                best = (score, spans[0][0], spans[-1][1])
    if best is None:
        # The words are in the section, but apart (other paragraphs): a weaker match,
        # shown at its closest word.
        best_of: dict[int, tuple[float, int, int]] = {}
        for s, e, index, similarity, _ in found:
            if index not in best_of or similarity > best_of[index][0]:
                best_of[index] = (similarity, s, e)
        score = sum(v[0] for v in best_of.values()) / n - 8.0
        top = max(best_of.values(), key=lambda v: (v[0], -v[1]))
        best = (score, top[1], top[2])
    score, start, end = best
    return TextMatch(round(score, 1), start, end)


def snippet_around(text: str, start: int, end: int, width: int = 110) -> tuple[str, int]:
    """A line of context around text[start:end], cut at words, with "…" where cut."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    room = max(0, width - (end - start))
    left = max(line_start, start - room // 3)
    right = min(line_end, end + room - (start - left))
    if left > line_start:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < line_end:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    return prefix + text[left:right] + suffix, len(prefix) + (start - left)
