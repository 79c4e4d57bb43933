"""Measure the ACLED stage on the shared dev gold (rules only, model only, or both).

Usage::

    python scripts/eval_acled.py [--mode combined|model|rules] [--limit N] \
        [--gold-dir ../shared/eval]

Runs NlpStage + ActorsStage + EventsStage + AcledStage on ``subtypes`` and
``incidents``. ``subtypes`` is scored twice: by the evaluation's own reader
(the main event's ACLED sub-event type, else its PLOVER type, through the label
table) and by :meth:`AcledStage.label_of`, which can also name the five labels
outside ACLED. Prints one JSON object. Reads the gold; never writes it anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from eventwire.actors import ActorsStage
from eventwire.classify import AcledStage
from eventwire.evaluate import evaluate
from eventwire.evaluate.metrics import LabelTally
from eventwire.events import EventsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline


def label_of_scores(path: Path, pipe: Pipeline, stage: AcledStage, limit: int | None
                    ) -> dict[str, Any]:
    tally = LabelTally()
    n = correct = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            doc = pipe.code_verbatim(RawArticle(text=rec["text"], locator="<gold>"))
            label = stage.label_of(doc)
            tally.add_single(rec["label"], label)
            n += 1
            correct += label == rec["label"]
    return {"n": n, "f1_weighted": tally.weighted_f1(), "f1_macro": tally.macro_f1(),
            "acc": correct / n if n else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=("combined", "model", "rules"), default="combined")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--gold-dir", type=Path, default=Path("../shared/eval"))
    args = ap.parse_args()
    kb = KnowledgeBase.load()
    stage = AcledStage.load(args.mode)
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(kb), EventsStage.load(kb), stage])

    def coder(text: str, published: dt.date | None, /) -> Doc:
        return pipe.code_verbatim(RawArticle(text=text, locator="<gold>", published=published))

    out: dict[str, Any] = {"mode": args.mode}
    for task in ("subtypes", "incidents"):
        gold = args.gold_dir / task / "dev.jsonl"
        started = time.perf_counter()
        report = evaluate(task, gold, coder=coder, limit=args.limit)
        out[task] = {"n": report.n, "metrics": report.metrics, "counts": report.counts,
                     "seconds": round(time.perf_counter() - started, 1)}
        if task == "subtypes":
            out["subtypes_label_of"] = label_of_scores(gold, pipe, stage, args.limit)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
