"""Drop page furniture that survives extraction: share and subscribe prompts,
"Read more" teasers, tag lists, photo credits, contact lines, wire-service credits,
repeated captions, and the headline, byline and dateline printed above the body.

Every rule looks at one short paragraph and the words that make it furniture;
long running prose is never touched, so a rule that misfires costs a line, not
an article. The rules are written for English-language pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.ingest.html_para import Para, match_key, normalize_space

#: Paragraphs longer than this are article text whatever words they contain.
MAX_FURNITURE_WORDS = 30

#: A paragraph equal to one of this many paragraphs just before it is a doubled caption.
#: Repeats further apart are kept: recipe plans and schedules repeat lines on purpose.
REPEAT_WINDOW = 2

#: How many paragraphs at the top (and bottom) may hold a headline, byline or dateline.
EDGE_PARAS = 3

_I = re.IGNORECASE

_LABEL_ONLY = re.compile(
    r"^(advertisement|advertising|sponsored( content)?|ad|share( this)?( article| story| post)?"
    r"|tweet|e-?mail|print|comments?|\d+ comments?|leave a (comment|reply)|tell us what you think"
    r"|related( articles| stories| content| posts| coverage)?|read more|more|see also|also read"
    r"|also|don'?t miss|must read|recommended( for you| stories)?|most (read|popular|viewed|shared)"
    r"|trending( now)?|tags?|topics?|categories|filed under|further reading|more from .{1,40}"
    r"|more on this( story)?|continue reading|click here|top stories|latest news|you may also like"
    r"|we recommend|sign up|subscribe|log ?in|skip to (main )?content)"
    r"\W*$",
    _I,
)
_LEADING_LABEL = re.compile(
    r"^(read more|related|see also|also read|also see|more|recommended|watch|listen|download"
    r"|itunes|spotify|further reading|more from [^:]{1,40}|don'?t miss|filed under|posted in"
    r"|categories|category|tags?|topics?|most (read|popular|viewed|shared)( in [\w ]{1,30})?)"
    r"\s*[:|»›>]",
    _I,
)
_ALSO_ON_SITE = re.compile(r"^(also|more|read more|see more) (on|at|from) [\w-]+(\.[\w-]+)+\b", _I)
_TEASER_TAG = re.compile(r"\[[A-Z][A-Z ]{2,20}\]\W*$")
#: WordPress-style shortcodes: ``[button link="..."]`` or ``[/button]``; an editorial
#: insertion like "[the ministry]" has no attribute and stays.
_SHORTCODE = re.compile(r"\[/[a-z_]+\]|\[[a-z_]+\s[^\[\]]*=[^\[\]]*\]")
_CREDIT = re.compile(
    r"^\(?\s*(photo|photograph|image|picture|pictured|video|illustration|graphic|source|"
    r"credit|courtesy)s?( credit| source| courtesy| by)?\s*[:/|]",
    _I,
)
_CREDIT_TAIL = re.compile(
    r"(getty images|shutterstock|ap photo|afp|reuters|epa|istock(photo)?|alamy)\W*\)?$", _I
)
_WIRE_CREDIT = re.compile(
    r"^\(?\s*((additional )?reporting|writing|editing|compiled|edited|produced|research)"
    r"( and [a-z]+)? by\b",
    _I,
)
_CONTRIBUTED = re.compile(r"contributed( reporting)? to this (report|story|article)", _I)
_BYLINE = re.compile(r"^(by|written by|words by|story by)\s+\S", _I)
_DATE_WORD = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$"
    r"|^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?$"
    r"|^[\d:/.,\-]+(am|pm|a\.m\.|p\.m\.)?$"
    r"|^(am|pm|a\.m\.|p\.m\.|[a-z]{1,2}[sd]?t|utc|gmt|et|pt|ct|mt|bst|cet)\.?,?$"
    r"|^(published|updated|posted|last|modified|on|at|by|date|time|\||-|–|—|·|•)[:,]?$",
    _I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HANDLE = re.compile(r"(^|\s)@\w{2,}")
_BARE_LINK = re.compile(
    r"^(([\w ]{1,20}:\s*)?(https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(twitter|facebook|instagram)\.com/\S+)|@\w+)$",
    _I,
)
_CONTACT_WORDS = re.compile(
    r"\b(e-?mail|contact|reach(ed)?|follow|tips?|twitter|write to|send)\b", _I
)
_FOLLOW = re.compile(r"\bfollow\b", _I)
_FOLLOW_SOCIAL = re.compile(
    r"^(follow\b|.*\bfollow (us|me)\b).*\b(twitter|facebook|instagram|linkedin|tiktok|youtube)\b",
    _I,
)
_NEWSLETTER = re.compile(
    r"\b(newsletters?|subscribe|subscription|sign up for|in your inbox|unsubscribe)\b", _I
)
_ADDRESSES_READER = re.compile(
    r"\b(you|your|our|us|sign up|click|tap|here|today|now|free)\b|^(get|join|subscribe)\b", _I
)
_SHARE_PROMPT = re.compile(r"\bshare (it|this|on)\b|\b(like|enjoy)(d)? this (story|article)\b", _I)
_COOKIES = re.compile(
    r"\bcookies?\b.*\b(accept|consent|policy|settings|preferences|this (site|website)|we use)\b"
    r"|\b(we use|this (site|website) uses)\b.*\bcookies?\b",
    _I,
)
_READING_TIME = re.compile(r"^(\d+\s*(min|mins|minutes?)\s*(read)?|reading time\W.*)$", _I)
_HAVE_A_TIP = re.compile(r"^(have a (news )?tip|got a (news )?tip)\b", _I)
_CLICK_HERE = re.compile(r"\b(click|tap) here\b", _I)


@dataclass(frozen=True, slots=True)
class PageContext:
    """What the page says about itself, to recognise it when it is repeated in the body."""

    titles: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


def strip_furniture(paras: list[Para], context: PageContext | None = None) -> list[Para]:
    """Paragraphs with furniture dropped and doubled captions (a repeat right after) kept once."""
    context = context or PageContext()
    title_keys = {k for k in (match_key(t) for t in context.titles) if k}
    author_keys = {k for k in (match_key(a) for a in context.authors) if k}
    kept: list[Para] = []
    recent: tuple[str, ...] = ()
    skip_list_after_label = False
    cleaned = [_strip_shortcodes(p) for p in paras]
    for index, para in enumerate(cleaned):
        if para is None:
            continue
        key = match_key(para.text)
        at_edge = index < EDGE_PARAS or index >= len(cleaned) - EDGE_PARAS
        if skip_list_after_label and _is_link_list(para):
            continue
        skip_list_after_label = False
        if not key:
            continue
        if at_edge and (key in title_keys or _is_byline(para, key, author_keys)):
            continue
        if at_edge and _is_dateline(para):
            continue
        if key in author_keys:
            continue
        if _is_furniture(para):
            skip_list_after_label = _is_label(para)
            continue
        if key in recent:
            continue  # a caption or pull quote printed twice in a row
        recent = (*recent, key)[-REPEAT_WINDOW:]
        kept.append(para)
    return kept


def is_furniture_text(text: str) -> bool:
    """Whether one line of text is page furniture (a prompt, credit, label, ...)."""
    return _is_furniture(Para(normalize_space(text)))


def _strip_shortcodes(para: Para) -> Para | None:
    """Remove CMS shortcodes; a paragraph that was one whole shortcode block goes."""
    if "[" not in para.text:
        return para
    if _SHORTCODE.match(para.text) and re.search(r"\[/[a-z_]+\]\W*$", para.text):
        return None
    text = _SHORTCODE.sub("", para.text).strip()
    return Para(text, para.kind) if text else None


def _is_furniture(para: Para) -> bool:
    text = para.text
    words = para.words
    if para.kind in ("table", "quote"):
        return False  # tables and quoted posts (embedded tweets) are content
    if words > MAX_FURNITURE_WORDS:
        return False
    first_line = text.split("\n", 1)[0]
    checks: Iterable[bool] = (
        _LABEL_ONLY.match(text) is not None,
        _LEADING_LABEL.match(first_line) is not None,
        _ALSO_ON_SITE.match(text) is not None,
        words <= 20 and _TEASER_TAG.search(text) is not None,
        words <= 20 and _CREDIT.match(text) is not None,
        words <= 12 and _CREDIT_TAIL.search(text) is not None and not _ends_sentence(text),
        _WIRE_CREDIT.match(text) is not None,
        words <= 25 and _CONTRIBUTED.search(text) is not None,
        _BARE_LINK.match(text) is not None,
        _EMAIL.search(text) is not None and _CONTACT_WORDS.search(text) is not None,
        _HANDLE.search(text) is not None and _FOLLOW.search(text) is not None,
        _FOLLOW_SOCIAL.search(text) is not None,
        _NEWSLETTER.search(text) is not None and _ADDRESSES_READER.search(text) is not None,
        words <= 12 and _SHARE_PROMPT.search(text) is not None,
        _COOKIES.search(text) is not None,
        _READING_TIME.match(text) is not None,
        _HAVE_A_TIP.match(text) is not None,
        _CLICK_HERE.search(text) is not None,
    )
    return any(checks)


def _is_label(para: Para) -> bool:
    """A "Related" / "Read more: ..." line, after which a list of links may follow."""
    first_line = para.text.split("\n", 1)[0]
    return _LABEL_ONLY.match(para.text) is not None or _LEADING_LABEL.match(first_line) is not None


def _is_byline(para: Para, key: str, author_keys: set[str]) -> bool:
    if para.words > 12:
        return False
    if _BYLINE.match(para.text):
        return True
    return any(a and a in key for a in author_keys) and para.words <= 8


def _is_dateline(para: Para) -> bool:
    """A short line of nothing but dates, times and words like "Published"/"Updated"."""
    tokens = para.text.replace("|", " | ").split()
    if len(tokens) < 2 or len(tokens) > 14 or len(para.text) > 100:
        return False
    dateish = [t for t in tokens if _DATE_WORD.match(t.strip(",()"))]
    has_number = any(any(c.isdigit() for c in t) for t in dateish)
    return has_number and len(dateish) >= 2 and len(tokens) - len(dateish) <= 1


def _is_link_list(para: Para) -> bool:
    """A list of tags or links under a label like "Tags" or "Related": no sentence in it."""
    return para.kind in ("list", "p") and para.words <= 60 and not _ends_sentence(para.text)


def _ends_sentence(text: str) -> bool:
    return re.search(r"[.!?…。！？][\"'”’)\]]*$", text.strip()) is not None
