"""The model card's Markdown, rendered from `model_card.md.j2` with every user string escaped.

Autoescaping is on for the whole template, so a display name such as `<img src=x>` reaches
the page as text. In Markdown text the filter `md` also escapes what would make a name a
link, emphasis, a heading or a new table cell (`|`); inside code blocks, where Markdown shows
text as it is, `code` and `shell` quote strings as Python and shell literals instead.
"""

from __future__ import annotations

import json
import re
import shlex
import unicodedata
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from twinpost.bot.files import LICENSE_FILE, PREVIEW_FILE
from twinpost.bot.record import BotRecord
from twinpost.config import GenerateConfig
from twinpost.data.corpus import table_rows
from twinpost.training.base_model import display_name, hub_id_of

HERE = Path(__file__).parent
TAGS = ["twinpost", "huggingtweets", "text-generation"]
METHODS = {
    "full": "full fine-tuning: every weight trained",
    "lora": "LoRA adapters of rank {lora_rank}, merged into the weights after training",
    "top": "the top {top_layers} transformer blocks and the final norm trained, the rest frozen",
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
_LIST_MARKER = re.compile(r"^([-+=])")
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])")


def md_text(text: str) -> str:
    """`text` on one line with Markdown's special characters escaped (HTML is left to
    autoescaping: a backslash before `<` would show up on the page)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def md_block_start(text: str) -> str:
    """`md_text` for text that starts a block, where "- ", "+ " or "1. " would make a list."""
    text = _LIST_MARKER.sub(r"\\\1", md_text(text))
    return _ORDERED_MARKER.sub(r"\1\\\2", text)


def md_lines(text: str) -> Markup:
    """A post with line breaks, escaped, on one Markdown line (a list item's)."""
    lines = [escape(md_block_start(line)) for line in str(text).splitlines() if line.strip()]
    return Markup("<br>").join(lines)


def _printable(text: str) -> str:
    return "".join(c for c in str(text) if unicodedata.category(c) != "Cc")


def code_literal(text: str) -> Markup:
    """A Python (and JSON) string literal, safe inside a fenced code block."""
    return Markup(json.dumps(_printable(text), ensure_ascii=False).replace("`", "\\u0060"))


def shell_word(text: str) -> Markup:
    """A shell-quoted word, safe inside a fenced code block (it cannot hold a newline)."""
    return Markup(shlex.quote(_printable(text)))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE),
        autoescape=True,  # every template here is Markdown read as HTML: escape all of it
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_text, md_lines=md_lines, code=code_literal, shell=shell_word)
    return env


def hub_base_model(record: BotRecord) -> str | None:
    """The base model's Hub id, or None for a local folder (its path means nothing there)."""
    return hub_id_of(record.base_model)


def base_name(record: BotRecord) -> str:
    return display_name(record.base_model)


def front_matter(record: BotRecord, languages: list[str], prompt: str) -> str:
    """The YAML the Hub reads: language, license, base model, task, tags, widget, thumbnail."""
    from huggingface_hub import ModelCardData

    data = ModelCardData(
        language=languages or None,
        license="other",  # see LICENSE.md: base weights' license + posts owned by their authors
        license_name="twinpost-bot",
        license_link=LICENSE_FILE,
        base_model=hub_base_model(record),
        library_name="transformers",
        pipeline_tag="text-generation",
        tags=TAGS,
        widget=[{"text": prompt}],
        thumbnail=PREVIEW_FILE,
    )
    return data.to_yaml()


def training_rows(record: BotRecord) -> list[tuple[str, str]]:
    config, run, loss = record.train_config, record.training, record.held_out_loss
    budget = config.get("time_budget")
    stopped = "the time budget" if run.stopped_by == "budget" else "the end of its epochs"
    epochs = f"{config['epochs']:g}"
    if run.epochs_done is not None:
        epochs = f"{run.epochs_done:.2f} of {config['epochs']:g} planned"
    rows = [
        ("Base model", base_name(record)),
        ("Method", METHODS.get(config["method"], config["method"]).format(**config)),
        ("Learning rate", f"{config['lr']:g}, {config['warmup']:.0%} warm-up, cosine decay"),
        ("Batch", f"{run.batch_size or config['batch_size']} blocks of "
                  f"{config['block_size']} tokens, posts packed whole"),
        ("Epochs", epochs),
        ("Time budget", f"{budget:g} s for the whole run" if budget else "none"),
        ("Steps", f"{run.steps:,}"),
        ("Tokens seen", f"{run.tokens_seen:,}"),
        ("Training time", f"{run.seconds:.0f} s on {record.machine.get('processor', '?')}, "
                          f"stopped by {stopped}"),
        ("Held-out loss", f"{loss['before']:.3f} before, {loss['after']:.3f} after "
                          f"({config['held_out']:.0%} of the posts held out)"),
        ("Seed", str(config["seed"])),
    ]  # fmt: skip
    if record.previous is not None:
        name = Path(record.previous.path).name
        removed = (record.update or {}).get("removed_posts")
        rows.insert(1, (
            ("Replaces", f"its previous version, {name}, retrained from the base without "
                         f"{removed:,} removed post(s)") if removed else
            ("Continued from", f"its previous version, {name}")
        ))  # fmt: skip
    return rows


def data_rows(record: BotRecord) -> list[tuple[str, list[str]]]:
    accounts = record.data_report["accounts"]
    return [
        (label, ["off" if a[key] is None else a[key] for a in accounts])
        for label, key in table_rows(accounts)
    ]


def lineage_rows(lineage: dict | None) -> list[dict]:
    if not lineage:
        return []
    types = {a["sha256"]: a["type"] for a in lineage["artifacts"] if a.get("sha256")}
    return [
        {**a, "sha256": a.get("sha256") or "-",
         "made_from": [types.get(d, d[:12]) for d in a.get("made_from", [])]}
        for a in lineage["artifacts"]
    ]  # fmt: skip


# The CPUs that write in a dtype (generation/load.inference_dtype): another writes other posts.
WRITTEN_ON = {
    "bfloat16": "a CPU that writes in bf16 (AVX512-BF16 or AMX)",
    "float32": "a CPU that writes in fp32 (AVX2 only, or not x86)",
}


def replies_trained(record: BotRecord) -> bool:
    """Whether the bot learned replies after what they answer (training/dataset.py)."""
    counted = [a.get("replies") or 0 for a in record.data_report.get("accounts", [])]
    return bool(record.train_config.get("reply_context")) and sum(counted) > 0


_KIND_NAMES = {"email": "email addresses", "phone": "phone numbers", "card": "card numbers",
               "iban": "IBANs", "handle": "other people's @handles"}  # fmt: skip


def personal_data(record: BotRecord) -> str | None:
    """What scrubbing replaced before training, by kind and count, never the values; None for
    a bot from before scrubbing."""
    report = record.data_report
    level = report.get("scrub")
    if level is None:
        return None
    if level == "off":
        return (
            "Scrubbing was off (`--no-scrub`): the posts were trained on as written, with any "
            "email addresses, phone, card or IBAN numbers they hold."
        )
    items: dict[str, int] = {}
    for counts in (report.get("scrubbed_items") or {}).values():
        for kind, n in counts.items():
            items[kind] = items.get(kind, 0) + n
    what = "email addresses, phone, card and IBAN numbers"
    if level == "handles":
        what += ", and other people's @handles"
    found = ", ".join(f"{n:,} {_KIND_NAMES.get(k, k)}" for k, n in sorted(items.items()))
    return (
        f"Before training, {what} in the posts and the posts they answer were replaced by "
        f"placeholders such as `[email]`: {found or 'none was found'}. Every post the bot "
        "writes through twinpost is checked for them again and redrawn if it holds one; "
        "`pipeline` does not check."
    )


def render_card(
    record: BotRecord,
    avatars: list[str],
    card: dict,
    folder: str,
    lineage: dict | None = None,
    loss_curve: str | None = None,
    search: dict | None = None,
    search_plot: str | None = None,
) -> str:
    """README.md for a bot: `avatars` are file names in the bot folder, in account order;
    `card` is the card record (prompt, seed, samples, repo_id)."""
    accounts = [
        {"handle": a.handle, "name": a.display_name or a.handle, "avatar": avatar}
        for a, avatar in zip(record.accounts, avatars, strict=True)
    ]
    prompt, seed, repo_id = card["prompt"], card["seed"], card.get("repo_id")
    # The posts it asked for: a card that kept fewer (copies redrawn 4 times) asked for more.
    asked = card.get("n", len(card["samples"]))
    command = ["twinpost", "generate", folder, prompt, "-n", str(asked),
               "--seed", str(seed), "--engine", "twinpost"]  # fmt: skip
    if "weights" in card:  # how the samples were written (a card from before: full weights)
        command += ["--weights", card["weights"]]
    if card["max_new_tokens"] != GenerateConfig().max_new_tokens:
        command += ["--max-new-tokens", str(card["max_new_tokens"])]
    # A sample that reached the cap is marked as cut; a card without the flags marks none.
    finished = card.get("samples_finished") or [True] * len(card["samples"])
    samples = [p if done else f"{p} … (cut at {card['max_new_tokens']} tokens)"
               for p, done in zip(card["samples"], finished, strict=False)]  # fmt: skip
    return (
        environment()
        .get_template("model_card.md.j2")
        .render(
            front_matter=Markup(front_matter(record, record.languages, prompt).strip()),
            accounts=accounts,
            kind="AI BOT" if len(accounts) == 1 else "AI CYBORG",
            names=" & ".join(a["name"] for a in accounts),
            handles=" ".join(f"@{a['handle']}" for a in accounts),
            version=record.twinpost_version,
            preview=PREVIEW_FILE,
            loss_curve=loss_curve,
            model_ref=repo_id or folder,
            repo_id=repo_id,
            folder=folder,
            prompt=prompt,
            seed=seed,
            samples=samples,
            sample_command=Markup(" ".join(shell_word(w) for w in command)),
            written_on=WRITTEN_ON.get(card.get("dtype", "")),
            warnings=record.training.warnings,
            table=data_rows(record),
            personal_data=personal_data(record),
            languages=record.languages,
            training=training_rows(record),
            artifacts=lineage_rows(lineage),
            base_name=base_name(record),
            base_license=record.base_license,
            speakers=record.handles if record.speaker_tagged else [],
            replies=replies_trained(record),
            voice=voice_rows(record.voice),
            voice_posts=(record.voice or {}).get("posts"),
            voice_seed=(record.voice or {}).get("seed"),
            search=search,
            search_plot=search_plot,
        )
    )


def attributed(share: float, real: dict | None, handle: str) -> str:
    """A written share attributed to its account, beside its ceiling: the share of the
    account's own held-out posts attributed to it (`twinpost eval`'s `real_attribution`)."""
    if not real or handle not in real:
        return f"{share:.0%}"
    return f"{share:.0%} (its real held-out posts: {real[handle]:.0%})"


def reply_rows(replies: dict | None) -> list[tuple[str, str]]:
    """`twinpost eval`'s reply figures as rows (none where too few replies kept a parent)."""
    if not replies:
        return []
    gap = replies["loss_alone"] - replies["loss_with_parent"]
    interval = (f", 95% CI {replies['gap_low']:.3f} to {replies['gap_high']:.3f}"
                if "gap_low" in replies else "")  # fmt: skip
    rel = replies["relevance"]
    return [
        ("Held-out replies, loss with / without their parent",
         f"{replies['loss_with_parent']:.3f} / {replies['loss_alone']:.3f} ({gap:.3f} lower"
         f"{interval}; {replies['replies']} replies)"),
        ("Replies that find their parent among 10",
         f"{rel['written_top1']:.0%} written, {rel['real_top1']:.0%} real, "
         f"{rel['chance']:.0%} chance"),
    ]  # fmt: skip


def voice_rows(voice: dict | None) -> list[tuple[str, str]]:
    """The card's table of `twinpost eval` figures (none before the bot is evaluated)."""
    if not voice:
        return []
    disc = voice["discriminator"]
    rows = [(f"Written as @{h}, attributed to @{h}",
             attributed(share, voice.get("real_attribution"), h))
            for h, share in voice["attribution"].items()]  # fmt: skip
    if voice.get("blend_attribution"):
        spread = ", ".join(f"@{h} {s:.0%}" for h, s in voice["blend_attribution"].items())
        rows.append(("The blend, attributed to", spread))
    impostors = ", ".join(f"@{h}" for h in voice["impostors"]) or "none"
    gen, real = voice["style"]["generated"], voice["style"]["real"]
    gdiv, rdiv = voice["diversity"]["generated"], voice["diversity"]["real"]
    rows += [
        ("Other accounts it was told apart from", impostors + ", and the base model"),
        ("Real vs generated, told apart", f"{disc['accuracy']:.0%} of the time "
         f"(95% CI {disc['low']:.0%}-{disc['high']:.0%}; 50% = indistinguishable)"),
        ("Mean length, generated / real", f"{gen['mean_chars']:.0f} / {real['mean_chars']:.0f} "
         "characters"),
        ("Mentions / hashtags / emoji, generated", f"{gen['mentions']:.0%} / "
         f"{gen['hashtags']:.0%} / {gen['emoji']:.0%} of posts"),
        ("Mentions / hashtags / emoji, real", f"{real['mentions']:.0%} / {real['hashtags']:.0%}"
         f" / {real['emoji']:.0%} of posts"),
        ("Self-BLEU, generated / real", f"{gdiv.get('self_bleu', 0):.3f} / "
         f"{rdiv.get('self_bleu', 0):.3f} (lower: more varied)"),
        ("Copies re-sampled", f"{voice['copy_rate']:.1%}"),
        *([("Personal data written, re-sampled", f"{voice['personal_rate']:.1%}")]
          if "personal_rate" in voice else []),
        ("Chat-template residue", f"{voice['residue']} of {voice['posts']} posts"),
        *reply_rows(voice.get("replies")),
    ]  # fmt: skip
    return rows


def render_license(record: BotRecord) -> str:
    return (
        environment()
        .get_template("license.md.j2")
        .render(
            base_name=base_name(record),
            base_license=record.base_license,
            handles=" ".join(f"@{h}" for h in record.handles),
        )
    )
