"""Web pages: trafilatura finds the article and writes it as Markdown, which we read.

The page's own metadata gives the title, author, date, site and address. trafilatura
(and lxml under it) is imported only when a page is read: it costs half a second.

What a browser hides is left out, unless a script shows it (a hidden wrapper holding the
page). When the article found is short against the article the page marks, the page is
read a second time by trafilatura's baseline (plain paragraphs): never an empty reader.
benchmarks/html_quality.py measures these choices.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Briefing
from .headings import is_page_residue, is_promo_line, is_title_case

NAME = "html"
EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
WHOLE = True  # a page cut in two is not half a page
MARKUP = True  # the file is markup around the text: its size is not the text's
READS_URL = True  # the address helps trafilatura name the site

# What a browser does not show is not the article (a hidden copy of a paragraph, a closed
# pop-up): elements hidden by their own attribute or style, never the page's body itself.
# So are elements of the style classes that hide them ("hidden", Bootstrap's "d-none", and the
# words only screen readers say, "visually-hidden", "sr-only"), unless a class shows them on
# wider screens ("hidden md:block", "d-none d-lg-block").
HIDDEN_XPATH = (
    "//*[not(self::body or self::html)][@hidden or "
    "contains(translate(@style, ' ', ''), 'display:none') or "
    "contains(translate(@style, ' ', ''), 'visibility:hidden') or "
    "((contains(concat(' ', normalize-space(@class), ' '), ' hidden ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' d-none ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' visually-hidden ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' sr-only ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' screen-reader-text ')) and "
    "not(contains(@class, ':') or contains(@class, 'd-sm-') or contains(@class, 'd-md-') or "
    "contains(@class, 'd-lg-') or contains(@class, 'd-xl-')))]"
)

# How trafilatura is asked to read a page. Comments are not the article; tables, links and
# emphasis are. (benchmarks/html_quality.py compares these choices with its defaults.)
EXTRACTION_OPTIONS: dict[str, object] = {
    "include_comments": False,
    "include_tables": True,
    "include_links": True,
    "include_formatting": True,
    "favor_recall": True,
    "prune_xpath": HIDDEN_XPATH,
}

# A page that hides more than this share of its text in one element is shown by its
# scripts (a wrapper they reveal): its hidden text is read after all.
HIDDEN_MOST = 0.7

# When the article found is this short and under this share of the article the page marks
# as such (<article>, schema.org's articleBody), the page was misread (a repeated paragraph
# taken for boilerplate, an article of short parts): that article is read instead, as
# trafilatura's baseline gathers it. With no article found, whatever the baseline gathers.
SHORT_ARTICLE_CHARS = 1000
SHORT_ARTICLE_SHARE = 0.6

# Where a page's own markup begins, and how far into the text a preamble may reach.
_PAGE_OPENS = re.compile(r"<!doctype html|<html[\s>]", re.IGNORECASE)
_PREAMBLE_REACH = 4096
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_DOCUMENT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"<(/?)(p|div|span|a|h[1-6]|ul|ol|li|strong|em|b|i|u|br|hr|article|section|blockquote|table|"
    r"thead|tbody|tr|td|th|img|figure|figcaption|header|footer|nav|main|aside|script|style|"
    r"meta|link|title|pre|code|sup|sub|dl|dt|dd|time|picture|source|iframe|form|button)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_BLOCK_CLOSE = frozenset("p div li h1 h2 h3 h4 h5 h6 blockquote td tr table article section ul ol".split())


def detect(text: str) -> bool:
    """A whole page (doctype, <html>), or a fragment made of HTML tags (<p><strong>…)."""
    head = text[:100_000]
    if _DOCUMENT.match(head):
        return True
    tags = _TAG.findall(head)
    if len(tags) < 4:
        return False
    closing_blocks = sum(1 for slash, name in tags if slash and name.lower() in _BLOCK_CLOSE)
    starts_with_tag = bool(_TAG.match(head.lstrip()))
    if starts_with_tag:
        return closing_blocks >= 1
    # Not opening with a tag, the text is HTML only where its lines are mostly markup: an
    # article in plain text that quotes some code with tags in it stays text (its words kept).
    lines = [line for line in head.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _TAG.search(line))
    return len(tags) >= 8 and closing_blocks >= 3 and tagged >= 0.5 * len(lines)


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in a page: the article as Markdown, and the page's metadata."""

    markdown: str
    title: str | None
    author: str | None
    date: str | None
    site: str | None
    url: str | None
    # Whether the Markdown holds the page's structure (its headings marked as headings),
    # or the page was read as plain paragraphs, where a heading is known by its shape only.
    structured: bool = True


def extract(html: str, url: str | None = None) -> Page:
    """The article of a page as Markdown, with the page's metadata."""
    import logging

    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    # The libraries' warnings are not the user's (and would land on the reader's screen).
    # (Setting a level clears every logger's cache: done once, not once a page.)
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logger = logging.getLogger(name)
        if logger.level != logging.CRITICAL:
            logger.setLevel(logging.CRITICAL)
    options = dict(EXTRACTION_OPTIONS)
    formatting = bool(options.get("include_formatting"))
    # The text is decoded already: an XML declaration naming its encoding only makes lxml
    # refuse the page (trafilatura then finds nothing in it).
    html = _XML_DECLARATION.sub("", html, count=1)
    # Whatever stands before the page's own start (a filing's wrapper, "<DOCUMENT><TYPE>…",
    # or the response headers "curl -i" prints) makes the library take it for no page.
    if (opening := _PAGE_OPENS.search(html, 0, _PREAMBLE_REACH)) is not None and opening.start() > 0:
        html = html[opening.start() :]
    # (as Markdown: the library then leaves the body as a tree, not also as text, which we
    # make ourselves after our changes to the tree)
    document = bare_extraction(_prepared(html), url=url, with_metadata=True, output_format="markdown", **options)
    body = document.body if document is not None else None
    plain = False  # a body of plain paragraphs, not trafilatura's structure
    found = len(" ".join(body.itertext()).strip()) if body is not None else 0
    if found < SHORT_ARTICLE_CHARS:  # only then is the page read a second time
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is not None and _hide(tree, options.get("prune_xpath")) > HIDDEN_MOST:
            # A page its scripts show: what it hides is its text, read as trafilatura finds it.
            options.pop("prune_xpath", None)
            document = bare_extraction(html, url=url, with_metadata=True, output_format="markdown", **options)
            body = document.body if document is not None else None
            found = len(" ".join(body.itertext()).strip()) if body is not None else 0
        paragraphs = _marked_article(tree, found) if tree is not None else None
        if paragraphs is not None:
            body, plain = paragraphs, True
    markdown = ""
    if body is not None and plain:
        markdown = "\n\n".join(_headed_paragraphs(_paragraph_texts(body), html))
    elif body is not None:
        _join_split_paragraphs(body, html)
        _run_together_headings(body, html)
        _in_page_links(body, document.url if document is not None else url)
        _respace_inline_ends(body, html)
        _one_line_headings(body)
        _unwrap_indenting_quotes(body)
        _marked_headings(body, html)
        _no_outer_furniture_headings(body, html)
        _no_heading_anchors(body)
        _plain_links_and_scripts(body)
        _collapse_spaces(body)
        _unwrap_layout_tables(body)
        _no_slideshows(body)
        _headings_in_list_items(body)
        _loose_text_before_headings(body)
        _mark_quotes(body)
        _keep_ampersands(body)
        markdown = _no_indented_code(_INLINE_TAGS.sub("", xmltotxt(body, formatting)))
        markdown = re.sub(f"^[ \t]*{_QUOTE_MARK}", "> ", markdown, flags=re.MULTILINE).replace(_QUOTE_MARK, "")
    if not markdown.strip():
        # No article found: the page's whole text is better than nothing.
        from trafilatura import html2txt

        markdown = _escape(html2txt(html) or "")
        plain = True
    if document is None:  # no article: the page's own metadata still names it
        from trafilatura.metadata import extract_metadata
        from trafilatura.utils import load_html

        try:
            tree = load_html(html)
            document = extract_metadata(tree, url) if tree is not None else None
        except Exception:  # a page the library cannot read for metadata has none
            document = None
    if document is None:
        return Page(markdown, None, None, None, None, url, structured=not plain)
    return Page(
        structured=not plain,
        markdown=markdown,
        title=_whole_title(_clean(document.title), html, document),
        author=_author(document.author),
        date=_clean(document.date),
        site=_clean(document.sitename) or _clean(document.hostname),
        url=_clean(document.url) or url,
    )


# An empty block (a <div> holding a line break) between two runs of a post's loose text.
_EMPTY_BLOCK_BEFORE_TEXT = re.compile(r"<div\b[^>]*>(?:\s|&nbsp;|<br\s*/?>)*</div>\s*[^\s<]", re.IGNORECASE)
# A <div> holding nothing but text and line breaks (whether its text is only spaces, as
# Python's strip() knows them, is checked after).
_EMPTY_DIV_XPATH = "//div[not(node()[not(self::br) and not(self::text())])]"
# A span set in bold by its class: "mol-style-bold", "font-bold", "fw-bold".
_BOLD_SPAN = re.compile(r"<span\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bbold\b", re.IGNORECASE)
_BOLD_SPAN_XPATH = "//span[contains(concat(' ', translate(@class, '-_', '  '), ' '), ' bold ')]"
# A form asking for an e-mail address: a newsletter's sign-up box.
_EMAIL_FIELD = re.compile(
    r"<input\b[^>]*\b(?:type\s*=\s*[\"']?email\b|name\s*=\s*[\"']?[\w\[\]-]*e-?mail)", re.IGNORECASE
)
# The same field in the page's tree: typed as an address, or a text field named for one.
_EMAIL_INPUT_XPATH = (
    ".//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'email')"
    " or contains(translate(@name, 'EMAIL', 'email'), 'e-mail')]"
)
# The most text a sign-up box holds around its form (its title, a line of pitch, the terms).
SIGN_UP_BOX_CHARS = 400


def _prepared(html: str):
    """The page as trafilatura should read it: each empty block that loose text follows
    made the line break it shows (trafilatura drops such a block with the text after it,
    a blog post's paragraph), and no newsletter sign-up box (its title would be a section,
    its pitch a paragraph). A page with neither shape is given as it is, unparsed."""
    empty_blocks, sign_up = _EMPTY_BLOCK_BEFORE_TEXT.search(html), _EMAIL_FIELD.search(html)
    bold_spans = _BOLD_SPAN.search(html)
    if not empty_blocks and not sign_up and not bold_spans:
        return html
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    # (the empty ones are picked by XPath: a page has thousands of <div>)
    for block in tree.xpath(_EMPTY_DIV_XPATH) if empty_blocks else ():
        if (block.text or "").strip() or not (block.tail or "").strip() or block.getparent() is None:
            continue
        if any(child.tag != "br" or (child.tail or "").strip() for child in block):
            continue
        line_break = etree.Element("br")
        line_break.tail = block.tail
        block.getparent().replace(block, line_break)
    for span in tree.xpath(_BOLD_SPAN_XPATH) if bold_spans else ():
        span.tag = "b"  # <span class="style-bold">: bold by its class, as the page shows it
    if sign_up:
        boxes = {_sign_up_box(form) for form in tree.iter("form") if form.xpath(_EMAIL_INPUT_XPATH)}
        for box in boxes:
            if box is not None and box.getparent() is not None:
                box.drop_tree()  # its tail stays
    return tree


def _sign_up_box(form):
    """The box around a sign-up form: its widest container still holding little text,
    below the article's own containers. None when the form holds more (a page that
    wraps all its content in one form)."""
    if _text_chars(form) > SIGN_UP_BOX_CHARS:
        return None
    box = form
    while True:
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return box
        if parent.xpath("boolean(.//h1 | .//article)") or _text_chars(parent) > SIGN_UP_BOX_CHARS:
            return box
        box = parent


def _hide(tree, prune) -> float:
    """Take from the page's tree what a browser does not show (the `prune` XPaths); the
    largest share of the page's text that one hidden element held, or that the hidden
    elements holding paragraphs held together (a slideshow shows its slides one by one)."""
    xpaths = [prune] if isinstance(prune, str) else list(prune or ())
    matches = dict.fromkeys(element for xpath in xpaths for element in tree.xpath(xpath))
    outermost = [element for element in matches if not any(a in matches for a in element.iterancestors())]
    total = _text_chars(tree)
    sizes = [_text_chars(element) for element in outermost]
    largest = max(sizes, default=0)
    slides = sum(size for element, size in zip(outermost, sizes) if element.find(".//p") is not None)
    for element in outermost:
        element.drop_tree()
    return max(largest, slides) / total if total else 0.0


def _text_chars(element) -> int:
    """How much text an element holds, its scripts and styles aside."""
    texts = element.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
    return sum(len(text.strip()) for text in texts)


def _marked_article(tree, found: int):
    """The article the page marks, as trafilatura's baseline gathers it in plain paragraphs,
    when it is well over what was `found` (with nothing found: whatever the baseline gathers)."""
    from trafilatura import baseline

    if found and not _names_its_article(tree):
        return None
    paragraphs, _, length = baseline(tree)
    return paragraphs if found < SHORT_ARTICLE_SHARE * length else None


def _names_its_article(tree) -> bool:
    """Whether a page marks its article (an <article>, or schema.org's articleBody or text):
    only then are the page's paragraphs that article rather than every teaser and notice."""
    if tree.xpath("boolean(//article)"):
        return True
    return any(
        '"articleBody"' in (script.text or "") or '"text"' in (script.text or "")
        for script in tree.iterfind('.//script[@type="application/ld+json"]')
    )


def _paragraph_texts(body) -> list[str]:
    """The text of each paragraph of a body of plain paragraphs, in order, its spaces as a
    browser shows them (its lines kept: a page's whole text comes as one, line by line)."""
    texts = [body.text or ""] + ["".join(child.itertext()) + (child.tail or "") for child in body]
    texts = ["\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip()) for text in texts]
    return [text for text in texts if text]


# How many of the page's headings after the last one found are tried in a paragraph.
HEADINGS_AHEAD = 8
# A paragraph this long from the baseline is a whole article run together (schema.org's
# articleBody holds it as one text): the page's sub-headings are looked for in it.
RUN_TOGETHER_CHARS = 2000


def _page_sub_headings(html: str) -> list[tuple[str, int]]:
    """The page's <h2>-<h4> of two words or more that a reader sees, linked or not (a
    slide's title links to the slide), as (words, level), in the page's order; not those
    that title the page's furniture (a box of recommended posts)."""
    import html as entities

    headings = []
    for match in _SOURCE_HEADING.finditer(html):
        words = " ".join(entities.unescape(re.sub(r"<[^>]*>", " ", match.group(3))).split())
        # a label ending in a colon introduces a widget ("Share this:"), not a part
        if len(words.split()) < 2 or words.endswith(":") or _UNSEEN_CLASS.search(match.group(2)):
            continue
        if not _furniture_heading(html, match):  # a box's title, a teaser's headline
            headings.append((words, int(match.group(1))))
    return headings


def _split_at_headings(text: str, headings: list[tuple[str, int]], cursor: int) -> tuple[list, int]:
    """A whole article run together as one text, cut where the page's headings stand
    (looked for in order from `cursor`): its parts as (words, level), level 0 for text;
    and the next heading to look for."""
    parts: list[tuple[str, int]] = []
    at = 0
    while cursor < len(headings):
        found = None
        for index in range(cursor, min(cursor + HEADINGS_AHEAD, len(headings))):
            where = re.compile(r"(?:^|(?<=\s))" + re.escape(headings[index][0]) + r"(?=\s|$)").search(text, at)
            if where:
                found = (index, where.start())
                break
        if found is None:
            break
        index, start = found
        if text[at:start].strip():
            parts.append((text[at:start].strip(), 0))
        parts.append(headings[index])
        at, cursor = start + len(headings[index][0]), index + 1
    if text[at:].strip():
        parts.append((text[at:].strip(), 0))
    return parts, cursor


def _run_together(text: str) -> bool:
    return len(text) >= RUN_TOGETHER_CHARS and "\n" not in text.strip()


def _headed_paragraphs(texts: list[str], html: str) -> list[str]:
    """Plain paragraphs as Markdown blocks; one that is a whole article run together
    gets the page's sub-headings back where their words stand."""
    headings: list[tuple[str, int]] | None = None
    blocks: list[str] = []
    cursor = 0
    for text in texts:
        if not _run_together(text):
            blocks.append(_escape(text))
            continue
        if headings is None:
            headings = _page_sub_headings(html)
        parts, cursor = _split_at_headings(text, headings, cursor)
        blocks += [("#" * level + " " if level else "") + _escape(words) for words, level in parts]
    return blocks


def _run_together_headings(body, html: str) -> None:
    """A paragraph of the article that is the whole article run together (trafilatura
    took schema.org's articleBody, one text) is cut at the page's sub-headings."""
    from lxml import etree

    headings: list[tuple[str, int]] | None = None
    cursor = 0
    for paragraph in list(body.iter("p")):
        if len(paragraph) or not _run_together(paragraph.text or "") or paragraph.getparent() is None:
            continue
        if headings is None:  # those the extraction gave as headings stand where it put them
            given = {" ".join(" ".join(head.itertext()).split()) for head in body.iter("head")}
            headings = [heading for heading in _page_sub_headings(html) if heading[0] not in given]
        parts, cursor = _split_at_headings(" ".join(paragraph.text.split()), headings, cursor)
        if len(parts) < 2:
            continue
        parent, index = paragraph.getparent(), paragraph.getparent().index(paragraph)
        for offset, (words, level) in enumerate(parts):
            block = etree.Element("head" if level else "p")
            if level:
                block.set("rend", f"h{level}")
            block.text = words
            parent.insert(index + offset, block)
        block.tail, paragraph.tail = paragraph.tail, None
        parent.remove(paragraph)


# Inline HTML that trafilatura's Markdown keeps as tags (H<sub>2</sub>O): their text is the text.
_INLINE_TAGS = re.compile(r"</?(?:sub|sup|u|ins|mark|small|kbd|span)>")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "/", "#", "./", "../")


_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


def _no_indented_code(markdown: str) -> str:
    """trafilatura's Markdown without the page's indentation, which Markdown reads as code.

    Its code comes fenced (```); list items keep their indentation (nesting).
    """
    lines = markdown.split("\n")
    fenced = False
    for index, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if stripped.startswith("```"):
            fenced = not fenced
            lines[index] = stripped
        elif not fenced and not _LIST_ITEM.match(stripped):
            lines[index] = stripped
        elif not fenced:
            lines[index] = line.replace("\t", "  ")
    return "\n".join(lines)


# trafilatura writes a block quote's paragraphs as plain ones: each is marked with this
# word (its Markdown keeps letters as they are; no page says it) and becomes "> " after.
_QUOTE_MARK = "Zq9BriefingQuoteZq9"


def _mark_quotes(body) -> None:
    for quote in body.iter("quote"):
        paragraphs = [child for child in quote if child.tag == "p"]
        for paragraph in paragraphs or [quote]:
            paragraph.text = _QUOTE_MARK + (paragraph.text or "")


# An "&" that opens what Markdown reads as an entity ("&amp;", "&#38;"): the page's text
# says those letters, so the "&" is escaped for Markdown ("\&").
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]{1,32};)")


def _keep_ampersands(body) -> None:
    """Every "&" of the text and the links written "&amp;": trafilatura's Markdown decodes
    entities once more, which would read an address's "&section=1" as "§ion=1". An "&amp;"
    the page's text shows (a page about HTML) is escaped for our Markdown reader as well;
    code is shown as written, so its "&" needs no escape."""
    in_code = {element for code in body.iter("code") for element in code.iter()}

    def kept(text: str, code: bool) -> str:
        if not code:
            text = _ENTITY_LIKE.sub(r"\\&", text)
        return text.replace("&", "&amp;")

    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and "&" in element.text:
            element.text = kept(element.text, element in in_code)
        if element.tail and "&" in element.tail:
            element.tail = kept(element.tail, element in in_code and element.tag != "code")
        target = element.get("target")
        if target and "&" in target:
            element.set("target", target.replace("&", "&amp;"))


def _one_line_headings(body) -> None:
    """A line break inside a heading (a long heading set on two lines) is a space: in
    Markdown the heading would end there and its second half become a paragraph."""
    from lxml import etree

    for head in body.iter("head"):
        breaks = list(head.iter("lb"))
        for lb in breaks:
            lb.tail = " " + (lb.tail or "")
        if breaks:
            etree.strip_tags(head, "lb")


_SOURCE_HEADING = re.compile(r"<h([2-4])\b([^>]*)>(.{1,400}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
# A heading only screen readers hear (the page hides it with its own style class).
# (The class's value may stand without quotation marks: class=visually-hidden.)
_UNSEEN_CLASS = re.compile(r"\bclass\s*=\s*(?:[\"'][^\"']*|[^\s>\"']*)(?:sr-only|screen-reader|visually-?hidden|offscreen|a11y|hidden|invisible)", re.IGNORECASE)
# How many of a paragraph's first words tell it from another.
OPENING_WORDS = 8


# A link's opening tag: one that leads somewhere (a named anchor, <a name="part2">, is a
# place on the page, and old pages leave it open up to the next heading).
_LINK_OPENING = re.compile(r"<a\b[^>]*?\bhref\s*=[^>]*>", re.IGNORECASE)
_LINK_CLOSING = re.compile(r"</a\s*>", re.IGNORECASE)


def _a_link(html: str, match: re.Match) -> bool:
    """Whether a heading of the page's source is a link: inside one, or one in all its words."""
    inner = match.group(3).strip()
    if _LINK_OPENING.match(inner) and _LINK_CLOSING.search(inner[-8:]):
        return True
    before = html[max(0, match.start() - 2000) : match.start()]
    return bool(_LINK_OPENING.search(before, before.lower().rfind("</a") + 1))


_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _enclosing_link(html: str, match: re.Match) -> str | None:
    """Where the link around a heading of the page's source leads, when a link holds the
    heading (a teaser's card: <a href><h3>…</h3></a>), not one inside it (which the
    extraction keeps as the heading's link)."""
    before = html[max(0, match.start() - 2000) : match.start()]
    opening = None
    for opening in _LINK_OPENING.finditer(before, before.lower().rfind("</a") + 1):
        pass
    if opening is None:
        return None
    href = _HREF.search(opening.group())
    target = (href.group(1) or href.group(2) or href.group(3) or "").strip() if href else ""
    if not target or target.startswith("#") or target.lower().startswith(("javascript:", "data:")):
        return None
    return target if target.startswith(_LINK_SCHEMES) or ":" in target.split("/")[0] else "./" + target


def _link_card_headings(body, cards: dict[str, str]) -> None:
    """The headings a link holds in the page (teasers' cards) are links again, as the page
    shows them: a run of them over a line each is told as teasers (_teaser_runs)."""
    from lxml import etree

    for head in body.iter("head"):
        if len(head) or not head.text:
            continue
        target = cards.get(" ".join(head.text.split()))
        if target:
            ref = etree.SubElement(head, "ref", target=target)
            ref.text, head.text = head.text, None


def _marked_headings(body, html: str) -> None:
    """The page's sub-headings (its <h2>-<h4>) that trafilatura gave as paragraphs, headings
    again at the page's level; and those it left out, put back before the paragraph that
    follows them in the page (a heading in a container it read as the article's text)."""
    import html as entities

    marked: dict[str, str] = {}
    sources: list[tuple[str, str, re.Match]] = []
    for match in _SOURCE_HEADING.finditer(html):
        words = " ".join(entities.unescape(re.sub(r"<[^>]*>", " ", match.group(3))).split())
        if words:
            marked.setdefault(words, f"h{match.group(1)}")
            sources.append((words, f"h{match.group(1)}", match))
    if not marked:
        return
    for paragraph in body.iter("p"):
        if len(paragraph) == 0 and paragraph.text and len(paragraph.text.split()) <= 15:
            level = marked.get(" ".join(paragraph.text.split()))
            if level:
                paragraph.tag = "head"
                paragraph.set("rend", level)
    shown = None
    # the first words after each heading left out: the heading (None when several have them)
    openings: dict[str, tuple[str, str] | None] = {}
    boxes: set[str] = set()  # the titles of boxes of links
    furniture: set[str] = set()  # the titles the page names as its furniture's
    cards: dict[str, str] = {}  # headings inside a link (a teaser's card): where it leads
    cursor = 0  # the headings come in the text's order: each is looked for after the last
    searches = WHOLE_TEXT_SEARCHES
    for words, level, match in sources:
        if _UNSEEN_CLASS.search(match.group(2)):
            continue  # a heading only screen readers hear
        if shown is None:
            shown = " ".join(body.itertext())
            squashed = " ".join(shown.split())  # what is looked for anywhere is looked for here
        at = shown.find(words, cursor)
        if at >= 0:
            cursor = at + len(words)
        elif searches <= 0:
            continue  # a page of many headings left out is read in linear time all the same
        else:
            searches -= 1
            at = 0 if _says(squashed, words) else -1
        if at >= 0 and _furniture_heading(html, match):
            furniture.add(words)
            continue
        if at >= 0:
            card = _enclosing_link(html, match)
            if card:  # a card's headline: the link around it is the page's, kept
                cards.setdefault(words, card)
            link = _box_of_links_after(html, match.end(), words)
            if link and searches > 0:
                searches -= 1
                if not _says(squashed, link):
                    boxes.add(words)  # kept, but the links under it are gone
            continue
        if _a_link(html, match) or _furniture_heading(html, match):
            continue  # a teaser's headline (a link to another story), a box's title
        opening = _words_after(html, match.end())
        # the paragraph they open must be in the article, once
        if opening and squashed.count(" ".join(opening.split())) == 1:
            openings[opening] = (words, level) if opening not in openings else None
    repeated = {words for words, count in Counter(w for w, _, _ in sources).items() if count > 1}
    if cards:
        _link_card_headings(body, cards)
    if boxes:
        _no_box_titles(body, boxes - repeated)
    if furniture:
        furniture -= {words for words, _, match in sources if words in furniture and not _furniture_heading(html, match)}
    if furniture:
        for head in list(body.iter("head")):
            if " ".join(" ".join(head.itertext()).split()) in furniture and head.getparent() is not None:
                _remove_keeping_tail(head)
    if shown is not None and any(openings.values()):

        def follows(heading: str) -> str | None:
            """The first words the page has after a heading of these words."""
            match = next((m for words, _, m in sources if words == heading), None)
            return _words_after(html, match.end()) if match else None

        _put_back_headings(body, openings, squashed, follows)


_OUTER_HEADING = re.compile(r"<h([156])\b([^>]*)>(.{1,400}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def _no_outer_furniture_headings(body, html: str) -> None:
    """The <h1>, <h5> and <h6> the extraction kept that title the page's furniture (a box
    of related links under its own <h1>) go, as the <h2>-<h4> of _marked_headings do."""
    import html as entities

    kept = {
        " ".join(" ".join(head.itertext()).split()): head for head in body.iter("head")
        if head.get("rend") in ("h1", "h5", "h6")
    }
    if not kept:
        return
    furniture: dict[str, bool] = {}
    for match in _OUTER_HEADING.finditer(html):
        words = " ".join(entities.unescape(re.sub(r"<[^>]*>", " ", match.group(3))).split())
        if words in kept:
            # one heading of these words that is the article's keeps them all
            furniture[words] = furniture.get(words, True) and _furniture_heading(html, match)
    for head in list(body.iter("head")):
        words = " ".join(" ".join(head.itertext()).split())
        if furniture.get(words) and head.getparent() is not None:
            _remove_keeping_tail(head)


# The words of a heading's own class or id that name it the title of the page's furniture:
# an advertisement's label, a share bar's, a related-links box's, the comments', a widget's.
_FURNITURE_WORDS = frozenset(
    "ad ads advert advertisement advertising sponsor sponsored promo promotion share sharing social "
    "related comment comments widget sidebar newsletter subscribe signup footer outbrain taboola".split()
)
_NAMING_ATTRIBUTE = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _furniture(attributes: str, names: frozenset[str] = _FURNITURE_WORDS, heading: str = "") -> bool:
    """Whether a heading's own class or id names it the title of the page's furniture
    ("tl-ad-heading", "widget-title", "relatedHeading"), not of the article's part. A name
    made of the heading's own words ("sharing-the-costs" over "Sharing the costs") names
    that heading, nothing else."""
    if not attributes.strip():
        return False  # no class, no id
    said = set(re.findall(r"\w+", heading.lower()))
    for match in _NAMING_ATTRIBUTE.finditer(attributes):
        value = match.group(1) or match.group(2) or match.group(3) or ""
        for name in value.split():
            parts = [part for part in re.split(r"[_-]+", name) if part]
            if len(parts) > 1 and sum(part.lower() in said for part in parts) * 2 >= len(parts):
                continue
            lowered = name.lower()
            if "anchor" in lowered and ("header" in lowered or "heading" in lowered):
                continue  # "header-with-anchor-widget": a heading with its link to itself, no widget's title ("ad-anchor" is an ad's)
            for part in parts:
                if not part.isalpha():
                    continue  # a generated name ("org0ea164b"): its letters are no words
                words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", part)
                if any(word.lower() in names for word in words):
                    return True
    return False


# The words of a box's class or id that name it the page's furniture: those of a heading's
# own, and an author's box, teasers of other stories, what the page recommends, its tags,
# its table of contents, its pop-up dialogs (a contact form, a cookie notice).
# ("widget" names every block of some page builders, the article's own among them.)
_BOX_WORDS = (_FURNITURE_WORDS - {"widget"}) | frozenset(
    "author bio byline teaser teasers recommended recommendation recommendations recirc popular trending "
    "tags promos toctitle modal dialog popup".split()
)
# The words of a heading's own class or id that name it furniture: a box's words name
# the heading too ("card-title teaser", "vcard author", "tags-title"), and "widget" does.
_OWN_WORDS = _FURNITURE_WORDS | _BOX_WORDS
# Boxes that are never the article's body, whatever their class.
_BOX_TAGS = frozenset({"aside", "footer", "nav"})
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# How far before a heading the page's last text is looked for.
BOX_LOOKBACK = 3000


def _furniture_heading(html: str, match: re.Match) -> bool:
    """Whether a heading of the page's source titles the page's furniture: by its own class
    or id, or by those of the box it opens (the containers opened between the page's last
    text and the heading: an author's box, a rail of teasers, an <aside>)."""
    import html as entities

    heading = entities.unescape(re.sub(r"<[^>]*>", " ", match.group(3)))
    return _furniture(match.group(2), _OWN_WORDS, heading) or any(
        tag in _BOX_TAGS or _furniture(attributes, _BOX_WORDS, heading)
        for tag, attributes in _box_opening(html, match.start())
    )


def _box_opening(html: str, start: int) -> list[tuple[str, str]]:
    """The containers opened between the page's last text before `start` and `start`, and
    still open there, as (tag, attributes), outermost first; none above an <article>, <main>
    or <body> among them (the article's own). Read backwards from `start`: only the tags
    between the two are read."""
    import html as entities

    limit = max(0, start - BOX_LOOKBACK)
    gap: list[re.Match] = []  # the tags between the last text and `start`, nearest first
    at = start
    while at > limit:
        close = html.rfind(">", limit, at)
        between = html[close + 1 : at] if close >= 0 else ""
        if close < 0 or (between.strip() and ("&" not in between or entities.unescape(between).strip())):
            break  # the page's last text before the heading
        begin = html.rfind("<", limit, close)
        if begin < 0:
            break
        tag = _ANY_TAG.match(html, begin, close + 1)
        if tag and tag.group(1) and tag.group(2).lower() in ("script", "style"):
            name = tag.group(2).lower()
            opening = max(html.rfind("<" + name, limit, begin), html.rfind("<" + name.upper(), limit, begin))
            at = opening if opening >= 0 else limit
            continue  # a script or style between them: no text
        if tag:
            gap.append(tag)
        at = begin
    opened: list[tuple[str, str]] = []
    for tag in reversed(gap):
        name = tag.group(2).lower()
        if name in _VOID_TAGS or tag.group(3).rstrip().endswith("/"):
            continue
        if tag.group(1):  # a closing tag closes the innermost of its name
            for index in range(len(opened) - 1, -1, -1):
                if opened[index][0] == name:
                    del opened[index:]
                    break
        elif name in ("article", "main", "body"):
            opened = []
        else:
            opened.append((name, tag.group(3)))
    return opened


# How many headings are looked for in the whole article's text, not only after the last.
WHOLE_TEXT_SEARCHES = 40


def _says(squashed: str, words: str) -> bool:
    """Whether a text, its spaces squashed to one, has these words in a row, whatever the
    spaces between them."""
    return " ".join(words.split()) in squashed


# The page's source as runs of text between tags; scripts and styles are no text.
_SOURCE_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>|([^<]+)", re.IGNORECASE | re.DOTALL)


# The fewest words of a link under a heading that tell a box of links.
BOX_LINK_WORDS = 3


# Tags and spaces only (no script or style), up to the page's next text.
_BEFORE_TEXT = re.compile(r"(?:\s+|&nbsp;|<(?!(?:script|style)\b)[^>]*>)*", re.IGNORECASE)


def _link_and_end_after(html: str, start: int) -> tuple[str, int] | None:
    """(words, end) of a link when the page's first text after a place is one."""
    import html as entities

    gap = _BEFORE_TEXT.match(html, start)
    end = html.find("<", gap.end())
    if html.startswith("<", gap.end()) or end < 0:
        return None  # a script, or no more tags
    tags = gap.group()
    if not _LINK_OPENING.search(tags, tags.lower().rfind("</a") + 1):
        return None
    words = " ".join(entities.unescape(html[gap.end() : end]).split())
    return (words, end) if len(words.split()) >= BOX_LINK_WORDS else None


def _box_of_links_after(html: str, start: int, heading: str) -> str | None:
    """The first link's words when links follow a heading as a box's list does: two links
    or more, or one under a short title ("Related"). A heading of more words over one link
    (a product over "£80 at Harbour Shop") heads its part."""
    first = _link_and_end_after(html, start)
    if first is None:
        return None
    if len(heading.split()) <= 3 or _link_and_end_after(html, first[1]) is not None:
        return first[0]
    return None


def _no_box_titles(body, titles: set[str]) -> None:
    """The title of a box of links whose links the extraction took out ("Related" over
    what is now the article's next paragraph) goes: the text after it is not its own. Over
    nothing ("See also" before "References"), it stays as the page has it."""
    for head in list(body.iter("head")):
        following = head.getnext()
        if following is None or following.tag == "head" or head.getparent() is None:
            continue
        if " ".join(" ".join(head.itertext()).split()) in titles:
            _remove_keeping_tail(head)


def _words_after(html: str, start: int) -> str | None:
    """The first words of text after a place in the page's source (None when too few)."""
    import html as entities

    words: list[str] = []
    for match in _SOURCE_TEXT.finditer(html, start, start + 3000):
        if match.group(2):
            words += entities.unescape(match.group(2)).split()
            if len(words) >= OPENING_WORDS:
                return " ".join(words[:OPENING_WORDS])
    return None


def _put_back_headings(body, openings: dict, shown: str, follows: Callable[[str], str | None]) -> None:
    """Each heading of `openings` before the one paragraph opening with its words, when
    the article's text came before it. A heading the extraction put there in its place (a
    teaser's, which the page has before other words: `follows` tells which) gives way."""
    from lxml import etree

    paragraphs = [(p, " ".join("".join(p.itertext()).split()[:OPENING_WORDS])) for p in body.iter("p")]
    seen = Counter(opening for _, opening in paragraphs)
    for number, (paragraph, opening) in enumerate(paragraphs):
        heading = openings.get(opening)
        if heading is None or seen[opening] > 1 or heading[0] in shown:
            continue
        if not any(words for _, words in paragraphs[:number]):
            continue  # before the article's first words: the page's own heading (its tagline, "Share")
        parent, before = paragraph.getparent(), paragraph.getprevious()
        if parent is None or parent.tag in ("item", "cell", "quote", "p"):
            continue  # in a list or a table
        if before is not None and before.tag == "head":
            if follows(" ".join("".join(before.itertext()).split())) in (opening, None):
                continue  # under a heading of its own
            parent.remove(before)
        head = etree.Element("head")
        head.text, head.attrib["rend"] = heading
        parent.insert(parent.index(paragraph), head)
        shown += " " + heading[0]


# A heading's own link to itself (a permalink sign) or to its editor (a wiki's "[edit]"):
# what the page shows beside the heading, not its words.
_ANCHOR_SIGNS = frozenset({"¶", "§", "#", "🔗", "⚓"})


def _no_heading_anchors(body) -> None:
    """Headings without their permalink signs ("Setting up¶") and wiki edit links
    ("History[edit]")."""
    for head in body.iter("head"):
        for ref in list(head.iter("ref")):
            words = "".join(ref.itertext()).strip()
            before = ref.getprevious()
            text_before = (before.tail if before is not None else ref.getparent().text) or ""
            edit = (
                words.lower() == "edit"
                and text_before.rstrip().endswith("[")
                and (ref.tail or "").lstrip().startswith("]")
            )
            if words not in _ANCHOR_SIGNS and not edit:
                continue
            tail = ref.tail or ""
            if edit:
                text_before = text_before.rstrip()[:-1]
                tail = tail.lstrip()[1:]
            if before is not None:
                before.tail = text_before + tail
            else:
                ref.getparent().text = text_before + tail
            ref.getparent().remove(ref)


_SPACES = re.compile(r"[ \t\r\n\f\xa0]{2,}|[\t\r\n\f]")


def _collapse_spaces(body) -> None:
    """A page's line breaks and indentation inside its text are one space, as a browser
    shows them (trafilatura keeps some, inside links and emphasis); code keeps its own."""
    in_code = {element for code in body.iter("code") for element in code.iter() if element is not code}
    for element in body.iter():
        if element in in_code or not isinstance(element.tag, str):
            continue
        if element.text and element.tag != "code" and _SPACES.search(element.text):
            element.text = _SPACES.sub(" ", element.text)
        if element.tail and _SPACES.search(element.tail):  # the tail is in the parent's text
            element.tail = _SPACES.sub(" ", element.tail)


_INLINE = ("ref", "hi")
_GLUE = r"(?:<[^<>]*>)*"  # tags only, no space, between two words of the page's source


def _respace_inline_ends(body, html: str) -> None:
    """The space after a link or emphasis that trafilatura sometimes drops with its tail's
    first space ("at work</a> so" read as "workso"), put back unless the page glues the
    two words itself (H<sub>2</sub>O)."""
    for element in body.iter(_INLINE):
        text = "".join(element.itertext())
        if not text or not text[-1].isalnum():
            continue
        after, following = element.tail, None
        if not after:
            following = element.getnext()
            if following is None or following.tag not in _INLINE:
                continue
            after = "".join(following.itertext())
        if not after or not after[0].isalnum():
            continue
        last, first = text.split()[-1][-24:], re.split(r"\W", after, maxsplit=1)[0][:24]
        if re.search(re.escape(last) + _GLUE + re.escape(first), html):
            continue
        element.tail = " " + (element.tail or "")


# Between two words of one line of the page's source: spaces and inline tags only (no <p>,
# <br>, <div> or other block that would end the paragraph in a browser).
_INLINE_GLUE = (
    r"((?:\s|&nbsp;|&#160;|&#xa0;)*)"
    # (block tags in either case: older pages write "<P>")
    r"((?:<(?!/?(?i:p|div|br|li|h[1-6]|td|th|tr|table|ul|ol|dl|blockquote|section|article|header|footer"
    r"|figure|figcaption|hr|pre|main|aside|nav)\b)[^<>]*>(?:\s|&nbsp;|&#160;|&#xa0;)*)*)"
)


# A word of the page's source and the next one, with only spaces and inline tags between.
_SOURCE_WORD_PAIR = re.compile(r"(\b\w+(?!\w),?)" + _INLINE_GLUE + r"(?=(\w+))")


def _join_split_paragraphs(body, html: str) -> None:
    """One paragraph that trafilatura cut in two at a link or emphasis ("See" | "[the
    document] for more."): a paragraph ending mid-sentence is joined with the next when the
    page's source runs from its last word to the next one's first through inline tags only."""
    cuts = []  # (paragraph, the next one, its last word, the next one's first word)
    for paragraph in body.iter("p"):
        following = paragraph.getnext()
        if following is None or following.tag != "p" or (paragraph.tail or "").strip():
            continue
        ending = "".join(paragraph.itertext()).rstrip()
        opening = "".join(following.itertext()).lstrip()
        if not (following.text or "").strip() and len(following) and following[0].text:
            opening = following[0].text.lstrip()  # its first word ends with its link ("Beijing" of "[Beijing](…)in a …")
        last, first = _last_word(ending), re.match(r"\w+", opening)
        if first is not None and _OPENING_QUOTE_END.search(ending):
            cuts.append((paragraph, following, None, first.group()))  # 'titled "' | "The Ceylon Project…": a quotation opened never ends a paragraph
        elif last is not None and first is not None:
            cuts.append((paragraph, following, last, first.group()))
    if not cuts:
        return
    spacing = _source_spacing(html, {(last, first) for _, _, last, first in cuts if last is not None})
    # Last cut first: a paragraph cut at two links in a row ("at" | "QCon" | "Beijing in …")
    # gathers the later pieces before it joins the one above.
    for paragraph, following, last, first in reversed(cuts):
        spaced = spacing.get((last, first)) if last is not None else False
        if spaced is None or following.getparent() is None or paragraph.getparent() is None:
            continue
        space = " " if spaced else ""
        # the next paragraph's words go on in this one, after `space`
        children = list(paragraph)
        text = (following.text or "").lstrip()
        if children:
            children[-1].tail = (children[-1].tail or "").rstrip() + space + text
        else:
            paragraph.text = (paragraph.text or "").rstrip() + space + text
        for child in list(following):
            paragraph.append(child)
        paragraph.tail = following.tail
        following.getparent().remove(following)


# A paragraph ending in a quotation mark that opens a quotation (after a space): 'titled "'.
_OPENING_QUOTE_END = re.compile(r"\s[\"“]$")


def _last_word(text: str) -> str | None:
    """The word a text ends in, with a comma after it, read from the end (a pattern searched
    from every place of a long paragraph is slow)."""
    end = text[:-1] if text.endswith(",") else text
    start = len(end)
    while start and (end[start - 1].isalnum() or end[start - 1] == "_"):  # what \w is
        start -= 1
    return text[start:] if start < len(end) else None


# Past this many word pairs the page's source is read whole once, not once a pair.
PAIRS_LOOKED_UP = 12


def _source_spacing(html: str, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], bool]:
    """For each (word, next word) the page's source has in a row with only spaces and inline
    tags between them (its first time): whether a space shows between the two."""
    found: dict[tuple[str, str], bool] = {}

    def spaced(match: re.Match) -> bool:
        return bool(match.group(2) or re.search(r"\s|&nbsp;|&#160;|&#xa0;", match.group(3)))

    if len(wanted) > PAIRS_LOOKED_UP:  # one read of the whole source: a long page stays linear
        for match in _SOURCE_WORD_PAIR.finditer(html):
            found.setdefault((match.group(1), match.group(4)), spaced(match))
        return found
    for last, first in wanted:
        # the word itself is what is looked for (a literal is found fast); its edges are
        # checked after, and a place inside a tag is no word of the text
        pattern = re.compile("(" + re.escape(last) + ")" + _INLINE_GLUE + "(?=(" + re.escape(first) + r")(?!\w))")
        for match in pattern.finditer(html):
            at = match.start()
            if at and (html[at - 1].isalnum() or html[at - 1] == "_"):
                continue
            if html.rfind("<", 0, at) > html.rfind(">", 0, at):
                continue
            found[(last, first)] = spaced(match)
            break
    return found


def _in_page_links(body, url: str | None) -> None:
    """Links to places on the page itself: they lead to the page's address (trafilatura
    joins "#costs" to the site's root), and paragraphs made only of them ("Jump to
    navigation", "Skip to content") are the page's own controls, not its text."""
    page = (url or "").split("#")[0]
    root = re.match(r"[a-z][a-z0-9+.-]*://[^/?#]+", page, re.IGNORECASE)
    here = {"", page, page.rstrip("/")} | ({root.group(), root.group() + "/"} if root else set())
    if root and page.rstrip("/") != root.group():
        for ref in body.iter("ref"):
            target = ref.get("target") or ""
            if target.startswith(root.group() + "#"):
                ref.set("target", page + target[len(root.group()) :])
    for paragraph in list(body.iter("p")):
        refs = list(paragraph.iter("ref"))
        if not refs or any("#" not in (ref.get("target") or "") for ref in refs):
            continue
        if any((ref.get("target") or "").split("#")[0] not in here for ref in refs):
            continue
        outside = [paragraph.text, paragraph.tail] + [ref.tail for ref in refs]
        if any((text or "").strip() for text in outside) or len(paragraph) != len(refs):
            continue
        if paragraph.getparent() is not None:
            paragraph.getparent().remove(paragraph)


_BLOCKS = frozenset({"p", "head", "list", "quote", "table", "code", "graphic"})


def _unwrap_layout_tables(body) -> None:
    """A table of one column lays a page out (an article in a cell, a picture over its
    caption; empty cells beside them are the page's margins), and so does a single row of
    cells of broken lines: its cells are read as the paragraphs and headings they hold, not
    as rows."""
    from lxml import etree

    def filled(cell) -> bool:
        return bool("".join(cell.itertext()).strip()) or any(True for _ in cell.iter("graphic"))

    for table in list(body.iter("table")):
        rows = [row for row in table if row.tag == "row"]
        if not rows:
            continue
        # One row whose cells hold broken lines lays out columns of lines (a list of names
        # in three columns): no data table has a single row.
        columns = len(rows) == 1 and any(True for _ in rows[0].iter("lb"))
        if not columns and any(len([c for c in row if c.tag == "cell" and filled(c)]) > 1 for row in rows):
            continue
        parent = table.getparent()
        if parent is None:
            continue
        blocks: list = []
        for row in rows:
            for cell in row:
                blocks += _cell_blocks(cell)
        _replace_with_blocks(parent, table, blocks)


# The share of the article's text in block quotes, two or more, past which they are the
# page's margins, not quotations.
INDENTING_QUOTES_SHARE = 0.5


def _unwrap_indenting_quotes(body) -> None:
    """Block quotes that indent the page (old pages set their text in <blockquote> for its
    margin): one holding headings, or all of them when they hold most of the article's text.
    Their headings and paragraphs are the article's, read as such, not quotations with a
    heading run into their text."""
    quotes = [quote for quote in body.iter("quote") if not any(a.tag == "quote" for a in quote.iterancestors())]
    if not quotes:
        return
    quoted = sum(len("".join(quote.itertext()).strip()) for quote in quotes)
    margins = len(quotes) >= 2 and quoted >= INDENTING_QUOTES_SHARE * len("".join(body.itertext()).strip())
    for quote in quotes:
        parent = quote.getparent()
        if parent is None or not (margins or any(child.tag == "head" for child in quote)):
            continue
        blocks = [block for block in _cell_blocks(quote) if _has_words(block) or block.tag == "graphic"]
        _replace_with_blocks(parent, quote, blocks)


def _replace_with_blocks(parent, element, blocks: list) -> None:
    """Put blocks where element stands in parent; the text after element follows them."""
    index, tail = parent.index(element), element.tail
    parent.remove(element)
    for offset, block in enumerate(blocks):
        parent.insert(index + offset, block)
    if tail and tail.strip():
        if blocks:
            blocks[-1].tail = (blocks[-1].tail or "") + tail
        elif index > 0:
            parent[index - 1].tail = (parent[index - 1].tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _cell_blocks(cell) -> list:
    """A cell's content as blocks: its own blocks, and its loose text and inline parts
    gathered in paragraphs between them."""
    from lxml import etree

    blocks: list = []
    loose = None  # the paragraph gathering loose text and inline parts

    def gather(text: str | None = None, element=None) -> None:
        nonlocal loose
        if loose is None:
            if element is None and not (text and text.strip()):
                return
            loose = etree.Element("p")
            blocks.append(loose)
        if element is not None:
            loose.append(element)
        elif text:
            if len(loose):
                loose[-1].tail = (loose[-1].tail or "") + text
            else:
                loose.text = (loose.text or "") + text

    gather(cell.text)
    for child in list(cell):
        tail, child.tail = child.tail, None
        if child.tag in _BLOCKS:
            blocks.append(child)
            loose = None
        else:
            gather(element=child)
        gather(tail)
    return [block for block in blocks if block.tag != "p" or len(block) or (block.text or "").strip()]


# A slide's counter before its caption: "3/50 Storm hits the coast".
_SLIDE_COUNTER = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\b")
SLIDESHOW_SLIDES = 3


def _no_slideshows(body) -> None:
    """A slideshow's captions are not the article: a list whose items open with the slide's
    counter, one after another out of the same number ("1/50", "2/50", …), goes, and the
    heading over it with nothing else under it (its title, "… in pictures") with it."""
    for slides in list(body.iter("list")):
        items = [item for item in slides if item.tag == "item"]
        if len(items) < SLIDESHOW_SLIDES:
            continue
        counters = [_SLIDE_COUNTER.match("".join(item.itertext())) for item in items]
        if not all(counters):
            continue
        numbers = [(int(c.group(1)), int(c.group(2))) for c in counters]
        if any(n != (numbers[0][0] + i, numbers[0][1]) or n[0] > n[1] for i, n in enumerate(numbers)):
            continue
        parent = slides.getparent()
        if parent is None:
            continue
        # its title, and what has no words between them (a logo's empty link)
        before = slides.getprevious()
        while before is not None and not (before.tail or "").strip() and (before.tag == "head" or not _has_words(before)):
            title, before = before, before.getprevious()
            if title.tag == "head" or title.tag == "p":
                _remove_keeping_tail(title)
        _remove_keeping_tail(slides)


def _remove_keeping_tail(element) -> None:
    parent, tail = element.getparent(), element.tail
    previous = element.getprevious()
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _headings_in_list_items(body) -> None:
    """A list of cards, each item opening with its heading (a feature, a product: a picture
    link, <h3>Name</h3>, its text): the cards' headings over their text, as sections. A
    heading inside any other item is that item's bold words (in Markdown, a heading in an
    item would take the whole item as its words)."""
    for cards in list(body.iter("list")):
        items = [item for item in cards if item.tag == "item"]
        if not items or not any(True for _ in cards.iter("head")):
            continue
        if all(_opens_with_heading(item) for item in items) and cards.getparent() is not None:
            blocks: list = []
            for item in items:
                blocks += [b for b in _cell_blocks(item) if _has_words(b)]
            parent, index, tail = cards.getparent(), cards.getparent().index(cards), cards.tail
            parent.remove(cards)
            for offset, block in enumerate(blocks):
                parent.insert(index + offset, block)
            if tail and tail.strip():
                from lxml import etree

                loose = etree.Element("p")
                loose.text = tail
                parent.insert(index + len(blocks), loose)
            continue
        for head in list(cards.iter("head")):
            head.tag = "hi"
            head.attrib.clear()
            head.set("rend", "#b")
            # a heading ends its line: its words and the item's next ones are apart
            if ((head.tail or "").strip() or head.getnext() is not None) and not (head.tail or "")[:1].isspace():
                head.tail = " " + (head.tail or "")


def _opens_with_heading(item) -> bool:
    """Whether a list item's first words are a heading's (an empty picture link may come first)."""
    if (item.text or "").strip():
        return False
    for child in item:
        if child.tag == "head":
            return True
        if _has_words(child) or (child.tail or "").strip():
            return False
    return False


def _has_words(element) -> bool:
    return bool("".join(element.itertext()).strip())


_NOT_LOOSE = _BLOCKS | {"list", "div", "section", "item", "row", "cell", "lb"}


def _loose_text_before_headings(body) -> None:
    """Text a page leaves outside any paragraph (between formulas, after a block) and the
    inline parts around it, right before a heading: a paragraph of its own. In Markdown it
    would run into the heading's line and take the heading into its sentence."""
    from lxml import etree

    for head in list(body.iter("head")):
        parent = head.getparent()
        if parent is None or parent.tag in ("p", "item", "cell", "quote"):
            continue
        inline: list = []
        before = head.getprevious()
        while before is not None and before.tag not in _NOT_LOOSE:
            inline.insert(0, before)
            before = before.getprevious()
        text = before.tail if before is not None else parent.text
        if not (text or "").strip() and not any(_has_words(e) or (e.tail or "").strip() for e in inline):
            continue
        paragraph = etree.Element("p")
        paragraph.text = (text or "").lstrip() if inline else (text or "").strip()
        if before is not None:
            before.tail = None
        else:
            parent.text = None
        for element in inline:
            paragraph.append(element)
        if len(paragraph):
            paragraph[-1].tail = (paragraph[-1].tail or "").rstrip()
        parent.insert(parent.index(head), paragraph)


def _plain_links_and_scripts(body) -> None:
    """Links that lead nowhere a reader can go (javascript:, data:) become their words.
    So do links of no words (a heading's permalink icon, an anchor before a paragraph):
    trafilatura's Markdown drops the text after an empty link ("## " for a heading)."""
    from lxml import etree

    unwrap = False
    for ref in body.iter("ref"):
        target = (ref.get("target") or "").strip()
        wordless = len(ref) == 0 and not (ref.text or "").strip()
        if wordless or not target.lower().startswith(_LINK_SCHEMES) or any(c in target for c in " <>"):
            ref.tag = "plain-words"
            unwrap = True
    if unwrap:
        etree.strip_tags(body, "plain-words")


def _escape(text: str) -> str:
    """Plain text made safe to read as Markdown."""
    from ..export import escape_markdown

    return _ENTITY_LIKE.sub(r"\\&", escape_markdown(text))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# The words of an author's link that the page's theme puts before the name.
_AUTHOR_LINK_WORDS = re.compile(r"^(?:view\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories)\s+by\s+", re.IGNORECASE)


# What a page's theme writes where it has no author's name: "No Author", "Unknown", "admin".
_NO_AUTHOR = re.compile(r"(?:no|unknown|anonymous|admin|administrator|author|none|n/a)(?: author)?", re.IGNORECASE)


def _author(value: object) -> str | None:
    """The author's name, without the words of a link to their posts ("View all posts by")."""
    author = _clean(value)
    if author is None:
        return None
    names = [_AUTHOR_LINK_WORDS.sub("", name.strip()) for name in author.split(";")]
    return "; ".join(name for name in names if name and not _NO_AUTHOR.fullmatch(name)) or None


# Between a page title's headline and the names around it: "Headline | Site | 12.03.2026",
# "Site - Headline", "Headline • site.de".
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|•»·–—~-]|::)\s+")
_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[./-]\d{1,4}){1,2}")


def _names_the_site(part: str, names: list[str]) -> bool:
    """Whether a part of a title is the site, its host or the author ("DW" for "DW.COM",
    "Landeszentrale für politische Bildung" for politische-bildung.de)."""
    squashed = _squash_name(part)
    if not squashed:
        return False
    words = re.findall(r"\w+", part.lower())
    for name in names:
        if _squash_name(name) == squashed:
            return True
        if "." in name and " " not in name.strip():  # a host: each word of its name is in the part
            labels = [label for label in name.lower().split(".")[:-1] if label != "www"]
            host_words = [w for label in labels for w in label.split("-") if len(w) >= 3]
            if host_words and all(any(word.startswith(w) for word in words) for w in host_words):
                return True
    return False


_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _whole_title(title: str | None, html: str, document) -> str | None:
    """The page's <title> without the names around its headline, when trafilatura kept one
    part of it and the parts name the site: the part it keeps may be the site ("Site -
    Headline"). Otherwise trafilatura's part (the first, usually the headline)."""
    import html as entities

    match = _TITLE_ELEMENT.search(html[:300_000])
    if title is None or match is None:
        return title
    whole = _clean(entities.unescape(re.sub(r"<[^>]*>", "", match.group(1))))
    blog, _, post = (whole or "").partition(": ")
    if post and len(blog.split()) <= 4 and title in (blog, whole) and _slug_names(post, document) and not _slug_names(blog, document, least=1):
        return post.strip()  # "The Brain Dump: Gavin King unveils …" at …/gavin-king-unveils-….html: a blog's name, then the post's
    if not whole or whole == title:
        return title
    parts = _TITLE_SEPARATOR.split(whole)
    if len(parts) < 2 or not any(
        _TITLE_SEPARATOR.split(title) == parts[:n] or _TITLE_SEPARATOR.split(title) == parts[n:]
        for n in range(1, len(parts))
    ):
        return title  # the title came from elsewhere (an og:title, the <h1>)
    site, author, url = _clean(document.sitename), _clean(document.author), _clean(document.url)
    headline = _title(whole, site, author, url)
    return title if headline is None or headline == whole or headline.startswith(title) else headline


def _slug_names(text: str, document, least: int = 3) -> bool:
    """Whether the last part of the page's address spells `least` of the text's words or more
    ("…/gavin-king-unveils-red-hats.html" for "Gavin King unveils Red Hat's …")."""
    url = _clean(document.url) or ""
    slug = set(re.findall(r"[a-z0-9]+", url.lower().rstrip("/").rsplit("/", 1)[-1]))
    words = set(re.findall(r"[a-z0-9]+", text.lower())) - {"the", "a", "an", "of", "and"}
    return len(slug & words) >= least


def _squash_name(name: str) -> str:
    """A site's name as letters and digits only, without its domain's ending (MODEPILOT.de)."""
    return re.sub(r"\W", "", re.sub(r"\.[a-z]{2,6}\s*$", "", name.strip().lower()))


def _title(title: str | None, site: str | None, author: str | None, url: str | None = None) -> str | None:
    """The page title's headline, without the site, author or date around it ("Headline |
    Site | 12.03.2026"): only parts that name them are taken off, never the headline's own."""
    if title is None:
        return None
    names = [name for name in (site, author) if name]
    if url:
        host = re.match(r"[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.IGNORECASE)
        if host:
            names.append(host.group(1))
    for name in names:  # the site's whole name, separators and all ("Site - Section")
        for separator in (" | ", " - ", " – ", " — ", " :: ", " • ", " » "):
            if title.endswith(separator + name) and len(title) > len(separator + name):
                title = title[: -len(separator + name)]
    parts = _TITLE_SEPARATOR.split(title)
    separators = _TITLE_SEPARATOR.findall(title)
    end, named = len(parts), False
    while end > 1 and (_names_the_site(parts[end - 1], names) or _NUMERIC_DATE.fullmatch(parts[end - 1].strip())):
        named = named or _names_the_site(parts[end - 1], names)
        end -= 1
    if not named:
        end = len(parts)
    start = 1 if end > 1 and _names_the_site(parts[0], names) else 0
    if (start, end) == (0, len(parts)):
        return title.strip() or None
    kept = parts[start]
    for index in range(start + 1, end):
        kept += separators[index - 1] + parts[index]
    return kept.strip() or title.strip() or None


def parse(
    text: str,
    source: str,
    progress: Callable[[float], None] | None = None,
    url: str | None = None,
) -> Briefing:
    """Read a web page: the article's sections, as Markdown would give them, and its metadata."""
    page = extract(text, url)
    return from_page(page, source, NAME)


# How many blocks into the article the page's headline may stand (after a date, a kicker).
TITLE_WITHIN = 3
# A title that is a filing's code, no headline: "EX-99.1", "8-K".
_FILING_CODE = re.compile(r"[A-Z0-9]{1,4}(?:[-.][A-Z0-9]{1,4})+")


def _bold_capitals(block) -> bool:
    """A paragraph of four words or more, all in bold and in capitals: a press release's headline."""
    from .markdown import whole_emphasis

    text = block.text.strip()
    return len(text.split()) >= 4 and text.upper() == text and any(c.isalpha() for c in text) and whole_emphasis(block, ("bold",))


def from_page(page: Page, source: str, fmt: str) -> Briefing:
    """The briefing of an extracted page: its Markdown read by our own readers."""
    from . import axios, markdown

    title = _title(page.title, page.site, page.author, page.url)
    blocks = markdown.markdown_blocks(page.markdown)
    fields = {key: value for key, value in (("title", title), ("author", page.author)) if value}
    # The page's own headline (its <h1>, or a heading saying the title) repeats the title;
    # the title keeps its words. A date or a kicker may come before it: they stay, as the
    # lead (a kicker set as a heading is read as a paragraph).
    first = _headline_at(blocks, title, page.title, page.site)
    if first is not None:
        fields["title"] = blocks.pop(first).text.strip() or fields.get("title", "")
        blocks[:first] = [_as_paragraph(b) if b.kind == "heading" else b for b in blocks[:first]]
    elif title is None or _FILING_CODE.fullmatch(title):
        # "EX-99.1": a filing's code for a title; the release's headline is its first line all
        # in bold capitals (what stands before it, "Exhibit 99.1", stays in the lead).
        bold = next((i for i, b in enumerate(blocks[:TITLE_WITHIN]) if b.kind == "paragraph" and _bold_capitals(b)), None)
        if bold is not None:
            fields["title"] = blocks.pop(bold).text.strip()
    _no_trailing_label(blocks)
    _minor_headings_as_text(blocks)
    headline = _squash(fields.get("title", ""))
    if len(headline.split()) >= 3:  # a heading quoting the headline: the comments' ("3 thoughts on “…”")
        blocks = [
            _as_paragraph(b) if b.kind == "heading" and _quotes(b.text, headline) else b for b in blocks
        ]
    # a sentence someone said, set large between paragraphs: a pull quote, no part's title;
    # the label of an advert's slot or of a box of links set as a heading ("Advertisement",
    # "Related articles"): no part's title (other page words may name a part: "Get started")
    blocks = [
        _as_paragraph(b) if b.kind == "heading" and (_pull_quote(b.text) or _AD_OR_LINKS.fullmatch(b.text.strip()) or is_promo_line(b.text)) else b
        for b in blocks
    ]
    opening = next((i for i, b in enumerate(blocks) if b.kind != "item"), len(blocks))
    if opening < len(blocks) and _menu_run(blocks, opening) == opening:
        del blocks[:opening]  # the page's menu before the article, its first words
    if blocks and blocks[0].kind == "heading" and headline and _squash(blocks[0].text) == headline:
        del blocks[0]  # the headline again over the article: the header shows it
    _standfirst_as_lead(blocks)
    _teaser_runs(blocks, page.url)
    _drop_trailing_residue(blocks)
    blocks = [b for b in blocks if not _link_to_another_story(b)]
    title, byline, rest = markdown.take_title_and_byline(blocks, fields)
    starts = [b.text for b in rest if b.kind == "paragraph"]
    if axios.is_labelled_document(starts):
        builders = axios.section_blocks([axios._demote_heading(b) for b in rest])
    else:
        builders = markdown.section_markdown(rest, plain_lines=not page.structured)
    sections = tuple(b.build() for b in builders)
    return Briefing(
        title, byline, fmt, sections, source, date=page.date, publisher=page.site, url=page.url
    )


def _headline_at(blocks: list, title: str | None, page_title: str | None, site: str | None = None) -> int | None:
    """Where among the first blocks the page's headline stands: the first <h1> when it
    says the title (or there is no title and it opens the page), else a heading of any
    level saying exactly the title, else the article's only <h1> among them."""
    headings = [(i, b) for i, b in enumerate(blocks[:TITLE_WITHIN]) if b.kind == "heading"]
    if not headings:
        return None
    # the first <h1>, opening the article or after a kicker set as a heading ("Tech")
    index, block = next(((i, b) for i, b in headings if b.level == 1), headings[0])
    if block.level == 1 and (
        (title is None and index == 0) or _same(block.text, title or "") or _same(block.text, page_title or "")
        or _lengthens(block.text, title)
    ):
        return index
    for index, block in headings:
        if title and _squash(block.text) == _squash(title):
            return index
    # The article's one <h1>, opening it: its headline, whatever the page's <title> says
    # (a search engine's wording, a file name); the site's name set as a heading is not.
    index, block = next(((i, b) for i, b in headings if b.level == 1), headings[0])
    if block.level == 1 and not any(b.kind == "heading" and b.level == 1 for b in blocks[index + 1 :]):
        if len(block.text.split()) >= 3 and not _says_the_site(block.text, site):
            return index
    return None


# The most words a page's headline adds to the title its metadata gives.
HEADLINE_MORE_WORDS = 3


def _lengthens(heading: str, title: str | None) -> bool:
    """Whether a heading is the title and a few words more (a social title cut short)."""
    said, short = _squash(heading), _squash(title or "")
    return (
        len(short.split()) >= 3 and said.startswith(short + " ")
        and len(said.split()) - len(short.split()) <= HEADLINE_MORE_WORDS
    )


def _says_the_site(text: str, site: str | None) -> bool:
    """Whether a line is the site's name, give or take a word ("The Coastal Herald")."""
    if not site:
        return False
    name = _squash_name(site)
    return bool(name) and name in _squash_name(text) and len(text.split()) <= len(site.split()) + 1


def _as_paragraph(block):
    from dataclasses import replace

    return replace(block, kind="paragraph", level=0)


def _wholly_a_link(block) -> bool:
    """A list item whose words are all one link's (or a few links')."""
    body = len(block.text[block.marker :].strip())
    linked = sum(span.end - span.start for span in block.spans if span.style == "link")
    return block.kind == "item" and body > 0 and linked >= body - 2


# What a teaser list shows after a link to another story: how long ago it was updated.
_AGE_AFTER_LINK = re.compile(r"\s*(?:Updated\s+)?\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\s*$", re.IGNORECASE)
# The fewest items of a page's menu, and the most words of each.
MENU_ITEMS = 4
MENU_ITEM_WORDS = 3


def _a_link_and_its_age(block) -> bool:
    """A list item that is a link to another story and how long ago it was updated."""
    if block.kind != "item" or not block.spans:
        return False
    last_link = max((s.end for s in block.spans if s.style == "link"), default=None)
    return last_link is not None and bool(_AGE_AFTER_LINK.fullmatch(block.text[last_link:]))


def _menu_run(blocks: list, end: int) -> int:
    """How many list items before `end` make a page's menu: each one short link alone (a
    separator after it aside, "Economy ·"), four or more in a row."""
    count = 0
    while count < end and _menu_item(blocks[end - 1 - count]):
        count += 1
    return count if count >= MENU_ITEMS else 0


def _menu_item(block) -> bool:
    return _wholly_a_link(block) and len(block.text[block.marker :].split()) <= MENU_ITEM_WORDS + 1


RESIDUE_HEADING_WORDS = 6
LABELLED_CHARS = 300


_QUOTATION_MARKS = "\"“”„«»‘’'"


def _quotes(heading: str, headline: str) -> bool:
    """Whether a heading quotes the article's headline among words of its own: the title
    of the comments or of a page about the article, no part of it."""
    squashed = _squash(heading)
    return headline in squashed and squashed != headline and any(mark in heading for mark in _QUOTATION_MARKS)


# The fewest words of a heading all in quotation marks that make it a pull quote (a
# title quoting a few words, "‘We need to listen’", is a title).
PULL_QUOTE_WORDS = 12
_WHOLLY_QUOTED = re.compile(r"^\s*[\"“„«‘].*[\"”“»’][.!?…]?\s*$", re.DOTALL)


def _pull_quote(heading: str) -> bool:
    """Whether a heading is a whole quoted sentence of some length: a pull quote."""
    return len(heading.split()) >= PULL_QUOTE_WORDS and bool(_WHOLLY_QUOTED.match(heading))


# The label of an advert's slot or of a box of links, set as a heading.
_AD_OR_LINKS = re.compile(
    r"(?i:advertisement|advert|article content|sponsored(?: content)?|related (?:articles|stories|content|posts)|read more|featured(?: (?:stories|articles|videos?|content|posts))?"
    r"|recommended(?: (?:videos?|stories|articles|reading|for you))?|(?:trending|popular|latest|more) videos?)"
)
# The fewest words of a standfirst set as a heading under the headline.
STANDFIRST_WORDS = 9


def _standfirst_as_lead(blocks: list) -> None:
    """A heading opening the article, before any of its text, that reads as a sentence
    ("Neighbours said there was a smell coming from the house"): the standfirst the page
    sets under its headline, the lead's first paragraph, no part's title."""
    first = next((i for i, b in enumerate(blocks) if b.kind != "heading" or b.level >= 2), None)
    if first is None or blocks[first].kind != "heading":
        return
    text = blocks[first].text.strip()
    words = text.split()
    if len(words) >= STANDFIRST_WORDS and not text.endswith("?") and (text.endswith((".", "!")) or not is_title_case(text)):
        blocks[first] = _as_paragraph(blocks[first])


def _minor_headings_as_text(blocks: list) -> None:
    """An article with sub-headings of its own (<h2>-<h4>) has its parts there: its <h5>
    and <h6> are the small labels a page sets between them (a byline, a date, a teaser's
    title, a box's label), read as paragraphs, their words kept. An article whose only
    headings are <h5>/<h6> keeps them as its parts."""
    if any(b.kind == "heading" and 2 <= b.level <= 4 for b in blocks):
        blocks[:] = [_as_paragraph(b) if b.kind == "heading" and b.level >= 5 else b for b in blocks]


def _no_trailing_label(blocks: list) -> None:
    """The article's last heading, when it ends in a colon over a few words, labels what
    the page has after its article ("Languages:" over the links the extraction took out,
    "Share this:"): the page's words, but no title of the article's part."""
    last = max((i for i, b in enumerate(blocks) if b.kind == "heading"), default=None)
    if last is None or not blocks[last].text.rstrip().endswith(":"):
        return
    if sum(len(b.text) for b in blocks[last + 1 :]) < LABELLED_CHARS:
        blocks[last] = _as_paragraph(blocks[last])


def _drop_trailing_residue(blocks: list) -> None:
    """What a page leaves after its article's last words: headings with nothing under them
    (the titles of a related-links box, a share bar, a comments area the extraction took
    out), a heading over a list of nothing but links ("Recommended:" and the links), and a
    heading over nothing but a page's own words (a box asking for money)."""
    while blocks:
        # a short title: a widget's ("Related videos"), not an article's card or question
        if blocks[-1].kind == "heading" and len(blocks[-1].text.split()) <= RESIDUE_HEADING_WORDS:
            blocks.pop()
            continue
        last = max((i for i, b in enumerate(blocks) if b.kind == "heading"), default=None)
        under = blocks[last + 1 :] if last is not None else []
        if len(under) >= 2 and all(_wholly_a_link(b) or _a_link_and_its_age(b) for b in under):
            del blocks[last:]  # "More Stories" over "• <a headline> Updated 31 minutes ago", …
            continue
        run = _menu_run(blocks, len(blocks))
        if run:
            del blocks[-run:]  # "• Economy ·", "• Asia ·", …: the page's menu after the article
            continue
        if under and all(b.kind == "paragraph" and is_page_residue(b.text) for b in under):
            del blocks[last:]  # an appeal's box: "Support The Post", "Already contributed? …"
            continue
        return


# What a teaser shows under its headline: a date, a byline and a line of its story.
TEASER_CHARS = 300
TEASER_BLOCKS = 2


def _teaser_runs(blocks: list, url: str | None) -> None:
    """Teasers of other stories: two or more headings in a row that are links to other
    pages, each over a line or two (a date, a standfirst). After the article they go, with
    the heading over them that has nothing else under it ("More opinion"); inside it they
    are paragraphs. A linked heading over a story's whole text stays (a weekly edition)."""
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"] + [len(blocks)]
    teasers = {
        start for start, end in zip(heads, heads[1:])
        if _links_away(blocks[start], url) and end - start - 1 <= TEASER_BLOCKS
        and sum(len(b.text) for b in blocks[start + 1 : end]) <= TEASER_CHARS
    }
    # a card: a heading over nothing but a short link to another page ("more", "Read on")
    cards = {start for start, end in zip(heads, heads[1:]) if end - start == 2 and _more_link(blocks[start + 1], url)}
    # Most of the page's headings links to other pages, each over its blurb, from the first
    # half of its text on: a roundup of links (a newsletter's), whose items are its parts. (A
    # box of other stories comes after an article's text.)
    before = sum(len(b.text) for b in blocks[: min(teasers)]) if teasers else 0
    roundup = len(teasers) >= 4 and 2 * len(teasers) >= len(heads) - 1 and 2 * before <= sum(len(b.text) for b in blocks)
    runs: list[list[int]] = []  # [first block, end, teasers in it]
    either = teasers | cards
    for start, end in zip(heads, heads[1:]):
        if start not in either:
            continue
        if runs and runs[-1][1] == start:
            runs[-1][1:] = [end, runs[-1][2] + 1]
        else:
            runs.append([start, end, 1])
    for first, end, count in reversed(runs):
        if (count < 2 and first not in cards) or roundup:
            continue
        if count >= 2 and first > 0 and blocks[first - 1].kind == "heading":
            first -= 1  # the teasers' title
        if end == len(blocks):
            del blocks[first:end]
        else:
            blocks[first:end] = [_as_paragraph(b) if b.kind == "heading" else b for b in blocks[first:end]]


MORE_LINK_WORDS = 3


def _more_link(block, url: str | None) -> bool:
    """A paragraph that is one short link to another page: a card's "more" button."""
    if block.kind != "paragraph" or not 0 < len(block.text.split()) <= MORE_LINK_WORDS:
        return False
    links = [s for s in block.spans if s.style == "link" and s.target and not s.target.startswith("#")]
    return len(links) == 1 and links[0].end - links[0].start >= len(block.text.strip()) - 1


def _links_away(block, url: str | None) -> bool:
    """A heading whose words are mostly a link to another page (not a place on this one)."""
    if block.kind != "heading":
        return False
    page = (url or "").split("#")[0]
    linked = sum(
        s.end - s.start for s in block.spans
        if s.style == "link" and s.target and not (s.target.startswith("#") or (page and s.target.startswith(page + "#")))
    )
    return linked * 2 >= len(block.text.strip()) > 0


# A short run-in label before a link: "Read more: ", "Lire aussi : ", "Learn more: ".
_RUN_IN_LABEL = re.compile(r"^([^:\n]{1,40}?)\s?:\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _link_to_another_story(block) -> bool:
    """A paragraph that is a short label and a link to another story's headline ("Read
    more: Looted art: Germany sets up an office"): related-link residue, not the text."""
    if block.kind != "paragraph":
        return False
    label = _RUN_IN_LABEL.match(block.text)
    if label is None or len(label.group(1).split()) > 3:
        return False
    rest = block.text[label.end() :].strip()
    linked = [block.text[s.start : s.end] for s in block.spans if s.style == "link" and s.start >= label.end()]
    covered = sum(len(text) for text in linked)
    return bool(rest) and covered >= len(rest) - 2 and len(_WORD.findall(" ".join(linked))) >= 4


def _squash(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())

    return squash(a) == squash(b) or squash(b).startswith(squash(a))
