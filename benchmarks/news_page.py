"""A typical news page for benchmarks: about 150 KB, most of it not the article.

Like a saved page from a news site: metadata, inline scripts and styles, navigation,
an article of a dozen paragraphs under sub-headings (the bundled briefing's text),
figures, related links, comments and a footer.
"""

from __future__ import annotations

import html

from briefing_tui.core.resources import bundled_briefing

ARTICLE_START = "Residents and officials said"  # the article's first words, for ttfc


def news_page(size: int = 150_000) -> str:
    seed = bundled_briefing().read_text(encoding="utf-8").split("\n")
    paragraphs = [html.escape(line) for line in seed[1:] if len(line) > 80 and "licensed" not in line]
    head = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Allies sign a new security pact | The Daily Example</title>",
        "<meta property='og:site_name' content='The Daily Example'>",
        "<meta name='author' content='Jane Roe'>",
        "<meta property='article:published_time' content='2025-04-02T09:00:00Z'>",
        "<link rel='canonical' href='https://daily.example/world/2025/04/security-pact'>",
    ]
    nav = ["<header><nav><ul>"] + [f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(60)] + ["</ul></nav></header>"]
    article = ["<main><article><h1>Allies sign a new security pact</h1>", "<p class='byline'>By Jane Roe</p>",
               f"<p>{ARTICLE_START} on Tuesday that the pact would be signed next month.</p>"]
    for number in range(12):
        if number % 3 == 0:
            article.append(f"<h2>Part {number // 3 + 1} of the agreement</h2>")
        article.append(f"<p>{paragraphs[number % len(paragraphs)]}</p>")
        if number % 4 == 1:
            article.append(f"<figure><img src='/img/{number}.jpg' alt=''><figcaption>Photo {number}: officials meet. (Agency)</figcaption></figure>")
    article.append("</article>")
    related = ["<aside class='related'><h3>More stories</h3><ul>"] + [
        f"<li><a href='/story/{n}'>Another headline about something else, number {n}</a></li>" for n in range(30)
    ] + ["</ul></aside>"]
    comments = ["<section id='comments'><h3>Comments</h3>"] + [
        f"<div class='comment'><p class='who'>reader{n}</p><p>I think this is comment number {n} and it says little.</p></div>"
        for n in range(25)
    ] + ["</section></main>"]
    footer = ["<footer><p>© 2025 The Daily Example. All rights reserved.</p>"] + [
        f"<a href='/legal/{n}'>Legal page {n}</a>" for n in range(20)
    ] + ["</footer>"]
    body = "\n".join(nav + article + related + comments + footer)
    # Scripts and styles fill the rest, as on most news sites.
    filler_size = max(0, size - len("\n".join(head)) - len(body) - 200)
    script = "var config = {" + ",".join(f'"key{n}": "value-{n}-abcdefghij"' for n in range(filler_size // 20 + 1)) + "};"
    style = ".x{color:red}"
    return "\n".join(head + [f"<style>{style}</style>", f"<script>{script[: filler_size]}</script>", "</head><body>", body, "</body></html>"])
