"""A recipe: the training settings chosen for one account, for one base model.

`twinpost sweep` writes one (`recipe.json`) beside the bot it chose; `twinpost train --recipe
FILE` trains with it, the options given on the command line still winning. The file names
the base it was chosen for, since a learning rate or a number of blocks measured on one base
means nothing on another, and it holds only settings of the recipe: where a run happens
(device, tracking, a time cap) is the run's, not the account's.
"""

from __future__ import annotations

import json
from pathlib import Path

from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError
from twinpost.fileio import write_text_atomic
from twinpost.training.base_model import DEFAULT_BASE, display_name

RECIPE_FORMAT = "twinpost-recipe/1"
# Settings a recipe may not hold: the machine's, or the run's.
NOT_RECIPE = frozenset({"base", "device", "report_to", "time_budget", "fetch_parents"})


def base_of(config: TrainConfig) -> str:
    """How a recipe names its base: the Hub id or the folder's or file's name."""
    return display_name(config.base or DEFAULT_BASE)


def write_recipe(path: Path, config: TrainConfig, about: dict) -> None:
    """Write `config`'s recipe settings, for its base, with `about` (what chose them)."""
    settings = {k: v for k, v in config.to_dict().items() if k not in NOT_RECIPE}
    recipe = {"format": RECIPE_FORMAT, "base": base_of(config), "settings": settings, **about}
    write_text_atomic(path, json.dumps(recipe, indent=2, ensure_ascii=False) + "\n")


def read_recipe(path: Path, base: str | None) -> dict:
    """The settings of the recipe at `path`, checked: it is a recipe, it was chosen for the
    base this run trains (`base`, None for the default), and it holds only known settings
    of a recipe. Raise a one-line TwinpostError otherwise."""
    try:
        recipe = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TwinpostError(f"--recipe {path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TwinpostError(f"--recipe {path}: not a twinpost recipe ({e})") from None
    if not isinstance(recipe, dict) or recipe.get("format") != RECIPE_FORMAT:
        raise TwinpostError(
            f'--recipe {path}: not a twinpost recipe (no "format": "{RECIPE_FORMAT}")'
        )
    settings = recipe.get("settings")
    if not isinstance(settings, dict):
        raise TwinpostError(f'--recipe {path}: "settings" must be an object')
    wanted = base_of(TrainConfig(base=base))
    if recipe.get("base") != wanted:
        raise TwinpostError(
            f"--recipe {path}: chosen for the base model {recipe.get('base')!r}, and this run "
            f"trains {wanted!r}: pass --base for that model, or run twinpost sweep again"
        )
    known = set(TrainConfig().to_dict()) - NOT_RECIPE
    unknown = sorted(set(settings) - known)
    if unknown:
        raise TwinpostError(
            f"--recipe {path}: unknown setting {', '.join(map(repr, unknown))}; a recipe "
            f"holds {', '.join(sorted(known))}"
        )
    try:
        TrainConfig.from_settings(**settings)  # every value in its range
    except TwinpostError as e:
        raise TwinpostError(f"--recipe {path}: {e}") from None
    return settings
