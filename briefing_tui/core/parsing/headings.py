"""What a heading looks like, and the short label and kind the outline gives it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..numbered import NUMBERED, number_of  # "1. Start small": a number opening a heading
from .metadata import WIRE_DATELINE, is_date_line, is_dated_stamp

# Known Forbes-style headings: normalised heading -> (outline label, kind).
KNOWN_HEADINGS: dict[str, tuple[str, str]] = {
    "topline": ("Topline", "topline"),
    "top line": ("Topline", "topline"),
    "key facts": ("Key Facts", "key_facts"),
    "key fact": ("Key Facts", "key_facts"),
    "key background": ("Background", "background"),
    "background": ("Background", "background"),
    "contra": ("Contra", "contra"),
    "crucial quote": ("Quote", "quote"),
    "key quote": ("Quote", "quote"),
    "big number": ("Big Number", "big_number"),
    "tangent": ("Tangent", "tangent"),
    "chief critic": ("Chief Critic", "chief_critic"),
    "chief critics": ("Chief Critic", "chief_critic"),
    "main critic": ("Chief Critic", "chief_critic"),
    "surprising fact": ("Surprising Fact", "surprising_fact"),
    "what to watch for": ("Watch", "watch"),
    "what to watch": ("Watch", "watch"),
    "what we don't know": ("Unknowns", "unknowns"),
    "what we do not know": ("Unknowns", "unknowns"),
    "what we don’t know": ("Unknowns", "unknowns"),
    "further reading": ("Reading", "reading"),
    "news peg": ("News Peg", "news_peg"),
    "key takeaways": ("Takeaways", "takeaways"),
    "timeline": ("Timeline", "timeline"),
    "big picture": ("Big Picture", "big_picture"),
    "what's next": ("Next", "next"),
    "what happens next": ("Next", "next"),
    "latest": ("Latest", "latest"),
    "crucial context": ("Context", "context"),
}

# Words a Title Case heading may leave in lower case.
SMALL_WORDS = frozenset(
    "a an the and but or nor for of on in to at by with from vs vs. via as per into over "
    "up off out is are was were be than so if".split()
)
# Lines that name a figure, a table or a credit: never headings.
CAPTION = re.compile(
    r"^(?:table|figure|fig\.|chart|graph|graphic|map|photo|photograph|image|picture|source|"
    r"sources|note|notes|credit|credits|exhibit|illustration|video|caption|audio|listing|algorithm|"
    r"diagram|scheme|screenshot|plate|pictured|(?:main|top|lead|header|featured?|hero) (?:image|picture|photo))\b"
    r"\s*(?:\d+[a-z]?|[ivxlc]+)?\s*[:.\-—–]"
    # "Figure 3 Water levels by month": a numbered figure or table, with or without a colon.
    r"|^(?:table|figure|fig\.|chart|map|plate|exhibit|photo|image|illustration)\s+\d+(?:\.\d+)*[a-z]?\s+\S"
    # "Garda cars parked at night (stock)": a picture's caption with its kind in brackets.
    r"|^.{3,120}\((?:stock|stock (?:image|photo|picture)|file|file (?:image|photo|picture)|library (?:image|photo|picture)|pictured|archive)\)$",
    re.IGNORECASE,
)
# A table's row copied as text: cells between "|", tabs or runs of spaces ("Kallo  11,447  -28.6%": two
# spaces before a figure are a cell's edge too).
TABLE_ROW = re.compile(r"\t|\S {3,}\S|\S {2}[-+−$£€]?\d[\d,.]*%?(?: |$)|\s\|(?:\s|$)|^\|")
LIST_MARKER = re.compile(r"^(?:--|[•·▪◦‣●○■□➢►*+\-–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+(?=\S)")
_WORD = re.compile(r"[^\s]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def normalise_heading(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, no trailing colon or stray marks."""
    text = text.translate(_APOSTROPHES).strip().rstrip(":?").strip()
    text = text.strip("*_#").strip()
    return " ".join(text.lower().split())


def known_heading(text: str) -> tuple[str, str] | None:
    """The (label, kind) of a known Forbes-style heading, or None."""
    return KNOWN_HEADINGS.get(normalise_heading(text))


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


def is_all_caps(text: str) -> bool:
    """True when every letter is upper case and there are at least two of them."""
    letters = _letters(text)
    return len(letters) >= 2 and letters.isupper()


def _capitalised(word: str) -> bool:
    core = word.strip("\"'“”‘’()[]{}.,;:!?*_—–-&")
    if not core:
        return True
    first = core[0]
    # "iPhone", "eSports", "mRNA": a name written with a small letter first is capitalised too.
    return first.isupper() or first.isdigit() or first in "$€£%#&" or _CAMEL_NAME.match(core) is not None


_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z]")


def is_title_case(text: str, tolerance: int = 0) -> bool:
    """True when every word but small connecting words starts with a capital or a digit.

    tolerance lets that many lower-case words through (long question headings).
    """
    words = _WORD.findall(text)
    if not words or not _capitalised(words[0]):
        return False
    if not any(_letters(w) for w in words):
        return False
    misses = 0
    for word in words[1:]:
        core = word.strip("\"'“”‘’()[]{}.,;:!?*_").lower()
        if not core or core in SMALL_WORDS or _capitalised(word):
            continue
        misses += 1
        if misses > tolerance:
            return False
    return True


_ABBREVIATIONS = frozenset(
    "Inc. Co. Corp. Ltd. Jr. Sr. St. Dr. Mr. Mrs. Ms. No. Nos. Bros. Gen. Gov. Sen. Rep. Prof. "
    "Rev. Hon. Capt. Col. Lt. Sgt. Adm. Maj. Mt. Ft. Ave. Blvd. vs. etc. Dept. Univ. Assn.".split()
)


def ends_like_sentence(text: str) -> bool:
    """True when a line ends as a sentence does (a full stop that is not an abbreviation)."""
    text = text.rstrip(" \"'”’)")
    if not text:
        return False
    if text[-1] in ",;":
        return True
    if text[-1] != ".":
        return False
    words = text.split()
    last = words[-1]
    # "U.S." or "Inc." at the end of a line is an abbreviation, not a full stop; "Iran."
    # or "Peru." ends a sentence, and so does a word alone ("No.").
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", last):
        return False
    if re.fullmatch(r"[A-Z]\.", last) and len(words) >= 2 and words[-2][:1].isupper() and words[-2][-1:].isalpha():
        return False  # "David E.": a name's initial
    return len(words) == 1 or last not in _ABBREVIATIONS


# A first word in quotation marks, then the rest of a heading: "‘Hardened’ Systems".
# A heading in sentence case whose first words are quoted: "‘Freeze-thaws’ linked to …".
_QUOTED_FIRST = re.compile(r"^(?:‘(?P<a>[A-Z][\w-]*(?: [\w-]+){0,2})’|“(?P<b>[A-Z][\w-]*(?: [\w-]+){0,2})”|\"(?P<c>[A-Z][\w-]*(?: [\w-]+){0,2})\")(?P<rest>(?: [\w’'-]+){2,10})$")
_QUOTED_HEAD = re.compile(r"^(?:‘(?P<a>[A-Z][\w-]*)’|“(?P<b>[A-Z][\w-]*)”|\"(?P<c>[A-Z][\w-]*)\")(?P<rest>(?: [A-Z][\w-]*| (?:of|and|the|in|for|on|to|a)){1,5})$")


# Credits and agency tags: "Getty Images", "AP Photo/Jane Doe", "(Reuters)".
_CREDIT = re.compile(
    r"\b(?:getty images|shutterstock|ap photo|afp via|associated press|photo(?:graph)?s? by\b:?|"
    r"courtesy of|image credit|illustration by|cc[ -]by(?:-\w+)*|cc0|creative commons(?=\s*(?:$|licen[cs]e|attribution|by\b|[-/,;)]))|public domain)\b|"
    # "Visualization Credit: Ann Lee", "Graphic credits: …": a picture's credit by its label.
    r"^(?:[\w-]+ )?credit\s?:\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$|^\((?:[A-Z][\w ]{1,30})\)$|\((?:AP|AFP|Reuters|UPI|CNN)\)"
    # A credit in brackets by its label: "(Artist: Ann Lee)", "(Photo by: Harbour Post)".
    r"|^\((?:photo|photograph|image|picture|illustration|artist|art|artwork|credit|video|graphic)s?(?: by)?\s?:\s?[^():]{1,60}\)$"
    # A stock library's or a shared archive's name alone under a picture: "Adobe Stock",
    # "iStock", "Wikimedia Commons".
    r"|^(?:adobe stock|istock(?:photo)?|unsplash|pexels|pixabay|dreamstime|wikimedia(?: commons)?|flickr)$"
    # Where a post was taken from, named alone: "Via Gawker", "via The Daily Beast".
    r"|(?-i:^[Vv]ia\s+(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}$)"
    # A picture taken from a post, its account then the platform: "Al-Alli FC - Twitter".
    r"|^[^.!?]{2,40}\s[-–—|/]\s(?:twitter|x|instagram|facebook|tiktok|youtube)$"
    # A site's address and the platform a picture was pinned or posted on: "kessakitchen.com/Pinterest",
    # "Instagram/@annlee", "Flickr/Ann Lee".
    r"|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/(?:pinterest|instagram|flickr|twitter|x|facebook|tiktok|youtube|unsplash)$"
    r"|(?-i:^(?:Pinterest|Instagram|Flickr|Twitter|Facebook|TikTok|YouTube|Unsplash)/\s?@?[\w.'’-]+(?:\s[A-Z][\w.'’-]*){0,2}$)"
    # "Jane Doe/AFP", "Ann Lee Images/Moodboard/Getty", "Jan Kos/Harbour Images", "Ann Lee/ Harbour
    # News": a photographer's name, a slash, an agency.
    # Not a heading's two words set apart so ("Study Your Target/Interviewer Beforehand").
    r"|(?-i:^(?!(?:[A-Z][\w.'’\-]*\s+){0,3}(?:Your|Our|My|Their)\b)(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*(?:/\s?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})+$)"
    # "Bheki/ Informal Traders/ City of Johannesburg": a photographer and who supplied the
    # picture, set apart by two slashes or more.
    r"|(?-i:^[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2}(?:\s?/\s?[A-Z][\w.'’\-]*(?:\s(?:of\s|the\s)?[A-Z][\w.'’\-]*){0,3}){2,}$)"
    # "Ann Lee / The Herald": a photographer and the paper.
    r"|(?-i:^[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}\s+/\s+(?:The\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}$)"
    # An agency's name alone under a picture: "Reuters", "AP Photo", "EPA-EFE".
    r"|(?-i:^(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|PA(?: Media| Wire)?|Getty|Bloomberg|Xinhua|Anadolu|Alamy"
    # The wires of other countries, as their papers credit them: "PTI", "IANS", "Yonhap".
    r"|PTI|IANS|ANI|UNI|UPI|DPA|dpa|AAP|ANSA|TASS|KUNA|IRNA|Yonhap|Kyodo|Bernama|Antara)(?: (?:Photo|Images|via Getty Images))?$)"
    # "AFP, OSLO", "Bloomberg, NEW YORK": a wire's name and its dateline in capitals.
    r"|(?-i:^[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)?,\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2}$)"
    # "EPA-EFE/Lena Vogt", "REUTERS/Ann Lee": an agency in capitals, a slash, its photographer.
    r"|(?-i:^[A-Z]{2,}(?:-[A-Z]{2,})?\s?/\s?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,2}$)"
    # "HANDOUT/REUTERS", "Police handout/AFP", "Handout": a picture given out, and who passed it on.
    r"|^(?:[\w.\-]+(?: [\w.\-]+)?\s?/\s?)?handout(?:\s?/\s?[\w.\-]+(?: [\w.\-]+)?)?$|^[\w.\-]+(?: [\w.\-]+)? handout\s?/\s?[\w.\-]+$"
    # "(With inputs from PTI)", "With agency inputs": the wires a story draws on.
    r"|^\(?with (?:\w+ )?inputs? from\b|^\(?with (?:agency|wire) inputs\)?$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]@[\w-]+\.\w")
# One word set twice with no space, as a picture's name comes off a page: "HarbourbridgeHarbourbridge".
_DOUBLED_WORD = re.compile(r"(?i)([a-z][a-z'’-]{3,})\1")
# A setting or a variable given its value, as code and config files write it: "API_KEY=abc".
_ASSIGNMENT = re.compile(r"^[A-Za-z_][\w.]*\s?[:+-]?=\s?\S+$")
# "D- is it", "thr- player three": a word broken off by a speaker, a hyphen and a space after
# its first letters ("pre- and post-war" shares its ending instead).
_FALSE_START = re.compile(r"(?:^|\s)[A-Za-z]{1,5}-\s(?!(?:and|or|to|&|nor)\b)")
# "Where: Harbour Hall", "Tickets: $25": a field of an event's or a place's details and its value.
_EVENT_FIELD = re.compile(
    r"^(?:when|where|venue|date|time|cost|price|tickets?|admission|location|address|phone|tel|website|hours|opening hours)\s*:\s+\S",
    re.IGNORECASE,
)
# "Ann Lee @annlee", "@herald": an account's handle, under a post or a byline.
_HANDLE = re.compile(r"(?:^|\s)@[A-Za-z_]\w{1,30}\b")
# A picture's label left by copying a page: "Image source, Getty Images", "Image caption,
# Crowds at the gate", "Media caption, …", "Photo credit: …".
_PICTURE_LABEL = re.compile(r"^(?:image|photo|picture|media|video)\s+(?:source|caption|credit)s?\b", re.IGNORECASE)
# "Armen Lee's picture": the label of an author's photo.
_PICTURE_OF = re.compile(r"^[A-Z][^.!?:]{0,40}['’]s (?:picture|photo|image|avatar)$", re.IGNORECASE)


# "Photos by: Ann Lee", "Photograph by Jan Kos": who took the pictures, over the first of them.
_TAKEN_BY = re.compile(r"^(?:photo(?:graph)?s?|pictures?|images?)\s+by\b", re.IGNORECASE)


def is_picture_credit(line: str) -> bool:
    """A picture's label waiting for its words ("Media caption,", "Image caption:") or who took
    the pictures ("Photos by: Ann Lee"): a short line under it is the picture's caption. An
    agency's credit alone ("Getty Images") may close a picture at a section's end."""
    text = line.strip()
    if len(text.split()) > 16:
        return False
    return bool(_PICTURE_LABEL.match(text) and text.endswith((",", ":"))) or bool(_TAKEN_BY.match(text))


def is_page_residue(line: str) -> bool:
    """A page's own words left among the article's ("Advertisement", "Story continues below
    advertisement", "Share this article"): what a heading may stand over, above its text."""
    text = line.strip().rstrip(":").strip()
    return 0 < len(text.split()) <= 12 and _RESIDUE.match(text) is not None


def is_credit_line(line: str) -> bool:
    """A picture's credit or label standing alone ("Image source, Getty Images", "Photo: AP",
    "Jane Doe/AFP"): what a heading may stand over, above its text."""
    text = line.strip()
    return len(text.split()) <= 16 and bool(_PICTURE_LABEL.match(text) or CAPTION.match(text) or _CREDIT.search(text))


# A writer's role: "Staff writer", "Live reporter", "Chief Political Analyst and Chief Blogger".
_ROLE_NOUN = r"(?:writer|reporter|columnist|correspondent|contributor|analyst|blogger|editor)s?"
_ROLE_WORD = (
    r"(?:(?:senior|chief|staff|guest|political|contributing|special|foreign|deputy|live|lead|local|news|sports?|"
    r"business|digital|economics?|health|science|education|environment(?:al)?|tech(?:nology)?|crime|courts?|"
    r"investigative|entertainment|arts|culture|travel|food|music|film|weather|associate|executive|managing|"
    r"international|national|social media|audience) ){0,3}"
    rf"{_ROLE_NOUN}"
)
_ROLE = rf"{_ROLE_WORD}(?: (?:and|&) {_ROLE_WORD})?"
# "Ann Lee – Health Editor", "Jan Kos | Staff Writer": a writer's name and role, a byline.
ROLE_BYLINE = re.compile(
    r"^(?P<who>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))\s*(?:[–—|,]|\s-)\s*" + _ROLE + "$", re.IGNORECASE
)

# A writer's role alone, the line under the byline: "Seattle Times business reporter".
ROLE_LINE = re.compile(rf"^(?:[\w.&'’-]+ ){{0,4}}{_ROLE_NOUN}$", re.IGNORECASE)

# A page's call to the reader, a button's or a banner's words: "Find out more", "Start the
# conversation", "Got a TV Licence?". Over a paragraph it may head it ("Learn more" over where to
# write); over a line of a few words, a button's or another box's, it is the page's.
_CALL_TO_ACT = re.compile(
    r"^(?:(?:find out|learn|discover|hear|know|read|see) more|(?:start|join|continue) the (?:conversation|discussion|debate)|"
    r"(?:got|have) (?:a|an|your) (?:[\w'’-]+ ){0,2}[\w'’-]+\?)$",
    re.IGNORECASE,
)


def is_call_to_act(line: str) -> bool:
    """ "Find out more", "Start the conversation", "Got a TV Licence?": a page's call to the reader."""
    return _CALL_TO_ACT.match(line.strip()) is not None


# A page's button or promo line, never a heading wherever it stands: "Join The Harbour Post
# Channel", "Follow us on WhatsApp", "Get the Harbour News App", "Download our app".
_PROMO = re.compile(
    r"^(?:join (?:the |our )?(?:[\w&'’.-]+ ){0,4}(?:channel|community|newsletter|group|whatsapp channel)"
    r"|follow (?:us|[\w&'’.-]+(?: [\w&'’.-]+){0,3}) on (?:[\w.-]+)(?:(?:,| and| &| or) [\w.-]+){0,4}"
    r"|(?:get|download|install) (?:the |our )?(?:free )?(?:[\w&'’.-]+ ){0,4}app"
    r"|subscribe to (?:the |our )?(?:[\w&'’.-]+ ){0,3}(?:newsletter|channel|podcast)"
    # "Sign up for the Harbour Post newsletter", "Sign up to our daily briefing".
    r"|sign up (?:for|to) (?:the |our |a )?(?:free )?(?:[\w&'’.-]+ ){0,3}(?:newsletters?|briefing|bulletin|alerts|emails?|digest)"
    # "Learn more about our programs", "Check out our reports": a link to the site's own pages.
    r"|(?:learn|find out|read|discover|see) more about (?:us|our (?:[\w&'’.-]+ ){0,3}[\w&'’.-]+)"
    r"|check out our (?:[\w&'’.-]+ ){0,5}[\w&'’.-]+"
    # "Enlarge Photo", "View Gallery": a picture's button.
    r"|(?:enlarge|expand|view) (?:photo|image|picture|gallery|slideshow)s?"
    # "Visit ABB", "Visit Boston Dynamics": a listicle's button to a firm's site, its name alone.
    r"|visit (?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})"
    # "Boom!", "Voila!": an interjection alone; a cry of praise or thanks ("Good stuff!",
    # "Thanks Ann!", "Congrats!").
    r"|(?:boom|voila|voilà|wow|yikes|bingo|whoa|phew|oops|ta-da|yay|hooray|eureka|bam|ouch|ugh)!+"
    r"|(?:good|great|nice|thanks|thank you|well done|congrats|congratulations|cheers|enjoy|awesome)(?: [\w'’-]+){0,2}!+"
    # "Click on Image to Learn More", "Click here to enlarge": a link's or a picture's prompt.
    r"|click (?:on |the )?(?:here|image|picture|photo|graphic|chart|map|link|below|above)(?: to [\w&'’.-]+(?: [\w&'’.-]+){0,4})?"
    # "Unite against the virus, visit covid19.govt.nz": a banner sending the reader to a site.
    r"|(?:[^.!?]{0,60}[,:–—-] )?(?:visit|go to|see|head to|log on to) (?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?"
    # "Want to get the latest news in your Facebook feed?": a page's call to follow it.
    r"|(?:want|would you like|do you want) to (?:get|receive|see|hear) [^?]{0,80}(?:feed|inbox|newsletter|facebook|twitter|instagram|whatsapp)\?)[.!]?$",
    re.IGNORECASE,
)


def is_promo_line(line: str) -> bool:
    """ "Join The Harbour Post Channel", "Follow us on WhatsApp": a page's button, no heading."""
    return _PROMO.match(line.strip()) is not None


# The label of a box of other stories' links a page sets under or beside its article ("Most
# Popular", "Trending now", "You may also like", "More messages from your neighbours"), and a
# paper's note ending its story ("Published in Dawn, August 8th, 2018"): what follows is the
# page's, not the article's (forbes.py).
_LINK_BOX_LABEL = (
    r"most (?:read|popular|viewed|shared|watched|commented)|trending(?: now| stories| news)?|"
    r"related (?:stories|articles|coverage|content)|you (?:may|might) (?:also )?like|"
    r"recommended(?: for you| stories| reading| articles)?|top stories|more stories|read next|popular(?: now| stories)?|"
    r"more (?:stories|posts|messages|articles|news) from [\w'’ .-]{2,40}|published in [\w'’ .-]{2,40}, [\w ,]{4,30}\d{4}"
)
LINK_BOX = re.compile(_LINK_BOX_LABEL, re.IGNORECASE)

# Web-page residue standing alone: never a heading.
# A radio's player, its words left by copying a page: "On Air Now …", "Now Playing …".
_PLAYER = r"(?:on air now|now playing)\b"
PLAYER_LINE = re.compile(_PLAYER, re.IGNORECASE)
# "Business / International News / Lifestyle / U.S. News": the sections a page files it under.
_SECTIONS_FILED = r"(?-i:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2})(?: / (?-i:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2})){2,}"
SECTIONS_FILED = re.compile(_SECTIONS_FILED)
_RESIDUE = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|summary list placement|share(?: this)?(?: article| story)?|subscribe|"
    r"sign up|related(?: articles| stories| coverage)?|read more|see also|"
    r"continue reading|story continues below|skip advert|comments?|show comments|listen|follow us|connect with us|stay connected|register(?: now| here)?|"
    # A page's boxes of links and its footer: "You may also like", "Most viewed", "Read next".
    + _LINK_BOX_LABEL
    + r"|you (?:may|might) (?:also )?(?:enjoy|be interested in)|related (?:topics|links|posts|reading|videos?)|"
    r"editor['’]?s['’]? picks?|"
    r"(?:watch|up) next|also read|don['’]?t miss|leave a (?:reply|comment)|cancel reply|post navigation|"
    r"(?:see|explore|view|load|show) more|more in \w+|copy link|print(?: this)?(?: page| article| story)?|"
    r"subscribe (?:now|today)|skip to (?:the )?(?:main |page )?content|skip to (?:the )?(?:main )?(?:navigation|menu)|privacy policy|terms (?:of|and) (?:use|service|conditions)|"
    r"newsletters?|filed under|tags|listen to (?:this )?(?:article|story)|"
    # A page's menu named as such: "Menu", "Top Menu", "Main navigation".
    r"(?:(?:top|main|site|primary|secondary|mobile|footer|header) )?(?:menu|navigation)|"
    r"buy now|get started|download(?: now)?|sign up now|join us|donate(?: now)?|translate(?: this)? page|listen live|"
    # A listing's buttons under each place: "Get Directions", "Book now", "View on map".
    r"get directions|book (?:now|online|tickets)|buy tickets|(?:view|show|see) (?:on (?:a |the )?)?map|check availability|"
    # A card's counter ("Card 1 of 6"), an embedded post's counts run together
    # ("36,804Likes9,069Retweets").
    r"(?:card|slide|photo|image|picture) \d{1,3} of \d{1,4}|"
    r"\d[\d,.]*[km]?\s*likes?\s*\d[\d,.]*[km]?\s*(?:retweets|reposts|comments|shares)|"
    # The mark closing a press release: "ENDS"; a story's: "THE END".
    r"ends|the end|"
    # A picture's or a player's controls and a comment box, left as words by copying a page.
    r"image|photo|fullscreen|full screen|enlarge(?: this image)?|expand|close|save|print|email|"
    # "Hide caption", "Toggle caption", "View image in fullscreen": a picture's buttons.
    r"(?:hide|show|toggle|expand|close) caption|view (?:image|photo|picture) in full ?screen|"
    r"reply|next|previous|back to (?:the )?(?:top|start|contents|table of contents|index)|back to (?:all )?(?:news|articles|stories|posts|blog|press releases|media releases)(?: listing| list| index| page| home)?|post a comment|leave a comment|add a comment|"
    r"continue reading(?: the main story| below)?|sign up for (?:our|the) newsletters?|exclusive|"
    # A page's calls under an article: "Watch the video", "View comments", "Report an error".
    r"(?:watch|play) (?:the )?video|view (?:all )?comments|"
    # A paper's appeal for money: "Support The Harbour Post", "Already contributed? Log in to hide these messages".
    r"support (?-i:(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})|already (?:contributed|a (?:member|subscriber|supporter))\?.*|"
    r"report an? (?:error|typo|correction|issue)|get the latest(?: news| updates)?|download (?:the|our) app|"
    r"posted in(?: [\w&-]+){1,3}|(?:photo|image|video) gallery|"
    # A picture's credit with no name: "File photo", "Supplied", "Contributed photo".
    r"(?:file|contributed|supplied|submitted|stock|handout) (?:photo|image|picture)|supplied|handout|photo illustration|"
    # An advertiser's part of the page: "Paid content", "This content is sponsored", "Also on the Herald".
    r"(?:paid|partner|promoted|branded) (?:content|post|partnership)|this (?:content|article|story|post) (?:is|was) (?:sponsored|paid for)|"
    r"also on (?:the )?\w+(?: \w+)?|"
    r"found this helpful\??|was this (?:page|article) helpful\??|powered by \S+|"
    # A recipe card's buttons, a live page's alert prompt, a video's label alone.
    r"jump to recipe(?: print recipe)?|print recipe|pin recipe|get alerts(?: for live updates)?|turn on notifications|"
    # What an embedded post or video leaves: "View this post on Instagram", "Watch on YouTube".
    r"(?:view|see) this (?:post|photo|video|tweet) on \w+|watch (?:this video )?on \w+|"
    # A gallery's counter and its buttons: "1 of 39 Photos", "Next »", "« Previous".
    r"\d{1,3} of \d{1,4} (?:photos|images|pictures|slides|videos)|(?:next|previous|prev|more)\s*[»›→>]{1,2}|[«‹←<]{1,2}\s*(?:previous|prev|back|next)|"
    # A count under an article: "Comments (74 posted)", "12 comments", "3 replies".
    r"comments?\s*\(\d[^()]*\)|\d[\d,.]*[km]?\s+(?:comments?|replies|responses|shares|likes|views)|"
    # A note on who may read: "Subscribers only", "Free to read".
    r"(?:subscribers?|members?|premium) only|subscriber exclusive|free to read|"
    # A note set over the story by its editors: "EDITOR’S NOTE".
    r"editor['’]?s['’]? note|"
    # A sponsor's or a publisher's label, its name set apart or lost: "Presented by",
    # "Published By", "In partnership with".
    r"(?:presented|published|sponsored|brought to you|supported|funded|hosted|made possible|underwritten) by|"
    r"in (?:partnership|association) with|"
    # A picture's label left by copying a page: "Title icon", "Share icon", "Company logo",
    # "Collage image".
    r"(?:[\w'’-]+ ){0,2}(?:icon|logo)s?|(?:[\w'’-]+ ){1,2}(?:image|picture)|"
    # A picture's description written for those who cannot see it: "Decorative banner with …",
    # "Image of a lighthouse at dusk".
    r"decorative (?:image|banner|graphic|picture|photo|illustration|header)\b.{0,80}|(?:an? )?(?:image|photo|picture|illustration) of .{1,80}|"
    # A logo's alt text with its file's size ("Harbour FM logo - horizontal-resized"); a menu's
    # button ("Toggle mobile menu visibility"); a radio's player ("On Air Now …", "Now Playing …").
    r"(?:[\w'’-]+ ){0,3}logo\s[-–]\s[\w-]+|toggle (?:[\w-]+ ){0,2}(?:menu|navigation|search)(?: visibility)?|"
    + _PLAYER
    + r".{0,60}|"
    # A post's writer on a community site: "Ann Lee from Harbourly.co.nz".
    r"(?:[\w'’.-]+ ){1,4}from (?:[\w-]+\.)+[a-z]{2,6}|"
    # A newsletter's and an account's calls: "Sign up for the Morning Briefing", "Log in",
    # "Already a subscriber?", "Thank you for signing up".
    r"(?:sign up|subscribe|register) (?:to|for)\b[^.!?]{0,60}|get (?:our|the) (?:free |daily |weekly )?(?:\w+ )?newsletters?|"
    r"enter your e-?mail(?: address)?|thank you for (?:signing up|subscribing)|"
    r"log ?in|sign ?in|log ?out|sign out|create (?:an|your|a free) account|already (?:a subscriber|a member|have an account|registered)\??|"
    # A share button's name alone: "Facebook", "WhatsApp", "Tweet"; a call to follow.
    r"facebook|twitter|whatsapp|tweet|pinterest|linkedin|instagram|telegram|reddit|flipboard|"
    r"follow(?: (?:this|the) (?:author|topic|writer|reporter))?|click (?:here )?to (?:follow|subscribe|share|enlarge|expand|view|play|listen|watch|read more)|"
    r"follow (?:[\w&'’.-]+ ){1,4}on (?:facebook|twitter|x|linkedin|instagram|whatsapp|youtube|tiktok|threads|bluesky)|"
    # A page's controls: "Loading…", "Link copied", "Gift this article", "Open in app".
    r"loading(?:\.{3}|…)?|ad|link copied|(?:gift|save|bookmark) (?:this )?(?:article|story)|open (?:in|the) app|get the app|"
    r"(?:next|previous|prev) (?:article|story|post)|explore more on (?:these|this) topics?|"
    # A story's state: "This is a developing story", "This article is more than 2 years old".
    r"(?:this is a )?developing story|this (?:story|article) (?:has been|was|will be) updated\b[^.!?]{0,60}|"
    r"this (?:article|story) is (?:more than|over) \w+ (?:years?|months?) old|this (?:article |story )?was published \w+ (?:years?|months?|weeks?|days?) ago|"
    # A page's widgets: "Now Reading :", "Text size Aa Aa".
    r"now reading\s*:?|text size(?: aa)*|we['’]re sorry, this feature is currently unavailable\b.{0,80}|"
    # "Staff writer, with CNA", "Herald staff", "Staff and agencies": the paper's staff as its writer.
    r"(?:staff|wire) (?:writers?|reporters?)(?:,? (?:with|and) [\w .&'’-]{2,30})?|staff and agencies|(?-i:(?:[A-Z][\w'’.&-]* ){1,3}staff)|"
    # A paper's pitch to its readers: "Support local journalism", "Got a news tip?", "Thank you for reading".
    r"support (?:our|local|independent|quality|trusted) (?:journalism|reporting|newsroom)|thank you for reading|your support matters|"
    r"(?:got|have) a (?:news |story )?tip\??|want more (?:stories|news|articles)(?: like this)?\??|"
    r"stay informed|don['’]t miss (?:a|another) (?:story|thing|beat)|"
    # A page's cookie banner, its script warning and its controls: "Accept all cookies", "Please
    # enable JavaScript", "Close search", "UK edition", "Ad Feedback", "Show key events only".
    r"(?:accept|reject|allow|manage)(?: all)? cookies|cookie (?:settings|preferences|policy|notice|consent)|we use cookies|"
    r"manage (?:preferences|consent|your (?:cookies|preferences))|(?:please )?(?:turn on|enable) javascript\b[^.!?]{0,60}|"
    r"(?:open|close|toggle) (?:the )?(?:menu|search|navigation)|my account|advertise with us|ad feedback|show key events only|"
    r"(?:uk|us|au|international|global|europe|asia|africa|australia|india|canada) edition|watch live|vote now|"
    # A story's stamp alone, a TV page's weather box: "Updated", "Weather Alert".
    r"updated|weather alerts?|"
    # A picture's file name left by copying a page: "CRASH SCENE WEB IMAGE.jpg".
    r"[^\s].{0,80}\.(?:jpe?g|png|gif|webp)|"
    # A poll's answers: "Yes", "No", "Not sure".
    r"yes|no|not sure|"
    # A newsletter's lines over its text: "View this email in your browser", "Forward this email
    # to a friend", a link its archive took out ("[link removed]").
    r"(?:view|read|open) (?:this|the) (?:e-?mail|message|newsletter)(?: (?:in|on|as) (?:your|a|the) (?:web ?)?(?:browser|page))?(?:\s*\([^()]{0,40}\))?|"
    r"forward (?:this|the) (?:e-?mail|message|newsletter)(?: to a friend)?(?:\s*\([^()]{0,40}\))?|\[link removed\]|"
    # "Sponsored by Harbour Bank": a sponsor's label and its name.
    r"(?:presented|sponsored|brought to you|underwritten|powered) by (?-i:[A-Z])[^.!?]{0,40}|"
    # A writer's role alone under the name: "Staff writer", "Guest columnist".
    # "Live reporter", "Chief Political Analyst and Chief Blogger"; and a name with it: "Ann Lee –
    # Health Editor", "Jan Kos | Staff Writer": who wrote the piece, under or over it.
    r"(?:(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\s*(?:[–—|,]|\s-)\s*)?" + _ROLE + r"|"
    # "Ann Lee Senior Reporter": the name and a ranked role run together, with no mark between.
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} (?:Senior|Chief|Staff|Special|Foreign|Political|Deputy|Associate|Contributing) (?:Writer|Reporter|Correspondent|Editor|Columnist))|"
    # A link's lead-in left without its link: "For more information visit", "To find out more, call".
    r"(?:for )?more information,? (?:please )?(?:visit|contact|call|see|go to|e-?mail)|to find out more,? (?:visit|contact|call|see|go to)|"
    r")$"
    # A page's trail to the article: "Home > News > Politics", "Home / Local".
    r"|^(?:[\w&'’.-]+(?: [\w&'’.-]+){0,2}\s*[>»›]\s*){1,4}[\w&'’.-]+(?: [\w&'’.-]+){0,2}$|^home\s*/\s*\w"
    r"|^" + _SECTIONS_FILED + "$"
    # A page's calls around a story: "Join the conversation about this story »", "NOW WATCH: …",
    # "…read more".
    # A picture's file name left as its words: "HallinFell - Harbour - 28th June 9b149310".
    r"|^.{0,80}\s(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{6,}$"
    r"|^(?:join|start|continue) the (?:conversation|discussion|debate) (?:about|on) (?:this|the) (?:story|article|post|topic)\s*[»›>]*$"
    r"|^now (?:watch|read|listen)\s*:|^(?:…|\.{3})\s*read more\s*[»›>]*$"
    # A link to another story under its label: "Read more Ferry fares rise", "MUST READ | …", "MORE: …".
    r"|^(?:read more|must read|also read)\s*[:|»›>–-]?\s+(?-i:[A-Z0-9“\"‘])|^more\s*:\s"
    # A link's call to read or watch more: "Read the full transcript of the interview".
    r"|^(?:(?:read|watch|listen to|see|view|download) (?:the |our |a )?(?:full|complete|original|whole|latest)\b"
    r"|click here\b|tap here\b"
    # A page's controls and notes around the article: "Listen to this article", "Story
    # continues below advertisement", "Updated 3 hours ago", "Share on Facebook".
    r"|(?:listen to|share) this (?:article|story|page)\b|(?:story|article|content|text|report) continues\b|click to (?:enlarge|expand|play)\b"
    # "Scroll to continue with content", "Scroll down to read more": a page's prompt.
    r"|scroll (?:down |up )?to (?:continue|read|see|view)\b"
    r"|view (?:the )?(?:gallery|slideshow|photos?)\b|(?:updated|published|posted|last updated)\s+(?:on\s+)?\d"
    r"|(?:share|follow|like|find) (?:us |it |this )?on (?:facebook|twitter|x|linkedin|instagram|whatsapp|youtube|tiktok|reddit|pinterest)\b"
    # "Copyright 2024 Ann Lee", "Copyright © The Post": a notice, with its year, mark or
    # rights ("Copyright Complexity in a Fragmented World" may head a part).
    r"|all rights reserved\b|copyright\b(?:\s*(?:$|:|©|\(c\))|(?=.{0,80}(?:©|\(c\)|\b(?:19|20)\d\d\b|\brights\b)))|©|a (?:post|photo|video) shared by\b"
    # A box of links to other stories: "More about the federal debt", "More from Weather".
    r"|more (?:about|from|on) \w"
    # "Read more in Sport", "Most read in Business": a box of links named for its section.
    r"|(?:read )?more (?:in|from) \w|most (?:read|popular|viewed|shared|watched) (?:in|on|from) \w"
    # "View 2 Images", "See all 14 photos": a gallery's button and its count.
    r"|(?:view|see|show|open) (?:all )?\d+ (?:more )?(?:images|photos|pictures|pics)\b"
    # "Subscribe/Login to the newsletter": an account's buttons run together.
    r"|(?:subscribe|sign up|log ?in|sign in|register)\s?/\s?(?:subscribe|sign up|log ?in|sign in|register)\b"
    # "Applies to England and Wales": a government page's note of where its guidance holds.
    r"|applies to (?-i:[A-Z][\w’'.\-]*(?:(?:,| and| &) [A-Z][\w’'.\-]*)*)$"
    # "Have your say Cancel reply": a comment box's words run together.
    r"|.{0,40}\bcancel reply$"
    # Where a release comes from, by its letters: "From HRPD:".
    r"|from (?-i:[A-Z]{2,}(?: [A-Z]{2,})?):?$"
    # A link's call to act, ending in "here": "View traffic alerts here", "Report an outage here".
    r"|(?:view|check|see|read|watch|find|visit|report|track|sign up|register|apply|donate|order) [^.!?]{0,60}\b(?-i:here)$"
    # A credit: "Additional reporting by Ann Lee", "Graphics by Jan Kos", "Review by Ann Lee".
    r"|(?:additional )?(?:reporting|writing|editing|produced|graphics|video|photos?|photography|illustrations?|"
    r"posted|written|edited|compiled|translated|interactive|animation|reviewed|review|story|words|text|"
    r"interview|interviewed|images?|pictures?|maps?|charts?|designed|design|research|researched|filmed|recorded|"
    # "Opinion by Ann Lee", "Analysis by Jan Kos": the kind of piece and its writer.
    r"opinion|analysis|commentary|column|essay|perspective|explainer)"
    r"(?: and \w+)? by [A-Z]"
    # "Ann Lee contributed reporting", "The Associated Press contributed to this report".
    r"|(?:\S+ ){1,6}contributed (?:reporting|to this (?:report|story|article))"
    # "— Albert Einstein", "~ Ann Lee": the name under a quotation.
    r"|[—–~]\s*[A-Z]"
    # "Ann Lee is a health reporter at the Herald": the writer's note under the story.
    r"|(?-i:(?:[A-Z][\w.'’-]+\s+){1,3})(?:is|was) (?:an?|the) (?:[\w'’-]+ ){0,4}(?:reporter|writer|editor|correspondent|"
    r"columnist|journalist|contributor|producer|photographer|freelancer|intern|fellow)s?\b)",
    re.IGNORECASE,
)
# A web address standing alone: "Booking.com", "news.google.com", "www.example.org/page".
DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|info|biz|news|tv|me|uk|us|ca|au|ie|nz|in|de|fr)(?:/\S*)?"
)
# "LONDON (AP) —", "WASHINGTON —": a place in capitals opening wire copy.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’\-]{1,40}(?:\([\w .]{1,20}\))?\s*[—–-]+(?:\s|$)")
# A heading in capitals of two halves set apart by a dash, three words or more before it:
# "MEAL PLAN ON THE DIET — WHAT HAS WORKED FOR ME" (a dateline's town is followed by text).
# (Or four words or more before it and a word after: "CASINO OF THE YEAR – THEATER".)
_CAPS_HALVES = re.compile(
    r"[A-Z][A-Z'’]*(?: [A-Z][A-Z'’]*){2,}\s[—–]\s[A-Z][A-Z'’]*(?: [A-Z][A-Z'’!?]*)+"
    r"|[A-Z][A-Z'’]*(?: [A-Z][A-Z'’]*){3,}\s[—–]\s[A-Z][A-Z'’]{2,}"
)
# A dateline alone on its line, with its agency and no dash: "BERLIN (dpa)"; or with the
# day in figures, as wires file it: "BRUSSELS 1996-08-22".
_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z .,'’\-]{1,40}\s\((?:AP|Reuters|AFP|dpa|UPI|Xinhua|IANS|PTI|ANI|Bloomberg|CNN|BBC|PA|AAP|CP)\)"
    r"|" + WIRE_DATELINE.pattern
)
_BYLINE_START = re.compile(r"^(?:By|BY)\s+[A-Z]")
# A date standing alone ("14 August 1947", "MARCH 3, 2021", "8-May-2006"): a dateline.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[ -]{_MONTH}\b|{_MONTH}[ -]\d{{1,2}}\b|{_MONTH},? \d{{4}}\b)|\b\d{{4}}-\d\d-\d\d\b",
    re.IGNORECASE,
)
# The opening of a letter or a newsletter: "Dear Friends", "Hi Jean".
_SALUTATION = re.compile(r"^(?:dear|hi|hello|greetings|good (?:morning|afternoon|evening))\b(?![-’']| from\b)", re.IGNORECASE)
# "11:21 PM: Race call: Vance wins", "10:49 a.m.: Cold along the coast": a time, a colon, a headline.
_STAMPED_HEADLINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)\.?(?:\s+[A-Z]{2,4})?(?::|\s+[–—-])\s+(?P<headline>[A-Z].*)$")
# "Dear Ann: How do I …?": a reader's letter of one question to an advice column.
_LETTER = re.compile(r"^Dear (?:[A-Z0-9][\w.’'\-]*\s?){1,3}:\s+(?P<question>[A-Z][^:;]{10,200}\?)$")
# A question with its tag or put to someone by name: "Ironic, huh?", "What's the point in
# waiting now, Bennet?" (one comma, one word after it).
_TAG_QUESTION = re.compile(r"[^,]+, (?:huh|right|eh|no|[A-Z][a-z]+)\?")
# A run of thirty letters or more: a sequence or a code, never a heading's word.
_LONG_WORD = re.compile(r"[^\W\d_]{30,}")
# A blog post's stamp and its comment link: "… Post a Comment", "Leave a reply", "12 Comments".
_COMMENT_STAMP = re.compile(r"\b(?:Post a Comment|Leave a (?:[Cc]omment|[Rr]eply)|\d+ Comments?)$")
# "Method 1 of 3: Starting seeds", "Part Two: Delivery": a numbered part before a colon.
_NUMBERED_PART = re.compile(
    r"^(?P<part>[A-Z][\w’']*(?:\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+of\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten))?))(?:\s*:|\s+[-–—])\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Step 3. Find an angle", "Tip 4. Sleep on it": a step by its number and a full stop.
_NUMBERED_STEP = re.compile(r"^(?P<part>(?:Step|Part|Chapter|Tip|Rule|Lesson|Method|Phase|Stage|Option|Reason)\s\d{1,2})\.\s+(?P<rest>[A-Z].*)$")
# A year closing a short line: "in 2013", "(1738)", ", 1990" (a span "(1849–1850)" heads a part of a life).
_CAPTION_YEAR = re.compile(r"(?:\bin|\(|,)\s*(?:c\.\s*|circa\s+)?(?:1[0-9]{3}|20[0-9]{2})\)?$")
# A whole date ending a line ("ends on September 30, 2020"): when, not a picture's year.
_FULL_DATE_END = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},\s*\d{{4}}$", re.IGNORECASE)
# What a picture shows, said as a caption says it: "Portrait of Ann Lee by Jan Kos", "Ann Lee
# (left) with her brother", "Aerial view of the harbour".
_PICTURED = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:aerial|panoramic|general|distant)\s+)?(?:portrait|self-portrait|statue|bust|"
    r"painting|photograph|drawing|engraving|sketch|lithograph|woodcut|map|view|grave|tomb|gravestone|"
    r"headstone|signature|plaque|logo|coat of arms|seal|poster|cover|title page|frontispiece|"
    r"screenshot|screen shot|still|close-up|closeup|detail|headshot|head shot|mugshot)\s+(?:of|from|at|on|in|by)\s"
    r"|\((?:left|right|centre|center|top|bottom|above|below|pictured|seated|standing|front|back|"
    r"far left|far right|second (?:from )?(?:left|right))\)"
    # "Ann Lee, left, with her brother", "Ann and Jan Lee, right": who stands where, said between commas.
    r"|,\s(?:left|right|centre|center|far left|far right|second (?:from )?(?:left|right)|top|bottom|above|below|pictured),\s"
    r"|,\s(?:left|right|centre|center|far left|far right|pictured)$",
    re.IGNORECASE,
)
# "A tram driving up a hill in Lisbon", "Two boys fishing off the pier": who a picture shows,
# doing something somewhere, as a caption says it.
_SHOWN_DOING = re.compile(
    r"^(?:a|an|the|two|three|four|five|several|some)\s+(?P<who>(?:[\w'’\-]+\s+){1,2}?)[a-z]{2,}ing\s+"
    r"(?:up|down|in|on|at|near|through|across|over|into|along|past|off|by|outside|inside|around|under|toward|towards|beside)\s",
    re.IGNORECASE,
)
# A question asked as a request: "Tell me about …", "Describe …", "Walk us through …".
_REQUEST = re.compile(r"^(?:tell (?:me|us)|describe|explain|walk (?:me|us) through|talk (?:me|us) through|give (?:me|us) an example)\b", re.IGNORECASE)
# "One of the houses …", "One of Lee's letters": the one a picture shows, of many.
_ONE_OF = re.compile(r"^One of (?:the|his|her|their|its|our|[A-Z][\w'’\-]*['’]s?)\s+\S")
_LINKS = frozenset("of for to in on at about with by from and or is are was were".split())


# Title Case words, "of" or "for", then things listed with "and": "The Language of Choice,
# Circumstance, and Coercion".
_THINGS_OF = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:of|for) [A-Z][a-z]+(?:, [A-Z][a-z]+){1,3},? (?:and|&) [A-Z][a-z]+")
# Three or four things in Title Case, one word each, listed with "and": "Drought, Disease and Debt".
_THREE_THINGS = re.compile(r"[A-Z][a-z]+(?:, [A-Z][a-z]+){1,2},? (?:and|And|&) [A-Z][a-z]+")


def _doing_somewhere(line: str) -> bool:
    match = _SHOWN_DOING.match(line)
    return match is not None and not any(word.lower() in _LINKS for word in match["who"].split())


# A name of two or three words in brackets closing a line, or a shared archive's: the
# photographer's credit of a caption ("… (Ann Lee)", "The codon table (Wikipedia)").
_CREDIT_AFTER = re.compile(
    r"\s\((?:(?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+|Wikipedia|Wikimedia(?: Commons)?|Flickr|Unsplash|Pexels|Pixabay|iStock|Shutterstock|Supplied|File)\)$"
)
_SUBJECT_PRONOUNS = frozenset("he she they it i that there".split())
# Words a sentence ends on only when cut before what it introduces (code, a picture, a link).
_DANGLING = frozenset("a an the by of to with from like than and or that as into whose which".split())
_QUESTION_OPENERS = frozenset("why how what when where who which whose".split())


# Two short cries or questions on one line: "Help! What should I do?".
# A question and its short answer: "Long gone? Not so fast.", "Worth it? Yes, 120%!".
_ASKED_AND_ANSWERED = re.compile(r"(?P<question>[A-Z][^.!?]*\?)\s+(?P<answer>[A-Z][^.!?]*[.!])")
_TWO_CRIES = re.compile(r"(?P<first>[A-Z][^.!?]*[!?])\s+(?P<second>[A-Z][^.!?]*[!?])")
# Emoji and pictographs opening a line.
_PICTOGRAMS = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s+")


# The mark a documentation page puts after a heading, a link to it, copied with its words.
_PERMALINK = re.compile(r"(?:¶|\s#)$")


def _asks_what(line: str) -> bool:
    """ "What is Creative Commons?": a question opened by a question word; a credit asks nothing."""
    return line.endswith("?") and line.split()[0].lower() in _QUESTION_OPENERS


# Lines that are never headings, whatever their case: a product's price and where to buy it
# ("£299 at John Lewis", "From $24.99 at Amazon"), a post's counts ("44 Retweets 601 Likes"),
# who a page is from ("From: Department for Transport"), a row of codes in capitals ("Virus:
# AUG UUU GUU UUU CUU GUU").
_PRICE = (
    r"(?:(?:from|now|was|only)\s+)?(?:[£$€¥]\s?\d[\d,.]*(?:\s?[kmb]n?)?|\d[\d,]*(?:\.\d\d)?\s?(?:USD|EUR|GBP))"
    r"\s+(?:at|from|on|@)\s+\S+(?:\s\S+){0,4}$"
)
_PRICE_LINE = re.compile(_PRICE, re.IGNORECASE)
_SOCIAL = r"\d[\d,.]*[KkMm]?\s+(?:retweets?|likes?|shares?|comments?|replies|reposts?|views)(?:\s+\d[\d,.]*[KkMm]?\s+\w+)*$"
_SOCIAL_LINE = re.compile(_SOCIAL, re.IGNORECASE)
_NEVER_HEADING = re.compile(
    _PRICE + r"|" + _SOCIAL
    + r"|from:\s"
    # A telephone number closing the line: "Telephone +44 (0)30 6770 4236".
    # (a sign, a trunk prefix or a word says it is one: not "Top 10 2019-2020")
    r"|.*(?:\+\d|\(0\)|\b(?:tel|telephone|phone|fax|number|call)\b:?\s)[\d ()+-]{6,}\d$"
    # A page's tags or sections between dots: "Thanksgiving · Party Planning".
    r"|(?-i:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2}(?: [·•] [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2})+$)"
    r"|(?-i:(?:[\w ]{1,20}:\s+)?(?:[A-Z]{1,3}\s+){5,}[A-Z]{1,3}$)",
    re.IGNORECASE,
)


def is_price_line(line: str) -> bool:
    """ "£299 at John Lewis", "From $24.99 at Amazon", "3.50 EUR from Kessa": a product's price
    and where to buy it, the whole line."""
    return _PRICE_LINE.match(line.strip()) is not None


def is_never_heading(line: str) -> bool:
    """A price and its shop, a post's counts, a page's "From:" field, a row of codes in capitals,
    a telephone line, a page's tags between dots."""
    return _NEVER_HEADING.match(line.strip()) is not None


def is_social_count(line: str) -> bool:
    """ "44 Retweets 601 Likes", "3 Likes": an embedded post's counts."""
    return _SOCIAL_LINE.match(line.strip()) is not None


def opens_with_picture(line: str) -> bool:
    """ "🚀 Launches": an emoji or pictograph opening a line, which marks a heading out."""
    return _PICTOGRAMS.match(line.strip()) is not None


# The first words of a link's or a picture's label ("Read more:", "Shop now:", "Profile:",
# "Photo:"): web-page residue before a colon, never a heading's.
_RESIDUE_LABEL = re.compile(
    r"^(?:read|shop|watch|listen|see|sign|subscribe|follow|click|tap|buy|get|learn|join|download|"
    r"register|share|related|more|also|photos?|videos?|images?|pictures?|gallery|sources?|credits?|"
    r"editor['’]?s|editors|update[ds]?|correction|clarification|note|opinion|analysis|profile|live|"
    r"breaking|exclusive|sponsored|advertisement|trending|recommended|top|latest)\b",
    re.IGNORECASE,
)


def _labelled_heading(head: str, tail: str, line: str) -> bool:
    """ "Case study: the Forest Service", "Step one: Pick small tasks": a heading of two parts.

    The part before the colon is a phrase of two to five words that names, not a label of
    web-page residue; the part after it is a short heading itself.
    """
    head, tail = head.strip(), tail.strip()
    head_words, tail_words = head.split(), tail.split()
    # One word before the colon labels a kicker ("Review: The Book Smugglers of Timbuktu")
    # only before a Title Case heading of three words or more; else it is a field, a part of
    # a labelled list ("Bread: cloud-based hosting") or residue.
    kicker = len(head_words) == 1 and 3 <= len(tail_words) <= 10 and is_title_case(tail)
    if not (2 <= len(head_words) <= 5 and 1 <= len(tail_words) <= 10 or kicker) or ";" in line or ":" in tail:
        return False
    if _RESIDUE_LABEL.match(head) or CAPTION.match(line) or line.rstrip(":").endswith("."):
        return False
    if not _capitalised(head_words[0]) or heading_shape(head) not in ("title", "sentence", "caps", "known"):
        return False
    return heading_shape(tail[:1].upper() + tail[1:]) in ("title", "sentence", "caps", "question")


# The commas of a date ("September 30, 2020") and of a figure ("140,000"): no pause in a sentence.
_DATE_OR_FIGURE_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)|(?<=\b\d),(?= \d{4}\b)|(?<=\b\d\d),(?= \d{4}\b)")
LONG_SENTENCE = 12
# What follows a count's noun in a heading that counts what its part lists: "5 things to know",
# "3 reasons we stayed", "7 mistakes you make".
_COUNTED_FOR = frozenset("to you we i that for".split())
# Units a list's item gives after its number ("2 cups flour", "200 g sugar"): no headline.
_MEASURES = frozenset("g kg mg lb lbs oz ml l cup cups tbsp tsp tablespoons tablespoon teaspoons teaspoon pinch cloves slices pieces x".split())
# A figure and its unit written as one word: "5km", "4G", "10m"; or joined by a hyphen: "7-day", "10-point".
_FIGURE_AND_UNIT = re.compile(r"\d{1,4}([A-Za-z]{1,3}|-(?:second|minute|hour|day|week|month|year|point|step|part))")
SHORT_QUESTION = 18
# Verbs that open no heading but a question: "Has also recently published", "Is now open".
_NO_SUBJECT_VERBS = frozenset("has had is are was were will would could should does did can might must".split())
LONG_TITLE = 16
LONG_QUESTION = 30


def is_long_question(heading: str) -> bool:
    """ "Do you have any advice for someone just starting out as a technical lead on a
    government project?": a question longer than a heading's usual few words."""
    return len(heading.split()) > SHORT_QUESTION


def is_long_sentence(heading: str) -> bool:
    """A sentence-case heading longer than a caption's usual few words: "It takes a lot of
    effort to acquire and engage users"."""
    words = heading.split()
    return len(words) > (10 if words[0].lower() in _QUESTION_OPENERS else 8)


def _stops_inside(text: str) -> bool:
    """Does a sentence end inside the line? An acronym's dots ("U.S. ") end none, nor does
    an abbreviation's ("Dr. Lee", "Liverpool vs. Everton", "No. 1")."""
    return any(
        text[i] != "." or not (re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$", text[: i + 1]) or _abbreviation_at(text, i))
        for i in (m.start() for m in re.finditer(r"[.!?]\s", text))
    )


# What opens a question: a question word or a verb put before its subject ("Can I …?").
_ASKING_WORDS = frozenset(
    "why how what when where who which whose is are was were do does did has have had will would "
    "can could should may might must shall".split()
)


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|My|me|we|We|we['’](?:re|ve)|We['’](?:re|ve)|our|Our|us)\b")


def _case_then_question(text: str) -> bool:
    """ "I don't have a brown-lidded bin. Can I still recycle my food waste?": one plain
    sentence of four words or more saying the asker's case, opened by the asker ("I", "My",
    "We"), then one question as long about them; no quotation, no aside."""
    parts = re.split(r"(?<=\.)\s+(?=[A-Z])", text)
    if len(parts) != 2 or re.search(r"[\"“”();:]", text) or len(text.split()) > SHORT_QUESTION:
        return False
    case, question = parts
    if len(case.split()) < 4 or len(question.split()) < 4 or not ends_like_sentence(case) or _stops_inside(case):
        return False
    if question.split()[0].lower() not in _ASKING_WORDS or not case[:1].isupper():
        return False
    # The reader speaks of themself in both ("I …", "Can I …?", "my …"): a question of talk
    # asks of others ("That was years ago. What changed?").
    if not all(_FIRST_PERSON.search(part) for part in (case.split()[0], question)):
        return False
    return len(case.split()) <= LONG_SENTENCE and heading_shape(question) == "question"


def _abbreviation_at(text: str, stop: int) -> bool:
    """Is the full stop at `stop` an abbreviation's, a word going on after it ("St. Louis")?"""
    word = text[: stop + 1].rsplit(None, 1)[-1]
    after = text[stop + 1 :].lstrip()[:1]
    if word in ("No.", "Nos."):
        return after.isdigit()  # "No. 1 seed"; "No. It was not" is a sentence
    if re.fullmatch(r"[(\"“]?[A-Z]\.", word) and after.isupper():
        # "(M. Ward)", "by J. Smith": the initial opening a name; "Plan B. Then …" ends a sentence.
        before = text[: stop + 1].rsplit(None, 2)
        return word[0] in "(\"“" or len(before) < 2 or before[-2][:1].islower()
    return word in _ABBREVIATIONS and bool(after) and after.isalnum()


def _names_a_phrase(text: str) -> bool:
    """ 'Why "net zero" matters': a word or three in quotation marks inside the line, named as a
    phrase; a quotation (a line opening or closing with one, or one of more words) is no heading."""
    quoted = re.findall(r"[\"“]([^\"“”]*)[\"”]", text)
    if not quoted or text.count("\"") % 2 or text.count("“") != text.count("”"):
        return False
    if text[:1] in "\"“" or text.rstrip("?!.")[-1:] in "\"”":
        return False
    return all(1 <= len(part.split()) <= 3 for part in quoted)


def _topics(text: str) -> bool:
    """ "Tax, spending and borrowing", "Buses, trains, ferries": short nouns listed, the last
    after "and" or a comma, each a word or two, in lower case after the first."""
    parts = re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", text)
    return (
        3 <= len(parts) <= 4
        and all(1 <= len(part.split()) <= 2 for part in parts)
        and all(part[:1].islower() for part in parts[1:])
    )


_PRONOUN_ASKED = re.compile(r"^(?:is|was|are|were|will|would|should|could|can)\s+(?:it|this|that|they|these|those)\s+(?P<choices>.+)\?$", re.IGNORECASE)


def _offers_choices(text: str) -> bool:
    """ "Is it schools, clinics, housing or roads?": a question of what went before (its
    subject a pronoun), offering three or four choices of a word or two."""
    match = _PRONOUN_ASKED.match(text)
    return bool(match) and _topics(match["choices"]) and re.search(r"\s(?:or|and)\s", match["choices"]) is not None


# A comma between two words of a list inside a question: "Why are petrol, diesel prices
# rising and will they continue to rise?" (a lower-case word after it, three or more words
# on to the end; no conjunction or aside after it).
_LIST_COMMA = re.compile(r"(?<=[a-z]),\s(?!(?:and|or|but|nor|then|though|too|please|really|anyway|exactly|again)\b)[a-z][\w'’-]*(?:\s[\w'’-]+){2,}")


def listing_question(text: str) -> bool:
    """A question opened by a question word whose commas all join the words of a list, not a
    turn of talk ("Well, what now?", "What is the plan, and who pays?", "Why, after all, …")."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _QUESTION_OPENERS or words[1].lower() in ("if,", "then,", "now,", "so,"):
        return False
    commas = [m.start() for m in re.finditer(",", text)]
    return all(_LIST_COMMA.match(text, at) for at in commas) if commas else False


# A word of talk and a comma opening a line: "And, we're off!", "Well, here we go."
_TALK_OPENING = re.compile(r"^(?:And|But|So|Well|Oh|OK|Okay|Yes|No|Now|Right|Yeah|Yep|Yup|Nope|Nah|Wow|Hey|Um|Uh|Hmm),\s")


# A model's name: letters and digits run together ("R500", "MT-3300", "X1").
_MODEL = re.compile(r"[A-Z]{1,4}-?\d{1,5}[A-Z]{0,3}")


# "NORTHPORT ROVERS – Ada Mensah": a name in capitals, a dash, a name of a few words.
_CAPS_DASH_NAME = re.compile(r"^(?P<head>[A-Z][A-Z.&'’\-]*(?:\s+[A-Z][A-Z.&'’\-]*){0,2})\s+[—–-]\s+(?P<name>[A-Z][a-z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})$")


def _labelled_by_name(line: str) -> bool:
    """ "NORTHPORT ROVERS – Ada Mensah", "ELMFIELD – Priya Shah": a part's subject in capitals
    and the name of who writes it, a whole line: no dateline, which opens its story's
    sentence ("GENEVA – Negotiators met …"), nor an agency's credit."""
    match = _CAPS_DASH_NAME.match(line)
    return match is not None and not _CREDIT.search(match["name"]) and not any(
        word.lower() in SMALL_WORDS for word in match["name"].split()
    )


# "Summary for Sunday, 28th June", "Highlights from 3 May": a live page's digest of a day.
_DIGEST_OF = re.compile(r"^(?:summary|highlights|recap|round-?up|key (?:points|events)|what happened)\s+(?:for|of|on|from)\s", re.IGNORECASE)
# "From 1 September 2025", "Until April 2026": a timetable's part, named from its date.
_FROM_WHEN = re.compile(rf"^(?:From|Until|Since|Before|After|Starting|Beginning)\s+(?:(?:early|mid|late|the end of|the start of)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?i:{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:\s+\d{{4}})?$")


# A venue in its town and country: "Centre for Modern Crafts (CMC) in Velmora, Arland".
VENUE_IN_PLACE = re.compile(r"[^,]*\S\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?, [A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


# Words after a price, not a noun: "$10 for adults", "$4 per month", "$5 off", "$3 each".
_AFTER_A_PRICE = frozenset("for per a an each off to and or on in at from with plus".split())
# A sum of money opening a line: "$4.5 million", "£40m", "€2bn", "$1.9M".
_MONEY_OPENING = re.compile(r"[$£€]\d[\d,.]*(?:[mMkK]|bn|[mb]illion\b| (?:million|billion|trillion)\b)? ")


# A word of ten letters and more mixing capitals, small letters and digits: an uploaded
# file's generated name ("GiQC2wAXcAEJc6G"), no word of a heading.
# A footnote's number run into its first word: "1For details, visit", "2The survey …".
_FOOTNOTE = re.compile(r"\d{1,2}[A-Z][a-z]+\b")
_FILE_ID = re.compile(r"\b(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z][A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{10,}\b")


# A date written with slashes, and its time: "10/11/2022 08:00 AM EDT", "25/12/2021".
_SLASHED_STAMP = re.compile(r"[0-3]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d(?=,?\s+[0-2]?\d[:.][0-5]\d))(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?")


# A word of code: a colon between small letters with no space after it ("exampleapp:app",
# "python:3.8"), no time ("10:30") nor a link ("https://").
_CODE_WORD = re.compile(r"(?<![\w/])[a-z][\w.-]*:(?!//)[a-z0-9][\w.-]*")
# A file's path: "/opt/app", "./requirements.txt".
_PATH_WORD = re.compile(r"(?:^|\s)\.{0,2}/[\w.-]+(?:/[\w.-]*)*(?=\s|$)")
_NAME_AND_AGE = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s*[•|·]\s*(?:\d{1,3}\s?(?:h|hr|hrs|m|min|mins|d|w)|\d{1,3} (?:minutes?|hours?|days?|weeks?) ago)\s*$"
)


# A product, maybe where it is from, then its price in brackets: "Kessa Ridge 2024 Pinot Noir, Chile ($19.99, #559393)".
_PRICED = re.compile(r"(?P<name>[^,()]{3,80}?)(?:, (?P<where>[A-Z][\w.'’ -]{1,30}))? \((?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|GBP))(?:[,;] [^()]{1,30})?\)$")


def heading_shape(line: str, numbered_item: bool = False) -> str | None:
    """Classify a line standing alone by its shape alone.

    "known" (a Forbes-style heading), "caps", "title" (Title Case), "sentence" (sentence
    case), "question", "numbered" ("3. Pack light") or None. Whether such a line is a
    heading also depends on where it stands, which `forbes.find_headings` decides.
    """
    line = _PERMALINK.sub("", line.strip())  # "Setting up¶", "Why Wasm? #": a heading's link to itself
    if line[:1].isdigit() and _SLASHED_STAMP.fullmatch(line):
        return None  # "10/11/2022 08:00 AM EDT": when the page was posted, no heading
    if is_dated_stamp(line):
        return None  # "November 28, 2013 -- Updated 0203 GMT (1003 HKT)": the page's stamp
    if len(line) <= 30 and line[-1:].isdigit() and is_date_line(line):
        return None  # "Jun 18th 2018": the day the page was posted
    if ("•" in line or "|" in line or "·" in line) and _NAME_AND_AGE.match(line):
        return None  # "Ann Lee • 8h": who posted it and how long ago, a byline
    text = _PICTOGRAMS.sub("", line)  # "🚀 Launches": the picture decorates the heading
    if text != line and not numbered_item:
        # A picture opening a line marks it out: a heading of up to twenty words, in sentence
        # case or Title Case, as a phrase says it ("🚀 Notify.gov launch with the GSA studio").
        plain = re.sub(r"\s*\([^()]*\)", "", re.sub(r"\b(?:[A-Za-z]\.){2,}", "US", text))
        words = plain.replace(",", " ").split()
        if 8 < len(words) <= 20 and not re.search(r"[.!?:;]\s|[.!?:;]$", plain) and _capitalised(words[0]):
            first = words[:8]
            while len(first) > 1 and first[-1].lower() in _DANGLING:
                first = first[:-1]  # "… launch with": the phrase goes on past the eighth word
            shorter = heading_shape(" ".join(first))
            return "title" if shorter in ("title", "sentence") else None
    if not text or len(text) > 140 or TABLE_ROW.search(text):
        return None  # "Town | Level", "Kallo<tab>4 m": a table's row
    if _NEVER_HEADING.match(text):
        return None  # "£299 at John Lewis", "44 Retweets 601 Likes", "From: Department for …"
    if _FILE_ID.search(text):
        return None  # "GiQC2wAXcAEJc6G 1": a picture's file name, left by copying a page
    if (":" in text and _CODE_WORD.search(text)) or ("/" in text and _PATH_WORD.search(text)):
        return None  # "CMD flask run exampleapp:app", "WORKDIR /opt/app": a line of code
    if _FOOTNOTE.match(text):
        return None  # "1For eligibility details, visit": a footnote's number run into its text
    numbered = NUMBERED.match(text) if text == line else None  # "🀀 0 Topline": a picture, then no number of a heading
    if numbered:
        rest = numbered["rest"].strip()
        # "2. What does it mean when a fire is “controlled?”": a word quoted at the end, the
        # question mark inside its quotation marks, as the question's.
        rest = re.sub(r"(“[^“”\s]+(?:\s[^“”\s]+)?)\?”$", r"\1”?", rest)
        if rest.endswith(".") and len(rest.split()) <= LONG_SENTENCE and not rest.endswith(".."):
            rest = rest[:-1]  # "4. Discussion.", "2. Secure a map of your trail.": one sentence, a heading's
        inner = heading_shape(rest, numbered_item=True) if rest and not NUMBERED.match(rest) else None
        if inner == "caps" and re.match(r"^\d{1,2}\s", text) and is_all_caps(text):
            return "caps"  # "6 QUESTIONS ABOUT THE LEVY": a count in a heading in capitals, no item's number
        return "numbered" if inner in ("known", "caps", "title", "sentence", "question", "exclaim") else None
    if LIST_MARKER.match(text) or CAPTION.match(text):
        return None
    priced = _PRICED.match(text)
    if priced and not numbered_item:
        # "Kessa Ridge 2024 Pinot Noir, Chile ($19.99, #559393)": a product, where it is from
        # and its price, heading its review.
        return "title" if heading_shape(priced["name"]) == "title" else None
    bare = text.rstrip(":").strip()
    colon = bare != text
    quoted_head = _QUOTED_HEAD.match(bare)
    if quoted_head and not numbered_item and not colon:
        # "‘Hardened’ Systems": a heading in Title Case whose first word is quoted; a quote
        # over the whole line stays a pull quote.
        word = quoted_head["a"] or quoted_head["b"] or quoted_head["c"]
        inner = heading_shape(word + quoted_head["rest"])
        return "title" if inner == "title" and len(bare.split()) <= 6 else None
    quoted_first = _QUOTED_FIRST.match(bare) if not numbered_item and not colon and bare[:1] in "‘“\"" else None
    if quoted_first and heading_shape((quoted_first["a"] or quoted_first["b"] or quoted_first["c"]) + quoted_first["rest"]) == "sentence":
        return "sentence"  # "‘Freeze-thaws’ linked to the cold can imperil pipes": a word quoted, then the heading
    if not bare or bare.startswith(("#", ">", "|", "(", "[", "\"", "“", "'", "‘", "«", "„", "@")):
        return None
    if known_heading(bare):
        return "known"
    if _FALSE_START.search(bare):
        return None  # "Is it — D- is it too small?": a word broken off and begun again, said aloud
    if _STAMPED_HEADLINE.match(bare) and not colon and not numbered_item:
        return None  # "11:21 PM: Vance wins in Ohio": a live post's time and its first words, no heading
    if re.search(r"[!?]{2,}$", bare):
        return None  # "What are they thinking???": a cry of the running talk, not a heading
    two = _TWO_CRIES.fullmatch(bare)
    if (
        two
        and not colon
        and two["first"].endswith("?")
        and two["second"].endswith("?")
        and len(bare.split()) <= 14
        and two["first"].split()[0].lower().translate(_APOSTROPHES).split("'")[0] in _QUESTION_OPENERS
        and heading_shape(two["first"]) == "question"
    ):
        # "What's gone into the vaccine? Is it safe?": a question heading asking twice.
        return "question" if heading_shape(two["second"]) == "question" else None
    if two and len(bare.split()) <= 8 and not colon:
        # "Help! What should I do?", "In federal acquisition? You can help!": two short cries
        # or questions, a heading among others (`forbes.find_headings` decides).
        parts = (two["first"][:-1], two["second"][:-1])
        return "exclaim" if all(heading_shape(part) in ("title", "sentence") for part in parts) else None
    answered = _ASKED_AND_ANSWERED.fullmatch(bare) if not colon and not numbered_item else None
    if answered and len(answered["answer"].split()) <= 4 and len(bare.split()) <= 12:
        # "Long gone? Not so fast.", "Did the Cakes Live up to the Hype? Yes, 120%!": a short
        # question and its shorter answer, a heading among others (`forbes.find_headings` decides).
        asked = heading_shape(answered["question"])
        return "exclaim" if asked in ("question", "title") and heading_shape(answered["answer"].rstrip(".!")) in ("title", "sentence", None) else None
    # Most lines of running text end as sentences: the cheapest test first. A Title Case
    # line of a few words may still end in a full stop or "!" ("Remember the Alamo!").
    if ends_like_sentence(bare) or bare.endswith(("!", "—", "–", "-", "…", "...")):
        stop = bare[:-1]
        if (
            bare.endswith("!")
            and not stop.endswith((".", "!"))
            and 3 <= len(stop.split()) <= 8
            and not colon
            and heading_shape(stop) == "title"
            and is_title_case(stop)
        ):
            return "title"
        if (
            bare.endswith("!")
            and not stop.endswith((".", "!", "?"))
            and 1 <= len(stop.split()) <= 8
            and not colon
            and not _TALK_OPENING.match(stop)
            and heading_shape(stop) in ("title", "sentence")
        ):
            # "Lightning round!", "We want to hear from you!": a heading among others, or a
            # cry in running talk: `forbes.find_headings` decides.
            return "exclaim"
        if (
            bare.endswith(".")
            and not stop.endswith(".")
            and not colon
            and 2 <= len(stop.split()) <= 5
            and is_all_caps(stop)
            and heading_shape(stop) == "caps"
        ):
            # "STAY COOL.", "MULCH THE BEDS.": a short heading in capitals with a full stop,
            # a heading among others (`forbes.find_headings` decides).
            return "caps"
        trailed = re.sub(r"\s*(?:…|\.\.\.)$", "", bare)
        if (
            trailed != bare
            and not colon
            and 2 <= len(trailed.split()) <= 7  # "Um …", "Well …": a pause in talk
            and not trailed.endswith((".", "!", "?", ",", "…"))
            and not _TALK_OPENING.match(trailed)
            and trailed.split()[0].lower() not in ("and", "but", "so", "or", "then", "until", "to")
            and heading_shape(trailed) in ("title", "sentence")
        ):
            # "Some background…", "A little history…": a short phrase trailing off into its
            # part, a heading among other headings; in running talk a line trailing off
            # (`forbes.find_headings` decides).
            return "trailing"
        if _REQUEST.match(bare) and bare.endswith(".") and len(bare.split()) <= 12 and not _stops_inside(stop) and not colon:
            # "Tell me about your competitors.": a question asked as a request, a heading
            # among question headings (`forbes.find_headings` decides).
            return "asked"
        return None
    letter = _LETTER.match(bare)
    if letter and not colon and heading_shape(letter["question"]) in ("question", "asked"):
        # "Dear Ann: How do I ask for a raise?": a reader's letter to an advice column, the
        # answer under it.
        return "letter"
    if _DIGEST_OF.match(bare) and re.search(rf"\b{_MONTH}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", bare, re.IGNORECASE) and len(bare.split()) <= 8 and not colon and not _stops_inside(bare):
        return "sentence"  # "Summary for Sunday, 28th June": a live page's digest of the day, a heading with its date
    if (
        (_CREDIT.search(bare) and not _asks_what(bare))
        or _RESIDUE.match(bare)
        or (_DATELINE.match(bare) and not _labelled_by_name(bare) and not _CAPS_HALVES.fullmatch(bare))
        or _DATELINE_ALONE.fullmatch(bare)
        or _BYLINE_START.match(bare)
        or _EVENT_FIELD.match(bare)
        or _SALUTATION.match(bare)
        or _PICTURE_OF.match(bare)
        or (_DATE.search(bare) and len(bare.split()) <= 6 and not _FROM_WHEN.match(bare))
        or _EMAIL.search(bare)  # "Contact Ann Lee at ann@herald.example": a reporter's address
        or _ASSIGNMENT.match(bare)  # "API_KEY=your_key_here": a line of code or settings
        or _DOUBLED_WORD.fullmatch(bare)  # "KessabridgeKessabridge": a picture's file name set twice
        or _TAG_QUESTION.fullmatch(bare)  # "Ironic, huh?", "What's the point now, Bennet?": a question put to someone
        or _LONG_WORD.search(bare)  # "GAAΨAAACΨAGΨ…": a code or a sequence, no words
        or _COMMENT_STAMP.search(bare)  # "September 15, 2020 by Ann Lee Post a Comment": a post's stamp
        or _HANDLE.search(bare)
    ):
        return None
    credit = _CREDIT_AFTER.search(bare)
    if credit and not is_title_case(bare[: credit.start()]):
        return None  # "Glass jars on a shelf (Ann Lee)": a caption and its photographer
    if (_CAPTION_YEAR.search(bare) and not _FULL_DATE_END.search(bare)) or _PICTURED.search(bare) or _doing_somewhere(bare):
        return None  # "Hadid in 2013", "Frontpage of Hydrodynamica (1738)": a picture's caption
    if _ONE_OF.match(bare) and not bare.endswith("?") and not is_title_case(bare):
        return None  # "One of the houses hit by the flood", "One of Lee's early letters": a picture's caption
    part = _NUMBERED_PART.match(bare) or _NUMBERED_STEP.match(bare)
    if part:
        inner = heading_shape(part["rest"])
        return "title" if inner in ("title", "sentence", "caps", "question") else None
    words = [w for w in bare.split() if any(ch.isalnum() for ch in w)] or bare.split()
    inner = bare[: -1] if bare.endswith("?") else bare
    # A line with a colon inside ("Shop now: Acme", "Analysis: Why ...") is a label or a
    # link's residue, not a heading.
    if " - " in inner and ":" not in inner and ";" not in inner and inner.count(" - ") == 1 and not numbered_item:
        # "Conservative majority - deal passed?": a hyphen set between spaces is a dash.
        return heading_shape(line.replace(" - ", " – "))
    if ":" in inner or ";" in inner or " - " in inner:
        # Unless a heading of three words or more stands before the colon, in capitals or
        # Title Case as what follows it ("THE FIRST AMERICANS: THE OLMEC"); residue labels
        # are a word or two.
        head, _, tail = inner.partition(":")
        if _labelled_heading(head, tail, bare):
            return "title"
        if (
            not colon
            and ";" not in inner
            and " - " not in inner
            and tail.strip()
            and ":" not in tail
            and len(head.split()) >= 3
            and len(inner.split()) <= 10
            and heading_shape(head) in ("caps", "title")
            and heading_shape(tail.strip()) in ("caps", "title")
            and heading_shape(head) == heading_shape(tail.strip())
        ):
            return heading_shape(head)
        shown = re.sub(r"\s*\([^()]*\)", "", inner)  # "(Brighton)": the club, an aside
        if (
            not colon
            and ";" not in inner
            and " - " not in inner
            and shown.count(":") == 1
            and is_all_caps(shown)
            and 1 <= len(head.split()) <= 3
            and 1 <= len(shown.partition(":")[2].split()) <= 5
            and any(ch.isalpha() for ch in shown.partition(":")[2])  # "WORTH A LOOK?: ****": a rating
        ):
            return "caps"  # "GOALKEEPER: ROBERT SANCHEZ (Brighton)": a heading in capitals
        return None
    if not any(ch.isalpha() for ch in bare):
        return None
    if is_all_caps(bare) and len(words) <= 10:
        # A word of three letters or more: "410 U.S. 113" is a citation, not a heading.
        # "CLOSINGS/DELAYS", "SELF-DOUBT": two words joined by a slash or a hyphen are words too.
        if any(len(_letters(w)) >= 3 and _letters(w) == w.strip(".,'’").replace("/", "").replace("-", "") for w in words):
            return "caps"
        # "ZB R500", "QX MT-3300": a maker and a model, letters and digits run together in a
        # word, is a name in Title Case; other short capitals are a citation ("410 U.S. 113").
        if not (words[0][:1].isupper() and any(_MODEL.fullmatch(w) for w in words[1:])):
            return None
    if not _capitalised(words[0]) or not any(ch.isupper() for ch in words[0]):
        if len(words) == 1 and DOMAIN.fullmatch(bare) and not colon:
            return "title"  # "parkpass.gov" over "parkpass.gov sells …": a site's name (see `forbes._names_site`)
        # "2026 Premiership Analysis", "100 Days of the New Council": a year or a number of
        # three digits opening a Title Case heading (a short number opens a numbered heading;
        # a list's item without a marker is in lower case: "200 g flour").
        if (
            re.fullmatch(r"\d[\d,]*", words[0])
            and 3 <= len(words) <= 10
            and not bare.endswith("?")
            and any(w[:1].isupper() for w in words[1:])
            and is_title_case(bare)
            and not _stops_inside(bare)
            and not re.search(r",\s", bare)
        ):
            return "title"
        # "700 Kerrow farmers lose …": the counted may be named for their place first.
        noun = 2 if len(words) > 2 and words[1].isalpha() and words[1][:1].isupper() and words[1][1:].islower() else 1
        if (
            re.fullmatch(r"\d{1,3}", words[0])
            and 5 <= len(words) <= LONG_SENTENCE
            and words[noun].isalpha()
            and words[noun].islower()
            and words[noun] not in _MEASURES
            and not bare.endswith(("?", ":"))
            and not _stops_inside(bare)
            and not re.search(r",\s", bare)
        ):
            return "sentence"  # "6 work passes revoked and 9 suspended": a headline that counts
        # "$4.5 million gift supports research", "£40m deal signed for the bridge": a sum
        # opening a headline, a short lower-case noun after it (or after its scale word).
        money = _MONEY_OPENING.match(bare)
        counted = bare[money.end() :].split()[0] if money else ""  # what the sum buys or is
        if (
            money
            and 5 <= len(words) <= LONG_SENTENCE
            and re.fullmatch(r"[a-z]+", counted)
            and counted not in _AFTER_A_PRICE
            and not bare.endswith(("?", ":"))
            and not _stops_inside(bare)
            and not re.search(r"[,;\"“”()]", bare)
        ):
            return "sentence"
        if (
            3 <= len(words) <= 8
            and words[1].isalpha()
            and words[1].islower()
            and words[1] not in _MEASURES
            and not bare.endswith(("?", ":"))
            and not _stops_inside(bare)
            and not re.search(r"[,;\"“”()]", bare)
            and (
                # "2024 in review", "2023 at a glance": a year and what the part says of it
                re.fullmatch(r"(?:19|20)\d\d", words[0])
                # "5 things to know", "3 reasons we stayed": a count of what the part lists
                or (re.fullmatch(r"\d{1,2}", words[0]) and len(words) <= 4 and words[2].lower() in _COUNTED_FOR)
                # "5km travel limit", "4G rollout": a figure and its unit in one word, then what
                # the part is about; not a recipe's "500g butter"
                or (_FIGURE_AND_UNIT.fullmatch(words[0]) and _FIGURE_AND_UNIT.fullmatch(words[0])[1].lower() not in _MEASURES)
            )
        ):
            return "sentence"
        return None
    if bare.endswith("?"):
        # One question, not a turn of talk: no sentence before it, no quotation, no aside.
        stops = (m.start() for m in re.finditer(r"[.!?…]\s", bare))
        if any(bare[i] != "." or ends_like_sentence(bare[: i + 1]) for i in stops):
            # "I have no brown bin. Can I still recycle food?": a reader's case, then the
            # question, a heading among other questions (`forbes.find_headings` decides).
            return "asked" if not numbered_item and not colon and _case_then_question(bare) else None  # "U.S. " is no full stop
        # A quotation is no heading; a word or two in quotation marks may stand in one.
        if re.search(r"[\"“”]\s*$", bare) or (
            any(len(quoted.split()) > 2 for quoted in re.findall(r"[\"“]([^\"”]*)[\"”]", bare))
            and not is_title_case(bare)  # "What Does It Mean to “See If I Qualify”?" names a phrase
        ):
            return None
        if bare[:1] in "\"“" or bare.count("\"") % 2 or bare.count("“") != bare.count("”"):
            return None
        # A comma marks a turn of talk ("Well, what now?"), not in a numbered sequence.
        if "," in bare and not numbered_item and _offers_choices(bare):
            return None  # "Is it schools, clinics, housing or roads?": the reader asked to choose, in the running text
        if "," in bare and not numbered_item and not is_title_case(bare, tolerance=1):
            # "Well, what now?", "What is the plan, and who pays?": a turn of talk, or an
            # interviewer's question among others (`forbes.find_headings` decides).
            # A question word opening it may ask at more length ("Why is the park watered, while
            # I can't use a sprinkler …?"), as an explainer's questions do.
            longest = SHORT_QUESTION + 6 if words[0].lower() in _QUESTION_OPENERS else SHORT_QUESTION
            return "asked" if 2 <= len(words) <= longest else None
        # Past eighteen words a question heads a section only among other question headings
        # (an interview's questions): `forbes.find_headings` decides.
        return "question" if 2 <= len(words) <= LONG_QUESTION else None
    if len(words) <= 10 and is_title_case(bare) and not re.search(r",\s", bare) and not _stops_inside(bare):
        return "title" if not colon or len(words) <= 6 else None
    if not colon and _THREE_THINGS.fullmatch(bare):
        return "title"  # "Drought, Disease and Debt": a part named by the things it covers
    if not colon and len(words) <= 10 and is_title_case(bare) and _THINGS_OF.fullmatch(bare):
        return "title"  # "The Language of Choice, Circumstance, and Coercion": what the part is of, listed
    if (
        4 <= len(words) <= 10
        and not colon
        and not numbered_item
        and bare.count(", ") == 1
        and is_title_case(bare)
        and VENUE_IN_PLACE.fullmatch(bare)
        and not _stops_inside(bare)
    ):
        # "Centre for Modern Crafts (CMC) in Velmora, Arland": a venue in its town and country,
        # an item's heading in a round-up (`forbes.find_headings` decides).
        return "title"
    if (
        10 < len(words) <= LONG_TITLE
        and not colon
        and is_title_case(bare)
        and not re.search(r"[,;:\"“”()\[\]]", bare)
        and not _stops_inside(bare)
        and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    ):
        # "Dutchess County Expected to Generate Thousands of Jobs with Major Projects": a
        # long headline in Title Case, a heading among others (`forbes.find_headings` decides).
        return "title"
    if (
        numbered_item
        and len(words) <= 10
        and not colon
        and not _stops_inside(bare)
        and all(part.strip() and is_title_case(part.strip()) for part in bare.split(","))
    ):
        return "title"  # "3. Keem Bay, Achill Island, County Mayo": a ranked place and where it is
    # Sentence case: short (a longer line is a caption or a sentence), or opened by a
    # question word ("Why the river floods every spring"); a line ending in a colon
    # introduces what follows.
    # Past eight words (ten after a question word) a sentence-case line may be a caption as
    # well as a heading: `forbes.find_headings` keeps such long lines only among headings as long.
    # A numbered line may run longer: its number marks it out ("2. No physical check of documents will be needed").
    limit = LONG_SENTENCE + 4 if numbered_item else LONG_SENTENCE
    if (
        colon
        and not numbered_item
        and 2 <= len(words) <= 8
        and ("," not in bare or is_title_case(bare))
        and not re.search(r"[\"“”]", bare)
        and not _stops_inside(bare)
        and words[0].lower() not in _SUBJECT_PRONOUNS | {"we", "you"}
        and words[-1].lower() not in _DANGLING
        and not any(word.lower() in ("is", "are", "was", "were") for word in words)
    ):
        # "Who should attend:", "Helpful links and examples:": a phrase over what it names, a
        # list's heading where each list runs to the next (`forbes.find_headings` decides).
        return "colon"
    # Sentence case; a personal pronoun opening it is a sentence of the running text.
    if (
        len(words) <= limit
        and not colon
        and len(bare) <= 100
        # A comma: a caption ("Dixam, in the centre of the island") or a name's title ("Ann
        # Lee, President"); a heading of a few words may hold one ("First, do no harm").
        and (
            "," not in _DATE_OR_FIGURE_COMMA.sub("", bare)  # "ends on September 30, 2020", "140,000 homes"
            or (len(words) <= 5 and bare.count(",") == 1 and re.search(r",\s+[a-z]", bare))
            # "Rents, repairs and new homes": the topics of a part, listed
            or (len(words) <= 7 and _topics(bare))
            # "How we test design, build quality, and features": a question word over a list
            or (words[0].lower() in _QUESTION_OPENERS and re.search(r",\s(?:and|or)\s[a-z]", bare))
        )
        and (not re.search(r"[\"“”]", bare) or _names_a_phrase(bare))
        and not _stops_inside(bare)
    ):
        subject = re.sub(r"['’](?:s|m|re|ll|ve|d)$", "", words[0].lower())
        if (
            not numbered_item
            and len(words) >= 5
            and words[-1].lower() in _DANGLING
            and words[0].lower() not in _QUESTION_OPENERS
        ):
            return None  # "The file will look something like": a sentence cut before what it shows
        if not numbered_item and len(words) >= 2 and words[0].lower() in _NO_SUBJECT_VERBS and not is_title_case(bare):
            return None  # "Has also recently published": a sentence missing its subject, a page's words
        if subject not in _SUBJECT_PRONOUNS:
            return "sentence"
        # "It takes effort to win users", "There are reasons to build apps": a claim heading
        # an article's part, or a line of talk ("It was amazing"): `forbes.find_headings`
        # keeps it only among other headings, never in an interview. "He said …", "I …" are
        # a story's or a talk's.
        if subject in ("she", "he", "they") and 3 <= len(words) <= 6:
            return "claim"  # "She lost some friendships": what happened to her, among such headings
        return "claim" if subject in ("it", "there") and len(words) >= 3 else None
    head, comma, tail = bare.partition(", ")
    if (
        comma
        and not colon
        and not numbered_item
        and 6 <= len(words) <= limit
        and len(head.split()) >= 3
        and "," not in tail
        and tail[:1].islower()
        and not re.search(r"[\"“”;]", bare)
        and not _stops_inside(bare)
        and heading_shape(head) == "sentence"
    ):
        # "Trump launches third lawsuit, this time in Georgia": a headline's clause and its
        # aside, a heading among other headlines as long (`forbes.find_headings` decides);
        # alone, or among short headings, a caption ("Crowds at the gate, on Sunday").
        return "headline"
    if (
        comma
        and not colon
        and not numbered_item
        and 4 <= len(words) <= 8
        and "," not in tail
        and 2 <= len(head.split()) <= 4
        and 2 <= len(tail.split()) <= 4
        and tail.split()[-1].isalpha()
        and tail.split()[-1].islower()
        and not re.search(r"[\"“”;]", bare)
        and not _stops_inside(bare)
        and heading_shape(head) == "sentence"
        and heading_shape(tail) == "sentence"
    ):
        # "AMD rises, Microsoft disappoints": two short clauses, a markets heading's shape,
        # a heading among others (`forbes.find_headings` decides).
        return "clauses"
    return None


def is_long_claim(line: str) -> bool:
    """ "Electric cars have a short range and can take a long time to charge": a claim in
    sentence case of thirteen to twenty words, no stop inside or at its end, no quotation, a
    heading only among other long headings (`forbes.find_headings` decides); alone, or among
    short headings, a caption or a line of the text."""
    bare = line.strip()
    words = bare.split()
    return (
        LONG_SENTENCE < len(words) <= 20
        and bare[-1:].isalnum()
        and words[0][:1].isupper()
        and bare.count(",") <= 1
        and not re.search(r"[\"“”;:()\[\]|/]", bare)
        and words[0].lower() not in _SUBJECT_PRONOUNS | {"we", "my", "our"}
        and words[-1].lower() not in _DANGLING
        and sum(w[:1].isupper() for w in words[1:]) <= len(words) // 4
        and not LIST_MARKER.match(bare)
        and not _stops_inside(bare)
        and heading_shape(bare) is None
        # What a caption or a credit says is no claim: "… at the opening in 2013", "… (left)".
        and not (_CAPTION_YEAR.search(bare) or _PICTURED.search(bare) or _doing_somewhere(bare) or _CREDIT.search(bare))
        and not (_DATE.search(bare) or _EMAIL.search(bare) or _HANDLE.search(bare) or DOMAIN.search(bare))
        # Its first twelve words (up to a comma) read as a heading in sentence case would.
        and heading_shape(" ".join(_without_dangling(bare.partition(",")[0].split()[:LONG_SENTENCE]))) == "sentence"
    )


def _without_dangling(words: list[str]) -> list[str]:
    """Words cut short of a phrase's end, without the joining words left at the cut ("… a lot of")."""
    while len(words) > 1 and words[-1].lower() in _DANGLING | SMALL_WORDS:
        words = words[:-1]
    return words


def is_known_heading_line(line: str) -> bool:
    """The quick test of `heading_shape(line) == "known"`, for scanning whole texts."""
    text = line.strip()
    return 0 < len(text) <= 140 and known_heading(text) is not None and heading_shape(text) == "known"


def strip_number(heading: str) -> str:
    """A numbered heading without its number: "11. Sleep on it" -> "Sleep on it", "#2 Go" -> "Go"."""
    match = number_of(heading.strip())
    return match["rest"].strip() if match else heading


# ---------------------------------------------------------------------------- labels

_QUESTION_WORDS = frozenset("what which who whom whose why how when where".split())
_AUXILIARIES = frozenset(
    "is are was were do does did has have had will would can could should may might must "
    "shall isn't aren't wasn't weren't don't doesn't didn't won't can't".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our your my some any all each every "
    "much many more most such".split()
)
_PRONOUNS = frozenset("it they he she we you i this that these those there them us".split())
_PREPOSITIONS = frozenset(
    "of for in on at to from with by about over under between after before into against "
    "among during around through than as behind".split()
)
_STOP = _QUESTION_WORDS | _AUXILIARIES | _DETERMINERS | _PRONOUNS | _PREPOSITIONS | frozenset(
    "and or but not next now then so".split()
)


def _clean_word(word: str) -> str:
    return word.strip("\"'“”‘’()[]{},;:!?*_")


def question_label(heading: str) -> str:
    """The head noun of a question heading's subject.

    "What Security Threats Are Japan And The U.s. Concerned About?" -> "Threats";
    "How Much Will The Tariffs Cost Consumers?" -> "Tariffs".
    """
    plain = re.sub(r"\[[^\]]*\]", " ", heading)  # "[b]Acme[/b]": bracketed tags are no words
    words = [w for w in (_clean_word(w) for w in plain.rstrip("?").split()) if w]
    lower = [w.lower().translate(_APOSTROPHES) for w in words]
    n = len(words)
    i = 0
    if i < n and lower[i] in _QUESTION_WORDS:
        i += 1
        if i < n and lower[i - 1] == "how" and lower[i] in {"much", "many", "long", "far", "big", "often"}:
            i += 1
    # "What <subject> <auxiliary> ...": the subject stands before the auxiliary.
    j = i
    while j < n and lower[j] not in _AUXILIARIES and lower[j] not in _PREPOSITIONS:
        j += 1
    subject = [w for w, low in zip(words[i:j], lower[i:j]) if low not in _DETERMINERS]
    if subject and j < n and lower[j] in _AUXILIARIES:
        return _label_case(subject[-1], heading)
    # "Who Is Mohammed Bin Salman?": the person named.
    if lower[:1] == ["who"] and i < n and lower[i] in _AUXILIARIES and 0 < n - i - 1 <= 4:
        return shorten(" ".join(words[i + 1 :]))
    # "<question word> <auxiliary> <subject> ...": the subject follows the auxiliary.
    if i < n and lower[i] in _AUXILIARIES:
        k = i + 1
        if k < n and lower[k] in _PRONOUNS:
            k = n  # "Why Does This Matter For Consumers?": no noun subject; see below
        while k < n and lower[k] in _DETERMINERS:
            k += 1
        if k < n and lower[k] not in _PRONOUNS and lower[k] not in _STOP:
            return _label_case(words[k], heading)
    content = [w for w, low in zip(words, lower) if low not in _STOP]
    return _label_case(content[-1], heading) if content else shorten(heading)


def _label_case(word: str, heading: str) -> str:
    # An ALL-CAPS heading gives "THREATS"; the outline reads better as "Threats".
    if is_all_caps(heading) and "." not in word and len(word) > 3:
        return word.capitalize()
    return word


def shorten(heading: str, limit: int = 24) -> str:
    """The heading itself when short, else its first words within `limit` characters and "…"."""
    heading = " ".join(heading.split())
    if len(heading) <= limit:
        return heading
    words = heading.split()
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit - 1:
            break
        kept.append(word)
    # The cut ends on a word that carries meaning: not inside brackets it never closes
    # ("Monthly Comfort (Not…"), nor on a joining word ("Diversity, equity and…").
    opened = next((i for i in range(len(kept) - 1, 0, -1) if _opens_unclosed(kept[i:])), None)
    if opened is not None:
        kept = kept[:opened]
    while len(kept) > 1 and _clean_word(kept[-1]).lower() in _STOP:
        kept.pop()
    out = " ".join(kept).rstrip(",;:—–-") or heading[: limit - 1]
    return out + "…"


def _opens_unclosed(words: list[str]) -> bool:
    """True when the first word opens a bracket that these words do not close."""
    first = words[0]
    if first[:1] not in "([{":
        return False
    text = " ".join(words)
    return text.count(first[0]) > text.count({"(": ")", "[": "]", "{": "}"}[first[0]])


def snake_case(label: str) -> str:
    """A kind name from a label: "What's next" -> "whats_next"."""
    text = label.translate(_APOSTROPHES).replace("'", "").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "section"


def label_and_kind(heading: str, shape: str | None = None, forbes: bool = True) -> tuple[str, str]:
    """The outline label and kind for a section heading of a Forbes-style or plain briefing.

    A Forbes-style question is labelled by the head noun of its subject ("Threats"); a
    plain text's question keeps its own words, shortened where long, as other headings do.
    """
    known = known_heading(heading)
    if known:
        return known
    bare = _PERMALINK.sub("", heading.strip()).rstrip(":").strip()
    if shape == "numbered" or (shape is None and heading_shape(bare) == "numbered") or (shape == "sequence" and number_of(bare)):
        # The outline numbers sections itself: the label leaves the heading's number out.
        bare = strip_number(bare)
    if bare.endswith("?") and (shape == "question" or heading_shape(bare) == "question"):
        return (question_label(bare) if forbes else shorten(bare)), "question"
    return shorten(bare), "section"


def rows_of_blocks(lines: list[str], is_row: Callable[[str], bool], least: int = 3) -> set[int]:
    """The indexes of lines in runs of `least` rows or more one under another (blank lines
    aside) that `is_row` accepts: a block of facts, a table's rows."""
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, "."]):
        if not line.strip():
            continue
        if is_row(line):
            run.append(index)
            continue
        if len(run) >= least:
            rows.update(run)
        run = []
    return rows
