"""A vague group whose member is named: "Some observers say the novel will sell. 'It can work,' said Ann Voss."

The reader is told who the group's voices are, so the group is no vague source (`attrlint.source_class`
classes the sources; this module reclasses a vague one once every attribution of a draft is read).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from attrlint.cue_reading import Attribution
from attrlint.cues import DOCUMENT, ORGANISATION, PERSON, ROLE, cue_key
from attrlint.document import Document, Span, has_whole_word, span_holding
from attrlint.lazy_regex import lazy
from attrlint.source_class import (
    SOURCE_AFTER_PHRASES,
    VAGUE,
    clause_after_adjunct,
    closes_quotation_before,
    speaks_at_cue,
)
from attrlint.source_edges import opens_quotation, quotation_ends

# A vague group one of whose members the same or the next sentence names as a source ("Some observers say
# ... 'It can work,' said Ann Voss"): the reader is told who they are.
MEMBER_NAMED = "group, a member named"

# The opening of a sentence that takes up the sentence before it ("The rise was", "It doubled", "According to")
_TAKES_THE_POINT_UP = lazy(r"[\s\u201c\"']*(?i:it|this|that|these|those|they|the|such|its|their|according)\b")
_QUOTE_MARK = lazy(r"[\u201c\"]|''")  # '': the typewriter's opening mark, as some papers write it
_ANY_MARK = lazy(r"[\u201c\u201d\"]|''")  # an opening or closing double mark: a sentence that quotes
_TO = lazy(r"\s(?i:to)\s")
_TAKING_UP = ("the", "these", "those")  # the determiners of a group taken up again by its head ("the experts")
# "Ann Voss of The Ledger wrote": the body after "of" is a person's, whom the cue reader left out
_AFFILIATION = lazy(r"\b(?i:of|at|for)\s+\Z")
_WORD = lazy(r"\w+")
# A group's words that open with a person it speaks of: "say he agrees", "said that she understood", "said his
# remarks were", after the cue's adjunct too ("argued last month that her side", "wrote on Monday that he")
_PRONOUN_WORDS = lazy(r"\s+(?:that\s+)?(?:he|she|his|her)\b")
# A quotation that opens right after a group and its cue ("critics wrote: '...'", "said critics, '...'")
_OPENS_AFTER = lazy(r"[^\S\n]*[,:][^\S\n]*(?:[\u201c\"]|'')")
# A body or document that is someone's: one a pronoun owns ("her book The Art of the Sale": the person the story
# named before), or a name in the possessive right at the cue ("Curiel's alleged bias": the cue a noun's modifier)
_OWNED = lazy(r"\A(?i:his|her|their|its)\s|['\u2019]s?\Z")
_CAPITALISED = lazy(r"\b\p{Lu}[\p{L}'\u2019-]+")
# Two to four capitalised words: a name with its given name or title ("Ines Okafor", "Dr. Okafor")
NAME_RUN = lazy(r"(?:\p{Lu}[\p{L}'\u2019-]*\.?[^\S\n]+){1,3}\p{Lu}[\p{L}'\u2019-]+")
# "Ms. Voss said", "said Dr. Voss", "Mr Voss told": a title and a surname, no given name (British style writes
# the short titles without a stop)
_TITLE_AND_SURNAME = lazy(r"\b(?:\p{Lu}\p{Ll}{1,3}\.|(?:Mr|Mrs|Ms|Dr|Mx)\b)\s*\p{Lu}[\p{L}'\u2019-]+\W*\Z")


class Member(NamedTuple):
    """A source the draft names, who may be one of a vague group's voices: its last name word, how it is named
    (`FULL_NAME`, `SURNAME` or `BODY`), and its attribution, whose cue says where it is (`offset`)."""

    name: str
    how: str
    found: Attribution

    @property
    def offset(self) -> int:
        """Where the member's cue starts."""
        return self.found.cue[0]


# Whether a person the draft names may be one of a vague group's voices (the group, the person's attribution)
MemberFits = Callable[[Attribution, Attribution], bool]


FULL_NAME, SURNAME, BODY = "full name", "surname", "body"


def with_members_named(
    doc: Document,
    attributions: list[Attribution],
    opening_end: int = 0,
    report_cues: Sequence[str] = (),
    head_of: Callable[[str], str] | None = None,
    fits: MemberFits | None = None,
    confidential: Callable[[str], bool] | None = None,
) -> list[Attribution]:
    """The attributions (sorted by cue), a vague source reclassed as a group whose member is named when, in
    its sentence or the next, a person is quoted by full name ("Some observers say the novel will sell. 'It
    can work,' said Ann Voss, a critic."; the next sentence may open the next paragraph), or by a surname the
    body gave before ("'It can work,' Ms. Voss said"); or when the next sentence sources its point to a body or
    document by a name the draft has not given before ("Analysts note the toll rose. It doubled, according to
    the Kestrel Institute."). A person the story opens with (named before the group and before `opening_end`,
    the end of the headlines and the first body paragraph) is whom the story is about, who answers the group
    rather than belongs to it: still vague; so is a body named before, which the story is about, and so is a group
    that tags its own quotation ('"...," critics said'), whose member only its own sentence may name. An outlet
    that reports (a cue of `report_cues`: "The Ledger reported it first") speaks for nobody's point but its
    own report. A group the story takes up again by its head (`head_of`) in its paragraph or the next ("Outside
    experts say ..." then "the experts say ...") speaks on there, and its member may be named after that. A
    group that is by its form someone the story keeps unnamed (`confidential`: "sources", "insiders") is never
    voiced by a person quoted by name."""
    text = doc.text
    reports = frozenset(cue.lower() for cue in report_cues)
    introduced = [member for a in attributions if (member := _as_member(text, a, reports)) is not None]
    if not introduced:
        return attributions
    offsets = [member.offset for member in introduced]
    ends: dict[int, list[int]] = {}  # a paragraph -> its `quotation_ends`, read once a paragraph
    read: list[Attribution] = []
    for index, found in enumerate(attributions):
        if found.kind == VAGUE and not (confidential is not None and confidential(found.source_text or "")):
            members = (introduced, offsets, fits)
            named = _member_named(doc, found, members, opening_end, ends) or any(
                _member_named(doc, voice, members, opening_end, ends)
                for voice in _taken_up(doc, attributions, index, head_of)
            )
            found = found._replace(kind=MEMBER_NAMED) if named else found
        read.append(found)
    return read


def _taken_up(
    doc: Document, attributions: list[Attribution], index: int, head_of: Callable[[str], str] | None
) -> list[Attribution]:
    """The sources after a vague group (`attributions[index]`), in its paragraph or the next, that take it up
    again by its head alone ("the experts", "those critics"), up to another group of that head."""
    group = attributions[index]
    head = head_of(group.source_text or "") if head_of is not None and group.source is not None else ""
    paragraph = span_holding(doc.paragraphs, group.cue[0]) if head else -1
    if paragraph < 0:
        return []
    end = doc.paragraphs[min(paragraph + 1, len(doc.paragraphs) - 1)][1]
    taken: list[Attribution] = []
    for later in attributions[index + 1 :]:
        if later.cue[0] >= end or (later.kind == VAGUE and head_of(later.source_text or "") == head):
            break
        words = (later.source_text or "").lower().split()
        if later.source is not None and len(words) == 2 and words[0] in _TAKING_UP and words[1] == head:
            taken.append(later)
    return taken


def _as_member(text: str, found: Attribution, reports: frozenset[str]) -> Member | None:
    """The source of an attribution as a possible voice of a group (`reports`: the cues of an outlet's report)."""
    if found.kind in (PERSON, ROLE):
        if not speaks_at_cue(text, found):
            return None
        if name := full_name(text, found):
            return Member(name, FULL_NAME, found)
    if found.kind == PERSON and (name := surname(text, found)):
        return Member(name, SURNAME, found)
    if (
        found.kind in (ORGANISATION, DOCUMENT)
        and _sourced_to(found)
        and not _OWNED.search(found.source_text or "")
        and cue_key(found.cue_text).lower() not in reports
        and not _AFFILIATION.search(text, max(0, found.source[0] - 8), found.source[0])
    ):
        name = body_name(found)
        return Member(name, BODY, found) if name else None
    return None


def _sourced_to(found: Attribution) -> bool:
    """Whether a body is what its cue sources words to: the subject of a finite cue ("the Kestrel Institute
    found") or after a phrase cue ("according to the Kestrel Institute"); not one a cue reaches as its object
    ("told The Ledger"), one a participle hangs on ("a letter to the Kestrel Institute asking"), nor the object of
    "to" ("a letter to the Kestrel Institute said")."""
    if found.source is None or _TO.search(found.source_text or ""):
        return False
    cue = cue_key(found.cue_text).lower()
    if cue.startswith(SOURCE_AFTER_PHRASES):
        return True
    return found.source[0] < found.cue[0] and not cue.endswith("ing")


def body_name(found: Attribution) -> str | None:
    """The last word of a body or document source that its name closes ("the Kestrel Institute", "a survey by
    Kestrel Polling"), else None ("a move requiring the Senate clerk to": no name closes it)."""
    words = (found.source_text or "").split()
    last = words[-1].rstrip(".,;:") if words else ""
    return last if last[:1].isupper() else None


def surname(text: str, found: Attribution) -> str | None:
    """The last word of a person source named by a surname, with or without a title ("Voss", "Ms. Voss")."""
    if found.source is None:
        return None
    run = NAME_RUN.match(text, found.source[0])
    words = _CAPITALISED.findall(run.group() if run else found.source_text or "")
    return words[-1] if words else None


def full_name(text: str, found: Attribution) -> str | None:
    """The surname of a source with a full name ("Ann Voss", "Mayor Ann Voss", "Gov. Ann Voss", which the
    cue reader may cut at the title's stop), else None. "Ms. Voss" is no full name: a title and a surname
    refer back to someone named before (or, in a draft, someone whose first mention was cut)."""
    if found.source is None:
        return None
    start, end = found.source
    words = _CAPITALISED.findall(found.source_text or "")
    if len(words) < 2 and (run := NAME_RUN.match(text, start)):
        words, end = _CAPITALISED.findall(run.group()), run.end()
    if len(words) < 2 or _TITLE_AND_SURNAME.search(text[max(0, start - 6) : end]):
        return None
    return words[-1]


def named_before(text: str, surname: str, end: int) -> bool:
    """Whether the surname stands in the text, as a word of its own, before `end`: a person named before may be
    someone else. A surname of word characters is looked up among the words the text names first (read once a
    text: a long draft asks about each of its names, and searching from its start each time was quadratic)."""
    if _WORD.fullmatch(surname):
        return _first_words(text).first_end(surname, end) <= end
    return has_whole_word(text, surname, 0, end)  # "O'Brien"


def first_named_end(text: str, surname: str) -> int | None:
    """Where a surname of word characters first ends in the text, past the text's end if never: `named_before`
    is whether this is at most its `end`. None for a surname with other characters ("O'Brien")."""
    return _first_words(text).first_end(surname, len(text)) if _WORD.fullmatch(surname) else None


class _FirstWords:
    """Where each word (a run of word characters) of one text first ends, read as far as it is asked about."""

    def __init__(self, text: str) -> None:
        self._words = _WORD.finditer(text)
        self._ends: dict[str, int] = {}
        self._read_to = 0  # every word that starts before this offset is read

    def first_end(self, word: str, end: int) -> int:
        """Where the word first ends, if it starts before `end`; past `end` if it does not."""
        while self._read_to < end:
            found = next(self._words, None)
            if found is None:
                self._read_to = end
                break
            self._ends.setdefault(found.group(), found.end())
            self._read_to = found.start() + 1
        return self._ends.get(word, end + 1)


@lru_cache(maxsize=1)
def _first_words(text: str) -> _FirstWords:
    """The words of the text being read (the last one asked about)."""
    return _FirstWords(text)


def _member_named(
    doc: Document,
    found: Attribution,
    members: tuple[list[Member], list[int], MemberFits | None],
    opening_end: int,
    ends: dict[int, list[int]],
) -> bool:
    """Whether a member of the group that speaks at `found` is named (`members`: the sources introduced by name,
    where their cues start, and which persons the group may hold)."""
    introduced, offsets, fits = members
    sentence = doc.sentence_at(found.cue[0])
    own = sentence or found.cue
    # a group quoted in its own sentence speaks for itself: the quotation after it is another voice, read only as
    # far as the next sentence, and not at all after a group that tags its own quotation; a group's point in the
    # writer's words is answered by the whole quotation after it
    quoted = sentence is not None and _ANY_MARK.search(doc.text, *own) is not None
    start = found.cue[1]
    end = own[1] if tags_quotation(doc.text, found) else _next_sentence_end(doc, found, None if quoted else ends)
    index = bisect.bisect_left(offsets, start)
    while index < len(offsets) and offsets[index] < end:
        member = introduced[index]
        may_hold = fits is None or fits(found, member.found)
        if may_hold and _speaks_for(doc.text, found, member, own, opening_end):
            return True
        index += 1
    return False


def tags_quotation(text: str, found: Attribution) -> bool:
    """Whether the group is the speaker of a quotation that closes right before it ('"...," critics said',
    '"...," said critics') or opens right after it ("critics wrote: '...'"): its voice is quoted, and a person
    quoted after its sentence is another voice."""
    first, last = min(found.cue[0], found.source[0]), max(found.cue[1], found.source[1])
    return closes_quotation_before(text, first) or _OPENS_AFTER.match(text, last) is not None


def _speaks_for(text: str, found: Attribution, member: Member, own: Span, opening_end: int) -> bool:
    """Whether a source named after a vague group's cue (`own`: the group's sentence) is one of the group's
    voices."""
    start, own_end = found.cue[1], own[1]
    if member.how == BODY:  # a body new to the draft that the next sentence sources the point to
        new = member.offset >= own_end and not named_before(text, member.name, found.source[0])
        return new and _carries_the_point(text, member, own_end)
    # a quotation in the group's own sentence is the group's words, unless the member is quoted there too
    quoted_from = start if member.offset < own_end else max(start, own_end)
    known = member.how == FULL_NAME or named_before(text, member.name, found.source[0])  # a surname refers back
    subject = named_before(text, member.name, min(opening_end, found.source[0]))  # whom the story opens with
    if member.offset >= own_end and _spoken_of(text, found, member.name, own):
        return False
    return known and not subject and _QUOTE_MARK.search(text, quoted_from, member.offset) is not None


def _carries_the_point(text: str, member: Member, own_end: int) -> bool:
    """Whether the sentence after a group's (from `own_end`) sources the group's point to a body: it opens by
    taking the point up ("The rise was the steepest ...", "It doubled, according to ...") or the body's name
    stands before its cue ("According to the Kestrel Institute, the rise ...", "U.S. Labor Department data
    released Friday show"); not a fact of its own that the body alone gives ("At least 40 crossings were cut,
    according to the Kestrel Ferry Council")."""
    takes_up = _TAKES_THE_POINT_UP.match(text, own_end) is not None
    return takes_up or has_whole_word(text, member.name, own_end, member.offset)


def _spoken_of(text: str, found: Attribution, name: str, own: Span) -> bool:
    """Whether the group's own sentence speaks of the person the next sentence names: by name ("Observers say the
    Voss campaign erred") or, for a person named before the group, by the pronoun that opens the group's words
    ("Sources said he understood why", "Critics said his remarks", then "'...,' Voss said"). That person is whom
    the group speaks of, not one of its voices."""
    if has_whole_word(text, name, own[0], own[1]):
        return True
    adjunct = clause_after_adjunct(text, found.cue[1])
    words_start = adjunct.end() if adjunct else found.cue[1]
    opens_with_pronoun = found.source[0] < found.cue[0] and _PRONOUN_WORDS.match(text, words_start) is not None
    return opens_with_pronoun and named_before(text, name, found.source[0])


def _next_sentence_end(doc: Document, found: Attribution, ends: dict[int, list[int]] | None) -> int:
    """Where the sentence after the cue's sentence ends (the next paragraph's first for a paragraph's last), or,
    when that sentence opens with a quotation that runs on, where the sentence that closes it ends
    (`quotation_ends`, kept in `ends` for each paragraph; None: the next sentence only). "Some observers say
    ... 'I did not see it coming. Nobody did,' said Ann Voss." quotes Voss in the next sentence for a reader,
    though her name stands two sentences on."""
    paragraph = span_holding(doc.paragraphs, found.cue[0])
    if paragraph < 0:
        return found.cue[1]
    sentences = doc.sentences_in(paragraph)
    index = span_holding(sentences, found.cue[0])
    if not 0 <= index < len(sentences) - 1:
        paragraph, index = paragraph + 1, -1
        if paragraph >= len(doc.paragraphs) or not doc.sentences_in(paragraph):
            return doc.paragraphs[paragraph - 1][1]
        sentences = doc.sentences_in(paragraph)
    following = index + 1
    if ends is None or not opens_quotation(doc.text, sentences[following][0]):
        return sentences[following][1]
    if paragraph not in ends:
        ends[paragraph] = quotation_ends(doc.text, sentences)
    return sentences[ends[paragraph][following] - 1][1]
