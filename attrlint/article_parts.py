"""Parts of a published article that name page furniture but are the article itself.

- Its **headline and subhead**: the draft's first paragraph or two, standing straight before the body
  copy, that read as a headline ("Twitter Was Not Here For ...", "WATCH: Mayor Can't Recall ..."), with no
  label of a teaser before it ("Comment: ...", the pack's `teaser_labels`).
  A headline has words of its own and a finite verb, title case or the body copy's words; the site's
  name after a separator ("... | The Harbour Gazette") is set aside. It does not end in a period unless
  it is the first line set as a sentence, hold a caption's credit ("... (Getty)", "Name/Agency"), address
  the reader ("Sign up ...", "... to your inbox") or open or close with furniture the story is not about
  ("Comments are ...", "... Getty Images"; "EPA delays rule" over a story on the EPA is a headline).
  Every boilerplate rule, phrase or model, reads this one reading; a line that is furniture on its own
  (`plain_furniture`: "Advertisement", "Sign in | Register") is never read as the article's title or post.
- Its **headline by place** (`titles_the_draft`): the first line of the draft that is neither a prompt to
  the reader nor a section label, with a headline's grammar and no prompt in it, about what the body copy
  is about ("Why a fishing town still reads the same newsletter").
- A **quoted post**: the text of a tweet the story quotes, marked by its link (`pic.twitter.com`, `t.co`,
  a status address), by embed markup, by its author's handle and a colon opening it (`@handle: ...`),
  or by the credit line under it (`— Name (@handle) date`).
- A **subhead** of a story in sections: a short line above a paragraph of body copy that takes up
  every word of it ("Consent", then a paragraph on consent), where another subhead names no furniture.
- Repetition on purpose is read by `attrlint/deliberate_repeats.py`.

The furniture vocabulary names a network, a video or a deal in these as it does in residue; their
place in the draft and their shape tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import regex

from attrlint.body_words import BodyWords, body_words
from attrlint.furniture import (
    CLOSING,
    OPENING_MARKS,
    SENTENCE_END,
    TOKEN,
    FurnitureModel,
    introduces,
    own_words,
    stem,
)
from attrlint.post_credits import CREDIT_OPENING

# At most a headline, a subhead and a dateline stand before the body copy; more lines there are residue.
MAX_HEAD_PARAGRAPHS = 3
_MIN_HEADLINE_WORDS = 5
_OWN_WORDS = 3  # words a headline has besides the vocabulary's and function words
_TITLE_WORDS = 7  # a title-case line shorter than this without a verb may be a credit or a name
# A label before a headline: one word ("WATCH:", "Video:", "PHOTOS:", "FBI:") or two in capitals ("WATCH LIVE:").
_HEADLINE_LABEL = re.compile(r"^(?:[A-Z][A-Za-z]{1,12}|[A-Z]{2,12} [A-Z]{2,12}):\s+")
# A caption or credit ("... in Raleigh. (Getty)", "Name/Agency"), a menu's separators, a teaser's ellipsis.
_CAPTION = re.compile(r"[a-z]{2}\.\s+\S|[/|\u00b7\u2022\u00bb\u203a\u2026]|\.\.\.")
_POST_LINK = re.compile(r"pic\.twitter\.com/|twitter\.com/\w+/status/|(?<![\w.])t\.co/|</?tweet[\s>/]", re.IGNORECASE)
# A post quoted as text, opening with its author's handle and a colon ("@harbourtrust: The quay ...").
_POST_OPENER = re.compile(r"^\s*@\w{1,30}:\s+\S")
_POST_REACH = 2  # paragraphs of a post's text above its credit line
_ECHO_WORDS = 3  # own words a line needs before its echo of the body copy counts
_ECHO_SHARE = 0.6  # the share of them the body copy must use
_MEDIA_ECHO_SHARE = 0.5  # the same for the headline of the story's own video or picture
_PROSE_STATEMENT_WORDS = 15  # a statement this long, opened by no furniture, is prose, as body copy is
_PROSE_ECHO = 0.4  # the share of a long statement's own words that the body copy must use
PAST_LETTERS = 4  # a past in -ed has more letters than this ("opened"; not "shed" or "bed")
_STATEMENT_WORDS = 8  # the fewest words of a statement of the writer's that ends in the vocabulary
_SUBJECT_WORDS = 2  # the fewest words of the body copy's a display line's subject holds
_LABEL_WORDS = 3  # the longest section label read above a headline ("Local news")
_LINES_ABOVE_HEADLINE = 6  # the prompts and labels that may stand above a draft's headline
_SUBJECT_SHARE = 0.5  # the share of a headline's subject words that the body copy must take up
# What parts a headline: its label's colon, a comma, a dash between spaces.
_HEADLINE_PARTS = re.compile(r"\s*[:,]\s+|\s+[\u2013\u2014-]\s+")
_STORY_WORDS = 4  # the fewest words of a sentence of the story naming a credit's words in passing
# A credit's own marks: a separator or a bracket around a name and an agency, "via", a copyright sign.
_CREDIT_MARK = re.compile(r"[/|()\[\]\u00a9\u00b7\u2022]|\bvia\b", re.IGNORECASE)
# A headline's future, "to" and a verb after its subject ("Harbour trust to stream its meetings").
_HEADLINE_FUTURE = re.compile(r"(?<=\w )to (?=[a-z]{2,})")
_PICTURE_WORDS_BEFORE = 3  # a picture named in a caption has a function word this close before it ("in an old photo")
# A link's or a handle's shape: an address, a domain, a handle.
LINK_SHAPE = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk)\b|(?<!\w)@\w")
# A way to reach a person: an email address, a handle or a telephone number. A span of years ("2009-2020",
# a footer's copyright) is no telephone number.
_YEARS = r"(?:1[89]|20)\d\d ?- ?(?:1[89]|20)\d\d(?!\d)"  # an en dash is no digit of a telephone number
_CONTACT_DETAIL = re.compile(rf"[\w.+-]+@[\w-]+\.\w[\w.]*|(?<!\w)@\w{{2,}}|(?<!\d)(?!{_YEARS})\+?\d[\d ().-]{{6,}}\d")
# A name opening a caption: two capitalised words ("Ana Ruiz, ...").
_NAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+\b")
# A person's name: two capitalised words, not opening the line or a sentence ("Ana Ruiz", "Siobhan
# O'Neill", "Tom McAdam", "José Núñez").
_NAME_WORD = r"[^\W\d_](?:['\u2019]?[^\W\d_])*[^\W\d_A-Z]"
_NAME = regex.compile(rf"(?<!^)(?<![.!?]\s)\b(?=\p{{Lu}})({_NAME_WORD}) (?=\p{{Lu}})({_NAME_WORD})(?![\w'\u2019])")
_STOP_INSIDE = re.compile(r"[.!?]\s")  # a stop with more text after it: no single display line
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # one sentence ending and another starting
_SERIES_WORDS = 6  # the longest line read as one of a series of headings or a list
_SERIES_WORDS_APART = 2  # lines of one series differ by at most this many words
_SUBHEAD_WORDS = 6  # the longest line read as the subhead of the section under it
_LIST_ITEMS = 8  # the most items of a list read from its introduction
_ITEM_WORDS = (3, 20)  # an item of a list has this many words
_ITEM_SHARE = 0.5  # the share of an item's own words that the body copy uses
# A menu's or a credit's separators between words; a slash inside a word ("signup/login") is not one.
_SEPARATOR = re.compile(r"\s[|/\u00b7\u2022\u00bb\u203a>-]\s|[|\u00b7\u2022]")
# A person credited by name: two or three capitalised words, or two such names joined by "and".
_PERSON = r"\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){1,2}"
_CREDITED_PEOPLE = rf"({_PERSON}(?: and {_PERSON})?)"
# A byline's writer ("By Ana Ruiz") and, after a separator, who made the pictures ("Photographs by Jo Eze").
_BYLINE_WRITER = regex.compile(rf"^By {_CREDITED_PEOPLE}$")
_BYLINE_MAKER = regex.compile(rf"^((?:\p{{L}}+ ){{1,3}})(?i:by) {_CREDITED_PEOPLE}$")  # the names keep their capitals
# The separator before a site's or a section's name closing a page's title ("... | Gazette", "... - Gazette").
_SITE_SEPARATOR = re.compile(r"\s+(?:[|\u2013\u2014-]|::)\s+")
_SITE_WORDS = 5  # the longest site or section name read after a title's separator
_SUBJECT_PHRASE_WORDS = 4  # the most words of a statement's subject read for its head ("the city's new app")
_TOPIC_PARAGRAPHS = 2  # the fewest other paragraphs of body copy that name what a statement's subject is


def reads_as_headline(
    text: str, model: FurnitureModel, first: bool = True, words: BodyWords | None = None, timeout: float | None = None
) -> bool:
    """Whether a paragraph's text (without markup) reads as an article's headline (`first`) or subhead.

    Its label ("WATCH: ...") and the site's name after a separator ("... | The Harbour Gazette") aside,
    a headline has words of its own and a finite verb, title case or the body copy's words (`words`);
    it opens with a capital, but for the rest of a labelled one ("Letters: readers on the ferry fares").
    A subhead is held to more, a finite verb, since a picture's caption stands there too ("The Mayor at
    City Hall, Tuesday, Getty Images"). The draft's first line may be set as a sentence, with a full
    stop, where it is one statement or made of the body copy's words."""
    label = _HEADLINE_LABEL.match(text.strip())
    if label and _teasers(label, model):
        return False  # "Comment: ...": another story's teaser, as pages list them
    core = _headline_core(text, model)
    tokens = TOKEN.findall(core)
    echo = first and words is not None and _titles_story(core, model, words)
    if len(tokens) < _MIN_HEADLINE_WORDS or _CAPTION.search(core) or not _headline_end(core, model, first, echo):
        return False
    folded, title_case = [token.lower() for token in tokens], is_title_case(tokens, model.function_words)
    opening = tokens[0][:1].isupper() or tokens[0][:1].isdigit() or label is not None  # "Letters: readers on ..."
    if not opening or folded[0] in model.imperatives:
        return False
    if not title_case and any(token in model.reader_words for token in folded):
        return False  # "... delivered to your inbox": addressed to the reader, as prompts are
    if not _vocabulary_in_place(core, folded, title_case, model, words, timeout):
        return False
    if model.has_finite_verb(core):
        return True
    # a first line without a verb the list knows: made of the story's words, or long and in title case,
    # and no prompt inside (a menu's "Subscribe"): an imperative the vocabulary names, not a word such as
    # "Like" in "... Like A Cruel Old Man"
    long_title = title_case and len(tokens) >= _TITLE_WORDS
    return first and (echo or long_title) and not _names_a_prompt(core, model)


def _vocabulary_in_place(
    core: str,
    folded: Sequence[str],
    title_case: bool,
    model: FurnitureModel,
    words: BodyWords | None,
    timeout: float | None = None,
) -> bool:
    """Whether what the furniture vocabulary names in a headline stands where a headline may have it. The
    headline has `_OWN_WORDS` words of its own besides. The vocabulary may open or close it where the story
    is about what it names, the body copy (`words`) using its words ("EPA delays runoff rule", over a story
    on the EPA), or open a headline in title case; a question may close on it ("Did The Firm Break Its Terms
    Of Use?"). A credit (`caption_classes`) closing the line, or set in brackets or after a slash, stays a
    credit."""
    classes, covered, opens, closes, _ = model.classes_in(core)
    own = len(folded) - covered - sum(token in model.function_words for token in folded)
    subject = words is not None and _story_is_about(core, model, words, timeout)
    credit = bool(model.caption_classes.intersection(classes))
    if own < _OWN_WORDS or (credit and _CREDIT_MARK.search(core)):
        return False  # a caption's credit in brackets or after a slash ("... (Image by Ann Voss)")
    if closes and not (_asks(core) or (subject and not credit)):
        return False  # furniture at its end (a caption's credit, a teaser's sponsor)
    return not opens or title_case or subject  # furniture opening a sentence ("Comments are ...")


def _headline_core(text: str, model: FurnitureModel) -> str:
    """A headline's text without its label ("WATCH:") and without the site's or the section's name set
    after a separator at its end ("... | The Harbour Gazette", "... – Full Discussion"): a short name
    in capitals with a word of its own, neither a credit (`caption_classes`) nor a prompt."""
    core = _HEADLINE_LABEL.sub("", text.strip(), count=1)
    separators = list(_SITE_SEPARATOR.finditer(core))
    if not separators:
        return core
    head, site = core[: separators[-1].start()], core[separators[-1].end() :]
    site_tokens = TOKEN.findall(site)
    if not 1 <= len(site_tokens) <= _SITE_WORDS or not site_tokens[0][:1].isupper() or reads_as_prompt(site, model):
        return core
    if model.caption_classes.intersection(model.classes_in(site)[0]) or not own_words(site, model):
        return core
    return head


def _headline_end(core: str, model: FurnitureModel, first: bool, echo: bool) -> bool:
    """Whether a headline may end as it does: not on a colon, and on a full stop only where it is the
    draft's first line, set as a sentence ("Council backs ferry deal."): one statement, or made of the
    body copy's words (`echo`) and no stop inside."""
    end = core.rstrip(CLOSING)
    if end.endswith(":"):
        return False
    if not end.endswith(".") or (first and _one_statement(end, (".",), model, None)):
        return True
    return echo and not end.endswith("..") and not _SENTENCE_BREAK.search(end)


def _asks(core: str) -> bool:
    """A question: the vocabulary closing it is what it asks about, not a credit or a link."""
    return core.rstrip(CLOSING).endswith("?")


def _story_is_about(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether the story is about the agency, the app or the comments a line names: the body copy uses
    every word the furniture vocabulary names in it, inflected or not, or names each of its classes in
    other words (a headline's "Twitter", a story's "tweeted")."""
    named = named_stems(text, model)
    if not named:
        return False
    if all(words.uses(word, text) for word in named):
        return True
    wanted = set(model.classes_in(text)[0])
    for paragraph in words.copies:  # the body copy's paragraphs, read only until each class is found
        if paragraph != text:
            wanted.difference_update(model.classes_in(paragraph, timeout)[0])
        if not wanted:
            return True
    return False


def named_stems(text: str, model: FurnitureModel, timeout: float | None = None) -> set[str]:
    """The stems of the words the furniture vocabulary names in a line."""
    return {
        stem(token.lower())
        for match in model.scanner.finditer(text, timeout=timeout)
        for token in TOKEN.findall(match.group())
    }


def _names_a_prompt(text: str, model: FurnitureModel) -> bool:
    """Whether a word the furniture vocabulary names in the text is an imperative verb ("Subscribe")."""
    return any(
        token.lower() in model.imperatives
        for match in model.scanner.finditer(text)
        for token in TOKEN.findall(match.group())
    )


def is_title_case(tokens: Sequence[str], minor: frozenset[str] = frozenset()) -> bool:
    """Whether most words are capitalised; the `minor` words (articles, short prepositions and
    conjunctions) do not count where they are in lower case, as headline styles such as the AP's
    leave them ("Mayor Calls for Review of Harbour Plan")."""
    counted = [token for token in tokens if token not in minor]
    capitalised = sum(token[:1].isupper() or token[:1].isdigit() for token in counted)
    return bool(counted) and capitalised / len(counted) >= 0.75


def headline_indexes(
    texts: Sequence[str],
    first_body: int,
    model: FurnitureModel,
    words: BodyWords | None = None,
    timeout: float | None = None,
) -> set[int]:
    """The paragraphs before the first paragraph of body copy that read as its headline or subhead
    (none where there is no body). A long headline counts as body copy by its length: the first
    paragraph is read then. Where more than a headline, a subhead and a dateline stand before the body
    (a scraped page's captions, bylines and links), only the draft's first line is read, as its title:
    a headline that uses the body copy's words (`words`), the story it is the title of."""
    head = first_body or 1
    if head > MAX_HEAD_PARAGRAPHS and head < len(texts) and words is not None:
        title = reads_as_headline(texts[0], model, True, words, timeout) and _titles_story(texts[0], model, words)
        return {0} if title else set()
    if not head <= min(MAX_HEAD_PARAGRAPHS, len(texts) - 1):
        return set()
    found: set[int] = set()
    for index in range(head):  # the first line read as a headline is its title, though residue stands above it
        if reads_as_headline(texts[index], model, not found, words, timeout):
            found.add(index)
    return found


def _titles_story(text: str, model: FurnitureModel, words: BodyWords) -> bool:
    """Whether most of a line's own words are the body copy's: a title of the story, not a line of a page."""
    own = own_words(text, model)
    return len(own) >= _ECHO_WORDS and words.echo(own, text) >= _ECHO_SHARE


def echoes_body(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether a short paragraph is made mostly of the body copy's own words, and the furniture
    vocabulary neither opens nor closes it: a headline, a subhead or a quoted post about the story
    ("Mayor Strikes Budget Deal"). Residue pasted from a page has words of its own or none. A caption
    (a line naming a class of `caption_classes`) describes the story in its words and is still read
    as residue, and so is a teaser opening with "Read more" or a line ending in a credit. A headline
    in title case may end in the vocabulary ("Why Readers Still Trust the Comments"), and so may the
    writer's own sentence, with a finite verb and a full stop ("... we owe the traders for their weekly
    discussions."); a teaser's line may not ("... Read more"). A line with a sentence that asks the reader
    to act ("Please comment below ...", "Donate to ...") is a page's prompt in the story's words, not a
    headline (a label such as "Watch:" over a headline is no such sentence), unless the line reads as a headline
    (`_plain_headline`), which may open with a word that can be a verb ("Support Grows For ...")."""
    if not _ECHO_WORDS <= len(TOKEN.findall(text)) <= model.max_words:
        return False
    unlabelled = _HEADLINE_LABEL.sub("", text.strip(), count=1)
    own = own_words(unlabelled, model, timeout)
    if len(own) < _ECHO_WORDS or words.share(own, text) < _ECHO_SHARE:
        return False
    classes, _, opens, closes, _ = model.classes_in(text, timeout)
    title_case = is_title_case(TOKEN.findall(text), model.function_words)
    if not _plain_headline(text, title_case, model) and any(
        opens_with_imperative(sentence, model) for sentence in SENTENCE_END.split(unlabelled)
    ):
        return False
    headline = title_case and not text.rstrip(CLOSING).endswith((".", "\u2026"))
    own_sentence = closes and _writers_sentence(text, model, timeout)
    return not (opens or (closes and not (headline or own_sentence)) or model.caption_classes.intersection(classes))


def _plain_headline(text: str, title_case: bool, model: FurnitureModel) -> bool:
    """Whether a line reads as a headline: in title case, speaking to no reader (`reader_words`: "Join Our ...")
    and ending in no stop, ellipsis or exclamation ("Donate to ...!")."""
    folded = {token.lower() for token in TOKEN.findall(text)}
    ending = text.rstrip(CLOSING).endswith((".", "\u2026", "!"))
    return title_case and not ending and not folded & model.reader_words


def opens_with_imperative(sentence: str, model: FurnitureModel) -> bool:
    """Whether a sentence opens with an imperative verb (`imperative_verbs`, "please" among them): it asks the
    reader to act ("Please comment below", "Donate to ..."), as a page's prompt does and a headline does not."""
    first = TOKEN.match(sentence)
    return first is not None and first.group().lower() in model.imperatives


def story_sentence(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether a line naming only a credit's words (`caption_classes`) is a line of the story that names
    them in passing: a caption naming who is pictured, without a credit ("Ana Ruiz, the AFP's harbour
    correspondent, at the quay"; "Varga as a student, in a photo from 1994", where the body copy names
    Varga), or the writer's sentence introducing the posts below ("Residents posted this video:"). It has
    `_STORY_WORDS` words or more and either opens with a name the body copy gives a person of the story,
    names the picture after a function word and holds no stop inside, or, mostly the body copy's words, opens
    with a name or is one statement (a finite verb, a full stop or a colon at its end and no stop inside);
    it is opened by neither an imperative nor the vocabulary, and it carries none of a
    credit's own marks: a separator or a bracket ("Name/Agency", "(Getty)"), "via", the vocabulary
    closing the line ("... Getty Images") or labelling what follows inside it ("Photo: ...")."""
    tokens = TOKEN.findall(text)
    if len(tokens) < _STORY_WORDS or tokens[0].lower() in model.imperatives or _CREDIT_MARK.search(text):
        return False
    classes, _, opens, closes, _ = model.classes_in(text, timeout)
    core = text.strip().rstrip(CLOSING)
    colon = core.endswith(":")
    if not classes or not model.caption_classes.issuperset(classes) or opens or (closes and not colon):
        return False
    own = own_words(text, model, timeout)
    if ":" in core[:-1] or len(own) < _ECHO_WORDS:
        return False
    caption = not colon and not _SENTENCE_BREAK.search(core)
    if caption and _opens_with_person(core, words) and _pictures_named(core, model, timeout):
        return True  # a caption naming a person the story names, and the picture it is in
    if words.share(own, text) < _ECHO_SHARE:
        return False
    if _NAME_FIRST.match(core) and caption:
        return True  # a caption naming who is pictured, with or without a verb
    return _one_statement(core, (".", ":"), model, timeout)


def _pictures_named(core: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether every word of the vocabulary in a caption names the picture as a thing, a function word just
    before it ("in a photo from 1994", "in an old photo from"), not a credit's label ("Photo by ...",
    "... Studio copyright"), and the caption is one stretch with no stop inside."""
    if _STOP_INSIDE.search(core):
        return False
    matches = list(model.scanner.finditer(core, timeout=timeout))
    before = [TOKEN.findall(core[: match.start()])[-_PICTURE_WORDS_BEFORE:] for match in matches]
    return bool(matches) and all(model.function_words.intersection(map(str.lower, words)) for words in before)


def _opens_with_person(core: str, words: BodyWords) -> bool:
    """Whether a line opens with a name the body copy gives a person or a body of the story: a capitalised
    word that the body copy writes with its capital inside a sentence ("Varga", for "... director Ines Varga
    said")."""
    first = TOKEN.match(core)
    if first is None or not first.group()[:1].isupper():
        return False
    inside = re.compile(rf"[\w,]\s+{re.escape(first.group())}(?![\w'\u2019-])")
    return any(inside.search(copy) for copy in words.copies)


def media_headline(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether a line of the body is the headline of the story's own picture or video, under a label that
    names a credit's class (`caption_classes`: "Video: First test train crosses the new bridge"). What
    follows the label reads as a subhead, with a finite verb and no full stop, in the body copy's words.
    A caption set as a sentence with its stop, a credit (a name, an agency) and a teaser of another story,
    in words of its own, stay furniture. A video's title says what it shows besides the story's words: half
    of its own words in the body copy are enough."""
    if not _HEADLINE_LABEL.match(text.strip()) or not model.labelled(text, timeout):
        return False
    if not model.caption_classes.issuperset(model.classes_in(text, timeout)[0]):
        return False
    own = own_words(_headline_core(text, model), model, timeout)
    echo = len(own) >= _ECHO_WORDS and words.echo(own, text) >= _MEDIA_ECHO_SHARE
    return echo and reads_as_headline(text, model, False, words, timeout)


def contact_tagline(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line naming only the furniture of `tagline_classes` ("Contact ...") is a writer's
    tagline, which the paper prints: it gives a way to reach a person (an email address, a telephone
    number or a handle) and names the person ("Contact Ana Ruiz at aruiz@example.com", "Contact Tom
    McAdam: ...") or the writer by a role (`writer_roles`: "Contact the reporter at ..."). A footer's
    "Contact us" speaks for the site, to the reader."""
    if not _CONTACT_DETAIL.search(text):
        return False
    classes = model.classes_in(text, timeout)[0]
    if not classes or not model.tagline_classes.issuperset(classes):
        return False
    folded = [token.lower() for token in TOKEN.findall(text)]
    if set(folded) & model.reader_words:
        return False  # "Email us at ...": the site speaks to the reader
    if any(word == "the" and role in model.writer_roles for word, role in zip(folded, folded[1:], strict=False)):
        return True  # "Contact the reporter at ...": the writer, named by the role
    return any(not {first.lower(), second.lower()} & model.function_words for first, second in _NAME.findall(text))


def shared_byline(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line is the story's byline shared by its writer and who made its pictures ("By Ana Ruiz |
    Photographs by Jo Eze"): the writer's "By" and a person's name first, or the writer's part under a label
    that names no furniture ("Words by Ana Ruiz", "Reporting by ..."), then, after separators, each part
    a credit's words (`caption_classes`) and "by" a person's name. A name the vocabulary holds is an
    agency's ("Photo by Getty Images"), and a credit with its agency ("Jo Eze/Wire") is a caption's."""
    parts = [part.strip() for part in _SEPARATOR.split(text.strip())]
    if len(parts) < 2 or not _writers_credit(parts[0], model, timeout):
        return False
    for part in parts[1:]:
        maker = _BYLINE_MAKER.match(part)
        if maker is None or model.classes_in(maker.group(2), timeout)[0]:
            return False
        classes = model.classes_in(part, timeout)[0]
        if not classes or not model.caption_classes.issuperset(classes):
            return False  # "Sponsored by Acme Foods": a sponsor's line, no maker of the story's pictures
    return True


def _writers_credit(part: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether the first part of a shared byline credits its writer: "By" and a person's name, or a label and
    "by" a person's name where neither names furniture ("Words by Ana Ruiz"; not "Photo by ..." or "Sponsored
    by ...", whose label is a credit's or an advertiser's)."""
    writer = _BYLINE_WRITER.match(part)
    if writer is not None:
        return not model.classes_in(writer.group(1), timeout)[0]
    labelled = _BYLINE_MAKER.match(part)
    return labelled is not None and not model.classes_in(part, timeout)[0]


def _writers_sentence(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """One statement of `_STATEMENT_WORDS` words or more: a finite verb, a full stop at its end (not an
    ellipsis) and none inside, and no imperative opening it. A slogan is fragments ("Harbour news. In your inbox.")."""
    core = text.rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if len(tokens) < _STATEMENT_WORDS or tokens[0].lower() in model.imperatives:
        return False
    return _one_statement(core, (".",), model, timeout)


def refers_back(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line is one statement of the story's that opens with a pronoun referring back to it
    (`story_pronouns`: "They're also selling ferry tickets.", "She has kept the stall."): a finite verb, a
    full stop, no stop inside. Residue speaks of the page ("This site uses ...") or to the reader; a
    caption's credit (`caption_classes`) is no statement of the story's."""
    core = text.strip().rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if not tokens or re.split(r"['\u2019]", tokens[0].lower())[0] not in model.story_pronouns:
        return False
    if model.caption_classes.intersection(model.classes_in(text, timeout)[0]):
        return False
    return _one_statement(core, (".", "!", "?"), model, timeout)


def narrates(text: str, model: FurnitureModel, words: BodyWords | None = None, timeout: float | None = None) -> bool:
    """Whether a line is a statement of the story's that names furniture in passing, as narration does
    ("Alerts from the sensors are sent to researchers at the Brannock institute."): one statement of
    `_STATEMENT_WORDS` words or more (a finite verb, a full stop, no stop inside) whose subject, the
    words before its verb, is a third person (no imperative, no word to the reader), that is the story's
    (`_of_the_story`: it names a person or a body of its own, its subject is what the story is about, or, as
    long as body copy, speaks of the story's matter in the body copy's words, `words`) and speaks to no reader
    (`second_person_words`: "your inbox" is a prompt's), but for one that what the story is about acts on, past
    the verb (`_reader_acted_on`: "the Vesta app asks you to ...", over a review of it). A word of the site's
    voice past the verb ("our podcast") is narration's only beside a person of the story (`story_pronouns`: "...
    of our podcast, with Ana telling how she ..."); "my" and "me" are the writer's where the writer tells what
    they did (`_writer_tells`). A caption's credit (`caption_classes`) is no statement of the story's."""
    core = text.strip().rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if len(tokens) < _STATEMENT_WORDS or not _of_the_story(core, model, words, timeout):
        return False
    folded = {token.lower() for token in tokens}
    reader = bool(folded & model.second_person)
    if tokens[0].lower() in model.imperatives or (reader and not _reader_acted_on(core, model, words, timeout)):
        return False
    verb = model.finite.search(core, timeout=timeout) if model.finite else None
    subject = {token.lower() for token in TOKEN.findall(core[: verb.start()])} if verb else set()
    voice = model.reader_words - model.writer_pronouns if _writer_tells(tokens, model) else model.reader_words
    voice = voice - model.second_person if reader else voice
    if not subject or subject & voice:
        return False
    if folded & voice and not folded & model.story_pronouns:
        return False  # the site speaking of its own ("subject to our terms"), with no person of the story
    if model.caption_classes.intersection(model.classes_in(text, timeout)[0]):
        return False
    return _one_statement(core, (".",), model, timeout)


def reports_in_the_body(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a paragraph as long as body copy (`_PROSE_STATEMENT_WORDS`), which its caller reads inside the
    body copy, between two of its paragraphs, is the story's own reporting that names furniture in passing
    ("Alerts on new objects will be sent to researchers within a minute, and a public app will list them."):
    made only of statements (each sentence with a finite verb, the last closing on a full stop), none opened
    by an imperative, with no word to the reader or of the site's voice (`reader_words`: a page's notice in
    full sentences speaks as the site or to the reader, "Our comments are closed ...", "You can ..."), no
    caption's credit (`caption_classes`), link or contact detail. What the story says of what it names need
    not be in the body copy's words: a short story's one paragraph on its app or its podcast seldom is."""
    core = text.strip().rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if len(tokens) < _PROSE_STATEMENT_WORDS or not core.endswith(".") or core.endswith(".."):
        return False
    if {token.lower() for token in tokens} & model.reader_words:
        return False
    if _CREDIT_MARK.search(core) or LINK_SHAPE.search(core) or _CONTACT_DETAIL.search(core):
        return False
    if model.caption_classes.intersection(model.classes_in(core, timeout)[0]):
        return False
    sentences = SENTENCE_END.split(core)
    return all(
        not opens_with_imperative(sentence, model) and model.has_finite_verb(sentence, timeout)
        for sentence in sentences
    )


def plain_statement(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a paragraph is one statement of the story's naming no furniture: a finite verb, a full stop at
    its end and none inside, no word to the reader and nothing the vocabulary names."""
    core = text.strip().rstrip(CLOSING)
    if reads_as_prompt(core, model) or model.classes_in(core, timeout)[0]:
        return False
    return _one_statement(core, (".",), model, timeout)


def advises_under_its_question(
    texts: Sequence[str], index: int, model: FurnitureModel, timeout: float | None = None
) -> bool:
    """Whether a paragraph straight under a subhead that asks or explains ("How to protect yourself", "What
    patients should do", "Should you buy it?") is the story's advice to its readers, which speaks to them as a
    prompt does ("Reset your portal password ...", "If you have been waiting, ... wait a year."): its caller reads
    the subhead inside the body copy. The subhead is a short line closing on a question mark or opened by an
    explainer's word (`headline_openers`), with no stop, and names no furniture, no imperative opening it, no
    separator and no voice of the site's or the writer's (`reader_words` but the second person, `writer_pronouns`:
    "Why am I seeing this?"). The paragraph is sentences closing on a full stop, with no voice of the site's,
    link or credit: a page's notice under a heading of its own names the furniture there, or speaks as the site."""
    heading = texts[index - 1].strip().rstrip(CLOSING)
    tokens = [token.lower() for token in TOKEN.findall(heading)]
    if not 2 <= len(tokens) <= _SUBHEAD_WORDS or heading.endswith((".", ":", "!")):
        return False
    if not (heading.endswith("?") or tokens[0] in model.headline_openers) or tokens[0] in model.imperatives:
        return False
    voice = (model.reader_words - model.second_person) | model.writer_pronouns
    if voice.intersection(tokens) or _SEPARATOR.search(heading) or model.classes_in(heading, timeout)[0]:
        return False
    core = texts[index].strip().rstrip(CLOSING)
    if not core.endswith(".") or core.endswith("..") or LINK_SHAPE.search(core) or _CREDIT_MARK.search(core):
        return False
    return not voice.intersection(token.lower() for token in TOKEN.findall(core))


def _teasers(label: re.Match[str], model: FurnitureModel) -> bool:
    """Whether a line's opening label (`_HEADLINE_LABEL`) is a teaser's (`teaser_labels`: "Related:", "Comment:")."""
    return bool(model.teaser_labels.intersection(label.group().rstrip(": \t").lower().split()))


def labels_a_statement(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether a line under a teaser's label (`teaser_labels`) is a statement of the story's, as a print story's
    cross-reference is ("Related: The trust's earlier plan, drawn up in 2019, had kept the pier open."): after
    the label, one statement of `_STATEMENT_WORDS` words or more (a finite verb, a full stop, no stop inside)
    that is the story's (`_of_the_story`), opened by no imperative and speaking to no reader
    (`second_person_words`). A page's teaser lists other stories' headlines, which end in no full stop."""
    label = _HEADLINE_LABEL.match(text.strip())
    if not label or not _teasers(label, model):
        return False
    core = text.strip()[label.end() :].rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if len(tokens) < _STATEMENT_WORDS or tokens[0].lower() in model.imperatives:
        return False
    if {token.lower() for token in tokens} & model.second_person:
        return False
    return _one_statement(core, (".",), model, timeout) and _of_the_story(core, model, words, timeout)


def _reader_acted_on(core: str, model: FurnitureModel, words: BodyWords | None, timeout: float | None) -> bool:
    """Whether the reader (`second_person_words`) stands in a statement only past its verb, as the one that
    what the story is about acts on ("On first launch, the Vesta app asks you to create an account", over a
    review of the Vesta app): no word to the reader before the verb, and the subject, a phrase set before it
    by a comma aside, is the story's subject (`_subject_of_the_story`), a plain noun phrase whose last word is its
    head (no function word past its first). A prompt speaks of a thing the story is not about ("The Gazette app
    sends you alerts ...", "Alerts about the pier are sent to your inbox"), or names the reader first ("If you ...")."""
    if words is None or model.finite is None:
        return False
    verb = model.finite.search(core, timeout=timeout)
    if verb is None or {token.lower() for token in TOKEN.findall(core[: verb.start()])} & model.reader_words:
        return False
    opens = core.rfind(",", 0, verb.start()) + 1
    subject = [token.lower() for token in TOKEN.findall(core[opens : verb.start()])]
    if model.function_words.intersection(subject[1:]):
        return False  # "Alerts about the pier will be sent to your inbox": its head is not its last word
    return _subject_of_the_story(core[opens:], model, words, timeout)


def _writer_tells(tokens: Sequence[str], model: FurnitureModel) -> bool:
    """Whether a statement's writer tells what they did, as a reviewer or a columnist does: a first-person
    pronoun (`writer_pronouns`) before a past in -ed ("I declined", "I opened it"). A prompt's "my" and "me"
    ask the reader to act now ("Save my name", "Remind me later")."""
    folded = [token.lower() for token in tokens]
    return any(
        pronoun in model.writer_pronouns and len(verb) > PAST_LETTERS and verb.endswith("ed")
        for pronoun, verb in zip(folded, folded[1:], strict=False)
    )


def titles_the_draft(
    texts: Sequence[str], index: int, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a line is the draft's headline by its place and its shape, as a copy editor reads it: the first
    line of the draft that is neither a prompt nor a section label (`_above_the_headline`), written about
    the story's subject whatever furniture it names ("Why a fishing town still reads the same newsletter",
    "How to get the ferry app working on older phones", "Harbour podcast to end after 300 episodes",
    "Live stream and updates: harbour board vote"). It has a headline's grammar (a finite verb, a headline's
    "to", a question's or an explainer's opening word, `headline_openers`, or a label before a colon), no stop
    closing it, no prompt in it (an imperative opening it or a part after a colon, a word to the reader or of
    the site's voice), no link, menu or credit shape; the body copy uses what the vocabulary names in it and a
    word of its own. A site's sign-up prompt as the first line speaks to the reader. At most
    `_LINES_ABOVE_HEADLINE` lines stand above a headline, so a draft of many prompts costs in proportion."""
    if index > _LINES_ABOVE_HEADLINE:
        return False
    if not all(_above_the_headline(texts[above], model, timeout) for above in range(index)):
        return False
    core = texts[index].strip().rstrip(CLOSING)
    tokens = TOKEN.findall(core)
    if not _STORY_WORDS <= len(tokens) <= model.max_words or core.endswith((".", "!", ";", ":")):
        return False
    if _CAPTION.search(core) or LINK_SHAPE.search(core):
        return False
    label, colon, rest = core.partition(":")
    event = bool(colon) and _labels_its_event(label, rest, model, words, timeout)
    if _speaks_to_reader(rest if event else core, tokens[0], model):
        return False  # "Newsletter: sign up for ..."
    if model.caption_classes.intersection(model.classes_in(core, timeout)[0]):
        return False
    grammar = model.has_finite_verb(core, timeout) or _HEADLINE_FUTURE.search(core) or ":" in core
    if not (grammar or tokens[0].lower() in model.headline_openers or _set_as_sentence(tokens)):
        return False
    if event:
        return True
    used = any(words.uses(word, core) for word in own_words(core, model, timeout))
    return used and _story_is_about(core, model, words, timeout)


def _set_as_sentence(tokens: Sequence[str]) -> bool:
    """Whether a line of `_MIN_HEADLINE_WORDS` words or more is set in sentence case, its capital first and most
    of its words in lower case, as a headline whose verb the list does not know is ("Thousands queue as ferry
    office shuts early", "Port's 24-hour cafe draws late crowds"); a page's label is a short name in title case
    ("Weekend Briefing Newsletter")."""
    if len(tokens) < _MIN_HEADLINE_WORDS or not tokens[0][:1].isupper():
        return False
    return 2 * sum(token[:1].islower() for token in tokens[1:]) > len(tokens) - 1


def _speaks_to_reader(text: str, first_word: str, model: FurnitureModel) -> bool:
    """Whether a draft's first line (or its part after a label over the story's event, `_labels_its_event`)
    holds a prompt to the reader in any part of it a colon parts: an imperative opening one, a word of the
    site's voice ("our", "please"), or "you" and "your" where the line is no explainer's question
    (`headline_openers` for `first_word`, or opening the part after a label: "Why your subscriptions keep
    getting dearer" and "Fare rises: why your ferry costs more" are written to the story's readers about
    their own bills, "Get alerts on your phone" asks them to act)."""
    explains = first_word.lower() in model.headline_openers
    return any(_prompt_in_headline(part, explains or _opens_explainer(part, model), model) for part in text.split(":"))


def _opens_explainer(part: str, model: FurnitureModel) -> bool:
    """Whether a part of a headline opens with an explainer's word (`headline_openers`: "why", "how")."""
    first = TOKEN.search(part)
    return first is not None and first.group().lower() in model.headline_openers


def _prompt_in_headline(part: str, explains: bool, model: FurnitureModel) -> bool:
    """Whether a part of a headline speaks to the reader as a prompt does (`reads_as_prompt`); in an explainer
    (`explains`) only its imperative or the site's voice does."""
    if not explains:
        return reads_as_prompt(part, model)
    folded = [token.lower() for token in TOKEN.findall(part)]
    site_voice = model.reader_words - model.second_person
    return bool(folded) and (folded[0] in model.imperatives or any(token in site_voice for token in folded))


def _labels_its_event(
    label: str, rest: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a headline's label before its colon ("Watch live", "Live stream and updates") stands over the
    story's own event: a short label with no word to the reader and no teaser's (`teaser_labels`), and after
    it one display line (no stop inside) that is no prompt, names no furniture and has `_SUBJECT_WORDS` words
    of its own that the body copy uses, and most of them ("Harbour board votes on fares"). A site's button
    over another story's title shares few of them."""
    if not 1 <= len(TOKEN.findall(label)) <= _LABEL_WORDS or reads_as_prompt(rest, model) or _STOP_INSIDE.search(rest):
        return False  # "Most Read: 1. Man fined ... 2. New cafe opens": a list of other stories
    label_words = {token.lower() for token in TOKEN.findall(label)}
    if label_words & model.reader_words or label_words & model.teaser_labels:
        return False
    if model.classes_in(rest, timeout)[0]:
        return False
    used = [words.uses(word, rest) for word in own_words(rest, model, timeout)]
    return sum(used) >= _SUBJECT_WORDS and sum(used) >= _ECHO_SHARE * len(used)


def _above_the_headline(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line may stand above a draft's headline: a prompt to the reader (a consent banner, a
    sign-up), or a section label (one to `_LABEL_WORDS` words, a capital first, no verb, no stop, no
    furniture: "Media", "Local news")."""
    if reads_as_prompt(text, model):
        return True
    tokens = TOKEN.findall(text)
    if not 1 <= len(tokens) <= _LABEL_WORDS or not tokens[0][:1].isupper():
        return False
    if text.rstrip(CLOSING).endswith((".", ":", "!", "?")) or model.has_finite_verb(text, timeout):
        return False
    return not model.classes_in(text, timeout)[0]


def leads_its_story(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    words: BodyWords,
    is_body: Callable[[int], bool],
    timeout: float | None = None,
) -> bool:
    """Whether the draft's first line is the story's headline by what it states, whatever its label or its tail
    says of the story's own medium ("LIVE: <the event> — watch our stream", "<product> review: the best ...,
    if you ..."): a display line (no stop inside it) standing straight above the body copy, or above one line
    that is not (a byline, a deck) and then the body copy, opened by no prompt but a label ("Watch:") and by no
    teaser's label, with one
    part between its colon, commas and dashes that states the story's subject (`_states_subject`). A page's
    banner pasted above a story shares few of its words."""
    if index != 0 or not _over_the_body(texts, is_body):
        return False
    line = texts[0].strip().rstrip(CLOSING)
    tokens = TOKEN.findall(line)
    if not _MIN_HEADLINE_WORDS <= len(tokens) <= model.max_words or line.endswith((".", "!", ";", ":")):
        return False
    if _CAPTION.search(line) or LINK_SHAPE.search(line) or _STOP_INSIDE.search(line) or not tokens[0][:1].isupper():
        return False  # a caption, a link, a list of other stories ("Most read: 1. ... 2. ...")
    parts = _HEADLINE_PARTS.split(line)
    if _opens_as_furniture(line, parts[0], model):
        return False
    return any(_states_subject(part, line, model, words, timeout) for part in parts)


def _over_the_body(texts: Sequence[str], is_body: Callable[[int], bool]) -> bool:
    """Whether the draft's body copy opens on its second line, or on its third under one line that is not."""
    return (len(texts) > 1 and is_body(1)) or (len(texts) > 2 and is_body(2))


def _opens_as_furniture(line: str, first_part: str, model: FurnitureModel) -> bool:
    """Whether a line opens as a page's prompt does (an imperative, a word to the reader), but for a label of
    one word or two in capitals ("Watch:", "WATCH LIVE:"), or under a teaser's label ("Related:", "Read more:")."""
    label, colon, _ = line.partition(":")
    label_words = {token.lower() for token in TOKEN.findall(label)}
    if colon and len(label_words) <= _LABEL_WORDS and label_words & (model.teaser_labels | model.reader_words):
        return True
    return not _HEADLINE_LABEL.match(line) and reads_as_prompt(first_part, model)


def _states_subject(part: str, line: str, model: FurnitureModel, words: BodyWords, timeout: float | None) -> bool:
    """Whether a part of a headline states the story's subject: no prompt, no word to the reader, no furniture
    named, and `_SUBJECT_WORDS` words of its own that the body copy takes up, `_SUBJECT_SHARE` of them at least."""
    if reads_as_prompt(part, model) or model.classes_in(part, timeout)[0]:
        return False
    used = [words.uses(word, line) for word in own_words(part, model, timeout)]
    return sum(used) >= _SUBJECT_WORDS and sum(used) >= _SUBJECT_SHARE * len(used)


def _of_the_story(core: str, model: FurnitureModel, words: BodyWords | None, timeout: float | None = None) -> bool:
    """Whether a statement is the story's by what it speaks of: a person or a body of its own (the writer
    telling what they did among them, `_writer_tells`), a subject the story is about (`_subject_of_the_story`,
    where the body copy's `words` are given), or, as long as
    body copy and opened by no furniture, the story's matter (`_PROSE_ECHO` of its own words the body copy
    uses, `words`: "Under the new terms, users must opt in before location data is shared", over a story on
    the app's users and their location data). A page speaks of itself ("This site uses cookies to ...")."""
    if names_its_own(core, model, timeout) or _writer_tells(TOKEN.findall(core), model):
        return True
    if words is not None and _subject_of_the_story(core, model, words, timeout):
        return True
    if words is None or len(TOKEN.findall(core)) < _PROSE_STATEMENT_WORDS or model.classes_in(core, timeout)[2]:
        return False
    return words.echo(own_words(core, model, timeout), core) >= _PROSE_ECHO


def _subject_of_the_story(core: str, model: FurnitureModel, words: BodyWords, timeout: float | None = None) -> bool:
    """Whether a statement's subject is a thing the story is about: the words before its finite verb, a noun
    phrase of up to `_SUBJECT_PHRASE_WORDS` words opened by no word to the reader, whose last word, the head
    ("the app", "the harbour trust's terms"), the body copy uses in `_TOPIC_PARAGRAPHS` other paragraphs or more,
    vocabulary or not ("The ferry app asks riders for an account ..." over a story on the ferry app). A page
    speaks of its own ("This site uses ...", "Our newsletter is ...") or to the reader."""
    verb = model.finite.search(core, timeout=timeout) if model.finite else None
    subject = TOKEN.findall(core[: verb.start()]) if verb else []
    if not 2 <= len(subject) <= _SUBJECT_PHRASE_WORDS:
        return False
    folded = [token.lower() for token in subject]
    if set(folded) & model.reader_words or folded[0] in model.imperatives or folded[-1] in model.function_words:
        return False
    return words.paragraphs_using(stem(folded[-1]), core) >= _TOPIC_PARAGRAPHS


def names_its_own(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line names a person or a body of its own: a capitalised word past its first that the
    vocabulary does not hold ("Tipene", "Brannock"; not "Terms of Service" or "App Store")."""
    return any(token[:1].isupper() for token in TOKEN.findall(model.scanner.sub(" ", text, timeout=timeout))[1:])


def _one_statement(core: str, stops: tuple[str, ...], model: FurnitureModel, timeout: float | None) -> bool:
    """Whether a line (its closing marks stripped) is one statement: it ends on one of `stops` (not an
    ellipsis), holds no stop inside and has a finite verb."""
    if not core.endswith(stops) or core.endswith("..") or _SENTENCE_BREAK.search(core):
        return False
    return model.has_finite_verb(core, timeout)


def heads_its_section(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    is_body: Callable[[int], bool],
    timeout: float | None = None,
) -> bool:
    """Whether a short line has the shape of the subhead of the paragraph of body copy under it, which
    takes up every word of it ("Consent", then a paragraph on how consent is asked; "Password
    Manager", then what was fixed in it), or, where that paragraph is the writer's prose, every word of its
    own besides the vocabulary, inflected or not ("Sponsored pages", then a paragraph on the pages firms
    pay for; not "Most Viewed Stories" over a teaser's headline): a network, a policy or a
    product a story is about heads its section, while residue is seldom followed by a paragraph on what
    it names. A row of items between separators ("Privacy | Terms of Use") is a menu, never a subhead the
    prose takes up. A line with a full
    stop or a colon, a prompt (an imperative or a word to the reader) and a credit (`caption_classes`)
    are not subheads. It is one where another line of the draft is a subhead naming no furniture
    (`plain_subheads`): residue is seldom set among the story's own subheads. `is_body(index)` says
    whether a paragraph is body copy."""
    if not subhead_shape(texts, index, is_body):
        return False
    folded = [token.lower() for token in TOKEN.findall(texts[index])]
    words = {stem(token) for token in folded if token not in model.function_words}
    if not words or reads_as_prompt(texts[index], model):
        return False
    under = {stem(token.lower()) for token in TOKEN.findall(texts[index + 1])}
    own = own_words(texts[index], model, timeout)
    own_topic = bool(own) and not _SEPARATOR.search(texts[index]) and _prose_takes_up(texts[index + 1], own)
    topic = words <= under or own_topic
    return topic and not model.caption_classes.intersection(model.classes_in(texts[index], timeout)[0])


def heads_writers_section(
    texts: Sequence[str], index: int, model: FurnitureModel, is_body: Callable[[int], bool]
) -> bool:
    """Whether a short heading ending in a colon, opened in the writer's voice (`writer_pronouns`: "My
    comments:", "My take:"), heads a paragraph of body copy: the writer's own section, where a blog's writer
    answers what they quoted. A page's label over its widget heads no prose."""
    text = texts[index].strip()
    tokens = TOKEN.findall(text)
    if not text.endswith(":") or not 1 < len(tokens) <= _SUBHEAD_WORDS or index + 1 >= len(texts):
        return False
    return tokens[0].lower() in model.writer_pronouns and is_body(index + 1)


def heads_a_section_on_its_topic(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    words: BodyWords,
    is_body: Callable[[int], bool],
    topic: Callable[[], set[str]],
    timeout: float | None = None,
) -> bool:
    """Whether a short line between two paragraphs of body copy is a subhead of a story about the furniture
    it names: the body copy discusses it (`_story_is_about`), and either the writer's paragraph under the line
    names each of its classes too, the section it heads (`_prose_names`: "Newsletters and sign-ups" over a
    paragraph on how listeners signed up), or the draft's headline names them and the line has a word of its own
    (`topic`, asked last: "Podcast host sued over ...", then "Podcasts and defamation"). It is a phrase (a
    function word: "The inbox problem", "Podcasts and defamation"), names nobody past its first word, speaks to
    no reader, and is no teaser (`teaser_labels`), no menu (no separator) and no credit (`caption_classes`, a
    credit's marks). Residue between paragraphs names furniture the story is not about, speaks to the reader
    ("Listen to our podcast") or labels a part of the page ("Podcast archive")."""
    if index == 0 or not is_body(index - 1) or not subhead_shape(texts, index, is_body):
        return False
    text = texts[index]
    folded = {token.lower() for token in TOKEN.findall(text)}
    if not folded & model.function_words or folded & model.teaser_labels:
        return False  # a page's label ("Podcast archive"), a teaser ("More podcasts from the Courier")
    classes = _story_furniture(text, model, words, timeout)
    if not classes:
        return False
    if _prose_names(texts[index + 1], classes, model, timeout):
        return True  # "Newsletters and sign-ups" over the writer's paragraph on how listeners signed up
    return bool(own_words(text, model, timeout)) and classes <= topic()


def asks_its_section(
    texts: Sequence[str], index: int, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a short line between two paragraphs of the writer's prose is an explainer's subhead over the
    section it heads ("How to register", "What counts as consent"): it opens with an explainer's word
    (`headline_openers`), ends in no stop or colon, speaks to no reader, names nobody past its first word, is no
    menu and no credit, and names
    furniture the story is about (`_story_is_about`) and the paragraph under it names too (`_prose_names`).
    A page's help link between paragraphs names what the story is not about, or asks the reader to act."""
    if not 0 < index < len(texts) - 1 or not _is_prose(texts[index - 1]):
        return False
    text = texts[index].strip()
    tokens = TOKEN.findall(text)
    if not 2 <= len(tokens) <= _SUBHEAD_WORDS or tokens[0].lower() not in model.headline_openers:
        return False
    if text.rstrip(CLOSING).endswith((".", ":", "!")):
        return False
    classes = _story_furniture(text, model, words, timeout)
    return bool(classes) and _prose_names(texts[index + 1], classes, model, timeout)


def _story_furniture(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None) -> set[str]:
    """The furniture classes a subhead names where they are what the story is about (`_story_is_about`); none
    where the line is a prompt, a menu (a separator), a credit (its marks or `caption_classes`) or names someone
    of its own (`names_its_own`: "Ana Ruiz/Facebook", "Why the Gazette app is free")."""
    if reads_as_prompt(text, model) or _SEPARATOR.search(text) or _CREDIT_MARK.search(text):
        return set()
    if names_its_own(text, model, timeout):
        return set()
    classes = set(model.classes_in(text, timeout)[0])
    if not classes or model.caption_classes & classes or not _story_is_about(text, model, words, timeout):
        return set()
    return classes


def _prose_names(section: str, classes: set[str], model: FurnitureModel, timeout: float | None) -> bool:
    """Whether a paragraph is the writer's prose (`_is_prose`) naming each of the furniture classes given."""
    return _is_prose(section) and classes <= set(model.classes_in(section, timeout)[0])


def _is_prose(section: str) -> bool:
    """Whether a paragraph is the writer's prose: a sentence closed by a full stop and opened by no quotation
    mark (not a teaser's headline or a quoted remark)."""
    return section.rstrip(CLOSING).endswith(".") and not section.lstrip().startswith(OPENING_MARKS)


def _prose_takes_up(section: str, own: set[str]) -> bool:
    """Whether a paragraph is the writer's prose (`_is_prose`) using every word of `own`, inflected or not."""
    if not _is_prose(section):
        return False
    copy = body_words([section])
    return all(copy.uses(word, "") for word in own)


def plain_subheads(
    texts: Sequence[str], model: FurnitureModel, is_body: Callable[[int], bool], timeout: float | None = None
) -> set[int]:
    """The lines of a subhead's shape that name no page furniture: the kin of `heads_its_section`."""
    return {
        index
        for index in range(len(texts))
        if subhead_shape(texts, index, is_body) and not model.classes_in(texts[index], timeout)[0]
    }


def subhead_shape(texts: Sequence[str], index: int, is_body: Callable[[int], bool]) -> bool:
    """A short line, with no full stop or colon at its end, standing straight above body copy."""
    return (
        index + 1 < len(texts)
        and 1 <= len(TOKEN.findall(texts[index])) <= _SUBHEAD_WORDS
        and not texts[index].rstrip(CLOSING).endswith((".", ":"))
        and is_body(index + 1)
    )


def in_introduced_list(
    texts: Sequence[str], index: int, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a short paragraph is an item of a list that a sentence of the story introduces with a
    colon ("We are running three experiments:"): the items stand straight under the introduction,
    each a fragment in sentence case with no full stop and no separators, and another item names no
    page furniture. The introduction is a statement (a finite verb, no imperative opening it, no
    page furniture): "Share this:", "Read more:" and "Watch the video below:" introduce residue. A
    line under a paragraph of body copy or a sentence with a full stop is no item, and nor is a line
    with fewer than two words of its own that the body copy uses (`words`): residue dropped into a
    list ("Comments are closed") has none."""
    own = own_words(texts[index], model, timeout)
    if not _list_item(texts[index], model) or len(own) < 2 or words.share(own, texts[index]) < _ITEM_SHARE:
        return False
    first = index
    while first > 0 and index - first < _LIST_ITEMS and _list_item(texts[first - 1], model):
        first -= 1
    if first == 0 or not _introduces_list(texts[first - 1], model, timeout):
        return False
    last = index
    while last + 1 < len(texts) and last + 1 - first < _LIST_ITEMS and _list_item(texts[last + 1], model):
        last += 1
    return any(other != index and not model.classes_in(texts[other], timeout)[0] for other in range(first, last + 1))


def _list_item(text: str, model: FurnitureModel) -> bool:
    """A fragment: a capital first, a lower-case word of its own after, no full stop, no separators."""
    tokens = TOKEN.findall(text)
    if not _ITEM_WORDS[0] <= len(tokens) <= _ITEM_WORDS[1] or not tokens[0][:1].isupper():
        return False
    if text.rstrip(CLOSING).endswith((".", "!", ":")) or _SEPARATOR.search(text):
        return False
    if tokens[0].lower() in model.imperatives:
        return False
    return any(token.islower() and token not in model.function_words for token in tokens[1:])


def _introduces_list(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """A statement of the story's ending in a colon: it introduces a list of the story's own."""
    tokens = TOKEN.findall(text)
    if not introduces(text) or not tokens or tokens[0].lower() in model.imperatives:
        return False
    return model.has_finite_verb(text, timeout) and not model.classes_in(text, timeout)[0]


def in_heading_series(texts: Sequence[str], index: int, kin: Callable[[], Mapping[tuple[str, str], list]]) -> bool:
    """Whether a short line is one of a series the writer set in one style, and another line of the
    series names no page furniture: the section headings of a page of letters ("LETTERS.", then
    "FACEBOOK."), or a list of pairs ("Tumblr and Yahoo.", "Instagram and Facebook."). A heading in
    capitals finds its kin anywhere in the draft; a line in other type only next to it, and only a
    line closed by punctuation, so that a byline or a dateline is not taken for kin. `kin` gives
    `plain_lines(texts, model)`, asked only for a line of a heading's shape."""
    style = _line_style(texts[index])
    if style is None or (style[0] != "capitals" and not style[1]):
        return False
    words = len(TOKEN.findall(texts[index]))
    return any(
        other != index
        and abs(other_words - words) <= _SERIES_WORDS_APART
        and (style[0] == "capitals" or abs(other - index) == 1)
        for other, other_words in kin().get(style, ())
    )


def reads_as_prompt(text: str, model: FurnitureModel) -> bool:
    """Whether a line speaks to the reader as a page's prompt does: it opens with an imperative verb
    ("Share this article:") or addresses the reader ("... to our newsletters"). A heading of the
    writer's series names its topic instead, so such a line is no heading of one."""
    folded = [token.lower() for token in TOKEN.findall(text)]
    return bool(folded) and (folded[0] in model.imperatives or any(token in model.reader_words for token in folded))


def plain_lines(texts: Sequence[str], model: FurnitureModel, timeout: float | None = None) -> dict:
    """The short lines that name no page furniture, by their style (`_line_style`), each as its
    index and its number of words: the kin `in_heading_series` looks for."""
    kin: dict[tuple[str, str], list[tuple[int, int]]] = {}
    plain: dict[str, bool] = {}  # each distinct text read once
    for index, text in enumerate(texts):
        style = _line_style(text)
        if style is not None and text not in plain:
            plain[text] = not model.classes_in(text, timeout)[0]
        if style is not None and plain[text]:
            kin.setdefault(style, []).append((index, len(TOKEN.findall(text))))
    return kin


def _line_style(text: str) -> tuple[str, str] | None:
    """A short line's type (capitals, title case or sentence case) and the punctuation closing it
    (empty for none); None for a line too long or too short to be a heading."""
    tokens = TOKEN.findall(text)
    if not 1 <= len(tokens) <= _SERIES_WORDS:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        kind = "capitals"
    else:
        kind = "title" if is_title_case(tokens) else "sentence"
    end = text.rstrip(CLOSING)[-1:]
    return kind, end if end in ".:?!" else ""


def plain_furniture(text: str, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a line is page furniture on its own: it names a class of the vocabulary and has no word of
    its own besides ("Advertisement", "Sign in | Register"), so no place in the draft makes it the article's
    own post or title."""
    return bool(model.classes_in(text, timeout)[0]) and not own_words(text, model, timeout)


def quoted_post_indexes(texts: Sequence[str]) -> set[int]:
    """The paragraphs of posts the story quotes: those holding a post's link or embed markup or
    opening with its author's handle and a colon, the credit lines under posts and the paragraphs
    of text just above a credit line (up to the one holding the post's link, which ends its text)."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if _POST_LINK.search(text) or _POST_OPENER.match(text):
            found.add(index)
        if CREDIT_OPENING.match(text):
            found.add(index)
            for above in range(index - 1, max(index - 1 - _POST_REACH, -1), -1):
                if above < index - 1 and _POST_LINK.search(texts[above + 1]):
                    break
                found.add(above)
    return found
