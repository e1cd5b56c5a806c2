"""What the finders return: a mention of an entity before merging, and a word with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

@dataclass(slots=True)
class Found:
    """A mention of an entity, before merging."""

    section: int
    start: int
    end: int
    type: str
    key: str  # which entity: canonical name, or a normalised form
    name: str = ""  # a name to show for the entity (canonical, or the longest form)
    aliases: tuple[str, ...] = field(default=())
    initial: bool = False  # a lone word opening a sentence: a name only if seen elsewhere
    guess: bool = False  # typed by a fallback, not by evidence: the learned check may retype it


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool

