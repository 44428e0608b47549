"""The speech a furniture line reports: a line or a paragraph of the story that gives words to a speaker.

Residue speaks to the reader in the site's voice ("Sign up for alerts"); the story reports what someone
said, even when the words are a prompt ("Sign up for flood alerts, officials urged residents."). These
readings find a speaker and a cue of speech (the rule's `speech_cues`) beside such words, so that no
boilerplate rule reports them: `reported_speech` (a line whose clause after its words credits a speaker),
`quoted_remark` (a paragraph that is one quotation beside a paragraph naming its speaker) and
`quotes_in_narration` (a quotation inside the story's narration of who said it). They are asked by
`attrlint/kinds/body_copy.py`; the rest of the article's own parts are `attrlint/article_parts.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from attrlint.article_parts import PAST_LETTERS, names_its_own, opens_with_imperative
from attrlint.function_words import is_article
from attrlint.furniture import CLOSING, SENTENCE_END, TOKEN, FurnitureModel, line_label
from attrlint.language import time_words

# A comma closing a clause of spoken words, inside or after a closing quotation mark (or a question or an
# exclamation inside it), and the clause after it.
_CLAUSE_AFTER = re.compile(r"(?:,[\u201d\u2019\"']?|[?!][\u201d\u2019\"'])\s+")
# A paragraph that is one quotation: an opening mark first, a stop and a closing mark last.
_WHOLE_QUOTE = re.compile(r"\s*[\u201c\u2018\"'].*[.?!,\u2026][\u201d\u2019\"']\s*", re.DOTALL)
# A colon and an opening quotation mark: a quotation introduced by the clause before it.
_INTRODUCED_QUOTE = re.compile(r":\s*[\u201c\u2018\"']")
# A sentence quoted in double marks: an opening mark, words, a stop or a comma and the closing mark.
_QUOTED_SENTENCE = re.compile(r"[\u201c\"](?=\S)[^\u201c\u201d\"]*?[.,!?\u2026][\u201d\"]")
_SPOKEN_WORDS = 2  # the fewest words of what a speaker is reported to have said
_CLAUSE_BREAK = re.compile(r"[,:;]")  # what bounds a speaker's clause beside its cue
_LINE_LABEL_WORDS = 5  # a label opening a line, and its colon, of up to five words ("More from the Gazette:")
_SPEAKER_WORDS = 6  # the most words of a speaker named beside a cue ("the head of the harbour board")
_ATTRIBUTION_WORDS = 12  # the most words of an attribution's clause besides its cue


def reported_speech(
    text: str, cue: regex.Pattern, model: FurnitureModel, display: bool, timeout: float | None = None
) -> bool:
    """Whether a line reports what someone said, as the story does: its words, closed by a comma (inside or
    outside a quotation mark), are given to a speaker by a cue of speech (`speech_cues`) in the clause
    after them, the speaker before the cue or after it ("Sign up for flood alerts, officials urged residents.",
    "Sign up for storm alerts, harbour master urges islanders", "'Download the app,' said Ann Voss."), or a
    speaker and a cue introduce a quotation after a colon ("The harbour master told islanders: 'Sign up ...'").
    After a quotation any past tense that ends the sentence with its speaker is a cue ('"Sign up now," the
    agency tweeted.'), as the attribution analysis reads it. A page speaks for itself, to the reader: a
    speaker in the site's voice or the reader's ("as our policy says", "you told us") is no one of the story.
    Another story's teaser is set as reported speech too ("Read more: Fares to rise, board says"): a line under
    a label (`_labelled_line`) is not read, and one closed by no stop is read only where the story sets its
    headline (`display`: its first line or before the body copy), a headline of the story's own, not a list of
    others'. `cue` is the speech cues of the rule asking."""
    if not _reads_as_speech(text, cue, model, display, timeout):
        return False
    for comma in _CLAUSE_AFTER.finditer(text):
        if len(TOKEN.findall(text, 0, comma.start())) < _SPOKEN_WORDS:
            continue
        clause = text[comma.end() :]
        quoted = comma.group().rstrip()[-1] != ","  # the words closed inside their quotation marks
        if _credits_speaker(clause, cue, model, timeout) or (quoted and _speaker_and_past(clause, model)):
            return True
    opening = _INTRODUCED_QUOTE.search(text)
    return opening is not None and _credits_speaker(text[: opening.start()], cue, model, timeout, before=True)


def quoted_remark(
    texts: Sequence[str], index: int, cue: regex.Pattern, model: FurnitureModel, timeout: float | None = None
) -> bool:
    """Whether a paragraph is a remark the story quotes: it is one quotation, opened and closed by its marks,
    of `_SPOKEN_WORDS` words or more, and the paragraph before or after it names a speaker with a cue of
    speech (`speech_cues`; `_names_speaker`: "Ann Voss, who chairs the board, said ...", then '"Follow the
    board on Facebook for sailing times."').
    A page does not set its prompts in quotation marks."""
    if not _WHOLE_QUOTE.fullmatch(texts[index]) or len(TOKEN.findall(texts[index])) < _SPOKEN_WORDS:
        return False
    beside = [other for other in (index - 1, index + 1) if 0 <= other < len(texts)]
    return any(_names_speaker(texts[other], cue, model, timeout) for other in beside)


def _names_speaker(text: str, cue: regex.Pattern, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a paragraph gives words to a speaker with a cue of speech anywhere in it: a cue with a speaker
    credited beside it (`_speaker_beside`: "Ann Voss, who chairs the board, said ...", "Said Ann Voss: ...").
    A cue with only function words before it ("it was said", "as was said") names nobody."""
    return any(_speaker_beside(text, found, model, _ATTRIBUTION_WORDS) for found in cue.finditer(text, timeout=timeout))


def _speaker_beside(
    text: str, found: regex.Match, model: FurnitureModel, most: int = _SPEAKER_WORDS, mid_sentence: bool = False
) -> bool:
    """Whether a cue found in a text has a speaker credited beside it: the one reading of a speaker that every
    speech reading takes, the paragraph beside a quoted remark (`_names_speaker`) and the clause after spoken
    words (`_credits_speaker`) alike. The speaker is the words of the cue's clause before it, back to a comma,
    colon or semicolon or its sentence's start ("The board said", "officials urged"; a comma right before the
    cue closes an apposition, so "Ann Voss, who chairs the board, said" reads the words inside it), at most
    `most` of them (`_SPEAKER_WORDS` after spoken words; a paragraph beside a quoted remark, `_names_speaker`,
    gives `_ATTRIBUTION_WORDS`, room for "The chief executive of the ferry company said"); or, where none stand
    there, the first `_SPEAKER_WORDS` words after it, up to a comma, colon or semicolon or the end of its
    sentence ("said Ann Voss, the board's chair", "Said the harbour master: ..."; not the next sentence's
    "Read. Harbour Nights is back"), which open as the speaker of an inverted cue does (`_opens_inverted_speaker`:
    "said the harbour master", "said Ann Voss", "said officials"): the time or the reach after a verb of the
    page ("published every Friday", "shared 2,000 times", "read by thousands") credits nobody, a time in lower
    case known by `_names_a_time`. Either way one
    of its words is no function word ("it was said" names nobody) and none is the reader's or the site's ("we
    said", "you told us"). A cue with a capital inside its sentence is a word of a name or a title ("Apple
    Podcasts, Spotify or Pocket Casts"), not a verb of speech; so too one opening a text that starts inside its
    sentence (`mid_sentence`: the clause after spoken words and their comma, "..., Read More.")."""
    head = SENTENCE_END.split(text[: found.start()])[-1].rstrip(" ,")
    if (head or mid_sentence) and found.group()[:1].isupper():
        return False  # a capital inside a sentence: a word of a name or a title ("Pocket Casts"), no verb
    before = TOKEN.findall(_CLAUSE_BREAK.split(head)[-1])
    if len(before) > most:
        return False  # a clause of its own before the cue, not its speaker
    after = _CLAUSE_BREAK.split(SENTENCE_END.split(text[found.end() :], maxsplit=1)[0])[0]
    speaker = before or TOKEN.findall(after)[:_SPEAKER_WORDS]
    if not speaker or not (before or _opens_inverted_speaker(speaker[0], found, model)):
        return False
    if not before and speaker[0].islower() and _names_a_time(speaker[:2]):
        return False  # "published every Friday", "posted each morning": when, not who
    folded = {word.lower() for word in speaker}
    return bool(folded - model.function_words) and not folded & model.reader_words


def _opens_inverted_speaker(word: str, found: regex.Match, model: FurnitureModel) -> bool:
    """Whether the first word after a cue `found` opens its speaker: a capital ("said Ann Voss"), an article or
    a story pronoun (`_determined`: "said the harbour master"), or, after a cue in lower case, a word of letters
    that is no function word ("said officials", "urged police on the island"); a count or a preposition after a
    verb of the page opens no speaker ("shared 2,000 times", "read by thousands")."""
    if word[0].isupper() or _determined(word, model):
        return True
    return found.group()[:1].islower() and word.isalpha() and word.lower() not in model.function_words


def _names_a_time(opening: Sequence[str]) -> bool:
    """Whether the opening words of a phrase name a time: a weekday, a month or a unit of time, singular or
    plural (the language data's `weekdays`, `months` and `time_units`: "every Friday", "each morning")."""
    return any(word.lower() in time_words() or word.lower().removesuffix("s") in time_words() for word in opening)


def _opens_noun_phrase(words: Sequence[str], model: FurnitureModel) -> bool:
    """Whether words open as a speaker's noun phrase does: with an article or a story pronoun (`_determined`:
    "the harbour master", "her husband"), or with a word that is no function word ("officials")."""
    return _determined(words[0], model) or words[0].lower() not in model.function_words


def _determined(word: str, model: FurnitureModel) -> bool:
    """Whether a word is an article or a story pronoun (`story_pronouns`), which opens a noun phrase."""
    return is_article(word.lower()) or word.lower() in model.story_pronouns


def quotes_in_narration(
    text: str, cue: regex.Pattern, model: FurnitureModel, display: bool, timeout: float | None = None
) -> bool:
    """Whether a paragraph quotes a sentence inside the story's narration of who said it: outside its quotation
    marks the paragraph names a person of the story (a pronoun of `story_pronouns`, or a capitalised word past
    the first that the vocabulary does not hold) and is narration (that pronoun, or a finite verb): '"Sign up for
    the alerts." That was the advice from Voss.', 'Her advice: "Sign up ..."'. What is quoted is the speaker's,
    not the page's, so its words to the reader do not count; outside the marks, a word of the reader's or the
    site's voice does ("By clicking 'Accept', you agree ..."), and so does a sentence opening with an imperative
    (a promo's "Subscribe here"); a credit alone under a blurb ('"Essential reading." - Ann Voss') narrates
    nothing, and a line is read only as speech may be (`_reads_as_speech`)."""
    if not _QUOTED_SENTENCE.search(text) or not _reads_as_speech(text, cue, model, display, timeout):
        return False
    outside = _QUOTED_SENTENCE.sub(" . ", text)  # each quotation a break between the sentences around it
    folded = {token.lower() for token in TOKEN.findall(outside)}
    if not folded or folded & model.reader_words:
        return False
    if any(opens_with_imperative(sentence, model) for sentence in SENTENCE_END.split(outside.strip(" ."))):
        return False  # "... podcast "So, That Happened." Subscribe here or listen below:": a prompt follows
    pronoun = bool(folded & model.story_pronouns)
    named = pronoun or names_its_own(outside.strip(), model, timeout)
    return named and (pronoun or model.has_finite_verb(outside, timeout))


def _reads_as_speech(
    text: str, cue: regex.Pattern, model: FurnitureModel, display: bool, timeout: float | None = None
) -> bool:
    """Whether a line may be read as speech the story reports at all: no teaser under a label
    (`_labelled_line`), and closed by a stop unless it is a display line of the story's (`display`)."""
    if _labelled_line(text, cue, model, timeout):
        return False
    return display or text.rstrip(CLOSING)[-1:] in (".", "!", "?")


def _labelled_line(text: str, cue: regex.Pattern, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line opens with a label and its colon, with no speaker credited by a cue in it (`_names_speaker`)
    and no person of the story (`story_pronouns`): "Read more:", "Related:", "More from the Gazette:" make the line
    a teaser or a box's, not the story's speech, while "Ann Voss told us:" and "Her advice:" introduce what a
    speaker said."""
    label = line_label(_LINE_LABEL_WORDS).match(text)
    if label is None or _names_speaker(label.group(), cue, model, timeout):
        return False
    return not {token.lower() for token in TOKEN.findall(label.group())} & model.story_pronouns


def _credits_speaker(
    clause: str, cue: regex.Pattern, model: FurnitureModel, timeout: float | None, before: bool = False
) -> bool:
    """Whether a clause is an attribution: a speaker and a cue of speech (`_speaker_beside`, the reading
    `_names_speaker` takes too), in either order, with no more than `_ATTRIBUTION_WORDS` words besides
    ("officials urged residents living near the river", "said Ann Voss, the board's chair"); `before`: the
    clause introducing a quotation, the speaker first. What differs from `_names_speaker` is the clause, not
    the speaker: spoken words before the comma need a short clause of attribution after it, and a finite verb
    after the cue makes the clause a statement of its own ("which readers said was essential"), while a
    paragraph of narration beside a quotation names its speaker in any sentence and says what else it likes.
    So too a clause that opens with a function word is a relative clause or an aside, no attribution ("which
    readers shared", "as was said"), where in a paragraph an apposition may stand before the cue ("Ann Voss,
    who chairs the board, said"); and an attribution that speaks to the reader (`second_person_words`) from the
    clause's start to the comma after its cue is the page's ("news and analysis, delivered to your inbox"), where
    narration beside a quotation may quote a "you" (and words after that comma may turn to the reader: "...,
    the harbour master told islanders, or you may miss a sailing")."""
    if len(TOKEN.findall(clause)) > _ATTRIBUTION_WORDS + 1:
        return False  # a long clause is a statement
    for found in cue.finditer(clause, timeout=timeout):
        first = TOKEN.findall(clause, 0, found.start())  # words before the cue: the speaker first
        if before and not first:
            continue  # a colon's quotation is introduced by its speaker and then the cue
        if _addresses_reader(clause[: _clause_end(clause, found.end())], model):
            continue  # the page's ("delivered to your inbox")
        if not before and not _attributes_words_before(clause, found, first, model, timeout):
            continue
        if _speaker_beside(clause, found, model, mid_sentence=not before):
            return True
    return False


def _clause_end(text: str, start: int) -> int:
    """Where the clause running on from `start` ends: at the next comma, or at the end of the text."""
    comma = text.find(",", start)
    return len(text) if comma < 0 else comma


def _addresses_reader(text: str, model: FurnitureModel) -> bool:
    """Whether a text holds a word that speaks to the reader (`second_person_words`: "you", "your")."""
    return bool({token.lower() for token in TOKEN.findall(text)} & model.second_person)


def _attributes_words_before(
    clause: str, found: regex.Match, first: Sequence[str], model: FurnitureModel, timeout: float | None
) -> bool:
    """Whether a clause after spoken words and their comma, with a cue `found` in it and the words `first`
    before the cue, may be their attribution: it opens as a speaker's noun phrase (`_opens_noun_phrase`; not
    "which readers shared") and no finite verb follows the cue before the next comma ("which readers said was
    essential"); a cue opening it is read by `_speaker_beside`, with its rule for a capital."""
    if not first:
        return True
    return _opens_noun_phrase(first, model) and not model.has_finite_verb(
        clause[found.end() :].split(",", 1)[0], timeout
    )


def _speaker_and_past(clause: str, model: FurnitureModel) -> bool:
    """Whether a clause is only a speaker and a past tense in -ed, ending the line ("the agency tweeted.",
    "Cruz quipped"), the speaker with no word of the reader's or the site's (`reader_words`)."""
    tokens = TOKEN.findall(clause)
    if not 2 <= len(tokens) <= _SPEAKER_WORDS + 1:
        return False
    verb, speaker = tokens[-1], {token.lower() for token in tokens[:-1]}
    past = verb.islower() and len(verb) > PAST_LETTERS and verb.endswith("ed")
    return past and not speaker & model.reader_words
