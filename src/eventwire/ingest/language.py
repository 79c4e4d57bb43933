"""A fast, dependency-free check that a text is English.

The coder's models, lexicons and knowledge base are English-only; coding a French or
Arabic article would not fail loudly, it would produce quiet nonsense. So ingest
skips non-English input with a reason. Two cheap signals on the first ~2,000
characters are enough for news prose:

* the share of letters in Latin script (rejects Cyrillic, Arabic, Han, ...);
* the share of tokens that are common English function words, compared with the
  share of common function words of the main Latin-script European languages.

Texts under five words are accepted: too short to judge, and a headline-only item
should reach the coder rather than be lost.
"""

from __future__ import annotations

import re
import unicodedata

SAMPLE_CHARS = 2000
MIN_WORDS = 5
MIN_LETTERS_FOR_SCRIPT = 10
MIN_LATIN_SHARE = 0.6
ACCEPT_SHARE = 0.12
"""English news prose runs at 0.35-0.5; headlines at 0.1-0.3."""
FOREIGN_SHARE = 0.10
FEW_WORDS = 30
"""Below this many words, a text with neither English nor foreign function words is kept."""
REJECT_SHARE = 0.08
MIN_FOREIGN_HITS = 2


def _words(text: str) -> frozenset[str]:
    """A word list written as a block of text, which reads better than a list literal."""
    return frozenset(text.split())


ENGLISH_FUNCTION_WORDS = _words("""
a about above across after afterwards against ago all almost along already also although
am among amid amidst an and another any anyone anything are around as at be because been
before behind being below beneath beside besides between beyond both but by can cannot
could despite did do does doing down during each either else enough even ever every few
for from further had has have having he her here hers herself him himself his how however
i if in including inside instead into is it its itself just least less many may me might
more most much must my myself near nearly neither never no nobody none nor not nothing
now of off often on once one only onto or other others otherwise our ours ourselves out
outside over own per perhaps rather same several shall she should since so some someone
something such than that the their theirs them themselves then there therefore these they
this those though through throughout thus to together too toward towards under unless
until up upon us very via was we were what whatever when whenever where whereas wherever
whether which while who whoever whom whose why will with within without would yet you
your yours yourself
""")

# Common function words of other Latin-script languages, minus any that are also English
# words (``a``, ``in``, ``on``, ``so``, ``was``, ``also``, ``me``, ``no``, ``as`` ...).
FOREIGN_FUNCTION_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("French", _words("""
        le la les des du de et est une un pour dans qui que sur au aux par pas ne ce cette
        ces il ils elle elles nous vous sont été avec mais ou où leur leurs selon après lors
        comme plus été était ont avait aussi entre sans sous très dont même
    """)),
    ("Spanish", _words("""
        el la los las de del y en que por para con una un es al se su sus lo como pero más
        fue según sobre este esta entre también ha han sin ya muy desde hasta cuando donde
        porque estos estas está están dijo
    """)),
    ("German", _words("""
        der die das und den dem des ist nicht mit von sich auf für eine ein einen einem
        einer zu auch wurde nach bei werden sind aus oder noch wie über gegen vom zum zur
        im sie er es wir hat haben dass wird vor nur schon sagte
    """)),
    ("Italian", _words("""
        il lo la gli le di da del della dei delle che e è per con non una un sono nel nella
        alla al ha anche come più ma questo questa dopo tra fra stato suo sua loro
    """)),
    ("Portuguese", _words("""
        o os do da dos das em não uma um para com que é foi pelo pela ao à mais como mas
        seu sua também já entre sobre quando ele ela eles são está
    """)),
    ("Dutch", _words("""
        de het een van en niet zijn op dat voor met ook aan er te om door bij worden werd
        naar maar nog wordt tot hij zij deze dit
    """)),
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def detect_english(text: str) -> tuple[bool, str]:
    """Whether ``text`` is English, with a short reason (``"script: Cyrillic"``).

    Looks at the first ~2,000 characters only, so it costs the same on any length.
    """
    sample = text[:SAMPLE_CHARS]
    script_verdict = _script_verdict(sample)
    if script_verdict is not None:
        return False, script_verdict
    tokens = _WORD.findall(sample)
    if len(tokens) < MIN_WORDS:
        return True, f"too short to judge ({len(tokens)} words)"
    words = [w.lower() for w in tokens]
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    # Acronyms ("UN", "EU") are not function words of any language.
    language, hits = _best_foreign([w.lower() for w in tokens if not _is_acronym(w)])
    foreign = hits / len(words)
    if hits >= MIN_FOREIGN_HITS and foreign >= FOREIGN_SHARE and foreign > english:
        return False, (
            f"function words look {language} ({foreign:.2f} vs english {english:.2f})"
        )
    if english >= ACCEPT_SHARE:
        return True, f"english stopword share {english:.2f}"
    if len(words) < FEW_WORDS:
        return True, f"english stopword share {english:.2f}, too few words to reject"
    if english < REJECT_SHARE:
        return False, f"english stopword share {english:.2f}"
    return True, f"english stopword share {english:.2f}"


def _script_verdict(sample: str) -> str | None:
    """``"script: X"`` when fewer than 60% of the letters are Latin, else None."""
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_SCRIPT:
        return None
    others: dict[str, int] = {}
    latin = 0
    for ch in letters:
        if _is_latin(ch):
            latin += 1
        else:
            script = _script_name(ch)
            others[script] = others.get(script, 0) + 1
    if latin / len(letters) >= MIN_LATIN_SHARE:
        return None
    main = max(others.items(), key=lambda item: item[1])[0]
    return f"script: {main}"


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    # Basic Latin to Latin Extended-B, IPA, and Latin Extended Additional (Vietnamese).
    return code < 0x2B0 or 0x1E00 <= code < 0x1F00


def _script_name(ch: str) -> str:
    first = unicodedata.name(ch, "UNKNOWN").split()[0]
    return {"CJK": "Han", "HANGUL": "Hangul", "HIRAGANA": "Japanese",
            "KATAKANA": "Japanese"}.get(first, first.title())


def _is_acronym(token: str) -> bool:
    return len(token) > 1 and token.isupper()


def _best_foreign(words: list[str]) -> tuple[str, int]:
    """The foreign language whose function words are most frequent, and how many hit."""
    best_language, best_count = "", 0
    for language, vocabulary in FOREIGN_FUNCTION_WORDS:
        count = sum(1 for w in words if w in vocabulary)
        if count > best_count:
            best_language, best_count = language, count
    return best_language, best_count
