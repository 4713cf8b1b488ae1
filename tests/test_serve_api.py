"""`twinpost serve`'s HTTP API, against the real server on a loopback port, with a tiny bot."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from twinpost.config import GenerateConfig
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.generation.load import load_bot
from twinpost.generation.write import generate, sample_rows
from twinpost.server import ServeSettings, create_app
from twinpost.server.app import UploadLimit

TOKEN = "s3cret-token-for-tests"
# s: a job's process imports torch and transformers first (~5 s on an idle machine, minutes
# when benchmarks hold both cores); this is only the ceiling of a wait.
JOB_TIMEOUT = 600


@pytest.fixture(scope="module")
def bots_dir(tiny_bot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bots folder holding one tiny bot, "tiny", trained on the sample account."""
    folder = tmp_path_factory.mktemp("bots")
    shutil.copytree(tiny_bot.bot_dir, folder / "tiny")  # the suite's shared tiny bot
    return folder


@pytest.fixture
def start(serve, bots_dir: Path, tiny_base: Path, tmp_path: Path):
    """`url = start(token=..., worker=...)`: a server over `bots_dir` training on the tiny base."""

    def start_server(worker=None, **settings) -> str:
        defaults = {"bots_dir": bots_dir, "base": str(tiny_base), "uploads_dir": tmp_path / "up"}
        return serve(create_app(ServeSettings(**{**defaults, **settings}), worker=worker))

    return start_server


@pytest.fixture
def url(start) -> str:
    return start()


def sample_zip() -> bytes:
    """The bundled sample account as an X archive zip, as a user would upload it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(SAMPLE_ACCOUNT.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(SAMPLE_ACCOUNT.parent).as_posix())
    return buffer.getvalue()


def wait_for_job(url: str, job_id: str, states: set[str], headers=None) -> dict:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        job = httpx.get(f"{url}/jobs/{job_id}", headers=headers).json()
        if job["state"] in states:
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} never reached {states}: {job}")


# --- bots and generation -------------------------------------------------------------------


def test_health_bots_and_schema(url):
    assert httpx.get(f"{url}/health").json()["status"] == "ok"
    (bot,) = httpx.get(f"{url}/bots").json()["bots"]
    assert bot["name"] == "tiny" and bot["accounts"] == ["marigold_keeps"]
    assert bot["held_out_loss"]["after"] < bot["held_out_loss"]["before"]
    assert bot["base_model"] and bot["created"]
    paths = httpx.get(f"{url}/openapi.json").json()["paths"]
    for path in ("/bots/{name}/generate", "/models/{name}", "/v1/completions",
                 "/v1/chat/completions", "/jobs"):  # fmt: skip
        assert path in paths


def test_generate_writes_n_posts_that_start_with_the_prompt(url):
    body = {"prompt": "My dream is", "n": 4, "max_new_tokens": 16}
    response = httpx.post(f"{url}/bots/tiny/generate", json=body, timeout=60)
    posts = response.json()["posts"]
    assert response.status_code == 200 and len(posts) == 4
    assert all(p.startswith("My dream is") for p in posts)


def test_a_seed_gives_the_posts_of_twinpost_generate(url, bots_dir):
    body = {"prompt": "I love", "n": 3, "max_new_tokens": 16, "seed": 7}
    first = httpx.post(f"{url}/bots/tiny/generate", json=body, timeout=60).json()["posts"]
    again = httpx.post(f"{url}/bots/tiny/generate", json=body, timeout=60).json()["posts"]
    config = GenerateConfig(n=3, max_new_tokens=16, seed=7)
    assert first == again == generate(bots_dir / "tiny", "I love", config).posts


def test_a_reply_over_http_is_what_twinpost_generate_replies(url, bots_dir):
    body = {"prompt": "Yes", "n": 2, "max_new_tokens": 16, "seed": 3,
            "reply_to": "Do cats like fog?"}  # fmt: skip
    posts = httpx.post(f"{url}/bots/tiny/generate", json=body, timeout=60).json()["posts"]
    config = GenerateConfig(n=2, max_new_tokens=16, seed=3)
    assert posts == generate(bots_dir / "tiny", "Yes", config, reply_to="Do cats like fog?").posts
    assert posts != generate(bots_dir / "tiny", "Yes", config).posts
    # The chat route: the post to answer as a user message, the reply's start as the assistant's.
    messages = [{"role": "user", "content": "Do cats like fog?"},
                {"role": "assistant", "content": "Yes"}]  # fmt: skip
    chat = {"model": "tiny", "max_tokens": 16, "seed": 3, "n": 2, "messages": messages}
    answer = httpx.post(f"{url}/v1/chat/completions", json=chat, timeout=60).json()
    assert [c["message"]["content"] for c in answer["choices"]] == posts


def test_concurrent_requests_are_sampled_in_batches(url, monkeypatch):
    import twinpost.generation.write as writer

    batch_rows: list[int] = []

    def counted(bot, prompts, *args):
        batch_rows.append(len(prompts))
        return sample_rows(bot, prompts, *args)

    monkeypatch.setattr(writer, "sample_rows", counted)
    prompts = [f"Prompt {i} is{' longer' * i}" for i in range(8)]

    async def ask_all():
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            body = {"n": 1, "max_new_tokens": 8}
            requests = [client.post("/bots/tiny/generate", json={**body, "prompt": p})
                        for p in prompts]  # fmt: skip
            return await asyncio.gather(*requests)

    responses = asyncio.run(ask_all())
    for prompt, response in zip(prompts, responses, strict=True):
        (post,) = response.json()["posts"]
        assert post.startswith(prompt.strip())
    assert sum(batch_rows) == 8 and max(batch_rows) > 1, batch_rows


def test_left_padded_rows_match_rows_sampled_alone(bots_dir):
    """Batching different prompts pads them on the left; the mask and the position ids must
    make each row what it would be alone. Near-zero temperature makes sampling greedy."""
    bot = load_bot(bots_dir / "tiny")
    prompts = ["I", "The team just shipped the new", "My cat loves"]
    together = sample_rows(bot, prompts, [12] * 3, 1e-4, 1.0)
    alone = [sample_rows(bot, [p], [12], 1e-4, 1.0)[0] for p in prompts]
    assert [s.text for s in together] == [s.text for s in alone]


def test_hugging_face_inference_shape(url):
    body = {"inputs": "I love", "parameters": {"num_return_sequences": 2, "max_new_tokens": 8}}
    generated = httpx.post(f"{url}/models/tiny", json=body, timeout=60).json()
    assert len(generated) == 2 and all(g["generated_text"].startswith("I love") for g in generated)


def test_the_openai_client_works_unchanged(start):
    import openai

    url = start(token=TOKEN)
    client = openai.OpenAI(base_url=f"{url}/v1", api_key=TOKEN, timeout=60, max_retries=0)
    assert [m.id for m in client.models.list()] == ["tiny"]
    completion = client.completions.create(model="tiny", prompt="My dream is", max_tokens=12, n=2)
    assert len(completion.choices) == 2 and completion.model == "tiny"
    assert all(isinstance(c.text, str) and c.finish_reason in ("stop", "length")
               for c in completion.choices)  # fmt: skip
    assert completion.usage.completion_tokens <= 24
    with pytest.raises(openai.NotFoundError):
        client.completions.create(model="nobody", prompt="Hi", max_tokens=4)


# --- limits and safety ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/bots/tiny/generate", {"prompt": "x" * 501}),
        ("/bots/tiny/generate", {"n": 33}),
        ("/bots/tiny/generate", {"max_new_tokens": 257}),
        ("/bots/tiny/generate", {"temperature": 0}),
        ("/bots/tiny/generate", {"reply_to": ""}),
        ("/bots/tiny/generate", {"reply_to": "x" * 5001}),
        ("/models/tiny", {"inputs": "x" * 501}),
        ("/models/tiny", {"inputs": "Hi", "parameters": {"num_return_sequences": 33}}),
    ],
)
def test_requests_past_the_caps_get_422(url, path, body):
    """The OpenAI routes answer 400 instead, as OpenAI does (tests/test_serve_stream.py)."""
    response = httpx.post(f"{url}{path}", json=body, timeout=60)
    assert response.status_code == 422, response.text


def test_no_request_reaches_a_bot_outside_the_bots_folder(url, bots_dir, tmp_path):
    outside = tmp_path / "outside" / "secret"
    shutil.copytree(bots_dir / "tiny", outside)
    link = bots_dir / "link"
    link.symlink_to(outside, target_is_directory=True)
    try:
        names = ["..%2Foutside%2Fsecret", "%2E%2E", ".hidden", "link", "a" * 65, "tiny%00",
                 "..", "~", "%2Ftmp"]  # fmt: skip
        for name in names:
            response = httpx.post(f"{url}/bots/{name}/generate", json={"n": 1}, timeout=60)
            assert response.status_code in (404, 422), (name, response.status_code)
            assert "posts" not in response.text
            assert httpx.get(f"{url}/bots/{name}/card").status_code in (404, 422)
        assert [b["name"] for b in httpx.get(f"{url}/bots").json()["bots"]] == ["tiny"]
    finally:
        link.unlink()


def test_the_token_guards_every_api_call_but_not_its_value(start):
    url = start(token=TOKEN)
    for method, path in [("GET", "/bots"), ("POST", "/bots/tiny/generate"), ("GET", "/jobs/x"),
                         ("POST", "/v1/completions"), ("GET", "/v1/models"),
                         ("GET", "/bots/tiny/drafts"), ("POST", "/bots/tiny/drafts"),
                         ("POST", "/drafts/1/approve"), ("POST", "/drafts/1/edit")]:  # fmt: skip
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
            response = httpx.request(method, f"{url}{path}", headers=headers, json={})
            assert response.status_code == 401, (path, headers)
            assert TOKEN not in response.text
            assert response.headers["www-authenticate"] == "Bearer"
    ok = httpx.get(f"{url}/bots", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and TOKEN not in ok.text
    assert httpx.get(f"{url}/health").status_code == 200  # for process supervisors
    assert httpx.get(f"{url}/").status_code == 200  # the app's page, which asks for the token


def test_uploads_are_capped_and_read_with_the_cli_checks(url, monkeypatch):
    too_many = [("files", (f"{i}.zip", sample_zip())) for i in range(4)]
    response = httpx.post(f"{url}/sources/preview", files=too_many, timeout=60)
    assert response.status_code == 422 and "at most 3" in response.json()["detail"]

    monkeypatch.setattr("twinpost.server.uploads.MAX_UPLOAD_BYTES", 1000)
    response = httpx.post(f"{url}/jobs", files={"files": ("big.zip", b"x" * 5000)}, timeout=60)
    assert response.status_code == 413 and "big.zip" in response.json()["detail"]

    monkeypatch.setattr(UploadLimit, "LIMIT", 4000)  # the whole body, counted as it arrives
    response = httpx.post(f"{url}/sources/preview", files={"files": ("a.zip", b"x" * 9000)})
    assert response.status_code == 413

    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../outside.txt", "hello there friends, a post")
    response = httpx.post(f"{url}/jobs", files={"files": ("evil.zip", evil.getvalue())})
    detail = response.json()["detail"]
    assert response.status_code == 422 and detail.startswith("evil.zip: refused zip entry")


def test_sources_preview_shows_the_table_and_a_few_posts(url):
    response = httpx.post(f"{url}/sources/preview", files={"files": ("me.zip", sample_zip())})
    preview = response.json()
    (row,) = preview["accounts"]
    assert (row["handle"], row["downloaded"], row["retweets"], row["short"], row["kept"]) == (
        "marigold_keeps", 476, 15, 26, 435,
    )  # fmt: skip
    assert len(preview["samples"]["marigold_keeps"]) == 3 and preview["problems"] == []


# --- jobs ----------------------------------------------------------------------------------


def test_a_job_trains_a_bot_in_another_process(start, tmp_path):
    url = start(bots_dir=tmp_path / "new-bots")
    # The budget covers the whole run, the process's start-up and reading included; the
    # tiny model ends its epoch long before it.
    options = {"name": "job-bot", "time_budget": "120s", "method": "full", "epochs": "1",
               "block_size": "256", "lr": "3e-3"}  # fmt: skip
    response = httpx.post(
        f"{url}/jobs", files={"files": ("me.zip", sample_zip())}, data=options, timeout=60
    )
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["state"] in ("queued", "running") and job["bot_name"] == "job-bot"
    assert httpx.get(f"{url}/health", timeout=5).status_code == 200  # answering while it trains
    job = wait_for_job(url, job["id"], {"done", "failed"})
    assert job["state"] == "done", job
    assert job["progress"] == 1 and job["report"][0]["kept"] == 435
    assert job["held_out_loss"]["after"] < job["held_out_loss"]["before"]
    assert job["training_warnings"] == []  # a whole epoch: nothing to warn of
    assert [b["name"] for b in httpx.get(f"{url}/bots").json()["bots"]] == ["job-bot"]
    body = {"prompt": "My dream is", "n": 2, "max_new_tokens": 8}
    assert (
        len(httpx.post(f"{url}/bots/job-bot/generate", json=body, timeout=60).json()["posts"]) == 2
    )
    again = httpx.post(f"{url}/jobs", files={"files": ("me.zip", sample_zip())}, data=options)
    assert again.status_code == 409  # the name is taken now


def crashing_worker(spec, events) -> None:
    """A training process that dies mid-run, as one killed by the OS would."""
    events.put({"stage": "training", "progress": 0.25})
    os._exit(3)


def sleeping_worker(spec, events) -> None:
    events.put({"stage": "training", "progress": 0.1})
    time.sleep(120)


def test_a_crashed_job_is_reported_failed_and_the_server_goes_on(start):
    url = start(worker=crashing_worker)
    response = httpx.post(f"{url}/jobs", files={"files": ("me.zip", sample_zip())}, timeout=60)
    job = wait_for_job(url, response.json()["id"], {"done", "failed"})
    assert job["state"] == "failed"
    assert job["error"] == "the training process stopped unexpectedly (exit code 3)"
    assert httpx.get(f"{url}/health").status_code == 200
    assert [b["name"] for b in httpx.get(f"{url}/bots").json()["bots"]] == ["tiny"]


def test_a_job_that_fails_says_why_in_one_line(start, tmp_path):
    url = start(base=str(tmp_path / "no-such-model"))
    response = httpx.post(f"{url}/jobs", files={"files": ("me.zip", sample_zip())}, timeout=60)
    job = wait_for_job(url, response.json()["id"], {"done", "failed"})
    assert job["state"] == "failed" and "no-such-model" in job["error"]
    assert "\n" not in job["error"] and "Traceback" not in job["error"]


def test_jobs_can_be_cancelled_queued_or_running(start, bots_dir):
    url = start(worker=sleeping_worker)
    upload = {"files": ("me.zip", sample_zip())}
    first = httpx.post(f"{url}/jobs", files=upload, timeout=60).json()
    second = httpx.post(f"{url}/jobs", files=upload, timeout=60).json()
    assert first["bot_name"] != second["bot_name"]  # each job reserves its bot's name
    wait_for_job(url, first["id"], {"running"})
    queued = httpx.post(f"{url}/jobs/{second['id']}/cancel").json()
    assert queued["state"] == "cancelled"
    started = time.monotonic()
    running = httpx.delete(f"{url}/jobs/{first['id']}").json()
    assert running["state"] == "cancelled" and time.monotonic() - started < 10
    assert httpx.delete(f"{url}/jobs/{first['id']}").status_code == 409
    assert httpx.get(f"{url}/jobs/nope").status_code == 404
    assert [p.name for p in bots_dir.iterdir()] == ["tiny"]  # no partial bot left behind


# --- what the server refuses (guard.py) ----------------------------------------------------


def test_a_loopback_server_answers_only_to_loopback_host_names(start):
    url = start(host="127.0.0.1")
    port = url.rsplit(":", 1)[1]
    assert httpx.get(f"{url}/health").status_code == 200
    assert httpx.get(f"{url}/health", headers={"Host": f"localhost:{port}"}).status_code == 200
    rebound = httpx.get(f"{url}/bots", headers={"Host": f"attacker.example:{port}"})
    assert rebound.status_code == 421 and "rebinding" in rebound.json()["detail"]
    # Bound to all interfaces the names are the user's to choose: no Host check.
    everywhere = start(host="0.0.0.0")
    assert httpx.get(f"{everywhere}/health", headers={"Host": "bots.lan"}).status_code == 200


@pytest.mark.parametrize(
    ("args", "warned"),
    [(["--host", "0.0.0.0"], True), (["--host", "192.168.1.20"], True),
     (["--host", "0.0.0.0", "--token", TOKEN], False), (["--host", "127.0.0.1"], False),
     (["--host", "::1"], False), ([], False)],
)  # fmt: skip
def test_a_server_open_to_the_network_without_a_token_warns(cli, monkeypatch, args, warned):
    import twinpost.server

    started = []
    monkeypatch.setattr(twinpost.server, "run_server", lambda *a: started.append(a))
    result = cli("serve", *args)
    assert result.exit_code == 0 and len(started) == 1, result.output
    assert ("without a token" in result.output) == warned, result.output
    assert TOKEN not in result.output


def test_a_page_on_another_site_cannot_start_or_change_anything(start, tmp_path):
    url = start(host="127.0.0.1", worker=sleeping_worker)
    upload = {"files": ("me.zip", sample_zip())}
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"},
                    {"Sec-Fetch-Site": "cross-site"}):  # fmt: skip
        refused = httpx.post(f"{url}/jobs", files=upload, headers=headers, timeout=60)
        assert refused.status_code == 403 and "cross-site" in refused.json()["detail"]
        generate = httpx.post(f"{url}/bots/tiny/generate", json={"n": 1}, headers=headers)
        assert generate.status_code == 403
        for path in ("/bots/tiny/drafts", "/drafts/1/approve", "/drafts/1/reject"):
            assert httpx.post(f"{url}{path}", json={}, headers=headers).status_code == 403, path
    assert not (tmp_path / "up").exists() or not any((tmp_path / "up").iterdir())
    # The app's own page (same origin) and clients outside a browser (no Origin) go through.
    same = httpx.post(f"{url}/bots/tiny/generate", json={"n": 1, "max_new_tokens": 4},
                      headers={"Origin": url, "Sec-Fetch-Site": "same-origin"})  # fmt: skip
    assert same.status_code == 200
    outside = httpx.post(f"{url}/bots/tiny/generate", json={"n": 1, "max_new_tokens": 4})
    assert outside.status_code == 200
    assert httpx.get(f"{url}/bots", headers={"Origin": "https://evil.example"}).status_code == 200


def test_the_web_app_cannot_be_framed_and_runs_only_its_own_code(url):
    page = httpx.get(f"{url}/")
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy
    assert page.headers["x-frame-options"] == "DENY"
    assert httpx.get(f"{url}/health").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("temperature", ["NaN", "Infinity", "1e-300", "-1"])
def test_a_temperature_that_cannot_sample_is_a_422(url, temperature):
    body = '{"n": 1, "temperature": ' + temperature + "}"  # raw: json.dumps would refuse NaN
    response = httpx.post(f"{url}/bots/tiny/generate", content=body,
                          headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 422 and "temperature" in response.text


def test_a_chunked_upload_past_the_cap_is_a_413(url, monkeypatch):
    monkeypatch.setattr(UploadLimit, "LIMIT", 50_000)
    boundary = "twinpostboundary"

    def body():  # chunked: no Content-Length to refuse it by
        yield (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
               f'filename="big.zip"\r\nContent-Type: application/zip\r\n\r\n').encode()  # fmt: skip
        for _ in range(100):
            yield b"x" * 10_000

    form = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    response = httpx.post(f"{url}/jobs", content=body(), headers=form, timeout=60)
    assert response.status_code == 413 and "too large" in response.json()["detail"]
    assert httpx.get(f"{url}/health").status_code == 200


def test_the_job_queue_is_bounded_with_a_429(start, monkeypatch):
    monkeypatch.setattr("twinpost.server.jobs.MAX_QUEUED_JOBS", 2)
    url = start(worker=sleeping_worker)
    upload = {"files": ("me.zip", sample_zip())}
    first = httpx.post(f"{url}/jobs", files=upload, timeout=60).json()
    wait_for_job(url, first["id"], {"running"})
    queued = [httpx.post(f"{url}/jobs", files=upload, timeout=60) for _ in range(2)]
    assert [r.status_code for r in queued] == [202, 202]
    full = httpx.post(f"{url}/jobs", files=upload, timeout=60)
    assert full.status_code == 429 and "waiting already" in full.json()["detail"]
    httpx.delete(f"{url}/jobs/{queued[0].json()['id']}")
    assert httpx.post(f"{url}/jobs", files=upload, timeout=60).status_code == 202  # room again
    for job in [first, queued[1].json()]:
        httpx.delete(f"{url}/jobs/{job['id']}")


def test_hostile_uploads_get_one_line_422s_and_the_server_goes_on(url, tmp_path):
    from tests.test_hostile_inputs import corrupt_deflate, encrypted_entry, unknown_method

    deep = io.BytesIO()
    with zipfile.ZipFile(deep, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + "[" * 100_000)
    makers = (corrupt_deflate, encrypted_entry, unknown_method)
    uploads = [make(tmp_path / f"{make.__name__}.zip").read_bytes() for make in makers]
    uploads.append(deep.getvalue())
    for data in uploads:
        job = httpx.post(f"{url}/jobs", files={"files": ("mine.zip", data)}, timeout=60)
        detail = job.json()["detail"]
        assert job.status_code == 422 and detail.startswith("mine.zip: "), detail
        assert "\n" not in detail and str(tmp_path) not in detail
        preview = httpx.post(f"{url}/sources/preview", files={"files": ("mine.zip", data)})
        assert preview.status_code == 200 and preview.json()["problems"] == [detail]
    assert httpx.get(f"{url}/health").status_code == 200


# --- jobs outlive the server (job_store.py) ------------------------------------------------


def finishing_worker(spec, events) -> None:
    events.put({"stage": "training", "progress": 0.5})
    events.put({"done": {"before": 5.0, "after": 4.0}})


def stored_spec(tmp_path: Path, bot: str = "restarted"):
    from twinpost.config import TrainConfig
    from twinpost.server.worker import JobSpec

    uploads = tmp_path / "uploads" / f"job-{bot}"
    uploads.mkdir(parents=True)
    (uploads / "me.zip").write_bytes(sample_zip())
    spec = JobSpec(bot_dir=tmp_path / "bots" / bot, sources=[uploads / "me.zip"],
                   names=["me.zip"], config=TrainConfig())  # fmt: skip
    return spec, uploads


def wait_state(manager, job_id: str, state: str) -> None:
    deadline = time.monotonic() + JOB_TIMEOUT
    while manager.jobs[job_id].state != state:
        assert time.monotonic() < deadline, manager.jobs[job_id].status()
        time.sleep(0.05)


def test_a_job_of_a_stopped_server_runs_when_the_next_one_starts(tmp_path):
    from twinpost.server.job_store import JobStore
    from twinpost.server.jobs import JobManager

    db = tmp_path / "jobs.sqlite"
    first = JobManager(1, sleeping_worker, JobStore(db))
    spec, uploads = stored_spec(tmp_path)
    job = first.submit(spec, uploads)
    wait_state(first, job.id, "running")
    first.shutdown()  # the server stops mid-job
    (stored,) = JobStore(db).all()
    assert stored.state == "queued" and uploads.is_dir()  # kept for the next server

    second = JobManager(1, finishing_worker, JobStore(db))
    wait_state(second, job.id, "done")
    status = second.status(second.jobs[job.id])
    assert "Queued again: the server restarted" in status["log"]
    assert status["held_out_loss"] == {"before": 5.0, "after": 4.0}
    assert [s.state for s in JobStore(db).all()] == ["done"]
    second.shutdown()


def test_a_job_left_running_by_a_killed_server_is_never_stuck(tmp_path):
    from twinpost.server.job_store import JobStore
    from twinpost.server.jobs import JobManager

    db = tmp_path / "jobs.sqlite"
    store = JobStore(db)  # what a SIGKILLed server leaves: rows that say "running"
    alive, uploads = stored_spec(tmp_path, "alive")
    gone, gone_uploads = stored_spec(tmp_path, "gone")
    store.add("alive1", alive, uploads, "running", {"stage": "training", "log": ["Started"]})
    store.add("gone1", gone, gone_uploads, "running", {"stage": "training", "log": []})
    store.close()
    shutil.rmtree(gone_uploads)

    manager = JobManager(1, finishing_worker, JobStore(db))
    wait_state(manager, "alive1", "done")
    lost = manager.status(manager.jobs["gone1"])
    assert lost["state"] == "failed" and "uploads are gone" in lost["error"]
    assert {s.id: s.state for s in JobStore(db).all()} == {"alive1": "done", "gone1": "failed"}
    manager.shutdown()


def test_the_queue_routes_write_list_and_judge_drafts(url):
    written = httpx.post(f"{url}/bots/tiny/drafts", json={"n": 3, "seed": 4}, timeout=120)
    assert written.status_code == 201, written.text
    drafts = written.json()["drafts"]
    assert [d["state"] for d in drafts] == ["draft"] * 3 and "key" not in drafts[0]
    first, second, third = (d["id"] for d in drafts)
    assert httpx.post(f"{url}/drafts/{first}/approve").json()["state"] == "approved"
    assert httpx.post(f"{url}/drafts/{second}/reject").json()["state"] == "rejected"
    edited = httpx.post(f"{url}/drafts/{third}/edit", json={"text": "my words"}).json()
    assert edited["final_text"] == "my words" and edited["text"] == drafts[2]["text"]
    listed = httpx.get(f"{url}/bots/tiny/drafts").json()["drafts"]
    assert [d["state"] for d in listed] == ["approved", "rejected", "approved"]
    missing = httpx.post(f"{url}/drafts/999/approve")
    assert missing.status_code == 422 and "no such draft" in missing.json()["detail"]
    empty = httpx.post(f"{url}/drafts/{first}/edit", json={"text": ""})
    assert empty.status_code == 422
    assert httpx.post(f"{url}/bots/nobody/drafts", json={"n": 1}).status_code == 404


def test_the_thread_route_writes_threads_as_the_cli_does(url):
    body = {"prompt": "The tide", "length": 3, "n": 2, "seed": 5, "max_new_tokens": 12}
    first = httpx.post(f"{url}/bots/tiny/thread", json=body, timeout=120)
    assert first.status_code == 200, first.text
    threads = first.json()["threads"]
    assert len(threads) == 2 and all(len(t) == 3 for t in threads)
    assert all(t[0].startswith("The tide") for t in threads)
    again = httpx.post(f"{url}/bots/tiny/thread", json=body, timeout=120).json()["threads"]
    assert again == threads  # a seed writes the same threads
    for bad in ({"length": 0}, {"length": 26}, {"n": 11}):
        assert httpx.post(f"{url}/bots/tiny/thread", json=bad).status_code == 422, bad
    assert httpx.post(f"{url}/bots/nobody/thread", json={}).status_code == 404
