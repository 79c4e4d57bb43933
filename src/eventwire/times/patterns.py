"""Candidate temporal expressions: the rules of ``data/times/rules.tsv`` run over the text.

Each rule is a regular expression whose ``{NAME}`` placeholders expand to word
alternations built from the lexicon, so that a new month spelling or unit is a data
change. Matches of all rules are pooled and the longest non-overlapping ones kept
(earlier rules win ties), which is how "Friday, Oct. 23" beats "Friday" and
"the past five years" beats "five years".

Speed: a regular expression tried at every character of a long article is slow, so
each rule names its *anchors* (words every match contains: a month name, a unit, ...)
and runs only in windows around them. One cheap pass splits the text into words and
looks each up in a table of anchor classes.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.times.lexicon import Lexicon, LexiconError, norm_phrase

GATES = frozenset({"-", "ent", "yr"})
WINDOW = 60  # characters either side of an anchor word: more than any match reaches
_WORD = re.compile(r"[^\W_]+")
_DETERMINER = re.compile(r"(?:the|its|their|his|her|a|an)\s+(\w+(?:-\w+)+)", re.IGNORECASE)
_DECADE_TOKEN = re.compile(r"^\d?\d?\d0s$")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_BEFORE = r"(?<![\w$£€])"
_AFTER = r"(?![\w%])"
_CLOCK12 = (r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
            r"(?P<ampm>[ap]\.\s?m\.?|[ap]m)(?!\w)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,]\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One line of the rules file: its kind (which normaliser reads it) and its gate."""

    kind: str
    gate: str
    anchors: frozenset[str]
    regex: re.Pattern[str]
    line: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched expression: character span, rule kind and the named parts it captured."""

    start: int
    end: int
    kind: str
    gate: str
    parts: Mapping[str, str]
    rule: int

    def word(self, name: str, default: str = "") -> str:
        """A captured part in lookup form (see :func:`norm_phrase`), or ``default``."""
        value = self.parts.get(name)
        return default if value is None else norm_phrase(value)


def words(items: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, longest first; a space also matches a
    hyphen or several spaces, an apostrophe a curly one."""
    alts: list[str] = []
    for item in sorted(set(items), key=lambda s: (-len(s), s)):
        out = []
        for ch in item:
            if ch == " ":
                out.append(r"[-\s]+")
            elif ch == "-":
                out.append(r"[-\s]?")
            elif ch == "'":
                out.append("['’]")
            else:
                out.append(re.escape(ch))
        alts.append("".join(out))
    return "(?:" + "|".join(alts) + ")"


def full_names(table: Mapping[str, int]) -> set[str]:
    """The full name of each month or weekday: the longest key with its number."""
    best: dict[int, str] = {}
    for name, number in table.items():
        if len(name) > len(best.get(number, "")):
            best[number] = name
    return set(best.values())


def abbreviations(names: Iterable[str], dot: str) -> str:
    """An alternation of abbreviations followed by ``dot`` ("Aug." or "Aug", "Wed.")."""
    return "(?:" + "|".join(re.escape(n) + dot for n in sorted(names, key=len, reverse=True)) + ")"


def numbers(lex: Lexicon) -> tuple[str, str]:
    """Expressions for a count ("24", "1,000", "2 1/2", "twenty-four", "a") and for a
    spoken year ("nineteen ninety-four", "two thousand and one")."""
    word_numbers = {k: v for k, v in lex.numbers.items() if k.isalpha() and k not in ("a", "an")}
    ones = words(k for k, v in word_numbers.items() if v < 10)
    teens = words(k for k, v in word_numbers.items() if 10 <= v < 20)
    tens = words(k for k, v in word_numbers.items() if v % 10 == 0 and 20 <= v < 100)
    compound = rf"(?:{tens}(?:[\s-]{ones})?|{teens}|{ones})"
    phrases = words(k for k, v in lex.numbers.items() if not k.isalpha() or v >= 100)
    word_num = rf"(?:{compound}(?:[\s-](?:hundred|thousand))?|{phrases})"
    count = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|½)?|{word_num}|an?)"
    spoken = (rf"(?:nineteen[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?(?:{tens}(?:[\s-]{ones})?"
              rf"|{teens})|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{teens}|{ones}))?)")
    return count, spoken


def placeholders(lex: Lexicon) -> dict[str, str]:
    """The expansions of every ``{NAME}`` the rules may use."""
    months, days = full_names(lex.months), full_names(lex.weekdays)
    month_full = words(months)
    month_abbr = abbreviations(set(lex.months) - months, r"\.?")
    weekday_abbr = abbreviations(set(lex.weekdays) - days, r"\.")
    weekday = f"(?:{words(days)}|{weekday_abbr})"
    count, spoken = numbers(lex)
    plural = [u for u in lex.units if u.endswith(("s", "ia"))]
    return {
        "MONTH": f"(?:{month_full}|{month_abbr})",
        "MONTH_FULL": month_full,
        "MONTH_ABBR": month_abbr,
        "WEEKDAY": weekday,
        "DAY": _DAY,
        "YEAR": f"(?:{_YEAR}|{spoken})",
        "NUM": count,
        "VAGUE": words(lex.vague_numbers),
        "UNIT": words(lex.units),
        "UNIT_SG": words(u for u in lex.units if u not in plural),
        "UNIT_PL": words(plural),
        "ORD": words(lex.ordinals),
        "SEASON": words(lex.seasons),
        "PART": words(lex.day_parts),
        "REL_DAY": words(lex.relative_days),
        "SHIFT": words(lex.shifts),
        "ANA": words(lex.anaphoric_shifts),
        "FUZZY": words(lex.fuzzy),
        "SET": words(lex.sets),
        "HOLIDAY": words(lex.holidays),
        "APPROX": words(lex.approximators),
        "DECADE_WORD": words(lex.decade_words),
        "TZ": words(lex.timezones),
        "MOD": words(lex.modifiers),
        "CLOCK12": _CLOCK12,
    }


def default_rules_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "times" / "rules.tsv"))


def load_rules(lex: Lexicon, path: Path | None = None) -> tuple[Rule, ...]:
    """Compile the rules file (the bundled one unless ``path`` is given)."""
    src = path or default_rules_path()
    try:
        text = src.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{src.name}: cannot read the temporal rules ({exc})") from exc
    table = placeholders(lex)
    rules: list[Rule] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise LexiconError(
                f"{src.name}:{n}: expected kind, gate, anchors and pattern, tab-separated")
        kind, gate, anchor_list, pattern = (f.strip() for f in fields)
        if gate not in GATES:
            raise LexiconError(f"{src.name}:{n}: unknown gate {gate!r}")
        anchors = frozenset(a.strip() for a in anchor_list.split(",") if a.strip())
        unknown = {a for a in anchors if a.isupper() and a not in ANCHOR_CLASSES}
        if not anchors or unknown:
            raise LexiconError(f"{src.name}:{n}: bad anchors {anchor_list!r}")

        def expand(m: re.Match[str], n: int = n) -> str:
            name = m.group(1)
            if name not in table:
                raise LexiconError(f"{src.name}:{n}: unknown placeholder {{{name}}}")
            return table[name]

        try:
            regex = re.compile(_BEFORE + "(?:" + _PLACEHOLDER.sub(expand, pattern) + ")" + _AFTER,
                               re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{src.name}:{n}: bad pattern ({exc})") from exc
        rules.append(Rule(kind, gate, anchors, regex, n))
    if not rules:
        raise LexiconError(f"{src.name}: no rules")
    return tuple(rules)


ANCHOR_CLASSES = frozenset({"MONTH", "WEEKDAY", "UNIT", "YEAR", "DECADE", "NUM", "SEASON",
                            "PART", "REL_DAY", "FUZZY", "SET", "HOLIDAY", "TZ"})


@dataclass(frozen=True, slots=True)
class AnchorIndex:
    """Finds the anchor words of a text in one regular-expression pass: a trie of the
    known words plus any number, matched on the lower-cased text."""

    classes: Mapping[str, frozenset[str]]
    regex: re.Pattern[str]

    def positions(self, text: str) -> dict[str, list[int]]:
        """Start offsets of the anchor words of ``text``, by class and by word."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        found: dict[str, list[int]] = {}
        for m in self.regex.finditer(lowered):
            word, start = m.group(), m.start()
            found.setdefault(word, []).append(start)
            for cls in self.classes.get(word, ()):
                found.setdefault(cls, []).append(start)
            if word[0].isdigit():
                found.setdefault("NUM", []).append(start)
                if len(word) == 4 and word.isdigit() and 1500 <= int(word) <= 2099:
                    found.setdefault("YEAR", []).append(start)
                elif _DECADE_TOKEN.match(word):
                    found.setdefault("DECADE", []).append(start)
                elif word.endswith(("am", "pm")):  # "4pm" is one word
                    found.setdefault(word[-2:], []).append(start)
        return found


def anchor_index(lex: Lexicon, rules: Iterable[Rule]) -> AnchorIndex:
    """The anchor classes of the lexicon's words and the literal anchors of ``rules``.
    A phrase ("the near future") is filed under its longest word, which any match of it
    must contain."""
    tables: dict[str, Iterable[str]] = {
        "MONTH": lex.months, "WEEKDAY": lex.weekdays, "UNIT": lex.units,
        "SEASON": lex.seasons, "PART": lex.day_parts, "REL_DAY": lex.relative_days,
        "FUZZY": lex.fuzzy, "SET": lex.sets, "HOLIDAY": lex.holidays, "TZ": lex.timezones,
        "DECADE": lex.decade_words, "YEAR": ("nineteen", "thousand"),
    }
    classes: dict[str, set[str]] = {}
    for cls, phrases in tables.items():
        for phrase in phrases:
            parts = _WORD.findall(phrase.lower())
            if parts:
                classes.setdefault(max(parts, key=len), set()).add(cls)
    literals = {a for r in rules for a in r.anchors if not a.isupper()}
    vocabulary = set(classes) | literals
    regex = re.compile(r"(?<![^\W_])(?:" + _trie(sorted(vocabulary)) + r"|\d[^\W_]*)(?![^\W_])")
    return AnchorIndex({w: frozenset(c) for w, c in classes.items()}, regex)


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, shared prefixes factored out
    (much faster than a flat alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def windows(starts: Iterable[int], size: int) -> list[tuple[int, int]]:
    """Merged ``[start - WINDOW, start + WINDOW]`` ranges around anchor offsets."""
    out: list[tuple[int, int]] = []
    for pos in sorted(starts):
        lo, hi = max(0, pos - WINDOW), min(size, pos + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def find_candidates(
    text: str,
    rules: Iterable[Rule],
    anchors: AnchorIndex,
    keep: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Every rule's matches near its anchors that ``keep`` accepts, reduced to the longest
    non-overlapping ones, in text order. Filtering first lets a rejected long match
    ("may 2" after a lower-case modal) leave room for a shorter one."""
    positions = anchors.positions(text)
    found: list[Candidate] = []
    for i, rule in enumerate(rules):
        starts = [p for a in rule.anchors for p in positions.get(a, ())]
        seen: set[tuple[int, int]] = set()
        for lo, hi in windows(starts, len(text)):
            for m in rule.regex.finditer(text, lo, hi):
                if m.end() == m.start() or m.span() in seen:
                    continue
                seen.add(m.span())
                parts = {k: v for k, v in m.groupdict().items() if v is not None}
                cand = Candidate(m.start(), m.end(), rule.kind, rule.gate, parts, i)
                if keep is None or keep(cand):
                    found.append(cand)
    return [trim_determiner(text, c) for c in select_longest(found)]


def trim_determiner(text: str, cand: Candidate) -> Candidate:
    """TimeML leaves the determiner out of an expression used as a hyphenated modifier:
    "the [two-week] visit", "its [third-quarter] loss"."""
    m = _DETERMINER.match(text, cand.start, cand.end)
    if m is None or m.end() != cand.end:
        return cand
    return dataclasses.replace(cand, start=m.start(1))


def select_longest(found: list[Candidate]) -> list[Candidate]:
    """Greedy choice of the longest candidates (then the earliest rule) that do not overlap,
    in text order. The chosen spans never overlap, so only the neighbours of a new one
    in start order need checking."""
    found.sort(key=lambda c: (c.start - c.end, c.rule, c.start))
    starts: list[int] = []
    taken: list[Candidate] = []
    for cand in found:
        i = bisect_left(starts, cand.start)
        if i > 0 and taken[i - 1].end > cand.start:
            continue
        if i < len(taken) and taken[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        taken.insert(i, cand)
    return taken
