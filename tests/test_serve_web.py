"""The routes behind the web app's bot page and sources step: the card as HTML, the loss
curve, the voice figures, Bluesky .car uploads and live accounts (against loopback fakes)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import httpx
import pytest
from test_serve_api import sample_zip

from tests.live_fakes import bluesky_records, build_car, serve_bluesky
from twinpost.server import ServeSettings, create_app

TRAPS = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">']
JOB_TIMEOUT = 600  # s: a job's process imports twinpost first; a ceiling, not a wait


@pytest.fixture
def bots_dir(tiny_bot, tmp_path: Path) -> Path:
    folder = tmp_path / "bots"
    shutil.copytree(tiny_bot.bot_dir, folder / "tiny")
    return folder


@pytest.fixture
def start(serve, bots_dir: Path, tiny_base: Path, tmp_path: Path):
    def start_server(worker=None) -> str:
        settings = ServeSettings(bots_dir=bots_dir, base=str(tiny_base),
                                 uploads_dir=tmp_path / "up")  # fmt: skip
        return serve(create_app(settings, worker=worker))

    return start_server


@pytest.fixture
def url(start) -> str:
    return start()


def with_voice(bot_dir: Path) -> None:
    """Give the bot the figures of a `twinpost eval`, and its card their Voice section."""
    from twinpost.card import rewrite_card_text

    record_path = bot_dir / "twinpost.json"
    record = json.loads(record_path.read_text())
    profile = {"posts": 20, "mean_chars": 88.0, "mentions": 0.1, "hashtags": 0.05, "emoji": 0.2}
    record["voice"] = {
        "bot": bot_dir.name, "accounts": ["marigold_keeps"], "posts": 20, "seed": 0,
        "prompt": "", "temperature": 1.0, "top_p": 0.95,
        "attribution": {"marigold_keeps": 0.85}, "blend_attribution": None,
        "impostors": ["someone_else"],
        "discriminator": {"accuracy": 0.61, "low": 0.52, "high": 0.7, "real": 40,
                          "generated": 20},
        "residue": 0, "copy_rate": 0.05, "held_out_loss": 3.2,
        "style": {"real": profile, "generated": profile},
        "diversity": {"real": {"self_bleu": 0.1}, "generated": {"self_bleu": 0.2}},
        "real_posts": 40, "seconds": 12.0,
    }  # fmt: skip
    record_path.write_text(json.dumps(record))
    rewrite_card_text(bot_dir)


def one_line_404(response: httpx.Response, *words: str) -> None:
    detail = response.json()["detail"]
    assert response.status_code == 404 and "\n" not in detail, response.text
    assert all(w in detail for w in words), detail


# --- the card, rendered on the server ------------------------------------------------------


def test_the_card_is_html_with_its_tables_and_headings(url):
    response = httpx.get(f"{url}/bots/tiny/card.html")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<h2>Marigold Finch</h2>" in html and "<h3>Training data</h3>" in html
    assert "<table>" in html and '<td class="align-right">435</td>' in html
    assert "<pre><code" in html and "<ol>" in html
    assert '<a href="https://pypi.org/project/twinpost/" rel="noopener noreferrer">' in html
    # The Hub's part is not the page's: no front matter, no avatar block, no images.
    assert "pipeline_tag" not in html and "inline-flex" not in html and "<img" not in html


def write_trap_card(bot: Path) -> None:
    """The bot's card drawn again with markup in its display name and sample posts."""
    from twinpost.bot.folder import read_record, write_record
    from twinpost.card import read_card_record, write_card_text
    from twinpost.card.avatars import place_avatars

    record = read_record(bot)
    record.accounts[0].display_name = TRAPS[1]
    write_record(bot, record)
    card = read_card_record(bot)
    card["samples"] = [f"My dream is {TRAPS[0]}", f"line one\nline two {TRAPS[1]}"]
    write_card_text(bot, record, place_avatars(bot, record), card)


def test_markup_in_a_post_or_a_name_is_escaped_in_the_card(bots_dir, url):
    write_trap_card(bots_dir / "tiny")
    html = httpx.get(f"{url}/bots/tiny/card.html").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "line one<br />\nline two" in html  # the card's <br> is a line break
    assert "<script" not in html and "<img" not in html


def test_raw_html_written_into_a_card_is_shown_as_text(bots_dir, url):
    """Even HTML the template did not escape (a card edited by hand) stays text."""
    card = bots_dir / "tiny" / "README.md"
    text = card.read_text()
    card.write_text(text + f"\n\n1. {TRAPS[0]}<br>{TRAPS[1]}\n\n<div onclick=alert(1)>hi</div>\n")
    html = httpx.get(f"{url}/bots/tiny/card.html").text
    assert "<script" not in html and "<img" not in html and "<div" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br />" in html
    assert "&lt;div onclick=alert(1)&gt;hi&lt;/div&gt;" in html


def test_a_bot_without_a_card_is_a_one_line_404(bots_dir, url):
    (bots_dir / "tiny" / "README.md").unlink()
    one_line_404(httpx.get(f"{url}/bots/tiny/card.html"), "no model card", "twinpost card")
    assert httpx.get(f"{url}/bots/tiny").json()["has_card"] is False
    one_line_404(httpx.get(f"{url}/bots/nobody/card.html"), "no bot named nobody")


# --- the loss curve and the voice ----------------------------------------------------------


def test_the_loss_curve_is_served_and_a_missing_one_is_a_one_line_404(bots_dir, url):
    info = httpx.get(f"{url}/bots/tiny").json()
    assert info["has_loss_curve"] is True
    image = httpx.get(f"{url}/bots/tiny/loss_curve.png")
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG")
    (bots_dir / "tiny" / "loss_curve.png").unlink()
    assert httpx.get(f"{url}/bots/tiny").json()["has_loss_curve"] is False
    one_line_404(httpx.get(f"{url}/bots/tiny/loss_curve.png"), "no loss_curve.png")


def test_the_voice_figures_are_the_cards(bots_dir, url):
    assert httpx.get(f"{url}/bots/tiny").json()["voice_figures"] == []
    with_voice(bots_dir / "tiny")
    figures = httpx.get(f"{url}/bots/tiny").json()["voice_figures"]
    shown = {f["label"]: f["value"] for f in figures}
    assert shown["Written as @marigold_keeps, attributed to @marigold_keeps"] == "85%"
    assert shown["Real vs generated, told apart"].startswith("61% of the time (95% CI 52%-70%")
    html = httpx.get(f"{url}/bots/tiny/card.html").text
    assert all(f["value"] in html for f in figures if "@" not in f["value"])


# --- Bluesky .car uploads and live accounts ------------------------------------------------


def test_a_bluesky_car_upload_gives_the_table_the_cli_gives(url, tmp_path, cli):
    car = tmp_path / "alice.bsky.social.car"
    car.write_bytes(build_car(bluesky_records(150)))
    upload = {"files": (car.name, car.read_bytes())}
    preview = httpx.post(f"{url}/sources/preview", files=upload, timeout=60).json()
    table = json.loads(cli("data", str(car), "--json").stdout)
    (row,) = preview["accounts"]
    (expected,) = table["accounts"]
    assert row["handle"] == "alice.bsky.social" and row["display_name"] == "Alice Sky"
    assert {k: row[k] for k in ("downloaded", "retweets", "short", "kept")} == {
        k: expected[k] for k in ("downloaded", "retweets", "short", "kept")
    }
    assert len(preview["samples"]["alice.bsky.social"]) == 3


def test_a_live_account_is_read_with_the_clis_reader(url, live_server, cli):
    serve_bluesky(live_server, bluesky_records(150))
    both = {"specs": ["bluesky:alice.bsky.social"]}
    preview = httpx.post(f"{url}/sources/preview", data=both, files={"files": ("me.zip",
                         sample_zip())}, timeout=60).json()  # fmt: skip
    assert [a["handle"] for a in preview["accounts"]] == ["marigold_keeps", "alice.bsky.social"]
    table = json.loads(cli("data", "bluesky:alice.bsky.social", "--json").stdout)
    assert preview["accounts"][1]["kept"] == table["accounts"][0]["kept"]
    assert preview["problems"] == []


@pytest.mark.parametrize(
    ("specs", "said"),
    [
        (["alice"], "alice: not a live account"),
        (["nosuch:alice"], "nosuch:alice: not a live account"),
        (["/etc/passwd"], "/etc/passwd: not a live account"),  # never a path on the server
        (["bluesky:"], "bluesky:: not a live account"),
        (["snapshot:********"], "8 to 64 hex digits"),  # no glob reaches other files
        (["snapshot:../../../../etc/x"], "8 to 64 hex digits"),
        (["x" * 400], "at most 300"),
        (["bluesky:a", "bluesky:b", "bluesky:c", "bluesky:d"], "4 sources given: at most 3"),
    ],
)
def test_a_bad_live_account_is_a_one_line_422(url, live_server, specs, said):
    for route in ("/sources/preview", "/jobs"):
        response = httpx.post(f"{url}{route}", data={"specs": specs}, timeout=60)
        detail = response.json()["detail"]
        assert response.status_code == 422 and "\n" not in detail and said in detail, detail
    assert live_server.log == []  # refused before anything is fetched


def test_no_source_at_all_says_what_to_give(url):
    response = httpx.post(f"{url}/sources/preview", data={"specs": ["  "]})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("no source given: upload an export")


def test_an_account_the_service_does_not_know_is_one_line(url, live_server):
    live_server.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_json(
        {"error": "NotFound"}, status=404
    )
    spec = {"specs": ["bluesky:nobody.bsky.social"]}
    preview = httpx.post(f"{url}/sources/preview", data=spec, timeout=60).json()
    (problem,) = preview["problems"]
    assert problem.startswith("bluesky:nobody.bsky.social: ") and "check the handle" in problem
    job = httpx.post(f"{url}/jobs", data=spec, timeout=60)
    assert job.status_code == 422 and job.json()["detail"] == problem


def test_a_job_trains_on_the_live_fetch_it_was_made_from(start, live_server, bots_dir):
    """The job's process reads the snapshot the request fetched, not the service again,
    and the bot records the live account, as `twinpost train` does (so it can be updated)."""
    from twinpost.bot.folder import read_record
    from twinpost.data.sources.snapshots import latest_snapshot_of

    url = start()
    serve_bluesky(live_server, bluesky_records(150))
    spec = "bluesky:alice.bsky.social"
    options = {"specs": [spec], "name": "sky", "time_budget": "120s", "method": "full",
               "epochs": "1", "block_size": "256", "lr": "3e-3"}  # fmt: skip
    response = httpx.post(f"{url}/jobs", data=options, timeout=60)
    assert response.status_code == 202, response.text
    assert response.json()["sources"] == [spec]
    fetched = len(live_server.log)
    deadline = time.monotonic() + JOB_TIMEOUT
    while (job := httpx.get(f"{url}/jobs/{response.json()['id']}").json())["state"] not in (
        "done", "failed",
    ):  # fmt: skip
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
    assert job["state"] == "done", job
    assert len(live_server.log) == fetched  # the job fetched nothing
    assert job["report"][0]["handle"] == "alice.bsky.social"
    (account,) = read_record(bots_dir / "sky").accounts
    assert account.source == spec
    lineage = json.loads((bots_dir / "sky" / "lineage.json").read_text())
    (raw,) = [a for a in lineage["artifacts"] if a["type"] == "raw-dataset"]
    assert latest_snapshot_of(spec) in json.dumps(raw)


def test_a_stored_job_keeps_a_live_source_apart_from_a_path(tmp_path):
    from twinpost.config import TrainConfig
    from twinpost.server.job_store import JobStore
    from twinpost.server.worker import JobSpec

    store = JobStore(tmp_path / "jobs.sqlite")
    spec = JobSpec(bot_dir=tmp_path / "bot", sources=[tmp_path / "a.zip", "snapshot:0123abcd"],
                   names=["a.zip", "bluesky:a"], config=TrainConfig())  # fmt: skip
    store.add("j1", spec, tmp_path, "queued", {})
    (stored,) = store.all()
    assert stored.spec.sources == [tmp_path / "a.zip", "snapshot:0123abcd"]
    store.close()
