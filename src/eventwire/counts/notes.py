"""Coding notes: what an ACLED-style note says about how its fatalities were coded.

Such notes end with statements like "Fatalities coded as 3", "Unspecified casualties
coded as 10" or "13 total fatalities split between 2 events". The first two fix the
event's figure; a split divides the total evenly, rounding up, as the ACLED codebook
does. A note "coded as N" after its split ("20 fatalities split across 6 events coded
as 3") already gives the share; one before it ("coded as 10 and split between 5
locations") gives the total to split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from eventwire.counts.extract import parse_number
from eventwire.model import Span

_NUMBER = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"


@dataclass(frozen=True, slots=True)
class CodingNote:
    """One statement: ``coded`` the figure it names (or None), ``parts`` what it splits into,
    ``coded_share`` whether ``coded`` is already the share of one event."""

    span: Span
    coded: int | None
    parts: int | None
    coded_share: bool


@dataclass(frozen=True, slots=True)
class NoteWords:
    tally: frozenset[str]
    part: frozenset[str]

    @classmethod
    def load(cls) -> NoteWords:
        text = (resources.files("eventwire") / "data" / "counts" / "coding.tsv").read_text("utf-8")
        return cls.parse(text)

    @classmethod
    def parse(cls, text: str) -> NoteWords:
        """Words from ``word<TAB>role`` rows; a row with another role is an error."""
        roles: dict[str, set[str]] = {"tally": set(), "part": set()}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != 2 or not cells[0] or cells[1] not in roles:
                raise ValueError(f"coding.tsv line {n}: expected word<TAB>tally|part: {line!r}")
            roles[cells[1]].add(cells[0].lower())
        return cls(frozenset(roles["tally"]), frozenset(roles["part"]))

    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        tally = "|".join(map(re.escape, sorted(self.tally, key=len, reverse=True)))
        part = "|".join(map(re.escape, sorted(self.part, key=len, reverse=True)))
        return (
            re.compile(rf"\b(?:{tally})\b", re.IGNORECASE),
            re.compile(rf"\bcoded as {_NUMBER}\b", re.IGNORECASE),
            re.compile(
                rf"\bsplit (?:across|between|among|into|over) (?:the )?{_NUMBER} (?:{part})\b",
                re.IGNORECASE,
            ),
        )


def find_notes(text: str, sentences: list[Span], words: NoteWords) -> list[CodingNote]:
    """The coding notes among ``sentences`` of ``text`` (a sentence naming a death toll
    word and "coded as N" or "split across N events")."""
    if not words.tally:
        return []
    tally, coded_re, split_re = words.patterns()
    out: list[CodingNote] = []
    for sent in sentences:
        piece = sent.of(text)
        if not tally.search(piece):
            continue
        coded_m = coded_re.search(piece)
        split_m = split_re.search(piece)
        coded = parse_number(coded_m.group(1)) if coded_m else None
        parts = parse_number(split_m.group(1)) if split_m else None
        if coded is None and (parts is None or parts < 2):
            continue
        share = coded_m is not None and "split" in piece[: coded_m.start()].lower()
        out.append(CodingNote(sent, coded, parts if parts and parts > 1 else None, share))
    return out
