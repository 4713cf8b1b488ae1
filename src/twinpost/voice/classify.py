"""The two classifiers of `twinpost eval`, both on character n-grams (scikit-learn), the
classic features of authorship attribution: they catch spelling, casing, punctuation,
emoji, hashtags and favourite words without any tokenizer.

- attribution: which account (of the bot's, the impostors', or the base model) wrote a post;
- the discriminator: real post or generated, cross-validated; 0.5 means indistinguishable.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

FOLDS = 5
MAX_PER_CLASS = 1000  # posts an account brings to the classifier: more costs time, not accuracy


def _classifier(seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(1, 4),
            sublinear_tf=True,
            min_df=2,
            lowercase=False,
            max_features=200_000,
        ),  # fmt: skip
        LogisticRegression(max_iter=2000, class_weight="balanced", random_state=seed),
    )


def attribute(classes: dict[str, list[str]], texts: list[str], seed: int = 0) -> list[str]:
    """The class each of `texts` is attributed to, by a classifier trained on `classes`
    (name -> its posts)."""
    rng = random.Random(seed)
    x, y = [], []
    for name, posts in classes.items():
        kept = rng.sample(posts, min(len(posts), MAX_PER_CLASS))
        x += kept
        y += [name] * len(kept)
    model = _classifier(seed).fit(x, y)
    return list(model.predict(texts)) if texts else []


@dataclass
class Discrimination:
    accuracy: float  # balanced, cross-validated; 0.5: the generated posts pass for real ones
    low: float  # its 95% confidence interval
    high: float
    real: int  # posts on each side
    generated: int

    def to_dict(self) -> dict:
        return {"accuracy": self.accuracy, "low": self.low, "high": self.high,
                "real": self.real, "generated": self.generated}  # fmt: skip


def discriminate(real: list[str], generated: list[str], seed: int = 0) -> Discrimination:
    """How well a classifier tells real posts from generated ones: balanced accuracy (the
    mean of the share of real posts called real and of generated called generated), over
    every post of both sides, each predicted by a classifier that did not learn it.

    Every post counts, rather than as many generated posts as there are real ones: a bot's
    held-out posts are often under 100, and subsampling 200 generated posts down to them
    made the figure swing by +-0.05 between seeds.
    """
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    if min(len(real), len(generated)) < FOLDS:
        raise ValueError(f"{min(len(real), len(generated))} posts a side: too few to tell")
    x, y = real + generated, [1] * len(real) + [0] * len(generated)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    predicted = cross_val_predict(_classifier(seed), x, y, cv=folds)
    recalls = []
    for label, n in ((1, len(real)), (0, len(generated))):
        right = sum(p == t == label for p, t in zip(predicted, y, strict=True))
        recalls.append((right / n, n))
    accuracy = sum(r for r, _ in recalls) / 2
    # Normal approximation of the mean of two independent binomial shares.
    half = 1.96 * math.sqrt(sum(r * (1 - r) / n for r, n in recalls)) / 2
    low, high = max(0.0, accuracy - half), min(1.0, accuracy + half)
    return Discrimination(
        round(accuracy, 3), round(low, 3), round(high, 3), len(real), len(generated)
    )
