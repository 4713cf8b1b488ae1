"""The web app, driven in headless Chromium: the established demo's three steps.

Chromium is Debian's (`make test` installs it): Playwright cannot download its own browser
here. Screenshots of each step are saved in the test's tmp folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_posting import _connect
from test_posting import fake as fake  # the Mastodon fake's fixtures
from test_posting import no_sleep as no_sleep
from test_posting import queued as queued
from test_posting import server_url as server_url
from test_serve_api import sample_zip

from tests.live_fakes import bluesky_records, build_car, serve_bluesky
from twinpost.server import ServeSettings, create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run",
]  # fmt: skip
TRAIN_TIMEOUT_MS = 180_000  # the job's process imports torch first; training takes ~3 s

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    """pytest-playwright's launch settings: Debian's chromium, headless."""
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture
def app_url(serve, tiny_base: Path, tmp_path: Path):
    def start(token: str | None = None) -> str:
        settings = ServeSettings(
            bots_dir=tmp_path / "bots", base=str(tiny_base), uploads_dir=tmp_path / "up",
            token=token, posting_tick=0.2,
        )  # fmt: skip
        return serve(create_app(settings))

    return start


@pytest.fixture
def errors(page) -> list[str]:
    """JavaScript errors and failed loads in the page; a finished app has none."""
    found: list[str] = []
    page.on("pageerror", lambda e: found.append(str(e)))
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    return found


@pytest.mark.slow
def test_the_three_steps_in_a_browser(page, app_url, tmp_path, errors):
    from playwright.sync_api import expect

    url = app_url()
    shots = tmp_path / "screenshots"
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(url)
    expect(page.get_by_role("heading", name="twinpost")).to_be_visible()
    page.screenshot(path=shots / "0-start.png", full_page=True)

    # 1. Sources: upload an archive zip, see the table and a few posts.
    archive = tmp_path / "marigold.zip"
    archive.write_bytes(sample_zip())
    page.get_by_label("Account 1").set_input_files(archive)
    page.get_by_role("button", name="Read posts").click()
    table = page.locator("#data-table")
    expect(table.get_by_role("row", name="Marigold Finch")).to_contain_text("435")
    expect(page.locator(".sample")).to_have_count(3)
    page.screenshot(path=shots / "1-sources.png", full_page=True)

    # 2. Train: a full pass over the posts on the tiny base model, with a progress bar.
    page.get_by_label("Training time").select_option("none")
    page.get_by_label("Method").select_option("full")
    page.get_by_role("button", name="Train bot").click()
    expect(page.get_by_role("progressbar")).to_be_visible()
    page.screenshot(path=shots / "2-training.png", full_page=True)
    expect(page.locator("#job-done")).to_contain_text("is ready", timeout=TRAIN_TIMEOUT_MS)
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    page.screenshot(path=shots / "3-trained.png", full_page=True)

    # 3. Predict: Enter in the prompt box writes 10 posts, shown as the server's events bring
    # them; two go into the preview image.
    expect(page.get_by_label("Bot", exact=True)).to_have_value("marigold-keeps")
    prompt = page.get_by_label("Start of the post")
    expect(prompt).to_have_value("My dream is")
    with page.expect_response(lambda r: r.url.endswith("/bots/marigold-keeps/generate")) as sent:
        prompt.press("Enter")
    assert sent.value.headers["content-type"].startswith("text/event-stream")
    posts = page.locator("#posts > li")
    expect(posts).to_have_count(10, timeout=60_000)
    page.screenshot(path=shots / "4-predictions.png", full_page=True)
    # "Sounds like me" / "Not me": labels `twinpost tune` learns from; the last click counts.
    import re

    yes, no = re.compile(r": Sounds like me$"), re.compile(r": Not me$")
    judged = posts.filter(has=page.get_by_role("button", name=yes))  # not an empty post
    judge = judged.nth(0).get_by_role("button", name=yes)
    judge.click()
    expect(judge).to_have_attribute("aria-pressed", "true")
    judged.nth(1).get_by_role("button", name=no).click()
    expect(page.locator("#predict-status")).to_contain_text("1 sound like you, 1 not")
    judged.nth(0).get_by_role("button", name=no).click()
    expect(judge).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#predict-status")).to_contain_text("0 sound like you, 2 not")
    posts.nth(0).get_by_role("button", name="Use post 1 in the preview image").click()
    posts.nth(2).get_by_role("button", name="Use post 3 in the preview image").click()
    expect(page.locator("#preview-count")).to_contain_text("2 of 3")
    page.get_by_role("button", name="Update preview image").click()
    expect(page.locator("#preview-count")).to_contain_text("updated", timeout=60_000)
    page.locator("#card-details summary").click()
    expect(page.locator("#model-card h2").first).to_be_visible()
    page.screenshot(path=shots / "5-preview.png", full_page=True)

    # A reply: the post to answer goes in the box beside the start of the post.
    page.get_by_label("Reply to (optional)").fill("Do you like the sea?")
    with page.expect_request(lambda r: r.url.endswith("/bots/marigold-keeps/generate")) as asked:
        prompt.press("Enter")
    assert json.loads(asked.value.post_data)["reply_to"] == "Do you like the sea?"
    expect(posts).to_have_count(10, timeout=60_000)
    page.screenshot(path=shots / "6-replies.png", full_page=True)
    assert errors == []


def test_errors_show_as_messages_and_posts_stay_text(page, app_url, tmp_path, errors):
    """A bad upload gives one readable line; markup in a post is shown, never run."""
    from playwright.sync_api import expect

    page.goto(app_url())
    page.get_by_role("button", name="Read posts").click()
    expect(page.locator("#sources-error")).to_have_text(
        "Choose at least one export or file of posts, or name a live account, in step 1."
    )
    posts = tmp_path / "posts.txt"
    trap = "<img src=x onerror=\"document.title='owned'\"> look at this <b>bold</b> claim"
    posts.write_text(f"{trap}\n" * 3)
    page.get_by_label("Account 1").set_input_files(posts)
    page.get_by_role("button", name="Read posts").press("Enter")
    expect(page.locator(".sample").first).to_contain_text(trap)
    expect(page.locator("#sources-notes")).to_contain_text("too little data")
    assert page.title() == "twinpost" and page.locator("#samples img").count() == 0
    page.screenshot(path=tmp_path / "error.png", full_page=True)
    assert errors == []


def test_the_app_asks_for_the_token_once(page, app_url, errors):
    from playwright.sync_api import expect

    page.goto(app_url(token="app-token"))
    expect(page.get_by_role("heading", name="This server needs a token")).to_be_visible()
    page.get_by_label("Token", exact=True).fill("app-token")
    page.get_by_label("Token", exact=True).press("Enter")
    expect(page.locator("#token-panel")).to_be_hidden()
    expect(page.locator("#predict-error")).to_be_hidden()
    assert page.evaluate("sessionStorage.getItem('twinpost-token')") == "app-token"
    page.reload()
    expect(page.get_by_label("Bot", exact=True)).to_be_visible()
    expect(page.locator("#token-panel")).to_be_hidden()  # kept for the tab's session
    assert [e for e in errors if "401" not in e] == []


def test_a_bluesky_car_and_a_live_account_are_read_in_the_page(
    page, app_url, tmp_path, live_server, errors
):
    """Step 1 takes Bluesky's .car export and live accounts, read by the CLI's reader (here
    from a loopback fake of Bluesky's API); a wrong account is one line in the page."""
    from playwright.sync_api import expect

    page.goto(app_url())
    for i in (1, 2, 3):
        assert ".car" in page.get_by_label(f"Account {i}").get_attribute("accept").split(",")
    car = tmp_path / "alice.bsky.social.car"
    car.write_bytes(build_car(bluesky_records(150)))
    page.get_by_label("Account 1").set_input_files(car)
    page.get_by_role("button", name="Read posts").click()
    expect(page.locator("#data-table").get_by_role("row", name="Alice Sky")).to_contain_text(
        "@alice.bsky.social"
    )

    page.get_by_label("Account 1").set_input_files([])
    page.get_by_label("Live accounts").fill("alice")
    page.get_by_role("button", name="Read posts").click()
    error = page.locator("#sources-error")
    expect(error).to_contain_text("alice: not a live account")
    assert "\n" not in error.inner_text()
    expect(page.locator("#sources-result")).to_be_hidden()

    serve_bluesky(live_server, bluesky_records(150))
    page.get_by_label("Live accounts").fill("bluesky:alice.bsky.social")
    with page.expect_request(lambda r: r.url.endswith("/sources/preview")) as sent:
        page.get_by_role("button", name="Read posts").click()
    assert 'name="specs"' in sent.value.post_data and "bluesky:alice.bsky.social" in (
        sent.value.post_data
    )
    expect(page.locator("#data-table").get_by_role("row", name="Alice Sky")).to_contain_text(
        "@alice.bsky.social"
    )
    expect(error).to_be_hidden()
    assert any(r.path == "/xrpc/app.bsky.feed.getAuthorFeed" for r, _ in live_server.log)
    assert [e for e in errors if "422" not in e] == []  # the browser logs the refused one


def test_the_bot_page_shows_its_voice_loss_curve_and_an_escaped_card(
    page, app_url, bot_copy, tmp_path, errors
):
    """The card comes rendered from the server: its tables and headings shown, markup in a
    post or a name shown as text and never run."""
    from playwright.sync_api import expect
    from test_serve_web import TRAPS, with_voice, write_trap_card

    with_voice(bot_copy)
    write_trap_card(bot_copy)
    readme = bot_copy / "README.md"  # and raw HTML, as if the card were edited by hand
    readme.write_text(readme.read_text() + f"\n\n1. {TRAPS[1]}\n\n<p>{TRAPS[0]}</p>\n")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url())
    expect(page.get_by_label("Bot", exact=True)).to_have_value("marigold")
    figures = page.locator("#voice-figures")
    expect(figures.get_by_role("row", name="Real vs generated")).to_contain_text("61% of the time")
    expect(page.locator("#loss-curve")).to_be_visible()
    page.wait_for_function("document.querySelector('#loss-curve').naturalWidth > 0")

    page.locator("#card-details summary").click()
    card = page.locator("#model-card")
    expect(card.get_by_role("heading", name="Training data")).to_be_visible()
    expect(card.locator("table").first).to_be_visible()
    for trap in TRAPS:
        expect(card).to_contain_text(trap)
    assert card.locator("script, img, [onerror]").count() == 0
    assert card.get_by_text(f"<p>{TRAPS[0]}</p>").count() == 1
    page.screenshot(path=tmp_path / "bot-page.png", full_page=True)
    assert dialogs == [] and page.title() == "twinpost"
    assert errors == []


def test_the_queue_writes_approves_and_edits_drafts_on_a_phone(
    page, app_url, bot_copy, tmp_path, errors
):
    """Step 4: drafts written in the page, approved and edited there (both texts kept), in a
    390 px wide window that never scrolls sideways."""
    from playwright.sync_api import expect

    from twinpost.posting.queue import DraftQueue

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_url())
    expect(page.get_by_label("Bot", exact=True)).to_have_value("marigold")
    page.get_by_role("button", name="Write 5 drafts").click()
    drafts = page.locator("#drafts .draft-item")
    expect(drafts).to_have_count(5)
    drafts.nth(0).get_by_role("button", name="Approve").click()
    expect(drafts.nth(0).locator(".draft-state")).to_have_text("approved")
    drafts.nth(1).get_by_role("button", name="Edit").click()
    page.get_by_label("Edit draft 2").fill("The gulls <b>were</b> loud today")
    page.get_by_role("button", name="Save and approve").click()
    expect(drafts.nth(1).locator(".draft-text")).to_have_text("The gulls <b>were</b> loud today")
    drafts.nth(2).get_by_role("button", name="Reject").click()
    expect(drafts.nth(2).locator(".draft-state")).to_have_text("rejected")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with DraftQueue() as queue:
        kept = {d.id: d for d in queue.list(bot_copy)}
    assert [kept[i].state for i in (1, 2, 3, 4, 5)] == ["approved", "approved", "rejected",
                                                        "draft", "draft"]  # fmt: skip
    assert kept[2].edited == "The gulls <b>were</b> loud today" and kept[2].text != kept[2].edited
    page.screenshot(path=tmp_path / "queue.png", full_page=True)
    assert errors == []


def test_a_reply_draft_shows_the_post_it_answers_as_text_on_a_phone(
    page, app_url, bot_copy, errors
):
    """Its person judges a reply against what it answers: shown above it, as text, never
    markup, and cut to three lines so a long post keeps the page narrow."""
    from playwright.sync_api import expect

    from twinpost.posting.queue import DraftQueue

    hostile = "<img src=x onerror=alert(1)> is the tide out? " + "very " * 200
    with DraftQueue() as queue:
        queue.add(bot_copy, ["@carol it is, since dawn"], reply_to_url="https://h/@carol/1",
                  reply_to_id="1", reply_to_text=hostile, reply_to_author="carol")  # fmt: skip
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_url())
    answers = page.locator("#drafts .draft-item .draft-answers")
    expect(answers).to_have_count(1)
    expect(answers).to_contain_text("↳ answers @carol: <img src=x onerror=alert(1)> is the tide")
    assert page.locator("#drafts img").count() == 0
    assert answers.bounding_box()["height"] < 80  # three lines at most
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert errors == []


def test_the_queue_posts_on_a_schedule_and_shows_the_last_posts_on_a_phone(
    page, app_url, queued, fake, cli, server_url, monkeypatch, tmp_path, errors
):
    """Step 4's schedule: the server posts the approved drafts to a connected account in the
    background, and the page shows the plan, the next post and the last ones."""
    import time

    from playwright.sync_api import expect

    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_url())
    expect(page.get_by_label("Bot", exact=True)).to_have_value("marigold")
    expect(page.locator("#schedule-status")).to_have_text("This server posts nothing for this bot.")
    expect(page.get_by_label("Post as")).to_have_value(f"mastodon:botty@{server_url[7:]}")
    page.get_by_label("Every").fill("1m")
    page.get_by_role("button", name="Start posting").click()
    expect(page.locator("#schedule-status")).to_contain_text("one every 1 min, at most 6 a day")
    deadline = time.monotonic() + 30
    while not fake.statuses and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(fake.statuses) == 1
    page.reload()
    expect(page.locator("#last-posts .draft-item")).to_have_count(1)
    expect(page.locator("#last-posts a")).to_have_attribute("href", fake.statuses[0]["url"])
    expect(page.locator("#schedule-status")).to_contain_text("Next: draft 2")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=tmp_path / "schedule.png", full_page=True)
    page.get_by_role("button", name="Stop").click()
    expect(page.locator("#schedule-status")).to_have_text("This server posts nothing for this bot.")
    assert errors == []
