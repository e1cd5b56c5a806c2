"""Fuzzy search inside a briefing: forgives typos, word order, case, accents and spelling.

The index holds every word of every sentence (as one character per word), the section headings and
the entities' names. A query's words are matched against the vocabulary with rapidfuzz
(exact, then prefix, then within a few edits), and sentences are scored by how many query
words they hold, how exactly, and how close together. Each hit carries the exact span of
the matched words, its section and a snippet.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .model import Briefing, Entity
from .spelling import normalise_word  # noqa: F401 - also this module's, as before

# Sentence ends: a full stop, question or exclamation mark and a space before a capital,
# a quote or a digit; or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u00c0-\u024f])|\n+")
# Words: letters and digits; digits keep their grouping ("8,000") and decimals ("3.2").
_WORD = re.compile(r"\d[\d,.]*\d|[^\W_]+(?:\.(?=[^\W_]\.))?(?:[^\W_]\.)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "–": "-", "—": "-"})

MIN_QUERY_CHARACTERS = 2
MAX_HITS = 200


def query_words(query: str) -> list[str]:
    """A query's words, normalised; hyphens and curly quotes split and straighten."""
    query = query.translate(_APOSTROPHES).replace("-", " ").replace("'", " ")
    return [normalise_word(match.group()) for match in _WORD.finditer(query)]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place a query matched: the span of the matched words in its section's text."""

    section: int
    start: int
    end: int
    score: float
    snippet: str
    snippet_start: int  # where the match starts inside the snippet
    snippet_end: int
    label: str
    spans: tuple[tuple[int, int], ...] = field(default=())  # each matched word


@dataclass(frozen=True, slots=True)
class _Unit:
    section: int
    start: int  # offset of the sentence (or heading) in the section text; -1 for a heading
    end: int
    kind: str  # "sentence" or "heading"


# Each distinct word is one character of a token string: a briefing's words are one str,
# a few bytes a word, not a Python object a word, and finding a word's places is a
# character-class scan done in C. The last code point stands for every word past the
# vocabulary's limit (only hostile input has a million distinct words).
_LAST_SLOT = 0x10FFFF


class _TokenCharacters(dict):
    """A word as written -> its token character; a new word gets the next vocabulary slot."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, written: str) -> str:
        word = normalise_word(written)
        slot = self.vocabulary.get(word)
        if slot is None:
            slot = len(self.vocabulary)
            if slot < _LAST_SLOT:
                self.vocabulary[word] = slot
            else:
                slot = _LAST_SLOT
        character = self[written] = chr(slot)
        return character


class SearchIndex:
    """Every sentence's words, the headings, and the entity names of one briefing.

    Compact for long briefings: the words of all sentences are one string of token
    characters; sentences are four arrays of numbers (section, start, end, first token).
    progress, when given, is called with the fraction indexed so far (it may raise to stop).
    """

    def __init__(
        self,
        briefing: Briefing,
        entities: Sequence[Entity] = (),
        progress: Callable[[float], None] | None = None,
    ) -> None:
        self.briefing = briefing
        vocabulary: dict[str, int] = {}
        characters = _TokenCharacters(vocabulary)
        to_character = characters.__getitem__
        self._unit_section = array("I")
        self._unit_start = array("i")
        self._unit_end = array("i")
        self._unit_first_token = array("I")
        parts: list[str] = []
        tokens = 0
        total = sum(len(section.text) for section in briefing.sections) or 1
        done = 0

        def add(section_index: int, start: int, end: int, text: str, a: int, b: int) -> None:
            nonlocal tokens
            self._unit_section.append(section_index)
            self._unit_start.append(start)
            self._unit_end.append(end)
            self._unit_first_token.append(tokens)
            words = "".join(map(to_character, _WORD.findall(text, a, b)))
            parts.append(words)
            tokens += len(words)

        for section_index, section in enumerate(briefing.sections):
            # Words never hold nor border on quotes and dashes, so the text is tokenised
            # as it is, without the straightening a query gets.
            if section.heading:
                add(section_index, -1, -1, section.heading, 0, len(section.heading))
            text = section.text
            for block in section.blocks:
                position = block.start + block.marker
                for stop in [m.start() for m in _SENTENCE_END.finditer(text, position, block.end)] + [block.end]:
                    if stop > position:
                        add(section_index, position, stop, text, position, stop)
                    match = _SENTENCE_END.match(text, stop)
                    position = match.end() if match else stop
            done += len(text)
            if progress is not None:
                progress(done / total)
        self._tokens = "".join(parts)
        del parts
        self.vocabulary = sorted(vocabulary)
        self._order = array("I", [vocabulary[word] for word in self.vocabulary])
        self.entities: list[Entity] = []
        self._entity_names: list[tuple[Entity, list[str]]] = []
        self.set_entities(entities)

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """Search these entities' names too (found after the index was built)."""
        self.entities = list(entities)
        # Each entity's names as queries are normalised, once, for the keystroke path.
        self._entity_names = [
            (entity, [" ".join(query_words(name)) for name in (entity.name, *entity.aliases)])
            for entity in self.entities
        ]

    @property
    def unit_count(self) -> int:
        """How many sentences and headings the index holds."""
        return len(self._unit_section)

    def _unit(self, unit_id: int) -> _Unit:
        start = self._unit_start[unit_id]
        return _Unit(
            self._unit_section[unit_id], start, self._unit_end[unit_id], "heading" if start < 0 else "sentence"
        )

    # ------------------------------------------------------------------ matching words

    def _similar_words(self, word: str, typed_last: bool, alone: bool = True) -> list[tuple[int, float]]:
        """Vocabulary slots like `word`, with a similarity from 0 to 100; alone: the query's only word."""
        from rapidfuzz import fuzz, process

        found: dict[int, float] = {}
        vocabulary = self.vocabulary
        position = bisect_left(vocabulary, word)
        if position < len(vocabulary) and vocabulary[position] == word:
            found[self._order[position]] = 100.0
        # Prefixes: what is being typed ("kish" -> "kishida"), but not for tiny stubs.
        if len(word) >= 3 or (typed_last and len(word) >= 2 and word.isdigit()):
            index = position
            while index < len(vocabulary) and vocabulary[index].startswith(word) and index - position < 200:
                slot = self._order[index]
                if slot not in found:
                    found[slot] = 88.0 - min(8.0, (len(vocabulary[index]) - len(word)) * 0.5)
                index += 1
        if len(word) >= 4:
            cutoff = 80.0 if len(word) <= 5 else 74.0
            for _, score, index in process.extract(
                word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=24
            ):
                slot = self._order[index]
                if slot not in found:
                    found[slot] = score * 0.85  # a typo ranks below an exact or prefix match
        if 3 <= len(word) <= 5 and not word.isdigit() and (len(word) > 3 or not alone):
            # One typo in a short word ("prise" -> price, "oul" -> oil): a letter wrong,
            # missing, added, or two swapped. The ratio above is too strict for them, and a
            # three-letter word is only tried beside other words, which anchor it.
            from rapidfuzz.distance import OSA

            for candidate, _, index in process.extract(
                word, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                slot = self._order[index]
                if slot not in found and (len(word) > 3 or candidate[:1] == word[:1]):
                    found[slot] = 66.0
        return list(found.items())

    # ------------------------------------------------------------------ search

    def search(self, query: str, limit: int = MAX_HITS) -> list[SearchHit]:
        """Hits for a query, best first. A blank or one-letter query finds nothing."""
        words = query_words(query)
        if sum(len(w) for w in words) < MIN_QUERY_CHARACTERS or not words:
            return []
        words = words[:8]
        best: dict[int, list[tuple[float, int] | None]] = {}
        # Which query words each token character stands for, and how closely.
        wanted: dict[str, list[tuple[int, float]]] = {}
        for query_index, word in enumerate(words):
            typed_last = query_index == len(words) - 1
            for slot, similarity in self._similar_words(word, typed_last, alone=len(words) == 1):
                wanted.setdefault(chr(slot), []).append((query_index, similarity))
        if wanted:
            first_tokens = self._unit_first_token
            unit_count = len(first_tokens)
            unit_id, next_start = -1, 0
            pattern = re.compile("[" + "".join(re.escape(character) for character in wanted) + "]")
            for match in pattern.finditer(self._tokens):
                position = match.start()
                if position >= next_start:
                    unit_id = bisect_right(first_tokens, position) - 1
                    next_start = first_tokens[unit_id + 1] if unit_id + 1 < unit_count else len(self._tokens)
                token = position - first_tokens[unit_id]
                slots = best.get(unit_id)
                if slots is None:
                    slots = best[unit_id] = [None] * len(words)
                for query_index, similarity in wanted[match.group()]:
                    current = slots[query_index]
                    if current is None or similarity > current[0]:
                        slots[query_index] = (similarity, token)
        needed = len(words) if len(words) <= 2 else len(words) - 1
        scored: list[tuple[float, int, list[tuple[float, int] | None]]] = []
        for unit_id, slots in best.items():
            matched = [s for s in slots if s is not None]
            if len(matched) < needed:
                continue
            score = sum(s[0] for s in matched) / len(words)
            tokens = [s[1] for s in slots if s is not None]
            if len(tokens) > 1:
                spread = max(tokens) - min(tokens)
                if spread < len(tokens) + 2:
                    score += 4.0  # the words stand together
                if tokens == sorted(tokens) and spread == len(tokens) - 1:
                    score += 4.0  # ... as a phrase, in the order typed
            if all(s[0] == 100.0 for s in matched):
                score += 3.0  # whole words, exactly
            if self._unit_start[unit_id] < 0:
                score -= 5.0  # a heading hit has no span in the text: text hits come first
            scored.append((score, unit_id, slots))
        scored.sort(key=lambda item: (-item[0], item[1]))
        hits = [self._hit(score, unit_id, slots) for score, unit_id, slots in scored[:limit]]
        hits.extend(self._repeats(hits, [self._unit(unit_id) for _, unit_id, _ in scored[:limit]]))
        hits = hits[:limit]
        hits.extend(self._entity_hits(query, hits, limit - len(hits)))
        hits.sort(key=lambda hit: -hit.score)  # stable: equal scores keep reading order
        return hits

    def _hit(self, score: float, unit_id: int, slots: list[tuple[float, int] | None]) -> SearchHit:
        unit = self._unit(unit_id)
        section = self.briefing.sections[unit.section]
        label = section.label
        if unit.kind == "heading":
            heading = section.heading or ""
            return SearchHit(unit.section, 0, 0, round(score, 1), heading, 0, 0, label)
        text = section.text
        unit_text = text[unit.start : unit.end].translate(_APOSTROPHES)
        wanted = {s[1] for s in slots if s is not None}
        spans = tuple(
            (unit.start + m.start(), unit.start + m.end())
            for index, m in enumerate(_WORD.finditer(unit_text))
            if index in wanted
        )
        spans = tuple(sorted(spans))
        start, end = spans[0][0], spans[-1][1]
        if end - start > 80:  # words far apart: the span is the best-matching word
            best_token = max((s for s in slots if s is not None), key=lambda s: s[0])[1]
            span = next(
                (unit.start + m.start(), unit.start + m.end())
                for index, m in enumerate(_WORD.finditer(unit_text))
                if index == best_token
            )
            start, end = span
        snippet, snippet_start = _snippet(text, unit.start, unit.end, start, end)
        return SearchHit(
            unit.section, start, end, round(score, 1), snippet, snippet_start,
            snippet_start + (end - start), label, spans,
        )

    def _repeats(self, hits: list[SearchHit], units: list[_Unit]) -> list[SearchHit]:
        """The matched words again, elsewhere in the same sentence: each is a hit of its own."""
        extra: list[SearchHit] = []
        for hit, unit in zip(hits, units):
            if unit.kind != "sentence" or hit.end <= hit.start:
                continue
            text = self.briefing.sections[hit.section].text
            found = text[hit.start : hit.end].casefold()
            sentence = text[unit.start : unit.end].casefold()
            if len(sentence) != unit.end - unit.start:
                continue  # case folding changed lengths ("ß" is "ss"): offsets would not map
            position = sentence.find(found)
            while position != -1:
                start = unit.start + position
                end = start + len(found)
                if start != hit.start and (position == 0 or not sentence[position - 1].isalnum()):
                    snippet, snippet_start = _snippet(text, unit.start, unit.end, start, end)
                    extra.append(
                        SearchHit(
                            hit.section, start, end, round(hit.score - 0.1, 1), snippet, snippet_start,
                            snippet_start + (end - start), hit.label, ((start, end),),
                        )
                    )
                position = sentence.find(found, position + 1)
        return extra

    def _entity_hits(self, query: str, hits: list[SearchHit], room: int) -> list[SearchHit]:
        """Mentions of an entity whose name matches the query where the text spells it otherwise."""
        if room <= 0 or not self.entities or len(query.strip()) < 3:
            return []
        from rapidfuzz import fuzz

        by_section: dict[int, list[tuple[int, int]]] = {}
        for hit in hits:
            by_section.setdefault(hit.section, []).extend([(hit.start, hit.end), *hit.spans])
        wanted = " ".join(query_words(query))
        extra: list[SearchHit] = []
        for entity, names in self._entity_names:
            similarity = max(fuzz.ratio(wanted, name) for name in names)
            if similarity < 88:
                continue
            for mention in entity.mentions:
                spans = by_section.get(mention.section, ())
                if any(mention.start < b and a < mention.end for a, b in spans):
                    continue  # the text hits already show this place
                text = self.briefing.sections[mention.section].text
                sentence_start, sentence_end = _sentence_around(text, mention.start, mention.end)
                snippet, snippet_start = _snippet(text, sentence_start, sentence_end, mention.start, mention.end)
                extra.append(
                    SearchHit(
                        mention.section, mention.start, mention.end, round(similarity * 0.9, 1), snippet,
                        snippet_start, snippet_start + mention.end - mention.start,
                        self.briefing.sections[mention.section].label, ((mention.start, mention.end),),
                    )
                )
                if len(extra) >= room:
                    return extra
        return extra


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    right_dot = text.find(". ", end)
    right_line = text.find("\n", end)
    candidates = [p for p in (right_dot + 1 if right_dot != -1 else -1, right_line) if p != -1]
    return left, min(candidates) if candidates else len(text)


def _snippet(text: str, unit_start: int, unit_end: int, start: int, end: int, width: int = 110) -> tuple[str, int]:
    """A line of context around text[start:end], cut at words, with "…" where cut."""
    room = max(0, width - (end - start))
    left = max(unit_start, start - room // 3)
    right = min(unit_end, end + room - (start - left))
    if left > unit_start:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < unit_end:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    prefix = "…" if left > unit_start else ""
    suffix = "…" if right < unit_end else ""
    body = " ".join(text[left:right].split("\n"))
    return prefix + body + suffix, len(prefix) + (start - left)


def search_briefing(briefing: Briefing, query: str, limit: int = MAX_HITS, entities: Sequence[Entity] = ()) -> list[SearchHit]:
    """Search one briefing (builds a throwaway index)."""
    return SearchIndex(briefing, entities).search(query, limit)
