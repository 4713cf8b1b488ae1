"""What a client is sent of a post: all of it, or what follows the prompt; cut before a stop
sequence; whole, or streamed as pieces that join to exactly that.

A stop sequence is looked for only after the prompt, as OpenAI does, and the first one to be
completed wins: that is the one a stream sees first, so a streamed answer and the whole
answer are cut at the same place. While a post is still being written, an end that could be
the start of a stop sequence is held back until the next token says whether it is one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("twinpost.server")


def split_prompt(post: str, prompt: str) -> tuple[str, str]:
    """(the prompt as the post starts with it, what follows): OpenAI's completions, and HF's
    return_full_text=False, answer with what follows."""
    start = prompt.strip()
    if start and post.startswith(start):
        return start, post[len(start) :]
    return "", post


def stop_at(text: str, stops: list[str]) -> int | None:
    """Where `text` is cut: the start of the stop sequence completed first, or None."""
    found = [(i + len(s), i) for s in stops if (i := text.find(s)) >= 0]
    return min(found)[1] if found else None  # the earliest end; of those, the longest


def undecided_end(text: str, stops: list[str]) -> int:
    """How many characters at the end of `text` could be the start of a stop sequence."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest


@dataclass(frozen=True)
class Answer:
    text: str
    stopped: bool  # cut before a stop sequence


def answer(post: str, prompt: str, stops: list[str], whole_post: bool) -> Answer:
    """What a finished post answers: all of it (`whole_post`) or what follows the prompt,
    cut before the first stop sequence after the prompt."""
    head, rest = split_prompt(post, prompt)
    cut = stop_at(rest, stops)
    if cut is not None:
        rest = rest[:cut]
    return Answer(head + rest if whole_post else rest, cut is not None)


class StreamedAnswer:
    """One answer sent in pieces: each call gives only what is new, and the pieces join to
    `answer(final post)` (the sampler reports each post's text so far as a start of its final
    text, write.PostText)."""

    def __init__(self, prompt: str, stops: list[str], whole_post: bool) -> None:
        self.prompt, self.stops, self.whole_post = prompt, stops, whole_post
        self.sent = ""
        self.stopped = False  # a stop sequence was seen: nothing more is sent

    def so_far(self, post: str) -> str:
        """The new piece of an unfinished post's answer, holding back what may still change."""
        if self.stopped or len(post) < len(self.prompt.strip()):
            return ""
        head, rest = split_prompt(post, self.prompt)
        cut = stop_at(rest, self.stops)
        if cut is None:
            rest = rest[: len(rest) - undecided_end(rest, self.stops)]
        else:
            rest, self.stopped = rest[:cut], True
        return self._piece(head + rest if self.whole_post else rest)

    def final(self, post: str) -> Answer:
        """The last piece of a finished post's answer (empty if a stop ended it already)."""
        whole = answer(post, self.prompt, self.stops, self.whole_post)
        if self.stopped:
            return Answer("", True)
        return Answer(self._piece(whole.text), whole.stopped)

    def _piece(self, text: str) -> str:
        if not text.startswith(self.sent):  # a bug: the sampler's texts must only grow
            log.warning("a streamed answer changed under the client: %r -> %r", self.sent, text)
            return ""
        piece, self.sent = text[len(self.sent) :], text
        return piece
