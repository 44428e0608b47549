"""Whether a quotation runs on: over a paragraph break (an embedded post or a caption between), or over
paragraph breaks the copy lost.

A quotation over several paragraphs opens each with a mark and closes only the last. Where a CMS
or wire feed joined the paragraphs with a space, the same quotation reads `She said: "First part.
"Second part. "Third part."` on one line: an open quotation, then a new opening mark at the start
of a sentence. Read as marks alone, that is an unclosed quotation and a detached mark; read as
what it is, it is one quotation whose paragraph breaks were lost.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from attrlint.document import Document
from attrlint.function_words import is_article, is_function_word
from attrlint.post_credits import CREDIT_BEFORE, CREDIT_LINE
from attrlint.quote_marks import OPENING, Mark

# Narration inside a quotation ("..., the mayor said. More", "..., Jo Bond, 30, of Leeds, said"), also
# after a quotation inside it ('... "No," the mayor said.'), shows its closing mark was lost; the verbs
# are the quotes pack's `narration_verbs`. What speech says of itself is not narration: a first-person
# subject after a comma (`, I don't like what he said`, `, I said`), or a verb that introduces dialogue
# quoted inside in single marks (`He said, \u2018Well`).
_DIALOGUE = r"(?![,:]?[ \t]*[\u2018'](?=\w))"
# No word of a narrator's subject is in the first person (`. As I\u2019ve said before,` is speech).
_NOT_FIRST_PERSON = r"(?!(?:I|We)(?:\s|[\u2019']))"
_NARRATION = (
    r"[,.!?][\"\u201d]?\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?"
    + _NOT_FIRST_PERSON
    + r"[A-Z][\w.\u2019'-]*(?:\s+"
    + _NOT_FIRST_PERSON
    + r"[A-Z][\w.\u2019'-]*){{0,3}})\s+"
    r"(?:{verbs})"
    r"(?:\s+(?!that\b)[\w\u2019'-]+){{0,3}}\s*(?:[.,;]|$)" + _DIALOGUE + r"|,\s+(?:{verbs})\s+(?:the\s+)?[A-Z]"
    r"|,\s+(?!(?:I|We)\b)[A-Z](?:[^.!?\u201c\u201d\"\n]|\.(?=\S)){{0,100}}?\s(?:{verbs})\b"
    r"(?!\s+that\b)" + _DIALOGUE
)
_POST_PARAGRAPHS = 3  # an embedded post: a paragraph or two of text, then its credit line
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
# A stop or a colon (`Here they are: "Has`), also after a quotation inside (`a \u201cfarce.\u201d "It`), or a dash
# (`and then \u2014 \u201cAnd then`).
_PARAGRAPH_END = re.compile(r"(?:[.!?:\u2026][\u2019')\]\u201d\"]?|\s[\u2014\u2013]|\s--)\s+$")
# A post quoted over paragraphs may end one in a link or a hashtag.
_LINK_END = re.compile(r"\s(?:https?://|www\.|pic\.twitter\.com/|#\w)\S{0,200}[ \t]+$")
_LINK_REACH = 220
# A caption or heading after a stop and before the mark (group 1), and the speech after the mark.
_INTERLUDE = re.compile(r"[.!?:\u2026][\u2019')\]\u201d\"]?[ \t]+([A-Z0-9][^.!?:;\"\u201c\u201d\n]{0,150}[\w)])[ \t]+$")
_INTERLUDE_REACH = 170
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")  # in speech, not in a caption or heading
_SPEECH_RUN = re.compile(r"(?:[^\"\u201c\u201d\n']|'(?!')){0,300}")  # up to a double mark (`''` too)
_CREDIT_REACH = 60  # characters before a mark read for a credit line joined to it
# What may lead speech on before its first word: `\u201c\u2014 Then`, `\u201c\u2026and`, `\u201c\u2014 \u2026 and`,
# `\u201c\u2026\u2026And`, `\u201c$5 million`, `\u201c@handle`.
_SPEECH_LEAD = re.compile(
    r"(?:[\u2014\u2013-]{1,2}[ \t]?)?(?:(?:\u2026|\.\.\.)[ \t]?){0,2}[ \t]?"
    r"[(\[]?(?:[$\u00a3\u20ac](?=\d)|[@#](?=\w))?"
)
# A tag by its shape: a subject (a pronoun, `the` and a noun or two, a name and an aside) and its verb, or a
# verb before a subject (`said the man`, `shouted Voss`).
_TAG = re.compile(
    r"(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}(?:,[^,.!?\n]{1,80},)?)"
    r"\s+(?P<verb>[a-z][a-z\u2019'-]*)\b|(?P<first>[a-z]+)\s+(?:the\s+[a-z]|[A-Z])"
)
# A stop set after the closing mark (`\u201cI\u2019m Ann Voss\u201d.`).
_STOP_AFTER = re.compile(r"(?:[\"\u201d]|'')[.!?]")
# Before a figure, an article makes it a title's attribute (`the 2019 \u201cX\u201d`).
_LED_ON = re.compile(r"[\u2014\u2013\u2026-]|\.\.\.")  # a dash or an ellipsis before the first word
_SHORT_NARRATION = 4  # words of a sentence of narration after a capital (`Ann Voss replied.`)
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*")
_NARRATION_REACH = 120  # characters after a mark read for narration (`he said` and a clause after it)
_SINGLE_OPENING = re.compile(r"(?:^|\s)[\u2018']\w")
# A paragraph of quoted speech: lost breaks are only read between quoted runs at least this long,
# so a short quotation whose closing mark was dropped (`"Yes. "No," she said`) is still reported.
MIN_WORDS_JOINED = 6
# How far back from a mark the run before it is read: a paragraph's worth, so that a long line of
# marks that never open a lost paragraph is read in time proportional to its length.
RUN_WINDOW = 2000
_EVIDENCE_MARKS = 3  # marks a paragraph needs for two lost breaks and the quotation's own opening
_READINGS = 3  # readings of a paragraph's marks, each with one lost break fewer (see lost_breaks)


@lru_cache(maxsize=8)
def narration(verbs: tuple[str, ...]) -> re.Pattern:
    """The pattern of narration inside a quotation, for a lexicon of narration verbs."""
    return re.compile(_NARRATION.format(verbs="|".join(map(re.escape, verbs)) or "(?!)"))


def may_run_on(text: str, first: Mark, mark: Mark, end: int, narrated: re.Pattern) -> bool:
    """Whether a quotation opened at `first` (its current paragraph at `mark`) can run on past `end`.

    A fragment or title opened mid-sentence ("called it \u201cunfair and) closes before the
    paragraph ends, and narration inside the open quotation ("..., the mayor said.") shows its closing
    mark was lost: neither is the multi-paragraph convention.
    """
    quoted = text[mark.end : end].lstrip("\u201c\u2018\"' ")
    fragment = quoted[:1].islower() or _inside_a_sentence(text, mark)
    if mark is first and fragment and not _SENTENCE_BREAK.search(quoted.rstrip()):
        return False  # a fragment that goes on into whole sentences may still run on
    return not narrated.search(quoted)


def _inside_a_sentence(text: str, mark: Mark) -> bool:
    """An opening mark straight after a word (`called it \u201cA Farce`): a title or fragment."""
    before = text[max(0, mark.offset - 3) : mark.offset].rsplit("\n", 1)[-1].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "\u2019'")


def is_interlude(doc: Document, index: int) -> bool:
    """A short paragraph with no closing stop: an image caption, a credit, a bare markup line."""
    text = doc.text[slice(*doc.paragraphs[index])]
    return len(text.split()) <= 20 and not re.search(r"[.!?:\"\u201d]\s*$", text)


def embedded_post_end(doc: Document, index: int) -> int:
    """The last paragraph of an embedded post that starts at paragraph `index` (its text, then a credit
    line such as `\u2014 Club Name (@handle) November 20, 2019`), or -1 where none does."""
    for credit in range(index, min(index + _POST_PARAGRAPHS, len(doc.paragraphs))):
        if CREDIT_LINE.match(doc.text, *doc.paragraphs[credit]):
            return credit
    return -1


def lost_breaks(
    text: str, marks: Sequence[Mark], carried: tuple[Mark, Mark] | None, continues: bool, narrated: re.Pattern
) -> set[int]:
    """The offsets of the marks of one paragraph that open a paragraph of the quotation before them,
    joined to it when the paragraph breaks were lost; empty unless the paragraph's marks, read so,
    pair and the quotation closes in the paragraph (or `continues` into the next).

    `carried` is the (first, current) mark of a quotation carried in from the paragraph before. A mark
    in the other style than the one before it may open a quotation inside instead
    (`"Excerpt. "Next. \u201cQuoted,\u201d she said."`): where the marks do not pair with it read as a
    lost break, they are read again with the quotation's own style alone. A paragraph that opened with a
    quotation inside (`"Excerpt. \u201cNext. \u201cQuoted,\u201d she said."`) is read again with its last
    lost break read as that quotation's opening mark, a few times at most. Where no reading pairs, the
    paragraph's own evidence is weighed (see _by_evidence).
    """
    for any_style in (True, False):
        inside: set[int] = set()
        for _ in range(_READINGS):
            found, switched = _joined_marks(text, marks, carried, narrated, any_style, inside)
            offsets = {mark.offset for mark in found}
            if found and _pairs_without(marks, offsets, carried is not None) <= int(continues):
                return offsets
            if len(found) < 2:
                break  # with no lost break left, nothing is read as one
            inside.add(found[-1].offset)
        if not switched:
            break  # read again in one style, the same marks would be found
    return _by_evidence(text, marks, carried, continues, narrated)


def _by_evidence(
    text: str, marks: Sequence[Mark], carried: tuple[Mark, Mark] | None, continues: bool, narrated: re.Pattern
) -> set[int]:
    """The lost breaks of a run that shows one beyond doubt after the doubtful ones: there, a mark after a run
    too short for a paragraph (`"Thank you. "We will ... "It`) or holding narration (an excerpt's own:
    `wrote, "after the vote, Eastholm's clerk said it was ... "There are ... "The`) is one more lost break,
    since the quotation plainly goes on as speech past it, where a dropped closing mark would be a second
    defect in the same run. The last lost break must follow a paragraph's worth of speech with no narration
    in it (`... days off. "While at sea, Lund said to the crew: "I will`: the doubtful mark is the last, a
    closing mark moved onto narration), and the marks must pair, read so."""
    if len(marks) + (carried is not None) < _EVIDENCE_MARKS:
        return set()  # too few marks for two lost breaks
    if _pairs_without(marks, set(), carried is not None) <= int(continues):
        return set()  # marks that pair as they stand
    found, _ = _joined_marks(text, marks, carried, narrated, True, set(), lenient=True)
    if len(found) < 2 or not _beyond_doubt(text, marks, found[-1], narrated):
        return set()
    offsets = {mark.offset for mark in found}
    return offsets if _pairs_without(marks, offsets, carried is not None) <= int(continues) else set()


def _beyond_doubt(text: str, marks: Sequence[Mark], mark: Mark, narrated: re.Pattern) -> bool:
    """Whether a lost break at `mark` follows a paragraph's worth of speech with no narration in it, back to
    the mark before it in the paragraph."""
    before = bisect_left([m.offset for m in marks], mark.offset)
    if not before:
        return False
    quoted = text[max(marks[before - 1].end, mark.offset - RUN_WINDOW) : mark.offset]
    return len(quoted.split()) >= MIN_WORDS_JOINED and not _narrates(quoted, narrated)


def _joined_marks(
    text: str,
    marks: Sequence[Mark],
    carried: tuple[Mark, Mark] | None,
    narrated: re.Pattern,
    any_style: bool,
    inside: set[int],
    lenient: bool = False,
) -> tuple[list[Mark], bool]:
    """The marks read as opening a lost paragraph (none where an inner quotation is left open; none at the
    offsets `inside`, read as opening a quotation inside), and whether any is in another style than the
    mark before it. `lenient` reads a mark after any run of speech (see _by_evidence)."""
    stack: list[list[Mark]] = [list(carried)] if carried else []
    found: list[Mark] = []
    switched = False
    previous: Mark | None = None
    for mark in marks:
        # A run holding a quotation in its own marks (`in \u201ca race.\u201d \u201cBut`) is not a paragraph's worth;
        # one in the other style (`"Excerpt, \u201cquoted.\u201d \u201cNext`), or one closed before the stop of
        # the speech's own sentence (`calls \u201cthe plan\u201d. \u201cNext`), is quoted inside it.
        current = stack[0][1] if len(stack) == 1 else None
        alone = current is not None and (
            previous is None
            or previous is current
            or _other_style(previous, stack[0])
            or _closes_before_a_stop(text, previous)
        )
        after_break = bool(found) and current is found[-1]
        if (
            alone
            and mark.offset not in inside
            and (any_style or mark.curly == current.curly)
            and _continues(text, stack[0], mark, narrated, after_break, lenient)
        ):
            switched = switched or mark.curly != current.curly
            found.append(mark)
            stack[0][1] = mark
        elif mark.works_as(bool(stack)) == OPENING:
            stack.append([mark, mark])
        elif stack:
            stack.pop()
        previous = mark
    return (found, switched) if len(stack) <= 1 else ([], False)


def _other_style(previous: Mark, opened: list[Mark]) -> bool:
    """A mark in another style than the quotation's current paragraph or its first (after a switch of style,
    `"Excerpt. \u201cNext, its \u201ctitle,\u201d more. \u201cThird`, a title in curly marks is quoted inside)."""
    first, current = opened
    return previous.curly != current.curly or previous.curly != first.curly


def _closes_before_a_stop(text: str, mark: Mark) -> bool:
    """A closing mark right before a stop (`calls \u201cthe plan\u201d.`): it closes a quotation inside a sentence
    that goes on to its stop, so the speech around it goes on too (speech closes after its stop, `plan.\u201d`)."""
    return text[mark.end : mark.end + 1] in ".!?"


def _continues(
    text: str, opened: list[Mark], mark: Mark, narrated: re.Pattern, after_break: bool, lenient: bool = False
) -> bool:
    """A mark opening a sentence inside an open quotation of whole sentences, a paragraph long, in either
    style (a quotation inside, `"Excerpt. \u201cQuoted in it,\u201d she said."`, is told apart by how the
    paragraph's marks pair). The quotation may have opened mid-sentence (`said that \u201cthe pier is done.`).
    `lenient`: any run of speech before the mark, however short and whatever narration it holds, unless the
    mark opens a tag's shape (see _opens_a_tag)."""
    if mark.direction != OPENING or not _paragraph_ends_before(text, mark, narrated):  # `\u201c We`: a space after it
        return False
    if not _opens_speech(text, mark, narrated):
        return False
    quoted = text[max(opened[1].end, mark.offset - RUN_WINDOW) : mark.offset]
    if quoted.rstrip()[-1:] in "\u2019'" and not _SINGLE_OPENING.search(quoted):
        return False  # `baristas.\u2019 \u201cRemember`: a closing double mark typed as a single one
    words = len(quoted.split())
    if words >= (1 if after_break else MIN_WORDS_JOINED) and not _narrates(quoted, narrated):
        return True
    return lenient and words > 0 and not _opens_a_tag(text, mark)


def _narrates(quoted: str, narrated: re.Pattern) -> bool:
    """Whether a run of words inside a quotation holds narration (a tag, `she said`), its opening marks aside:
    no paragraph's worth of speech alone, for _continues and _beyond_doubt alike."""
    return bool(narrated.search(quoted.lstrip("\u201c\u2018\"' ")))


def _opens_a_tag(text: str, mark: Mark) -> bool:
    """Whether the words after a mark open as a tag does, a subject in the third person and a word that is no
    function word (`\u201cVoss declared, a point`, `\u201cLund warns the board`, `\u201cShe said`): after a
    doubtful run, the closing mark moved onto the tag (`"Not one penny! "Voss declared, ... "Next`), not a
    lost break."""
    after = text[mark.end : mark.end + _NARRATION_REACH]
    tag = _TAG.match(after)
    if tag is None or _FIRST_PERSON.match(after):
        return False
    subject = after.split(None, 1)[0].lower()
    return not is_function_word(subject) and not is_function_word((tag.group("verb") or tag.group("first")).lower())


def _paragraph_ends_before(text: str, mark: Mark, narrated: re.Pattern) -> bool:
    """Whether a paragraph may end just before the mark, on the same line: after a stop, a colon or a
    dash, after the credit line of an embedded post, after a link or a hashtag (a post quoted over
    paragraphs), or after a caption or heading joined in too."""
    end = _PARAGRAPH_END.search(text, max(0, mark.offset - 6), mark.offset)
    if end is None:  # the credit line of an embedded post, joined too, ends its paragraph
        end = CREDIT_BEFORE.search(text, max(0, mark.offset - _CREDIT_REACH), mark.offset)
    if end is None:
        end = _LINK_END.search(text, max(0, mark.offset - _LINK_REACH), mark.offset)
    if end is None:
        end = _after_an_interlude(text, mark, narrated)
    return end is not None and "\n" not in end.group()  # after a line break, a mark opens a line of a block


def _after_an_interlude(text: str, mark: Mark, narrated: re.Pattern) -> re.Match | None:
    """A caption or heading joined in between two paragraphs of the quotation (`... in March. The quay at
    Eastholm, pictured in 2019 \u201cWe cannot`): a short sentence with no stop after a stop, that tells of
    no speech (`Then she said \u201cWe`), and after the mark a run of speech (not a title: `praised \u201cThe
    Rise and Fall of the Empire\u201d`)."""
    interlude = _INTERLUDE.search(text, max(0, mark.offset - _INTERLUDE_REACH), mark.offset)
    if interlude is None or len(interlude.group(1).split()) < 2 or _FIRST_PERSON.search(interlude.group(1)):
        return None  # `They are. I think China does what it wants \u201cThey`: speech that lost its stop
    if is_function_word(interlude.group(1).rsplit(None, 1)[-1].lower()):
        return None  # `requests may have an \u2018If-Match\u2019 header`: a sentence going on into a name
    if narrated.search(f", {interlude.group(1)} "):
        return None  # `Then she said \u201cWe`: narration introducing a quotation, not a caption
    lead = _SPEECH_LEAD.match(text, mark.end)
    run = _SPEECH_RUN.match(text, lead.end())
    words = run.group().split()
    first = words[0].lstrip("\u2018'") if words else ""  # `\u201c\u2018Never again\u2019 is`: quoted inside first
    if not first or not (first[:1].isupper() or first[:1].isdigit() or _LED_ON.search(lead.group())):
        return None  # `border \u201cthe government`: a fragment (`\u201c\u2026 they went on`, `\u201c1% of`: speech)
    if _closes_before(text, run, ",?!") and _tagged(text, run.end(), narrated):
        return interlude  # `\u201cHer name is Anna Voss,\u201d Lund said`: speech, whatever its words
    shouted = _closes_before(text, run, ".!?\u2026")  # speech in capitals closes as a sentence; a title does not
    if _closed_off(interlude.group(1)) and (shouted or _STOP_AFTER.match(text, run.end())):
        return interlude  # `pictured in 2019 \u201cDone.\u201d`: no title is set after a date or a credit
    lower = [word for word in words[1:] if word[:1].islower() or (shouted and len(word) > 1 and word.isupper())]
    if 2 * len(lower) < len(words) - 1 and _title_case(lower) and not _posted(words):
        return None  # `\u201cThe Rise and Fall of the Harbour Town\u201d`: a title
    if len(words) < MIN_WORDS_JOINED and not _short_speech(text, run, len(words)):
        return None  # a short run of speech is the quotation's last: `\u201cWe will rebuild it.\u201d`
    return interlude


def _closed_off(caption: str) -> bool:
    """Whether a caption ends where no title can follow it: in a bracket (`(Eastholm Trust)`) or in a figure
    that is no title's attribute (`pictured in 2019`, `March 3, 2019`; not `the 2019`, `his 2019`)."""
    if caption.endswith(")"):
        return True
    before, _, last = caption.rpartition(" ")
    if not last[:1].isdigit():
        return False
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return word.endswith(",") or (is_function_word(word.lower()) and not is_article(word.lower()))


def _title_case(lower: list[str]) -> bool:
    """Whether a run's lower-case words are a title's: function words, with one other at most (speech full of
    names still has its verbs: `\u201cAsk the City Council what happened to Atlantic City.`)."""
    return sum(not is_function_word(word.strip(".,;:!?\u2019'").lower()) for word in lower) < 2


def _posted(words: list[str]) -> bool:
    """Whether a run holds a hashtag or a handle (`\u201cStill from the Pier Cam #SaveThePier.`): a post's words,
    never a title's, however many capitals they have."""
    return any(len(word) > 1 and word[0] in "#@" and word[1].isalnum() for word in words)


def _short_speech(text: str, run: re.Match, words: int) -> bool:
    """A short run that closes as speech: a sentence (`\u201cWe will rebuild it.\u201d`) or one word that asks or
    exclaims (`\u201cNever!\u201d`)."""
    return _closes_before(text, run, "!?") or (words > 1 and _closes_before(text, run, ".\u2026"))


def _closes_before(text: str, run: re.Match, stops: str) -> bool:
    """Whether a run of speech ends in one of `stops` and then a closing double mark, set apart by a space or
    not (`mean? \u201d`)."""
    return run.group().rstrip()[-1:] in set(stops) and text.startswith(('"', "\u201d", "''"), run.end())


def _tagged(text: str, mark: int, narrated: re.Pattern) -> bool:
    """Whether a tag follows the closing mark at `mark`, after speech that closed on a comma: narration
    (`\u201d Clinton said`, `\u201d said Cruz`), or by its shape whatever its verb, a subject and a word that is
    no function word (`\u201d the email read`, `\u201d Ann Voss, the chair, replied`), or a word before a subject
    (`\u201d shouted the man who`); not the words after a title (`\u201d which`, `\u201d a book by`)."""
    after = text[mark : mark + _NARRATION_REACH].lstrip("\"\u201d'").lstrip()
    if narrated.match(f", {after}") is not None:
        return True
    tag = _TAG.match(after)
    return tag is not None and not is_function_word((tag.group("verb") or tag.group("first")).lower())


def _opens_speech(text: str, mark: Mark, narrated: re.Pattern) -> bool:
    """What follows a mark after a stop opens a paragraph of speech: a capital, a digit or a single mark,
    or a dash, an ellipsis, a bracket or a lower-case word (`\u201c\u2014 Then`, `\u201c\u2026and then`), and it
    does not begin narration (`right? \u201csaid Ann Voss`, `? \u201cVoss replied.`: a closing mark run into the
    words after it), unless it asks or exclaims (`? \u201cWho told you that?`)."""
    after = _SPEECH_LEAD.match(text, mark.end).end()
    first = text[after : after + 1]
    if not (first.isalpha() or first.isdigit() or (after == mark.end and first in "\u2018'")):
        return False
    if not narrated.match(f", {text[after : after + _NARRATION_REACH]}"):
        return True
    sentence = _FIRST_SENTENCE.match(text, after)
    if text[sentence.end() : sentence.end() + 1] in "?!":
        return True  # `. \u201cWho told you that?`: narration asks and exclaims nothing
    if first.islower():
        return False
    # A tag after a closing mark typed as an opening one leaves nothing for a closing mark after it to close;
    # a short sentence the mark quotes whole (`. \u201cEnough said.\u201d`) is a paragraph of speech.
    closed = text.startswith(('"', "\u201d", "\u2019\u2019", "''"), sentence.end() + 1)
    return closed or len(sentence.group().split()) > _SHORT_NARRATION


def _pairs_without(marks: Sequence[Mark], found: set[int], carried: bool) -> int:
    """How many quotations the marks not at the offsets `found` leave open, read in turn (a large
    number where a closing mark closes nothing)."""
    depth = int(carried)
    for mark in marks:
        if mark.offset in found:
            continue
        if mark.works_as(depth > 0) == OPENING:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return len(marks)
    return depth
