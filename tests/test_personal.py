"""Personal data: found (data/personal.py), replaced before training, kept out of what a bot
writes, and forgotten on request (issue 28)."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest
from conftest import DEALINGWITH, tiny_config

from twinpost.data.personal import find, holds_personal_data, scrub

CORPORA = sorted((Path(__file__).parent / "data").glob("personal_data_*.json"))


def _corpus(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["posts"]


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.stem)
def test_the_detector_finds_planted_data_and_leaves_look_alikes(path):
    """Recall on every kind planted, and the share of look-alikes (fediverse handles, ids,
    dates, prices, versions...) left alone: the targets are 0.98 each (BENCHMARKS.md)."""
    planted: dict[str, list[bool]] = {}
    clean = []
    for post in _corpus(path):
        spans = [(f.kind, post["text"][f.start : f.end]) for f in find(post["text"])]
        for item in post["planted"]:
            hit = any(k == item["kind"] and item["value"] in v for k, v in spans)
            planted.setdefault(item["kind"], []).append(hit)
        if not post["planted"]:
            clean.append(not spans)
    assert {"email", "phone"} <= planted.keys() and len(clean) >= 200
    for kind, hits in planted.items():  # the targets are on emails and phones
        floor = 0.98 if kind in ("email", "phone") else 0.9
        assert sum(hits) / len(hits) >= floor, (kind, sum(hits), len(hits))
    assert sum(clean) / len(clean) >= 0.98, (sum(clean), len(clean))


def test_a_fediverse_handle_is_not_an_email_address():
    from twinpost.data.sources import read_source

    posts = [p.text for p in read_source(DEALINGWITH).posts if not p.is_repost]
    handles = [(t, h) for t in posts for h in re.findall(r"@\w+@[\w-]+(?:\.[\w-]+)+", t)]
    assert len(handles) >= 5  # handles of other servers, written out in full
    assert all(h in scrub(t)[0] for t, h in handles)
    assert scrub("thanks @alice@mastodon.social!") == ("thanks @alice@mastodon.social!", {})


def test_scrub_levels_replace_by_kind_and_keep_the_accounts_own_handle():
    text = "ask @bob or @carol@example.social, mail me: me@example.org, 4111 1111 1111 1111"
    personal, counts = scrub(text)
    assert personal == "ask @bob or @carol@example.social, mail me: [email], [card number]"
    assert counts == {"email": 1, "card": 1}
    handles, counts = scrub(text, "handles", own_handles=["@Bob"])
    assert handles == "ask @bob or @[handle], mail me: [email], [card number]"
    assert counts == {"email": 1, "card": 1, "handle": 1}
    assert scrub(text, "off") == (text, {})
    assert holds_personal_data("call +49 30 12345678") and not holds_personal_data("v2.10.3")


PLANTED = [
    "Reach the garden club at marigold.club@example.org any time this week",
    "New number for the allotment: +44 20 7946 0123, call after six please",
    "Seed money goes to DE89 3704 0044 0532 0130 00, thank you all so much",
]


def _planted_export(tmp_path: Path, n: int = 60) -> Path:
    """Posts of one account, some with planted data (a phone number, an email, an IBAN)."""
    plain = [f"The tulips in bed {i} are finally opening after the long cold spring"
             for i in range(n)]  # fmt: skip
    lines = [*PLANTED * 3, *plain]
    path = tmp_path / "gardener.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in lines * 4))
    return path


def test_data_scrubs_by_default_and_says_so_in_the_table_and_report(cli, tmp_path):
    source = _planted_export(tmp_path)
    out = tmp_path / "clean"
    result = cli("data", source, "--out", out, "--json")
    assert result.exit_code == 0, result.output
    (account,) = json.loads(result.stdout)["accounts"]
    assert account["scrubbed"] == 36 and account["kept"] == 276
    written = (out / "posts.jsonl").read_text() + (out / "report.json").read_text()
    for value in ("marigold.club@example.org", "7946 0123", "DE89 3704"):
        assert value not in written
    assert "[email]" in written and "[phone]" in written and "[IBAN]" in written
    report = json.loads((out / "report.json").read_text())
    assert report["scrub"] == "personal"
    assert report["scrubbed_items"] == {"gardener": {"email": 12, "iban": 12, "phone": 12}}
    shown = cli("data", source)
    assert "Posts scrubbed" in shown.stdout and "36" in shown.stdout


def test_no_scrub_keeps_the_posts_as_written_and_the_table_says_off(cli, tmp_path):
    source = _planted_export(tmp_path)
    result = cli("data", source, "--no-scrub", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accounts"][0]["scrubbed"] is None
    assert "off" in cli("data", source, "--no-scrub").stdout
    both = cli("data", source, "--no-scrub", "--scrub", "handles")
    assert both.exit_code == 2 and "pass one of them" in both.output
    bad = cli("data", source, "--scrub", "names")
    assert bad.exit_code == 2 and "--scrub 'names'" in bad.output


def test_the_card_and_lineage_count_what_was_scrubbed_never_the_values(
    tiny_base, tmp_path, monkeypatch
):
    from twinpost.pipeline import make_bot

    bot = make_bot(_planted_export(tmp_path), tmp_path / "bot", tiny_config(tiny_base))
    card = (bot.bot_dir / "README.md").read_text()
    assert "| Posts scrubbed | 36 |" in card
    assert "12 email addresses, 12 IBANs, 12 phone numbers" in card
    for name in ("README.md", "twinpost.json", "lineage.json", "held_out_posts.jsonl"):
        text = (bot.bot_dir / name).read_text()
        assert "marigold.club@example.org" not in text and "7946 0123" not in text


def test_a_bot_trained_on_planted_data_writes_none_of_it(tiny_base, tmp_path):
    """Trained with scrubbing off on posts full of planted data, so it learns to write them:
    1,000 posts written through twinpost hold none, as the guard drops and redraws them."""
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate
    from twinpost.pipeline import make_bot

    source = tmp_path / "leaky.jsonl"
    lines = [f"call me at +1 202 555 01{i % 10}{i % 7} or mail pat{i % 5}@example.com today"
             for i in range(300)]  # fmt: skip
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in lines))
    config = tiny_config(tiny_base, scrub="off", epochs=3, lr=5e-3)
    bot = make_bot(source, tmp_path / "bot", config)
    result = generate(bot.bot_dir, "call me", GenerateConfig(n=1000, seed=0, max_new_tokens=24))
    assert len(result.posts) >= 900
    assert [p for p in result.posts if find(p)] == []
    assert result.personal_dropped > 0  # the bot did write such data; each was redrawn


def test_a_streamed_post_shows_nothing_it_may_replace(tiny_bot):
    """A request whose posts are shown as they are written (copies allowed) keeps each post,
    with what it wrote of personal data replaced; what was shown is a start of what is kept."""
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import PostRequest, Sample, _shown_so_far, _verdict

    bot = load_bot(tiny_bot.bot_dir)
    text = "call me at 030 12345678 today"
    sample = Sample(text, True, 8, 1)
    free = PostRequest("call", 1, 20, 1.0, 0.95, allow_copies=True)
    guarded = PostRequest("call", 1, 20, 1.0, 0.95)
    assert _verdict(bot, guarded, sample) is None
    kept = _verdict(bot, free, sample)
    assert kept.text == "call me at [phone] today"
    shown = _shown_so_far(Sample("call me at 030 1234", False, 6, 1), "call")
    assert shown == "call me at" and kept.text.startswith(shown)
    # what the caller wrote in the prompt is theirs: a post is not dropped for it
    mine = PostRequest("my number is 030 12345678", 1, 20, 1.0, 0.95)
    assert _verdict(bot, mine, Sample("my number is 030 12345678 so call", True, 3, 9))


def test_forget_makes_a_next_version_without_the_posts(bot_copy, cli, tmp_path):
    from twinpost.bot.lineage import trained_posts
    from twinpost.demo import SAMPLE_ACCOUNT

    assert "puffins" in (SAMPLE_ACCOUNT / "data" / "tweets.js").read_text()
    result = cli("forget", bot_copy, "--matching", "puffins", "--json")
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout)
    assert done["removed_posts"] > 0 and done["previous"].endswith("marigold.prev-1")
    assert f"twinpost rm {bot_copy}.prev-1" in result.stderr
    lineage = json.loads((bot_copy / "lineage.json").read_text())
    assert lineage["removed"]["posts"] == done["removed_posts"]
    assert "puffins" not in (bot_copy / "lineage.json").read_text().lower()
    for name in ("held_out_posts.jsonl", "twinpost.json", "README.md"):
        assert "puffins" not in (bot_copy / name).read_text().lower(), name
    after = [p for posts in trained_posts(bot_copy).values() for p in posts]
    assert after and not any("puffins" in p.lower() for p in after)
    record = json.loads((bot_copy / "twinpost.json").read_text())
    assert record["previous"]["path"].endswith("marigold.prev-1")
    assert not any(a["type"] == "previous-model" for a in lineage["artifacts"])  # from base
    again = cli("forget", bot_copy, "--matching", "puffins")
    assert again.exit_code == 2 and "nothing to forget" in again.output
    checked = cli("lineage", bot_copy, "--json")  # the new version verifies
    assert checked.exit_code == 0, checked.output
    status = {c["type"]: c["status"] for c in json.loads(checked.stdout)}
    assert status["finetuned-model"] == status["train-dataset"] == "verified"
    assert status["raw-dataset"] == "missing"  # the export still holds them: not copied


def test_forget_on_a_live_bot_replaces_its_snapshot_and_purges_the_old(tiny_base, tmp_path):
    """A live account's posts are its stored snapshot: forgetting stores one without them,
    deletes the one that holds them and the datasets made from it, and `update` will not
    fetch them back (their ids are in the lineage)."""
    from twinpost.bot.lineage import removed_posts, snapshots_of, store_root
    from twinpost.data.posts import Account, Export, Post
    from twinpost.data.sources.snapshots import load_snapshot, save_snapshot, snapshot_dir
    from twinpost.forget import forget_posts
    from twinpost.pipeline import make_bot

    spec = "mastodon:@ada@example.social"
    texts = [
        f"Morning walk number {i} along the river, the herons were out again" for i in range(120)
    ] + ["My secret allotment plot is number 42 behind the old mill"] * 3
    posts = [Post(str(i), t, None, False, False, "ada") for i, t in enumerate(texts)]
    export = Export(Account("ada", "Ada", source=spec), posts)
    digest = save_snapshot(export)
    bot = tmp_path / "ada"
    make_bot(f"snapshot:{digest}", bot, tiny_config(tiny_base))
    assert snapshots_of(bot) == {spec: digest}
    stored = [p for p in store_root().iterdir() if p.is_dir()]
    assert stored  # the raw and train datasets of the first version
    result = forget_posts(bot, matching="SECRET ALLOTMENT")
    assert result.removed == 3 and not (snapshot_dir() / f"{digest}.json").exists()
    (new,) = snapshots_of(bot).values()
    _, snapshot = load_snapshot(new)
    assert len(snapshot["posts"]) == 120
    assert not any("allotment" in p["text"] for p in snapshot["posts"])
    assert not any("allotment" in _all_text(p) for p in store_root().iterdir() if p.is_dir())
    assert sorted(removed_posts(bot)["ids"]) == ["120", "121", "122"]


def _all_text(folder: Path) -> str:
    return "".join(
        f.read_bytes().decode("utf-8", "ignore") for f in folder.rglob("*") if f.is_file()
    ).lower()


def test_forget_refuses_what_it_cannot_do(bot_copy, cli):
    assert "--post ID or --matching TEXT" in cli("forget", bot_copy).output
    short = cli("forget", bot_copy, "--matching", "a")
    assert short.exit_code == 2 and "at least 3 characters" in short.output
    none = cli("forget", bot_copy, "--post", "no-such-id")
    assert none.exit_code == 2 and "nothing to forget" in none.output
    assert not Path(f"{bot_copy}.prev-1").exists()


def test_post_texts_at_rest_are_the_owners_alone(tiny_bot, twinpost_home):
    from twinpost.home import user_home

    home = user_home()
    assert stat.S_IMODE(home.stat().st_mode) & 0o077 == 0
    bot = tiny_bot.bot_dir
    assert stat.S_IMODE(bot.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE((bot / "held_out_posts.jsonl").stat().st_mode) & 0o077 == 0
