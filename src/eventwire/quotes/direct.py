"""Direct quotations: which quoted segments are speech, who owns each, and how they join.

A segment is owned by a cue when

1. the cue's complement is mostly that quotation ("“We will win,” she said":
   the parser makes the quote the ``ccomp`` of *said*), or
2. whatever the parse made its complement, a speech cue introduces it with a
   comma or a colon ("She was *asked*, “…”"), is tagged onto it ("“…,” *said*
   the mayor", "“…,” the director *warned*, “…”"), or ends the sentence before
   it with a colon when it opens with a capital, or
3. a speech cue with no complement of its own stands next to it in the same
   sentence ("“No.” *she said* flatly") or ends the paragraph before it with a
   colon ("She *said*:" / "“…”"), or
4. a dash and a name close its line ("“…” ― Ana Ruiz").

A quote the writer's sentence runs on through ("John “Tig” Smith *said*"), or
that opens with a small letter in the middle of the writer's sentence, is kept as
borrowed words, not as a direct quotation; so are quoted words that are only the
predicate of a subject standing before them ("the mayor “has earned a few fans”"), and
small-letter words that finish a sentence the writer began before a tag set into it
("If the bill passes, she said, “the plant will close.”").
A second cue set right before a quote ("…, adding, “…”") introduces it.

Segments then join into one quotation, as news style (and the PolNeAR gold)
reads them: the pieces of a quote split by its attribution (“…,” she said, “…”,
also with a participle or a second cue of the same report between them), and a
paragraph that opens with a quote and has no cue of its own, continuing the
quotation of the paragraph before when that paragraph ends with the quotation and
its tag (narration after the tag ends it), or always when the quote before was left
unclosed. A joined quotation is one content span covering its pieces, quotation
marks included.

Quoted words with no owner are kept as quotations only when they are long
enough to be speech rather than a title or a scare quote (``min_words``) or make
up a paragraph of their own; one that follows an indirect report at once goes on
with that report.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.model import Span
from eventwire.nlp import sentence_bounds
from eventwire.quotes.indirect import Found
from eventwire.quotes.marks import Segment
from eventwire.quotes.speaker import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

_NEAR_WORDS = 12
# a signature after a quote: a dash, up to five capitalised words (an initial may keep its
# full stop: "Ana B. Ruiz"), the line's end
_NAME_WORD = r"[A-Z](?:\.(?=[ \xa0])|[^\s,.;:]*)"
_DASH_NAME = re.compile(
    rf"[ \xa0]*([―—–]|--?)[ \xa0]*({_NAME_WORD}(?:[ \xa0]{_NAME_WORD}){{0,4}})[ \xa0.]*$"
)
_SENTENCE_END = frozenset(".!?")
# the full stop and closing mark of a quote the report ends with ('had “a duty to act.”')
_CLOSES_REPORT = re.compile(r"^([.!?,]?)[\"”»’]")
_PREDICATE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD", "TO"})
_LINKS = frozenset({"", "but", "and", "or", "yet", "so", "nor"})
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*[ \xa0]+")
_MIN_QUOTATION_WORDS = 3
_TITLE_BEFORE = frozenset({"on", "in", "at", "to", "of", "from", "with", "for", "by", "about",
                           "titled", "entitled", "called", "the", "a", "an"})


@dataclass(slots=True)
class Unit:
    """A direct quotation being built: its pieces and the attribution that owns it."""

    pieces: list[Segment]
    owner: Found | None = None
    lines: list[int] = field(default_factory=list)
    direct: bool = True  # False: words the owner's report borrows, not a quotation

    @property
    def span(self) -> Span:
        return Span(self.pieces[0].span.start, self.pieces[-1].span.end)


@dataclass(frozen=True, slots=True)
class Quotations:
    units: list[Unit]
    extended: dict[Found, int]


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (a paragraph is a line in verbatim text)."""
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _quoted_share(span: Span, segments: Sequence[Segment]) -> float:
    inside = sum(
        max(0, min(span.end, s.span.end) - max(span.start, s.span.start)) for s in segments
    )
    return inside / max(1, len(span))


def _is_quotation(text: str, f: Found, content: Span, segments: Sequence[Segment]) -> bool:
    """A complement that is a quotation: it opens with the quote and the quoted words
    make up nearly all of it. "said the plan “will fail”" and "said that “…”" are
    indirect reports that borrow the speaker's words, not quotations."""
    head = text[content.start : segments[0].span.start].strip().lower()
    if head not in ("", ":", ","):
        return False
    if (
        f.frame != "clause"
        and not (f.speech and f.frame == "object")
        and sum(words(text, s.span) for s in segments) < _MIN_QUOTATION_WORDS
    ):
        # a scare quote: "called it a “farce”" reports, it does not quote; what a speech
        # verb utters ("by saying “Too many.”", "chanting “No contract”") it quotes
        return False
    return _quoted_share(content, segments) >= 0.8


def words(text: str, span: Span) -> int:
    return len(span.of(text).split())


def build_units(
    doc: SpacyDoc,
    text: str,
    segments: Sequence[Segment],
    found: Sequence[Found],
    *,
    min_words: int = 12,
) -> Quotations:
    """Direct quotations of one document, in text order, and the indirect reports that
    run on into a quotation of their own (the end their content stretches to). ``text``
    is the document's text (``doc.text`` rebuilds it on every call)."""
    lines = line_starts(text)
    owners, inside, borrowed = _owners(doc, text, segments, found)
    units: list[Unit] = []
    extended: dict[Found, int] = {}
    by_owner: dict[int, Unit] = {}
    reporter: tuple[int, Found] | None = None  # (line, cue) of the last partial quotation
    for i, seg in enumerate(segments):
        owner = owners[i]
        line = bisect_right(lines, seg.span.start) - 1
        if i in borrowed:
            units.append(Unit([seg], borrowed[i], [line], direct=False))
            continue
        if owner is None and i in inside:
            holder = inside[i]
            if holder.speech and holder.subject is not None:
                reporter = (line, holder)
            continue
        if owner is None and reporter is not None and reporter[0] == line and not any(
            f.cue.start > reporter[1].cue.end and f.cue.end <= seg.span.start for f in found
        ):
            # 'She said the plan “failed,” adding: “…”': one report running on
            extended[reporter[1]] = seg.span.end
            continue
        if owner is not None and id(owner) in by_owner:
            unit = by_owner[id(owner)]
            unit.pieces.append(seg)
            unit.lines.append(line)
            continue
        prev = units[-1] if units else None
        if prev is not None and _continues(doc, prev, seg, line, owner, text, lines, found):
            prev.pieces.append(seg)
            prev.lines.append(line)
            if prev.owner is None and owner is not None:
                prev.owner = owner
            continue
        unit = Unit([seg], owner, [line])
        units.append(unit)
        if owner is not None:
            by_owner[id(owner)] = unit
    kept = [u for u in units if u.owner is not None or _standalone(text, u.span, min_words)]
    owning = {id(u.owner) for u in units if u.owner is not None}
    for unit in [u for u in kept if u.owner is None]:
        report = _report_before(text, unit, found, owning)
        if report is not None:
            extended[report] = max(extended.get(report, 0), unit.span.end)
            kept.remove(unit)
    for unit in kept:
        if unit.direct and (
            _predicate_only(doc, text, unit.pieces[0]) or _runs_on_past_tag(doc, text, unit)
        ):
            unit.direct = False
    return Quotations(kept, extended)


def _report_before(
    text: str, unit: Unit, found: Sequence[Found], owning: set[int]
) -> Found | None:
    """The indirect report that an unattributed quotation goes on with: the report ends
    the sentence right before it ("Lee said the fund was empty. “We have nothing left.”"),
    or ends the paragraph right before the one the quotation opens, also where the report
    ends in words it borrows ('… said the depot had “no money left.”'). The quotation
    adds the reporter's own words to that report; it names no speaker of its own."""
    start = unit.span.start
    if unit.pieces[-1].span.of(text).rstrip("\"“”„«»' ").endswith(","):
        return None  # '“…,” the email read': a tag of its own follows, parsed or not
    reports = [
        (f.content.end, f)
        for f in found
        if f.content is not None and id(f) not in owning and f.content.end <= start
    ]
    if not reports:
        return None
    end, best = max(reports, key=lambda r: r[0])
    gap = _CLOSES_REPORT.sub(r"\1", text[end:start], count=1)
    if gap.count("\n") > 2 or any(c in gap for c in "\"“”„«»"):
        return None
    if "\n" in gap:
        # the report must end its paragraph and the quotation open the next
        return best if not gap.strip(" .!?\n\xa0") else None
    return best if not gap.strip(" .!?\xa0") and gap.strip(" \xa0") else None


def _predicate_only(doc: SpacyDoc, text: str, seg: Segment) -> bool:
    """Quoted words that are only the predicate of the writer's clause, its subject
    standing before the quote ("the paper said the candidate “has earned a few fans”",
    "which she called “a sorry day for the valley”"), or that open with a finite verb or
    an infinitive's "to" ("urged them “to stand firm”"): the report borrows the words, it
    does not quote a sentence. A quote opening its sentence, or opening with a capital, is
    the speaker's own sentence."""
    first = next((c for c in seg.span.of(text) if c.isalpha()), "")
    if not first.islower() or _opens_sentence(text, seg.span.start):
        return False
    words_ = doc.char_span(seg.span.start, seg.span.end, alignment_mode="expand")
    if words_ is None:
        return False
    inside = range(words_.start, words_.end)
    for tok in words_:
        if tok.head.i in inside and tok.head.i != tok.i:
            continue  # not a head of the quoted words
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < words_.start for c in tok.children):
            return True
    lead = next((t for t in words_ if t.is_alpha), None)
    # words that open with a finite verb or an infinitive's "to" ("said nothing “will
    # change”", "urged them “to stand firm”") have their subject outside the quote
    return lead is not None and lead.tag_ in _PREDICATE_TAGS


def _runs_on_past_tag(doc: SpacyDoc, text: str, unit: Unit) -> bool:
    """A quote that opens with a small letter right after a tag set into the writer's
    sentence ("If the bill passes, she said, “the plant will close.”", "There was, he
    said, “no plan at all.”"): the quoted words finish a sentence the writer began, so
    the report mixes the writer's words with the speaker's; it is not a quotation of its
    own. A tag that opens its sentence ("She added, “and we will…”") quotes."""
    owner = unit.owner
    first = unit.pieces[0].span
    if owner is None or owner.subject is None or owner.cue.end > first.start:
        return False
    head = next((c for c in first.of(text) if c.isalpha()), "")
    if not head.islower():
        return False
    subject = doc[owner.subject]
    tag = min(subject.left_edge.idx, owner.cue.start)
    between = text[tag : first.start]
    if any(c in between for c in "\"“”\n") or not between.rstrip(" \xa0").endswith(","):
        return False
    line = text[text.rfind("\n", 0, tag) + 1 : tag]
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(line)]
    fronted = line[ends[-1] if ends else 0 :].strip(" \xa0")
    if not fronted.endswith(",") or any(c in fronted for c in "\"“”"):
        return False
    # a conjunction alone ("But, she noted, “…”") links the sentence to the one before;
    # it is none of the reported words
    return fronted.rstrip(",").strip().lower() not in _LINKS


def _standalone(text: str, span: Span, min_words: int) -> bool:
    """An unattributed quotation counts when it is long and opens its sentence: one that
    starts mid-sentence is a phrase of the writer's sentence ("declaring it “…”")."""
    if _whole_paragraph(text, span):
        return True
    if words(text, span) < min_words:
        return False
    return _opens_sentence(text, span.start)


def _whole_paragraph(text: str, span: Span) -> bool:
    """A paragraph that is nothing but a quotation is speech, however short ("“Who pays
    for it?”" after the speaker's question): a title or a scare quote sits in a
    sentence of the writer's."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end == -1 else end
    inner = span.of(text).strip("\"“”„«»' ")
    return (
        not text[start : span.start].strip()
        and not text[span.end : end].strip()
        and bool(inner)
        and inner[-1] in ".!?,…—-"
    )


def _owners(
    doc: SpacyDoc, text: str, segments: Sequence[Segment], found: Sequence[Found]
) -> tuple[list[Found | None], dict[int, Found], dict[int, Found]]:
    """The cue owning each segment; the segments that are only words quoted inside an
    indirect report (they are part of that report, not quotations of their own); and the
    segments a complement-less cue reports as words borrowed into the writer's sentence
    (see :func:`_embedded`)."""
    owners: list[Found | None] = [None] * len(segments)
    covered: dict[int, Found] = {}
    for f in found:
        if f.content is None:
            continue
        hit = [i for i, s in enumerate(segments) if s.span.overlaps(f.content)]
        if hit and _is_quotation(text, f, f.content, [segments[i] for i in hit]):
            for i in hit:
                if owners[i] is None:
                    owners[i] = f
        else:
            for i in hit:
                covered.setdefault(i, f)
    cues = sorted(found, key=lambda f: f.cue.start)
    starts = [f.cue.start for f in cues]
    for i, seg in enumerate(segments):
        current = owners[i]
        if current is not None:
            # a second cue set right before the quote ("“…,” she said, adding, “…”",
            # "…, before asking: “…”") introduces it, whatever complement the parse
            # gave the first
            intro = _introduced(text, seg, cues, starts)
            if intro is not None and intro.cue.start > current.cue.end:
                owners[i] = intro
            continue
        intro = (
            _introduced(text, seg, cues, starts)
            or _tagged(doc, text, seg, cues, starts)
            or _dash_tag(doc, text, seg)
        )
        if intro is None and i in covered and _after_colon(text, seg):
            intro = _colon_intro(doc, text, seg, found)
        if intro is not None:
            owners[i] = intro
            covered.pop(i, None)
    free = [f for f in found if f.speech and f.content is None]
    borrowed: dict[int, Found] = {}
    for i, seg in enumerate(segments):
        if owners[i] is None and i not in covered:
            near = _adjacent(text, seg, free, segments)
            if near is not None and (
                _embedded(text, seg)
                or _phrase_of_sentence(text, seg, near)
                or _after_title_word(text, seg)
            ):
                borrowed[i] = near
                continue
            owners[i] = near or _colon_intro(doc, text, seg, found)
    return owners, covered, borrowed


def _after_colon(text: str, seg: Segment) -> bool:
    """A quote that a colon sets off and that opens with a capital: a sentence of its own
    ("… he had silenced her: “She signed an agreement.”")."""
    before = text[: seg.span.start].rstrip(" \xa0")
    first = next((c for c in seg.span.of(text) if c.isalnum()), "")
    return before.endswith(":") and first.isupper()


def _introduced(
    text: str, seg: Segment, cues: Sequence[Found], starts: Sequence[int]
) -> Found | None:
    """A speech cue that introduces the quote with a comma or a colon ("She was asked,
    “…”", "But, he noted, “…”"): the quote is what it reports, even where the parse hung
    the cue's complement elsewhere or took the words before the cue into it. ``cues`` are
    in text order, ``starts`` their start offsets; only the last cue before the quote can
    be so close to it."""
    at = seg.span.start
    j = bisect_left(starts, at) - 1
    while j >= 0 and cues[j].cue.end > at:
        j -= 1
    if j < 0:
        return None
    f = cues[j]
    if f.speech and text[f.cue.end : at].strip() in (",", ":"):
        return f
    return None


def _tagged(
    doc: SpacyDoc, text: str, seg: Segment, cues: Sequence[Found], starts: Sequence[int]
) -> Found | None:
    """The first finite speech cue after a quote that opens its sentence and does not end
    it, within a few words and before any sentence end or other quote ("“…,” said the
    mayor", "“…?” she asked", "“Unless …,” the director warned, “…”"): the tag owns the
    quote, even where the parse took the speaker, or the second piece of a split quote,
    for the cue's complement. A quote inside the writer's sentence ("the plan was
    “messy,” said X") or running on into it ("“We are pleased” with the ruling, said X")
    is words borrowed by a report."""
    inner = text[seg.span.start : seg.span.end].rstrip("\"”’' ")
    if not inner or inner[-1] == "." or not _opens_sentence(text, seg.span.start):
        return None
    if _embedded(text, seg):
        return None
    for f in cues[bisect_left(starts, seg.span.end) :]:
        gap = text[seg.span.end : f.cue.start]
        if "\n" in gap or len(gap.split()) > _NEAR_WORDS:
            return None
        if any(c in _SENTENCE_END or c in "\"“”" for c in gap):
            return None
        if f.speech and (doc[f.verb].tag_ != "VBG" or f.frame == "adjunct"):
            return f  # a finite cue, or a phrase: '“…,” according to the court filing'
    return None


def _dash_tag(doc: SpacyDoc, text: str, seg: Segment) -> Found | None:
    """A name set after a quote with a dash, closing its paragraph, as pull quotes and
    readers' comments are signed ("“We need the bridge.” ― Ana Ruiz"): the name is the
    speaker."""
    if not _opens_sentence(text, seg.span.start):
        return None  # '… was “still the first party.”--Kim Doe': a byline, not a signature
    line_end = text.find("\n", seg.span.end)
    rest = text[seg.span.end : len(text) if line_end == -1 else line_end]
    m = _DASH_NAME.match(rest)
    if m is None:
        return None
    start, end = seg.span.end + m.start(2), seg.span.end + m.end(2)
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    dash = seg.span.end + m.start(1)
    root = name.root
    return Found(Span(dash, dash + len(m.group(1))), root.i, None, root.i, True, "dash")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the words before ``at`` on its line end a sentence (or there are none)."""
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return (
        not line
        or line[-1] in _SENTENCE_END
        or line[-1] == ":"
        or (len(line) > 1 and line[-1] in "\"”’)" and line[-2] in _SENTENCE_END)
    )


def _adjacent(
    text: str, seg: Segment, free: Sequence[Found], segments: Sequence[Segment]
) -> Found | None:
    """A complement-less speech cue in the same sentence, within a few words of the quote."""
    best: tuple[int, Found] | None = None
    for f in free:
        cue = f.cue
        if cue.start >= seg.span.end:
            gap = Span(seg.span.end, cue.start)
        elif cue.end <= seg.span.start:
            gap = Span(cue.end, seg.span.start)
        else:
            continue
        piece = gap.of(text)
        if "\n" in piece or len(piece.split()) > _NEAR_WORDS:
            continue
        if any(s.span.overlaps(gap) for s in segments):
            continue
        if cue.end <= seg.span.start and (
            any(c in _SENTENCE_END for c in piece) or _names_a_title(piece)
        ):
            continue
        if cue.start >= seg.span.end and (
            any(c in _SENTENCE_END for c in piece.strip())
            or text[cue.end : cue.end + 2].lstrip().startswith(":")
        ):
            continue  # a cue ending in a colon introduces what follows it
        dist = len(piece)
        if best is None or dist < best[0]:
            best = (dist, f)
    return best[1] if best is not None else None


def _embedded(text: str, seg: Segment) -> bool:
    """A quote the writer's sentence runs on through: no punctuation closes it and a word
    follows ("called the plan “a farce” and left", "John “Tig” Tiegen"). Speech that a
    cue introduces ends at a mark or a clause boundary."""
    inner = text[seg.span.start : seg.span.end].rstrip("\"”’' ")
    if not inner or not inner[-1].isalnum():
        return False
    rest = text[seg.span.end : seg.span.end + 3].lstrip(" \xa0")
    return bool(rest) and (rest[0].isalnum() or rest[0] in "([")


def _phrase_of_sentence(text: str, seg: Segment, cue: Found) -> bool:
    """A quote that opens with a small letter in the middle of the writer's sentence,
    not set off right after its cue ("she fired back, calling him “a failed
    candidate.”", "summed up the plan as “hopeless,”"): a phrase the report borrows."""
    first = next((c for c in seg.span.of(text) if c.isalpha()), "")
    if not first.islower() or _opens_sentence(text, seg.span.start):
        return False
    return not (
        cue.cue.end <= seg.span.start and text[cue.cue.end : seg.span.start].strip() in (",", ":")
    )


def _after_title_word(text: str, seg: Segment) -> bool:
    """A quote right after a preposition, a possessive, a naming word or "and" names a
    title or sits in a list ("who starred in “Rivertown” and “Night Shift,” posted the
    clip"), whichever side of it the cue stands."""
    line = text[text.rfind("\n", 0, seg.span.start) + 1 : seg.span.start].rstrip()
    return _names_a_title(line) or line.lower().endswith(" and")


def _names_a_title(gap: str) -> bool:
    """ 'she said on CBS's “Face the Nation”': a quote after a preposition or a possessive
    names a show, a book or a slogan; it is not what the cue reports."""
    last = gap.split()[-1].lower() if gap.split() else ""
    return last in _TITLE_BEFORE or last.endswith(("'s", "’s"))


def _colon_intro(
    doc: SpacyDoc, text: str, seg: Segment, found: Sequence[Found]
) -> Found | None:
    """A sentence ending in a colon right before the quote ("She said:", "He issued the
    following statement:"): its last speech cue (else its last cue), or else its main
    verb, owns the quote."""
    at = seg.span.start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0 or text[at] != ":":
        return None
    if "\n" in text[at : seg.span.start] and text[text.rfind("\n", 0, seg.span.start) + 1 :
                                                  seg.span.start].strip():
        return None  # a new paragraph must open with the quote
    sent = doc[_token_at(doc, at)].sent
    near = [f for f in found if sent.start_char <= f.cue.start < at]
    if near:
        return next((f for f in reversed(near) if f.speech), near[-1])
    root = sent.root
    subject = subject_of(root)
    if subject is None or subject.i >= root.i + 8:
        return None
    return Found(Span(root.idx, root.idx + len(root.text)), root.i, None, subject.i, True,
                 "colon")


def _token_at(doc: SpacyDoc, char: int) -> int:
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _continues(
    doc: SpacyDoc,
    prev: Unit,
    seg: Segment,
    line: int,
    owner: Found | None,
    text: str,
    lines: list[int],
    found: Sequence[Found],
) -> bool:
    """Whether ``seg`` goes on with the quotation ``prev`` (same speaker, no new cue)."""
    if not prev.direct:
        return False
    last = prev.pieces[-1].span
    last_line = prev.lines[-1]
    if line != last_line:
        between = text[lines[last_line + 1] : lines[line]] if line > last_line + 1 else ""
        if between.strip() or text[lines[line] : seg.span.start].strip():
            return False  # the new paragraph must follow at once and open with the quote
        if prev.pieces[-1].open_end and (
            owner is None or any(p.span.start <= owner.cue.start < p.span.end for p in prev.pieces)
        ):
            # wire style: a quote running on into the next paragraph leaves its mark
            # unclosed and the next paragraph reopens it; a cue inside the quote so far
            # ("Here they are:") is the speaker's word, not a new attribution
            return True
    if owner is not None:
        return False
    gap = Span(last.end, seg.span.start)
    if any(
        f.cue.overlaps(gap) and not _same_report(doc, f, prev)
        for f in found
        if f is not prev.owner
    ):
        return False
    if line == last_line:
        return prev.owner is not None
    return not _narrated_after(doc, text, last.end, lines[last_line + 1] - 1)


def _narrated_after(doc: SpacyDoc, text: str, at: int, line_end: int) -> bool:
    """Whether the writer's own narration follows the quote's sentence in its paragraph
    ('“We will build it,” he added. He then turned to the crowd.'): the paragraph no
    longer ends in the quotation, so the next one opening with a quote starts another."""
    rest = text[at:line_end]
    if not rest.strip():
        return False
    first = at + len(rest) - len(rest.lstrip())
    end_token = sentence_bounds(doc)[_token_at(doc, first)][1]
    end_char = doc[end_token - 1].idx + len(doc[end_token - 1]) if end_token > 0 else first
    tail = text[end_char:line_end].strip()
    return bool(tail) and not any(c in tail for c in "\"“”")


def _same_report(doc: SpacyDoc, f: Found, prev: Unit) -> bool:
    """Whether a cue between two quoted pieces still tells of the first speaker: it
    attributes the piece before ('“…,” said Day, reports the paper. “…”'), shares the
    owner's subject or hangs on the owner's verb ('“…,” Lee said, referring to the vote.
    “…”', '…, asking not to be named. “…”'), so it names no new speaker for the piece
    after it."""
    owner = prev.owner
    if owner is None:
        return False
    if f.content is not None and f.content.overlaps(prev.span):
        return True
    if f.subject is not None and f.subject == owner.subject:
        return True
    return any(a.i == owner.verb for a in doc[f.verb].ancestors)
