"""Search in the reader's words: every word of the query, in any order, in any form or spelling.

"integrated army" finds "an integral army" (the Snowball English stemmer gives integrated,
integration and integral one stem, army and armies another); "Bobruisk" finds "Babruysk"
(the spellings dataset lists a place's alternates); "hants" finds "Hantsavichi" (a word
matches the start of a word, so a search works while it is being typed). Accents and case
are ignored. No Streamlit here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import snowballstemmer

# A word with what follows an apostrophe ("NATO's", "don't"): the stemmer takes the possessive off.
WORD = re.compile(r"\w+(?:['’]\w+)*")
# Letters Unicode does not decompose into a base letter and an accent ("Suwałki" -> "suwalki").
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
# Words a question is phrased with that would match almost any row.
STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "has", "have", "how"),
        *("in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "there", "this", "to", "was"),
        *("were", "what", "when", "where", "which", "who", "why", "with"),
    }
)
_STEMMER = snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """Lower case without accents: 'Hancavičy' -> 'hancavicy'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words_of(text: str) -> list[str]:
    return WORD.findall(fold(text))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=1 << 17)
def _indexed(text: str) -> str:
    """Each word and its stem, each after a space, so ' integr' finds a word starting so."""
    return "".join(f" {word} {stem(word)}" for word in words_of(text)) + " "


@dataclass(frozen=True)
class Query:
    """One group of acceptable word starts per word the reader typed; a row must match every group."""

    groups: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.groups)


EVERYTHING = Query(())  # the empty search: every row


def spelling_groups(spellings: pd.DataFrame | None) -> dict[str, set[str]]:
    """Each single-word spelling in the spellings dataset, with every spelling of its name."""
    groups: dict[str, set[str]] = {}
    if spellings is None or spellings.empty:
        return groups
    for name, alternates in zip(spellings["name"], spellings["alternates"].fillna(""), strict=True):
        group = {fold(s.strip()) for s in [str(name), *str(alternates).split(";")] if s.strip()}
        for spelling in group:
            groups.setdefault(spelling, set()).update(group)
    return groups


def parse_query(text: str, spellings: pd.DataFrame | None = None) -> Query:
    words = words_of(text)
    kept = [word for word in words if word not in STOP_WORDS] or words
    alternates = spelling_groups(spellings)
    groups = []
    for word in dict.fromkeys(kept):
        forms = {word, *(alt for spelling in alternates.get(word, ()) for alt in words_of(spelling))}
        groups.append(tuple(sorted(forms | {stem(form) for form in forms})))
    return Query(tuple(groups))


def matches(texts: Iterable[str], query: Query, index: pd.Index | None = None) -> pd.Series:
    """True where a text holds every word of the query (in some form or spelling)."""
    indexed = pd.Series([_indexed(str(text)) for text in texts], index=index, dtype="str")
    found = pd.Series(True, index=indexed.index)
    for group in query.groups:
        any_form = pd.Series(False, index=indexed.index)
        for form in group:
            # "s" of "S-400" must not match every word starting with s: short words match whole.
            any_form |= indexed.str.contains(f" {form} " if len(form) < 3 else f" {form}", regex=False)
        found &= any_form
    return found


def rows_matching(frame: pd.DataFrame, columns: Iterable[str], query: Query) -> pd.Series:
    """Rows whose columns, read together, hold every word of the query."""
    if not query:
        return pd.Series(True, index=frame.index)
    if frame.empty:
        return pd.Series(False, index=frame.index)
    text: pd.Series = frame[list(columns)].fillna("").astype("str").agg(" ".join, axis=1)
    return matches(text, query, index=frame.index)
