"""The voice: `twinpost eval`'s measures, the ban on chat-control tokens, and cyborgs that
write as one account (`--as`)."""

from __future__ import annotations

import json
import random

import pytest

from twinpost.config import GenerateConfig
from twinpost.data.clean import clean_export
from twinpost.data.corpus import Corpus
from twinpost.data.sources import read_source
from twinpost.errors import TwinpostError
from twinpost.generation.load import load_bot
from twinpost.generation.write import generate
from twinpost.training.dataset import (
    Split,
    control_token_ids,
    load_post_tokenizer,
    speaker_prefix,
    split_posts,
    strip_speaker,
    tokenize_split,
)
from twinpost.voice.classify import attribute, discriminate
from twinpost.voice.residue import has_chat_residue, residue_count
from twinpost.voice.style import diversity, style_profile

IM_START = 1  # the tiny tokenizer's ids follow SmolLM2's: <|endoftext|> 0, <|im_start|> 1


# --- never the assistant's voice ----------------------------------------------------------


def _favour(bot, token_id: int) -> None:
    """Make `token_id` by far the most likely next token, at every step."""

    def hook(_module, _inputs, logits):
        logits = logits.clone()
        logits[..., token_id] += 1000.0
        return logits

    bot.model.lm_head.register_forward_hook(hook)


def test_chat_control_tokens_are_never_written_even_when_the_model_wants_them(tiny_bot):
    bot = load_bot(tiny_bot.bot_dir)
    assert IM_START in bot.control_ids and bot.tokenizer.eos_token_id not in bot.control_ids
    _favour(bot, IM_START)
    config = GenerateConfig(n=6, seed=3, max_new_tokens=12)
    posts = generate(bot, "", config).posts
    assert len(posts) == 6 and all(posts), posts  # real text, not skipped control tokens

    bot.control_ids = []  # what writing did before: the control token is all it writes
    assert generate(bot, "", config).posts == [""] * 6


def test_the_bot_folder_tells_pipeline_to_suppress_control_tokens(tiny_bot):
    saved = json.loads((tiny_bot.bot_dir / "generation_config.json").read_text())
    tokenizer = load_post_tokenizer(tiny_bot.bot_dir)
    assert saved["suppress_tokens"] == control_token_ids(tokenizer)
    assert IM_START in saved["suppress_tokens"] and 0 not in saved["suppress_tokens"]


@pytest.mark.parametrize(
    "text, residue",
    [
        ("user\nWrite a poem about the sea", True),
        ("Sure! Here is a post:\nassistant\n I love the sea", True),
        ("<|im_start|>system", True),
        ("the user experience of this app is great", False),
        ("Ask the assistant at the desk", False),
    ],
)
def test_chat_residue_is_a_role_line_or_a_control_token(text, residue):
    assert has_chat_residue(text) is residue


# --- the measures ---------------------------------------------------------------------------


def _posts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(8)) for _ in range(n)]


SEA = ["waves", "tide", "harbour", "salt", "gull", "anchor", "keel", "mast", "🌊"]
CODE = ["#python", "@dev", "merge", "bug", "deploy", "refactor", "CI", "tests", "Rust"]


def test_attribution_names_the_account_whose_words_a_post_uses():
    classes = {"sea": _posts(SEA, 80, 1), "code": _posts(CODE, 80, 2)}
    said = attribute(classes, _posts(SEA, 20, 3) + _posts(CODE, 20, 4))
    assert said == ["sea"] * 20 + ["code"] * 20


def test_the_discriminator_is_near_chance_for_alike_sets_and_sure_for_different_ones():
    same = discriminate(_posts(SEA, 100, 1), _posts(SEA, 100, 2))
    apart = discriminate(_posts(SEA, 100, 1), _posts(CODE, 100, 2))
    assert 0.3 <= same.accuracy <= 0.7 and same.low < 0.5 < same.high
    assert apart.accuracy > 0.95 and apart.real == apart.generated == 100


def test_the_style_profile_counts_what_posts_hold():
    profile = style_profile(["Hello @ana #tide 🌊", "quiet day\nby the sea", "WHY? Why!"])
    assert profile["mentions"] == profile["hashtags"] == profile["emoji"] == round(1 / 3, 3)
    assert profile["line_breaks_per_post"] == round(1 / 3, 2)
    assert profile["starts_lowercase"] == round(1 / 3, 3)
    assert profile["questions"] == profile["exclamations"] == round(1 / 3, 3)
    assert profile["dangling_endings"] == 0
    assert style_profile(["The Pipeline Operator -", "fine"])["dangling_endings"] == 0.5


def test_diversity_is_low_for_repeated_posts_and_high_for_varied_ones():
    repeated = diversity(["the sea is calm today"] * 20)
    varied = diversity(_posts(SEA + CODE, 20, 5))
    assert repeated["self_bleu"] > 0.9 > varied["self_bleu"]
    assert repeated["distinct_1"] < varied["distinct_1"]


def test_eval_reports_on_a_bot_and_keeps_the_figures_in_its_record_and_card(
    bot_copy, tmp_path, cli
):
    impostor = tmp_path / "impostor.txt"
    impostor.write_text("\n".join(_posts(CODE, 200, 7)), encoding="utf-8")
    result = cli("eval", str(bot_copy), str(impostor), "-n", "20", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["posts"] == 20 and report["residue"] == 0
    assert report["impostors"] == ["impostor"]
    assert set(report["attribution"]) == {"marigold_keeps"}
    assert 0 <= report["attribution"]["marigold_keeps"] <= 1
    assert 0 <= report["discriminator"]["low"] <= report["discriminator"]["accuracy"] <= 1
    assert report["style"]["real"]["posts"] > 0 and report["style"]["generated"]["posts"] == 20
    record = json.loads((bot_copy / "twinpost.json").read_text())
    assert record["voice"]["discriminator"] == report["discriminator"]
    assert "samples" not in record["voice"]  # the record keeps figures, not posts
    card = (bot_copy / "README.md").read_text()
    assert "## Voice" in card and "Real vs generated" in card


def test_eval_refuses_an_impostor_that_is_the_bot_itself(bot_copy, cli):
    from twinpost.demo import SAMPLE_ACCOUNT

    result = cli("eval", str(bot_copy), str(SAMPLE_ACCOUNT), "-n", "20")
    assert result.exit_code == 2
    assert "one of the bot's own accounts" in result.output


def test_eval_of_a_bot_without_held_out_texts_says_what_to_do(bot_copy, cli):
    (bot_copy / "held_out_posts.jsonl").unlink()
    result = cli("eval", str(bot_copy))
    assert result.exit_code == 2 and "train it again" in result.output


def test_held_out_texts_stay_on_this_machine(tiny_bot):
    from twinpost.card.publish import files_to_push

    assert (tiny_bot.bot_dir / "held_out_posts.jsonl").is_file()
    assert "held_out_posts.jsonl" not in files_to_push(tiny_bot.bot_dir)


# --- cyborgs that know who is speaking --------------------------------------------------------


def _two_accounts(tmp_path) -> list:
    sources = []
    for name, words in (("sea", SEA), ("code", CODE)):
        path = tmp_path / f"{name}.txt"
        path.write_text("\n".join(_posts(words, 200, len(name))), encoding="utf-8")
        sources.append(path)
    return sources


def test_a_share_of_a_cyborgs_posts_name_their_account_and_single_bots_never(tiny_base, tmp_path):
    tokenizer = load_post_tokenizer(tiny_base)
    accounts = [clean_export(read_source(s)) for s in _two_accounts(tmp_path)]
    corpus = Corpus(accounts=accounts, warnings=[])
    split = split_posts(corpus.posts, 0.1, seed=0)
    prefix = tokenizer(speaker_prefix("sea"), add_special_tokens=False)["input_ids"]

    def tagged(tokens, account: str) -> float:
        seqs = tokens.train[account]
        return sum(s[1 : 1 + len(prefix)] == prefix for s in seqs) / len(seqs)

    assert tagged(tokenize_split(split, tokenizer, speaker_share=0.0), "sea") == 0
    assert 0.6 < tagged(tokenize_split(split, tokenizer, speaker_share=0.75), "sea") < 0.9
    assert tagged(tokenize_split(split, tokenizer, speaker_share=1.0), "sea") == 1
    alone = Split([p for p in split.train if p.account == "sea"], split.held_out[:1])
    assert tagged(tokenize_split(alone, tokenizer, speaker_share=1.0), "sea") == 0
    assert tokenize_split(split, tokenizer, speaker_share=1.0).held_out == (
        tokenize_split(split, tokenizer).held_out  # the held-out loss keeps its definition
    )


@pytest.fixture(scope="module")
def cyborg(tiny_base, tmp_path_factory):
    from tests.conftest import tiny_config
    from twinpost.pipeline import make_bot

    folder = tmp_path_factory.mktemp("cyborg")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(folder / "home"))
        made = make_bot(_two_accounts(folder), folder / "bot", tiny_config(tiny_base, epochs=1))
    return made.bot_dir


def test_a_cyborg_writes_as_the_account_asked_for(cyborg):
    bot = load_bot(cyborg)
    assert bot.speakers == ["sea", "code"]
    seen = []
    bot.model.register_forward_pre_hook(
        lambda _m, args, kwargs: seen.append(kwargs["input_ids"][0].tolist()), with_kwargs=True
    )
    posts = generate(bot, "Today", GenerateConfig(n=2, seed=1, max_new_tokens=5, speaker="@Code"))
    prefix = bot.tokenizer(speaker_prefix("code"), add_special_tokens=False)["input_ids"]
    today = bot.tokenizer("Today", add_special_tokens=False)["input_ids"]
    assert seen[0] == [bot.tokenizer.eos_token_id, *prefix, *today]
    assert all(p.startswith("Today") and "[@" not in p for p in posts.posts)


def test_a_cyborg_answers_a_post_as_one_account_and_continues_its_thread(cyborg):
    """--as and replies combine: the account's line, then what it answers, then the prompt,
    as training read them; a thread's next post answers the account's own last post."""
    from twinpost.generation.write import generate_threads
    from twinpost.training.dataset import reply_context

    bot = load_bot(cyborg)
    seen = []
    bot.model.register_forward_pre_hook(
        lambda _m, args, kwargs: seen.append(kwargs["input_ids"][0].tolist()), with_kwargs=True
    )
    config = GenerateConfig(n=1, seed=1, max_new_tokens=5, speaker="code")
    posts = generate(bot, "Yes", config, reply_to="Tabs or spaces?").posts
    prefix = bot.tokenizer(speaker_prefix("code"), add_special_tokens=False)["input_ids"]
    context = reply_context(bot.tokenizer, "Tabs or spaces?", None)
    yes = bot.tokenizer("Yes", add_special_tokens=False)["input_ids"]
    assert seen[0] == [bot.tokenizer.eos_token_id, *prefix, *context, *yes]
    assert posts[0].startswith("Yes") and "[@" not in posts[0] and ">" not in posts[0][:3]
    seen.clear()
    (thread,) = generate_threads(bot, "Today", 2, config)
    own = reply_context(bot.tokenizer, thread[0], "code")
    start = [bot.tokenizer.eos_token_id, *prefix, *own]
    assert [ids for ids in seen if len(ids) > 1][1] == start  # the second post's prompt pass


def test_generate_as_an_unknown_account_is_one_clear_line(cyborg, cli):
    result = cli("generate", str(cyborg), "Hi", "--as", "@nobody", "-n", "1")
    assert result.exit_code == 2
    assert "no such account" in result.output and "@sea, @code" in result.output
    ok = cli("generate", str(cyborg), "Hi", "--as", "sea", "-n", "2", "--json")
    assert ok.exit_code == 0 and len(json.loads(ok.stdout)) == 2


def test_a_single_account_bot_accepts_its_own_handle(tiny_bot, cli):
    result = cli("generate", str(tiny_bot.bot_dir), "--as", "@marigold_keeps", "-n", "1", "--json")
    assert result.exit_code == 0, result.output


def test_a_speaker_line_the_blend_writes_is_not_part_of_the_post():
    assert strip_speaker("[@sea]\nwaves today") == "waves today"
    assert strip_speaker("no [@sea]\nprefix here") == "no [@sea]\nprefix here"


def test_an_old_cyborg_without_speakers_says_so(cyborg, tmp_path):
    import shutil

    old = tmp_path / "old"
    shutil.copytree(cyborg, old)
    record = json.loads((old / "twinpost.json").read_text())
    record["train_config"].pop("speaker_tags")
    (old / "twinpost.json").write_text(json.dumps(record))
    with pytest.raises(TwinpostError, match="train it again"):
        generate(old, "Hi", GenerateConfig(n=1, speaker="sea"))
    assert residue_count(generate(old, "", GenerateConfig(n=2, max_new_tokens=5)).posts) == 0


def test_the_server_writes_as_one_account_by_field_or_by_model_name(cyborg, serve, tmp_path):
    import httpx

    from twinpost.server import ServeSettings, create_app

    settings = ServeSettings(bots_dir=tmp_path / "none", bot_dirs=[cyborg],
                             uploads_dir=tmp_path / "up")  # fmt: skip
    url = serve(create_app(settings))
    info = httpx.get(f"{url}/bots/bot").json()
    assert info["speakers"] == ["sea", "code"] and info["voice"] is None
    body = {"prompt": "Hi", "n": 2, "max_new_tokens": 4, "speaker": "@code"}
    written = httpx.post(f"{url}/bots/bot/generate", json=body, timeout=60)
    assert written.status_code == 200 and len(written.json()["posts"]) == 2
    wrong = httpx.post(f"{url}/bots/bot/generate", json={**body, "speaker": "nobody"})
    assert wrong.status_code == 422 and "no such account" in wrong.json()["detail"]
    completion = {"prompt": "Hi", "max_tokens": 4, "n": 1}
    as_sea = httpx.post(f"{url}/v1/completions", json={**completion, "model": "bot:sea"},
                        timeout=60)  # fmt: skip
    assert as_sea.status_code == 200 and as_sea.json()["model"] == "bot:sea"
    unknown = httpx.post(f"{url}/v1/completions", json={**completion, "model": "bot:nobody"})
    assert unknown.status_code == 422
    hf = httpx.post(f"{url}/models/bot:code", json={"inputs": "Hi", "parameters": {
        "max_new_tokens": 4}}, timeout=60)  # fmt: skip
    assert hf.status_code == 200 and hf.json()[0]["generated_text"].startswith("Hi")


def test_eval_learns_an_account_from_the_posts_it_was_trained_on_where_they_are_kept(
    tiny_bot, tiny_bot_home, monkeypatch
):
    from twinpost.bot.folder import held_out_posts
    from twinpost.bot.lineage import trained_posts

    assert trained_posts(tiny_bot.bot_dir) == {}  # another machine's store: held-out only
    monkeypatch.setenv("TWINPOST_HOME", str(tiny_bot_home))
    trained = trained_posts(tiny_bot.bot_dir)["marigold_keeps"]
    held = held_out_posts(tiny_bot.bot_dir)["marigold_keeps"]
    assert len(trained) + len(held) == len(tiny_bot.corpus.posts)
    assert not set(trained) & set(held)


def test_a_cyborg_writing_as_one_account_answers_that_accounts_replies():
    from twinpost.voice.evaluate import _answering

    replies = [{"account": "ana", "reply": True, "text": "a"},
               {"account": "bo", "reply": True, "text": "b1"},
               {"account": "bo", "reply": True, "text": "b2"}]  # fmt: skip
    held = {"ana": ["p"] * 4, "bo": ["q"] * 4}
    assert _answering(replies, held, "ana") == (replies[:1], 0.25)
    assert _answering(replies, held, "bo") == (replies[1:], 0.5)
    assert _answering(replies, held) == (replies, 3 / 8)  # the blend, and single bots


def test_eval_takes_impostors_read_already_and_still_refuses_the_bot_itself(bot_copy):
    """A sweep reads its impostors once and hands eval the corpora: the same check holds."""
    from twinpost.data.corpus import build_corpus
    from twinpost.demo import SAMPLE_ACCOUNT
    from twinpost.errors import TwinpostError
    from twinpost.voice import evaluate

    with pytest.raises(TwinpostError, match=r"^@\w+ is one of the bot's own accounts"):
        evaluate(bot_copy, [build_corpus(SAMPLE_ACCOUNT)], n=10)


def test_the_real_posts_attribution_comes_from_a_classifier_that_never_saw_them():
    """The ceiling of attribution: an account's held-out posts, attributed by a classifier
    trained on its training posts alone. Held-out posts in another's words go to the other."""
    from twinpost.voice.evaluate import MIN_REAL_ATTRIBUTED, _real_attribution

    trained = {"sea": _posts(SEA, 80, 1)}
    # Few "code" posts: had the 60 held-out ones been learnt as "sea", some would go to "sea".
    others = {"code": _posts(CODE, 20, 2)}
    own = _real_attribution({"sea": _posts(SEA, 30, 3)}, trained, others, seed=0)
    strange = _real_attribution({"sea": _posts(CODE, 60, 4)}, trained, others, seed=0)
    assert own == {"sea": 1.0} and strange == {"sea": 0.0}
    assert _real_attribution({"sea": _posts(SEA, 30, 3)}, {}, others, seed=0) is None
    few = _posts(SEA, MIN_REAL_ATTRIBUTED - 1, 3)
    assert _real_attribution({"sea": few}, trained, others, seed=0) is None


def test_eval_shows_the_real_posts_attribution_beside_the_bots(
    bot_copy, tiny_bot_home, monkeypatch, tmp_path, cli
):
    monkeypatch.setenv("TWINPOST_HOME", str(tiny_bot_home))  # the bot's trained posts are kept
    impostor = tmp_path / "impostor.txt"
    impostor.write_text("\n".join(_posts(CODE, 200, 7)), encoding="utf-8")
    result = cli("eval", str(bot_copy), str(impostor), "-n", "20", "--json")
    assert result.exit_code == 0, result.output
    real = json.loads(result.stdout)["real_attribution"]
    assert set(real) == {"marigold_keeps"} and 0 <= real["marigold_keeps"] <= 1
    card = (bot_copy / "README.md").read_text()
    assert f"(its real held-out posts: {real['marigold_keeps']:.0%})" in card
