"""Cleaning: raw body text → the article text every span indexes, cut into blocks.

What it does, in order:

1. normalise characters (line endings, no-break and zero-width spaces, control
   characters, runs of blanks) — the words are never changed;
2. cut the text into lines and decide, line by line, what is page furniture
   (``Contact Editor``, share/subscribe prompts, photo credits, "Advertisement"),
   what is a byline (kept as author metadata, dropped from the text), what is a
   doubled image caption (dropped), and what is a standalone line — headline,
   sub-headline (dek), dateline — that must stay a block of its own;
3. re-join hard-wrapped lines (line breaks inside sentences) into paragraphs;
4. lay the blocks out as ``block\\n\\nblock…`` and return their spans.

The furniture and byline patterns are data (``data/clean/furniture.txt``), not code.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.errors import EmptyInput
from eventwire.model import Article, Block, BlockKind, RawArticle, Span

_TERMINAL = tuple(".!?:;\"'”’»)…")
_SPACE_RUN = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BYLINE = re.compile(
    r"^(?:by|from|words by|reporting by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
    r"(?:\s*(?:,|and|&|\|)\s*.*)?$",
    re.IGNORECASE,
)
_NAME_ONLY = re.compile(r"^(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z.'’-]*){1,3})\s*[,|]?\s*$")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([\w .&-]{1,40}\))?\s*[—–-]{1,2}\s"
)


@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """Line patterns that are never article body (one regex per line in the data file)."""
    text = (resources.files("eventwire") / "data" / "clean" / "furniture.txt").read_text("utf-8")
    pats = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(re.compile(rf"^(?:{p})$", re.IGNORECASE) for p in pats)


def normalise(text: str) -> str:
    """Same words, tidy characters: ``\\n`` line ends, one space between words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACE_RUN.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(lines)


def dateline_end(paragraph: str) -> int:
    """Length of a wire dateline ("NAIROBI, March 3 (Reuters) -") opening a paragraph, or 0."""
    m = _DATELINE.match(paragraph)
    return m.end() if m else 0


def is_furniture(line: str) -> bool:
    return any(p.match(line) for p in _furniture_patterns())


def _words(line: str) -> int:
    return len(line.split())


_MINOR = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "is",
        "vs",
        "after",
        "over",
        "into",
    }
)


def _title_case(line: str) -> bool:
    """Headline style: most words that are not minor words start with a capital."""
    words = [w for w in line.split() if w.lower() not in _MINOR and w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _looks_standalone(line: str) -> bool:
    """A short line that is a unit of its own (headline, caption, name), not wrapped prose."""
    if line.endswith(_TERMINAL[:3]):
        return False
    return (_words(line) <= 12 and len(line) < 60) or (_words(line) <= 20 and _title_case(line))


def _own_line(line: str) -> bool:
    """Furniture or a byline: always a line of its own."""
    return is_furniture(line) or _byline_name(line, True) is not None


@dataclass(frozen=True, slots=True)
class _Para:
    text: str
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    blocks: tuple[Block, ...]
    title: str | None
    author: str | None


def _breaks(lines: list[str]) -> list[bool]:
    """For each line of one blank-line-separated chunk: does a paragraph end after it?

    A line break is kept when the line is a standalone unit (short, no sentence end)
    followed by more text, or when a sentence ends on a line clearly shorter than
    the chunk's wrap width (the end of a paragraph in hard-wrapped text); other
    breaks are wrapping inside a sentence.
    """
    width = max(len(ln) for ln in lines)
    wrapped = (
        len(lines) > 2
        and width >= 40
        and sum(len(ln) >= 0.6 * width for ln in lines[:-1]) >= (len(lines) - 1) * 0.7
    )
    out: list[bool] = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if _own_line(line) or _own_line(nxt) or _DATELINE.match(nxt) or nxt == line:
            out.append(True)
            continue
        if wrapped:
            join = not line.endswith(_TERMINAL) or nxt[:1].islower() or len(line) >= 0.8 * width
            join = join and not (
                _title_case(line) and _looks_standalone(line) and nxt[:1].isupper()
            )
        else:
            join = not line.endswith(_TERMINAL) and (
                nxt[:1].islower() or (len(line) >= 40 and not _looks_standalone(line))
            )
        out.append(not join)
    out.append(True)
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped lines of one chunk into paragraphs (see :func:`_breaks`)."""
    paras: list[str] = []
    current: list[str] = []
    for line, brk in zip(lines, _breaks(lines), strict=True):
        current.append(line)
        if brk:
            paras.append(" ".join(current))
            current = []
    return paras


def verbatim_blocks(text: str) -> tuple[Block, ...]:
    """Blocks of a text that must not be changed (gold offsets index it as it is).

    Same paragraph decisions as cleaning, but expressed as spans over the original
    characters; nothing is dropped or rewritten.
    """
    blocks: list[Block] = []
    for chunk in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", text):
        offs: list[tuple[int, int]] = []
        for ln in re.finditer(r"[^\n]+", chunk.group()):
            a, b = ln.span()
            raw = ln.group()
            a += len(raw) - len(raw.lstrip())
            b -= len(raw) - len(raw.rstrip())
            if b > a:
                offs.append((chunk.start() + a, chunk.start() + b))
        if not offs:
            continue
        lines = [_SPACE_RUN.sub(" ", text[a:b]) for a, b in offs]
        start = offs[0][0]
        for k, ((_, end), brk) in enumerate(zip(offs, _breaks(lines), strict=True)):
            if brk:
                blocks.append(Block(Span(start, end)))
                if k + 1 < len(offs):
                    start = offs[k + 1][0]
    return tuple(blocks)


def _split_blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln]
        if lines:
            blocks.append(lines)
    return blocks


def _byline_name(line: str, in_header: bool) -> str | None:
    m = _BYLINE.match(line)
    if m and _words(line) <= 10:
        return m.group("name").rstrip(",")
    if in_header:
        m = _NAME_ONLY.match(line)
        if m and line.rstrip().endswith((",", "|")):
            return m.group("name")
    return None


def _is_dropped(paras: list[str], i: int) -> bool:
    """Furniture, a byline, or one copy of a doubled caption (header zone assumed)."""
    p = paras[i]
    doubled = _words(p) <= 40 and (
        (i + 1 < len(paras) and paras[i + 1] == p) or (i > 0 and paras[i - 1] == p)
    )
    return is_furniture(p) or _byline_name(p, True) is not None or doubled


def _is_dek(paras: list[str], i: int) -> bool:
    """The line right under a headline is a dek when it reads as a summary, not as the lede:
    no sentence end, or followed by header material (byline, furniture, caption, dateline)."""
    p = paras[i]
    if _words(p) > 45 or _DATELINE.match(p):
        return False
    if not p.endswith(_TERMINAL[:3]):
        return True
    nxt = i + 1
    return nxt < len(paras) and (
        _is_dropped(paras, nxt)
        or _looks_standalone(paras[nxt])
        or bool(_DATELINE.match(paras[nxt]))
    )


def _classify(paras: list[str], title: str | None) -> tuple[list[_Para], str | None, str | None]:
    """Drop furniture, bylines and doubled captions; name headline, dek and body blocks.

    The header zone (headline, dek, byline, captions) lasts until the first paragraph
    that reads as body prose; bylines without "By" are recognised only there.
    """
    author: str | None = None
    out: list[_Para] = []
    in_header = True
    i = 0
    while i < len(paras):
        p = paras[i]
        if is_furniture(p):
            i += 1
            continue
        name = _byline_name(p, in_header)
        if name is not None:
            author = author or name
            i += 1
            continue
        if i + 1 < len(paras) and paras[i + 1] == p and _words(p) <= 40:
            i += 2  # an image caption printed twice (alt text + caption)
            continue
        kind: BlockKind = "body"
        if in_header:
            if not out and title is None and _words(p) <= 25 and not _DATELINE.match(p):
                kind = "headline"
                title = p
            elif out and out[-1].kind == "headline" and _is_dek(paras, i):
                kind = "dek"
            elif out and _looks_standalone(p):
                kind = "caption"
            else:
                in_header = False
        out.append(_Para(p, kind))
        i += 1
    return out, title, author


def clean_text(text: str, *, title: str | None = None, dek: str | None = None) -> Cleaned:
    """Clean one article body. ``title``/``dek`` from metadata are put first as their own blocks."""
    text = normalise(text)
    paras: list[str] = []
    for lines in _split_blocks(text):
        paras.extend(_unwrap(lines))
    heads: list[_Para] = []
    if title:
        title = normalise(title).replace("\n", " ")
        if not paras or paras[0] != title:
            heads.append(_Para(title, "headline"))
        else:
            paras = paras[1:]
            heads.append(_Para(title, "headline"))
    if dek:
        dek = normalise(dek).replace("\n", " ")
        if paras and paras[0] == dek:
            paras = paras[1:]
        heads.append(_Para(dek, "dek"))
    body, found_title, author = _classify(paras, title)
    if heads and body and body[0].kind == "headline":
        body[0] = _Para(body[0].text, "dek" if not dek else "body")
    parts = heads + body
    if not parts:
        raise EmptyInput("no article text left after cleaning")
    return _layout(parts, found_title, author)


def _layout(parts: Iterable[_Para], title: str | None, author: str | None) -> Cleaned:
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for part in parts:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        pieces.append(part.text)
        blocks.append(Block(Span(pos, pos + len(part.text)), part.kind))
        pos += len(part.text)
    return Cleaned("".join(pieces), tuple(blocks), title, author)


def article_id(text: str, url: str | None) -> str:
    """Stable id: the same words at the same address always get the same id."""
    norm = " ".join(text.lower().split())
    digest = hashlib.sha256(f"{norm}\n{(url or '').strip().lower()}".encode()).hexdigest()
    return digest[:20]


def clean(raw: RawArticle) -> tuple[Article, tuple[Block, ...]]:
    """Turn what ingest found into the article record and its blocks."""
    cleaned = clean_text(raw.text, title=raw.title, dek=raw.dek)
    art = Article(
        id=article_id(cleaned.text, raw.url),
        text=cleaned.text,
        title=cleaned.title,
        url=raw.url,
        source=raw.source,
        author=raw.author or cleaned.author,
        published=raw.published,
    )
    return art, cleaned.blocks
