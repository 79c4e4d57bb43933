"""The document's home country: where most of what it names is.

An actor described only by its role ("police", "the home secretary", "protesters")
carries no country of its own. News copy names the country once and then speaks of
"the police"; an analyst codes those actors to the country the report is about. The
home country is the country named by a clear majority of the document's country-bearing
mentions (places, demonyms, resolved names, the dateline); with no clear majority there
is none, and such actors stay without a country rather than being guessed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: pseudo-countries that never make a home country
INTERNATIONAL = frozenset({"IGO", "NGO", "UNO", "MNC", "INT"})
#: share of country-bearing mentions the leading country must exceed
MAJORITY = 0.5
#: and at least this many mentions: one suffices when it is the only country named, as in
#: "President X threatened a curfew in Algiers" (on the evaluation sets this was right more
#: often than wrong for persons too)
MIN_MENTIONS = 1


def home_country(countries: Iterable[str]) -> str | None:
    """The country most mentions name, if it holds a clear majority of them."""
    counts = Counter(c for c in countries if c and c not in INTERNATIONAL)
    total = sum(counts.values())
    if not total:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= MIN_MENTIONS and n / total > MAJORITY else None
