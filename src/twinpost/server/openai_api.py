"""The OpenAI shapes, so the `openai` client works unchanged: `/v1/models`, `/v1/completions`
and `/v1/chat/completions`, answered whole or, with `stream: true`, as server-sent events in
OpenAI's chunk formats, ending with `data: [DONE]`.

A bot writes posts; it is not an assistant. The chat route takes one user message, whose
text is the start of the post, and answers with the whole post, that start included, as the
assistant's message. To have the bot answer a post, send that post as a user message and then
an assistant message holding the start of the reply (an empty string for none): the answer
is the reply, its start included. System and developer messages are refused (a bot follows
no instructions), and so are other turns (it keeps no conversation: each reply is a post of
its own): refused rather than ignored, so that no client believes they shaped the post.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from fastapi import APIRouter

from twinpost.bot.files import CONFIG_FILE
from twinpost.config import MAX_REPLY_TO_CHARS
from twinpost.generation.write import PostRequest, PostText, Sample
from twinpost.server import refusals, schemas
from twinpost.server.answer import Answer, StreamedAnswer, answer
from twinpost.server.bots import BotRegistry
from twinpost.server.limits import MAX_PROMPT_CHARS, MAX_STOP_CHARS, MAX_STOP_SEQUENCES
from twinpost.server.refusals import Refused, refuse_unsupported
from twinpost.server.streaming import SSE_DONE, Finished, PostEvent, event_stream, failure, sse


class Writer(Protocol):
    """What these routes need of the server (app.Server, which includes them): its bots, and
    their posts, whole or as they are written. A protocol, so this module never imports app."""

    registry: BotRegistry

    async def sample(self, name: str, request: PostRequest) -> list[Sample]: ...

    def stream(self, name: str, request: PostRequest) -> AsyncIterator[PostEvent]: ...


# In the OpenAPI schema: with `stream: true` the answer is a stream of events.
STREAMED = {200: {"content": {"text/event-stream": {}}, "description": "With `stream: true`."}}
ONE_MESSAGE = (
    "send one user message (its text is the start of the post), or, for a reply, a user "
    "message (the post to answer) and an assistant message (the start of the reply)"
)
ROLE_REASONS = {
    "system": "a bot follows no instructions: it writes posts in its accounts' voice",
    "developer": "a bot follows no instructions: it writes posts in its accounts' voice",
    "assistant": "a bot keeps no conversation: each reply is a post of its own",
    "tool": "a bot calls no tools",
    "function": "a bot calls no functions",
}


def openai_routes(server: Writer) -> APIRouter:
    router = APIRouter(tags=["openai"])

    @router.get("/v1/models", response_model=schemas.ModelList)
    def models() -> schemas.ModelList:
        names = server.registry.names()
        return schemas.ModelList(
            data=[schemas.ModelCard(id=n, created=_created(server, n)) for n in names]
        )

    @router.post("/v1/completions", response_model=schemas.Completion, responses=STREAMED)
    async def completions(body: schemas.CompletionRequest):
        reply = _Reply(body, body.prompt, whole_post=False, id=f"cmpl-{uuid.uuid4().hex}")
        request = _post_request(body, body.prompt, body.max_tokens)
        if body.stream:
            return event_stream(_completion_chunks(server.stream(body.model, request), reply))
        return _completion(reply, await server.sample(body.model, request))

    @router.post("/v1/chat/completions", response_model=schemas.ChatCompletion, responses=STREAMED)
    async def chat_completions(body: schemas.ChatCompletionRequest):
        prompt, reply_to = chat_prompt(body.messages)
        reply = _Reply(body, prompt, whole_post=True, id=f"chatcmpl-{uuid.uuid4().hex}")
        request = _post_request(body, prompt, _chat_max_tokens(body), reply_to)
        if body.stream:
            return event_stream(_chat_chunks(server.stream(body.model, request), reply))
        return _chat_completion(reply, await server.sample(body.model, request))

    return router


# --- requests ------------------------------------------------------------------------------


def chat_prompt(messages: list[schemas.ChatMessage]) -> tuple[str, str | None]:
    """The start of the post, and the post it answers: one user message is the start of a
    post; a user message then an assistant message are the post to answer and the start of
    the reply."""
    reply = [m.role for m in messages] == ["user", "assistant"]
    for i, message in enumerate(messages):
        refuse_unsupported(message, {}, f"messages[{i}].")
        if message.role != "user" and not (reply and i == 1):
            reason = ROLE_REASONS.get(message.role, "not a role of OpenAI's chat")
            raise Refused(
                f"messages[{i}].role", f"{message.role!r} is not taken ({reason}); {ONE_MESSAGE}"
            )
    if len(messages) > 1 and not reply:
        raise Refused("messages", f"{len(messages)} messages: a bot keeps no conversation; "
                                  f"{ONE_MESSAGE}")  # fmt: skip
    start = len(messages) - 1
    text = _message_text(messages[start].content, f"messages[{start}].content")
    if len(text) > MAX_PROMPT_CHARS:
        raise Refused(f"messages[{start}].content", f"at most {MAX_PROMPT_CHARS} characters: "
                                                    "the start of a post")  # fmt: skip
    if not reply:
        return text, None
    answered = _message_text(messages[0].content, "messages[0].content")
    if not 0 < len(answered) <= MAX_REPLY_TO_CHARS:
        raise Refused("messages[0].content", f"the post to answer: 1 to {MAX_REPLY_TO_CHARS:,} "
                                             "characters")  # fmt: skip
    return text, answered


def _message_text(content: str | list[dict] | None, where: str) -> str:
    if isinstance(content, str):
        return content
    if content is None:
        raise Refused(where, "missing; send the start of the post (or an empty string)")
    texts = []
    for j, part in enumerate(content):
        if part.get("type") != "text" or not isinstance(part.get("text"), str):
            raise Refused(f"{where}[{j}]", "only text parts: a bot reads no images, audio or files")
        texts.append(part["text"])
    return "".join(texts)


def _post_request(
    body: schemas.OpenAIRequest, prompt: str, max_tokens: int | None, reply_to: str | None = None
) -> PostRequest:
    refuse_unsupported(body, refusals.OPENAI)
    stops = body.stops()
    if len(stops) > MAX_STOP_SEQUENCES or not all(0 < len(s) <= MAX_STOP_CHARS for s in stops):
        raise Refused("stop", f"up to {MAX_STOP_SEQUENCES} sequences, each 1 to "
                              f"{MAX_STOP_CHARS} characters")  # fmt: skip
    if body.stream_options is not None:
        if not body.stream:
            raise Refused("stream_options", "only with stream: true")
        refuse_unsupported(body.stream_options, refusals.STREAM_OPTIONS, "stream_options.")
    return schemas.post_request(
        prompt, body.n, max_tokens, body.temperature, body.top_p, body.seed, False,
        reply_to=reply_to,
    )  # fmt: skip


def _chat_max_tokens(body: schemas.ChatCompletionRequest) -> int | None:
    given = {body.max_tokens, body.max_completion_tokens} - {None}
    if len(given) > 1:
        raise Refused("max_completion_tokens", "differs from max_tokens; send one of them")
    return given.pop() if given else None


def _created(server: Writer, name: str) -> int:
    return int((server.registry.path(name) / CONFIG_FILE).stat().st_mtime)


# --- answers -------------------------------------------------------------------------------


@dataclass
class _Reply:
    """What the choices and chunks of one answer share."""

    body: schemas.OpenAIRequest
    prompt: str
    whole_post: bool  # chat answers with the whole post, completions with what follows
    id: str
    created: int = field(default_factory=lambda: int(time.time()))

    def answer(self, sample: Sample) -> Answer:
        return answer(sample.text, self.prompt, self.body.stops(), self.whole_post)

    def streamed(self) -> StreamedAnswer:
        return StreamedAnswer(self.prompt, self.body.stops(), self.whole_post)

    @property
    def include_usage(self) -> bool:
        return self.body.stream_options is not None and self.body.stream_options.include_usage

    def chunk(self, kind: str, choices: list[dict], usage: dict | None = None) -> dict:
        chunk = {"id": self.id, "object": kind, "created": self.created,
                 "model": self.body.model, "choices": choices}  # fmt: skip
        if self.include_usage:  # OpenAI's: null on every chunk but the last
            chunk["usage"] = usage
        return chunk


def _finish_reason(sample: Sample, stopped: bool) -> str:
    return "stop" if stopped or sample.finished else "length"


def _usage(samples: list[Sample]) -> schemas.CompletionUsage:
    """Tokens read and sampled; a post cut at a stop sequence counts what was sampled."""
    prompt_tokens = samples[0].prompt_tokens if samples else 0
    completion_tokens = sum(s.new_tokens for s in samples)
    return schemas.CompletionUsage(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        total_tokens=prompt_tokens + completion_tokens,
    )


def _completion(reply: _Reply, samples: list[Sample]) -> schemas.Completion:
    choices = []
    for i, sample in enumerate(samples):
        text = reply.answer(sample)
        reason = _finish_reason(sample, text.stopped)
        choices.append(schemas.CompletionChoice(index=i, text=text.text, finish_reason=reason))
    return schemas.Completion(id=reply.id, created=reply.created, model=reply.body.model,
                              choices=choices, usage=_usage(samples))  # fmt: skip


def _chat_completion(reply: _Reply, samples: list[Sample]) -> schemas.ChatCompletion:
    choices = []
    for i, sample in enumerate(samples):
        text = reply.answer(sample)
        reason = _finish_reason(sample, text.stopped)
        message = schemas.ChatReply(content=text.text)
        choices.append(schemas.ChatChoice(index=i, message=message, finish_reason=reason))
    return schemas.ChatCompletion(id=reply.id, created=reply.created, model=reply.body.model,
                                  choices=choices, usage=_usage(samples))  # fmt: skip


# --- streams -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    index: int
    text: str  # new text of the choice, possibly empty
    finish_reason: str | None  # set on the choice's last piece


async def _pieces(
    events: AsyncIterator[PostEvent], reply: _Reply
) -> AsyncIterator[_Piece | Finished]:
    """Each choice's new text as the posts are written, then `Finished`. A choice ends when
    its post does, or as soon as a stop sequence shows (what follows it is never sent)."""
    answers = [reply.streamed() for _ in range(reply.body.n)]
    ended = [False] * reply.body.n
    async for event in events:
        if isinstance(event, Finished):
            yield event
            return
        if ended[event.index]:
            continue
        streamed = answers[event.index]
        if isinstance(event, PostText):
            piece = streamed.so_far(event.text)
            ended[event.index] = streamed.stopped
            if piece or streamed.stopped:
                yield _Piece(event.index, piece, "stop" if streamed.stopped else None)
        else:
            last = streamed.final(event.sample.text)
            ended[event.index] = True
            yield _Piece(event.index, last.text, _finish_reason(event.sample, last.stopped))


async def _completion_chunks(events: AsyncIterator[PostEvent], reply: _Reply) -> AsyncIterator[str]:
    kind = "text_completion"
    try:
        async for item in _pieces(events, reply):
            if isinstance(item, Finished):
                if reply.include_usage:
                    yield sse(reply.chunk(kind, [], _usage(item.samples).model_dump()))
                continue
            choice = {"index": item.index, "text": item.text, "logprobs": None,
                      "finish_reason": item.finish_reason}  # fmt: skip
            yield sse(reply.chunk(kind, [choice]))
    except Exception as error:
        yield _error_event(error)
        return
    yield SSE_DONE


async def _chat_chunks(events: AsyncIterator[PostEvent], reply: _Reply) -> AsyncIterator[str]:
    kind = "chat.completion.chunk"

    def choice(index: int, delta: dict, finish_reason: str | None = None) -> dict:
        return {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}

    try:
        for index in range(reply.body.n):  # at once: the client knows the answer has begun
            yield sse(reply.chunk(kind, [choice(index, {"role": "assistant", "content": ""})]))
        async for item in _pieces(events, reply):
            if isinstance(item, Finished):
                if reply.include_usage:
                    yield sse(reply.chunk(kind, [], _usage(item.samples).model_dump()))
                continue
            if item.text:
                yield sse(reply.chunk(kind, [choice(item.index, {"content": item.text})]))
            if item.finish_reason:
                yield sse(reply.chunk(kind, [choice(item.index, {}, item.finish_reason)]))
    except Exception as error:
        yield _error_event(error)
        return
    yield SSE_DONE


def _error_event(error: Exception) -> str:
    """A failure after the answer began, as OpenAI streams one (the client raises it)."""
    return sse({"error": {"message": failure(error), "type": "server_error", "param": None,
                          "code": None}})  # fmt: skip
