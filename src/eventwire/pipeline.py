"""The pipeline: one ``Doc`` flows through named stages, serially or on N processes.

::

    RawArticle ─▶ clean ─▶ nlp ─▶ (actors ─▶ events ─▶ where/when/counts/quotes) ─▶ Doc

A bad article never stops a batch: it comes out as a :class:`~eventwire.model.Skipped`
with a one-line reason, in its place in the stream.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import gc
import resource
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from eventwire.clean import article_id, clean, verbatim_blocks
from eventwire.errors import EmptyInput, EventwireError, InputError
from eventwire.model import Article, Doc, RawArticle, Skipped

if TYPE_CHECKING:
    from eventwire.kb import KnowledgeBase


@runtime_checkable
class Stage(Protocol):
    """A named step that adds one layer to a ``Doc``; picklable, resources passed in."""

    name: str

    def __call__(self, doc: Doc) -> Doc: ...

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]: ...


Item = RawArticle | Doc | Skipped  # a Doc here is already cleaned (see ``prepare``)
Result = Doc | Skipped


def prepare(raw: RawArticle) -> Doc:
    """Clean a raw article into the first ``Doc`` (article + blocks). Raises ``InputError``."""
    article, blocks = clean(raw)
    return Doc(article=article, blocks=blocks)


def prepare_verbatim(raw: RawArticle) -> Doc:
    """A ``Doc`` whose text is exactly ``raw.text`` (for gold sets whose offsets index it)."""
    if not raw.text.strip():
        raise EmptyInput("no text")
    article = Article(
        id=article_id(raw.text, raw.url),
        text=raw.text,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        author=raw.author,
        published=raw.published,
    )
    return Doc(article=article, blocks=verbatim_blocks(raw.text))


class Pipeline:
    """Stages applied in order. ``Pipeline.default()`` loads the pinned NLP model."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = tuple(stages)

    #: The coding layers of the default pipeline, in the order they run after ``nlp``.
    LAYERS: tuple[str, ...] = (
        "actors",
        "quotes",
        "places",
        "times",
        "events",
        "acled",
        "counts",
    )

    @classmethod
    def default(cls, stages: Iterable[str] | None = None) -> Pipeline:
        """The pinned NLP model, then every coding layer (or only those named in
        ``stages``), with their data loaded once. Raises ``EventwireError`` for an
        unknown stage name."""
        from eventwire.nlp import NlpStage, load_nlp

        keep = cls.LAYERS if stages is None else tuple(stages)
        unknown = sorted(set(keep) - set(cls.LAYERS) - {"nlp"})
        if unknown:
            raise EventwireError(f"unknown stage(s) {unknown}; choose from {', '.join(cls.LAYERS)}")
        kb = _lazy_kb()
        return cls([NlpStage(load_nlp())] + [_build_layer(n, kb) for n in cls.LAYERS if n in keep])

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def code(self, raw: RawArticle, *, keep_tokens: bool = True) -> Doc:
        """Code one article; raises ``InputError`` if it cannot be coded."""
        doc = prepare(raw)
        for stage in self.stages:
            doc = stage(doc)
        return doc if keep_tokens else doc.with_(tokens=None)

    def code_verbatim(self, raw: RawArticle) -> Doc:
        """Code one text without cleaning it, so that offsets index ``raw.text`` as given."""
        doc = prepare_verbatim(raw)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(
        self, items: Iterable[Item], *, batch_size: int = 32, keep_tokens: bool = False
    ) -> Iterator[Result]:
        """Code a stream; Skipped inputs pass through in place, failures become Skipped."""
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._batch(batch, keep_tokens)
                batch = []
        if batch:
            yield from self._batch(batch, keep_tokens)

    def _batch(self, items: list[Item], keep_tokens: bool) -> list[Result]:
        out: list[Result | None] = [None] * len(items)
        docs: list[Doc] = []
        where: list[int] = []
        for i, item in enumerate(items):
            if isinstance(item, Skipped):
                out[i] = item
                continue
            if isinstance(item, Doc):
                docs.append(item)
                where.append(i)
                continue
            try:
                docs.append(prepare(item))
                where.append(i)
            except InputError as exc:
                out[i] = Skipped(item.locator, exc.reason, str(exc))
        for i, result in zip(where, self._run_stages(docs, [items[i] for i in where]), strict=True):
            if isinstance(result, Doc) and not keep_tokens:
                result = result.with_(tokens=None)
            out[i] = result
        settle_tables()  # the first batch has loaded every stage's tables
        return [r for r in out if r is not None]

    def _run_stages(self, docs: list[Doc], raws: list[Item]) -> list[Result]:
        try:
            current: list[Doc] = docs
            for stage in self.stages:
                current = list(stage.pipe(current, batch_size=max(1, len(current))))
            return list(current)
        except Exception:
            if len(docs) == 1:
                raise
        results: list[Result] = []
        for doc, raw in zip(docs, raws, strict=True):
            try:
                results.extend(self._run_stages([doc], [raw]))
            except Exception as exc:
                locator = raw.locator if isinstance(raw, RawArticle) else _locator(raw)
                line = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
                results.append(Skipped(locator, "error", line))
        return results


def _locator(item: Item) -> str:
    if isinstance(item, Doc):
        return item.article.url or f"article:{item.article.id}"
    return item.locator


def prepare_all(items: Iterable[RawArticle | Skipped]) -> Iterator[Doc | Skipped]:
    """Clean each raw article in this process (cheap); bad ones become Skipped in place."""
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield prepare(item)
        except InputError as exc:
            yield Skipped(item.locator, exc.reason, str(exc))


_SETTLED = False


def settle_tables() -> None:
    """Put what is alive now out of the cyclic garbage collector's reach (``gc.freeze``),
    once per process. Called after the first batch, when the model, the knowledge base and
    the gazetteer (loaded lazily) are in memory: they live as long as the process, and
    without this every full collection walks their millions of objects again, a cost that
    lands on whichever stage happens to trigger it and grows with the tables. Frozen
    objects are still freed when nothing refers to them any more (reference counting), so
    the first batch's documents go as usual; only a reference cycle among them would stay."""
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    gc.collect()
    gc.freeze()
    # let shutdown collect them as usual (extension types report objects left uncollected)
    atexit.register(gc.unfreeze)


# ---------------------------------------------------------------- parallel runs
# Each worker process builds its own pipeline once (in the initializer) and keeps it
# in this module-level slot; the parent never touches it.
_WORKER: Pipeline | None = None


def _init_worker(factory: Callable[[], Pipeline]) -> None:
    global _WORKER
    _WORKER = factory()


def _work(chunk: list[Item], batch_size: int) -> tuple[list[Result], int, int]:
    import os

    if _WORKER is None:  # pragma: no cover - initializer always runs first
        raise EventwireError("worker pipeline not initialised")
    results = list(_WORKER.pipe(chunk, batch_size=batch_size))
    return results, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@dataclass
class RunStats:
    """What a run measured about its workers: peak resident memory per process (KiB)."""

    peak_rss_kib: dict[int, int] = field(default_factory=dict)

    def note(self, pid: int, rss: int) -> None:
        self.peak_rss_kib[pid] = max(rss, self.peak_rss_kib.get(pid, 0))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    items: Iterable[Item],
    *,
    workers: int = 1,
    batch_size: int = 32,
    factory: Callable[[], Pipeline] = Pipeline.default,
    stats: RunStats | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Result]:
    """Code a stream on ``workers`` processes, in input order, with bounded memory.

    ``factory`` must be picklable (a module-level function or class method); each
    worker calls it once. With ``workers == 1`` the work happens in this process
    (on ``pipeline`` if given).
    """
    if workers <= 1:
        pipe = pipeline or factory()
        for chunk in _chunks(items, batch_size):
            yield from pipe.pipe(chunk, batch_size=batch_size)
        if stats is not None:
            import os

            stats.note(os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_worker, initargs=(factory,)
    ) as pool:
        window: deque[Future[tuple[list[Result], int, int]]] = deque()
        for chunk in _chunks(items, batch_size):
            window.append(pool.submit(_work, chunk, batch_size))
            while len(window) >= 2 * workers:
                yield from _collect(window.popleft(), stats)
        while window:
            yield from _collect(window.popleft(), stats)


def _collect(fut: Future[tuple[list[Result], int, int]], stats: RunStats | None) -> list[Result]:
    results, pid, rss = fut.result()
    if stats is not None:
        stats.note(pid, rss)
    return results


def code_text(
    text: str,
    published: dt.date | str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> Doc:
    """Code one text. Loads the default pipeline unless one is passed (do pass one in loops)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    raw = RawArticle(text=text, locator="<text>", title=title, url=url, published=published)
    return (pipeline or Pipeline.default()).code(raw)


def _lazy_kb() -> Callable[[], KnowledgeBase]:
    """The knowledge base, loaded on first use and shared by the layers that need it."""
    from eventwire.kb import KnowledgeBase

    return functools.cache(KnowledgeBase.load)


def _build_layer(name: str, kb: Callable[[], KnowledgeBase]) -> Stage:
    """One coding layer of the default pipeline, its data loaded (imports kept local so
    that building a partial pipeline never loads the other layers' data)."""
    if name == "actors":
        from eventwire.actors import ActorsStage

        return ActorsStage(kb())
    if name == "events":
        from eventwire.events import EventsStage

        return EventsStage.load(kb())
    if name == "quotes":
        from eventwire.quotes import QuotesStage

        return QuotesStage.load()
    if name == "places":
        from eventwire.places import PlacesStage

        return PlacesStage.load()
    if name == "times":
        from eventwire.times import TimesStage

        return TimesStage.load()
    if name == "acled":
        from eventwire.classify import AcledStage

        return AcledStage.load()
    if name == "counts":
        from eventwire.counts import CountsStage

        return CountsStage.load()
    raise EventwireError(f"unknown stage {name!r}")
