"""The cue lexicon: which words report speech or thought, and where their content sits.

A cue is a verb lemma (``say``, ``warn``, ``accuse``), a verb and the particle
that follows it (``go on``, ``shoot back``: the pair reports speech where the verb
alone does not), or a fixed phrase (``according to``) listed in
``data/quotes/cues.tsv``. Each entry names the
*frames* in which the word attributes content, because the same verb reports
speech in one construction and not in another: "she called for a ceasefire"
reports a demand, "she called the office" does not.

Frames:

``clause``
    a finite complement: "said (that) talks failed", or the clause before the
    cue: "Talks failed, she said".
``object``
    the direct object: "denied the report", "praised the deal".
``inf``
    an infinitive complement: "vowed to resign".
``prep:WORD|WORD``
    the object of one of these prepositions: "called for a truce".
``passive``
    the verb also reports in the passive, where the whole clause is the content
    and the speaker, if named, is the agent: "Sales are expected to rise".
``adjunct:WORD``
    a phrase attached to a clause whose source is the object of WORD:
    "according to the ministry, ...". The whole phrase is the cue.

Classes: ``speech`` cues also introduce a direct quotation that sits next to them
without being their grammatical complement ("“No,” she said."); ``thought`` and
``stance`` cues only attribute what their frames give them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire.errors import EventwireError

CLASSES = frozenset({"speech", "thought", "stance"})
#: The words that may follow a verb in a two-word cue ("go on", "shoot back", "put it").
PARTICLES = frozenset({"on", "back", "out", "in", "up", "off", "down", "over", "it"})
SIMPLE_FRAMES = frozenset({"clause", "object", "inf", "passive"})


class CueError(EventwireError):
    """The cue lexicon has an invalid line (the message names the file and line)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """How one cue word attributes content."""

    lemma: str
    cls: str
    frames: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()

    @property
    def speech(self) -> bool:
        return self.cls == "speech"


@dataclass(frozen=True, slots=True)
class Adjunct:
    """A cue phrase such as "according to": ``words`` in order, source after the last one."""

    words: tuple[str, ...]
    cls: str = "speech"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Verb cues by lemma, and adjunct phrases by their first word."""

    verbs: Mapping[str, Cue] = field(default_factory=dict)
    adjuncts: Mapping[str, tuple[Adjunct, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> CueLexicon:
        """Read ``cues.tsv`` (the bundled one unless ``path`` is given)."""
        if path is None:
            source = resources.files("eventwire") / "data" / "quotes" / "cues.tsv"
            return cls.parse(source.read_text("utf-8"), "quotes/cues.tsv")
        return cls.parse(path.read_text("utf-8"), str(path))

    @classmethod
    def parse(cls, text: str, name: str = "<cues>") -> CueLexicon:
        verbs: dict[str, Cue] = {}
        adjuncts: dict[str, list[Adjunct]] = {}
        for n, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = raw.rstrip("\n").split("\t")
            if len(parts) != 3:
                raise CueError(f"{name}:{n}: expected 3 tab-separated fields, got {len(parts)}")
            lemma, frames_field, cue_cls = (p.strip() for p in parts)
            if cue_cls not in CLASSES:
                raise CueError(f"{name}:{n}: unknown class {cue_cls!r}")
            if not lemma or lemma != lemma.lower():
                raise CueError(f"{name}:{n}: cue {lemma!r} must be lower-case and non-empty")
            frames, preps, adjunct = _frames(frames_field, name, n)
            if adjunct is not None:
                words = (*lemma.split(), adjunct)
                adjuncts.setdefault(words[0], []).append(Adjunct(words, cue_cls))
                continue
            if " " in lemma and not _phrasal(lemma):
                raise CueError(
                    f"{name}:{n}: a multi-word cue needs an adjunct frame, or is a verb "
                    f"and one particle ({', '.join(sorted(PARTICLES))})"
                )
            if lemma in verbs:
                raise CueError(f"{name}:{n}: duplicate cue {lemma!r}")
            verbs[lemma] = Cue(lemma, cue_cls, frames, preps)
        return cls(verbs, {k: tuple(v) for k, v in adjuncts.items()})

    def verb(self, lemma: str, particle: str | None = None) -> Cue | None:
        """The cue of a verb lemma; with ``particle``, of the two-word cue it makes
        ("go" + "on"), where there is one, else of the verb alone."""
        if particle is not None:
            found = self.verbs.get(f"{lemma} {particle}")
            if found is not None:
                return found
        return self.verbs.get(lemma)


def _phrasal(lemma: str) -> bool:
    words = lemma.split()
    return len(words) == 2 and words[1] in PARTICLES


def _frames(
    field_: str, name: str, n: int
) -> tuple[frozenset[str], frozenset[str], str | None]:
    frames: set[str] = set()
    preps: set[str] = set()
    adjunct: str | None = None
    for item in (f.strip() for f in field_.split(",")):
        if item in SIMPLE_FRAMES:
            frames.add(item)
        elif item.startswith("prep:") and len(item) > 5:
            frames.add("prep")
            preps.update(w for w in item[5:].split("|") if w)
        elif item.startswith("adjunct:") and len(item) > 8:
            adjunct = item[8:]
        elif item == "-":
            continue
        else:
            raise CueError(f"{name}:{n}: unknown frame {item!r}")
    if adjunct is not None and frames:
        raise CueError(f"{name}:{n}: an adjunct frame stands alone")
    return frozenset(frames), frozenset(preps), adjunct
