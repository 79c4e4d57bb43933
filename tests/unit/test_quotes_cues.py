"""The cue lexicon file format, and the bundled data files of the quotes layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.quotes.cues import CLASSES, CueError, CueLexicon
from eventwire.quotes.labels import load_page_labels
from eventwire.quotes.speaker import load_carriers


def test_parse_reads_frames_preps_and_adjuncts() -> None:
    lex = CueLexicon.parse(
        "# comment\nsay\tclause,object\tspeech\ncall\tobject,prep:for|on\tstance\n"
        "according\tadjunct:to\tspeech\n"
    )
    say = lex.verb("say")
    assert say is not None and say.speech and say.frames == frozenset({"clause", "object"})
    call = lex.verb("call")
    assert call is not None and not call.speech
    assert call.frames == frozenset({"object", "prep"})
    assert call.preps == frozenset({"for", "on"})
    assert [a.words for a in lex.adjuncts["according"]] == [("according", "to")]
    assert lex.verb("according") is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("say\tclause", "expected 3"),
        ("say\tclause\tloud", "unknown class"),
        ("say\tsideways\tspeech", "unknown frame"),
        ("Say\tclause\tspeech", "lower-case"),
        ("told reporters\tclause\tspeech", "multi-word"),
        ("according\tadjunct:to,clause\tspeech", "stands alone"),
    ],
)
def test_parse_rejects_bad_lines_naming_the_line(line: str, message: str) -> None:
    with pytest.raises(CueError, match=message) as info:
        CueLexicon.parse("# header\n" + line + "\n", "cues.tsv")
    assert "cues.tsv:2" in str(info.value)


def test_parse_rejects_duplicates() -> None:
    with pytest.raises(CueError, match="duplicate"):
        CueLexicon.parse("say\tclause\tspeech\nsay\tobject\tspeech\n")


def test_load_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("warn\tclause,inf\tspeech\n", encoding="utf-8")
    assert set(CueLexicon.load(path).verbs) == {"warn"}


def test_bundled_lexicon_is_valid_and_covers_the_core_cues() -> None:
    lex = CueLexicon.load()
    assert all(cue.cls in CLASSES for cue in lex.verbs.values())
    for lemma in ("say", "tell", "add", "state", "announce", "claim", "insist", "warn", "note",
                  "explain", "argue", "deny", "confirm", "report", "write"):
        cue = lex.verb(lemma)
        assert cue is not None and "clause" in cue.frames, lemma
        assert cue.speech, lemma
    assert ("according", "to") in [a.words for a in lex.adjuncts["according"]]
    expect = lex.verb("expect")
    assert expect is not None and "passive" in expect.frames


def test_bundled_lexicon_has_manner_of_speaking_verbs_and_british_spellings() -> None:
    lex = CueLexicon.load()
    for lemma in ("mutter", "elaborate", "confess", "snap", "sigh", "emphasise", "summarise"):
        cue = lex.verb(lemma)
        assert cue is not None and cue.speech and "clause" in cue.frames, lemma
    for us, gb in (("emphasize", "emphasise"), ("realize", "realise"), ("recognize", "recognise"),
                   ("characterize", "characterise"), ("criticize", "criticise")):
        a, b = lex.verb(us), lex.verb(gb)
        assert a is not None and b is not None and a.cls == b.cls, us


def test_bundled_word_lists_are_lower_case_and_non_empty() -> None:
    carriers = load_carriers()
    labels = load_page_labels()
    assert {"statement", "spokesman"} <= carriers
    assert {"related", "the latest"} <= labels
    assert all(w == w.lower() and w.strip() == w for w in carriers | labels)


def test_a_verb_and_its_particle_make_a_cue_of_their_own() -> None:
    lex = CueLexicon.parse("go on\tclause\tspeech\ngo\tinf\tthought\n")
    pair = lex.verb("go", "on")
    assert pair is not None and pair.speech and pair.lemma == "go on"
    alone = lex.verb("go", "away")
    assert alone is not None and alone.lemma == "go"
    assert lex.verb("go") is alone
    with pytest.raises(CueError, match="particle"):
        CueLexicon.parse("go quickly\tclause\tspeech\n")


def test_the_bundled_lexicon_has_two_word_speech_cues() -> None:
    lex = CueLexicon.load()
    for verb, particle in (("go", "on"), ("shoot", "back"), ("point", "out"), ("put", "it")):
        cue = lex.verb(verb, particle)
        assert cue is not None and cue.speech, (verb, particle)
