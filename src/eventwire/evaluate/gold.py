"""Streaming reader for gold JSONL files, with typed field access.

Gold files are large (the quotes set is several megabytes) and written by
other people, so they are read one line at a time and every field is checked
as it is used. A problem is reported as :class:`~eventwire.errors.EvalError`
naming the file and line, so a broken record can be found without a debugger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from eventwire.errors import EvalError
from eventwire.model import Span


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One JSON object of a gold file (or an object nested in one), with its location.

    ``where`` is ``path:line`` plus the key path of a nested object, used in
    every error message.
    """

    data: Mapping[str, Any]
    where: str

    def error(self, message: str) -> EvalError:
        return EvalError(f"{self.where}: {message}")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                raise self.error(f"missing field {key!r}")
            return None
        return self.data[key]

    def req_str(self, key: str) -> str:
        value = self._get(key, required=True)
        if not isinstance(value, str):
            raise self.error(f"field {key!r} must be a string, not {_kind(value)}")
        return value

    def opt_str(self, key: str) -> str | None:
        value = self._get(key, required=False)
        if value is not None and not isinstance(value, str):
            raise self.error(f"field {key!r} must be a string or null, not {_kind(value)}")
        return value

    def req_int(self, key: str) -> int:
        value = self._get(key, required=True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"field {key!r} must be an integer, not {_kind(value)}")
        return value

    def opt_float(self, key: str) -> float | None:
        value = self._get(key, required=False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"field {key!r} must be a number or null, not {_kind(value)}")
        return float(value)

    def req_bool(self, key: str) -> bool:
        value = self._get(key, required=True)
        if not isinstance(value, bool):
            raise self.error(f"field {key!r} must be true or false, not {_kind(value)}")
        return value

    def opt_date(self, key: str) -> dt.date | None:
        """An ISO ``YYYY-MM-DD`` date (a longer ISO timestamp is cut to its day)."""
        value = self.opt_str(key)
        if value is None or value == "":
            return None
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise self.error(f"field {key!r} is not an ISO date: {value!r}") from None

    def req_span(self, key: str) -> Span:
        span = self.opt_span(key)
        if span is None:
            raise self.error(f"field {key!r} must be a [start, end] pair, not null")
        return span

    def opt_span(self, key: str) -> Span | None:
        """A ``[start, end]`` pair (the quotes format) as a :class:`Span`."""
        value = self._get(key, required=False)
        if value is None:
            return None
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise self.error(f"field {key!r} must be a [start, end] pair of integers")
        return self._span(value[0], value[1], key)

    def start_end(self) -> Span:
        """The ``start``/``end`` fields of this object (the toponyms and timexes format)."""
        return self._span(self.req_int("start"), self.req_int("end"), "start/end")

    def _span(self, start: int, end: int, key: str) -> Span:
        try:
            return Span(start, end)
        except ValueError as exc:
            raise self.error(f"field {key!r}: {exc}") from None

    def objects(self, key: str) -> list[GoldRecord]:
        """A list of JSON objects, each wrapped with its own location (``…: events[2]``)."""
        value = self._get(key, required=True)
        if not isinstance(value, list):
            raise self.error(f"field {key!r} must be a list, not {_kind(value)}")
        out: list[GoldRecord] = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.error(f"{key}[{i}] must be an object, not {_kind(item)}")
            out.append(GoldRecord(item, f"{self.where}: {key}[{i}]"))
        return out


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def check_gold_file(path: Path) -> None:
    """Fail early, before any coding work, when the gold file is not there."""
    if not path.exists():
        raise EvalError(f"{path}: no such gold file")
    if not path.is_file():
        raise EvalError(f"{path}: not a file")


def read_gold(path: Path, limit: int | None = None) -> Iterator[GoldRecord]:
    """Yield the records of a JSONL gold file one at a time (blank lines are skipped).

    ``limit`` stops after that many records, so a quick run never reads the whole file.
    """
    check_gold_file(path)
    if limit is not None and limit <= 0:
        return
    seen = 0
    try:
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    data = orjson.loads(raw)
                except orjson.JSONDecodeError as exc:
                    raise EvalError(f"{path}:{lineno}: malformed JSON: {exc}") from None
                if not isinstance(data, dict):
                    raise EvalError(f"{path}:{lineno}: expected a JSON object, got {_kind(data)}")
                yield GoldRecord(data, f"{path}:{lineno}")
                seen += 1
                if limit is not None and seen >= limit:
                    return
    except OSError as exc:
        raise EvalError(f"{path}: cannot read: {exc.strerror or exc}") from exc
