"""Entities of a briefing: people, organisations, places, groups, dates and numbers.

`extract_entities` finds them with rules and the shipped gazetteer, then merges mentions
into distinct entities (merge.py): a surname joins its full name, a short form of an
organisation joins the long one, every spelling of a place joins its canonical name.
"""

from __future__ import annotations

import os

from ..model import Briefing, Entity
from .classify import NameClassifier
from .dates_numbers import numbers_and_dates
from .found import Found
from .gazetteer import load_gazetteer
from .merge import merge
from .names import name_runs, tokenize


def find_mentions(briefing: Briefing) -> list[Found]:
    """Every mention the rules find, section by section, before merging."""
    gazetteer = load_gazetteer()
    classifier = NameClassifier(gazetteer)
    found: list[Found] = []
    for index, section in enumerate(briefing.sections):
        text = section.text
        names: list[Found] = []
        markers = [(b.start, b.start + b.marker) for b in section.blocks if b.marker]
        for block in section.blocks:
            tokens = tokenize(text, block.start + block.marker, block.end)
            for run in name_runs(tokens, text):
                names.extend(classifier.classify(run, text, index))
        claimed = [(f.start, f.end) for f in names] + markers
        found.extend(names)
        found.extend(numbers_and_dates(text, index, claimed, gazetteer.groups))
    return found


def extract_entities(briefing: Briefing, backend: str | None = None) -> list[Entity]:
    """The distinct entities of a briefing, most mentioned first.

    backend: "auto" (spaCy's entities as the base when spaCy and an English pipeline are
    installed, else the rules), "rules", or "spacy". Without an argument the
    BRIEFING_ENTITIES environment variable decides, and "auto" when it is unset. Without
    an installed pipeline spaCy is never imported.
    """
    backend = backend or os.environ.get("BRIEFING_ENTITIES", "auto")
    if backend in ("spacy", "auto"):
        from .spacy_backend import load_pipeline, spacy_entities

        nlp = load_pipeline()
        if nlp is not None:
            return spacy_entities(briefing, nlp)
        if backend == "spacy":
            raise RuntimeError("spaCy with an English pipeline is not installed")
    return merge(find_mentions(briefing), [s.text for s in briefing.sections])
