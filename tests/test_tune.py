"""Learning from picks (issue 30): labels from the terminal, the queue and the web app, kept
per version of a bot; `twinpost tune` makes the next version from them by KTO."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient


def _label(bot: Path, good: int, bad: int, version: str | None = None) -> None:
    from twinpost.bot.labels import LabelStore

    with LabelStore() as store:
        for i in range(good):
            store.add(bot, f"the gulls were loud again today, number {i}", True, "rate",
                      version=version)  # fmt: skip
        for i in range(bad):
            store.add(bot, f"As an AI language model I cannot {i}", False, "rate",
                      version=version)  # fmt: skip


def test_rate_keeps_each_answer_once_and_exports_them(bot_copy: Path, cli):
    from twinpost.bot.labels import LabelStore, bot_version

    answers = "y\nn\ns\ny\nq\n"  # the terminal reads single keys; a pipe reads lines
    result = cli("rate", bot_copy, "-n", "6", "--seed", "2", input=answers)
    assert result.exit_code == 0, result.output
    assert "2 sounds like me, 1 not me" in result.stdout
    with LabelStore() as store:
        kept = store.labels(bot_copy, bot_version(bot_copy))
    assert sorted(x.label for x in kept) == [0, 1, 1] and {x.source for x in kept} == {"rate"}
    again = kept[0]
    with LabelStore() as store:  # the same post judged again: the last answer counts
        store.add(bot_copy, again.text, not again.label, "web")
        assert len(store.labels(bot_copy)) == 3
    lines = cli("rate", bot_copy, "--export").stdout.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["version"] for line in lines)
    assert not any("label" in p.name for p in bot_copy.iterdir())  # never in the bot folder


def test_the_queue_and_the_web_app_give_labels(bot_copy: Path, cli):
    from twinpost.bot.labels import LabelStore
    from twinpost.server import ServeSettings, create_app

    assert cli("drafts", bot_copy, "-n", "3", "--seed", "1").exit_code == 0
    assert cli("approve", "1").exit_code == 0
    assert cli("reject", "2").exit_code == 0
    edit = cli("edit", "3", "--text", "The lamp is lit, the tide is out.")
    assert edit.exit_code == 0, edit.output
    with LabelStore() as store:
        kept = {x.text: x for x in store.labels(bot_copy)}
    assert [(x.label, x.weight, x.source) for x in kept.values()].count((1, 2.0, "queue")) == 1
    assert kept["The lamp is lit, the tide is out."].weight == 2.0
    assert sorted(x.label for x in kept.values()) == [0, 1, 1]
    app = create_app(ServeSettings(bots_dir=bot_copy.parent, posting=False))
    with TestClient(app) as client:
        name = bot_copy.name
        answer = client.post(f"/bots/{name}/labels", json={"text": "Herons at dawn", "label": True})
        assert answer.status_code == 201 and answer.json() == {"positive": 3, "negative": 1}
        bad = client.post(f"/bots/{name}/labels", json={"text": "", "label": True})
        assert bad.status_code == 422
        picked = client.post(f"/bots/{name}/preview", json={"posts": ["Mist on the marsh"]})
        assert picked.status_code == 200, picked.text
        assert client.get(f"/bots/{name}/labels").json() == {"positive": 4, "negative": 1}


@pytest.mark.parametrize(
    ("good", "bad", "other", "words"),
    [
        (0, 0, False, "no labels yet"),
        (20, 10, False, "a tune needs at least 50"),
        (60, 5, False, "at least 10 of each"),
        (30, 30, True, "another version of the bot"),
    ],
)
def test_tune_refuses_what_it_cannot_learn_from(bot_copy, cli, tmp_path, good, bad, other, words):
    _label(bot_copy, good, bad, version="0" * 64 if other else None)
    result = cli("tune", bot_copy, "--out", tmp_path / "tuned")
    assert result.exit_code == 2 and words in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "tuned").exists()


def test_a_damaged_label_store_is_one_line(bot_copy, cli, twinpost_home):
    store = twinpost_home / "labels" / "labels.sqlite"
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(b"not a database" * 100)
    result = cli("tune", bot_copy)
    assert result.exit_code == 2 and "label store is damaged" in result.output


def test_tune_makes_a_next_version_used_as_any_bot(bot_copy: Path, cli, tmp_path):
    from transformers import pipeline

    from twinpost.bot.labels import LabelStore
    from twinpost.bot.lineage import read_lineage

    _label(bot_copy, 30, 30)
    out = tmp_path / "tuned"
    result = cli("tune", bot_copy, "--out", out, "--json")
    assert result.exit_code == 0, result.output
    made = json.loads(result.stdout)
    assert made["labels"]["positive"] == 30 and made["labels"]["negative"] == 30
    lineage = read_lineage(out)
    assert lineage["tuned"]["sha256"] == made["labels"]["sha256"]
    assert "gulls" not in (out / "lineage.json").read_text()  # hashes and counts, no text
    assert cli("lineage", out).exit_code == 0
    written = cli("generate", out, "-n", "2", "--seed", "1", "--json")
    assert written.exit_code == 0 and len(json.loads(written.stdout)) == 2
    record = json.loads((out / "twinpost.json").read_text())
    assert record["update"]["tuned"]["method"] == "kto"
    assert record["previous"]["path"] == str(bot_copy.absolute())
    writer = pipeline("text-generation", model=str(out))
    assert writer("The", max_new_tokens=5, do_sample=False)[0]["generated_text"].startswith("The")
    exported = cli("export", out, "--out", tmp_path / "gguf", "--json")
    assert exported.exit_code == 0, exported.output
    from twinpost.server import ServeSettings, create_app

    with TestClient(create_app(ServeSettings(bots_dir=out.parent, posting=False))) as client:
        served = client.post(f"/bots/{out.name}/generate", json={"prompt": "The", "n": 1})
        assert served.status_code == 200, served.text
    with LabelStore() as store:  # the new version starts with no labels of its own
        assert store.labels(out) == []
    from twinpost.bot.folder import read_record
    from twinpost.voice.evaluate import _chain_base

    # eval's base class is the chain's base model, not the version the weights came from
    assert read_record(out).base_model_path == str(bot_copy.absolute())
    assert _chain_base(read_record(out)) == read_record(bot_copy).base_model_path


def test_a_stopped_tune_continues_where_it_stopped(bot_copy: Path, tmp_path, monkeypatch):
    from twinpost.training import run as training_run
    from twinpost.tune import tune_bot

    _label(bot_copy, 30, 30)
    out = tmp_path / "tuned"
    step_end = training_run.ClockSteps.on_step_end

    def ctrl_c_at_step_2(self, args, state, control, **kwargs):
        control = step_end(self, args, state, control, **kwargs)
        if state.global_step == 2:
            raise KeyboardInterrupt
        return control

    with monkeypatch.context() as patch:
        patch.setattr(training_run.ClockSteps, "on_step_end", ctrl_c_at_step_2)
        with pytest.raises(KeyboardInterrupt):
            tune_bot(bot_copy, out=out)
    assert not out.exists() and (tmp_path / ".tuned.checkpoint").is_dir()
    notices = []
    result = tune_bot(bot_copy, out=out, report=lambda e: notices.append(str(e)))
    assert any("Continuing the stopped run from step 2" in n for n in notices)
    assert result.made.training.stopped_by == "epochs"  # every row read, none twice
    assert not (tmp_path / ".tuned.checkpoint").exists()


def test_rows_frame_posts_and_replies_as_the_bot_reads_them(tiny_base: Path):
    from twinpost.data.posts import Post
    from twinpost.training.dataset import (
        load_post_tokenizer,
        reply_context,
        sequence_ids,
        visible,
    )
    from twinpost.training.preference import Judged, preference_rows, undesirable_weight

    tokenizer = load_post_tokenizer(tiny_base)
    judged = [
        Judged("the tide is out", True),
        Judged("yes, the lamp", False, reply_to="Is the lamp lit?", reply_to_author="carol"),
        Judged("my own words", True, weight=2.0),
    ]
    real = [Post(id=str(i), text=f"real post {i}", created_at=None, is_repost=False,
                 is_reply=False, account="me") for i in range(5)]  # fmt: skip
    rows = preference_rows(judged, real, tokenizer, speakers=False, seed=0)
    assert len(rows) == 4 + 3  # the edit twice, and one real post per label
    eos = tokenizer.eos_token
    by_text = {r["completion"]: r for r in rows}
    plain = by_text["the tide is out"]
    assert tokenizer(plain["prompt"] + plain["completion"] + eos)["input_ids"] == sequence_ids(
        tokenizer, "the tide is out"
    )
    reply = by_text["yes, the lamp"]
    context = reply_context(tokenizer, "Is the lamp lit?", "carol")
    ids, _ = visible(sequence_ids(tokenizer, "yes, the lamp", context=context))
    assert tokenizer(reply["prompt"] + reply["completion"] + eos)["input_ids"] == ids
    assert sum(r["label"] for r in rows) == 6 and undesirable_weight(rows) == pytest.approx(
        6 / 1.15
    )


def test_tune_scrubs_personal_data_from_what_it_learns_of_labels():
    from twinpost.bot.labels import Label
    from twinpost.tune import judged_label

    label = Label(
        id=1,
        bot="b",
        version="v",
        prompt="",
        speaker=None,
        text="ring me at ada@example.org",
        label=1,
        weight=2.0,
        source="queue",
        created="now",
        reply_to="carol@example.org wrote: tide?",
        reply_to_author="carol",
    )
    judged = judged_label(label, "personal", ["ada"])
    assert "example.org" not in judged.text and "example.org" not in judged.reply_to
    assert (judged.label, judged.weight, judged.reply_to_author) == (True, 2.0, "carol")
    kept = judged_label(label, "off", ["ada"])
    assert (kept.text, kept.reply_to) == (label.text, label.reply_to)
