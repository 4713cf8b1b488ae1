"""Conversations in the data: every reader keeps what a post answers, and the corpus finds the
parent's text where the export holds it (the account's own posts, X's like.js)."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest

from tests.conftest import ALROCAR, ANDRERUFFERT, DEALINGWITH
from twinpost.data.clean import clean_text, is_short
from twinpost.data.corpus import TABLE_ROWS, build_corpus, table_rows
from twinpost.data.personal import scrub
from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import read_source
from twinpost.data.sources.bluesky_api import _post_from_item
from twinpost.data.sources.mastodon_archive import author_of_post_url
from twinpost.data.sources.snapshots import export_from_snapshot, load_snapshot, save_snapshot


def tidied(raw: str) -> str:
    """A text as training reads it: tidied of link remnants unless that makes it short."""
    tidy, seed = clean_text(raw, tidy=True), clean_text(raw)
    return seed if is_short(tidy) and not is_short(seed) else tidy


def raw_tweets(folder) -> list[dict]:
    text = (folder / "data" / "tweets.js").read_text(encoding="utf-8")
    return [e.get("tweet", e) for e in json.loads(text[text.index("[") :])]


def test_x_replies_keep_their_parent_and_self_threads_find_its_text():
    tweets = {t["id_str"]: t for t in raw_tweets(ALROCAR)}
    corpus = build_corpus(ALROCAR)
    (row,) = corpus.table()["accounts"]
    replies = [p for p in corpus.posts if p.is_reply]
    assert row["replies"] == len(replies) > 0
    for post in replies:
        raw = tweets[post.id]
        assert post.reply_to == raw["in_reply_to_status_id_str"]
        assert post.reply_to_author == raw.get("in_reply_to_screen_name")
    threads = [p for p in replies if p.reply_to in tweets]  # answers one of the account's own
    assert row["replies_known"] == sum(p.parent_text is not None for p in replies)
    assert 0 < row["replies_known"] <= len(threads)
    own = {p.id: p for p in read_source(ALROCAR).posts}  # full texts, notes included
    for post in threads:
        if not own[post.reply_to].is_repost:  # a parent with no text left after cleaning: None
            assert post.parent_text == (scrub(tidied(own[post.reply_to].text))[0] or None)
    assert all(p.parent_text is None for p in corpus.posts if not p.is_reply)


def test_the_x_archive_finds_parents_among_liked_posts(tmp_path):
    archive = shutil.copytree(ANDRERUFFERT, tmp_path / "andreruffert")
    own = {t["id_str"] for t in raw_tweets(archive)}
    before = build_corpus(archive)
    orphan = next(p for p in before.posts if p.is_reply and p.reply_to not in own)
    likes = [{"like": {"tweetId": orphan.reply_to, "fullText": "Who else loves &amp; CSS?"}},
             {"like": {"tweetId": "1", "fullText": "never answered"}}]  # fmt: skip
    (archive / "data" / "like.js").write_text(f"window.YTD.like.part0 = {json.dumps(likes)}")
    after = build_corpus(archive)
    found = next(p for p in after.posts if p.id == orphan.id)
    assert found.parent_text == "Who else loves & CSS?"  # cleaned as posts are
    count = lambda c: c.table()["accounts"][0]["replies_known"]  # noqa: E731
    assert count(after) == count(before) + sum(p.reply_to == orphan.reply_to for p in after.posts)
    # The seed's figures are unchanged.
    assert after.table()["accounts"][0]["kept"] == before.table()["accounts"][0]["kept"] == 1113


def test_mastodon_replies_name_the_post_and_author_they_answer():
    corpus = build_corpus(DEALINGWITH)
    (account,) = corpus.accounts
    replies = [p for p in account.posts if p.is_reply]
    assert replies and all(p.reply_to.startswith("https://") for p in replies)
    authors = Counter(p.reply_to_author for p in replies)
    assert authors[account.account.handle] > 0  # self-threads
    own = {p.id: p for p in read_source(DEALINGWITH).posts}
    threads = [p for p in replies if p.reply_to in own]
    assert threads
    assert all(p.parent_text == (tidied(own[p.reply_to].text) or None) for p in threads)


@pytest.mark.parametrize(
    ("url", "author"),
    [
        ("https://social.lol/users/mcg/statuses/109308078398027392", "mcg@social.lol"),
        ("https://mastodon.social/@alice/110000", "alice@mastodon.social"),
        ("https://example.com/notes/abc", None),
        ("http://[::1", None),
    ],
)
def test_a_mastodon_post_url_names_its_author(url, author):
    assert author_of_post_url(url) == author


def test_strict_seed_rules_keep_the_seeds_table():
    strict = build_corpus(ALROCAR, strict_seed_rules=True).table()["accounts"]
    assert "replies" not in strict[0] and table_rows(strict) == TABLE_ROWS
    usual = build_corpus(ALROCAR).table()["accounts"]
    labels = [label for label, _ in table_rows(usual)]
    assert labels[len(TABLE_ROWS) :] == ["Replies", "Replies, parent known", "Posts scrubbed"]


def test_cleaned_posts_read_again_keep_their_conversations(tmp_path):
    corpus = build_corpus(ALROCAR)
    corpus.save(tmp_path)
    again = build_corpus(tmp_path / "posts.jsonl")
    pairs = lambda c: [(p.text, p.reply_to, p.reply_to_author, p.parent_text) for p in c.posts]  # noqa: E731
    assert pairs(again) == pairs(corpus)
    assert (
        again.table()["accounts"][0]["replies_known"]
        == corpus.table()["accounts"][0]["replies_known"]
    )


def test_a_json_line_may_give_the_parent_by_its_text_alone(tmp_path):
    lines = [{"text": f"plain post number {i} about many things"} for i in range(400)]
    lines[0] = {"text": "yes exactly, that is the point", "parent_text": "Is this the point?"}
    lines[1] = {"text": "a reply with a bad parent", "reply_to": 7}
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines[:1] + lines[2:]))
    (first, *rest) = build_corpus(path).posts
    assert first.is_reply and first.parent_text == "Is this the point?"
    assert all(not p.is_reply for p in rest)
    path.write_text("\n".join(json.dumps(line) for line in lines))
    with pytest.raises(Exception, match='line 2: "reply_to" must be a string'):
        build_corpus(path)


def test_a_snapshot_keeps_replies_and_their_parents(tmp_path, monkeypatch):
    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path))
    account = Account("ada.bsky.social", "Ada", source="bluesky:ada.bsky.social")
    posts = [Post("at://did:plc:a/p/1", "a post of mine", None, False, False, account.handle),
             Post("at://did:plc:a/p/2", "so true", None, False, True, account.handle,
                  reply_to="at://did:plc:b/p/9", reply_to_author="bob.bsky.social")]  # fmt: skip
    digest = save_snapshot(Export(account, posts, {"at://did:plc:b/p/9": "Cats rule"}))
    back = export_from_snapshot(*load_snapshot(digest))
    assert back.posts == posts and back.other_posts == {"at://did:plc:b/p/9": "Cats rule"}
    plain = save_snapshot(Export(account, posts[:1]))
    assert "reply_to" not in (tmp_path / "snapshots" / f"{plain}.json").read_text()


def test_a_bluesky_feed_item_gives_the_parent_and_its_author():
    item = {
        "post": {"uri": "at://did:plc:a/app.bsky.feed.post/2",
                 "record": {"text": "so true", "reply": {"parent": {"uri": "at://did:plc:b/x/9"},
                                                         "root": {"uri": "at://did:plc:b/x/9"}}}},
        "reply": {"parent": {"uri": "at://did:plc:b/x/9", "author": {"handle": "bob.bsky.social"},
                             "record": {"text": "Cats rule"}}},
    }  # fmt: skip
    post = _post_from_item(None, item, "ada.bsky.social")
    assert (post.reply_to, post.reply_to_author) == ("at://did:plc:b/x/9", "bob.bsky.social")
    del item["reply"]
    assert _post_from_item(None, item, "ada.bsky.social").reply_to_author == "did:plc:b"


# Training: a reply reads what it answers, and is trained on itself alone.


@pytest.fixture(scope="module")
def post_tokenizer(tiny_base):
    from twinpost.training.dataset import load_post_tokenizer

    return load_post_tokenizer(tiny_base)


def test_a_reply_reads_what_it_answers_and_is_trained_only_on_itself(post_tokenizer):
    from twinpost.training.dataset import (
        IGNORE_INDEX,
        PARENT_TOKENS,
        pack,
        reply_context,
        sequence_ids,
        text_ids,
    )

    tok = post_tokenizer
    context = reply_context(tok, "Is this  the\npoint?", "@carol")
    assert tok.decode(context) == "> @carol: Is this the point?\n"  # one line, after its author
    assert tok.decode(reply_context(tok, None, "carol")) == "> @carol\n"
    assert reply_context(tok, None, None) == [] and reply_context(tok, "", None) == []
    long = reply_context(tok, "word " * 500, None)
    assert len(long) <= PARENT_TOKENS + len(text_ids(tok, "> ")) + len(text_ids(tok, "\n"))
    seq = sequence_ids(tok, "yes exactly", context=context)
    (block,) = pack([seq], 64, tok.pad_token_id, True)
    ids, labels = block["input_ids"][: len(seq)], block["labels"][: len(seq)]
    assert tok.decode(ids[1:-1]) == "> @carol: Is this the point?\nyes exactly"
    reply = 1 + len(context)  # the reply's first token, predicted from the context
    assert labels[:reply] == [IGNORE_INDEX] * reply
    assert labels[reply:] == ids[reply:]
    plain = sequence_ids(tok, "yes exactly")
    assert all(t >= 0 for t in plain) and plain[1:] == seq[reply:]


def test_the_held_out_measure_scores_a_reply_after_its_context(tiny_base, post_tokenizer):
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.dataset import reply_context, sequence_ids, visible
    from twinpost.training.held_out import held_out_loss

    tok = post_tokenizer
    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    seq = sequence_ids(tok, "yes exactly that", context=reply_context(tok, "Is it?", "carol"))
    ids, scored = visible(seq)
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([ids])).logits[0, :-1]
    losses = torch.nn.functional.cross_entropy(logits, torch.tensor(ids[1:]), reduction="none")
    expected = losses[torch.tensor(scored[1:])].mean().item()
    pad = tok.pad_token_id
    assert held_out_loss(model, [seq], pad) == pytest.approx(expected, rel=1e-5)
    other = sequence_ids(tok, "yes exactly that", context=reply_context(tok, "No!", "bob"))
    assert held_out_loss(model, [other], pad) != held_out_loss(model, [seq], pad)


def test_replies_are_tokenized_with_their_context_unless_turned_off(post_tokenizer, tmp_path):
    from twinpost.training.dataset import Split, tokenize_split

    posts = [Post("1", "a plain post of mine", None, False, False, "ada"),
             Post("2", "so true, and more", None, False, True, "ada", reply_to="9",
                  reply_to_author="bob", parent_text="Cats rule")]  # fmt: skip
    split = Split(train=posts, held_out=posts[1:])
    on = tokenize_split(split, post_tokenizer, tmp_path)
    off = tokenize_split(split, post_tokenizer, tmp_path, replies=False)
    assert all(t >= 0 for t in on.train["ada"][0]) and on.train["ada"][0] == off.train["ada"][0]
    assert any(t < 0 for t in on.train["ada"][1]) and on.held_out == [on.train["ada"][1]]
    assert all(t >= 0 for t in off.train["ada"][1])
    assert len(list(tmp_path.iterdir())) == 2  # cached apart


def test_half_the_training_replies_read_their_context_and_every_held_out_one(
    post_tokenizer, tmp_path
):
    """A fixed half of the training replies train as lone posts, so replies keep teaching the
    plain voice (BENCHMARKS.md, "How many replies read their context"); held-out replies are
    all scored after their context."""
    from twinpost.training.dataset import CONTEXT_SHARE, Split, tokenize_split

    replies = [Post(str(i), f"so true, number {i}", None, False, True, "ada", reply_to="9",
                    reply_to_author="bob", parent_text="Cats rule")
               for i in range(200)]  # fmt: skip
    split = Split(train=replies, held_out=replies[:20])
    tokens = tokenize_split(split, post_tokenizer, tmp_path)
    with_context = [any(t < 0 for t in seq) for seq in tokens.train["ada"]]
    assert CONTEXT_SHARE == 0.5 and 0.4 < sum(with_context) / len(with_context) < 0.6
    assert all(any(t < 0 for t in seq) for seq in tokens.held_out)
    again = tokenize_split(split, post_tokenizer)  # no cache: the same choice
    assert [any(t < 0 for t in seq) for seq in again.train["ada"]] == with_context


# Writing: replies and threads.


@pytest.fixture
def writer(tiny_bot):
    from twinpost.generation.load import load_bot

    return load_bot(tiny_bot.bot_dir)


def test_a_reply_is_written_after_what_it_answers(writer, monkeypatch):
    from twinpost.config import GenerateConfig
    from twinpost.generation import write
    from twinpost.training.dataset import reply_context

    seen = []
    real = write.sample_rows

    def spy(bot, prompts, *args, **kwargs):
        seen.append(kwargs.get("contexts") or args[7])
        return real(bot, prompts, *args, **kwargs)

    monkeypatch.setattr(write, "sample_rows", spy)
    config = GenerateConfig(n=3, seed=4, max_new_tokens=24)
    replies = write.generate(writer, "Yes", config, reply_to="Do cats like fog?").posts
    context = reply_context(writer.tokenizer, "Do cats like fog?", None)
    assert seen[0] == [context] * 3  # every row reads the post it answers
    assert all(p.startswith("Yes") for p in replies)  # the context is not part of a post
    again = write.generate(writer, "Yes", config.replace(reply_to="Do cats like fog?")).posts
    assert again == replies  # the same seed: the same replies, however the reply is given
    assert write.generate(writer, "Yes", config).posts != replies  # the post answered counts


def test_a_thread_continues_each_post_from_the_one_before(writer, monkeypatch):
    from twinpost.config import GenerateConfig
    from twinpost.generation import write

    asked = []
    real = write.write_posts

    def spy(bot, requests, *args, **kwargs):
        asked.append(requests)
        return real(bot, requests, *args, **kwargs)

    monkeypatch.setattr(write, "write_posts", spy)
    config = GenerateConfig(n=2, seed=3, max_new_tokens=16)
    threads = write.generate_threads(writer, "Fog", 3, config)
    assert len(threads) == 2 and all(len(t) == 3 for t in threads)
    assert all(t[0].startswith("Fog") for t in threads)
    (first,), second, third = asked
    assert first.reply_to is None and first.n == 2
    assert [r.reply_to for r in second] == [t[0] for t in threads]
    assert [r.reply_to for r in third] == [t[1] for t in threads]
    assert {r.reply_to_author for r in second} == {writer.record.handles[0]}  # its own posts
    assert write.generate_threads(writer, "Fog", 3, config) == threads  # seeded


def test_replies_and_threads_from_the_command_line(cli, tiny_bot):
    bot = tiny_bot.bot_dir
    reply = cli("generate", bot, "--reply-to", "Do cats like fog?", "-n", "2", "--seed", "1",
                "--json")  # fmt: skip
    assert reply.exit_code == 0, reply.output
    assert len(json.loads(reply.stdout)) == 2
    thread = cli("generate", bot, "Fog", "--thread", "2", "-n", "1", "--seed", "1", "--json")
    assert thread.exit_code == 0, thread.output
    (posts,) = json.loads(thread.stdout)
    assert len(posts) == 2 and posts[0].startswith("Fog")
    shown = cli("generate", bot, "Fog", "--thread", "2", "-n", "1", "--seed", "1")
    assert shown.stdout == f"Thread 1:\n  1/2 {posts[0]}\n  2/2 {posts[1]}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--thread", "0"], "--thread 0: a thread has 1 to 25 posts"),
        (["--thread", "26"], "--thread 26: a thread has 1 to 25 posts"),
        (["--reply-to", ""], "--reply-to: give the post to answer, 1 to 5,000 characters"),
        (["--reply-to", "x" * 5001], "1 to 5,000 characters (got 5,001)"),
        (["--reply-to", "https://x.com/someone/status/123"], "not a post URL twinpost can fetch"),
        (["--reply-to", "https://example.com/about"], "not a post URL twinpost can fetch"),
    ],
)
def test_a_bad_reply_or_thread_is_one_line_and_exit_2(cli, tiny_bot, args, message):
    result = cli("generate", tiny_bot.bot_dir, *args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and message in result.output


# Answering a post by its URL, against the loopback fakes of the live sources.


def test_a_mastodon_post_is_fetched_and_answered(live_server, cli, tiny_bot, monkeypatch):
    from werkzeug import Response

    from twinpost.generation import write

    live_server.expect_request("/api/v1/statuses/1101").respond_with_json({
        "id": "1101", "content": "<p>Do cats like <b>fog</b>?</p>",
        "account": {"acct": "bob", "username": "bob"},
    })  # fmt: skip
    live_server.expect_request("/api/v1/statuses/1102").respond_with_response(
        Response('{"error": "Record not found"}', status=404, content_type="application/json")
    )
    asked = []
    real = write.write_posts
    monkeypatch.setattr(write, "write_posts",
                        lambda bot, requests, *a, **k: asked.append(requests) or real(
                            bot, requests, *a, **k))  # fmt: skip
    url = "https://example.social/@bob/1101"
    result = cli("generate", tiny_bot.bot_dir, "--reply-to", url, "-n", "2", "--json")
    assert result.exit_code == 0, result.output
    ((request,),) = asked
    assert (request.reply_to, request.reply_to_author) == (
        "Do cats like fog?",
        "bob@example.social",
    )
    missing = cli("generate", tiny_bot.bot_dir, "--reply-to", "https://example.social/@bob/1102")
    assert missing.exit_code == 2 and missing.output.count("\n") == 1
    assert missing.output.startswith(
        "twinpost: error: --reply-to https://example.social/@bob/1102:"
    )


def test_a_bluesky_post_is_fetched_by_its_web_address(live_server):
    from twinpost.data.sources.post_url import fetch_post

    thread = {"thread": {"post": {"uri": "at://did:plc:b/app.bsky.feed.post/3k",
                                  "author": {"handle": "bob.bsky.social"},
                                  "record": {"text": "Cats rule"}}}}  # fmt: skip
    live_server.expect_request(
        "/xrpc/app.bsky.feed.getPostThread",
        query_string={"uri": "at://bob.bsky.social/app.bsky.feed.post/3k", "depth": "0",
                      "parentHeight": "0"},
    ).respond_with_json(thread)  # fmt: skip
    post = fetch_post("https://bsky.app/profile/bob.bsky.social/post/3k")
    assert (post.text, post.author) == ("Cats rule", "bob.bsky.social")
    live_server.expect_request("/xrpc/app.bsky.feed.getPostThread").respond_with_json(
        {"thread": {"$type": "app.bsky.feed.defs#notFoundPost"}}
    )
    with pytest.raises(Exception, match="no such post, or it is not public"):
        fetch_post("https://bsky.app/profile/bob.bsky.social/post/3z")


# `twinpost eval`'s reply figures.


def test_a_held_out_reply_keeps_its_parent_only_when_the_account_wrote_it():
    from twinpost.bot.folder import _own_parent

    own = Post("2", "so true", None, False, True, "ada", "1", "ada", "my first post")
    other = Post("3", "so true", None, False, True, "ada", "9", "bob", "Bob's private words")
    assert _own_parent(own, ["ada"]) == {"reply": True, "parent_text": "my first post",
                                         "reply_to_author": "ada"}  # fmt: skip
    # Someone else's post never enters the bot folder; whom the reply answers does.
    assert _own_parent(other, ["ada"]) == {"reply": True, "reply_to_author": "bob"}
    assert _own_parent(Post("4", "a post", None, False, False, "ada"), ["ada"]) == {}


def test_eval_scores_replies_with_and_without_their_parent_and_ranks_parents(writer, tiny_bot):
    from twinpost.config import GenerateConfig
    from twinpost.voice.replies import reply_figures

    topics = ["fog", "cats", "tea", "rain", "bread", "trains", "moss", "jazz", "kites",
              "ferns", "owls", "soup"]  # fmt: skip
    replies = [{"account": "marigold_keeps", "text": f"Yes, {t} {t} is lovely today",
                "parent_text": f"Do you like {t}? I think {t} is great", "reply_to_author":
                "marigold_keeps"} for t in topics]  # fmt: skip
    config = GenerateConfig(max_new_tokens=12)
    figures = reply_figures(writer, tiny_bot.bot_dir, replies, config, seed=0)
    assert figures["replies"] == 12
    assert figures["loss_with_parent"] != figures["loss_alone"]
    gap = figures["loss_alone"] - figures["loss_with_parent"]
    assert figures["gap_low"] <= gap <= figures["gap_high"]
    relevance = figures["relevance"]
    assert relevance["real_top1"] == 1.0  # each real reply repeats its parent's topic
    assert 0 <= relevance["written_top1"] <= 1 and relevance["chance"] == 0.1
    assert reply_figures(writer, tiny_bot.bot_dir, replies[:9], config, seed=0) is None


def test_the_loss_gaps_interval_pairs_each_reply_with_itself():
    """Replies that differ widely among themselves but each score 0.2 lower with their parent
    give a narrow interval around 0.2 (an unpaired one would be wide); a gap that is one
    reply's luck gives an interval that holds 0."""
    import random

    from twinpost.voice.replies import gap_interval

    rng = random.Random(0)
    with_parent = [(rng.uniform(1, 6) * n, n) for n in (rng.randint(5, 40) for _ in range(40))]
    alone = [(total + 0.2 * n, n) for total, n in with_parent]
    low, high = gap_interval(with_parent, alone, seed=0)
    assert 0.199 < low <= high < 0.201
    lucky = [(total + (30.0 if i == 0 else 0.0), n) for i, (total, n) in enumerate(with_parent)]
    low, high = gap_interval(with_parent, lucky, seed=0)
    assert low <= 0 < high


# --fetch-parents, against the loopback fakes of the live sources.


def test_fetch_parents_fills_in_bluesky_replies_and_the_snapshot_keeps_them(
    live_server, tmp_path, monkeypatch
):
    from werkzeug import Response

    from tests.live_fakes import bluesky_records, serve_bluesky

    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path))
    serve_bluesky(live_server, bluesky_records(150))
    asked: list[list[str]] = []

    def get_posts(request):
        uris = request.args.getlist("uris")
        asked.append(uris)
        posts = [{"uri": u, "record": {"text": f"Parent {u.rsplit('/', 1)[1]}: cats or fog?"}}
                 for u in uris if not u.endswith("/6")]  # one was deleted  # fmt: skip
        return Response(json.dumps({"posts": posts}), content_type="application/json")

    live_server.expect_request("/xrpc/app.bsky.feed.getPosts").respond_with_handler(get_posts)
    spec = "bluesky:alice.bsky.social"
    plain = build_corpus(spec)
    assert not any(p.parent_text for p in plain.posts) and asked == []  # opt-in
    corpus = build_corpus(spec, fetch_parents=True)
    replies = [p for p in corpus.posts if p.is_reply]
    assert asked and all(len(batch) <= 25 for batch in asked)
    for post in replies:
        if post.reply_to.endswith("/6"):
            assert post.parent_text is None and post.reply_to_author == "did:plc:other"
        else:
            assert post.parent_text == f"Parent {post.reply_to.rsplit('/', 1)[1]}: cats or fog?"
    (row,) = corpus.table()["accounts"]
    assert row["replies_known"] == len(replies) - 1
    # Training on the snapshot reads offline: the fetched parents are in it.
    digest = corpus.accounts[0].account.snapshot
    calls = len(live_server.log)
    again = build_corpus(f"snapshot:{digest}")
    assert len(live_server.log) == calls
    assert [p.parent_text for p in again.posts] == [p.parent_text for p in corpus.posts]


def test_fetch_parents_asks_a_mastodon_server_for_its_own_ids_and_skips_the_gone(live_server):
    from werkzeug import Response

    from tests.live_fakes import mastodon_statuses, serve_mastodon

    statuses = mastodon_statuses(150)
    replying = [s for s in statuses if s["in_reply_to_id"] and not s["reblog"]]
    for i, status in enumerate(replying):
        status["in_reply_to_id"] = "7" if i % 2 else "8"
    serve_mastodon(live_server, statuses)
    live_server.expect_request("/api/v1/statuses/7").respond_with_json(
        {"id": "7", "content": "<p>Who likes <b>fog</b>?</p>"}
    )
    live_server.expect_request("/api/v1/statuses/8").respond_with_response(
        Response('{"error": "Record not found"}', status=404, content_type="application/json")
    )
    corpus = build_corpus("mastodon:@alice@example.social", fetch_parents=True)
    replies = [p for p in corpus.posts if p.is_reply]
    assert {p.reply_to for p in replies} == {"7", "8"}
    assert {p.parent_text for p in replies if p.reply_to == "7"} == {"Who likes fog?"}
    assert {p.parent_text for p in replies if p.reply_to == "8"} == {None}
    fetched = [r.path for r, _ in live_server.log if r.path.startswith("/api/v1/statuses/")]
    assert sorted(fetched) == ["/api/v1/statuses/7", "/api/v1/statuses/8"]  # each asked once


def test_fetch_parents_never_asks_x(live_server, monkeypatch):
    from tests.live_fakes import serve_x, x_tweets

    monkeypatch.setenv("X_BEARER_TOKEN", "test-token")
    x_server = live_server
    serve_x(x_server, "someone", x_tweets(250))
    corpus = build_corpus("x:@someone", fetch_parents=True)
    assert any(p.is_reply for p in corpus.posts)
    assert not any(p.parent_text for p in corpus.posts)
    assert all(r.path.startswith("/2/users/") for r, _ in x_server.log)
