"""Which languages the posts are written in, for the model card's `language` field.

A dependency-free detector, good enough for a card: posts in a script of their own (Japanese,
Chinese, Korean, Thai, Russian, Arabic) are told by their characters; posts in Latin script
by counting frequent function words of English, Spanish, German, French, Portuguese, Italian
and Dutch. Each post votes for one language; every language with a fair share of the votes
is listed, most frequent first. Posts too short to tell abstain.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Frequent function words, chosen to tell these languages apart: a word shared by several
# languages ("de", "la") still counts for each, and the others break the tie.
STOP_WORDS = {
    "en": "the and is are was were of to in that it for with this you not have has be on my "
    "but just what from they at your about i'm it's don't can will would there been",
    "es": "el la los las que de y en un una es por para con no se lo del al pero como más muy "
    "ya está hay yo me mi también esto eso cuando porque todo son",
    "de": "der die das und ist nicht ich ein eine zu den mit von auf für es sich auch dem des "
    "wir aber noch wie bei oder nur schon sind war",
    "fr": "le la les et est un une des du que qui pas pour dans sur avec ce je il elle au aux "
    "mais ou vous nous très c'est sont plus",
    "pt": "o a os as e é um uma de do da dos das em no na que não para com por se mais mas "
    "como ao eu você muito também isso está",
    "it": "il lo la gli le e è un una di da del della che non per con su sono ma come anche "
    "mi io questo ci ho molto più perché",
    "nl": "de het een en is van dat die niet op te in voor met zijn ik je maar ook er aan om "
    "als bij naar nog wat dit wel heb",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in STOP_WORDS.items()}

# Scripts that name their language well enough for a card (Cyrillic could be Ukrainian or
# Bulgarian too; Russian is by far the most common on the platforms twinpost reads).
_SCRIPTS = (
    ("ja", re.compile("[\u3040-\u30ff]")),  # Hiragana and Katakana: only Japanese uses them
    ("ko", re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("zh", re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")),  # Han without kana
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

MIN_STOP_WORDS = 2  # fewer function words than this in a post is not enough to tell
MIN_SCRIPT_SHARE = 0.3  # a post is in a script when this share of its letters are
MIN_LANGUAGE_SHARE = 0.1  # a language is listed when it has this share of the votes


def post_language(text: str) -> str | None:
    """The language one post is written in, or None when it cannot be told."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    for lang, script in _SCRIPTS:
        if len(script.findall(text)) >= MIN_SCRIPT_SHARE * letters:
            return lang
    words = Counter(w.lower().replace("\u2019", "'") for w in _WORD.findall(text))
    scores = {lang: sum(n for w, n in words.items() if w in stop) for lang, stop in _WORDS.items()}
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    if best < MIN_STOP_WORDS or len(winners) > 1:
        return None
    return winners[0]


def detect_languages(texts: Iterable[str]) -> list[str]:
    """ISO 639-1 codes of the languages with a fair share of the posts, most frequent first."""
    votes = Counter(lang for text in texts if (lang := post_language(text)))
    total = sum(votes.values())
    return [lang for lang, n in votes.most_common() if n >= MIN_LANGUAGE_SHARE * total]
