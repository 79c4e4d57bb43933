"""Hand-made coded documents shared by the store and export tests, and checks on them.

The reports are invented for these tests. Spans are found with :func:`at` so the
builder reads like the text it annotates; the checks below make sure every span
covers the words it is meant to, so a failing store test is never a fixture typo.
"""

from __future__ import annotations

import datetime as dt

from eventwire.model import (
    Actor,
    Article,
    Block,
    Count,
    Doc,
    Event,
    Mention,
    Place,
    Quote,
    Sentence,
    Span,
    When,
)

DOCK_LINES = (
    "Dock workers walk out in São Lourenço",
    "SÃO LOURENÇO, March 5 - About 2,000 dock workers walked out on Tuesday, the harbour "
    "union said.",
    "Police arrested 12 protesters near the main gate in early March.",
    '"We will not go back until wages rise," union leader Mara Quint told reporters.',
    "The union plans another strike on March 10.",
)
DOCK_TEXT = "\n\n".join(DOCK_LINES)

BORDER_LINES = (
    "Border guards fired on a convoy near Río Verde on 1 April 2024, officials said.",
    "The defence ministry denied that its troops had crossed the river.",
)
BORDER_TEXT = "\n\n".join(BORDER_LINES)


def at(text: str, phrase: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase))


def _sentences(text: str, lines: tuple[str, ...], head: bool) -> tuple[Sentence, ...]:
    out = []
    for i, line in enumerate(lines):
        out.append(Sentence(at(text, line), "headline" if head and i == 0 else "body"))
    return tuple(out)


def dock_doc() -> Doc:
    """A strike report with every layer filled: the main round-trip fixture."""
    t = DOCK_TEXT
    sent = _sentences(t, DOCK_LINES, head=True)
    workers = Actor(
        "a1", "dock workers",
        (Mention(at(t, "Dock workers"), "Dock workers"), Mention(at(t, "dock workers"),
                                                                "dock workers")),
        country="BRA", sectors=("LAB",), confidence=0.9,
    )  # fmt: skip
    union = Actor(
        "a2", "harbour union",
        (Mention(at(t, "harbour union"), "harbour union"),
         Mention(at(t, "The union"), "The union", "nominal")),
        country="BRA", sectors=("LAB", "CVL"), known_group="Harbour Union", kb_id="Q900002",
    )  # fmt: skip
    police = Actor("a3", "Police", (Mention(at(t, "Police"), "Police"),), country="BRA",
                   sectors=("COP",))  # fmt: skip
    protesters = Actor("a4", "protesters", (Mention(at(t, "protesters"), "protesters"),),
                       country="BRA", sectors=("OPP",), confidence=0.6)  # fmt: skip
    leader = Actor(
        "a5", "Mara Quint",
        (Mention(at(t, "union leader"), "union leader", "title"),
         Mention(at(t, "Mara Quint"), "Mara Quint")),
        country="BRA", sectors=("LAB",), kb_id="Q900005",
    )  # fmt: skip
    city = Place("São Lourenço", at(t, "SÃO LOURENÇO"), country="BRA", admin1="BA",
                 lat=-12.5, lon=-38.25, geonameid=9_999_001, precision="city")  # fmt: skip
    tuesday = When("2024-03-05", at(t, "Tuesday"), precision="day", method="relative")
    early_march = When("2024-03", at(t, "early March"), precision="month")
    tenth = When("2024-03-10", at(t, "March 10"), precision="day")
    crowd = Count("crowd", 2000, at(t, "About 2,000"), qualifier="about")
    arrested = Count("arrested", 12, at(t, "12 protesters"), victim="a4")
    walkout = Event(
        "e1", "PROTEST", sent[1].span, trigger=at(t, "walked out"), mode="strike",
        contexts=("labor",), cameo="143", quad_class=3, goldstein=-6.5,
        acled_type="Protests", acled_subtype="Peaceful protest", source=("a1",),
        place=city, when=tuesday, counts=(crowd,), reported_by="a2",
        mentions=(at(t, "walked out"), at(t, "walk out")), confidence=0.8,
        coder_version="test-1",
    )  # fmt: skip
    arrest = Event(
        "e2", "COERCE", sent[2].span, trigger=at(t, "arrested"), mode="arrest", cameo="173",
        quad_class=4, goldstein=-5.0, source=("a3",), target=("a4",), when=early_march,
        counts=(arrested,), mentions=(at(t, "arrested"),), confidence=0.7,
        coder_version="test-1",
    )  # fmt: skip
    plan = Event(
        "e3", "PROTEST", sent[4].span, trigger=at(t, "strike"), mode="strike",
        source=("a2",), when=tenth, modality="future", confidence=0.5, coder_version="test-1",
    )  # fmt: skip
    said = Quote(at(t, "We will not go back until wages rise,"), True, speaker="a5",
                 speaker_span=at(t, "Mara Quint"), cue=at(t, "told"))  # fmt: skip
    reported = Quote(at(t, "About 2,000 dock workers walked out on Tuesday"), False,
                     speaker="a2", speaker_span=at(t, "the harbour union"), cue=at(t, "said"),
                     via="Wire")  # fmt: skip
    article = Article(
        "art-dock", t, title=DOCK_LINES[0], url="https://example.org/dock", source="Wire",
        author="A. Writer", published=dt.date(2024, 3, 6),
        fetched=dt.datetime(2024, 3, 6, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
    )  # fmt: skip
    return Doc(
        article,
        blocks=tuple(Block(s.span, s.kind) for s in sent),
        sentences=sent,
        actors=(workers, union, police, protesters, leader),
        events=(walkout, arrest, plan),
        places=(city, Place("Brazil", country="BRA", precision="country")),
        times=(tuesday, early_march, tenth),
        counts=(crowd, arrested),
        quotes=(said, reported),
    )


def border_doc() -> Doc:
    """A second report, in another country, with an asserted and a negated event."""
    t = BORDER_TEXT
    sent = _sentences(t, BORDER_LINES, head=False)
    guards = Actor("b1", "Border guards", (Mention(at(t, "Border guards"), "Border guards"),),
                   country="ARG", sectors=("MIL",))  # fmt: skip
    convoy = Actor("b2", "a convoy", (Mention(at(t, "a convoy"), "a convoy", "nominal"),))
    ministry = Actor("b3", "defence ministry",
                     (Mention(at(t, "The defence ministry"), "The defence ministry"),),
                     country="ARG", sectors=("GOV", "MIL"), kb_id="Q900010")  # fmt: skip
    day = When("2024-04-01", at(t, "1 April 2024"), precision="day")
    fired = Event("e1", "ASSAULT", sent[0].span, trigger=at(t, "fired"), mode="firearms",
                  source=("b1",), target=("b2",), when=day, confidence=0.9)  # fmt: skip
    crossed = Event("e2", "MOBILIZE", sent[1].span, trigger=at(t, "crossed"),
                    source=("b3",), when=day, modality="negated", confidence=0.4)  # fmt: skip
    article = Article("art-border", t, title="Shots at the border", published=dt.date(2024, 4, 2))
    return Doc(article, sentences=sent, actors=(guards, convoy, ministry),
               events=(fired, crossed), times=(day,))  # fmt: skip


def test_every_mention_span_covers_its_text() -> None:
    for doc in (dock_doc(), border_doc()):
        for actor in doc.actors:
            for m in actor.mentions:
                assert m.span.of(doc.article.text) == m.text


def test_sentences_cover_their_lines_and_events_sit_in_their_sentence() -> None:
    doc = dock_doc()
    text = doc.article.text
    assert [s.span.of(text) for s in doc.sentences] == list(DOCK_LINES)
    for event in (*doc.events, *border_doc().events):
        assert event.trigger is not None
        assert event.evidence.contains(event.trigger)


def test_the_sample_text_is_not_plain_ascii() -> None:
    # Offsets are code points; the store's substring logic must agree with Python's.
    assert any(ord(ch) > 127 for ch in DOCK_TEXT.split("\n\n")[1])
