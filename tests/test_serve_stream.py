"""Streaming, chat and refusals of `twinpost serve` (issue 16): the real `openai` client and
plain HTTP against the real server on a loopback port, with the suite's tiny bot."""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from twinpost.bot.copy_guard import CopyGuard, words
from twinpost.config import GenerateConfig
from twinpost.generation.load import load_bot
from twinpost.generation.write import (
    PostRequest,
    PostText,
    PostWritten,
    Sample,
    generate,
    write_posts,
)
from twinpost.server import ServeSettings, create_app
from twinpost.server.answer import StreamedAnswer, answer, stop_at, undecided_end

CHAT = "/v1/chat/completions"
USER = [{"role": "user", "content": "My dream is"}]


@pytest.fixture(scope="module")
def bots_dir(tiny_bot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bots")
    shutil.copytree(tiny_bot.bot_dir, folder / "tiny")
    return folder


@pytest.fixture
def start(serve, tmp_path: Path):
    def start_server(bots: Path, **settings) -> str:
        return serve(
            create_app(
                ServeSettings(
                    bots_dir=bots,
                    uploads_dir=tmp_path / "up",
                    jobs_db=tmp_path / "jobs.sqlite",
                    **settings,
                )
            )
        )

    return start_server


@pytest.fixture
def url(start, bots_dir: Path) -> str:
    return start(bots_dir)


@pytest.fixture
def client(url):
    import openai

    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", timeout=60, max_retries=0)


def events(url: str, path: str, body: dict) -> list[tuple[float, str, object]]:
    """A stream's server-sent events as (arrival time, event name, data), read as they come."""
    found, name = [], "message"
    with httpx.stream("POST", f"{url}{path}", json=body, timeout=60) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: "):
                data = line[len("data: ") :]
                found.append(
                    (time.monotonic(), name, data if data == "[DONE]" else json.loads(data))
                )
                name = "message"
    return found


def posts_of(url: str, body: dict) -> list[str]:
    response = httpx.post(f"{url}/bots/tiny/generate", json=body, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["posts"]


# --- chat completions ----------------------------------------------------------------------


def test_chat_completions_with_the_openai_client(client, bots_dir):
    chat = client.chat.completions.create(model="tiny", messages=USER, max_tokens=12, n=2)
    assert chat.object == "chat.completion" and chat.model == "tiny" and len(chat.choices) == 2
    for choice in chat.choices:
        assert choice.message.role == "assistant" and choice.message.content.startswith(
            "My dream is"
        )
        assert choice.finish_reason in ("stop", "length")
    assert 0 < chat.usage.completion_tokens <= 24 and chat.usage.prompt_tokens > 1
    seeded = client.chat.completions.create(model="tiny", messages=USER, max_tokens=12, seed=3)
    config = GenerateConfig(n=1, max_new_tokens=12, seed=3)
    assert (
        seeded.choices[0].message.content
        == generate(bots_dir / "tiny", "My dream is", config).posts[0]
    )


def test_a_chat_stream_joins_to_the_unstreamed_posts(client):
    asked = dict(model="tiny", messages=USER, max_tokens=16, n=2, seed=11)
    whole = client.chat.completions.create(**asked)
    chunks = list(
        client.chat.completions.create(**asked, stream=True, stream_options={"include_usage": True})
    )
    assert len(chunks) >= 6 and all(c.object == "chat.completion.chunk" for c in chunks)
    *streamed, last = chunks
    assert last.choices == [] and last.usage.completion_tokens == whole.usage.completion_tokens
    for index, choice in enumerate(whole.choices):
        mine = [c.choices[0] for c in streamed if c.choices[0].index == index]
        assert mine[0].delta.role == "assistant"
        assert "".join(c.delta.content or "" for c in mine) == choice.message.content
        assert [c.finish_reason for c in mine][-1] == choice.finish_reason
        assert all(c.finish_reason is None for c in mine[:-1])


def test_a_completions_stream_joins_to_the_unstreamed_completion(client):
    asked = dict(model="tiny", prompt="I love", max_tokens=16, n=3, seed=5)
    whole = client.completions.create(**asked)
    chunks = list(client.completions.create(**asked, stream=True))
    assert len(chunks) >= 3
    for index, choice in enumerate(whole.choices):
        mine = [c.choices[0] for c in chunks if c.choices[0].index == index]
        assert "".join(c.text for c in mine) == choice.text
        assert mine[-1].finish_reason == choice.finish_reason in ("stop", "length")


def test_a_raw_stream_ends_with_done(url):
    found = events(url, CHAT, {"model": "tiny", "messages": USER, "max_tokens": 8, "stream": True})
    assert found[-1][2] == "[DONE]" and all(name == "message" for _, name, _ in found)
    first = found[0][2]
    assert first["object"] == "chat.completion.chunk" and first["id"].startswith("chatcmpl-")
    assert "usage" not in first  # only with stream_options.include_usage, as OpenAI


# --- stop ----------------------------------------------------------------------------------


def test_stop_cuts_before_the_sequence_whole_and_streamed(client):
    asked = dict(model="tiny", prompt="I love", max_tokens=24, seed=2)
    text = client.completions.create(**asked).choices[0].text
    assert len(text) >= 6, text  # the seed's post, long enough to cut in its middle
    stop = text[len(text) // 2 : len(text) // 2 + 2]
    expected = text[: text.index(stop)]
    for stops in (stop, [stop, "never-written-zzz"]):
        cut = client.completions.create(**asked, stop=stops).choices[0]
        assert (cut.text, cut.finish_reason) == (expected, "stop")
        chunks = list(client.completions.create(**asked, stop=stops, stream=True))
        assert "".join(c.choices[0].text for c in chunks) == expected
        assert chunks[-1].choices[0].finish_reason == "stop"
    chat = client.chat.completions.create(
        model="tiny",
        messages=[{"role": "user", "content": "I love"}],
        max_tokens=24,
        seed=2,
        stop=stop,
    )
    assert chat.choices[0].message.content == "I love" + expected
    assert chat.choices[0].finish_reason == "stop"


def test_a_stop_in_the_prompt_does_not_cut(client):
    asked = dict(model="tiny", prompt="I love", max_tokens=8, seed=2)
    assert (
        client.completions.create(**asked, stop="lov").choices[0].text
        == (client.completions.create(**asked).choices[0].text.split("lov")[0])
    )


def test_a_streamed_answer_joins_to_the_whole_one_however_the_text_grows():
    post = "I love the sea. STOP it ends. STOP again"
    for stops in ([], ["STOP"], ["ST", "STOP"], ["sea", "e."], ["zz"]):
        for whole_post in (False, True):
            streamed = StreamedAnswer("I love", stops, whole_post)
            pieces = [streamed.so_far(post[:end]) for end in range(len(post) + 1)]
            final = streamed.final(post)
            expected = answer(post, "I love", stops, whole_post)
            assert "".join(pieces) + final.text == expected.text, (stops, whole_post)
            assert (streamed.stopped or final.stopped) == expected.stopped
    assert stop_at("abcdef", ["cdef", "bc"]) == 1 and stop_at("abc", ["x"]) is None
    assert undecided_end("the sea ST", ["STOP"]) == 2 and undecided_end("the end", ["STOP"]) == 0


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "extra", "field"),
    [
        ("/v1/completions", {"echo": True}, "echo"),
        ("/v1/completions", {"logprobs": 2}, "logprobs"),
        ("/v1/completions", {"best_of": 3}, "best_of"),
        ("/v1/completions", {"logit_bias": {"50": 10}}, "logit_bias"),
        ("/v1/completions", {"suffix": " the end"}, "suffix"),
        ("/v1/completions", {"presence_penalty": 0.5}, "presence_penalty"),
        ("/v1/completions", {"frequency_penalty": 1}, "frequency_penalty"),
        ("/v1/completions", {"n": 33}, "n"),
        ("/v1/completions", {"max_tokens": 257}, "max_tokens"),
        ("/v1/completions", {"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ("/v1/completions", {"stream_options": {"include_usage": True}}, "stream_options"),
        ("/v1/completions", {"temprature": 0.5}, "temprature"),
        (CHAT, {"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
        (CHAT, {"functions": [{"name": "f"}]}, "functions"),
        (CHAT, {"response_format": {"type": "json_object"}}, "response_format"),
        (CHAT, {"logprobs": True}, "logprobs"),
        (CHAT, {"messages": [{"role": "system", "content": "Hi"}, *USER]}, "messages[0].role"),
        (CHAT, {"messages": [{"role": "assistant", "content": "Hi"}, *USER]}, "messages[0].role"),
        (CHAT, {"messages": [*USER, {"role": "assistant", "content": "Hi"}, *USER]},
         "messages[1].role"),
        (CHAT, {"messages": [{"role": "user", "content": ""},
                             {"role": "assistant", "content": ""}]}, "messages[0].content"),
        (CHAT, {"messages": [*USER, *USER]}, "messages"),
        (CHAT, {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]},
         "messages[0].content[0]"),
        (CHAT, {"messages": [{"role": "user", "content": "x" * 501}]}, "messages[0].content"),
        (CHAT, {"max_tokens": 8, "max_completion_tokens": 9}, "max_completion_tokens"),
    ],
)  # fmt: skip
def test_what_the_openai_routes_do_not_support_is_a_400_naming_it(url, path, extra, field):
    body = {"model": "tiny", "max_tokens": 4, **({"prompt": "Hi"} if path != CHAT else {}),
            **({"messages": USER} if path == CHAT else {}), **extra}  # fmt: skip
    response = httpx.post(f"{url}{path}", json=body, timeout=60)
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith(f"{field}:"), detail
    assert response.json()["error"]["param"] == field


def test_the_openai_client_reads_the_refusal(client):
    import openai

    with pytest.raises(openai.BadRequestError) as refused:
        client.completions.create(model="tiny", prompt="Hi", max_tokens=4, echo=True)
    assert refused.value.param == "echo" and "echo" in refused.value.message
    with pytest.raises(openai.BadRequestError, match="follows no instructions"):
        client.chat.completions.create(model="tiny", max_tokens=4, messages=[
            {"role": "system", "content": "You are helpful."}, *USER])  # fmt: skip


def test_the_values_that_change_nothing_are_taken(url):
    neutral = {
        "echo": False,
        "logprobs": None,
        "best_of": 1,
        "logit_bias": {},
        "suffix": "",
        "presence_penalty": 0,
        "frequency_penalty": 0.0,
        "user": "someone",
        "stop": [],
    }
    body = {"model": "tiny", "prompt": "Hi", "max_tokens": 4, **neutral}
    assert httpx.post(f"{url}/v1/completions", json=body, timeout=60).status_code == 200
    chat = {
        "model": "tiny",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
        "max_completion_tokens": 4,
        "tools": [],
        "response_format": {"type": "text"},
    }
    answered = httpx.post(f"{url}{CHAT}", json=chat, timeout=60)
    assert answered.status_code == 200 and answered.json()["choices"][0]["message"][
        "content"
    ].startswith("Hi")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"parameters": {"top_k": 50}}, "parameters.top_k"),
        ({"parameters": {"repetition_penalty": 1.2}}, "parameters.repetition_penalty"),
        ({"parameters": {"do_sample": False}}, "parameters.do_sample"),
        ({"parameters": {"stop": ["\n"]}}, "parameters.stop"),
        ({"parameters": {"topk": 5}}, "parameters.topk"),
        ({"stream": True}, "stream"),
        ({"input": "Hi"}, "input"),
    ],
)
def test_the_hf_route_refuses_what_its_sampler_does_not_do(url, body, field):
    response = httpx.post(f"{url}/models/tiny", json={"inputs": "Hi", **body}, timeout=60)
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith(f"{field}:")


def test_the_hf_route_takes_the_values_that_change_nothing(url):
    parameters = {"top_k": 0, "repetition_penalty": 1.0, "do_sample": True, "max_new_tokens": 6,
                  "num_return_sequences": 2, "seed": 4}  # fmt: skip
    body = {"inputs": "I love", "parameters": parameters, "options": {"wait_for_model": True}}
    generated = httpx.post(f"{url}/models/tiny", json=body, timeout=60).json()
    plain = {"inputs": "I love", "parameters": {"max_new_tokens": 6, "num_return_sequences": 2,
                                                "seed": 4}}  # fmt: skip
    assert generated == httpx.post(f"{url}/models/tiny", json=plain, timeout=60).json()
    assert len(generated) == 2


def test_the_bot_route_refuses_a_field_it_does_not_take(url):
    response = httpx.post(f"{url}/bots/tiny/generate", json={"n": 1, "top_k": 5}, timeout=60)
    assert response.status_code == 400 and response.json()["detail"].startswith("top_k:")


# --- the bot route's events ----------------------------------------------------------------


def test_the_bot_route_streams_tokens_as_they_are_sampled(url, bots_dir, monkeypatch):
    import twinpost.generation.write as writer

    bot = load_bot(bots_dir / "tiny")
    seed = next(s for s in range(100) if write_posts(bot, [
        PostRequest("I love", 1, 24, 1.0, 0.95, seed=s, allow_copies=True)])[0][0].samples[0]
        .new_tokens >= 10)  # fmt: skip
    pause = 0.05  # s per decoding step, so that the arrival times tell steps apart
    real = writer.sample_next

    def slow(*args, **kwargs):
        time.sleep(pause)
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "sample_next", slow)
    body = {"prompt": "I love", "n": 1, "max_new_tokens": 24, "seed": seed, "allow_copies": True,
            "stream": True}  # fmt: skip
    found = events(url, "/bots/tiny/generate", body)
    deltas = [(t, data) for t, name, data in found if name == "delta"]
    (post,) = [data for _, name, data in found if name == "post"]
    done_at, name, done = found[-1]
    assert name == "done" and done["posts"] == [post["text"]]
    assert len(deltas) >= 3 and "".join(d["text"] for _, d in deltas) == post["text"]
    assert done_at - deltas[0][0] >= 2 * pause  # the first piece came while the rest was written
    monkeypatch.undo()
    assert posts_of(url, {**body, "stream": False}) == done["posts"]


def test_seeded_streamed_posts_are_the_unstreamed_ones(url, bots_dir):
    body = {"prompt": "My dream is", "n": 4, "max_new_tokens": 16, "seed": 21}
    found = events(url, "/bots/tiny/generate", {**body, "stream": True})
    posts = [data for _, name, data in found if name == "post"]
    assert [p["index"] for p in posts] == [0, 1, 2, 3]  # in order: each once the guard passed it
    assert not [name for _, name, _ in found if name == "delta"]  # guarded: no text before that
    config = GenerateConfig(n=4, max_new_tokens=16, seed=21)
    unstreamed = posts_of(url, body)
    assert [p["text"] for p in posts] == found[-1][2]["posts"] == unstreamed
    assert unstreamed == generate(bots_dir / "tiny", "My dream is", config).posts


def test_the_copy_guard_holds_for_what_is_streamed(start, bots_dir, tmp_path):
    """A bot whose guard knows the post the seed writes first: streamed, that post is never
    sent, not even in part, and the posts are those of the unstreamed request."""
    import openai

    bots = tmp_path / "bots"
    shutil.copytree(bots_dir / "tiny", bots / "tiny")
    config = GenerateConfig(n=3, max_new_tokens=40, allow_copies=True)
    firsts = {s: generate(bots / "tiny", "I", dataclasses.replace(config, seed=s)).posts[0]
              for s in range(30)}  # fmt: skip
    seed, copied = next((s, p) for s, p in firsts.items() if len(words(p)) >= 12)
    guard = CopyGuard.from_texts([copied])
    guard.save(bots / "tiny")
    url = start(bots)
    body = {"prompt": "I", "n": 3, "max_new_tokens": 40, "seed": seed}
    found = events(url, "/bots/tiny/generate", {**body, "stream": True})
    sent = [data["text"] for _, name, data in found if name in ("delta", "post")]
    sent += found[-1][2]["posts"]
    assert sent and not any(guard.copies(text) for text in sent)
    streamed = [data["text"] for _, name, data in found if name == "post"]
    assert streamed == posts_of(url, body) and len(streamed) == 3 and copied not in streamed

    client = openai.OpenAI(base_url=f"{url}/v1", api_key="x", timeout=60, max_retries=0)
    chunks = client.chat.completions.create(
        model="tiny",
        messages=[{"role": "user", "content": "I"}],
        n=3,
        max_tokens=40,
        seed=seed,
        stream=True,
    )
    contents = {}
    for chunk in chunks:
        for choice in chunk.choices:
            contents[choice.index] = contents.get(choice.index, "") + (choice.delta.content or "")
    assert sorted(contents.values()) == sorted(streamed)  # the same posts: the copy dropped
    assert not any(guard.copies(text) for text in contents.values())


def test_a_stream_that_fails_says_why(url, monkeypatch):
    import openai

    from twinpost.errors import TwinpostError
    from twinpost.server.bots import BotRegistry

    def broken(self, name):
        raise TwinpostError("tiny: model.safetensors is damaged; train the bot again")

    monkeypatch.setattr(BotRegistry, "load", broken)
    found = events(url, "/bots/tiny/generate", {"n": 1, "stream": True})
    assert found[-1][1:] == (
        "error",
        {"detail": "tiny: model.safetensors is damaged; train the bot again"},
    )
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="x", timeout=60, max_retries=0)
    with pytest.raises(openai.APIError, match="damaged"):
        list(client.chat.completions.create(model="tiny", messages=USER, stream=True))
    assert httpx.get(f"{url}/health").status_code == 200


def test_an_unknown_bot_is_a_404_before_any_stream(client, url):
    import openai

    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nobody", messages=USER, stream=True)
    response = httpx.post(f"{url}/bots/nobody/generate", json={"stream": True})
    assert response.status_code == 404 and "nobody" in response.json()["detail"]


def test_streamed_and_whole_requests_are_batched_together(url, monkeypatch):
    import twinpost.generation.write as writer

    batch_rows: list[int] = []
    real = writer.sample_rows

    def counted(bot, prompts, *args):
        batch_rows.append(len(prompts))
        return real(bot, prompts, *args)

    monkeypatch.setattr(writer, "sample_rows", counted)

    bodies = [{"prompt": f"Prompt {i}", "n": 1, "max_new_tokens": 8, "stream": i % 2 == 0}
              for i in range(6)]  # fmt: skip
    # Threads, not asyncio.run: Playwright's sync API (test_serve_app.py) leaves a loop running.
    with ThreadPoolExecutor(len(bodies)) as pool:
        asked = [pool.submit(httpx.post, f"{url}/bots/tiny/generate", json=b, timeout=60)
                 for b in bodies]  # fmt: skip
        responses = [a.result() for a in asked]
    for i, response in enumerate(responses):
        assert response.status_code == 200
        text = response.text
        assert f"Prompt {i}" in text and (("event: done" in text) == (i % 2 == 0))
    assert sum(batch_rows) == 6 and max(batch_rows) > 1, batch_rows


# --- the sampler's hook (write.py) ---------------------------------------------------------


def test_the_sampler_reports_only_what_it_keeps(bots_dir):
    bot = load_bot(bots_dir / "tiny")
    requests = [PostRequest("I love", 3, 20, 1.0, 0.95, seed=8, allow_copies=True),
                PostRequest("The team", 2, 20, 1.0, 0.95)]  # fmt: skip
    heard: list[PostText | PostWritten] = []
    written, _ = write_posts(bot, requests, None, heard.append)
    unheard, _ = write_posts(bot, requests, None, None)
    assert [w.samples for w in written] == [w.samples for w in unheard]  # listening changes nothing
    for r, result in enumerate(written):
        finals = {e.index: e.sample for e in heard if isinstance(e, PostWritten) and e.request == r}
        assert finals == dict(enumerate(result.samples))  # each kept post once, at its place
        texts = [e for e in heard if isinstance(e, PostText) and e.request == r]
        if requests[r].allow_copies:
            assert texts, "an unguarded request hears its posts grow"
        else:
            assert not texts  # a guarded one hears a post only once it has passed the guard
        for index, post in finals.items():
            grown = [e.text for e in texts if e.index == index]
            assert all(post.text.startswith(t) for t in grown) and grown == sorted(grown, key=len)


def test_an_unfinished_post_holds_back_what_may_change():
    from twinpost.generation.write import _shown_so_far

    def partial(text: str, prompt_tokens: int = 1) -> Sample:
        return Sample(text, False, 3, prompt_tokens)

    assert _shown_so_far(partial("[@marig")) == ""  # may still be a speaker line, dropped
    mine = _shown_so_far(partial("[@marig", prompt_tokens=3), prompt="[@marig")
    assert mine == "[@marig"  # the user's prompt
    # a word with an @ or a digit may start personal data: held back until the post is checked
    assert _shown_so_far(partial("[@a] hello")) == ""
    assert _shown_so_far(partial("I love it, call 030 1234"), prompt="I") == "I love it, call"
    assert _shown_so_far(partial("Sun \ufffd")) == "Sun"  # an emoji's bytes still coming
