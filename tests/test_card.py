"""The model card, its avatars and the predictions.png preview, on a tiny bot."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from huggingface_hub import ModelCard
from PIL import Image

from tests.conftest import ALROCAR
from twinpost.bot.files import CARD_RECORD_FILE as CARD_RECORD
from twinpost.bot.folder import handle_slugs, read_record
from twinpost.card import DEFAULT_PROMPT, SAMPLE_POSTS
from twinpost.card import fonts as card_fonts
from twinpost.card.avatars import avatar_colours, initial
from twinpost.card.preview import Identity, render_preview, wrap
from twinpost.card.render import WRITTEN_ON, front_matter, md_lines, md_text, render_card
from twinpost.data.corpus import build_corpus
from twinpost.data.language import detect_languages, post_language
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.training.base_model import DEFAULT_BASE, DEFAULT_BASE_HUB_ID

HOSTILE = "<img src=x onerror=alert(1)>"
HUB_KEYS = {"language", "license", "base_model", "pipeline_tag", "tags", "widget", "thumbnail"}


@pytest.fixture
def bot(tiny_bot) -> Path:
    """The suite's shared tiny bot (read-only; tests that change it copy it first)."""
    return tiny_bot.bot_dir


def card_text(bot_dir: Path) -> str:
    return (bot_dir / "README.md").read_text()


def test_a_new_bot_has_its_card_preview_lineage_and_avatar(bot):
    for name in ("README.md", "LICENSE.md", "predictions.png", "lineage.json", CARD_RECORD):
        assert (bot / name).is_file(), name
    avatar = bot / "avatar-marigold-keeps.png"  # the sample export's own avatar, copied
    assert avatar.read_bytes() == next(SAMPLE_ACCOUNT.rglob("*avatar.png")).read_bytes()


def test_front_matter_parses_on_the_hub_with_every_key(bot):
    data = ModelCard.load(bot / "README.md").data.to_dict()
    assert HUB_KEYS - {"base_model"} <= set(data)
    assert data["language"] == ["en"]
    assert data["license"] == "other" and data["license_link"] == "LICENSE.md"
    assert data["pipeline_tag"] == "text-generation"
    assert {"twinpost", "huggingtweets", "text-generation"} <= set(data["tags"])
    assert data["widget"] == [{"text": DEFAULT_PROMPT}]
    assert data["thumbnail"] == "predictions.png"
    assert "base_model" not in data  # a local folder's path means nothing on the Hub


def test_front_matter_names_the_embedded_base_on_the_hub(bot):
    record = read_record(bot)
    record.base_model = DEFAULT_BASE
    card = ModelCard("---\n" + front_matter(record, ["es", "en"], "Hola") + "\n---\n")
    data = card.data.to_dict()
    assert data["base_model"] == DEFAULT_BASE_HUB_ID
    assert data["language"] == ["es", "en"] and data["widget"] == [{"text": "Hola"}]
    assert set(data) >= HUB_KEYS


def test_card_has_the_data_table_of_the_established_tool(bot):
    report = json.loads((bot / "twinpost.json").read_text())["data_report"]["accounts"][0]
    text = card_text(bot)
    assert "| Data | Marigold Finch (@marigold\\_keeps) |" in text
    for label, key in [("Posts downloaded", "downloaded"), ("Retweets", "retweets"),
                       ("Short posts", "short"), ("Posts kept", "kept")]:  # fmt: skip
        assert f"| {label} | {report[key]} |" in text
    assert "| Posts downloaded | 476 |" in text and "| Posts kept | 435 |" in text


def test_card_shows_the_training_and_how_to_use_it(bot):
    record = json.loads((bot / "twinpost.json").read_text())
    text = card_text(bot)
    loss = record["held_out_loss"]
    assert f"{loss['before']:.3f} before, {loss['after']:.3f} after" in text
    assert f"| Tokens seen | {record['training']['tokens_seen']:,} |" in text
    assert (
        "full fine-tuning" in text and f"| Base model | {Path(record['base_model']).name} |" in text
    )
    assert 'pipeline("text-generation", model="marigold")' in text
    weights = json.loads((bot / CARD_RECORD).read_text())["weights"]
    assert weights in ("int8", "full")  # what wrote the samples, named so the command does too
    command = "twinpost generate marigold 'My dream is' -n 5 --seed 0 --engine twinpost"
    assert f"{command} --weights {weights}\n" in text
    assert "## Limitations and bias" in text and "belong to the people who wrote them" in text


def test_card_has_five_seeded_sample_posts(bot):
    samples = json.loads((bot / CARD_RECORD).read_text())["samples"]
    assert len(samples) == SAMPLE_POSTS
    assert all(s.startswith(DEFAULT_PROMPT) for s in samples)
    section = card_text(bot).split("## Sample posts")[1].split("##")[0]
    assert [int(n) for n in re.findall(r"^(\d)\. ", section, re.MULTILINE)] == [1, 2, 3, 4, 5]


def test_card_samples_are_what_generate_writes_with_their_seed(bot, cli):
    """The card is drawn from the bot as it loads, so its "seed 0" samples are exactly what
    the command the card shows writes (they used to come from the fp32 training model)."""
    card = json.loads((bot / CARD_RECORD).read_text())
    result = cli("generate", bot, DEFAULT_PROMPT, "-n", "5", "--seed", "0", "--engine",
                 "twinpost", "--weights", card["weights"], "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == card["samples"]
    other = "full" if card["weights"] == "int8" else "int8"
    result = cli("generate", bot, DEFAULT_PROMPT, "-n", "5", "--seed", "0", "--engine",
                 "twinpost", "--weights", other, "--json")  # fmt: skip
    assert result.exit_code == 0 and json.loads(result.stdout) != card["samples"]


def card_command(bot_dir: Path) -> list[str]:
    """The command the card shows under its samples, as words."""
    section = card_text(bot_dir).split("## Sample posts")[1]
    line = section.split("```console\n")[1].split("\n")[0]
    return shlex.split(line)


@pytest.mark.parametrize("threads", [None, "1"], ids=["default threads", "one thread"])
def test_the_cards_own_command_writes_its_posts_in_fresh_processes(bot, threads):
    """The promise under the card's samples, kept as a user runs it: the command the card
    shows, run as it stands (from the bot's folder) in new processes, writes the card's posts,
    every time and whatever the number of threads."""
    card = json.loads((bot / CARD_RECORD).read_text())
    words = card_command(bot)
    assert words[:3] == ["twinpost", "generate", bot.name] and "--seed" in words
    env = {**os.environ, **({"OMP_NUM_THREADS": threads} if threads else {})}
    twinpost = str(Path(sys.executable).with_name("twinpost"))
    for _ in range(2):
        done = subprocess.run([twinpost, *words[1:], "--json"], cwd=bot.parent, env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == card["samples"]


def test_a_card_that_kept_fewer_posts_asks_for_the_ones_it_asked_for(bot_copy):
    """A card left with fewer posts than it asked for (copies redrawn until the rounds ran
    out) shows the request that wrote them: asking for fewer would draw other posts."""
    card = json.loads((bot_copy / CARD_RECORD).read_text())
    assert card["n"] == SAMPLE_POSTS and card["dtype"] in ("float32", "bfloat16")
    card["samples"], card["samples_finished"] = card["samples"][:4], card["samples_finished"][:4]
    text = render_card(read_record(bot_copy), ["avatar.png"], card, bot_copy.name)
    assert f"-n {SAMPLE_POSTS} " in text
    assert f"writes these same posts on {WRITTEN_ON[card['dtype']]}:" in text


def test_a_card_sample_cut_at_the_cap_is_marked_and_one_that_ended_is_not(bot_copy):
    """Samples are written to the usual cap so they end where a post ends; one that still
    reached it is marked as cut on the card, not shown as if the post ended there."""
    from twinpost.bot.folder import read_record
    from twinpost.card import read_card_record, write_card_text
    from twinpost.card.avatars import place_avatars

    card = read_card_record(bot_copy)
    assert card["max_new_tokens"] == 120 and len(card["samples_finished"]) == SAMPLE_POSTS
    card["samples"] = ["My dream is a whole post.", "My dream is a post that went on and"]
    card["samples_finished"] = [True, False]
    record = read_record(bot_copy)
    write_card_text(bot_copy, record, place_avatars(bot_copy, record), card)
    section = card_text(bot_copy).split("## Sample posts")[1].split("##")[0]
    assert "1. My dream is a whole post.\n" in section
    assert "2. My dream is a post that went on and … (cut at 120 tokens)" in section


def test_card_json_prints_the_samples_it_wrote(bot_copy, cli):
    result = cli("card", bot_copy, "--seed", "3", "--json")
    assert result.exit_code == 0, result.output
    drawn = json.loads(result.stdout)
    record = json.loads((bot_copy / CARD_RECORD).read_text())
    assert drawn["samples"] == record["samples"] and record["seed"] == 3
    assert drawn["card"] == str(bot_copy / "README.md") and not drawn["chosen_in_web_app"]


def test_the_card_command_keeps_the_posts_chosen_in_the_web_app(bot_copy, cli):
    from twinpost.card import choose_preview, read_card_record

    chosen = ["My dream is a lighthouse of my own.", "My dream is to sleep through a gale."]
    choose_preview(bot_copy, DEFAULT_PROMPT, chosen)
    assert not (bot_copy / "preview.json").exists()  # one record of the preview: card.json
    image = (bot_copy / "predictions.png").read_bytes()
    result = cli("card", bot_copy)
    assert result.exit_code == 0, result.output
    assert "keeping the posts chosen" in result.stdout
    assert read_card_record(bot_copy)["preview"]["posts"] == chosen
    assert (bot_copy / "predictions.png").read_bytes() == image
    result = cli("card", bot_copy, "--prompt", "The sea")  # a new prompt: new samples shown
    assert result.exit_code == 0, result.output
    assert "preview" not in read_card_record(bot_copy)


def test_a_version_1_preview_choice_is_read_into_the_card_record(bot_copy, cli):
    chosen = {"prompt": DEFAULT_PROMPT, "posts": ["My dream is an old folder's choice."]}
    (bot_copy / "preview.json").write_text(json.dumps(chosen))
    result = cli("card", bot_copy)
    assert result.exit_code == 0, result.output
    assert json.loads((bot_copy / CARD_RECORD).read_text())["preview"] == chosen
    assert not (bot_copy / "preview.json").exists()


def test_a_hostile_display_name_is_text_not_markup(bot, tmp_path, cli):
    hostile_bot = tmp_path / "hostile"
    shutil.copytree(bot, hostile_bot)
    record = json.loads((hostile_bot / "twinpost.json").read_text())
    record["accounts"][0]["display_name"] = HOSTILE
    record["data_report"]["accounts"][0]["display_name"] = HOSTILE
    (hostile_bot / "twinpost.json").write_text(json.dumps(record))
    result = cli("card", hostile_bot, "--prompt", "日本語 🎉 <b>bold</b>", "--seed", "1")
    assert result.exit_code == 0, result.output
    text = card_text(hostile_bot)
    # The front matter is YAML data, and code blocks show their text as it is: not HTML.
    body = re.sub(r"```.*?```", "", text.split("\n---\n", 1)[1], flags=re.DOTALL)
    assert "<img src=x" not in text and "<b>" not in body and "&lt;b&gt;bold" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in text  # in the header, as text
    # The only images are the avatars'.
    assert all(tag.startswith('<img src="avatar-') for tag in re.findall(r"<img[^>]*>", text))
    assert Image.open(hostile_bot / "predictions.png").size[0] == 1200


def test_pipes_and_markdown_in_names_do_not_break_the_table(bot):
    record = read_record(bot)
    record.accounts[0].display_name = "a | b [x](javascript:1) *c*"
    card = {"prompt": "p", "seed": 0, "samples": ["post | one"], "max_new_tokens": 60}
    text = render_card(record, ["avatar.png"], card, folder="bot")
    header = next(line for line in text.splitlines() if line.startswith("| Data |"))
    assert len(re.findall(r"(?<!\\)\|", header)) == 3  # two cells: label and the account
    markdown = text.split("</div>\n\n", 1)[1]  # after the HTML header, where names are text
    assert "[x](javascript" not in markdown and "# a \\| b \\[x\\](javascript:1) \\*c\\*" in text
    assert "1. post \\| one" in text


def test_markdown_escaping():
    assert md_text("# not *a* heading_\n") == "\\# not \\*a\\* heading\\_"
    assert md_text("0.1.0 - ok") == "0.1.0 - ok"
    assert md_lines("- item\n2. second") == "\\- item<br>2\\. second"


def test_card_command_redraws_with_another_prompt(bot, tmp_path, cli):
    copy = tmp_path / "copy"
    shutil.copytree(bot, copy)
    before = (copy / "predictions.png").read_bytes()
    result = cli("card", copy, "--prompt", "The sea", "--seed", "7")
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.stdout and " 1. The sea" in result.stdout
    card = json.loads((copy / CARD_RECORD).read_text())
    assert card["prompt"] == "The sea" and card["seed"] == 7
    assert ModelCard.load(copy / "README.md").data.widget == [{"text": "The sea"}]
    assert (copy / "predictions.png").read_bytes() != before


def test_card_command_refuses_a_folder_that_is_not_a_bot(cli, tmp_path):
    result = cli("card", tmp_path)
    assert result.exit_code == 2 and "not a twinpost bot" in result.stderr


def test_preview_is_a_real_image_with_the_avatar(bot):
    image = Image.open(bot / "predictions.png").convert("RGB")
    assert image.width == 1200 and image.height >= 630
    avatar_centre = image.getpixel((56 + 60, 56 + 60))
    assert avatar_centre != image.getpixel((5, 5))  # the avatar, not the background
    colours = image.resize((60, 60)).getcolors(3600)
    assert colours is not None and len(colours) > 20  # text, cards, avatar: not a blank page


def test_preview_renders_hostile_names_emoji_and_japanese(tmp_path):
    identity = Identity([HOSTILE, "José 🥘"], ["evil", "jose"], [Image.new("RGB", (10, 10))] * 2)
    posts = ["My dream is 日本語のテキストも表示できる 🎉 " * 4, "My dream is 👨‍👩‍👧 🇯🇵\nnew line"]
    image = render_preview(identity, "My dream is", posts)
    assert image.width == 1200 and image.height > 630


def test_fonts_fall_back_per_character():
    style = card_fonts.TextStyle(30)
    assert style.face_for("A", wants_emoji=False) == style.primary
    assert ord("A") in card_fonts.codepoints(card_fonts.BUNDLED[False])
    assert ord("日") not in card_fonts.codepoints(card_fonts.BUNDLED[False])
    cjk = style.face_for("日", wants_emoji=False)
    if style.fallbacks:  # a system CJK font (fonts-noto-cjk) draws what DejaVu lacks
        assert ord("日") in card_fonts.codepoints(cjk.path, cjk.index)
    else:  # none: the bundled font's missing-glyph box, documented in card/fonts.py
        assert cjk == style.primary


def test_fonts_work_without_any_system_font(monkeypatch):
    monkeypatch.setattr(card_fonts, "FONT_DIRS", ())
    for cached in (card_fonts.system_fonts, card_fonts.text_font_files,
                   card_fonts.emoji_font_files):  # fmt: skip
        cached.cache_clear()
    try:
        style = card_fonts.TextStyle(30)
        assert style.fallbacks == [] and style.emoji == []
        assert style.length("日本 🎉 text") > 0
        image = render_preview(Identity(["A"], ["a"], [Image.new("RGB", (4, 4))]), "x", ["x 日本"])
        assert image.width == 1200
    finally:
        for cached in (card_fonts.system_fonts, card_fonts.text_font_files,
                       card_fonts.emoji_font_files):  # fmt: skip
            cached.cache_clear()


def test_wrapping_keeps_lines_inside_the_width():
    style = card_fonts.TextStyle(30)
    text = (
        "word " * 40 + "https://example.org/" + "x" * 200 + " 日本語の文章は空白なしで続きます" * 3
    )
    lines = wrap([(text, style)], 600)
    assert len(lines) > 5
    for line in lines:
        assert sum(style.length(t) for t, _ in line) <= 600
    joined = "".join(t for line in lines for t, _ in line)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_control_characters_and_odd_line_breaks_are_drawn_as_spaces():
    style = card_fonts.TextStyle(30)
    odd = "a\rb\x1cc\x1dd\x1ee\x85f\u2028g\u2029h\ti\x00j"
    assert style.length(odd) > 0
    identity = Identity(["A"], ["a"], [Image.new("RGB", (4, 4))])
    assert render_preview(identity, "a", [odd, "\n\n\n", ""]).width == 1200


def test_languages_are_detected_from_the_posts():
    spanish_and_english = build_corpus([ALROCAR])
    assert set(detect_languages(p.text for p in spanish_and_english.posts)) == {"es", "en"}
    assert post_language("今日はとても良い天気ですね") == "ja"
    assert post_language("Das ist nicht so gut, aber ich bin noch hier") == "de"
    assert post_language("ok") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [  # the languages the hand-written detector this replaced could not tell
        ("Avui fa un dia molt bonic i anirem a la platja amb els amics", "ca"),
        ("Dzisiaj jest bardzo ładna pogoda i idziemy na spacer z psem", "pl"),
        ("Bugün hava çok güzel ve arkadaşlarla sahile gidiyoruz", "tr"),
        ("@someone https://example.com/a-long-path #HTML5 🔥🔥", None),  # no language in it
        ("lol ok 🔥", None),
    ],
)
def test_a_post_s_language_is_told_beyond_seven_languages(text, language):
    assert post_language(text) == language


def test_avatar_slugs_and_colours_are_distinct():
    assert handle_slugs(["a_b", "a-b", "x@mastodon.social"]) == [
        "a-b",
        "a-b-2",
        "x-mastodon-social",
    ]
    assert len(set(avatar_colours(["one", "two", "three"]))) == 3
    assert initial(HOSTILE) == "I" and initial("🥘 José") == "J"


def test_a_version_1_bot_folder_still_loads_writes_and_redraws(bot_copy, cli):
    record = json.loads((bot_copy / "twinpost.json").read_text())
    for key in ("record_version", "base_license"):
        del record[key]
    for key in ("epochs_planned", "epochs_done", "losses", "warnings"):
        del record["training"][key]
    record["base_model"] = DEFAULT_BASE  # a bot of the embedded base, as most are
    (bot_copy / "twinpost.json").write_text(json.dumps(record))
    assert cli("generate", bot_copy, "-n", "2").exit_code == 0
    result = cli("card", bot_copy)
    assert result.exit_code == 0, result.output
    assert "Apache-2.0" in (bot_copy / "LICENSE.md").read_text()  # its base's licence, known
    assert read_record(bot_copy).record_version == 1


def test_the_card_draws_the_loss_curve_of_the_run(bot):
    from twinpost.card.loss_curve import HEIGHT, LINE, WIDTH

    record = read_record(bot)
    assert len(record.training.losses) >= 2
    curve = Image.open(bot / "loss_curve.png").convert("RGB")
    assert curve.size == (WIDTH, HEIGHT)
    assert "![The training loss per step" in card_text(bot) and "(loss_curve.png)" in card_text(bot)
    # The line falls as the loss did: its left end is drawn above its right end.
    blue = [(x, y) for x in range(WIDTH) for y in range(HEIGHT) if curve.getpixel((x, y)) == LINE]
    first, last = record.training.losses[0][1], record.training.losses[-1][1]
    assert blue and first > last
    left = min(blue)[0]
    right = max(blue)[0]
    top_at = {x: min(y for bx, y in blue if bx == x) for x in (left, right)}
    assert top_at[left] < top_at[right]


def test_a_bot_of_under_two_steps_has_no_curve(bot_copy, cli):
    record = json.loads((bot_copy / "twinpost.json").read_text())
    record["training"]["losses"] = record["training"]["losses"][:1]
    (bot_copy / "twinpost.json").write_text(json.dumps(record))
    result = cli("card", bot_copy)
    assert result.exit_code == 0, result.output
    assert not (bot_copy / "loss_curve.png").exists()
    assert "loss_curve.png" not in card_text(bot_copy)


def test_a_bot_that_learned_replies_says_how_to_prompt_one(bot):
    """The sample account has replies (parents unknown: their authors are read), so its
    card shows --reply-to and the transformers framing; a bot trained without them does not."""
    record = read_record(bot)
    assert record.train_config["reply_context"] and record.data_report["accounts"][0]["replies"]
    card = json.loads((bot / CARD_RECORD).read_text())
    text = render_card(record, ["avatar.png"], card, bot.name)
    section = text.split("### Replies and threads")[1]
    assert f"twinpost generate {bot.name} --reply-to" in section and "--thread 3" in section
    assert 'generator("> @someone: Is this the point?\\nYes"' in section
    record.train_config["reply_context"] = False
    assert "### Replies" not in render_card(record, ["avatar.png"], card, bot.name)
