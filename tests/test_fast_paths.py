"""Shortcuts taken for speed give what the slow way gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.parsing import html, markdown

WORDY = st.text(alphabet=st.sampled_from(list("ab_9é² ,.;-\u0663")), max_size=200)


@given(WORDY)
def test_last_word_is_what_the_pattern_finds(text):
    match = re.search(r"\w+,?\Z", text)
    assert html._last_word(text) == (match.group() if match else None)


URLISH = st.text(alphabet=st.sampled_from(list("aZ09:/?#[]@!$&'()*+,;=%-._~ ü<>\"{}|\\^`")), max_size=40)


@settings(max_examples=500)
@given(URLISH)
def test_links_normalised_as_markdown_it_does(url):
    from markdown_it import MarkdownIt

    library = MarkdownIt("commonmark")
    assert markdown._parser().normalizeLink(url) == library.normalizeLink(url)


def test_a_link_in_safe_characters_is_kept_as_written():
    text = "[the report](https://example.org/a_(b)?q=1&r=%C3%BC#part-2)"
    [block] = markdown.markdown_blocks(text)
    assert [span.target for span in block.spans] == ["https://example.org/a_(b)?q=1&r=%C3%BC#part-2"]


def test_empty_blocks_found_as_the_loop_over_every_block_finds_them():
    from lxml import html as lxml_html

    page = (
        "<html><body><div> <br> </div>a<div>x</div>b<div><br>t</div>c<div><!--c--></div>d"
        "<div></div>e<div><span></span></div>f<div>&nbsp;</div>g</body></html>"
    )
    tree = lxml_html.fromstring(page)
    by_xpath = tree.xpath(html._EMPTY_DIV_XPATH)
    by_loop = [
        d for d in tree.iter("div")
        if not (d.text or "").strip() and all(c.tag == "br" and not (c.tail or "").strip() for c in d)
    ]
    empty = [d for d in by_xpath if not (d.text or "").strip() and all(not (c.tail or "").strip() for c in d)]
    assert empty == by_loop and len(by_loop) == 3
