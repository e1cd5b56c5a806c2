"""The entity panel, driven the way a person drives it: e, typing, Enter, n/N, esc, q."""

from __future__ import annotations

from briefing_tui.app import BriefingApp
from briefing_tui.core.reading import read_source
from briefing_tui.core.resources import bundled_briefing
from briefing_tui.widgets.entity_panel import EntityList, EntityPanel
from briefing_tui.widgets.reading_view import ReadingView
from briefing_tui.widgets.status_line import StatusLine
from conftest import settled


def make_app() -> BriefingApp:
    return BriefingApp(read_source(bundled_briefing()))


def listed(app: BriefingApp) -> list[str]:
    listing = app.query_one(EntityList)
    return [unmarked(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def unmarked(prompt) -> str:
    """A row's words without the mark of the section being read."""
    return str(prompt).strip().removeprefix("• ")


async def test_e_shows_focuses_and_hides_the_panel_grouped_by_type():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        panel = app.query_one(EntityPanel)
        assert not panel.display
        await pilot.press("e")
        await pilot.pause()
        assert panel.display and app.query_one(EntityList).has_focus
        rows = listed(app)
        headings = [row for row in rows if "(" in row and row.split(" (")[0] in ("People", "Places", "Groups", "Organisations", "Dates", "Numbers", "Other")]
        assert headings[:3] == ["People (6)", "Organisations (6)", "Places (7)"]
        assert rows.index("Places (7)") < next(i for i, r in enumerate(rows) if r.startswith("Japan "))
        await pilot.press("e")
        await pilot.pause()
        assert not panel.display and app.query_one(ReadingView).has_focus


async def test_typing_filters_with_typos_and_enter_follows_the_entity():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e", *"blinkn")
        await pilot.pause()
        assert [r.split()[:2] for r in listed(app) if not r.endswith(")")] == [["Antony", "Blinken"]]
        await pilot.press("enter")
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.match == "Antony Blinken 1/1"
        assert status.position == "3/5 Background"


async def test_n_and_shift_n_walk_the_mentions_and_esc_clears():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        japan = next(e for e in app.reader.entities if e.name == "Japan")
        app.reader.follow_entity(japan)
        await pilot.pause()
        status = app.query_one(StatusLine)
        assert status.match == f"Japan 1/{japan.count}"
        await pilot.press("n", "n")
        await pilot.pause()
        assert status.match == f"Japan 3/{japan.count}"
        await pilot.press("N")
        await pilot.pause()
        assert status.match == f"Japan 2/{japan.count}"
        await pilot.press("N", "N")
        await pilot.pause()
        assert status.match == f"Japan {japan.count}/{japan.count}"  # wraps round
        assert app.query_one(ReadingView).has_highlights
        await pilot.press("escape")
        await pilot.pause()
        assert status.match == "" and not app.query_one(ReadingView).has_highlights


async def test_a_letter_in_the_list_starts_the_filter_and_q_still_quits():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e", *"hawai")
        await pilot.pause()
        assert app.query_one("#entity-filter").value == "hawai"
        await pilot.press("escape")  # clears the filter, back to the list
        await pilot.pause()
        assert app.query_one("#entity-filter").value == "" and app.query_one(EntityList).has_focus
        assert app.return_code is None
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0



async def test_esc_leaves_the_follow_then_clears_the_filter_then_closes_the_panel():
    """Filter, follow, walk: each esc undoes one step, the latest first."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e", "a", "p", "enter", "n", "n")
        await pilot.pause()
        status, box, listing = app.query_one(StatusLine), app.query_one("#entity-filter"), app.query_one(EntityList)
        assert status.match.startswith("Japan 3/") and box.value == "ap"
        await pilot.press("escape")  # the follow goes; the filter and the place in the list stay
        await pilot.pause()
        assert status.match == "" and not app.query_one(ReadingView).has_highlights
        assert box.value == "ap" and listing.has_focus and app.reader.entities_open
        assert unmarked(listing.get_option_at_index(listing.highlighted).prompt).startswith("Japan ")
        await pilot.press("escape")  # then the filter
        await pilot.pause()
        assert box.value == "" and listing.has_focus and app.reader.entities_open
        assert unmarked(listing.get_option_at_index(listing.highlighted).prompt).startswith("Japan ")
        await pilot.press("escape")  # then the panel, back to the text
        await pilot.pause()
        assert not app.reader.entities_open and app.query_one(ReadingView).has_focus

async def test_palette_shows_an_entity():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Show entity: Reuters")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(StatusLine).match == "Reuters 1/1"
        assert app.query_one(StatusLine).position == "4/5 Contra"


async def test_the_panel_never_squeezes_the_text_away():
    """Below 110 columns the outline steps aside; below 60 the panel takes the width until chosen."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.reader.reading.region.width >= 40
        assert not app.query_one("Outline").display
        await pilot.press("e")
        await pilot.pause()
        assert app.query_one("Outline").display
    app = make_app()
    async with app.run_test(size=(45, 15)) as pilot:
        await settled(pilot)
        await pilot.press("e", *"taiwan", "enter")
        await pilot.pause()
        assert not app.reader.entity_panel.display and app.reader.reading.region.width >= 40
        assert app.query_one(StatusLine).match.startswith("Taiwan 1/")


async def test_a_click_on_an_entity_follows_it():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        rows = listed(app)
        row = next(i for i, r in enumerate(rows) if r.startswith("Joe Biden"))
        await pilot.click(EntityList, offset=(4, row))
        await pilot.pause()
        assert app.query_one(StatusLine).match == "Joe Biden 1/1"
        assert app.query_one(StatusLine).position == "2/5 Key Facts"


async def test_a_long_briefing_fills_the_panel_in_stages_first_section_first(tmp_path, monkeypatch):
    from briefing_tui.core.entities import extract_entities

    sections = [f"## Report {n}\n\nOfficials in Nairobi met Amina Odhiambo of the Kenya Red Cross on day {n}. "
                f"Later the World Bank said the Port of Mombasa reopened.\n" for n in range(1, 41)]
    path = tmp_path / "long.md"
    path.write_text("# A long briefing\n\n" + "\n".join(sections), encoding="utf-8")
    stages: list[tuple[int, int, int, str]] = []
    original = EntityPanel.show_entities

    def recording(panel, briefing, entities, done=1, total=1):
        original(panel, briefing, entities, done, total)
        note = str(panel.query_one("#entity-details").render())
        stages.append((done, total, len(entities), note))

    monkeypatch.setattr(EntityPanel, "show_entities", recording)
    app = BriefingApp(read_source(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        total = len(app.reader.briefing.sections)
        partial = [s for s in stages if s[0] < s[1]]
        assert len(partial) >= 2 and partial[0][:2] == (1, total)
        assert partial[0][3] == f"Finding names… 1 of {total} sections"
        assert [s[0] for s in partial] == sorted({s[0] for s in partial})  # more sections each time
        assert stages[-1][0] == stages[-1][1] and "Finding names" not in stages[-1][3]  # then all
        assert stages[-1][2] >= partial[-1][2]
        assert list(app.reader.entities) == extract_entities(app.reader.briefing)
        assert str(app.query_one("#entity-title").render()) == f"Entities ({len(app.reader.entities)})"


async def test_the_entity_under_the_cursor_stays_under_it_as_the_list_grows():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        panel = app.query_one(EntityPanel)
        listing = app.query_one(EntityList)
        japan = next(i for i, e in enumerate(panel.entities) if e.name == "Japan")
        listing.highlighted = listing.get_option_index(f"e{japan}")
        assert listing.has_focus
        panel.show_entities(app.reader.briefing, list(reversed(app.reader.entities)), 4, 5)
        await pilot.pause()
        assert unmarked(listing.get_option_at_index(listing.highlighted).prompt).split()[0] == "Japan"
        assert str(app.query_one("#entity-title").render()).endswith("…)")


async def test_details_show_only_forms_the_text_writes(tmp_path):
    path = tmp_path / "kiev.txt"
    path.write_text("Talks\n\nEnvoys met in Kiev on Monday. Kiev said the talks would go on.\n", encoding="utf-8")
    app = BriefingApp(read_source(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        city = next(e for e in app.reader.entities if e.name == "Kiev")
        assert "Kyiv" in city.aliases  # searchable under the other spelling
        panel = app.query_one(EntityPanel)
        panel.show_details(city)
        await pilot.pause()
        assert "Kyiv" not in str(app.query_one("#entity-details").render())


async def test_entities_given_before_the_list_is_there_show_once_it_is_and_never_fail():
    from textual.app import App

    from briefing_tui.core.entities import extract_entities
    from briefing_tui.core.parsing import parse_text

    briefing = parse_text(bundled_briefing().read_text(encoding="utf-8"))

    entities = extract_entities(briefing)
    early = EntityPanel(id="entities")
    early.show_entities(briefing, entities)  # a worker can call before the panel is composed

    class Host(App):
        def compose(self):
            yield early

    async with Host().run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        rows = [unmarked(early.entity_list.get_option_at_index(i).prompt) for i in range(early.entity_list.option_count)]
        assert any(row.startswith("Japan ") for row in rows)
        await early.entity_list.remove()  # as when the app ends under a running worker
        early.show_entities(briefing, entities[:3])
        assert early.entities == list(entities[:3])


async def test_while_names_are_found_each_type_lists_its_most_named_first_then_all(monkeypatch):
    monkeypatch.setattr(EntityPanel, "ROWS_WHILE_FINDING", 2)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        entities = list(app.reader.entities)
        panel = app.query_one(EntityPanel)
        panel.show_entities(app.reader.briefing, entities, 2, 5)
        await pilot.pause()
        rows = listed(app)
        places = [e for e in entities if e.type == "place"]
        assert f"Places ({len(places)})" in rows  # the heading counts them all
        start = rows.index(f"Places ({len(places)})")
        shown = rows[start + 1 : start + 3]
        assert [row.split()[0] for row in shown] == [e.name.split()[0] for e in sorted(places, key=lambda e: -e.count)[:2]]
        assert not rows[start + 3].split()[-1].isdigit()  # the next heading, not a third place
        assert str(app.query_one("#entity-details").render()) == "Finding names… 2 of 5 sections"
        panel.show_progress(4, 5)
        assert str(app.query_one("#entity-details").render()) == "Finding names… 4 of 5 sections"
        panel.show_entities(app.reader.briefing, entities)
        await pilot.pause()
        assert len([row for row in listed(app) if row.split()[-1].isdigit()]) == len(entities)
        panel.show_progress(5, 5)  # late: the list is whole, its note stays
        assert "Finding" not in str(app.query_one("#entity-details").render())


async def test_keys_answer_while_the_names_are_still_being_found(monkeypatch):
    import threading

    import briefing_tui.core.entities as entities_module

    release = threading.Event()
    real = entities_module.entities_in_stages

    def slow(briefing, backend=None, progress=None):
        for done, found in real(briefing, backend, progress):
            if done == len(briefing.sections):
                release.wait(20)  # the last stage waits until the keys are answered
            yield done, found

    monkeypatch.setattr(entities_module, "entities_in_stages", slow)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.query("#entities") and app.query_one(EntityPanel).entities:
                break
        assert app.reader.entities is None  # still finding
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.query_one(StatusLine).position == "3/5 Background"
        await pilot.press("e")
        assert app.query_one(EntityList).has_focus and app.reader.entities is None
        release.set()
        await settled(pilot)
        assert str(app.query_one("#entity-title").render()) == f"Entities ({len(app.reader.entities)})"


async def test_a_long_list_shows_its_first_rows_at_once_then_fills_on_and_a_new_filter_stops_it(monkeypatch):
    monkeypatch.setattr(EntityPanel, "ROWS_AT_ONCE", 5)
    monkeypatch.setattr(EntityPanel, "FILL_PAUSE", 0.2)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        entities = list(app.reader.entities)
        panel = app.query_one(EntityPanel)
        await pilot.press("e")
        await pilot.press("j", "j")  # the third entity listed, highlighted
        highlighted = listed(app)[app.query_one(EntityList).highlighted]
        panel.show_entities(app.reader.briefing, entities)
        at_once = listed(app)
        assert len(at_once) < len(entities)  # the first rows, not yet all
        assert at_once[app.query_one(EntityList).highlighted] == highlighted  # the place kept
        def entity_rows() -> list[str]:
            return [row for row in listed(app) if row.split()[-1].isdigit()]

        for _ in range(100):
            await pilot.pause(0.05)
            if len(entity_rows()) >= len(entities):
                break
        await pilot.pause(0.5)
        rows = listed(app)
        assert len(entity_rows()) == len(entities)  # every one, once
        assert rows[: len(at_once)] == at_once
        panel.show_entities(app.reader.briefing, entities)  # filling on again...
        panel.set_filter("japan")  # ...when a filter replaces the list
        await pilot.pause(1.0)
        filtered = listed(app)
        panel.set_filter("japan")  # the same list, made afresh
        await pilot.pause(1.0)
        assert filtered == listed(app) and len(filtered) < len(rows)  # nothing of the old list added on


def marked(app: BriefingApp) -> set[str]:
    """Names whose row carries the mark of the section being read."""
    listing, panel = app.query_one(EntityList), app.query_one(EntityPanel)
    options = [listing.get_option_at_index(i) for i in range(listing.option_count)]
    return {panel.entities[int(o.id[1:])].name for o in options if o.id and str(o.prompt).startswith("• ")}


async def test_the_panel_opens_at_its_top_with_the_names_of_the_section_being_read_marked():
    """Opened while reading section 3, the list starts at its top (People first, nothing
    scrolled past), and the names that section mentions are marked; reading on moves the
    marks to the next section's names."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        listing = app.query_one(EntityList)
        assert listing.scroll_y == 0
        assert listed(app)[0].startswith("People")
        assert listing.highlighted == 1  # the first name listed leads
        entities = app.reader.entities

        def names_in(section: int) -> set[str]:
            return {e.name for e in entities if any(m.section == section for m in e.mentions)}

        assert names_in(2) and marked(app) == names_in(2)
        await pilot.press("tab")  # to the text, then on to Contra
        await pilot.press("4")
        await pilot.pause()
        assert app.query_one(StatusLine).position == "4/5 Contra"
        assert names_in(3) != names_in(2) and marked(app) == names_in(3)
        assert "named in 4 Contra" in str(app.query_one("#entity-details").render())


async def test_the_mark_legend_takes_one_row_in_a_narrow_panel(tmp_path):
    path = tmp_path / "long_labels.md"
    path.write_text("# Talks\n\n## Security of your own open source code\n\nAnna Lindqvist met Tom Reyes in Oslo.\n\n"
                    "## Reading\n\nTom Reyes went home to Bergen.\n", encoding="utf-8")
    app = BriefingApp(read_source(path))
    async with app.run_test(size=(70, 20)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        details = app.query_one("#entity-details")
        legend = str(details.render()).split("\n")[0]
        assert legend.startswith("• named in 1") and len(legend) <= details.content_region.width


import pytest


@pytest.mark.parametrize("inside", [[], ["enter"], list("bid")])
async def test_slash_searches_the_text_after_esc_in_the_panel(inside):
    """e, (follow an entity, or filter, or nothing), esc, `/`: the text search opens and
    takes what is typed; the entity filter stays as it was."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("e", *inside, "escape")
        await pilot.pause()
        await pilot.press("slash", *"kishda")
        await pilot.pause()
        search = app.screen.query_one("#search-input")
        assert search.has_focus and search.value == "kishda"
        assert app.screen.query_one("#entity-filter").value == ""


async def test_ctrl_f_filters_the_list_for_a_name_opening_with_a_key_of_the_list():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e", "ctrl+f", *"japan")
        await pilot.pause()
        assert app.screen.query_one("#entity-filter").value == "japan"
        assert not app.screen.query_one("#search").display
        assert any(r.startswith("Japan") for r in listed(app))


async def test_a_name_only_the_headline_writes_says_so_when_followed(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Two brothers jailed in Portugal over holiday thefts\n\n"
        "Two men who stole from holiday flats were sent to prison on Tuesday.\n\n"
        "The judge said the thefts had gone on for three summers.\n",
        encoding="utf-8",
    )
    app = BriefingApp(read_source(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e", *"portugal")
        await pilot.pause()
        assert [r.split() for r in listed(app) if not r.endswith(")")] == [["Portugal", "title"]]
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(StatusLine).match == "Portugal: only in the headline"
        assert "place, in the headline only" in str(app.query_one("#entity-details").render())


def test_the_panel_and_the_palette_say_how_often_an_entity_is_named():
    from briefing_tui.core.model import Entity, Mention
    from briefing_tui.widgets.entity_panel import mentions_text

    once = Mention(0, 0, 5)
    assert mentions_text(Entity("Japan", "place", (), (once,))) == "1 mention"
    assert mentions_text(Entity("Japan", "place", (), (once, Mention(0, 9, 14)))) == "2 mentions"
    assert mentions_text(Entity("Portugal", "place", (), ())) == "in the headline only"
