"""The unit the HTML extractor works on: one paragraph of body text and its kind.

Extraction, merging and furniture removal all pass lists of :class:`Para`
around; only :func:`join_paras` turns them into the article text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

ParaKind = Literal["p", "head", "list", "table", "quote"]

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_WORD = re.compile(r"\w+")
#: Scripts written without spaces between words (Han, kana, Thai, ...).
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph; ``text`` may hold single newlines (list items, table rows)."""

    text: str
    kind: ParaKind = "p"

    @property
    def words(self) -> int:
        """Whitespace-separated words; two characters count as one word in unspaced scripts."""
        return count_words(self.text)


def count_words(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub("", text).split()) + unspaced // 2


def flat(text: str) -> str:
    """Source text of a page with its line breaks as spaces (HTML treats them so)."""
    return text.replace("\r", " ").replace("\n", " ")


def normalize_space(text: str) -> str:
    """Collapse runs of spaces inside each line and drop empty lines."""
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def match_key(text: str) -> str:
    """A comparison key that ignores case, punctuation and spacing."""
    return " ".join(_WORD.findall(text.casefold()))


def join_paras(paras: list[Para]) -> str:
    """Article text: paragraphs separated by one blank line."""
    text = "\n\n".join(p.text for p in paras if p.text)
    return _BLANK_LINES.sub("\n\n", text).strip()
