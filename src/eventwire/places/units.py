"""Units named after a place: "Liutivka, Kharkiv", "Ar Raqw (Monabbih, Sadah)".

Reports name a village the gazetteer does not know with the province or country it
lies in, after a comma or inside brackets. The name tagger often reads such a unit
as a person or a people ("Kharkiv", "Sadah"), and recognition then drops it; yet a
first-level unit's or a country's name in that slot is written to say where, and is
the best place the text gives. This pass adds those units the recogniser left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.model import Span
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.recognise import Recogniser, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

MAX_WORDS = 4  # words in a unit's name
# what a note names in that slot: a province, a second-level unit (Burkina Faso's and the
# Philippines' provinces, Britain's counties: "Kpala (Ouo, Comoe)") or a country
UNIT_FEATURES = frozenset({"admin1", "admin2", "country"})
_ENDS = frozenset({".", ",", ")", ";", ":", "]"})


def named_units(recognise: Recogniser, gazetteer: Gazetteer, sdoc: SpacyDoc,
                found: Sequence[Toponym], blocked: Sequence[Span]) -> list[Toponym]:
    """Toponyms for the first- and second-level units and countries named right after a comma that
    follows a capitalised name, or last inside brackets, that ``found`` lacks: the
    unit's name ends at a punctuation mark or a kind word ("Kherson oblast")."""
    taken = [False] * len(sdoc)
    for t in found:
        for tok in sdoc.char_span(t.span.start, t.span.end, alignment_mode="expand") or ():
            taken[tok.i] = True
    kinds = recognise.lex.kind_words
    out: list[Toponym] = []
    for tok in sdoc:
        if tok.text not in (",", "(") or tok.i == 0 or tok.i + 1 >= len(sdoc):
            continue
        before = sdoc[tok.i - 1]
        # after a common noun ("the X community, Sumy") only a unit, never a country,
        # is read: a country there is as often the next item of a list
        after_noun = tok.text == "," and before.pos_ == "NOUN" and before.text.islower() \
            and before.lower_ not in kinds
        if tok.text == "," and not (before.text[:1].isupper() or before.lower_ in kinds
                                    or after_noun):
            continue
        start = tok.i + 1
        for end in range(min(len(sdoc), start + MAX_WORDS), start, -1):
            if any(taken[k] for k in range(start, end)) or not sdoc[start].text[:1].isupper():
                continue
            nxt = sdoc[end] if end < len(sdoc) else None
            if nxt is not None and nxt.text not in _ENDS and nxt.lower_ not in kinds:
                continue
            if tok.text == "(" and (nxt is None or nxt.text != ")"):
                continue
            words = sdoc[start:end]
            if not all(w.is_alpha or w.text in ("-", "'", "’") for w in words) or all(
                    w.lower_ in recognise.lex.modifiers for w in words if w.is_alpha):
                continue  # one name, not a compass point ("Tha Dut (East)")
            features = UNIT_FEATURES - {"country"} if after_noun else UNIT_FEATURES
            if not any(e.feature in features and not e.alternate
                       for e in gazetteer.lookup(words.text)):
                continue
            span = Span(words.start_char, words.end_char)
            if any(b.start <= span.start and span.end <= b.end for b in blocked):
                break
            out.append(Toponym(span, words.text, "unit", sdoc[start].ent_type_,
                               recognise._cue(sdoc, start, end)))
            for k in range(start, end):
                taken[k] = True
            break
    return out
