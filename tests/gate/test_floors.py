"""The evaluation gate: accuracy on the shared dev gold may not fall below the pinned floors.

Floors live in ``eval/floors.json`` (only tasks whose layer is built). The gold is read
from ``../shared/eval`` (or ``$EVENTWIRE_EVAL_DIR``) at test time and never copied.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())
EVAL_DIR = Path(os.environ.get("EVENTWIRE_EVAL_DIR", ROOT.parent / "shared" / "eval"))
TASKS = sorted(k for k in FLOORS if not k.startswith("_"))


@pytest.mark.gate
@pytest.mark.parametrize("task", TASKS)
def test_dev_gold_meets_floors(task: str) -> None:
    gold = EVAL_DIR / task / "dev.jsonl"
    if not gold.is_file():
        pytest.skip(f"no dev gold at {gold}: evaluation gate not run for {task}")
    result = CliRunner().invoke(app, ["eval", task, str(gold), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    below = {
        name: (metrics.get(name), floor)
        for name, floor in FLOORS[task].items()
        if metrics.get(name) is None or metrics[name] < floor
    }
    assert not below, f"{task}: below floor (got, floor): {below}"
