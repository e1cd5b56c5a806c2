"""The key hints at the bottom: Textual's footer, without its leak.

Textual 8.2.8's Footer rebuilds its keys whenever the bindings change (a pane gains focus,
help or search opens). Each key is bound to the footer's `compact` with `data_bind`, which
stores a watcher on the footer; a removed key's watcher is never dropped (Textualize/textual
#6666), so every rebuild kept the old keys alive: memory grew with every pane opened.
"""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Textual's footer, forgetting the keys it has removed."""

    async def recompose(self) -> None:
        await super().recompose()
        self.forget_removed_keys()

    def forget_removed_keys(self) -> None:
        """Drop watchers that belong to keys no longer in the footer."""
        watchers = getattr(self, "__watchers", None)  # where Textual keeps them
        if not watchers:
            return
        for entries in watchers.values():
            entries[:] = [
                (node, callback)
                for node, callback in entries
                if node is self or (getattr(node, "is_attached", True) and not getattr(node, "_closing", False))
            ]
