"""The accounts' avatars in the bot folder: the picture from the export, or a drawn initial.

Each account's avatar is `avatar-<handle slug>.<jpg|png|gif|webp>` in the bot folder, so the
model card can show it and `twinpost card` can redraw the preview without the export. A
picture that is not a readable image is ignored, as if the export had none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

from twinpost.bot.files import avatar_stem
from twinpost.bot.folder import avatar_files, handle_slugs, image_extension
from twinpost.bot.record import AccountRecord, BotRecord

AVATAR_SIZE = 400  # px: the card shows 96 px and the preview 120 px; 400 stays sharp on HiDPI
# Background colours of drawn avatars (Tailwind's 600 shades: white text on them passes
# WCAG AA contrast), picked by the handle so an account always gets the same one.
PALETTE = ("#DC2626", "#EA580C", "#CA8A04", "#16A34A", "#0D9488", "#0284C7", "#4F46E5",
           "#9333EA", "#DB2777")  # fmt: skip


def place_avatars(bot_dir: Path, record: BotRecord) -> list[str]:
    """Each account's avatar file in `bot_dir`: the export's picture kept when the bot was
    written, else a drawn initial (drawn now if it is not there); returns the file names."""
    handles = record.handles
    colours = avatar_colours(handles)
    return [
        _place_avatar(bot_dir, slug, account, colour)
        for account, slug, colour in zip(record.accounts, handle_slugs(handles), colours,
                                         strict=True)
    ]  # fmt: skip


def _place_avatar(bot_dir: Path, slug: str, account: AccountRecord, colour: str) -> str:
    for path in avatar_files(bot_dir, slug):
        if image_extension(path.read_bytes()):
            return path.name
    drawn = initial_avatar(account.display_name, account.handle, colour)
    name = f"{avatar_stem(slug)}.png"
    drawn.save(bot_dir / name)
    return name


def load_avatar(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGBA")


def avatar_colours(handles: Sequence[str]) -> list[str]:
    """A colour per account, picked by its handle, and distinct within one bot."""
    colours: list[str] = []
    for handle in handles:
        start = int(hashlib.sha256(handle.encode()).hexdigest(), 16)
        options = [PALETTE[(start + i) % len(PALETTE)] for i in range(len(PALETTE))]
        colours.append(next((c for c in options if c not in colours), options[0]))
    return colours


def initial_avatar(display_name: str, handle: str, colour: str | None = None) -> Image.Image:
    """A coloured square with the account's initial, for accounts without a picture."""
    from twinpost.card.fonts import TextStyle

    colour = colour or avatar_colours([handle])[0]
    image = Image.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), colour)
    letter = initial(display_name) or initial(handle) or "?"
    style = TextStyle(size=AVATAR_SIZE // 2, bold=True)
    face = style.face_for(letter, wants_emoji=False)
    centre = (AVATAR_SIZE / 2, AVATAR_SIZE / 2)
    ImageDraw.Draw(image).text(centre, letter, font=face.font, fill="white", anchor="mm")
    return image


def initial(name: str) -> str:
    """The first letter or digit of `name`, upper-cased."""
    return next((c.upper() for c in name if c.isalnum()), "")
