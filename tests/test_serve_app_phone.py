"""The web app on a phone: 390 px wide (an iPhone's), in headless Chromium.

At every step, once its data is shown (the counts table, the posts, the log, the model card
with its tables and code), the page must not scroll sideways, and every control must be on
the screen and take a tap: not off its edge, not under another element.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_serve_app as desktop
from test_serve_api import sample_zip
from test_serve_web import with_voice

from tests.live_fakes import bluesky_records, build_car
from twinpost.server import ServeSettings, create_app

# The desktop tests' fixtures: Debian's chromium, and the page's JavaScript errors.
browser_type_launch_args = desktop.browser_type_launch_args
errors = desktop.errors

WIDTH = 390
PHONE = pytest.mark.browser_context_args(
    viewport={"width": WIDTH, "height": 844}, device_scale_factor=3, is_mobile=True,
    has_touch=True,
)  # fmt: skip
# What a user taps: every visible one must be reachable. The skip link waits off-screen
# until it is focused, by design.
CONTROLS = "button, input, select, summary, a:not(.skip), [tabindex]"
ON_TOP = """e => {
  const box = e.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return e.contains(hit);
}"""
# A word no line can break: phone layouts overflow on these (and on URLs, tables, code).
LONG_WORD = "Supercalifragilisticexpialidocious" * 4

pytestmark = desktop.pytestmark


def assert_fits(page, step: str) -> None:
    """No sideways scroll, and every visible control on the screen and tappable."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]"
    )
    assert max(widths) <= WIDTH, f"{step}: the page is {widths} px wide at {WIDTH} px"
    controls = page.locator(CONTROLS)
    for i in range(controls.count()):
        control = controls.nth(i)
        if not control.is_visible():
            continue
        control.scroll_into_view_if_needed()
        box = control.bounding_box()
        what = control.evaluate("e => e.outerHTML.slice(0, 120)")
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH + 0.5, f"{step}: {what} {box}"
        if control.is_enabled():
            try:  # the checks of a tap, without tapping: it fails if another element covers it
                control.click(trial=True, timeout=5_000)
            except PlaywrightTimeout:
                raise AssertionError(f"{step}: {what} cannot be tapped") from None
        else:  # a disabled button takes no tap, but must not be covered either
            assert control.evaluate(ON_TOP), f"{step}: {what} is covered"


def long_words_file(path: Path) -> Path:
    """Posts with unbreakable words, enough of them to train on."""
    posts = [f"Post {i}: I can say {LONG_WORD} again and again today" for i in range(120)]
    path.write_text("\n".join(posts), encoding="utf-8")
    return path


@pytest.fixture
def phone_app(serve, tiny_base: Path, tmp_path: Path):
    def start(bots_dir: Path | None = None) -> str:
        settings = ServeSettings(
            bots_dir=bots_dir or tmp_path / "bots", base=str(tiny_base),
            uploads_dir=tmp_path / "up",
        )  # fmt: skip
        return serve(create_app(settings))

    return start


@PHONE
def test_sources_posts_and_card_fit_a_phone(page, phone_app, bot_copy, tmp_path, errors):
    """Steps 1 and 3 with a bot already made: the counts table of three accounts (a .car
    among them), posts, the voice figures, the loss curve and the open card."""
    from playwright.sync_api import expect

    with_voice(bot_copy)
    page.goto(phone_app(bot_copy.parent))
    assert_fits(page, "start")

    archive = tmp_path / "marigold.zip"
    archive.write_bytes(sample_zip())
    car = tmp_path / "alice.bsky.social.car"
    car.write_bytes(build_car(bluesky_records(150)))
    page.get_by_label("Account 1").set_input_files(archive)
    page.get_by_label("Account 2").set_input_files(long_words_file(tmp_path / "words.txt"))
    page.get_by_label("Account 3").set_input_files(car)
    page.get_by_role("button", name="Read posts").click()
    expect(page.locator("#data-table tbody tr")).to_have_count(3)
    expect(page.locator("#samples")).to_contain_text(LONG_WORD)
    assert_fits(page, "the counts table")

    expect(page.locator("#voice-figures")).to_contain_text("Real vs generated")
    expect(page.locator("#loss-curve")).to_be_visible()
    prompt = page.get_by_label("Start of the post")
    prompt.fill(f"My dream is {LONG_WORD}")
    prompt.press("Enter")
    expect(page.locator("#posts > li .post-actions")).to_have_count(10, timeout=60_000)
    assert_fits(page, "the posts")

    page.locator("#card-details summary").click()
    expect(page.locator("#model-card table").first).to_be_visible()
    assert_fits(page, "the model card")
    page.screenshot(path=tmp_path / "phone.png", full_page=True)
    assert errors == []


@pytest.mark.slow
@PHONE
def test_the_three_steps_on_a_phone(page, phone_app, tmp_path, errors):
    """The established demo's whole flow at 390 px: upload, read, train, write, pick, card."""
    from playwright.sync_api import expect

    page.goto(phone_app())
    archive = tmp_path / "marigold.zip"
    archive.write_bytes(sample_zip())
    page.get_by_label("Account 1").set_input_files(archive)
    page.get_by_label("Account 2").set_input_files(long_words_file(tmp_path / "words.txt"))
    page.get_by_role("button", name="Read posts").click()
    expect(page.locator("#data-table tbody tr")).to_have_count(2)
    assert_fits(page, "the counts table")

    # A cyborg of both accounts, for 30 s: its whole run ends in a bounded time however busy
    # the machine (a full pass of both took over 180 s while benchmarks held the cores).
    page.get_by_label("Training time").select_option("30s")
    page.get_by_label("Method").select_option("full")
    page.get_by_role("button", name="Train bot").click()
    expect(page.locator("#job-done")).to_contain_text("is ready", timeout=desktop.TRAIN_TIMEOUT_MS)
    page.locator("details.log summary").click()
    expect(page.locator("#job-log")).to_be_visible()
    assert_fits(page, "the trained job and its log")

    expect(page.get_by_label("Write as")).to_be_visible()  # a cyborg of the two accounts
    prompt = page.get_by_label("Start of the post")
    prompt.press("Enter")
    posts = page.locator("#posts > li")
    expect(page.locator("#posts > li .post-actions")).to_have_count(10, timeout=60_000)
    assert_fits(page, "the posts")
    posts.nth(0).get_by_role("button", name="Use post 1 in the preview image").click()
    page.get_by_role("button", name="Update preview image").click()
    expect(page.locator("#preview-count")).to_contain_text("updated", timeout=60_000)
    expect(page.locator("#preview-image")).to_be_visible()
    assert_fits(page, "the preview image")
    page.locator("#card-details summary").click()
    expect(page.locator("#model-card h2").first).to_be_visible()
    assert_fits(page, "the model card")
    page.screenshot(path=tmp_path / "phone-flow.png", full_page=True)
    assert errors == []
