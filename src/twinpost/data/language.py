"""Which languages the posts are written in, for the model card's `language` field and the
voice report's style figures.

Each post is told by py3langid (a maintained fork of langid.py: 97 languages, a 4 MB model,
numpy only, ~0.1 ms a post), after the parts of a post that are no language (links,
@mentions, #hashtags, emoji) are taken out. A post too short or too mixed to tell with
confidence abstains. Each post votes for one language; every language with a fair share of
the votes is listed, most frequent first.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

# langid's probabilities are calibrated over the whole text; below this a short post's guess
# is noise ("lol ok" came back Volapük at 0.11; one real English sentence scores 0.98+).
MIN_CONFIDENCE = 0.8
MIN_LETTERS = 8  # fewer letters than this (once links, mentions and tags are out) abstain
MIN_LANGUAGE_SHARE = 0.1  # a language is listed when it has this share of the votes
_NOT_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|[@#][\w.@-]+", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Codes langid can return that name no language a card should list.
_NO_LANGUAGE = frozenset({"zxx", "und"})


@functools.cache
def _identifier():
    """Loaded once per process, on first use (about a second): most commands never need it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def post_language(text: str) -> str | None:
    """The ISO 639-1 code of the language one post is written in, or None when it cannot
    be told."""
    words = _NOT_LANGUAGE.sub(" ", text)
    if len(_LETTER.findall(words)) < MIN_LETTERS:
        return None
    lang, confidence = _identifier().classify(words)
    if confidence < MIN_CONFIDENCE or lang in _NO_LANGUAGE:
        return None
    return lang


def detect_languages(texts: Iterable[str]) -> list[str]:
    """ISO 639-1 codes of the languages with a fair share of the posts, most frequent first."""
    votes = Counter(lang for text in texts if (lang := post_language(text)))
    total = sum(votes.values())
    return [lang for lang, n in votes.most_common() if n >= MIN_LANGUAGE_SHARE * total]
