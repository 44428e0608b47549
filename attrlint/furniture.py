"""Page furniture: how much each short paragraph of a draft reads like a web page's residue.

A short paragraph that names at least one *vocabulary class* (account, newsletter, comments,
cookies, legal, ads, sharing, credits, promos, continue reading: a pack lexicon of `class: regex`
entries a newsroom can extend) is scored by a logistic model over its classes and its *shape*:
length, separators, capitals, a finite verb, a reporting cue, the share of function words (as
jusText reads prose), quotation marks, whether it stands outside the body copy, and whether it
repeats; and the pack's own shapes (`furniture_shapes`, `shape: regex`: a comment's stamp or
header, a credit's name and agency, a row of controls). The weights are pack data too
(`furniture_weights`), fitted by `bench/furniture_fit.py` on labelled lines. A paragraph scoring
over the threshold is furniture of its class of highest weight; a rule that names that class
reports it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from attrlint.errors import did_you_mean
from attrlint.multipattern import PatternSet, pattern_set
from attrlint.regex_store import compiled

SHAPES = tuple(
    """bias classes words other_words vocabulary_share one_word long_sentence headline period_end colon_end
    separators reader vocabulary_first vocabulary_last phrase in_passing imperative title_case capitals finite_verb
    full_sentence cue function_words quoted digits count edge repeated foreign_words display_echo""".split()
)  # the shape features every paragraph has (`shape`, `features`), in the order the fit writes them
# The analysis settings the model is made of, gathered from every boilerplate rule: one model for all.
# `patterns` are the rules' own phrases: a paragraph they name is left to the rule that names it.
FURNITURE_SETTINGS = (
    "furniture_vocabulary",
    "furniture_weights",
    "function_words",
    "finite_verbs",
    "reader_words",
    "imperative_verbs",
    "caption_classes",
    "teaser_labels",
    "story_pronouns",
    "reporting_cues",
    "patterns",
    "furniture_shapes",
    "tagline_classes",
    "second_person_words",
    "writer_roles",
    "headline_openers",
    "writer_pronouns",
)
# the classes a text names, the words they cover, whether the vocabulary opens it and whether it closes
# it, and the words of its longest single match (a phrase of furniture, "comments are now closed")
Named = tuple[list[str], int, bool, bool, int]
CLASS_PREFIX = "class:"
SHAPE_PREFIX = "shape:"  # the weight of a shape of the pack's `furniture_shapes` ("shape:stamp")
DEFAULT_CLASS = "class:*"  # the weight of a class the weights do not name (one a newsroom added)

# A word, with its apostrophes, dots and hyphens inside ("O'Neill", "U.S.", "e-mail").
TOKEN = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_SEPARATOR = re.compile(r"\s[|/\u00b7\u2022\u00bb\u203a>]\s|[|\u00b7\u2022]")
_QUOTES = re.compile('["\u201c\u201d]')
# A count beside a word, as widgets show them: "27 comments", "Comments (27)", "3 of 12", "146 replies".
_COUNT = re.compile(r"^\W*\d[\d,.]*[kK]?\s+[^\W\d]+\W*$|\(\d[\d,.]*\)\W*$|\b\d+\s+of\s+\d+\b")
# A figure opening a line, as a widget's count does before what it counts ("17 Responses to ...").
_FIGURE_FIRST = re.compile(r"\W*(\d[\d,.]*[kK]?)\s+")
# A handle, a tag or an address, which a page's credits and links show and a display line does not.
_HANDLE = re.compile(r"(?<!\w)[@#]\w|\b[ur]/\w|https?://|www\.|\.(?:com|org|net)\b")
# What may close a line after its last word or stop: spaces, closing quotation marks and brackets, emphasis.
CLOSING = " \"'\u201d\u2019)]*_"
OPENING_MARKS = ("\u201c", '"', "\u00ab", "\u2018", "'")  # the marks that open a quotation
_LABEL_WORDS = 3  # a label of up to three words and its colon ("Photo: ...", "Top image: ...", "Comment: ...")
# Where one sentence of a paragraph ends and the next begins: a stop, a question or an exclamation mark and a capital.
SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=[\W\d]*\p{Lu})")
_STEM = 5
_PHRASE_WORDS = 3  # a single vocabulary match this long is a phrase of furniture
_PROMPT_WORDS = 2  # the vocabulary's words in a sentence opened by an imperative that make it a prompt
_SENTENCE_WORDS = 3  # the fewest words a headline's subject and verb stand in


class FurnitureError(ValueError):
    """A vocabulary or weights entry that cannot be read; the kind reports it with its file and line."""


def parse_vocabulary(entries: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """`class: regex` entries as (class, regex) pairs, in order; an entry without a class raises."""
    pairs = []
    for entry in entries:
        name, colon, pattern = entry.partition(":")
        if not colon or not name.strip() or not pattern.strip() or not re.fullmatch(r"[\w-]+", name.strip()):
            raise FurnitureError(f"a vocabulary entry is 'class: regex', not {entry!r}")
        pairs.append((name.strip(), pattern.strip()))
    return tuple(pairs)


WEIGHT_SETTINGS = ("threshold", "max_words")  # the names a weight may give besides SHAPES, class: and shape:


def parse_weights(entries: Sequence[str]) -> tuple[tuple[str, float], ...]:
    """`name number` entries as (name, value) pairs; a later entry for a name overrides an earlier one."""
    return tuple(weight_entry(entry) for entry in entries)


def weight_entry(entry: str) -> tuple[str, float]:
    """One `name number` entry; raises FurnitureError for another shape, a name the model does not know (a
    misspelt weight is a newsroom's tuning silently lost) or a threshold outside 0 to 1 (which turns it off)."""
    parts = entry.split()
    try:
        name, value = parts[0], float(parts[1])
        if len(parts) != 2 or not math.isfinite(value):
            raise ValueError
    except (IndexError, ValueError):
        raise FurnitureError(f"a weights entry is 'name number', not {entry!r}") from None
    known = (*WEIGHT_SETTINGS, *SHAPES)
    if name not in known and not (name.startswith((CLASS_PREFIX, SHAPE_PREFIX)) and name.partition(":")[2]):
        raise FurnitureError(f"unknown weight '{name}'{did_you_mean(name, list(known))}")
    if name == "threshold" and not 0 < value < 1:
        raise FurnitureError(f"the threshold is a probability between 0 and 1, not {value:g}")
    return name, value


@lru_cache(maxsize=8)
def line_label(words: int) -> re.Pattern:
    """A label of up to `words` words and its colon opening a line ("Photo: ...", "More from the Gazette: ...")."""
    return re.compile(rf"\W*(?:[^\W\d_]+\s){{0,{words - 1}}}[^\W\d_]+:\s")


def whole_words(words: Sequence[str]) -> str:
    """A regex matching any of the words (or phrases) whole: not inside a word or a hyphenated
    compound, so "Military-Related" does not name the "related" of a teaser."""
    return r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])"


@dataclass(frozen=True, eq=False)
class FurnitureModel:
    """The vocabulary classes, the weights and the word lists one rule set scores paragraphs with.

    Made once for each distinct set of lexicons (`furniture_model`), so every rule of the pack
    shares one model and, through `Analyses.derived`, one scoring of each draft.
    """

    vocabulary: tuple[tuple[str, str], ...]
    weights: tuple[tuple[str, float], ...]
    function_words: frozenset[str]
    finite_verbs: tuple[str, ...]
    cues: tuple[str, ...]
    reader_words: frozenset[str] = frozenset()
    claims: tuple[str, ...] = ()
    imperatives: frozenset[str] = frozenset()
    caption_classes: frozenset[str] = frozenset()
    teaser_labels: frozenset[str] = frozenset()
    shape_entries: tuple[tuple[str, str], ...] = ()
    story_pronouns: frozenset[str] = frozenset()
    tagline_classes: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    writer_roles: frozenset[str] = frozenset()
    headline_openers: frozenset[str] = frozenset()
    writer_pronouns: frozenset[str] = frozenset()

    @cached_property
    def table(self) -> dict[str, float]:
        return dict(self.weights)

    @cached_property
    def classes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name, _ in self.vocabulary))

    @cached_property
    def class_weight(self) -> dict[str, float]:
        default = self.table.get(DEFAULT_CLASS, 0.0)
        return {name: self.table.get(CLASS_PREFIX + name, default) for name in self.classes}

    @cached_property
    def scanner(self) -> regex.Pattern:
        """One regex for every entry, so a paragraph is read once (without a group per class: a
        quarter of the paragraphs name a class, and groups make every search slower)."""
        return compiled(whole_words([f"(?:{pattern})" for _, pattern in self.vocabulary]), regex.IGNORECASE)

    @cached_property
    def vocabulary_set(self) -> PatternSet:
        """Every entry, for the multi-pattern engine to rule out the paragraphs that name no class."""
        return pattern_set(tuple(pattern for _, pattern in self.vocabulary))

    @cached_property
    def class_patterns(self) -> tuple[tuple[str, regex.Pattern], ...]:
        """Each class's entries as one regex, to tell which classes a match of the scanner names."""
        return tuple(
            (name, compiled("|".join(f"(?:{p})" for owner, p in self.vocabulary if owner == name), regex.I))
            for name in self.classes
        )

    @cached_property
    def shape_patterns(self) -> tuple[tuple[str, regex.Pattern], ...]:
        """Each shape of the pack's `furniture_shapes` as one regex, matched with its case (a credit's
        name is capitalised): a posting stamp, a credit's name and agency, a row of a widget's controls."""
        names = tuple(dict.fromkeys(name for name, _ in self.shape_entries))
        return tuple(
            (name, compiled("|".join(f"(?:{p})" for owner, p in self.shape_entries if owner == name))) for name in names
        )

    def drawn_shapes(self, text: str, timeout: float | None = None) -> dict[str, float]:
        """The pack's shapes a paragraph has, as features (`shape:<name>` 1.0)."""
        return {
            SHAPE_PREFIX + name: 1.0 for name, pattern in self.shape_patterns if pattern.search(text, timeout=timeout)
        }

    @cached_property
    def claiming(self) -> tuple[regex.Pattern, ...]:
        """The rules' own patterns, as few regexes as possible (one for those anchored at the start)."""
        anchored = [p for p in self.claims if p.startswith("^")]
        loose = [p for p in self.claims if not p.startswith("^")]
        return tuple(
            compiled("|".join(f"(?:{p})" for p in group), regex.IGNORECASE) for group in (anchored, loose) if group
        )

    def claimed(self, text: str, timeout: float | None = None) -> bool:
        """Whether a boilerplate rule's own patterns name the paragraph."""
        return any(pattern.search(text, timeout=timeout) for pattern in self.claiming)

    @cached_property
    def finite(self) -> regex.Pattern | None:
        """The finite verbs, matched with their case: a headline's verb after a capitalised subject
        ("Council launches") is lower case, while "Getty Images" or "Trust Principles" are names."""
        return compiled(whole_words(self.finite_verbs)) if self.finite_verbs else None

    def has_finite_verb(self, text: str, timeout: float | None = None) -> bool:
        """Whether a finite verb of the list stands in the text, as written or folded to lower case
        (so "IS" and "Was" count, and "Group Limited" does not). As written only in a line of three
        words or more: two words are a label ("No comments", "All replies") more often than a headline."""
        finite = self.finite
        if finite is None:
            return False
        as_written = len(TOKEN.findall(text)) >= _SENTENCE_WORDS and finite.search(text, timeout=timeout)
        return bool(as_written or finite.search(text.lower(), timeout=timeout))

    @cached_property
    def cue(self) -> regex.Pattern | None:
        return compiled(whole_words(self.cues), regex.IGNORECASE) if self.cues else None

    @property
    def threshold(self) -> float:
        return self.table.get("threshold", 0.5)

    @property
    def max_words(self) -> int:
        return int(self.table.get("max_words", 20))

    def classes_in(self, text: str, timeout: float | None = None) -> Named:
        """The vocabulary classes a paragraph names, in the order of the vocabulary, how many of its
        words the vocabulary covers, whether the vocabulary opens it ("Sign in ...") and whether it
        closes it (a caption ending in its credit, a teaser ending in "Read more"), and how many
        words its longest single match has."""
        if not self.vocabulary_set.may_match(text):  # one pass of the multi-pattern engine, not a scan
            return [], 0, not TOKEN.search(text), False, 0
        found: set[str] = set()
        covered, first, last, longest = 0, len(text), 0, 0
        for match in self.scanner.finditer(text, timeout=timeout):
            words, start, end = match.group(), match.start(), match.end()
            found.update(self._owners(text, start, end, timeout))
            length = max(len(TOKEN.findall(words)), 1)
            covered, longest = covered + length, max(longest, length)
            first, last = min(first, match.start()), match.end()
        opens, closes = not TOKEN.search(text, 0, first), bool(found) and not TOKEN.search(text, last)
        return [name for name in self.classes if name in found], covered, opens, closes, longest

    def _owners(self, text: str, start: int, end: int, timeout: float | None) -> list[str]:
        """The classes whose entries match `text[start:end]` in place (so an entry looking behind, "/AP",
        names its class); failing those, the first whose entry, read from `start`, looks past `end` ("Credit...")."""
        owners = [name for name, pattern in self.class_patterns if pattern.fullmatch(text, start, end, timeout=timeout)]
        for name, pattern in () if owners else self.class_patterns:
            if (ahead := pattern.match(text, start, timeout=timeout)) and ahead.end() == end:
                return [name]
        return owners

    def shape(self, text: str, context: Context, covered: int = 0, timeout: float | None = None) -> dict[str, float]:
        """The shape features of one paragraph (its text without markup), all between 0 and about 4.

        `covered` is the number of its words the vocabulary names: furniture is mostly such words
        and function words, while a headline that mentions an advertisement has words of its own.
        """
        tokens = TOKEN.findall(text)
        words = max(len(tokens), 1)
        letters = [ch for ch in text if ch.isalpha()]
        upper = sum(ch.isupper() for ch in letters)
        capitalised = sum(token[:1].isupper() or token[:1].isdigit() for token in tokens)
        folded = [token.lower() for token in tokens]
        function = sum(token in self.function_words for token in folded)
        other = max(len(tokens) - covered - function, 0)
        title_case = len(tokens) >= 2 and capitalised / words >= 0.75
        end = text.rstrip(CLOSING)[-1:]
        values = {
            "bias": 1.0,
            "words": math.log1p(len(tokens)),
            "other_words": math.log1p(other),
            "vocabulary_share": min(covered / words, 1.0),
            "one_word": float(len(tokens) <= 2),
            "long_sentence": float(context.full_sentence and len(tokens) >= 12),
            "headline": float(title_case and other >= 3),
            "period_end": float(end == "." and not text.rstrip(CLOSING).endswith("..")),  # not an ellipsis
            "colon_end": float(end == ":"),
            "separators": float(bool(_SEPARATOR.search(text))),
            "reader": float(any(token in self.reader_words for token in folded)),
            "imperative": float(bool(folded) and folded[0] in self.imperatives),
            "title_case": float(title_case),
            "capitals": float(len(letters) >= 4 and upper / len(letters) >= 0.6),
            "finite_verb": float(self.has_finite_verb(text, timeout)),
            "full_sentence": float(context.full_sentence),
            "cue": float(bool(self.cue and self.cue.search(text, timeout=timeout))),
            "function_words": function / words,
            "quoted": float(bool(_QUOTES.search(text))),
            "digits": float(any(ch.isdigit() for ch in text)),
            "count": float(bool(_COUNT.search(text)) or self.counted(text, timeout)),
            "edge": float(context.edge),
            "repeated": float(context.repeated),
            "foreign_words": context.foreign,
        }
        return values

    def features(
        self, text: str, context: Context, timeout: float | None = None, named: Named | None = None
    ) -> dict[str, float] | None:
        """Every feature of a paragraph that names a class (None for one that names none); `named` is
        what `classes_in` says of its text, where the caller has it already."""
        classes, covered, opens, closes, longest = self.classes_in(text, timeout) if named is None else named
        if not classes:
            return None
        values = self.shape(text, context, covered, timeout)
        values["vocabulary_first"] = float(opens)
        values["vocabulary_last"] = float(closes and not opens)  # "... Credit: AFP", "… Read more"
        values["classes"] = float(min(len(classes) - 1, 3))
        # a phrase of furniture that makes most of the line ("Comments on this story are now closed"),
        # not a word in passing, nor a phrase inside reporting ("... violated its terms of service")
        # or a sentence of its own among others outside the body copy ("Contributors must declare any interest.
        # Comments are moderated."): inside it, such a sentence is the story's ("The clerk read the rules
        # aloud. Posts must be civil. Comments are moderated.")
        whole = longest >= max(_PHRASE_WORDS, len(TOKEN.findall(text)) / 2)
        values["phrase"] = float(whole or (context.edge and self.sentence_of_furniture(text, timeout)))
        # a sentence of its own that names furniture in passing and does not address the reader
        # ("They're also serving cookies."), as reporting does; a prompt says "you" or "our", and a
        # caption or a teaser names its furniture in the label it opens with ("PHOTO: The quay at dawn."), and
        # a prompt set as a sentence opens with its imperative and names furniture besides ("Follow the Courier
        # on Instagram for local news."; not "Follow the river path past the weir.")
        # a prompt set as its own sentence after another opens with its imperative too ("Tried it? Share it below.")
        commands = values["imperative"] or self.later_imperative(text)
        prompt = values["reader"] or (commands and covered >= _PROMPT_WORDS)
        in_passing = context.full_sentence and not values["phrase"] and not prompt
        values["in_passing"] = float(in_passing and not self.labelled(text, timeout))
        for name in classes:
            values[CLASS_PREFIX + name] = 1.0
        values.update(self.drawn_shapes(text, timeout))
        # a display line is a phrase or a sentence (a function word or a verb), not a label ("Facebook live video")
        phrased = values["function_words"] > 0 or values["finite_verb"]
        about = context.display_place and phrased and not self.addresses(text, values)
        values["display_echo"] = context.echo if about else 0.0
        return values

    def sentence_of_furniture(self, text: str, timeout: float | None = None) -> bool:
        """Whether one sentence of a paragraph of several is mostly one phrase of furniture, as the line as a whole
        would be (`phrase`): a comment section's state after its rules ("... Comments are moderated.")."""
        sentences = SENTENCE_END.split(text)
        if len(sentences) < 2:
            return False
        for sentence in sentences:
            matched = (len(TOKEN.findall(match.group())) for match in self.scanner.finditer(sentence, timeout=timeout))
            if max(matched, default=0) >= max(_PHRASE_WORDS, len(TOKEN.findall(sentence)) / 2):
                return True
        return False

    def later_imperative(self, text: str) -> bool:
        """Whether a sentence after the first opens with an imperative verb ("Tried it? Share it below.")."""
        for sentence in SENTENCE_END.split(text)[1:]:
            first = TOKEN.search(sentence)
            if first is not None and first.group().lower() in self.imperatives:
                return True
        return False

    def addresses(self, text: str, values: Mapping[str, float]) -> bool:
        """Whether a line speaks to the reader or labels a part of the page, as furniture does, where a display
        line is written about its subject: a reader's word or an imperative, a teaser's label opening it
        ("Related: ...", "Advertisement — ..."), a count ("17 Responses to ..."), a handle or an address, a colon
        closing it, separators, furniture closing it ("... Read more", a credit) or a shape of the pack's."""
        marks = ("reader", "imperative", "colon_end", "separators", "count", "vocabulary_last")
        first = TOKEN.search(text)
        teaser = first is not None and first.group().lower() in self.teaser_labels
        shaped = any(key.startswith(SHAPE_PREFIX) for key in values)
        return teaser or shaped or bool(_HANDLE.search(text)) or any(values.get(mark) for mark in marks)

    def counted(self, text: str, timeout: float | None = None) -> bool:
        """Whether a figure opens the line and counts what the vocabulary names ("32 Comments", "17 Responses to")."""
        figure = _FIGURE_FIRST.match(text)
        starts = (figure.start(1), figure.end()) if figure else ()
        return any(self.scanner.match(text, at, timeout=timeout) for at in starts)

    def labelled(self, text: str, timeout: float | None = None) -> bool:
        """Whether the paragraph opens with a label that names furniture, and its colon ("Image: ...")."""
        label = line_label(_LABEL_WORDS).match(text)
        return bool(label and self.scanner.search(label.group(), timeout=timeout))

    def score_total(self, values: dict[str, float]) -> float:
        """The weighted sum of the features, before the logistic function."""
        default = self.table.get(DEFAULT_CLASS, 0.0)
        return sum(
            value * self.table.get(name, default if name.startswith(CLASS_PREFIX) else 0.0)
            for name, value in values.items()
        )

    def score(self, values: dict[str, float]) -> float:
        """The probability, under the weights, that a paragraph with these features is furniture."""
        return 1.0 / (1.0 + math.exp(-max(min(self.score_total(values), 50.0), -50.0)))

    def verdict(self, values: dict[str, float]) -> str | None:
        """The class a paragraph with these features is furniture of, or None: its named class of highest weight."""
        if self.score(values) < self.threshold:
            return None
        named = [key[len(CLASS_PREFIX) :] for key in values if key.startswith(CLASS_PREFIX)]
        return max(named, key=lambda name: self.class_weight.get(name, 0.0))


@dataclass(frozen=True)
class Context:
    """What the draft around a paragraph says about it."""

    full_sentence: bool = False
    edge: bool = False
    repeated: bool = False
    foreign: float = 0.0  # the share of its own words that the body copy does not use
    # where the story's structure sets its display lines: before the body copy (a headline, a deck) or
    # straight above a paragraph of it (a subhead, a caption). Residue is pasted there too, so the place
    # tells little alone; a display line there is made of the body copy's words (`echo`), a teaser is not
    display_place: bool = False
    echo: float = 0.0  # the share of its own words (two or more) that the body copy uses


def own_words(text: str, model: FurnitureModel, timeout: float | None = None) -> set[str]:
    """The words (folded) a paragraph has of its own: not the vocabulary's, not function words, not short."""
    rest = model.scanner.sub(" ", text, timeout=timeout)
    words = {token.lower() for token in TOKEN.findall(rest)} - model.function_words - model.reader_words
    return {stem(word) for word in words if len(word) > 2}


def stem(word: str) -> str:
    """A folded word's first letters, so that "Ricans" and "Rican" or "attacked" and "attacks" meet."""
    return word[:_STEM]


def furniture_model(settings: Mapping[str, tuple]) -> FurnitureModel:
    """The furniture model of a rule set's settings, made once for each distinct set of them."""
    return _model(tuple(tuple(settings.get(key, ())) for key in FURNITURE_SETTINGS))


@lru_cache(maxsize=32)
def _model(values: tuple[tuple[str, ...], ...]) -> FurnitureModel:
    vocabulary, weights, function_words, finite_verbs, reader_words, imperatives, captions, teasers = values[:8]
    pronouns, cues, claims, shapes, taglines, second_person, roles, openers, writer = values[8:]
    return FurnitureModel(
        parse_vocabulary(vocabulary),
        parse_weights(weights),
        frozenset(word.lower() for word in function_words),
        finite_verbs,
        cues,
        frozenset(word.lower() for word in reader_words),
        claims,
        frozenset(word.lower() for word in imperatives),
        frozenset(captions),
        frozenset(word.lower() for word in teasers),
        parse_vocabulary(shapes),
        frozenset(word.lower() for word in pronouns),
        frozenset(taglines),
        frozenset(word.lower() for word in second_person),
        frozenset(word.lower() for word in roles),
        frozenset(word.lower() for word in openers),
        frozenset(word.lower() for word in writer),
    )


def introduces(text: str) -> bool:
    """Whether a line ends, what may close a line aside (`CLOSING`), with a colon: it introduces what follows."""
    return text.rstrip(CLOSING).endswith(":")
