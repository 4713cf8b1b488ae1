"""Request fields a route does not support are refused by name (400), never ignored.

OpenAI's and Hugging Face's request shapes carry many options twinpost's sampler does not
have. A client that sends one expects it to act, and answering as if it had would be a
silent lie; so each is refused with its name and the reason, unless its value is the one
that changes nothing (the option's own "off": `frequency_penalty` 0, `echo` false, `top_k`
0...). `null` always means "not given". A field no route knows (a typo) is refused too.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from twinpost.errors import TwinpostError


class Refused(TwinpostError):
    """400: the request asks for something this server does not do."""

    def __init__(self, param: str, reason: str) -> None:
        super().__init__(f"{param}: {reason}")
        self.param = param


@dataclass(frozen=True)
class Unsupported:
    reason: str
    neutral: tuple = ()  # values that change nothing: accepted


_NO_LOGPROBS = "twinpost does not return log-probabilities; leave it out"
_NO_TOOLS = "a bot writes posts: it calls no tools and no functions; leave it out"
_NO_PENALTY = "twinpost's sampler has no penalties; leave it out or send 0"


class _AnyValue(tuple):
    """The neutral values of a field whose value never changes what is written."""

    def __contains__(self, value: object) -> bool:
        return True


# Who is asking, not what to write: accepted with any value, and not used.
IDENTIFIER = Unsupported("", neutral=_AnyValue())

OPENAI = {
    "user": IDENTIFIER,
    "safety_identifier": IDENTIFIER,
    "prompt_cache_key": IDENTIFIER,
    "echo": Unsupported("the prompt is never sent back; leave it out or send false", (False,)),
    "logprobs": Unsupported(_NO_LOGPROBS, (False,)),
    "top_logprobs": Unsupported(_NO_LOGPROBS, (0,)),
    "best_of": Unsupported("each post is sampled once, not picked from several; send 1", (1,)),
    "logit_bias": Unsupported("twinpost's sampler takes no logit bias; leave it out", ({},)),
    "suffix": Unsupported("a post is written from its start only, not filled in", ("",)),
    "presence_penalty": Unsupported(_NO_PENALTY, (0,)),
    "frequency_penalty": Unsupported(_NO_PENALTY, (0,)),
    "tools": Unsupported(_NO_TOOLS, ([],)),
    "tool_choice": Unsupported(_NO_TOOLS, ("none",)),
    "parallel_tool_calls": Unsupported(_NO_TOOLS),
    "functions": Unsupported(_NO_TOOLS, ([],)),
    "function_call": Unsupported(_NO_TOOLS, ("none",)),
    "response_format": Unsupported(
        'a bot writes plain-text posts: only {"type": "text"}', ({"type": "text"},)
    ),
    "modalities": Unsupported("a bot writes text only", (["text"],)),
    "audio": Unsupported("a bot writes text only; leave it out"),
    "store": Unsupported("completions are not stored; leave it out or send false", (False,)),
    "metadata": Unsupported("completions are not stored, so they take no metadata", ({},)),
    "service_tier": Unsupported("this server has one tier", ("auto", "default")),
    "reasoning_effort": Unsupported("a bot does not reason before it writes; leave it out"),
    "verbosity": Unsupported("a post is as long as the bot writes it; use max_tokens"),
    "prediction": Unsupported("predicted outputs are not supported; leave it out"),
    "web_search_options": Unsupported("a bot does not search the web; leave it out"),
}
STREAM_OPTIONS = {
    "include_obfuscation": Unsupported("streams are not padded; leave it out", (False,)),
}
HUGGING_FACE = {
    "top_k": Unsupported(
        "twinpost samples by top_p alone (its one sampler has no top-k); leave it out or send 0",
        (0,),
    ),
    "repetition_penalty": Unsupported(
        "twinpost's sampler has no repetition penalty; leave it out or send 1.0", (1,)
    ),
    "frequency_penalty": Unsupported(_NO_PENALTY, (0,)),
    "do_sample": Unsupported(
        "twinpost always samples; for near-greedy posts send a low temperature (0.01)",
        (True,),
    ),
    "typical_p": Unsupported("typical sampling is not implemented; use top_p", (1,)),
    "best_of": Unsupported("each post is sampled once, not picked from several; send 1", (1,)),
    "stop": Unsupported(
        "stop sequences are taken by /v1/completions and /v1/chat/completions", ([],)
    ),
    "details": Unsupported("no generation details are returned; send false", (False,)),
    "decoder_input_details": Unsupported("no token details are returned", (False,)),
    "top_n_tokens": Unsupported(_NO_LOGPROBS, (0,)),
    "watermark": Unsupported("posts are not watermarked; send false", (False,)),
    "truncate": Unsupported("prompts are never truncated: past 500 characters they are refused"),
    "grammar": Unsupported("a bot writes free text; no grammar can constrain it"),
    "adapter_id": Unsupported("a bot is one model; name it in the URL"),
}
HUGGING_FACE_REQUEST = {
    "stream": Unsupported(
        "this route answers whole; stream from /bots/{name}/generate or the /v1 routes",
        (False,),
    ),
    # The Hub's own switches (its result cache, waiting for a model to load): this server
    # keeps no cache and always waits, so they change nothing.
    "options": Unsupported("", neutral=_AnyValue()),
}


def refuse_unsupported(body: BaseModel, table: dict[str, Unsupported], where: str = "") -> None:
    """Raise `Refused` for the first field of `body` that its model does not declare and
    `table` does not accept with the value given."""
    for name, value in (body.model_extra or {}).items():
        known = table.get(name)
        if known is None:
            fields = ", ".join(type(body).model_fields)
            raise Refused(f"{where}{name}", f"unknown field; this takes {fields}")
        if value is not None and value not in known.neutral:
            raise Refused(f"{where}{name}", known.reason)
