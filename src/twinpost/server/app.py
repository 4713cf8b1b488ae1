"""The FastAPI app: the API, the training jobs and the web app, behind an optional token.

With a token (`--token` or `TWINPOST_TOKEN`) every route but `/health`, `/openapi.json` and
the web app's static files needs `Authorization: Bearer <token>`; the OpenAI client sends its
`api_key` that way. The web app asks for the token once and keeps it in the tab's
sessionStorage. The token is never logged (it travels only in a header) nor sent back.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles

from twinpost.bot.files import CARD_FILE, LOSS_CURVE_FILE, PREVIEW_FILE
from twinpost.bot.labels import LabelStore, bot_version, label_quietly
from twinpost.config import GenerateConfig, TrainConfig
from twinpost.data.corpus import MAX_ACCOUNTS, build_corpus
from twinpost.errors import TwinpostError
from twinpost.generation.load import resolve_speaker
from twinpost.generation.write import PostRequest, PostText, Sample
from twinpost.server import refusals, schemas
from twinpost.server.answer import StreamedAnswer, split_prompt
from twinpost.server.batching import Batcher
from twinpost.server.bots import DEFAULT_BOT_MEMORY, BotRegistry, UnknownBot
from twinpost.server.card_html import card_html
from twinpost.server.guard import RequestGuard, is_loopback
from twinpost.server.job_store import JobStore
from twinpost.server.jobs import JobConflict, JobManager, QueueFull, Worker
from twinpost.server.limits import (
    BATCH_WINDOW_SECONDS,
    BOT_NAME,
    MAX_BATCH_ROWS,
    MAX_UPLOAD_BYTES,
)
from twinpost.server.openai_api import STREAMED, openai_routes
from twinpost.server.refusals import Refused, refuse_unsupported
from twinpost.server.streaming import (
    Finished,
    PostEvent,
    event_stream,
    failure,
    post_events,
    sse,
)
from twinpost.server.uploads import (
    Upload,
    UploadTooLarge,
    gather_sources,
    name_uploads,
    preview_sources,
    remove_folder,
)
from twinpost.server.worker import JobSpec
from twinpost.version import __version__

STATIC_DIR = Path(__file__).parent / "static"
log = logging.getLogger("twinpost.server")
# Uploaded exports and live accounts, 1 to 3 in all; module-level aliases, as FastAPI
# resolves annotations in module globals.
Files = Annotated[
    list[UploadFile] | None,
    File(description=f"Exports (zip, .txt, .jsonl, .csv, Bluesky .car), up to {MAX_ACCOUNTS}."),
]
Specs = Annotated[
    list[str] | None,
    Form(
        description="Live accounts, read as `twinpost train` reads them: `x:@handle`, "
        "`mastodon:@user@instance`, `bluesky:handle`, `community-archive:handle`, "
        f"`snapshot:SHA256`; with the files, up to {MAX_ACCOUNTS} sources."
    ),
]


@dataclass
class ServeSettings:
    bots_dir: Path | None = None  # None: user_home()/bots
    bot_dirs: list[Path] = field(default_factory=list)  # bot folders named on the command line
    token: str | None = None  # None: no token needed (the server binds to 127.0.0.1)
    batching: bool = True  # False samples one request at a time (for the load test)
    base: str | None = None  # base model of training jobs; None: the embedded SmolLM2-135M
    uploads_dir: Path | None = None  # None: user_home()/uploads
    max_running_jobs: int = 1  # training takes both cores of a 2-core CPU
    # The address it listens on; on a loopback one, requests must name the loopback in Host
    # (guard.py). None: not listening itself (tests, an app mounted elsewhere).
    host: str | None = None
    jobs_db: Path | None = None  # the jobs' SQLite database; None: TWINPOST_HOME/server/
    engine: str = "twinpost"  # what writes posts: twinpost, llama.cpp or auto (`--engine`)
    bot_memory: int = DEFAULT_BOT_MEMORY  # bytes of bots' weights kept loaded (`--memory`)
    weights: str = "auto"  # how twinpost's decoder holds them: int8, full or auto (`--weights`)
    # The bots' posting plans (posting/runner.py), run in the background; False: not here.
    posting: bool = True
    posting_tick: float = 30.0  # seconds between passes (posting/runner.TICK_SECONDS)


class Server:
    """What the routes share: the bots, the batchers, the jobs."""

    def __init__(self, settings: ServeSettings, worker: Worker | None) -> None:
        from twinpost.home import default_bots_dir, user_home

        self.settings = settings
        self.bots_dir = settings.bots_dir or default_bots_dir()
        self.uploads_dir = settings.uploads_dir or user_home() / "uploads"
        self.registry = BotRegistry(
            self.bots_dir, settings.bot_dirs, settings.engine, settings.bot_memory, settings.weights
        )
        store = JobStore(settings.jobs_db or user_home() / "server" / "jobs.sqlite")
        self.jobs = JobManager(settings.max_running_jobs, worker, store)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twinpost-sample")
        self.batchers: dict[Path, Batcher] = {}

    async def sample(self, name: str, request: PostRequest) -> list[Sample]:
        """`name` is a bot's, or `bot:handle` to write as one account of a cyborg."""
        batcher, request = self._batcher(name, request)
        return await batcher.sample(request)

    def stream(self, name: str, request: PostRequest) -> AsyncIterator[PostEvent]:
        """The posts as they are written (streaming.py); the bot and the account are
        checked now, so that a wrong one is an error status, not a broken stream."""
        batcher, request = self._batcher(name, request)
        return post_events(batcher, request)

    def _batcher(self, name: str, request: PostRequest) -> tuple[Batcher, PostRequest]:
        name, _, handle = name.partition(":")
        if handle:
            if request.speaker is not None:
                raise TwinpostError("name the account once: in the model name or in speaker")
            request = dataclasses.replace(request, speaker=handle)
        folder = self.registry.path(name)
        # Checked here, not in the batch: one request's bad account must not fail the others.
        request = dataclasses.replace(
            request, speaker=resolve_speaker(self.registry.record(name), request.speaker)
        )
        batcher = self.batchers.get(folder)
        if batcher is None:
            batching = self.settings.batching
            batcher = self.batchers[folder] = Batcher(
                load=lambda: self.registry.load(name),
                executor=self.executor,
                window=BATCH_WINDOW_SECONDS if batching else 0.0,
                max_rows=MAX_BATCH_ROWS,
                max_requests=None if batching else 1,
            )
        return batcher, request

    def bot_info(self, name: str) -> schemas.BotInfo:
        folder = self.registry.path(name)
        record = self.registry.record(name)
        loss = record.held_out_loss
        return schemas.BotInfo(
            name=name,
            accounts=record.handles,
            base_model=record.base_model,
            held_out_loss={"before": loss.get("before"), "after": loss.get("after")},
            created=record.created,
            has_card=(folder / CARD_FILE).is_file(),
            has_preview=(folder / PREVIEW_FILE).is_file(),
            has_loss_curve=(folder / LOSS_CURVE_FILE).is_file(),
            training_warnings=record.training.warnings,
            speakers=record.handles if record.speaker_tagged else [],
            voice=record.voice,
            voice_figures=_voice_figures(record.voice),
        )

    def new_bot_name(self, wanted: str | None, handles: list[str]) -> str:
        taken = self.jobs.reserved_names()
        if wanted:
            if not BOT_NAME.match(wanted):
                raise TwinpostError(
                    f"bot name {wanted!r}: use 1-64 letters, digits, '.', '_' or '-', "
                    "starting with a letter or digit"
                )
            if wanted in taken or self.registry.is_taken(wanted):
                raise JobConflict(f"a bot named {wanted!r} exists already; pick another name")
            return wanted
        stem = "-".join(_slug(h) for h in handles)[:56].strip("-._") or "bot"
        name, n = stem, 2
        while name in taken or self.registry.is_taken(name):
            name, n = f"{stem}-{n}", n + 1
        return name


def create_app(settings: ServeSettings | None = None, worker: Worker | None = None) -> FastAPI:
    """The app; `worker` replaces the training job's function (tests make it crash)."""
    server = Server(settings or ServeSettings(), worker)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        posting = (
            asyncio.create_task(_post_on_schedule(server)) if server.settings.posting else None
        )
        yield
        if posting is not None:
            posting.cancel()
        server.jobs.shutdown()
        server.executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="twinpost",
        version=__version__,
        summary="Bots that write like the accounts they were trained on.",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; this server may have no network
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.server = server
    app.add_middleware(UploadLimit)
    host = server.settings.host
    app.add_middleware(RequestGuard, loopback_only=host is not None and is_loopback(host))
    _add_error_handlers(app)
    auth = [Depends(_token_check(settings.token if settings else None))]
    routers = (_bot_routes(server), _hf_routes(server), openai_routes(server), _job_routes(server),
               _draft_routes(server))  # fmt: skip
    for router in routers:
        app.include_router(router, dependencies=auth)
    app.include_router(_public_routes())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def run_server(settings: ServeSettings, host: str, port: int) -> None:
    import uvicorn

    settings = dataclasses.replace(settings, host=host)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


# --- auth and errors ---------------------------------------------------------------------


def _token_check(token: str | None):
    expected = token.encode() if token else None

    def check(request: Request) -> None:
        if expected is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.encode(), expected):
            raise HTTPException(
                401,
                "missing or wrong token: send the header Authorization: Bearer <token>",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return check


def _add_error_handlers(app: FastAPI) -> None:
    statuses = {UnknownBot: 404, UploadTooLarge: 413, JobConflict: 409, QueueFull: 429,
                Refused: 400, TwinpostError: 422}  # fmt: skip
    for error, status in statuses.items():

        def handle(request: Request, exc: Exception, status: int = status) -> JSONResponse:
            detail = f"no bot named {exc}" if isinstance(exc, UnknownBot) else str(exc)
            return _error(request, status, detail, getattr(exc, "param", None))

        app.add_exception_handler(error, handle)

    def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own answer echoes each bad value back, and a NaN or an infinity cannot be
        # written as JSON: the 422 became a 500. Where and what is wrong is enough.
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type")}
                  for e in exc.errors()]  # fmt: skip
        if not _openai_path(request):
            return JSONResponse({"detail": errors}, status_code=422)
        # OpenAI answers a malformed request, a value past a cap included, with a 400.
        where = [".".join(str(p) for p in e["loc"] if p != "body") for e in errors]
        said = [f"{w}: {e['msg']}" if w else e["msg"] for w, e in zip(where, errors, strict=True)]
        return _error(request, 400, "; ".join(said), where[0] if where and where[0] else None)

    app.add_exception_handler(RequestValidationError, invalid)

    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(request, 500, "internal error; see the server's log")

    app.add_exception_handler(Exception, internal)


def _openai_path(request: Request) -> bool:
    return request.url.path.startswith("/v1/")


def _error(request: Request, status: int, detail: str, param: str | None = None) -> JSONResponse:
    """`{"detail": ...}`, and on the OpenAI routes OpenAI's `error` too, which the `openai`
    client reads (its `param` names the field)."""
    body: dict = {"detail": detail}
    if _openai_path(request):
        kind = "invalid_request_error" if status < 500 else "server_error"
        body["error"] = {"message": detail, "type": kind, "param": param, "code": None}
    return JSONResponse(body, status_code=status)


class UploadLimit:
    """413 for a request body past the upload caps, counted as it arrives, so an upload
    without a Content-Length cannot fill the disk either."""

    LIMIT = MAX_ACCOUNTS * MAX_UPLOAD_BYTES + (1 << 20)  # the files, plus 1 MiB of form fields

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.LIMIT:
            return await _too_large(send)
        seen, started = 0, False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.LIMIT:
                raise _BodyTooLarge
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _BodyTooLarge:
            if not started:
                await _too_large(send)


def _too_large_detail() -> str:
    mb = MAX_UPLOAD_BYTES // (1024 * 1024)
    return f"upload too large: at most {MAX_ACCOUNTS} files of {mb} MB each"


class _BodyTooLarge(HTTPException):
    """An HTTPException, so that FastAPI's body parsing passes it on as a 413 rather than
    turning it into its generic 400 ("There was an error parsing the body")."""

    def __init__(self) -> None:
        super().__init__(413, _too_large_detail())


async def _too_large(send) -> None:
    await JSONResponse({"detail": _too_large_detail()}, 413)({"type": "http"}, None, send)


# --- routes ----------------------------------------------------------------------------


def _public_routes() -> APIRouter:
    router = APIRouter()

    @router.get("/health", response_model=schemas.Health, tags=["server"])
    def health() -> schemas.Health:
        return schemas.Health(version=__version__)

    @router.get("/", include_in_schema=False)
    def web_app() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    return router


def _bot_routes(server: Server) -> APIRouter:
    router = APIRouter(tags=["bots"])

    @router.get("/bots", response_model=schemas.BotList)
    def list_bots() -> schemas.BotList:
        return schemas.BotList(bots=[server.bot_info(n) for n in server.registry.names()])

    @router.get("/bots/{name}", response_model=schemas.BotInfo)
    def bot(name: str) -> schemas.BotInfo:
        return server.bot_info(name)

    @router.post(
        "/bots/{name}/generate", response_model=schemas.GenerateResponse, responses=STREAMED
    )
    async def generate(name: str, body: schemas.GenerateRequest):
        refuse_unsupported(body, {})
        request = schemas.post_request(
            body.prompt, body.n, body.max_new_tokens, body.temperature, body.top_p, body.seed,
            body.allow_copies, body.speaker, body.reply_to,
        )  # fmt: skip
        if body.stream:
            return event_stream(_post_stream(server.stream(name, request), body.n))
        samples = await server.sample(name, request)
        return schemas.GenerateResponse(posts=[s.text for s in samples])

    @router.post("/bots/{name}/thread", response_model=schemas.ThreadResponse)
    async def thread(name: str, body: schemas.ThreadRequest) -> schemas.ThreadResponse:
        """Threads written as `twinpost generate --thread` writes them, one pass per post, on
        the sampling thread the batches use."""
        from twinpost.generation.write import generate_threads

        config = GenerateConfig.from_settings(
            n=body.n, max_new_tokens=body.max_new_tokens, temperature=body.temperature,
            top_p=body.top_p, seed=body.seed, speaker=body.speaker, reply_to=body.reply_to,
        )  # fmt: skip
        server.registry.path(name)  # an unknown bot is a 404 before any work
        speaker = resolve_speaker(server.registry.record(name), config.speaker)
        config = config.replace(speaker=speaker)

        def write() -> list[list[str]]:
            return generate_threads(server.registry.load(name), body.prompt, body.length, config)

        loop = asyncio.get_running_loop()
        threads = await loop.run_in_executor(server.executor, write)
        return schemas.ThreadResponse(threads=threads)

    @router.get("/bots/{name}/card", response_class=PlainTextResponse)
    def model_card(name: str) -> PlainTextResponse:
        text = _card_text(server, name)
        return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")

    @router.get("/bots/{name}/card.html", response_class=HTMLResponse)
    def model_card_html(name: str) -> HTMLResponse:
        """The card rendered from its Markdown with raw HTML escaped (card_html.py)."""
        return HTMLResponse(card_html(_card_text(server, name)))

    @router.get("/bots/{name}/predictions.png", response_class=FileResponse)
    def preview_image(name: str) -> FileResponse:
        return _bot_image(server, name, PREVIEW_FILE, "run `twinpost card`")

    @router.get("/bots/{name}/loss_curve.png", response_class=FileResponse)
    def loss_curve(name: str) -> FileResponse:
        why = "it is drawn once a bot trains 2 steps; `twinpost card` draws it for older bots"
        return _bot_image(server, name, LOSS_CURVE_FILE, why)

    @router.post("/bots/{name}/preview", response_model=schemas.PreviewResponse)
    def choose_preview(name: str, body: schemas.PreviewRequest) -> schemas.PreviewResponse:
        folder = server.registry.path(name)
        rendered = _write_preview(folder, body.prompt, body.posts)
        for post in body.posts:  # a post picked for the card sounds like its person
            label_quietly(folder, post, True, "card", prompt=body.prompt)
        return schemas.PreviewResponse(posts=body.posts, rendered=rendered)

    @router.post("/bots/{name}/labels", response_model=schemas.LabelCounts, status_code=201)
    def label(name: str, body: schemas.LabelRequest) -> schemas.LabelCounts:
        """ "Sounds like me" (true) or "Not me" (false) for a post the bot wrote."""
        folder = server.registry.path(name)
        speaker = resolve_speaker(server.registry.record(name), body.speaker)
        version = bot_version(folder)
        with LabelStore() as store:
            store.add(folder, body.text, body.label, "web", body.prompt, speaker,
                      version=version, reply_to=body.reply_to or None)  # fmt: skip
            return schemas.LabelCounts(**store.counts(folder, version))

    @router.get("/bots/{name}/labels", response_model=schemas.LabelCounts)
    def label_counts(name: str) -> schemas.LabelCounts:
        folder = server.registry.path(name)
        with LabelStore() as store:
            return schemas.LabelCounts(**store.counts(folder, bot_version(folder)))

    return router


async def _post_on_schedule(server: Server) -> None:
    """The bots' posting plans, a pass every `posting_tick` seconds on a worker thread (a post
    in flight when the server stops is finished by the next server, under its own key)."""
    from twinpost.posting.runner import Runner

    runner = Runner()
    while True:
        try:
            await asyncio.to_thread(runner.run_once)
        except Exception:  # the queue's database itself failed; the next pass tries again
            log.exception("posting pass failed")
        await asyncio.sleep(server.settings.posting_tick)


def _draft_routes(server: Server) -> APIRouter:
    """The posting queue (posting/queue.py): the web app's Queue. Behind the server's token
    and its cross-site guard, as every route that changes something."""
    from starlette.concurrency import run_in_threadpool

    from twinpost.posting.queue import Draft, DraftQueue
    from twinpost.posting.schedule import write_drafts

    router = APIRouter(tags=["posting"])

    def info(draft: Draft) -> schemas.DraftInfo:
        return schemas.DraftInfo(**{k: v for k, v in draft.to_dict().items()
                                    if k in schemas.DraftInfo.model_fields})  # fmt: skip

    def listed(name: str) -> schemas.DraftList:
        with DraftQueue() as queue:
            return schemas.DraftList(
                drafts=[info(d) for d in queue.list(server.registry.path(name))]
            )

    @router.get("/bots/{name}/drafts", response_model=schemas.DraftList)
    def drafts(name: str) -> schemas.DraftList:
        return listed(name)

    @router.post("/bots/{name}/drafts", response_model=schemas.DraftList, status_code=201)
    async def write(name: str, body: schemas.DraftsRequest) -> schemas.DraftList:
        folder = server.registry.path(name)

        def run() -> None:
            with DraftQueue() as queue:
                write_drafts(queue, folder, body.n, body.prompt, body.speaker, body.seed)

        await run_in_threadpool(run)
        return listed(name)

    def judged(draft_id: int, verdict: str, text: str | None = None) -> schemas.DraftInfo:
        with DraftQueue() as queue:
            if verdict == "edit":
                return info(queue.edit(draft_id, text or ""))
            return info(getattr(queue, verdict)(draft_id))

    @router.post("/drafts/{draft_id}/approve", response_model=schemas.DraftInfo)
    def approve(draft_id: int) -> schemas.DraftInfo:
        return judged(draft_id, "approve")

    @router.post("/drafts/{draft_id}/reject", response_model=schemas.DraftInfo)
    def reject(draft_id: int) -> schemas.DraftInfo:
        return judged(draft_id, "reject")

    @router.post("/drafts/{draft_id}/edit", response_model=schemas.DraftInfo)
    def edit(draft_id: int, body: schemas.DraftEdit) -> schemas.DraftInfo:
        return judged(draft_id, "edit", body.text)

    @router.get("/accounts", response_model=schemas.AccountList)
    def accounts() -> schemas.AccountList:
        from twinpost.posting.accounts import connected

        return schemas.AccountList(accounts=[
            schemas.AccountInfo(id=a.id, platform=a.platform, handle=a.handle, url=a.url)
            for a in connected()])  # fmt: skip

    def scheduled(name: str) -> schemas.ScheduleInfo:
        from twinpost.posting.accounts import find_account
        from twinpost.posting.runner import last_posts, upcoming

        folder = server.registry.path(name)
        with DraftQueue() as queue:
            found = queue.plan(folder)
            coming = []
            if found is not None and found.enabled:
                try:
                    account = find_account(found.account)
                except TwinpostError:
                    pass  # its account was removed: the plan's error says so after a pass
                else:
                    planned = upcoming(queue, found, account, datetime.now(UTC))
                    coming = [schemas.PlannedPost(draft_id=p.draft.id,
                                                  at=p.at.isoformat(timespec="seconds"))
                              for p in planned]  # fmt: skip
            return schemas.ScheduleInfo(
                plan=schemas.PlanInfo(
                    **{
                        k: v
                        for k, v in found.to_dict().items()
                        if k in schemas.PlanInfo.model_fields
                    }
                )  # fmt: skip
                if found
                else None,
                upcoming=coming[:5],
                last_posts=[info(d) for d in last_posts(queue, folder)],
            )

    @router.get("/bots/{name}/schedule", response_model=schemas.ScheduleInfo)
    def schedule(name: str) -> schemas.ScheduleInfo:
        return scheduled(name)

    @router.put("/bots/{name}/schedule", response_model=schemas.ScheduleInfo)
    def set_schedule(name: str, body: schemas.ScheduleRequest) -> schemas.ScheduleInfo:
        from twinpost.config import parse_duration
        from twinpost.posting.runner import new_plan

        every = parse_duration(body.every, option="every") or 0
        wanted = new_plan(server.registry.path(name), body.account, every, body.jitter,
                          body.daily_cap, body.visibility, body.watch, body.auto,
                          body.max_per_hour)  # fmt: skip
        with DraftQueue() as queue:
            queue.set_plan(wanted)
        return scheduled(name)

    @router.delete("/bots/{name}/schedule", response_model=schemas.ScheduleInfo)
    def stop_schedule(name: str) -> schemas.ScheduleInfo:
        with DraftQueue() as queue:
            queue.stop_plan(server.registry.path(name))
        return scheduled(name)

    return router


def _hf_routes(server: Server) -> APIRouter:
    """The Hugging Face inference shape (the OpenAI shapes are in openai_api.py)."""
    router = APIRouter(tags=["hf"])

    @router.post("/models/{name}", response_model=list[schemas.HFGenerated])
    async def hf_inference(name: str, body: schemas.HFRequest) -> list[schemas.HFGenerated]:
        refuse_unsupported(body, refusals.HUGGING_FACE_REQUEST)
        p = body.parameters
        refuse_unsupported(p, refusals.HUGGING_FACE, "parameters.")
        request = schemas.post_request(
            body.inputs, p.num_return_sequences, p.max_new_tokens, p.temperature, p.top_p,
            p.seed, False,
        )  # fmt: skip
        samples = await server.sample(name, request)
        texts = [s.text if p.return_full_text else split_prompt(s.text, body.inputs)[1]
                 for s in samples]  # fmt: skip
        return [schemas.HFGenerated(generated_text=t) for t in texts]

    return router


def _job_routes(server: Server) -> APIRouter:
    router = APIRouter(tags=["jobs"])

    @router.post("/sources/preview", response_model=schemas.SourcePreview)
    def preview(files: Files = None, specs: Specs = None) -> schemas.SourcePreview:
        folder = server.uploads_dir / f"preview-{uuid.uuid4().hex}"
        try:
            sources, names = gather_sources(_uploads(files), specs or [], folder)
            return schemas.SourcePreview(**preview_sources(sources, names))
        finally:
            remove_folder(folder)

    @router.post("/jobs", response_model=schemas.JobStatus, status_code=202)
    def create_job(
        options: Annotated[schemas.TrainOptions, Form()], files: Files = None, specs: Specs = None
    ) -> schemas.JobStatus:
        server.jobs.check_room()
        folder = server.uploads_dir / f"job-{uuid.uuid4().hex}"
        try:
            spec = _job_spec(server, _uploads(files), specs or [], options, folder)
            job = server.jobs.submit(spec, folder)
        except BaseException:
            remove_folder(folder)
            raise
        return schemas.JobStatus(**server.jobs.status(job))

    @router.get("/jobs/{job_id}", response_model=schemas.JobStatus)
    def job_status(job_id: str) -> schemas.JobStatus:
        return schemas.JobStatus(**server.jobs.status(_job(server, job_id)))

    @router.delete("/jobs/{job_id}", response_model=schemas.JobStatus)
    def cancel_job(job_id: str) -> schemas.JobStatus:
        job = _job(server, job_id)
        server.jobs.cancel(job)
        return schemas.JobStatus(**server.jobs.status(job))

    router.add_api_route(
        "/jobs/{job_id}/cancel", cancel_job, methods=["POST"], response_model=schemas.JobStatus
    )
    return router


# --- helpers -----------------------------------------------------------------------------


async def _post_stream(events: AsyncIterator[PostEvent], n: int) -> AsyncIterator[str]:
    """The bot route's server-sent events (README, "Serve"): `delta` {index, text}: the new
    text of a post nothing can reject, as each token is sampled; `post` {index, text}: a post
    kept, whole (a guarded one only once it has passed the copy guard); `done` {posts}: what
    the unstreamed answer holds; `error` {detail}: the stream failed."""
    pieces = [StreamedAnswer("", [], whole_post=True) for _ in range(n)]
    try:
        async for event in events:
            if isinstance(event, Finished):
                yield sse({"posts": [s.text for s in event.samples]}, "done")
            elif isinstance(event, PostText):
                if piece := pieces[event.index].so_far(event.text):
                    yield sse({"index": event.index, "text": piece}, "delta")
            else:
                yield sse({"index": event.index, "text": event.sample.text}, "post")
    except Exception as error:
        yield sse({"detail": failure(error)}, "error")


def _card_text(server: Server, name: str) -> str:
    card = server.registry.path(name) / CARD_FILE
    if not card.is_file():
        raise HTTPException(404, f"bot {name} has no model card; run `twinpost card`")
    return card.read_text(encoding="utf-8")


def _bot_image(server: Server, name: str, file: str, why: str) -> FileResponse:
    image = server.registry.path(name) / file
    if not image.is_file():
        raise HTTPException(404, f"bot {name} has no {file}; {why}")
    return FileResponse(image, media_type="image/png", headers={"Cache-Control": "no-store"})


def _voice_figures(voice: dict | None) -> list[schemas.VoiceFigure]:
    """The card's Voice table (card/render.voice_rows), for the bot's page."""
    from twinpost.card.render import voice_rows

    try:
        rows = voice_rows(voice)
    except (KeyError, TypeError, ValueError):  # a record written by another version
        return []
    return [schemas.VoiceFigure(label=label, value=value) for label, value in rows]


def _uploads(files: list[UploadFile] | None) -> list[Upload]:
    return [Upload(f.filename or f"upload-{i}", f.file)
            for i, f in enumerate(files or [], start=1)]  # fmt: skip


def _job(server: Server, job_id: str):
    job = server.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return job


def _job_spec(
    server: Server,
    uploads: list[Upload],
    specs: list[str],
    options: schemas.TrainOptions,
    folder: Path,
) -> JobSpec:
    config = TrainConfig.from_settings(
        time_budget=options.time_budget, method=options.method, epochs=options.epochs,
        lr=options.lr, batch_size=options.batch_size, block_size=options.block_size,
        seed=options.seed, base=server.settings.base, scrub=options.scrub,
        fetch_parents=options.fetch_parents,
    )  # fmt: skip
    sources, names = gather_sources(uploads, specs, folder)
    try:
        corpus = build_corpus(
            sources, config.strict_seed_rules, fetch_parents=config.fetch_parents,
            scrub=config.scrub,
        )  # fmt: skip
    except TwinpostError as e:  # the same checks the worker makes, answered at once
        raise TwinpostError(name_uploads(str(e), sources, names)) from None
    name = server.new_bot_name(options.name, [a.account.handle for a in corpus.accounts])
    # A live account is fetched once, here: the job trains on the snapshot of this fetch.
    sources = [s if isinstance(s, Path) else f"snapshot:{a.account.snapshot}"
               for s, a in zip(sources, corpus.accounts, strict=True)]  # fmt: skip
    return JobSpec(bot_dir=server.bots_dir / name, sources=sources, names=names, config=config)


def _write_preview(folder: Path, prompt: str, posts: list[str]) -> bool:
    """Keep the posts chosen for predictions.png in the card's record and redraw it."""
    from twinpost.card import choose_preview

    choose_preview(folder, prompt, posts)
    return True


def _slug(handle: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9]+", "-", handle).strip("-").lower()
