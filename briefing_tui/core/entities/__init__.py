"""Entities of a briefing: people, organisations, places, groups, dates and numbers.

`extract_entities` finds them with rules and the shipped gazetteer, then merges mentions
into distinct entities (merge.py): a surname joins its full name, a short form of an
organisation joins the long one, every spelling of a place joins its canonical name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace

from ..model import Briefing, Entity
from .classify import NameClassifier
from .dates_numbers import numbers_and_dates
from .found import Found
from .gazetteer import load_gazetteer
from .learned import judge
from .lists import town_lists, type_lists
from .merge import merge
from .names import name_runs, tokenize
from .teams import team_places


def find_mentions(briefing: Briefing) -> list[Found]:
    """Every mention the rules find, section by section, before merging."""
    found: list[Found] = []
    for mentions in _mentions_by_section(briefing):
        found.extend(mentions)
    return found


def _mentions_by_section(briefing: Briefing) -> Iterator[list[Found]]:
    gazetteer = load_gazetteer()
    classifier = NameClassifier(gazetteer)
    for index, section in enumerate(briefing.sections):
        text = section.text
        names: list[Found] = []
        markers = [(b.start, b.start + b.marker) for b in section.blocks if b.marker]
        for block in section.blocks:
            tokens = tokenize(text, block.start + block.marker, block.end)
            for run in name_runs(tokens, text):
                names.extend(classifier.classify(run, text, index))
        type_lists(text, names)
        town_lists(text, names)
        team_places(text, names)
        claimed = [(f.start, f.end) for f in names] + markers
        yield names + numbers_and_dates(text, index, claimed, gazetteer.groups)


def entities_in_stages(
    briefing: Briefing, backend: str | None = None, progress: Callable[[int], None] | None = None
) -> Iterator[tuple[int, list[Entity]]]:
    """(sections done, entities of those sections): the first section's first, then more.

    Each stage covers at least as much text again as the stages before it, so merging at
    every stage costs no more than twice merging once. The last stage covers every section
    and equals `extract_entities`. The spaCy backend gives one stage. `progress` is told
    the number of sections read after each one.
    """
    total = len(briefing.sections)
    nlp = _spacy_pipeline(backend)
    if nlp is not None:
        from .spacy_backend import spacy_entities

        yield total, spacy_entities(briefing, nlp)
        return
    texts = [s.text for s in briefing.sections]
    found: list[Found] = []
    done_chars = stage_chars = 0
    for index, mentions in enumerate(_mentions_by_section(briefing)):
        found.extend(mentions)
        if progress is not None:
            progress(index + 1)
        stage_chars += len(texts[index])
        if index + 1 < total and (index == 0 or stage_chars >= done_chars):
            done_chars += stage_chars
            stage_chars = 0
            copies = [replace(f) for f in found]  # merging changes mentions
            merged = merge(copies, texts)
            yield index + 1, judge(merged, texts, _guesses(copies))
    merged = merge(found, texts)
    yield total, judge(merged, texts, _guesses(found))


def _spacy_pipeline(backend: str | None):
    """spaCy's English pipeline when the backend asks for it and it is installed, else None."""
    backend = backend or os.environ.get("BRIEFING_ENTITIES", "auto")
    if backend not in ("spacy", "auto"):
        return None
    from .spacy_backend import load_pipeline

    nlp = load_pipeline()
    if nlp is None and backend == "spacy":
        raise RuntimeError("spaCy with an English pipeline is not installed")
    return nlp


def extract_entities(briefing: Briefing, backend: str | None = None) -> list[Entity]:
    """The distinct entities of a briefing, most mentioned first.

    backend: "auto" (spaCy's entities as the base when spaCy and an English pipeline are
    installed, else the rules), "rules", or "spacy". Without an argument the
    BRIEFING_ENTITIES environment variable decides, and "auto" when it is unset. Without
    an installed pipeline spaCy is never imported.
    """
    nlp = _spacy_pipeline(backend)
    if nlp is not None:
        from .spacy_backend import spacy_entities

        return spacy_entities(briefing, nlp)
    texts = [s.text for s in briefing.sections]
    found = find_mentions(briefing)
    merged = merge(found, texts)  # merging may settle a guess
    return judge(merged, texts, _guesses(found))


def _guesses(found: list[Found]) -> set[tuple[int, int]]:
    """Where the rules typed a mention by a fallback: (section, start)."""
    return {(f.section, f.start) for f in found if f.guess}
