"""Dynamic batching: concurrent generate requests for one bot are sampled in one pass.

A request waits at most `BATCH_WINDOW_SECONDS` for others to join it. Requests with the same
temperature and top-p share a batch, up to `MAX_BATCH_ROWS` rows; different prompts are
padded on the left, with an attention mask, so each row's positions start at its own first
token (`generation.write.sample_rows`). A request with a seed is sampled
on its own, so its posts are the same whatever else the server is doing, and the same as
`twinpost generate --seed`. All sampling runs on one worker thread: the event loop stays
free, and two batches never fight over the CPU's cores. Streamed requests are batched like
the others: each hears its own posts as they are written (`listener`, streaming.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass

from twinpost.generation.load import LoadedBot
from twinpost.generation.write import (
    PostRequest,
    PostText,
    PostWritten,
    Sample,
    write_posts,
)

# Hears one request's posts as they are written; called on the worker thread.
Listener = Callable[[PostText | PostWritten], None]


@dataclass
class _Pending:
    request: PostRequest
    future: asyncio.Future
    listener: Listener | None = None


class Batcher:
    """Collects one bot's requests and samples them in batches on `executor`."""

    def __init__(
        self,
        load: Callable[[], LoadedBot],
        executor: Executor,
        window: float,
        max_rows: int,
        max_requests: int | None = None,
    ) -> None:
        self.load = load  # called on the worker thread: loading takes ~1.5 s
        self.executor = executor
        self.window = window
        self.max_rows = max_rows
        self.max_requests = max_requests  # 1 turns batching off: one request at a time
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._held: list[_Pending] = []  # taken from the queue but not fitting the last batch
        self._task: asyncio.Task | None = None

    async def sample(self, request: PostRequest, listener: Listener | None = None) -> list[Sample]:
        future = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Pending(request, future, listener))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run())
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            # A request whose client went away before its batch started is not sampled.
            batch = [p for p in await self._next_batch() if not p.future.done()]
            if not batch:
                continue
            requests, listeners = [p.request for p in batch], [p.listener for p in batch]
            try:
                results = await loop.run_in_executor(
                    self.executor,
                    lambda r=requests, h=listeners: sample_requests(self.load(), r, h),
                )
            except Exception as e:  # reported to each waiting request; the loop goes on
                for pending in batch:
                    if not pending.future.done():
                        pending.future.set_exception(e)
                continue
            for pending, samples in zip(batch, results, strict=True):
                if not pending.future.done():  # the client may have gone away
                    pending.future.set_result(samples)

    async def _next_batch(self) -> list[_Pending]:
        first = self._held.pop(0) if self._held else await self._queue.get()
        batch, rows = [first], first.request.n
        if first.request.seed is not None or self.max_requests == 1:
            return batch
        still_held = []
        for pending in self._held:
            if self._fits(batch, rows, pending):
                batch.append(pending)
                rows += pending.request.n
            else:
                still_held.append(pending)
        self._held = still_held
        deadline = asyncio.get_running_loop().time() + self.window
        while rows < self.max_rows and not self._full(batch):
            try:
                pending = await asyncio.wait_for(
                    self._queue.get(), max(0.0, deadline - asyncio.get_running_loop().time())
                )
            except TimeoutError:
                break
            if self._fits(batch, rows, pending):
                batch.append(pending)
                rows += pending.request.n
            else:
                self._held.append(pending)
        return batch

    def _fits(self, batch: list[_Pending], rows: int, pending: _Pending) -> bool:
        return (
            not self._full(batch)
            and rows + pending.request.n <= self.max_rows
            and batch[0].request.joins(pending.request)
        )

    def _full(self, batch: list[_Pending]) -> bool:
        return self.max_requests is not None and len(batch) >= self.max_requests


def sample_requests(
    bot: LoadedBot, requests: list[PostRequest], listeners: list[Listener | None] | None = None
) -> list[list[Sample]]:
    """Each request's `n` posts, sampled together by the one sampler `twinpost generate`
    uses (copies of real posts re-sampled unless allowed). The requests share temperature
    and top-p; a seeded request comes alone. Each listener hears its own request's posts."""
    on_writing = None
    if listeners and any(listeners):

        def on_writing(event: PostText | PostWritten) -> None:
            if (listener := listeners[event.request]) is not None:
                listener(event)

    written, _ = write_posts(bot, requests, None, on_writing)
    return [w.samples for w in written]
