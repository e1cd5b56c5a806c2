"""What changed between two readings of one briefing: for a notice, and to keep the place."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Briefing, Entity


def _key(briefing: Briefing, index: int) -> tuple[str | None, str]:
    section = briefing.sections[index]
    return section.heading, section.label


def corresponding_section(old: Briefing, new: Briefing, index: int) -> int:
    """The section of `new` that is section `index` of `old`: same heading, nearest place."""
    if not new.sections:
        return 0
    if not 0 <= index < len(old.sections):
        return min(max(index, 0), len(new.sections) - 1)
    key = _key(old, index)
    if index < len(new.sections) and _key(new, index) == key:
        return index
    same = [i for i in range(len(new.sections)) if _key(new, i) == key]
    if same:
        return min(same, key=lambda i: abs(i - index))
    return min(index, len(new.sections) - 1)


def _names(items: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def describe_changes(
    old: Briefing, new: Briefing, old_entities: Sequence[Entity] = (), new_entities: Sequence[Entity] = ()
) -> str:
    """One line: new and removed sections, sections that grew, new entities."""
    old_keys = [_key(old, i) for i in range(len(old.sections))]
    remaining = list(old_keys)
    added = []
    for i in range(len(new.sections)):
        key = _key(new, i)
        if key in remaining:
            remaining.remove(key)
        else:
            added.append(new.sections[i].label)
    removed = [label for _, label in remaining]
    old_text = {key: old.sections[i].text for i, key in enumerate(old_keys)}
    changed = [
        new.sections[i].label
        for i in range(len(new.sections))
        if _key(new, i) in old_text and old_text[_key(new, i)] != new.sections[i].text
    ]
    known = {(e.name, e.type) for e in old_entities}
    named = [e.name for e in new_entities if (e.name, e.type) not in known]
    parts = []
    if added:
        parts.append(f"{len(added)} new section{'s' * (len(added) > 1)}: {_names(added)}")
    if removed:
        parts.append(f"{len(removed)} section{'s' * (len(removed) > 1)} gone: {_names(removed)}")
    if changed:
        parts.append(f"changed: {_names(changed)}")
    if named:
        parts.append(f"{len(named)} new name{'s' * (len(named) > 1)}: {_names(named)}")
    if old.title != new.title and new.title:
        parts.insert(0, f"new title: {new.title}")
    return "Updated: " + ("; ".join(parts) if parts else "no change in the text")
