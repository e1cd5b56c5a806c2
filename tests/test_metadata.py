"""date, source and url: from front matter, "Published …" lines and datelines; in the export."""

from __future__ import annotations

import pytest

from briefing_tui.core.export import to_dict
from briefing_tui.core.parsing import parse_text
from briefing_tui.core.parsing.metadata import iso_date


@pytest.mark.parametrize(
    "written, iso",
    [
        ("Published March 5, 2024", "2024-03-05"),
        ("5th March 2024", "2024-03-05"),
        ("Sept. 9, 2023", "2023-09-09"),
        ("2024-03-05T10:00:00+0100", "2024-03-05T10:00:00+01:00"),
        ("2024-03-05 07:15", "2024-03-05T07:15:00"),
        ("February 30, 2024", None),
        ("no date here", None),
    ],
)
def test_dates_are_written_as_iso(written: str, iso: str | None):
    assert iso_date(written) == iso


def test_front_matter_gives_date_source_and_url():
    text = (
        "---\ntitle: Rates hold\ndate: 2024-05-02\npublisher: Market Wire\nurl: https://wire.example/rates\n---\n\n"
        "The bank held rates.\n\n## Why\n\nInflation eased.\n"
    )
    exported = to_dict(parse_text(text))
    assert (exported["date"], exported["source"], exported["url"]) == (
        "2024-05-02", "Market Wire", "https://wire.example/rates"
    )



def test_a_front_matter_source_that_is_an_address_is_the_url_and_its_host_the_source():
    text = (
        "---\ntitle: Cuba\nsource: https://www.travel.example/wiki/Cuba\n---\n\n"
        "Cuba is the largest island of the Caribbean.\n\n## Regions\n\nThe west grows tobacco.\n"
    )
    exported = to_dict(parse_text(text))
    assert (exported["source"], exported["url"]) == ("travel.example", "https://www.travel.example/wiki/Cuba")


def test_a_front_matter_url_stays_the_url_beside_a_source_address():
    text = (
        "---\nsource: https://wire.example/\nurl: https://wire.example/rates\n---\n\n"
        "The bank held rates.\n\n## Why\n\nInflation eased.\n"
    )
    exported = to_dict(parse_text(text))
    assert (exported["source"], exported["url"]) == ("wire.example", "https://wire.example/rates")

def test_a_published_line_and_a_dateline():
    text = (
        "Bank holds rates\n\nPublished: 12 June 2024\n\n"
        "LONDON (Reuters) - The bank held its main rate on Wednesday, as expected.\n\n"
        "Economists had forecast the decision.\n"
    )
    briefing = parse_text(text)
    assert (briefing.date, briefing.publisher, briefing.url) == ("2024-06-12", "Reuters", None)


def test_text_that_says_nothing_has_null_metadata():
    exported = to_dict(parse_text("Bank holds rates\n\nThe bank held its main rate on Wednesday.\n\nMore text.\n"))
    assert exported["date"] is None and exported["source"] is None and exported["url"] is None
    assert list(exported)[:6] == ["title", "byline", "format", "date", "source", "url"]


@pytest.mark.parametrize("mark", ["·", "|"])
def test_a_byline_s_date_after_a_separator_is_the_date(mark):
    text = (
        f"Kessa wins the cup\n\nBy Orvo Sport Desk {mark} 28 June 2026\n\n"
        "Kessa won the cup on Saturday after a long season of close games and late goals.\n\n"
        "The final was tight until the last minute of play at the Tarvo ground.\n"
    )
    briefing = parse_text(text)
    assert briefing.byline == "Orvo Sport Desk"
    assert briefing.date == "2026-06-28"


LEAD = "Ferry crews in Tarvik walked out on Monday over pay, and the harbour was closed for most of the day as talks went on."


@pytest.mark.parametrize(
    "header, byline, date",
    [
        # The standfirst between the headline and the byline.
        ("Ferries stop as crews strike\n\nThe walkout is the first in a decade.\n\nBy Nora Vance\n\n", "Nora Vance", None),
        # A name alone over when it was posted, the time first or with its zone's offset.
        ("Ferries stop as crews strike\n\nNora Vance\n\n10:00 AM PDT • May 9, 2024\n\n", "Nora Vance", "2024-05-09"),
        ("Ferries stop as crews strike\n\nNora Vance\n\nMay 13, 2024, 5:57 AM GMT+8\n\n", "Nora Vance", "2024-05-13"),
        ("Ferries stop as crews strike\n\nThe walkout is the first in a decade.\n\nNora Vance\n\n7 hours\n\n", "Nora Vance", None),
        # A headline of two sentences is the title when the byline follows it.
        ("Crews keep striking. Here's why they say they must.\n\nNora Vance\n\nMay 13, 2024\n\n", "Nora Vance", "2024-05-13"),
    ],
)
def test_a_byline_under_the_standfirst_or_over_the_date_is_the_byline(header: str, byline: str, date: str | None):
    briefing = parse_text(header + LEAD + "\n")
    exported = to_dict(briefing)
    assert exported["byline"] == byline and exported["date"] == date
    assert exported["title"] and not exported["title"].startswith("Nora")
    body = " ".join(section["text"] for section in exported["sections"])
    assert "Nora Vance" not in body and LEAD in body


def test_a_name_and_outlet_before_when_it_was_posted_is_the_byline_and_the_stamp_stays():
    text = (
        "What's next for the harbour, after the ferry strike?\n\nThe walkout is the first in a decade\n\n"
        "Nora Vance · Harbour News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8\n\n" + LEAD + "\n"
    )
    exported = to_dict(parse_text(text))
    assert exported["title"] == "What's next for the harbour, after the ferry strike?"
    assert (exported["byline"], exported["date"]) == ("Nora Vance · Harbour News", "2024-08-08")
    body = " ".join(section["text"] for section in exported["sections"])
    assert "The walkout is the first in a decade" in body and "Last Updated: August 8" in body
    assert [section["heading"] for section in exported["sections"]] == [None]


def test_a_paper_s_credit_with_the_wires_over_when_it_was_posted_is_the_byline():
    text = (
        "Ferry crews reach a deal with the harbour board\n\nThe deal ends a strike of six weeks\n\n"
        "Harbour News with AFP\n\nPublished on October 29, 2023, at 4:28 am\n\n" + LEAD + "\n\n"
        "Read more Ferry fares rise again in the spring\n\nBack to work\n\n" + LEAD + "\n"
    )
    exported = to_dict(parse_text(text))
    assert (exported["byline"], exported["date"]) == ("Harbour News with AFP", "2023-10-29")
    assert [section["heading"] for section in exported["sections"]] == [None, "Back to work"]
    assert "Read more Ferry fares rise again in the spring" in exported["sections"][0]["text"]


def test_a_wire_dateline_with_the_day_in_figures_gives_the_date_under_the_headline():
    text = "Bank raises rates to defend the dinar .\n\nVELMORA 1997-03-02\n\nThe central bank raised its key rate on Monday .\n\nTraders said more .\n"
    exported = to_dict(parse_text(text))
    assert exported["title"] == "Bank raises rates to defend the dinar ."
    assert exported["date"] == "1997-03-02"
    assert "VELMORA 1997-03-02" in exported["sections"][0]["text"]


def test_a_byline_with_a_spaced_colon_is_the_byline_and_the_long_headline_over_it_the_title():
    text = (
        "Harbour Industry News: Ferries in Winter Service, Fares as a Policy Tool, and How Ports Are Already Using Them\n\n"
        "By : Ann L.\n\nOctober 18, 2019\n\nWelcome to our round-up of the harbour news of the week, as every Friday.\n\n"
        "Ferries in Winter Service\n\nThe council met on Monday and agreed the plan after a long debate about its cost.\n"
    )
    briefing = parse_text(text)
    assert briefing.byline == "Ann L." and briefing.title.startswith("Harbour Industry News")
    assert [s.heading for s in briefing.sections] == [None, "Ferries in Winter Service"]
