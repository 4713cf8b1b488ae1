"""The established tool's three-step demo, on the bundled fictional account:
1. read the posts and show the counts table; 2. train; 3. write 10 posts for a prompt."""

from __future__ import annotations

from pathlib import Path

from twinpost.config import GenerateConfig, build_train_config
from twinpost.console import err, out, show_corpus, show_training
from twinpost.generation.write import generate_posts
from twinpost.pipeline import prepare_training
from twinpost.training.run import train_on_corpus

# A fictional lighthouse keeper written for twinpost (CC0): data/demo_account/marigold/README.md
SAMPLE_ACCOUNT = Path(__file__).parent / "data" / "demo_account" / "marigold"


def run_demo(out_dir: Path, time_budget: str, prompt: str, base: str | None = None) -> list[str]:
    config = build_train_config(time_budget=time_budget, base=base)
    out.rule("[bold]1. Download[/bold]: the bundled sample account")
    corpus = prepare_training([str(SAMPLE_ACCOUNT)], out_dir, config)
    show_corpus(corpus, out)
    out.rule(f"[bold]2. Train[/bold]: {time_budget} on this machine")
    result = train_on_corpus(corpus, out_dir, config)
    show_training(result, err)
    out.rule(f"[bold]3. Predict[/bold]: 10 posts for {prompt!r}")
    posts = generate_posts(out_dir, prompt, GenerateConfig(n=10, seed=0))
    for i, post in enumerate(posts, start=1):
        out.print(f"{i:>2}. {post}", markup=False, highlight=False)
    out.print(
        f'\nTry your own: [bold]twinpost generate {out_dir} "{prompt}"[/bold], or train on '
        "your archive: [bold]twinpost train ARCHIVE.zip --out bots/me[/bold]"
    )
    return posts
