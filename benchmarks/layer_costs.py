"""What each coding layer adds to the time of the foundation (clean + NLP), in one run.

``eventwire bench --stages`` compares whole pipelines in separate runs; on a shared,
noisy machine the difference of two such runs can be smaller than their noise. This
script builds the default pipeline once and codes the corpus batch by batch, timing
every stage on the same batches in the same process, so each layer's share is
measured against the foundation under the same load:

    python benchmarks/layer_costs.py --corpus ../shared/corpus/guardian.jsonl [--limit N]

It prints seconds per stage and, per layer group of the issues that set speed
limits, the time the group adds as a percentage of the foundation's time and of
everything else the pipeline does (the full pipeline without that group).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from eventwire.bench import load_corpus
from eventwire.errors import InputError
from eventwire.model import Doc
from eventwire.pipeline import Pipeline, prepare, settle_tables

GROUPS: dict[str, tuple[str, ...]] = {
    "actors (resolution)": ("actors",),
    "event coding": ("events", "acled"),
    "places, times, counts, quotes": ("places", "times", "counts", "quotes"),
}
BATCH = 16


def measure(corpus: Path, limit: int | None) -> dict[str, object]:
    raws = load_corpus(corpus, limit)
    pipeline = Pipeline.default()
    seconds: Counter[str] = Counter()
    warm = [prepare(raws[0])]
    for stage in pipeline.stages:  # lazily built tables off the clock
        warm = list(stage.pipe(warm))
    settle_tables()  # as Pipeline.pipe does after its first batch
    for i in range(0, len(raws), BATCH):
        t0 = time.perf_counter()
        docs: list[Doc] = []
        for raw in raws[i : i + BATCH]:
            try:
                docs.append(prepare(raw))
            except InputError:
                continue
        seconds["clean"] += time.perf_counter() - t0
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            docs = list(stage.pipe(docs, batch_size=max(1, len(docs))))
            seconds[stage.name] += time.perf_counter() - t0
    foundation = seconds["clean"] + seconds["nlp"]
    total = sum(seconds.values())
    groups = {}
    for label, names in GROUPS.items():
        added = sum(seconds[n] for n in names)
        groups[label] = {
            "seconds": round(added, 2),
            "pct_of_foundation": round(100 * added / foundation, 1),
            "pct_of_rest": round(100 * added / (total - added), 1),
        }
    return {
        "corpus": str(corpus),
        "articles": len(raws),
        "seconds_per_stage": {k: round(v, 2) for k, v in seconds.items()},
        "foundation_seconds": round(foundation, 2),
        "total_seconds": round(total, 2),
        "groups": groups,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    print(json.dumps(measure(args.corpus, args.limit), indent=2))


if __name__ == "__main__":
    main()
