"""Server-sent events: a request's posts as the sampler writes them.

Sampling runs on the server's one worker thread (batching.py). What the sampler reports as it
writes (`write.PostText`, `write.PostWritten`) is handed to the event loop at once, so each
piece reaches the client as soon as it is written. The copy guard is applied before anything
is reported (write.py): a post the guard re-samples is never sent, not even in part.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from fastapi.responses import StreamingResponse

from twinpost.errors import TwinpostError
from twinpost.generation.write import PostRequest, PostText, PostWritten, Sample
from twinpost.server.batching import Batcher

log = logging.getLogger("twinpost.server")
SSE_DONE = "data: [DONE]\n\n"  # OpenAI's end of a stream


@dataclass(frozen=True)
class Finished:
    """All the request's posts, as the same request unstreamed gets them."""

    samples: list[Sample]


PostEvent = PostText | PostWritten | Finished


async def post_events(batcher: Batcher, request: PostRequest) -> AsyncIterator[PostEvent]:
    """The sampler's reports for `request`, then `Finished`; a failure is raised here."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[PostText | PostWritten | Finished | Exception] = asyncio.Queue()

    def heard(event: PostText | PostWritten) -> None:  # called on the worker thread
        loop.call_soon_threadsafe(queue.put_nowait, event)

    async def sample() -> None:
        try:
            queue.put_nowait(Finished(await batcher.sample(request, heard)))
        except Exception as error:  # handed to the reader below
            queue.put_nowait(error)

    task = asyncio.create_task(sample())
    try:
        while not isinstance(event := await queue.get(), Finished):
            if isinstance(event, Exception):
                raise event
            yield event
        yield event
    finally:
        task.cancel()  # the client went away: a batch not started yet leaves this request out


def sse(data: object, event: str | None = None) -> str:
    """One server-sent event; JSON never holds a raw line break, so `data` is one line."""
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(data)}\n\n"


def event_stream(chunks: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(
        chunks,
        media_type="text/event-stream",
        # Proxies must pass each event on as it comes, not buffer the stream.
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def failure(error: Exception) -> str:
    """What a stream that failed after its 200 tells the client, in one line."""
    if isinstance(error, TwinpostError):
        return str(error)
    log.exception("a stream failed", exc_info=error)
    return "internal error; see the server's log"
