"""Whether a cue carries a claim: what makes a group of people a source, not the topic of its sentence.

A group named by a plural noun alone ("diplomats", "many doctors", the pack's `group_heads`) is a source
only where its verb reports something said or held: a that-clause ("Scientists have warned that ..."), a
clause with a subject of its own ("Diplomats said the two sides remained far apart", "Many doctors believe
the benefit will be small"), a quotation the cue tags or opens, or, the group after its cue at the end of a
sentence, the words before ("The talks are stuck, said diplomats."). What a group does or is told ("Doctors
told the family to wait", "Residents called for a vote", "Investors lost money") carries no claim: att23's
lesson, that an unnamed person in a story is as often an actor as a source.

The same reading serves the opinion cues after an unnamed source (`attrlint.plural_cues`).
"""

from __future__ import annotations

from attrlint.function_words import is_article, is_auxiliary, is_function_word, is_preposition
from attrlint.lazy_regex import lazy
from attrlint.segment import opens_sentence
from attrlint.source_edges import (
    CUE_ADJUNCT,
    SAID_WHERE,
    SOURCE_AFTER_PHRASES,
    TIME_BEFORE_CUE,
    WORD,
    closes_quotation_before,
    opens_quotation,
)
from attrlint.spans import Span

_ADVERB = r"(?:\s+\p{Ll}+ly)?"
# The words after a cue that may hold its claim: to the sentence's end or a quotation mark; a decimal point
# ("$3.1 billion") ends no sentence
_AFTER = lazy(rf"{_ADVERB}\s+(?P<words>(?:[^;:.!?\"\u201c\u201d\n]|(?<=\d)\.(?=\d)){{1,160}})")
# The claim after a phrase cue's group and a comma: "According to economists, the toll will double."
_AFTER_COMMA = lazy(r",[^\S\n]+(?P<words>[^;:.!?\"\u201c\u201d\n]{1,160})")
_ASIDE = lazy(r",[^,]{1,40},")  # "the drug's benefits, while real, are too small"
_CLAUSE_REACH = 12  # words from a claim's subject to its verb
# After an inverted order the claim is the sentence before: "..., sources indicated on Monday."
_CLAIM_BEFORE = lazy(r",\s*\Z")
# ... read past where and when it was said ("..., sources said in a statement.", "..., analysts reported in 2014.");
# not past a name, whose abbreviation's stop ends no sentence ("called on Kestrel Gov. Ann Voss to resign")
_SENTENCE_END = lazy(
    rf"{_ADVERB}(?:\s+(?i:on|last|this|late|early)\s+\p{{L}}+|\s+{SAID_WHERE}\s+\p{{L}}+|\s+{TIME_BEFORE_CUE})?\s*[.;!?]"
)
# An inverted tag set off by commas: "..., said diplomats, but the talks go on"
_TAG_CLOSED = lazy(r"[^\S\n]*,[^\S\n]+\p{L}")
# An "as" before a group whose cue a comma follows: a parenthetical attribution ("As analysts said, ...")
_AS_BEFORE = lazy(r"\b(?i:as)[^\S\n]+\Z")
_ADJUNCTS_TO_COMMA = lazy(rf"(?:{CUE_ADJUNCT}[\p{{L}}\d]*(?:\s+\p{{L}}+)?)*\s*,")
# A clause the cue reports that opens on a subject pronoun: "said she saw the driver", "told us they had left"
PRONOUN_CLAUSE = lazy(r"(?:\s+(?:us|me|reporters))?\s+(?:that\s+)?(?:he|she|they|we|I)(?:['\u2019]\p{Ll}+)?\s+\p{Ll}")
_PAST_ADJUNCT = lazy(rf"{CUE_ADJUNCT}(?:\s+\p{{L}}+)?")  # "on Monday", "in an interview"
# Where or to whom it was said, before a quotation the cue opens ("wrote to the board, \"...\"") or, where the place
# is a name, a that-clause ("argue in the Ledger that ..."; "spoke at the hall that the council built" is a relative
# clause): a preposition and a few words with no stop, comma or quotation mark
_PLACE_WORDS = r"(?:\s+[^\s,;:.!?\"\u201c\u201d]+)"
_PLACE_BEFORE_CLAIM = lazy(
    rf"\s+(?i:in|at|on|to|before|during)(?:{_PLACE_WORDS}{{1,6}}?(?=\s*[,:]\s*(?:[\u201c\"]|''))"
    rf"|{_PLACE_WORDS}{{0,3}}?(?:\s+\p{{Lu}}\p{{L}}*)+(?=\s+that\b))"
)
# A cue's object and the claim it opens: a person and a that-clause ("warned him that ...", "told Ann Voss that ...")
# or what the object is charged with, a preposition and a gerund or a possessive ("criticised him for not acting",
# "accused the board of hiding", "faulted Ann Voss for her silence"); not a thing and "that" ("rejected the plan that
# the board drew up" is a relative clause)
_PERSON_OBJECT = r"(?:him|her|them|us|me|\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})"
_CHARGE = r"(?:for|of)\s+(?:not\s+|never\s+)?(?:\p{Ll}{2,}ing|his|her|their|its)\b"
_OBJECT_CLAIM = lazy(
    rf"{_ADVERB}\s+(?:{_PERSON_OBJECT}{_ADVERB}\s+(?:{_CHARGE}|that\s+\p{{L}})"
    rf"|(?:the|a|an|his|her|their|its)\s+\p{{Ll}}+(?:\s+\p{{Ll}}+)?{_ADVERB}\s+{_CHARGE})"
)
_OBJECT_INFINITIVE = 4  # "told the family to wait": an infinitive within this many words is an order, no claim
_TITLE_REACH = 5  # a name's title in lower case ("presumptive party nominee Ann Voss") is at most this many words
_SUBJECT_REACH = 3  # a pronoun subject's auxiliary follows it within this many words ("they will", "it would")


def claim_before(text: str, source: Span, cue: Span) -> bool:
    """Whether a group after a comma closes its sentence with its cue, which reports the words before it
    ("The talks are stuck, said diplomats.", "..., sources indicated on Monday."), or closes with an inverted cue
    a tag set off by commas, the sentence going on after it ("The talks are stuck, said diplomats, but ...")."""
    first, last = min(source[0], cue[0]), max(source[1], cue[1])
    if not _CLAIM_BEFORE.search(text, max(0, first - 3), first):
        return False
    return bool(
        _SENTENCE_END.match(text, last) or (_inverted_verb(text, source, cue) and _TAG_CLOSED.match(text, last))
    )


def _inverted_verb(text: str, source: Span, cue: Span) -> bool:
    """Whether a cue is a verb before its source ("said diplomats"), not a phrase ("according to economists", whose
    words set off by commas may be an aside inside a sentence)."""
    return cue[0] < source[0] and not text[cue[0] : cue[1]].lower().startswith(SOURCE_AFTER_PHRASES)


def claim_around_as(text: str, source: Span, cue: Span) -> bool:
    """Whether a group and its cue are an "as" clause set off by a comma, whose claim is the clause it is set in
    ("As several economists warned last week, the toll will double."; "The toll, as analysts said, will double."):
    nothing but where and when it was said stands between the cue and the comma, so the cue has no object
    ("As residents said goodbye, the ferry left" is no claim)."""
    if source[1] > cue[0] or not _AS_BEFORE.search(text, max(0, source[0] - 4), source[0]):
        return False
    return _ADJUNCTS_TO_COMMA.match(text, cue[1]) is not None


def claim_after_phrase(text: str, source: Span, cue: Span, cue_text: str) -> bool:
    """Whether a phrase cue and its group open a sentence and a comma closes them before a clause, the claim
    ("According to economists, the toll will double."; not one inside a sentence: "The ferry, according to
    economists, the cheapest route, will close.")."""
    if not cue_text.lower().startswith(SOURCE_AFTER_PHRASES) or source[0] < cue[0]:
        return False
    if not opens_sentence(text, text.rfind("\n", 0, cue[0]) + 1, cue[0]):
        return False
    after = _AFTER_COMMA.match(text, source[1])
    return after is not None and reports_clause(clause_words(after.group("words")))


def clause_words(words: str) -> list[str]:
    """The words of the clause after a cue, up to its first comma, an aside between commas left out."""
    return WORD.findall(_ASIDE.sub("", words).split(",")[0])


def opens_claim(words: list[str]) -> bool:
    """Whether a clause's words open a claim: "that" after at most two content words ("expressed concern that"),
    or a subject (a function word or a capitalised word) and an auxiliary of its own ("the bank will cut")."""
    lower = [word.lower() for word in words]
    if "that" in lower[:3] and not any(is_function_word(word) for word in lower[: lower.index("that")]):
        return True
    if not words or not (is_function_word(lower[0]) or words[0][0].isupper()):
        return False
    return any(is_auxiliary(word) for word in lower[1:_CLAUSE_REACH])


def reports_clause(words: list[str]) -> bool:
    """Whether a speech cue's words are a reported clause: at least three words, opening with an article or a
    name ("the two sides remained far apart") or with a subject and an auxiliary right after it ("they will not
    vote"), with no infinitive right after a short object ("told the family to wait"); not an object and what
    it is called ("what economists call spending")."""
    lower = [word.lower() for word in words]
    if len(words) < 3 or "to" in lower[1:_OBJECT_INFINITIVE]:
        return False
    subject = is_article(lower[0]) or words[0][0].isupper()
    return subject or any(is_auxiliary(word) for word in lower[1:_SUBJECT_REACH]) or opens_on_titled_name(words)


def opens_on_titled_name(words: list[str]) -> bool:
    """Whether a clause opens on a name with a title in lower case before it and an auxiliary right after the name
    ("harbour master Ann Voss is out of her depth", "ferry chief Ann Voss will resign"): a subject, where a
    function word or a preposition before the capital would make the name an object ("goodbye to Ann Voss",
    "questions about Voss's claim that ... were")."""
    lower = [word.lower() for word in words]
    named = next((i for i, word in enumerate(words[:_TITLE_REACH]) if word[0].isupper()), None)
    if named is None or named == 0:  # no capital, or one opening the clause: no title in lower case before it
        return False
    if any(is_function_word(word) or is_preposition(word) for word in lower[:named]):
        return False
    after = next((i for i in range(named, len(words)) if not words[i][0].isupper()), len(words))
    return after < len(words) and is_auxiliary(lower[after])


def carries_claim(
    text: str, source: Span, cue: Span, cue_text: str, speech: bool, counted: bool = True, claims: bool = False
) -> bool:
    """Whether a group's cue (`cue_text`) carries a claim (the module's doc): after a speech cue (`speech`), a
    quotation it opens or tags or a reported clause (one opening on a subject pronoun too, for a group a quantifier
    or a count opens, `counted`: "Several diplomats said they ..."; bare, "Scientists say they have found ..." is
    mostly the lede of a study the story names next); after a verb of a claim (`claims`: a verb whose family takes
    a that-clause, "insisted", "charged"), a quotation it opens or tags or a clause of a subject pronoun, which
    English writes with no "that" ('"...," some doctors charged', "Some councillors have insisted they ..."); the
    words before an inverted order; a that-clause or a clause with its own auxiliary. The cue's adjunct ("on
    Monday", "in an interview") is read past. Never a
    participle ("Activists held a sit-in, demanding that ..."), whose subject acts, nor a phrase cue with the
    group before it ("..., targeting voters in swing states, according to the tracker"): its source is after
    it."""
    lower = cue_text.lower()
    if lower.endswith("ing") or (lower.startswith(SOURCE_AFTER_PHRASES) and source[0] < cue[0]):
        return False
    first = min(source[0], cue[0])
    quoted = speech or claims  # a verb that may tag or open a quotation, or report a clause with no "that"
    if quoted and closes_quotation_before(text, first):
        return True
    if claim_before(text, source, cue) or claim_after_phrase(text, source, cue, cue_text):
        return True
    if claim_around_as(text, source, cue):
        return True
    end = max(cue[1], source[1]) if source[0] > cue[0] else cue[1]
    adjuncts = (_PAST_ADJUNCT.match(text, end), _PLACE_BEFORE_CLAIM.match(text, end))
    for at in (end, *(adjunct.end() for adjunct in adjuncts if adjunct)):
        if quoted and (
            opens_quotation(text, at, comma=True) or (counted and source[0] < cue[0] and PRONOUN_CLAUSE.match(text, at))
        ):
            return True  # a quotation, or a clause of a subject pronoun ("said they touched on ...")
        if source[0] < cue[0] and _OBJECT_CLAIM.match(text, at):
            return True  # "some farmers criticised him for not acting": the cue's object, then its claim
        after = _AFTER.match(text, at)
        if after is None:
            continue
        words = clause_words(after.group("words"))
        if opens_claim(words) or (speech and source[0] < cue[0] and reports_clause(words)):
            return True
    return False
