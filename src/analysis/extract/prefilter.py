"""Where a rule can match, found for all rules at once.

Most rules open with a word (`không|chưa có dịch vụ …`, `nhân lực|cán bộ|… CNTT … có 80`). Run one by one over a
whole document, CPython's regex engine tries such a rule at nearly every character (an alternation of common
words cannot be skipped to), and with some fifty rules that was most of what extraction cost. Instead, the
opening words of every rule are read off its compiled pattern (`opening_words`), one Aho-Corasick automaton
(pyahocorasick) finds all of them in one pass over the document (`WordIndex`), and each rule is tried only
where one of its opening words stands.

This changes nothing about what matches: a rule whose every match must begin with one of its opening words
cannot match anywhere else, and `matches_in` tries the positions in order and skips overlaps exactly as
`re.finditer` does (tests compare the two). A rule whose opening cannot be read (it starts with a character
class, an optional group, …) gets no words and is run over the text as before.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import TypeVar

import ahocorasick

try:  # the regex syntax tree: private, stable since Python 3.11; without it every rule is scanned plainly
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover - a future Python
    sre_constants = sre_parser = None
try:  # the characters a case-blind regex matches beyond lower-casing (`ı` for `i`, `ſ` for `s`): private as well
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - a future Python
    _EXTRA_CASES = None

T = TypeVar("T")

__all__ = [
    "WordIndex",
    "finditer_from_words",
    "first_words",
    "matches_in",
    "opening_words",
    "pattern_openings",
    "required_words",
    "search_from_words",
]

_MAX_WORDS = 64  # beyond this many alternatives the opening is not worth indexing


def _opening(items: list, digits: bool = False) -> list[str] | None:
    r"""Literal strings one of which every match of the sequence `items` starts with (None: unknown). With `digits`,
    `\d` (alone or repeated) is read as the ASCII digits: only for texts with no other digit (`_foreign_digit`)."""
    words = [""]
    for k, (op, av) in enumerate(items):
        if op is sre_constants.IN:  # `\d` (with `digits`), `[-–—]`, `[mg]bps`: each character one more word
            if digits and av == [(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)]:
                chars = "0123456789"
            elif all(o is sre_constants.LITERAL for o, _ in av):
                chars = "".join(chr(a) for _, a in av)
            else:
                break
            if len(words) * len(chars) > _MAX_WORDS:
                break
            words = [w + c for w in words for c in chars]
            continue
        if digits and op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            inner = _opening(list(av[2]), digits)
            if av[0] == 0 and words == [""]:  # `(?:tính )?đến`: the optional words, or what follows them
                rest = _opening(list(items[k + 1 :]), digits)
                if inner is None or rest is None or len(inner) + len(rest) > _MAX_WORDS:
                    return None
                return inner + rest
            if av[0] >= 1 and inner is not None and len(words) * len(inner) <= _MAX_WORDS:
                words = [w + i for w in words for i in inner]  # (`\d+`: a digit first; the words stop there)
            break
        if op is sre_constants.ASSERT_NOT or op is sre_constants.ASSERT:
            if av[0] == -1 and words == [""]:  # a look-behind before anything is read takes no characters
                continue
            break
        if op is sre_constants.AT and words == [""]:  # so does `\b` (or `^`) before anything is read
            continue
        if op is sre_constants.LITERAL:
            words = [w + chr(av) for w in words]
            continue
        if op is sre_constants.SUBPATTERN:
            if av[1] & sre_constants.SRE_FLAG_IGNORECASE:  # `(?i:…)`: its letters may be of either case
                break
            inner = _opening(list(av[-1]), digits)
        elif op is sre_constants.BRANCH:
            inner = []
            for branch in av[1]:
                opening = _opening(list(branch), digits)
                if opening is None:
                    inner = None
                    break
                inner += opening
        else:
            break
        if inner is None or len(words) * len(inner) > _MAX_WORDS:
            break
        # A group may end before its words do (`(?:dịch vụ|DVC)`): the words read so far stop here.
        words = [w + i for w in words for i in inner]
        break
    if any(w == "" for w in words):
        return None
    return words


@functools.cache
def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words one of which every match of `pattern` starts with, or None when that cannot be read.

    Only case-sensitive patterns are read (cues are lower-cased and matched against lower-cased text)."""
    if pattern.flags & re.IGNORECASE or sre_parser is None:
        return None
    try:
        words = _opening(list(sre_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a private syntax tree changed shape: fall back to plain scanning, never guess
        return None
    return tuple(sorted(set(words))) if words else None


def by_identity(build: Callable[[tuple], T]) -> Callable[[Iterable], T]:
    """Cache `build(items)` on the identity of the items. Compiled patterns hash slowly (a pattern hashes its
    whole compiled code), and these caches are consulted once per document. An entry keeps its items alive,
    so no other object can take their ids while it exists."""
    cache: dict[tuple[int, ...], tuple[tuple, T]] = {}

    @functools.wraps(build)
    def cached(items: Iterable) -> T:
        items = tuple(items)
        hit = cache.get(key := tuple(map(id, items)))
        if hit is None:
            hit = cache[key] = (items, build(items))
        return hit[1]

    return cached


class _Openings:
    """The opening words of a list of patterns and one automaton that finds them all (built once per list)."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]):
        ids: dict[str, int] = {}
        self.words_of = [
            None if (words := opening_words(p)) is None else tuple(ids.setdefault(w, len(ids)) for w in words)
            for p in patterns
        ]
        self.unindexed = [i for i, word_ids in enumerate(self.words_of) if word_ids is None]
        self.patterns_of_word: list[list[int]] = [[] for _ in ids]
        for i, word_ids in enumerate(self.words_of):
            for w in word_ids or ():
                self.patterns_of_word[w].append(i)
        self.automaton = ahocorasick.Automaton()
        for word, i in ids.items():
            self.automaton.add_word(word, (i, len(word)))
        if ids:
            self.automaton.make_automaton()


@by_identity
def _openings(patterns: tuple[re.Pattern[str], ...]) -> _Openings:
    return _Openings(patterns)


def pattern_openings(patterns: Sequence[re.Pattern[str]]) -> _Openings:
    """The opening words of `patterns` and their automaton, for `WordIndex` (built once per list of patterns)."""
    return _openings(patterns)


class WordIndex:
    """Start positions, in one text, of the opening words of a list of patterns (found in one pass).

    `starts(i)` are the positions where pattern `i` may match; patterns with no opening words return None."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str]] | _Openings,
        text: str,
        spans: Sequence[tuple[int, int]] | None = None,
    ):
        """Index `text`, or only the parts of it in `spans` (sorted, not overlapping) when the patterns will
        only ever be run inside them: words that do not lie wholly inside a span are not found. `patterns` may be
        given as their `pattern_openings` (worked out once by a caller that indexes many texts with them)."""
        self._openings = openings = patterns if isinstance(patterns, _Openings) else _openings(patterns)
        found: list[list[int]] = [[] for _ in openings.patterns_of_word]
        if found:
            # (A slice is searched, not `iter(text, begin, end)`: pyahocorasick converts the whole string it is
            # given at each call, which for a span of a long text cost more than the search.)
            for begin, end in spans if spans is not None else [(0, len(text))]:
                part = text[begin:end] if begin or end != len(text) else text
                for last, (word, length) in openings.automaton.iter(part):
                    found[word].append(begin + last - length + 1)
        self._found = found
        self._starts: dict[tuple[int, ...], list[int]] = {}  # per set of opening words (rules share them)
        self.unindexed = openings.unindexed

    def starts(self, i: int) -> list[int] | None:
        ids = self._openings.words_of[i]
        if ids is None:
            return None
        if len(ids) == 1:
            return self._found[ids[0]]
        found = self._starts.get(ids)
        if found is None:
            found = self._starts[ids] = sorted(chain.from_iterable([self._found[w] for w in ids]))
        return found

    def candidates(self, begin: int, end: int) -> list[tuple[int, int]]:
        """(pattern, position) of every opening word that starts in [begin, end), by pattern then position."""
        merged_at, merged = self._merged
        lo = bisect.bisect_left(merged_at, begin)
        hi = bisect.bisect_left(merged_at, end, lo)
        return sorted((i, at) for at, i in merged[lo:hi])

    def in_window(self, begin: int, end: int) -> list[tuple[int, int]]:
        """(position, pattern) of every opening word that starts in [begin, end), by position then pattern."""
        merged_at, merged = self._merged
        lo = bisect.bisect_left(merged_at, begin)
        return merged[lo : bisect.bisect_left(merged_at, end, lo)]

    @functools.cached_property
    def _merged(self) -> tuple[list[int], list[tuple[int, int]]]:
        patterns_of_word = self._openings.patterns_of_word
        merged = sorted(
            (at, i) for w, starts in enumerate(self._found) if starts for i in patterns_of_word[w] for at in starts
        )
        return [at for at, _ in merged], merged


def matches_in(
    pattern: re.Pattern[str], text: str, starts: list[int] | None, begin: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text[begin:end])` finds, offsets in the slice, trying only `starts` (positions in
    the whole text, sorted) when the pattern's opening words are known."""
    window = text if begin == 0 and end is None else text[begin:end]
    if starts is None:
        yield from pattern.finditer(window)
        return
    if begin == 0 and end is None:  # the whole text (how extract_counts asks): the loop below, without offsets
        match, taken_until = pattern.match, 0
        for at in starts:
            if at >= taken_until and (m := match(text, at)):
                taken_until = m.end()
                yield m
        return
    stop = len(text) if end is None else end
    i = bisect.bisect_left(starts, begin) if begin else 0
    taken_until = 0
    for at in starts[i : bisect.bisect_left(starts, stop)]:
        at -= begin
        if at < taken_until:  # inside the previous match: finditer never looks there
            continue
        m = pattern.match(window, at)
        if m:
            taken_until = m.end()
            yield m


# --- one search or scan with one pattern, from its opening words ----------------------------------------------
# A pattern that opens with `\b`, a look-behind or an alternation of many words, or is case-blind (re.IGNORECASE),
# cannot be jumped to: the engine tries it at every character of the text. A regex of its opening words alone
# (literal strings: the engine jumps between their first letters) finds where it may match, and it is tried only
# there. A case-blind pattern's words are lower-cased and looked for in the lower-cased text; that text must keep
# every offset (a character that lower-cases to two, `İ`, makes no shortcut), and a character the pattern also takes
# for a letter of those words but that no lower-casing gives (`ı` for `i`, `ſ` for `s`: re's extra cases) must not be
# in it.


def _caseless_openings(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], str] | None:
    r"""For a case-blind pattern: the lower-cased words one of which every match opens with, and the characters
    that would stand for one of their letters in a match though no lower-casing gives them (None: unknown). A `\d`
    is read as the ASCII digits (see `_opening`): then the extra characters hold `_DIGITS_READ`."""
    if not pattern.flags & re.IGNORECASE or sre_parser is None or _EXTRA_CASES is None:
        return None
    try:
        words = _opening(list(sre_parser.parse(pattern.pattern, pattern.flags)), digits=True)
    except Exception:  # a private syntax tree changed shape: no shortcut
        return None
    if not words or any(len(w) != len(w.lower()) for w in words):
        return None
    lowered = {w.lower() for w in words}
    extra = {chr(e) for w in lowered for c in w for e in _EXTRA_CASES.get(ord(c), ())}
    if any(c.isdigit() for w in lowered for c in w):
        extra.add(_DIGITS_READ)
    return tuple(sorted(lowered)), "".join(sorted(extra))


@functools.cache
def _foreign_digit() -> re.Pattern[str]:
    """Every decimal digit `\\d` matches but the ASCII ones (`٣`, `３` …): a text with none of them has its `\\d`s
    among 0-9. (Built at first use: reading every character's category takes a tenth of a second.)"""
    ranges: list[list[int]] = []
    for c in range(0x80, 0x110000):
        if chr(c).isdecimal():
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


_DIGITS_READ = "\x00"  # the mark (in the extra characters) of words read from `\d`


_JUMPS: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], tuple[str, ...] | None, bool, str] | None]] = {}

# Up to this many opening words are looked for with str.find, one call per word: a regex of a few words that open with
# different letters is tried at every character (each a test of a character class), str.find skips through the text.
_FEW_WORDS = 4


def _jump(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], tuple[str, ...] | None, bool, str] | None:
    """(a regex of the pattern's opening words, the words themselves when they are few (`_FEW_WORDS`), whether they
    are looked for in the lower-cased text, the extra characters that forbid that), or None when the opening cannot be
    read. Kept by the pattern's identity (see `by_identity`): the pattern is kept too, so its id is never another's."""
    hit = _JUMPS.get(id(pattern))
    if hit is None:
        caseless = bool(pattern.flags & re.IGNORECASE)
        openings = _caseless_openings(pattern) if caseless else (opening_words(pattern), "")
        jump = None
        if openings is not None and openings[0]:
            words, extra = openings
            finder = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))
            jump = (finder, tuple(words) if len(words) <= _FEW_WORDS else None, caseless, extra)
        hit = _JUMPS[id(pattern)] = (pattern, jump)
        if jump is not None and not caseless:
            _PLAIN_FINDERS[id(pattern)] = jump[:2]
    return hit[1]


# The finders (and few words) of the patterns whose words are looked for in the text as it is (not case-blind): what
# `_where_words` gives for them, looked up at once by `search_from_words` (asked ~100 times a document, two calls fewer
# each). An entry is only made with the pattern's entry in `_JUMPS`, which keeps the pattern (so its id is never
# another's).
_PLAIN_FINDERS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _first_of(words: tuple[str, ...], where: str, at: int, stop: int) -> int:
    """Where the first of `words` starts in where[at:stop] (lying wholly inside it), or -1: what the regex of the words
    finds (`finder.search(where, at, stop)`), found with str.find."""
    first = -1
    for w in words:
        k = where.find(w, at, stop)
        if k >= 0 and (first < 0 or k < first):
            first = k
    return first


_recent_lowered: tuple[tuple[str, str | None], ...] = ()  # (text, its lower case) of the last few texts asked of


def _lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset, else None. The last few texts' are kept (a document's whole text and
    its head or lead are asked of in turn; a tuple replaced at once, safe with threads)."""
    global _recent_lowered
    recent = _recent_lowered
    for known, lowered in recent:
        if known is text:
            return lowered
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = None
    _recent_lowered = ((text, lowered), *recent[:3])
    return lowered


def lowered_known(text: str) -> str | None:
    """The lower case of `text` if it was lower-cased here of late (`_lowered`) and kept its offsets, else None:
    metadata and then the rules read one text, lower-cased once."""
    for known, lowered in _recent_lowered:
        if known is text:
            return lowered
    return None


def _where_words(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], tuple[str, ...] | None, str] | None:
    """(the regex of the pattern's opening words, those words when few, the text to look for them in), or None: scan
    plainly."""
    jump = _jump(pattern)
    if jump is None:
        return None
    finder, few, caseless, extra = jump
    if not caseless:
        return finder, few, text
    lowered = _lowered(text)
    if lowered is None or any(c in lowered for c in extra if c != _DIGITS_READ):
        return None
    if _DIGITS_READ in extra and _foreign_digits(lowered):
        return None
    return finder, few, lowered


_last_foreign: tuple[str | None, bool] = (None, False)


def _foreign_digits(lowered: str) -> bool:
    """Whether a digit other than 0-9 is in the text (kept for the last text asked of)."""
    global _last_foreign
    last = _last_foreign
    if last[0] is lowered:
        return last[1]
    found = _foreign_digit().search(lowered) is not None
    _last_foreign = (lowered, found)
    return found


def search_from_words(pattern: re.Pattern[str], text: str, begin: int = 0, end: int | None = None):
    """What `pattern.search(text, begin, end)` finds: tried only where one of its opening words stands."""
    stop = len(text) if end is None else min(end, len(text))
    plain = _PLAIN_FINDERS.get(id(pattern))
    if plain is not None:
        (finder, few), where = plain, text
    else:
        found = _where_words(pattern, text)
        if found is None:
            return pattern.search(text, begin, stop)
        finder, few, where = found
    match, at = pattern.match, begin
    if few is not None:
        while (at := _first_of(few, where, at, stop)) >= 0:
            if m := match(text, at, stop):
                return m
            at += 1
        return None
    while (word := finder.search(where, at, stop)) is not None:
        at = word.start()
        if m := match(text, at, stop):
            return m
        at += 1
    return None


def finditer_from_words(
    pattern: re.Pattern[str], text: str, begin: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, begin, end)` finds: tried only where one of its opening words stands, skipping
    overlaps as finditer does."""
    stop = len(text) if end is None else min(end, len(text))
    found = _where_words(pattern, text)
    if found is None:
        yield from pattern.finditer(text, begin, stop)
        return
    finder, few, where = found
    match, at = pattern.match, begin
    if few is not None:
        while (at := _first_of(few, where, at, stop)) >= 0:
            if m := match(text, at, stop):
                yield m
                at = m.end()
            else:
                at += 1
        return
    while (word := finder.search(where, at, stop)) is not None:
        at = word.start()
        if m := match(text, at, stop):
            yield m
            at = m.end()
        else:
            at += 1


def _is_space_only(op, av) -> bool:
    """Whether the syntax-tree node (op, av) can only match whitespace (`\\s`, a space, `[ \\t]`, repeated)."""
    if op is sre_constants.LITERAL:
        return chr(av).isspace()
    if op is sre_constants.CATEGORY:
        return av is sre_constants.CATEGORY_SPACE or av is sre_constants.CATEGORY_UNI_SPACE
    if op is sre_constants.IN:
        return all(_is_space_only(o, a) for o, a in av)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        return all(_is_space_only(o, a) for o, a in av[2])
    return False


def _first_words(items: list, then: _Then | None, lead: bool = True) -> set[str] | None:
    """Literal strings one of which the first non-space characters of every match of `items` (followed by
    `then`) start with, or None when that cannot be read. With `lead` false the match itself must start with
    one of them (no leading spaces are skipped)."""
    words = [""]
    for k, (op, av) in enumerate(items):
        if words != [""]:  # a word is being read: literal characters lengthen it, anything else ends it
            if op is sre_constants.LITERAL and not chr(av).isspace():
                words = [w + chr(av) for w in words]
                continue
            if op in (sre_constants.SUBPATTERN, sre_constants.BRANCH):  # `c(?:án bộ|bcc)`: read into it
                inner = _first_words([(op, av)], _Then(items[k + 1 :], then), lead=False)
                if inner is not None and len(words) * len(inner) <= _MAX_WORDS:
                    return {w + i for w in words for i in inner}
            return set(words)
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
            continue  # consumes nothing
        if _is_space_only(op, av):
            if not lead:
                return None
            continue  # before the first word: spaces
        if op is sre_constants.LITERAL:
            words = [chr(av)] if not chr(av).isspace() else None
            if words is None:
                return None
            continue
        if op is sre_constants.IN:  # `(?:x|y)` is compiled to `[xy]`
            if not all(o is sre_constants.LITERAL and not chr(a).isspace() for o, a in av):
                return None  # a negated class, a range, a category …
            return {chr(a) for _, a in av}
        follow = _Then(items[k + 1 :], then)
        if op is sre_constants.SUBPATTERN:
            return None if av[1] & sre_constants.SRE_FLAG_IGNORECASE else _first_words(list(av[-1]), follow, lead)
        if op is sre_constants.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = _first_words(list(branch), follow, lead)
                if got is None:
                    return None
                out |= got
            return out
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            got = _first_words(list(av[2]), follow, lead)
            if got is None or av[0] > 0:
                return got
            rest = follow.get(lead)  # may match nothing: what follows may come first
            return None if rest is None else got | rest
        return None  # `.`, a group reference …: could be anything
    if words != [""]:
        return set(words)
    return then.get(lead) if then is not None else None  # nothing read: what follows comes first


class _Then:
    """What follows a node, read only when the node may match nothing."""

    def __init__(self, items: list, then: _Then | None):
        self.items, self.then = items, then

    def get(self, lead: bool) -> set[str] | None:
        return _first_words(self.items, self.then, lead)


def first_words(source: str) -> tuple[str, ...] | None:
    """Words one of which every match of the regex `source` starts with once its leading spaces are skipped
    (`\\s*(?:dịch vụ|DVC)` → `dịch`, `dvc`), or None when a match may start with anything (or be only spaces)."""
    if sre_parser is None:
        return None
    try:
        words = _first_words(list(sre_parser.parse(source)), None)
    except Exception:  # a private syntax tree changed shape: no shortcut
        return None
    return tuple(sorted(words)) if words else None


def _options(items: list) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of the sequence `items` contains one string of each set."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre_constants.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        if op is sre_constants.SUBPATTERN and not av[1] & sre_constants.SRE_FLAG_IGNORECASE:
            options += _options(list(av[-1]))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            options += _options(list(av[2]))
        elif op is sre_constants.BRANCH:
            # One set for the alternation: for each branch one of its sets, the sets shared by most branches
            # first (`cấp xã|UBND xã|các xã` → {xã}).
            per_branch = [_options(list(branch)) for branch in av[1]]
            if all(per_branch):
                chosen: set[str] = set()
                left = list(range(len(per_branch)))
                while left:
                    counts: dict[frozenset[str], int] = {}
                    for b in left:
                        for option in set(per_branch[b]):
                            counts[option] = counts.get(option, 0) + 1
                    pick = max(counts, key=lambda o: (counts[o], -len(o), min(map(len, o)), sorted(o)))
                    chosen |= pick
                    left = [b for b in left if pick not in per_branch[b]]
                options.append(frozenset(chosen))
    return options


@functools.cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` contains (`cấp\\s*xã|ubnd\\s*xã` → `xã`), or None when none is
    known: a window that holds none of them holds no match, which `in` tells far faster than a regex scan."""
    if pattern.flags & re.IGNORECASE or sre_parser is None:
        return None
    try:
        options = _options(list(sre_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a private syntax tree changed shape: no shortcut
        return None
    if not options:
        return None
    # The fewest words, then the longest shortest word: the cheapest and most telling test. A word that holds
    # another of them adds nothing (`huyện,` with `huyện`).
    best = min(options, key=lambda o: (len(o), -min(map(len, o)), sorted(o)))
    return tuple(sorted(w for w in best if not any(v != w and v in w for v in best)))
