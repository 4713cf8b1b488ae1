"""Request and response models. Field limits come from `limits.py`; breaking one is a 422."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from twinpost.config import GenerateConfig
from twinpost.server.limits import MAX_NEW_TOKENS, MAX_POSTS, MAX_PROMPT_CHARS, MAX_TEMPERATURE

_DEFAULTS = GenerateConfig()

Prompt = Field(default="", max_length=MAX_PROMPT_CHARS, description="How each post starts.")
Temperature = Field(default=None, gt=0, le=MAX_TEMPERATURE, description="Sampling temperature.")
TopP = Field(default=None, gt=0, le=1, description="Nucleus sampling mass.")
Seed = Field(default=None, description="Seed for reproducible posts (sampled on their own).")


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str


class BotInfo(BaseModel):
    name: str
    accounts: list[str] = Field(description="Handles of the accounts the bot was trained on.")
    base_model: str
    held_out_loss: dict[str, float | None] = Field(description="Before and after training.")
    created: str
    has_card: bool = Field(description="Whether README.md (the model card) is in the folder.")
    has_preview: bool = Field(description="Whether predictions.png is in the folder.")


class BotList(BaseModel):
    bots: list[BotInfo]


class GenerateRequest(BaseModel):
    prompt: str = Prompt
    n: int = Field(default=_DEFAULTS.n, ge=1, le=MAX_POSTS)
    max_new_tokens: int = Field(default=_DEFAULTS.max_new_tokens, ge=1, le=MAX_NEW_TOKENS)
    temperature: float | None = Temperature
    top_p: float | None = TopP
    seed: int | None = Seed
    allow_copies: bool = Field(
        default=False, description="Keep posts that repeat 8+ consecutive words of a real one."
    )


class GenerateResponse(BaseModel):
    posts: list[str]


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
    model_config = ConfigDict(extra="ignore")  # clients send options this server does not use

    max_new_tokens: int | None = Field(default=None, ge=1, le=MAX_NEW_TOKENS)
    temperature: float | None = Temperature
    top_p: float | None = TopP
    num_return_sequences: int = Field(default=1, ge=1, le=MAX_POSTS)
    return_full_text: bool = True
    seed: int | None = Seed


class HFRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    inputs: str = Field(default="", max_length=MAX_PROMPT_CHARS)
    parameters: HFParameters = Field(default_factory=HFParameters)


class HFGenerated(BaseModel):
    generated_text: str


# The OpenAI completions shape, so the `openai` client works unchanged.
class CompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str = Field(description="The bot's name.")
    prompt: str = Prompt
    n: int = Field(default=1, ge=1, le=MAX_POSTS)
    max_tokens: int | None = Field(default=None, ge=1, le=MAX_NEW_TOKENS)
    temperature: float | None = Temperature
    top_p: float | None = TopP
    seed: int | None = Seed
    stream: bool = False


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
    time_budget: str | None = Field(default=None, description="e.g. 90s, 5m or none.")
    method: Literal["full", "lora", "top"] | None = None
    epochs: float | None = Field(default=None, gt=0, le=20)
    lr: float | None = Field(default=None, gt=0, le=0.01)
    batch_size: int | None = Field(default=None, ge=1, le=64)
    block_size: int | None = Field(default=None, ge=16, le=1024)
    seed: int | None = None


JobStateName = Literal["queued", "running", "done", "failed", "cancelled"]
JobStage = Literal["waiting", "reading", "training", "writing", "finished"]


class JobStatus(BaseModel):
    id: str
    state: JobStateName
    stage: JobStage
    progress: float = Field(ge=0, le=1, description="Share of the training done, 0 to 1.")
    bot_name: str = Field(description="The bot the job writes; in /bots once state is done.")
    sources: list[str] = Field(description="The uploaded file names.")
    report: list[AccountRow] | None = Field(default=None, description="The counts table.")
    warnings: list[str] = Field(default_factory=list)
    log: list[str] = Field(description="The last lines of the job's log.")
    error: str | None = Field(default=None, description="Why the job failed, in one line.")
    held_out_loss: dict[str, float | None] | None = None
    created: str
    seconds: float = Field(description="Seconds since the job started running (or was made).")
