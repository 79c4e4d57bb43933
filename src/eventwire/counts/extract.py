"""How many: dead, injured, arrested, missing, displaced, and crowd sizes, with qualifiers.

A count is read from the parse around a word that says what happened to people
("killed", "wounded", "arrested", "dead", "fled") — its passive subject, its object,
or the noun it describes — and each conjoined group is a count of its own ("more than
100 Palestinian Arabs and 13 Israeli soldiers were killed" gives two). Vague quantities
("dozens", "hundreds") count as their lower bound with the word kept as qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.model import Count, Span
from eventwire.nlp import sentence_bounds, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

WORD_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "at least": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "up to": "up to",
    "as many as": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "dozens of": "dozens",
}
PROTEST_WORDS = frozenset(
    {"protest", "demonstrate", "rally", "march", "gather", "strike", "demonstration"}
)
_SIZE = re.compile(r"\[size=([^\]]+)\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tables:
    kinds: dict[str, str]
    quantities: dict[str, tuple[int, str]]
    crowd: frozenset[str]

    @classmethod
    def load(cls) -> Tables:
        root = resources.files("eventwire") / "data" / "counts"

        def rows(name: str) -> list[list[str]]:
            text = (root / name).read_text("utf-8")
            return [
                ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
            ]

        kinds = {r[0].strip(): r[1].strip() for r in rows("kinds.tsv")}
        quantities = {r[0].strip(): (int(r[1]), r[2].strip()) for r in rows("quantities.tsv")}
        crowd = frozenset(r[0].strip() for r in rows("crowd.tsv"))
        return cls(kinds, quantities, crowd)


def parse_number(text: str) -> int | None:
    """'13', '1,200', '2.5 million', 'twenty-five', 'three hundred' → int."""
    t = text.lower().replace(",", "").replace("-", " ").strip()
    if not t:
        return None
    try:
        return int(float(t))
    except ValueError:
        pass
    words = t.split()
    digits = [w for w in words if re.fullmatch(r"\d+(\.\d+)?", w)]
    if len(digits) > 1 and not any(w in SCALES for w in words):
        return int(float(digits[0]))  # a range or a list ("16 to 25"): its lower bound
    total, current = 0, 0
    for w in words:
        if w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        elif re.fullmatch(r"\d+(\.\d+)?", w):
            current += float(w)  # type: ignore[assignment]
        elif w != "and":
            return None
    value = int(total + current)
    return value if value > 0 or "zero" in t else None


def _quantity(head: Token, tables: Tables) -> tuple[int, str, int] | None:
    """Value, qualifier and first token index of the number phrase on a noun (none on a
    date or a time: "around 16 January" is not sixteen victims)."""
    if head.ent_type_ in ("DATE", "TIME"):
        return None
    nums = [
        c
        for c in head.children
        if c.dep_ in ("nummod", "quantmod") or (c.like_num and c.i < head.i)
    ]
    if head.like_num and head.pos_ == "NUM":
        nums = [head]
    if nums:
        first = min(t.i for n in nums for t in n.subtree)
        last = max(n.i for n in nums)
        words = [t for t in head.doc[first : last + 1] if t.like_num or t.lower_ in SCALES]
        value = parse_number(" ".join(t.text for t in words))
        if value is None:
            return None
        lead = head.doc[first : min(t.i for t in words)].text.lower()
        qualifier = QUALIFIERS.get(lead.strip(), "exact" if not lead.strip() else lead.strip())
        return value, qualifier, first
    det = next(
        (c for c in head.children if c.dep_ in ("det", "amod") and c.lower_ in tables.quantities),
        None,
    )
    if det is not None and head.tag_ in ("NN", "NNS"):
        value, qual = tables.quantities[det.lower_]
        return value, qual, det.i
    return None


def _vague_of(head: Token, tables: Tables) -> tuple[int, str, int, Token] | None:
    """ "dozens of people", "hundreds of protesters": the quantity word heads the phrase."""
    low = head.lower_
    key = next(
        (k for k in tables.quantities if k.split()[-1] == low and k not in ("a", "an")), None
    )
    if key is None:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if pobj is None:
        return None
    value, qual = tables.quantities[key]
    if low == "thousands" and head.i >= 2 and head.doc[head.i - 2].lower_ in ("tens", "hundreds"):
        key = f"{head.doc[head.i - 2].lower_} of thousands"
        value, qual = tables.quantities[key]
        return value, qual, head.i - 2, pobj
    return value, qual, head.i, pobj


def _counted(head: Token, tables: Tables) -> list[tuple[int, str, int, Token]]:
    """(value, qualifier, start token, noun) for a counted phrase and its conjuncts."""
    out = []
    for h in (head, *head.conjuncts):
        vague = _vague_of(h, tables)
        if vague is not None:
            out.append(vague)
            continue
        q = _quantity(h, tables)
        if q is not None:
            out.append((q[0], q[1], q[2], h))
    return out


def find_counts(sdoc: SpacyDoc, tables: Tables) -> list[tuple[Count, int]]:
    """Counts in the doc with the index of the token that gave their kind."""
    found: list[tuple[Count, int]] = []
    seen: set[tuple[int, str]] = set()
    for i in tokens_with(sdoc, frozenset(tables.kinds)):
        tok = sdoc[i]
        kind = tables.kinds.get(tok.lemma_.lower()) or tables.kinds.get(tok.lower_)
        if kind is None:
            continue
        heads: list[Token] = []
        if tok.pos_ in ("VERB", "AUX"):
            heads = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
            if not heads and tok.lemma_.lower() in ("die", "flee", "disappear"):
                heads = [c for c in tok.children if c.dep_ == "nsubj"]
        elif tok.pos_ == "ADJ":  # "five people dead", "left 12 dead"
            if tok.dep_ == "amod":
                heads = [tok.head]
            else:
                heads = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubj") and c != tok]
                heads += [c for c in tok.children if c.like_num]
        elif tok.pos_ == "NOUN":  # "12 deaths", "the death toll rose to 30"
            heads = [tok] if any(c.dep_ == "nummod" for c in tok.children) else []
        for head in heads:
            for value, qual, start, noun in _counted(head, tables):
                key = (noun.i, kind)
                if key in seen:
                    continue
                seen.add(key)
                found.append(
                    (
                        Count(
                            kind=kind,
                            value=value,
                            span=_phrase_span(sdoc, start, noun.i),
                            qualifier=qual,
                        ),
                        tok.i,
                    )
                )
    found.extend(_crowds(sdoc, tables, seen))
    return found


def _phrase_span(sdoc: SpacyDoc, a: int, b: int) -> Span:
    """The characters from token ``a`` to token ``b`` in either order (a number may follow
    its noun: "students, 25 of them")."""
    first, last = sdoc[min(a, b)], sdoc[max(a, b)]
    return Span(first.idx, last.idx + len(last.text))


def _crowds(sdoc: SpacyDoc, tables: Tables, seen: set[tuple[int, str]]) -> list[tuple[Count, int]]:
    out: list[tuple[Count, int]] = []
    text = sdoc.text
    for m in _SIZE.finditer(text):  # ACLED-style "[size=around 200]"
        inner = m.group(1).strip().lower()
        qual = next((q for k, q in QUALIFIERS.items() if inner.startswith(k + " ")), "exact")
        digits = re.search(r"[\d,]+", inner)
        value = parse_number(digits.group()) if digits else None
        if value is None:
            vague = next(
                (
                    v
                    for k, v in sorted(_quantities_sorted(tables), key=lambda kv: -len(kv[0]))
                    if k in inner
                ),
                None,
            )
            if vague is None:
                continue
            value, qual = vague
        out.append((Count("crowd", value, Span(m.start(), m.end()), qual), -1))
    protest_sents = {sentence_bounds(sdoc)[i][0] for i in tokens_with(sdoc, PROTEST_WORDS)}
    for i in tokens_with(sdoc, tables.crowd) if protest_sents else ():
        tok = sdoc[i]
        if sentence_bounds(sdoc)[tok.i][0] not in protest_sents:
            continue
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        for value, qual, start, noun in _counted(head, tables):
            if (
                (noun.i, "crowd") in seen
                or (noun.i, "arrested") in seen
                or (noun.i, "killed") in seen
                or (noun.i, "injured") in seen
            ):
                continue
            seen.add((noun.i, "crowd"))
            out.append((Count("crowd", value, _phrase_span(sdoc, start, noun.i), qual), tok.i))
    return out


def _quantities_sorted(tables: Tables) -> list[tuple[str, tuple[int, str]]]:
    return [(k, v) for k, v in tables.quantities.items() if k not in ("a", "an", "one")]
