"""Country-code crosswalk for scoring (``data/ontology/country_crosswalk.tsv``).

Our actors carry finer pseudo-country codes than some gold sets use: the United Nations
is ``UNO`` and the European Union ``EUR``, where a gold set may know only ``IGO`` for
every intergovernmental body. The crosswalk says which code is a kind of which; scoring
lifts a predicted code to its broader code only when the gold file never uses the finer
one, so a gold set that does distinguish ``UNO`` is still held to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources

from eventwire.errors import EvalError

CROSSWALK_FILE = "country_crosswalk.tsv"
_CODE = re.compile(r"[A-Z]{3}")


def parse_crosswalk(text: str) -> dict[str, str]:
    """``code<TAB>broader<TAB>why`` lines (``#`` comments) as ``{code: broader}``."""
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise EvalError(f"{CROSSWALK_FILE}:{n}: want code, broader code and why")
        code, broader = parts[0], parts[1]
        if not (_CODE.fullmatch(code) and _CODE.fullmatch(broader)) or code == broader:
            raise EvalError(f"{CROSSWALK_FILE}:{n}: codes must be two different AAA codes")
        if code in out:
            raise EvalError(f"{CROSSWALK_FILE}:{n}: {code} listed twice")
        out[code] = broader
    if set(out) & set(out.values()):
        raise EvalError(f"{CROSSWALK_FILE}: a broader code is itself lifted (no chains)")
    return out


def load_crosswalk() -> dict[str, str]:
    node = resources.files("eventwire").joinpath("data", "ontology", CROSSWALK_FILE)
    return parse_crosswalk(node.read_text("utf-8"))


def lifting_for(crosswalk: Mapping[str, str], gold_codes: Iterable[str]) -> dict[str, str]:
    """The part of the crosswalk that applies to a gold file: codes it never uses."""
    used = set(gold_codes)
    return {code: broader for code, broader in crosswalk.items() if code not in used}
