"""Request and response models. Field limits come from `limits.py`; breaking one is a 422
(a 400 on the OpenAI routes, as OpenAI answers). Models that take the fields of other APIs
allow any field, and the route refuses by name what it does not support (refusals.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from twinpost.config import MAX_REPLY_TO_CHARS, GenerateConfig, TrainConfig
from twinpost.generation.write import MAX_THREAD_POSTS, PostRequest
from twinpost.server.limits import (
    GENERATE_CAPS,
    MAX_PROMPT_CHARS,
    MAX_STOP_CHARS,
    MAX_STOP_SEQUENCES,
    TRAIN_CAPS,
)

_DEFAULTS = GenerateConfig()


def setting_field(config: type, name: str, default: object, caps: dict, **more: object):
    """A request field with the range `twinpost.config` declares for the setting, capped
    tighter where `limits.py` says so (never looser)."""
    allowed, cap = config.allowed(name), caps.get(name)
    high = allowed.high if cap is None else cap
    assert allowed.high is None or high <= allowed.high, f"{name}: a server cap must be tighter"
    bounds: dict = {"gt": allowed.above, "ge": allowed.low, "le": high}
    if isinstance(config.__dataclass_fields__[name].default, float) or name == "time_budget":
        bounds["allow_inf_nan"] = False
    if allowed.choices:
        bounds = {}
    return Field(default=default, description=config.help(name),
                 **{k: v for k, v in bounds.items() if v is not None}, **more)  # fmt: skip


def generate_field(name: str, default: object = None):
    return setting_field(GenerateConfig, name, default, GENERATE_CAPS)


def train_field(name: str):
    return setting_field(TrainConfig, name, None, TRAIN_CAPS)


Prompt = Field(default="", max_length=MAX_PROMPT_CHARS, description="How each post starts.")
Temperature = generate_field("temperature")
TopP = generate_field("top_p")
Seed = generate_field("seed")
Speaker = Field(
    default=None, max_length=200,
    description="Write as this account of a cyborg (its handle, with or without @); default: "
    "the blend. The HF and OpenAI routes take it as the model name `bot:handle`.",
)  # fmt: skip
# Every field is checked: the route refuses by name what the model does not declare.
CHECKED_BY_ROUTE = ConfigDict(extra="allow")


def post_request(
    prompt: str,
    n: int,
    max_new_tokens: int | None,
    temperature: float | None,
    top_p: float | None,
    seed: int | None,
    allow_copies: bool,
    speaker: str | None = None,
    reply_to: str | None = None,
) -> PostRequest:
    """What a route's request asks the sampler for, with the generation defaults filled in."""
    config = GenerateConfig.from_settings(
        n=n, max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p, seed=seed,
        allow_copies=allow_copies, speaker=speaker, reply_to=reply_to,
    )  # fmt: skip
    return PostRequest.from_config(prompt, config)


ReplyTo = Field(
    default=None, min_length=1, max_length=MAX_REPLY_TO_CHARS,
    description="Answer this post (its text): each post is written as a reply to it.",
)  # fmt: skip


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str


class VoiceFigure(BaseModel):
    label: str
    value: str


class BotInfo(BaseModel):
    name: str
    accounts: list[str] = Field(description="Handles of the accounts the bot was trained on.")
    base_model: str
    held_out_loss: dict[str, float | None] = Field(description="Before and after training.")
    created: str
    has_card: bool = Field(description="Whether README.md (the model card) is in the folder.")
    has_preview: bool = Field(description="Whether predictions.png is in the folder.")
    has_loss_curve: bool = Field(
        default=False, description="Whether loss_curve.png (the training loss) is in the folder."
    )
    training_warnings: list[str] = Field(
        default_factory=list, description="What the bot lacks, e.g. a full epoch of training."
    )
    speakers: list[str] = Field(
        default_factory=list,
        description="A cyborg's accounts it can write as one by one (`speaker`); empty: none.",
    )
    voice: dict | None = Field(
        default=None, description="The figures of its latest `twinpost eval`, if any."
    )
    voice_figures: list[VoiceFigure] = Field(
        default_factory=list,
        description="Those figures as the model card's Voice table shows them; empty: none.",
    )


class BotList(BaseModel):
    bots: list[BotInfo]


class GenerateRequest(BaseModel):
    model_config = CHECKED_BY_ROUTE

    prompt: str = Prompt
    n: int = generate_field("n", _DEFAULTS.n)
    max_new_tokens: int = generate_field("max_new_tokens", _DEFAULTS.max_new_tokens)
    temperature: float | None = Temperature
    top_p: float | None = TopP
    seed: int | None = Seed
    allow_copies: bool = Field(
        default=False, description="Keep posts that repeat 8+ consecutive words of a real one."
    )
    speaker: str | None = Speaker
    reply_to: str | None = ReplyTo
    stream: bool = Field(
        default=False,
        description="Answer with server-sent events while the posts are written: `delta` "
        "(the new text of a post that nothing can reject), `post` (a post kept, whole), `done` "
        "(what the unstreamed answer holds), or `error`. README, section Serve.",
    )


class GenerateResponse(BaseModel):
    posts: list[str]


class ThreadRequest(BaseModel):
    """Threads: `length` posts each, every post continuing the one before it (`--thread`)."""

    model_config = CHECKED_BY_ROUTE

    prompt: str = Prompt
    length: int = Field(default=3, ge=1, le=MAX_THREAD_POSTS, description="Posts a thread.")
    n: int = Field(default=1, ge=1, le=10, description="How many threads.")
    max_new_tokens: int = generate_field("max_new_tokens", _DEFAULTS.max_new_tokens)
    temperature: float | None = Temperature
    top_p: float | None = TopP
    seed: int | None = Seed
    speaker: str | None = Speaker
    reply_to: str | None = ReplyTo


class ThreadResponse(BaseModel):
    threads: list[list[str]]


class DraftsRequest(BaseModel):
    """Drafts for the posting queue (`twinpost drafts BOT -n N`)."""

    n: int = Field(default=5, ge=1, le=50, description="How many drafts to write.")
    prompt: str = Prompt
    speaker: str | None = Speaker
    seed: int | None = Seed


class DraftEdit(BaseModel):
    text: str = Field(min_length=1, max_length=5000, description="What is posted instead.")


class DraftInfo(BaseModel):
    id: int
    state: str
    text: str = Field(description="What the bot wrote.")
    edited: str | None = Field(default=None, description="What its person made of it.")
    final_text: str = Field(description="What is posted.")
    reply_to_url: str | None = None
    reply_to_text: str | None = Field(default=None, description="A reply: what it answers.")
    reply_to_author: str | None = Field(default=None, description="... and its author.")
    account: str | None = None
    url: str | None = Field(default=None, description="The posted post, once posted.")
    error: str | None = None
    created: str
    posted_at: str | None = None


class DraftList(BaseModel):
    drafts: list[DraftInfo]


class LabelRequest(BaseModel):
    """A person's judgement of a post the bot wrote (`twinpost tune` learns from it)."""

    text: str = Field(min_length=1, max_length=5000, description="The post, as written.")
    label: bool = Field(description="True: sounds like me. False: not me.")
    prompt: str = Prompt
    speaker: str | None = Speaker
    reply_to: str | None = Field(
        default=None, max_length=5000, description="A reply: the post it was written to answer."
    )


class LabelCounts(BaseModel):
    positive: int = Field(description="'Sounds like me' labels of the bot's current version.")
    negative: int = Field(description="'Not me' labels of the bot's current version.")


class AccountInfo(BaseModel):
    """A connected account (`twinpost connect`); its secret is never sent."""

    id: str = Field(description="mastodon:USER@SERVER or bluesky:HANDLE")
    platform: str
    handle: str
    url: str = ""


class AccountList(BaseModel):
    accounts: list[AccountInfo]


class ScheduleRequest(BaseModel):
    """What the server posts for a bot, and whether it answers mentions (posting/runner.py)."""

    account: str = Field(min_length=1, max_length=300, description="A connected account.")
    every: str = Field(default="4h", max_length=20, description="Time between posts: 4h, 90m.")
    jitter: float = Field(default=0.1, description="Share of `every` a post may move, 0-0.5.")
    daily_cap: int = Field(default=6, description="At most this many posts a day, 1-100.")
    visibility: str = Field(default="unlisted", description="public, unlisted or private.")
    watch: bool = Field(default=False, description="Write a reply draft for each mention.")
    auto: bool = Field(default=False, description="Approve those replies as they are written.")
    max_per_hour: int = Field(default=5, description="With auto: at most this many an hour.")


class PlanInfo(BaseModel):
    account: str
    every: float = Field(description="Seconds between posts.")
    jitter: float
    daily_cap: int
    visibility: str
    watch: bool
    auto: bool
    max_per_hour: int
    enabled: bool
    watched_at: str | None = Field(default=None, description="When mentions were last read.")
    error: str | None = Field(default=None, description="What went wrong on the last pass.")


class PlannedPost(BaseModel):
    draft_id: int
    at: str = Field(description="When it goes out (UTC, ISO 8601).")


class ScheduleInfo(BaseModel):
    plan: PlanInfo | None = Field(description="None: this bot posts nothing from the server.")
    upcoming: list[PlannedPost]
    last_posts: list[DraftInfo]


class PreviewRequest(BaseModel):
    prompt: str = Prompt
    posts: list[str] = Field(
        min_length=1, max_length=3, description="The posts the preview image shows, 1 to 3."
    )


class PreviewResponse(BaseModel):
    posts: list[str]
    rendered: bool = Field(description="False: the choice was stored, the image not redrawn.")


# The Hugging Face Inference API's text-generation shape.
class HFParameters(BaseModel):
    model_config = CHECKED_BY_ROUTE  # refusals.HUGGING_FACE: top_k, repetition_penalty...

    max_new_tokens: int | None = generate_field("max_new_tokens")
    temperature: float | None = Temperature
    top_p: float | None = TopP
    num_return_sequences: int = generate_field("n", 1)
    return_full_text: bool = True
    seed: int | None = Seed


class HFRequest(BaseModel):
    model_config = CHECKED_BY_ROUTE

    inputs: str = Field(default="", max_length=MAX_PROMPT_CHARS)
    parameters: HFParameters = Field(default_factory=HFParameters)


class HFGenerated(BaseModel):
    generated_text: str


# The OpenAI shapes, so the `openai` client works unchanged (openai_api.py).
class StreamOptions(BaseModel):
    model_config = CHECKED_BY_ROUTE

    include_usage: bool = Field(
        default=False, description="End the stream with a chunk holding the usage."
    )


class OpenAIRequest(BaseModel):
    """What both OpenAI routes take; any other field is refused by name (refusals.OPENAI)."""

    model_config = CHECKED_BY_ROUTE

    model: str = Field(
        description="The bot's name, or `bot:handle` to write as one account of a cyborg."
    )
    n: int = generate_field("n", 1)
    max_tokens: int | None = generate_field("max_new_tokens")
    temperature: float | None = Temperature
    top_p: float | None = TopP
    seed: int | None = Seed
    stop: str | list[str] | None = Field(
        default=None,
        description=f"Cut each post before the first of these it writes (up to "
        f"{MAX_STOP_SEQUENCES}, each 1 to {MAX_STOP_CHARS} characters).",
    )
    stream: bool = Field(default=False, description="Answer with server-sent events.")
    stream_options: StreamOptions | None = None

    def stops(self) -> list[str]:
        return [self.stop] if isinstance(self.stop, str) else list(self.stop or [])


class CompletionRequest(OpenAIRequest):
    prompt: str = Prompt


class ChatMessage(BaseModel):
    model_config = CHECKED_BY_ROUTE

    role: str
    content: str | list[dict] | None = None


class ChatCompletionRequest(OpenAIRequest):
    messages: list[ChatMessage] = Field(
        min_length=1,
        description="One user message: its text is the start of the post. Or, for a reply, a "
        "user message (the post to answer) and then an assistant message (the start of the "
        "reply, or empty).",
    )
    max_completion_tokens: int | None = generate_field("max_new_tokens")


class CompletionChoice(BaseModel):
    index: int
    text: str
    finish_reason: Literal["stop", "length"]
    logprobs: None = None


class CompletionUsage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class Completion(BaseModel):
    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: CompletionUsage


class ChatReply(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    refusal: None = None


class ChatChoice(BaseModel):
    index: int
    message: ChatReply
    finish_reason: Literal["stop", "length"]
    logprobs: None = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: CompletionUsage


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "twinpost"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class AccountRow(BaseModel):
    """One column of the counts table, as `twinpost data --json` prints it."""

    model_config = ConfigDict(extra="allow")

    handle: str
    display_name: str
    downloaded: int
    retweets: int
    short: int
    kept: int


class SourcePreview(BaseModel):
    accounts: list[AccountRow]
    samples: dict[str, list[str]] = Field(description="A few kept posts per handle.")
    warnings: list[str]
    problems: list[str] = Field(description="What would stop training, e.g. too little text.")


class TrainOptions(BaseModel):
    """The training settings a job may set; the rest are the defaults of `twinpost train`."""

    name: str | None = Field(default=None, description="Bot name; default: the handles.")
    time_budget: str | None = Field(default=None, description=TrainConfig.help("time_budget"))
    method: Literal["full", "lora", "top"] | None = train_field("method")
    epochs: float | None = train_field("epochs")
    lr: float | None = train_field("lr")
    batch_size: int | None = train_field("batch_size")
    block_size: int | None = train_field("block_size")
    seed: int | None = train_field("seed")
    scrub: Literal["personal", "handles", "off"] | None = train_field("scrub")
    fetch_parents: bool | None = train_field("fetch_parents")


JobStateName = Literal["queued", "running", "done", "failed", "cancelled"]
JobStage = Literal["waiting", "reading", "training", "writing", "finished"]


class JobStatus(BaseModel):
    id: str
    state: JobStateName
    stage: JobStage
    progress: float = Field(
        ge=0, le=1, description="The run's share done by its own clock, 0 to 1: the figure "
        "`twinpost train` shows.",
    )  # fmt: skip
    bot_name: str = Field(description="The bot the job writes; in /bots once state is done.")
    sources: list[str] = Field(description="The uploaded file names and live accounts.")
    report: list[AccountRow] | None = Field(default=None, description="The counts table.")
    warnings: list[str] = Field(default_factory=list)
    log: list[str] = Field(description="The last lines of the job's log.")
    error: str | None = Field(default=None, description="Why the job failed, in one line.")
    held_out_loss: dict[str, float | None] | None = None
    training_warnings: list[str] = Field(
        default_factory=list, description="What the finished bot lacks, e.g. a full epoch."
    )
    created: str
    seconds: float = Field(description="Seconds since the job started running (or was made).")
