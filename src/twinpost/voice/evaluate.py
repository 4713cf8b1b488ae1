"""`twinpost eval`: does the bot sound like its accounts? Figures from a seeded sample of
generated posts against the bot's held-out posts, offline, on the CPU.

- attribution: a character n-gram classifier trained on real posts of the bot's accounts, of
  impostor accounts (`SOURCE`s) and on the base model's own posts says who wrote each
  generated post; the share given to the right account. A cyborg writes each account's share
  as that account (`--as`), and its blend is attributed too, for comparison;
- the discriminator: cross-validated accuracy telling real from generated (0.5: cannot);
- the style profile and diversity of real and generated posts side by side;
- the copy rate (posts re-sampled for repeating a real one), chat-template residue, and
  held-out loss;
- replies (replies.py): held-out replies scored with and without the post they answer, and
  whether the bot's answers find their parent among others.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from twinpost import events
from twinpost.bot.folder import held_out_posts, held_out_replies, read_record
from twinpost.bot.lineage import trained_posts
from twinpost.config import GenerateConfig
from twinpost.data.corpus import Corpus
from twinpost.data.personal import holds_personal_data
from twinpost.errors import TwinpostError
from twinpost.fileio import write_text_atomic
from twinpost.home import user_home
from twinpost.voice.classify import attribute, discriminate
from twinpost.voice.replies import reply_figures, reply_requests
from twinpost.voice.residue import residue_count
from twinpost.voice.style import diversity, style_profile

DEFAULT_POSTS = 200  # enough for a discriminator interval of about +-0.05
DEFAULT_SEED = 0
BASE_CLASS = "(base model)"  # the class of the base model's untrained posts
BASE_POSTS = 200
# Posts are written in one pass per account: the last, longest posts of a pass run with few
# rows, where a step costs about as much as with many, so one pass is ~3x faster than four.
SHOWN_SAMPLES = 8


@dataclass
class VoiceReport:
    bot: str
    accounts: list[str]
    posts: int  # generated and measured
    seed: int
    prompt: str
    temperature: float
    top_p: float
    attribution: dict  # handle -> share of its posts attributed to it (cyborgs: with --as)
    blend_attribution: dict | None  # cyborgs: handle -> share of blend posts attributed to it
    impostors: list[str]
    discriminator: dict
    residue: int  # posts with chat-template residue
    copy_rate: float  # sampled posts re-sampled for repeating 8+ words of a real post
    held_out_loss: float | None
    style: dict  # "real" and "generated" profiles
    diversity: dict
    real_posts: int  # real posts of the bot's accounts the classifiers learnt from
    samples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    weights: str = "full"  # how the posts were written: int8 or full weights (packing.py)
    # Held-out replies kept with their parent (replies.py): their loss with and without it,
    # and how well the bot's answers find their parent; None where too few are kept.
    replies: dict | None = None
    # Sampled posts that wrote personal data (redrawn, so none is in `samples`), and written
    # posts that hold any (0 unless the guard failed).
    personal_rate: float = 0.0
    personal_written: int = 0
    # The ceiling of `attribution`: handle -> share of the account's own held-out posts
    # attributed to it by a classifier that did not learn them; None where the bot's
    # train-dataset snapshot is gone or too few posts are held out.
    real_attribution: dict | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> dict:
        """What the bot's record and card keep: the figures, not the posts."""
        kept = self.to_dict()
        kept.pop("samples")
        return kept


def evaluate(
    bot_dir: Path | str,
    impostors: Sequence[str | Path | Corpus] = (),
    n: int = DEFAULT_POSTS,
    seed: int = DEFAULT_SEED,
    prompt: str = "",
    config: GenerateConfig | None = None,
    weights: str = "auto",
) -> VoiceReport:
    """Measure the bot at `bot_dir`; `impostors` are sources of other accounts. `weights`:
    how the bot writes its posts, as `twinpost generate --weights` (packing.py)."""
    from twinpost.data.corpus import build_corpus
    from twinpost.generation.load import load_bot
    from twinpost.generation.packing import resolve_weights

    start = time.perf_counter()
    weights = resolve_weights(weights)  # a bad value fails before any work
    bot_dir = Path(bot_dir)
    record = read_record(bot_dir)
    held = held_out_posts(bot_dir)
    if not held:
        raise TwinpostError(
            f"{bot_dir}: this bot keeps no held-out posts to compare with (it was written "
            "before `twinpost eval` existed); train it again to evaluate it"
        )
    if n < 10:
        raise TwinpostError(f"--n {n}: eval needs at least 10 posts")
    config = (config or GenerateConfig()).replace(n=n, seed=seed)

    events.stage("reading", "Reading the impostor accounts")
    others: dict[str, list[str]] = {}
    for source in impostors:  # a source, or one read already (a sweep reads them once)
        corpus = source if isinstance(source, Corpus) else build_corpus(source)
        for account in corpus.accounts:
            if account.account.handle in record.handles:
                where = "" if isinstance(source, Corpus) else f"{source}: "
                raise TwinpostError(
                    f"{where}@{account.account.handle} is one of the bot's own accounts, "
                    "not an impostor"
                )
            others[account.account.handle] = [p.text for p in account.posts]

    bot = load_bot(bot_dir, weights=weights)
    # Written as the real posts are: the held-out posts' share of replies is written as
    # replies, each to what one of them answers (its author, and its parent where kept), so
    # a bot that learned replies after their parent is compared like with like.
    # A cyborg writing as one account answers that account's held-out replies, as often as
    # it replies: answering another's (alrocar's Spanish threads, written as andreruffert) took
    # 51-63% of the posts written --as each account for the others' (BENCHMARKS.md).
    replies = held_out_replies(bot_dir, with_parent=False)
    asked = {None: _answering(replies, held)}
    asked.update((s, _answering(replies, held, s)) for s in bot.speakers)
    written = _write(bot, prompt, config, bot.speakers or [None], replies=asked)
    blend = None
    if bot.speakers:  # a cyborg: its blend too, prompted the same way, for comparison
        blend = _write(bot, prompt, config.replace(n=max(10, n // 2)), [None], "blend",
                       asked)  # fmt: skip
    base_posts = _base_posts(_chain_base(record), seed)

    events.stage("measuring", "Measuring the voice")
    real = {h: held.get(h, []) for h in record.handles}
    # Attribution learns each account from all its real posts where this machine still has
    # them (the bot's train-dataset snapshot): from its held-out posts alone, a tenth of
    # them, it knew the account too poorly (54% against 84% on the same posts, BENCHMARKS.md).
    # The discriminator compares held-out posts only: the bot never saw them.
    trained = trained_posts(bot_dir)
    known = {h: real[h] + trained.get(h, []) for h in record.handles}
    classes = {**known, **others, BASE_CLASS: base_posts}
    generated = [post for posts in written.posts.values() for post in posts]
    attribution = {}
    if len(record.handles) == 1 or bot.speakers:
        for speaker, posts in written.posts.items():
            handle = speaker or record.handles[0]
            attribution[handle] = _share(attribute(classes, posts, seed), handle)
    real_attribution = _real_attribution(real, trained, {**others, BASE_CLASS: base_posts}, seed)
    blend = blend or (written if len(record.handles) > 1 else None)
    blend_attribution = None
    if blend is not None:  # a cyborg's blend: how its posts spread over its accounts
        said = attribute(classes, blend.posts[None], seed)
        blend_attribution = {h: _share(said, h) for h in record.handles}
    real_texts = [t for texts in real.values() for t in texts]
    reply_config = config.replace(speaker=bot.speakers[0] if bot.speakers else None)
    replies = reply_figures(bot, bot_dir, held_out_replies(bot_dir), reply_config, seed)
    report = VoiceReport(
        bot=str(bot_dir),
        accounts=record.handles,
        posts=len(generated),
        seed=seed,
        prompt=prompt,
        temperature=config.temperature,
        top_p=config.top_p,
        attribution=attribution,
        real_attribution=real_attribution,
        blend_attribution=blend_attribution,
        impostors=sorted(others),
        discriminator=discriminate(real_texts, generated, seed).to_dict(),
        residue=residue_count(generated)
        + (residue_count(blend.posts[None]) if blend is not written and blend else 0),
        copy_rate=round(written.copies / max(1, written.copies + len(generated)), 4),
        personal_rate=round(
            written.personal / max(1, written.copies + written.personal + len(generated)), 4
        ),
        personal_written=sum(holds_personal_data(p) for p in generated),
        held_out_loss=record.held_out_loss.get("after"),
        style={"real": style_profile(real_texts), "generated": style_profile(generated)},
        diversity={"real": diversity(real_texts, seed), "generated": diversity(generated, seed)},
        real_posts=sum(len(v) for v in known.values()),
        samples=generated[:SHOWN_SAMPLES],
        weights=bot.weights,
        replies=replies,
    )
    report.seconds = round(time.perf_counter() - start, 1)
    return report


@dataclass
class _Written:
    posts: dict[str | None, list[str]]
    copies: int
    personal: int = 0


def _answering(replies: list[dict], held: dict, speaker: str | None = None):
    """What a speaker's written replies answer (its own held-out replies; None: all of them),
    and the share of its posts that reply."""
    own = [r for r in replies if speaker is None or r.get("account") == speaker]
    posts = sum(map(len, held.values())) if speaker is None else len(held.get(speaker, []))
    return own, len(own) / max(1, posts)


def _write(
    bot,
    prompt: str,
    config: GenerateConfig,
    speakers: list,
    label: str = "",
    replies: dict | None = None,
) -> _Written:
    """`config.n` posts spread over `speakers` (None: the blend), in seeded chunks; of each
    speaker's chunk, its share (`replies[speaker]`: what it answers, and how often) written as
    replies to them, in turn."""
    from twinpost.generation.write import PostRequest, generate, write_posts

    label = f"Writing {label + ' ' if label else ''}posts"
    events.stage("posts", label, "posts")
    per = [config.n // len(speakers) + (i < config.n % len(speakers)) for i in range(len(speakers))]
    result = _Written({s: [] for s in speakers}, 0)
    before = 0
    for speaker, count in zip(speakers, per, strict=True):
        answers, share = (replies or {}).get(speaker, ([], 0.0))
        answering = round(count * share) if answers else 0
        chunk = config.replace(n=count - answering, speaker=speaker)
        if chunk.n:
            out = generate(bot, prompt, chunk, lambda done, _total, before=before: (
                events.progress("posts", before + done, config.n)))  # fmt: skip
            result.posts[speaker] += out.posts
            result.copies += out.copies_dropped
            result.personal += out.personal_dropped
            before += len(out.posts)
        if answering:  # one request per reply, sampled together, seeded by the first
            first = PostRequest.from_config(prompt, chunk.replace(n=1))
            answered = [answers[(before + k) % len(answers)] for k in range(answering)]
            written, _ = write_posts(bot, reply_requests(first, answered))
            result.posts[speaker] += [s.text for w in written for s in w.samples]
            result.copies += sum(w.copies_dropped for w in written)
            result.personal += sum(w.personal_dropped for w in written)
            before += answering
            events.progress("posts", before, config.n)
    return result


# Fewer held-out posts than this make the real posts' attribution too rough to show.
MIN_REAL_ATTRIBUTED = 20


def _real_attribution(
    real: dict[str, list[str]], trained: dict[str, list[str]], others: dict, seed: int
) -> dict | None:
    """How often each account's own held-out posts are attributed to it, by the same
    classifier trained on its training posts alone (so it never saw them): what a bot that
    writes exactly like its account would reach: alrocar's real posts reach 87% (5-fold over
    all of them, BENCHMARKS.md), so its bot's 85.5% is near its account's own figure."""
    if any(not trained.get(h) or len(posts) < MIN_REAL_ATTRIBUTED for h, posts in real.items()):
        return None
    classes = {**{h: trained[h] for h in real}, **others}
    return {h: _share(attribute(classes, posts, seed), h) for h, posts in real.items()}


def _share(said: list[str], handle: str) -> float:
    return round(sum(s == handle for s in said) / max(1, len(said)), 3)


def _chain_base(record) -> str:
    """The folder of the bot's base model. A next version (`update`, `tune`) records the folder
    its weights were loaded from, its previous version, whose posts must not stand for the
    base's: attribution would then give the bot's own voice to the base class. So the chain is
    followed back to a version trained from the base; "" where that is no longer here."""
    from twinpost.bot.folder import read_record
    from twinpost.training.base_model import DEFAULT_BASE, embedded_base

    seen = set()
    while record.previous is not None and record.base_model_path not in seen:
        if record.base_model == DEFAULT_BASE:
            return str(embedded_base())
        seen.add(record.base_model_path)
        try:
            record = read_record(Path(record.previous.path))
        except TwinpostError:
            return ""
    return record.base_model_path


def _base_posts(base_dir: str, seed: int) -> list[str]:
    """What the untrained base writes as a post, cached per base under TWINPOST_HOME."""
    from twinpost.generation.load import load_base_writer
    from twinpost.generation.write import generate

    folder = Path(base_dir)
    if not (folder / "config.json").is_file():
        return []  # the base is not on this machine: attribution goes without its class
    weights = sorted(folder.glob("*.safetensors"))
    stamp = "|".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in weights)
    key = hashlib.sha256(f"{folder.resolve()}|{stamp}|{BASE_POSTS}|{seed}".encode()).hexdigest()
    cache = user_home() / "voice" / f"base-posts-{key[:24]}.json"
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    events.stage("base-posts", "Writing the base model's posts (once per base)", "posts")
    base = load_base_writer(folder)
    posts = generate(
        base, "", GenerateConfig(n=BASE_POSTS, seed=seed),
        lambda done, total: events.progress("base-posts", done, total),
    ).posts  # fmt: skip
    cache.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(cache, json.dumps(posts, ensure_ascii=False))
    return posts


def save_to_bot(bot_dir: Path | str, report: VoiceReport) -> None:
    """Keep the figures in the bot's record and show them in its card."""
    from twinpost.bot.folder import write_record
    from twinpost.card import rewrite_card_text

    bot_dir = Path(bot_dir)
    record = read_record(bot_dir)
    record.voice = report.summary()
    write_record(bot_dir, record)
    rewrite_card_text(bot_dir)
