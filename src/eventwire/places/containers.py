"""Places named with the larger unit they lie in: "X town in Y governorate",
"X (A district, B region)", "X, Y state".

A writer names the unit after a small place to say which one is meant, and the unit
(a country, a state, a province) is rarely ambiguous. So when a place and the unit
named as its container were resolved to different countries, the small place is the
doubtful reading: it is *contradicted*. Only the words between the two are read (a
few per pair of places of one sentence), never the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from eventwire.model import Place
from eventwire.places.recognise import load_lexicon, part_words

MAX_GAP_WORDS = 12
_TOKEN = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*|[^\w\s]")
_RANK = {"point": 4, "city": 3, "admin1": 2, "country": 1}
_LINKS = frozenset({"in", "of"})


@lru_cache(maxsize=1)
def gap_words() -> frozenset[str]:
    """Lower-case words allowed between a place and its container: the kind words and
    modifiers of ``cues.tsv`` and the part words of ``parts.tsv``."""
    lex = load_lexicon()
    return frozenset(part_words() | set(lex.kind_words) | lex.modifiers | lex.connectors | {"the"})


def link(gap: str) -> str | None:
    """How the words between a place and a later place tie them: ``"strong"`` (a bracket
    or "in"/"of": "X (Y)", "X town in Y"), ``"weak"`` (commas only: "X, Y"), ``""``
    (neither, but nothing against: "X-Y"), ``None`` when the words are not of a place's
    description (a verb, a closing bracket, "and", ...)."""
    tokens = _TOKEN.findall(gap)
    if len(tokens) > MAX_GAP_WORDS:
        return None
    words = gap_words()
    strong = weak = False
    for tok in tokens:
        low = tok.lower()
        if tok == "(" or low in _LINKS:
            strong = True
        elif tok == ",":
            weak = True
        elif not (tok in ("-", "–") or low in words or _capitalised(tok)):
            return None
    return "strong" if strong else "weak" if weak else ""


def container_links(text: str, places: Sequence[Place]) -> dict[int, set[int]]:
    """For each place (index into ``places``, in text order), the indices of the later
    places named as its containers: a coarser place after a comma ("X, Y"), or a place
    no finer after a bracket or "in"/"of" ("X (Y)", "X town in Y"), with only a place's
    description between them; a place right after another with nothing between them
    ("Nueva" "Esparta") is part of one name split in two, not a container."""
    rank = [_RANK.get(p.precision or "", 0) for p in places]
    out: dict[int, set[int]] = {}
    for i, place in enumerate(places):
        if place.span is None or rank[i] == 0:
            continue
        strong = weak = False
        end = place.span.end
        for j in range(i + 1, len(places)):
            other = places[j]
            if other.span is None or other.span.start < end:
                continue
            how = link(text[end : other.span.start])
            if how is None:
                break
            end = other.span.end
            if not how:
                continue  # one name read as two ("Nueva" "Esparta"): not a container
            strong, weak = strong or how == "strong", weak or how == "weak"
            if rank[j] == 0:
                continue
            if (weak and rank[j] < rank[i]) or (strong and rank[j] <= rank[i]):
                out.setdefault(i, set()).add(j)
    return out


def contradicted(
    text: str, places: Sequence[Place], support: Mapping[str, float]
) -> frozenset[int]:
    """Indices (into ``places``, in text order) of places that a container named after
    them (see :func:`container_links`) puts in another country: every container found
    has another country, and the document (``support``: how much it names each country)
    backs one of them at least as much as the place's own."""
    out: set[int] = set()
    for i, held in container_links(text, places).items():
        own_country = places[i].country
        if own_country is None:
            continue
        countries = {c for j in held if (c := places[j].country) is not None}
        own = support.get(own_country, 0.0)
        if own_country not in countries and any(support.get(c, 0.0) >= own for c in countries):
            out.add(i)
    return frozenset(out)


def _capitalised(token: str) -> bool:
    return any(part[:1].isupper() for part in token.split("-"))
