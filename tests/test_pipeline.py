"""`make_bot`, the one choreography: its events, its one clock, and what it says of a bot
that barely trained. The CLI, the demo, `update` and the server all run it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import tiny_config
from twinpost import events
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.pipeline import make_bot
from twinpost.server.worker import JobReport, JobSpec

STAGES = ["reading", "loading", "scoring", "frozen", "training", "scoring-after", "writing",
          "card"]  # fmt: skip


@pytest.fixture(scope="module")
def run(tiny_base, tmp_path_factory):
    """One run with the frozen lower blocks (method top), every event kept."""
    seen: list = []
    out = tmp_path_factory.mktemp("run") / "bot"
    config = tiny_config(tiny_base, method="top", top_layers=1, epochs=0.5, block_size=64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(tmp_path_factory.mktemp("home")))
        made = make_bot(SAMPLE_ACCOUNT, out, config, report=seen.append)
    return made, seen


def test_every_stage_is_reported_in_order(run):
    made, seen = run
    stages = [e.stage for e in seen if isinstance(e, events.StageStarted)]
    assert stages == STAGES
    assert isinstance(seen[-1], events.Finished) and seen[-1].bot_dir == str(made.bot_dir)
    (read,) = [e for e in seen if isinstance(e, events.CorpusRead)]
    assert read.accounts[0]["kept"] == 435 and len(read.samples["marigold_keeps"]) == 3
    steps = [e for e in seen if isinstance(e, events.TrainingStep)]
    assert [e.step for e in steps] == list(range(1, made.training.steps + 1))


def test_the_share_done_only_rises_on_one_clock(run):
    _, seen = run
    shares = [e.share for e in seen if hasattr(e, "share")]
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert all(0 <= s <= 1 for s in shares)


def test_the_web_job_shows_the_runs_own_share_in_every_stage(run, tmp_path):
    """The server keeps no clock of its own: the job's progress is the events' share, during
    the frozen pass and the scoring too (the web bar used to stand still there)."""
    _, seen = run
    sent: list[dict] = []
    report = JobReport(_Queue(sent), JobSpec(tmp_path, [], [], tiny_config(tmp_path)))
    report.last_sent = float("-inf")
    shares = {e.share for e in seen if hasattr(e, "share")}
    for event in seen:
        report(event)
        report.last_sent = float("-inf")  # unthrottled, to see every figure
    progress = [m["progress"] for m in sent if "progress" in m]
    assert progress and set(progress) <= shares
    assert [m["stage"] for m in sent if "stage" in m] == ["reading", "training", "writing"]
    frozen_at = next(i for i, m in enumerate(sent) if m.get("log") == "Frozen lower blocks")
    assert any("progress" in m for m in sent[frozen_at + 1 : frozen_at + 3])


def test_the_record_keeps_the_loss_curve_and_the_epochs_seen(run):
    made, _ = run
    record = json.loads((made.bot_dir / "twinpost.json").read_text())
    assert record["record_version"] == 2
    training = record["training"]
    assert len(training["losses"]) == made.training.steps > 0
    assert training["epochs_planned"] == 0.5 and training["epochs_done"] == 0.5
    assert training["warnings"] == []  # ended by its epochs: nothing to say


def test_a_bot_that_barely_trained_says_so_everywhere(cli, tiny_base, tmp_path):
    out = tmp_path / "bot"
    result = cli("train", SAMPLE_ACCOUNT, "--out", out, "--base", tiny_base, "--epochs", "50",
                 "--time-budget", "2s", "--method", "full")  # fmt: skip
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "warning: the run ended before one pass over the posts" in said
    assert "longer --time-budget" in said
    record = json.loads((out / "twinpost.json").read_text())
    assert record["training"]["stopped_by"] == "budget"
    assert record["training"]["epochs_done"] < 1
    (warning,) = record["training"]["warnings"]
    assert "longer --time-budget" in warning
    assert f"> **Note:** {warning}" in (out / "README.md").read_text().replace("\\-", "-")


def test_the_python_api_takes_strings_and_one_source(tiny_base, tmp_path, monkeypatch):
    import twinpost

    monkeypatch.chdir(tmp_path)
    corpus = twinpost.read(str(SAMPLE_ACCOUNT))  # a string is one source, not 60 letters
    assert [a.account.handle for a in corpus.accounts] == ["marigold_keeps"]
    made = twinpost.make_bot(corpus, "bots/me", tiny_config(tiny_base, epochs=0.1))
    assert made.bot_dir == tmp_path / "bots" / "me" or made.bot_dir.resolve() == (
        tmp_path / "bots" / "me"
    )
    bot = twinpost.load_bot("bots/me")
    posts = twinpost.generate(bot, "The sea", twinpost.GenerateConfig(n=2, seed=0)).posts
    assert len(posts) == 2 and all(p.startswith("The sea") for p in posts)
    assert {"read", "make_bot", "load_bot", "generate"} <= set(dir(twinpost))


class _Queue:
    def __init__(self, sent: list[dict]) -> None:
        self.sent = sent

    def put(self, item: dict) -> None:
        self.sent.append(item)
