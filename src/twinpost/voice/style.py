"""How a set of posts is written, in figures that compare across sets: the style profile
(length, mentions, hashtags, links, emoji, casing, punctuation, line breaks, dangling
endings, languages) and diversity (distinct-n and self-BLEU)."""

from __future__ import annotations

import random
from collections import Counter
from statistics import mean, median

import regex

from twinpost.data.clean import ends_in_separator
from twinpost.data.language import post_language

_MENTION = regex.compile(r"(?<!\w)@\w")
_HASHTAG = regex.compile(r"(?<!\w)#\w")
_LINK = regex.compile(r"https?://|www\.", regex.IGNORECASE)
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_LETTER = regex.compile(r"\p{L}")
_UPPER = regex.compile(r"\p{Lu}")
_PUNCT = regex.compile(r"\p{P}")
_WORD = regex.compile(r"\w+")

SELF_BLEU_POSTS = 50  # posts scored against the rest (sacrebleu: ~25 ms each against 200)


def style_profile(texts: list[str]) -> dict:
    """Each figure is a share of posts unless its name says otherwise."""
    if not texts:
        return {}
    languages = Counter(post_language(t) or "?" for t in texts)
    letters = [len(_LETTER.findall(t)) for t in texts]
    return {
        "posts": len(texts),
        "mean_chars": round(mean(len(t) for t in texts), 1),
        "median_chars": median(len(t) for t in texts),
        "mentions": _share(texts, _MENTION),
        "hashtags": _share(texts, _HASHTAG),
        "links": _share(texts, _LINK),
        "emoji": _share(texts, _EMOJI),
        "uppercase_letters": round(
            sum(len(_UPPER.findall(t)) for t in texts) / max(1, sum(letters)), 3
        ),
        "starts_lowercase": round(sum(bool(t[:1].islower()) for t in texts) / len(texts), 3),
        "punctuation_per_100_chars": round(
            100 * sum(len(_PUNCT.findall(t)) for t in texts) / max(1, sum(map(len, texts))), 2
        ),
        "questions": round(sum("?" in t for t in texts) / len(texts), 3),
        "exclamations": round(sum("!" in t for t in texts) / len(texts), 3),
        "line_breaks_per_post": round(sum(t.count("\n") for t in texts) / len(texts), 2),
        # posts ending as if a link should follow ("… Operator -"): what cleaning once left
        "dangling_endings": round(sum(map(ends_in_separator, texts)) / len(texts), 3),
        "languages": {lang: round(n / len(texts), 3) for lang, n in languages.most_common(4)},
    }


def _share(texts: list[str], pattern: regex.Pattern) -> float:
    return round(sum(bool(pattern.search(t)) for t in texts) / len(texts), 3)


def diversity(texts: list[str], seed: int = 0) -> dict:
    """distinct-n: distinct word n-grams over all n-grams (higher: more varied); self-BLEU:
    each post's BLEU against the others (higher: more alike; Zhu et al. 2018, Texygen)."""
    if len(texts) < 2:
        return {}
    return {
        "distinct_1": _distinct(texts, 1),
        "distinct_2": _distinct(texts, 2),
        "self_bleu": self_bleu(texts, seed),
    }


def _distinct(texts: list[str], n: int) -> float:
    grams = [
        tuple(words[i : i + n])
        for words in (_WORD.findall(t.casefold()) for t in texts)
        for i in range(len(words) - n + 1)
    ]
    return round(len(set(grams)) / max(1, len(grams)), 3)


def self_bleu(texts: list[str], seed: int = 0) -> float:
    from sacrebleu.metrics import BLEU

    bleu = BLEU(effective_order=True)
    rng = random.Random(seed)
    chosen = rng.sample(range(len(texts)), min(SELF_BLEU_POSTS, len(texts)))
    scores = []
    for i in chosen:
        others = [t for j, t in enumerate(texts) if j != i]
        scores.append(bleu.sentence_score(texts[i], others).score)
    return round(mean(scores) / 100, 3)
