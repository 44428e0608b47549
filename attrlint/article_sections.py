"""Sections and rows of data that an article sets out itself, though their words name page furniture.

- A **row of data**: one of a run of label-colon-value rows holding numbers, as a market report's
  table is pasted ("Share price: 84.5p", "Market cap: 35m"); the labels name sharing or comments.
- A **row of the story's data on one line**: cells parted by separators under a label, a fact box's
  figures keyed by years or phrases, or a list of what the story reports under a phrased label, and the
  heading over such a row.
- A **section under a colon heading**: a release's "About Us:" over its company profile and "Contact
  Us:" over its press contact; the headings name a footer's links.
- A **table**: a Markdown table or one pasted from a spreadsheet, whose header names a column "Share"
  or "Comments", and a table set one cell a line under the sentence that introduces it ("The results
  were as follows:").
- A **reference list**: web addresses and citations under the heading that introduces them ("Sources:",
  "Footage came from:"), one of which names a video channel or a wire service as a credit line does.
- A **title over its section**: "Comments Section Fills With Complaints" over a paragraph on the
  comments section; the paragraph takes up the words of the furniture it names.
- A **subhead between sections** of a feature: "Ads That Nobody Saw" between two paragraphs of body copy
  that use its words.
- A **transcript**: an interview set as turns, each opened by its speaker's initials and a colon ("Q: ...",
  "A: ..."); a turn names comments or an app as any sentence may.
- A **list of entries** with headings among them: a writer's list of the apps or tools they use, where
  "Ferry Apps" heads a run of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from attrlint.article_parts import LINK_SHAPE, is_title_case, named_stems, reads_as_prompt, subhead_shape
from attrlint.body_words import BodyWords
from attrlint.furniture import CLOSING, TOKEN, FurnitureModel, introduces, own_words, stem

# A row of data: a short label, a colon and a value holding a number ("Market cap: 35.2m", "Turnout: 61%").
_FIELD_ROW = re.compile(r"^\s*[^\W\d_][\w.'\u2019 -]{0,30}:\s+\S[^\n]{0,80}$")
_PHRASED_LABEL = 2  # the words but function words of a fact box's label that says what it counts
_FIELD_VALUE_NUMBER = re.compile(r":[^\n]*\d")
# A fact box's field may say in a phrase what it counts ("Deletes data on request within 30 days: 3 of 6").
_FACT_FIELD = re.compile(r"^\s*[^\W\d_][\w.'\u2019 -]{0,60}:\s+\S[^\n]{0,40}$")
_FACT_LABEL_WORDS = 8  # the longest label of a fact box's field
# Between the fields of a fact box's line: a bar, a dot or a slash set apart, or a semicolon ("July 14; Aug. 3").
_CELL_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022/;]\s+|;\s+")
_COLON_HEADING_WORDS = 4  # the longest heading over a section that ends in a colon
# A row set on one line under its label: "Services affected: booking · refunds", "2024: 3 outages · 2025: 5".
_ROW_LABEL = re.compile(r"^\s*([^:\n]{1,60}):\s+\S")
_ROW_CELLS = 3  # the fewest cells of a row of the story's data set on one line
_ROW_OWN_WORDS = 2  # the fewest own words of a row, and of a row's label without figures, the body copy uses
_ROW_HEADING_WORDS = (3, 10)  # a heading of the story's over a row of its data has this many words
_FIGURE = re.compile(r"\d")
# The delimiter row under a Markdown table's header ("|---|:---:|"); a footer's row of links has none.
_TABLE_DELIMITER = re.compile(r"\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}:?")
# A reference: a web address, or a citation's year in brackets or after a comma on its line ("Okafor, I. (2021).").
_ADDRESS_OR_YEAR = re.compile(r"https?://\S|\bwww\.\w|\((?:1[89]|20)\d\d\)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TAB_CELLS = 3  # the fewest cells parted by tabs of a table's row
_RUN_LINES = 40  # the most lines of a list or a table read from its introduction
_CELL_WORDS = 8  # the longest line read as a table's cell
_MIN_CELLS = 4  # the fewest lines of a table set one cell a line
_LABEL_WORDS = 2  # a cell this short may read as a prompt: a column's label ("Share")
_ENTRY_WORDS = 6  # the longest line read as an entry of a list of names
_MIN_ENTRIES = 5  # the fewest lines of a list of entries with headings among them
_TITLE_WORDS = 5  # the fewest words of a title over the section that discusses it
_TAKEN_SHARE = 0.75  # the share of a title's words the paragraph under it must take up
_SUBHEAD_SHARE = 0.5  # the share of a subhead's own words the body copy must use
_PLAIN_SHARE = 0.75  # the share of a table's or a list's lines that name no page furniture
# A turn of a transcript: a speaker's initials (one to three capitals) and a colon opening the paragraph ("Q: ").
_TURN = re.compile(r"^\s*([A-Z]{1,3}):\s+\S")
_TURNS = 4  # the fewest turns of a transcript, under two speakers' initials at least
_ROWS_UNDER = 2  # the fewest label-colon rows under a heading that heads them as a fact box
_ROW_LABEL_WORDS = 3  # the longest label of a row set a line


def in_field_rows(texts: Sequence[str], index: int) -> bool:
    """Whether a line is one row of a series of label-colon-value rows of data: it and a paragraph
    next to it each set a label, a colon and a value holding a number, under different labels ("Share
    price: 45p", then "Market cap: 35m"). A table's row names a share or a comment count as residue does,
    but residue is not set as a run of numbered fields. The row may say in a phrase what it counts, as a
    fact box's field does ("Letters printed in the first year: 1,200"), where it or the row beside it has a
    short label."""
    text = texts[index]
    if not (_field_row(text) or _fact_field(text)):
        return False
    return any(0 <= other < len(texts) and _paired_rows(text, texts[other]) for other in (index - 1, index + 1))


def transcript_turns(texts: Sequence[str]) -> set[int]:
    """The paragraphs that are turns of a transcript the story sets out: each opens with a speaker's initials and
    a colon (`_TURN`: "Q: ...", "A: ..."), the turn before or after it in the run of turns opens with other
    initials, and the draft holds `_TURNS` turns or more. An interview's answer names comments or an app as any
    sentence may; residue is not set as a speaker's turn."""
    turns = [(index, match.group(1)) for index, match in enumerate(map(_TURN.match, texts)) if match is not None]
    if len(turns) < _TURNS:
        return set()
    return {
        index
        for place, (index, speaker) in enumerate(turns)
        if any(turns[other][1] != speaker for other in (place - 1, place + 1) if 0 <= other < len(turns))
    }


def _paired_rows(row: str, beside: str) -> bool:
    """Whether two neighbouring label-colon-value rows are a series: different labels, one of them short
    (`_field_row`), the other short or a fact box's phrased field (`_fact_field`)."""
    if _label(row) == _label(beside) or not (_field_row(beside) or _fact_field(beside)):
        return False
    return _field_row(row) or _field_row(beside)


def figures_line(text: str, model: FurnitureModel, words: BodyWords) -> bool:
    """Whether a line is a fact box's row of figures: label-colon-value fields holding numbers, each under
    its own label, parted by separators ("Newsletter sign-ups: 61,000 | Paid readers: 9,400 | Staff: 3"),
    as `in_field_rows` reads them a line each. Half of the labels or more name what the story counts, a
    word that the body copy uses (`words`), or, where every label is a phrase of `_PHRASED_LABEL` words
    ("Visitors a day: 18,000 | App downloads: 9,500"), one of them does; a counter of a page's shares and
    comments, a word a label ("Shares: 40 | Comments: 12"), counts the page."""
    cells = _CELL_SEPARATOR.split(text.strip())
    if len(cells) < 2 or not all(_field_row(cell) or _fact_field(cell) for cell in cells):
        return False
    labels = [_label(cell) for cell in cells]
    counted = sum(any(words.uses(word, text) for word in _label_words(label, model)) for label in labels)
    phrased = all(len(_label_words(label, model)) >= _PHRASED_LABEL for label in labels)
    return len(set(labels)) == len(labels) and (counted * 2 >= len(labels) or (phrased and counted > 0))


def story_data_row(
    texts: Sequence[str], index: int, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a line is a row of the story's own data set on one line, `_ROW_CELLS` cells or more parted
    by separators, the first opening with a label and a colon. With figures in half its cells or more it is
    a fact box's row ("Refund window: 30 days | Fine per outage: $9,000 | ..."; "2024: 3 outages (video
    app) · 2025: ...") where the body copy uses `_ROW_OWN_WORDS` of its own words (not figures) or more, or
    where it stands under a heading of the story's (`_story_heading`: "How passengers paid for tickets"
    over "Card only: 58% · ..."); under a teaser's label too where every cell closes on its figure
    (`_keyed_cells`: "Related: Pier opened 1894 · Cost £2.1m · Length 400m"), and a series by years
    (`_by_years`) where the body copy uses one of its own words. Without figures it is a list
    under a phrased label of the story's ("Services affected: ticket booking · refund requests · ..."). A
    page's counter or row of links has no words of its own ("Shares: 40 | Comments: 12", "Follow us: Facebook
    · X"), a tag list's label is one word ("Topics: ..."), and a teaser's label over headlines, a word to the
    reader or a label that is one imperative (`_page_row`) makes no row of the story's."""
    text = texts[index]
    cells = _CELL_SEPARATOR.split(text.strip())
    opening = _ROW_LABEL.match(cells[0])
    if len(cells) < _ROW_CELLS or opening is None or LINK_SHAPE.search(text):
        return False
    label = opening.group(1)
    if _page_row(text, label, model) or (not _keyed_cells(cells) and _teaser_label(label, model)):
        return False
    used = sum(words.uses(word, text) for word in own_words(text, model, timeout) if not word[:1].isdigit())
    if used and _by_years([cells[0][opening.end(1) + 1 :], *cells[1:]]):
        return True  # a series by years: "Subscribers: 2021 — 1,200; 2023 — 6,800; ..."
    if 2 * sum(bool(_FIGURE.search(cell)) for cell in cells) >= len(cells):
        return used >= _ROW_OWN_WORDS or (index > 0 and _story_heading(texts[index - 1], model, words, timeout))
    label_words = own_words(label, model, timeout)
    story_label = len(label_words) >= _ROW_OWN_WORDS and any(words.uses(word, text) for word in label_words)
    return story_label and used >= _ROW_OWN_WORDS


def heads_story_row(
    texts: Sequence[str], index: int, model: FurnitureModel, words: BodyWords, timeout: float | None = None
) -> bool:
    """Whether a line is the heading of a row of the story's data set under it (`_story_heading` over a
    `story_data_row` or a `figures_line`): "Largest outages on the ferry app" over "2024: 3 outages (...) ·
    ...". A fact box's heading names what the row counts, furniture or not, as the row does."""
    if not 0 < index < len(texts) - 1 or not _story_heading(texts[index], model, words, timeout):
        return False
    under = texts[index + 1]
    return figures_line(under, model, words) or story_data_row(texts, index + 1, model, words, timeout)


def heads_labelled_rows(texts: Sequence[str], index: int, model: FurnitureModel, timeout: float | None = None) -> bool:
    """Whether a short line heads a fact box set a row a line under it: `_ROWS_UNDER` rows or more straight
    under it, each a short label, a colon and a value (`_labelled_row`: "Raises: 5% a year", "Staffing: one nurse
    to five patients"), under different labels. The heading has a word of its own, no stop or colon closing it,
    no separator, and is no prompt ("Key terms" over the terms of a contract). A page's block of links under a
    label ("Follow us", "Contact") speaks to the reader or opens with an imperative, and its rows do too."""
    text = texts[index]
    core = text.rstrip(CLOSING)
    if not 1 <= len(TOKEN.findall(core)) <= _COLON_HEADING_WORDS or core.endswith((".", ":", "!", "?")):
        return False
    if _CELL_SEPARATOR.search(text) or reads_as_prompt(text, model) or not own_words(text, model, timeout):
        return False
    rows = list(_run(texts, index, lambda at: _labelled_row(texts[at], model)))
    return len({_label(texts[at]) for at in rows}) >= _ROWS_UNDER


def _labelled_row(text: str, model: FurnitureModel) -> bool:
    """One row of a fact box set a line: a label of up to `_ROW_LABEL_WORDS` words, a colon and its value, with no
    link, no word to the reader and a label that is no imperative (`_page_row`)."""
    if not _FIELD_ROW.match(text) or len(TOKEN.findall(_label(text))) > _ROW_LABEL_WORDS or LINK_SHAPE.search(text):
        return False
    return not _page_row(text, _label(text), model)


def _keyed_cells(cells: Sequence[str]) -> bool:
    """Whether every cell of a row closes on a figure, a value after what it counts ("Cost £4.2m", "council
    review, Oct. 21"): a fact box's row, though a print story sets it under a teaser's label ("Related: ...").
    A teaser lists other stories' headlines, which close on words."""
    lasts = [TOKEN.findall(cell)[-1:] for cell in cells]
    return all(last and _FIGURE.search(last[0]) for last in lasts)


def _by_years(cells: Sequence[str]) -> bool:
    """Whether every cell of a row opens on a year and closes on its figure: a series the story counts by
    year ("2021 — 1,200"), which no page's counter or teaser is."""
    tokens = [TOKEN.findall(cell) for cell in cells]
    return all(found and _YEAR.fullmatch(found[0]) and _FIGURE.search(found[-1]) for found in tokens)


def _teaser_label(label: str, model: FurnitureModel) -> bool:
    """Whether a row's label is a teaser's (`teaser_labels`: "Related: ...")."""
    return bool({token.lower() for token in TOKEN.findall(label)} & model.teaser_labels)


def _page_row(text: str, label: str, model: FurnitureModel) -> bool:
    """Whether a labelled row is the page's: a word to the reader, or a label that is one imperative
    ("Call: ... · Email: ...")."""
    label_tokens = [token.lower() for token in TOKEN.findall(label)]
    if len(label_tokens) == 1 and label_tokens[0] in model.imperatives:
        return True
    return any(token.lower() in model.reader_words for token in TOKEN.findall(text))


def _story_heading(text: str, model: FurnitureModel, words: BodyWords, timeout: float | None) -> bool:
    """Whether a line is a heading of the story's over what follows: a short line (`_ROW_HEADING_WORDS`) with
    no stop or colon closing it, no prompt, and a word of its own that the body copy uses."""
    core = text.rstrip(CLOSING)
    fewest, most = _ROW_HEADING_WORDS
    if not fewest <= len(TOKEN.findall(core)) <= most or core.endswith((".", ":", "!", "?")):
        return False
    return not reads_as_prompt(text, model) and any(words.uses(word, text) for word in own_words(text, model, timeout))


def _fact_field(text: str) -> bool:
    """A fact box's field whose label is a phrase of up to `_FACT_LABEL_WORDS` words, over a short value
    holding a number ("Lets you use the app without an account: 1 of 6")."""
    label_words = len(TOKEN.findall(_label(text)))
    return bool(_FACT_FIELD.match(text)) and label_words <= _FACT_LABEL_WORDS and bool(_FIELD_VALUE_NUMBER.search(text))


def _label_words(label: str, model: FurnitureModel) -> set[str]:
    """The stems of a label's words but its function words."""
    return {stem(token) for token in TOKEN.findall(label) if token not in model.function_words}


def colon_section_heads(
    texts: Sequence[str], model: FurnitureModel, is_body: Callable[[int], bool], timeout: float | None = None
) -> set[int]:
    """The short headings ending in a colon that head a section of their own ("About the company:" over a
    paragraph on it, "Press contact:" over a name and a number), where another such heading, of other
    words, heads one too: a release's or a report's own sections. A heading heads none where the line
    under it is a short one naming page furniture ("Share this:" over "Facebook"); a line of residue pasted
    alone has no kin. `is_body(index)` says whether a paragraph is body copy (prose, which may name a deal
    in passing). Read once per draft, each distinct line under a heading searched once."""
    named: dict[str, bool] = {}
    heads = {index for index in range(len(texts)) if _heads_colon_section(texts, index, model, is_body, named, timeout)}
    return heads if len({texts[index] for index in heads}) > 1 else set()


def _heads_colon_section(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    is_body: Callable[[int], bool],
    named: dict[str, bool],
    timeout: float | None,
) -> bool:
    text = texts[index]
    if index + 1 >= len(texts) or not introduces(text):
        return False
    if not 1 <= len(TOKEN.findall(text)) <= _COLON_HEADING_WORDS:
        return False
    if is_body(index + 1):
        return True
    under = texts[index + 1]
    if under not in named:
        named[under] = bool(model.classes_in(under, timeout)[0])
    return bool(TOKEN.search(under)) and not introduces(under) and not named[under]


def _field_row(text: str) -> bool:
    return (
        bool(_FIELD_ROW.match(text))
        and len(TOKEN.findall(_label(text))) <= 3
        and bool(_FIELD_VALUE_NUMBER.search(text))
    )


def _label(text: str) -> str:
    """A row's label: the words before its first colon, folded."""
    return text.split(":", 1)[0].strip().lower()


def in_table(texts: Sequence[str], index: int) -> bool:
    """Whether a line is a row of a table: of a Markdown table (a run of lines of cells parted by pipes,
    with the delimiter row under the header among them; a footer's row of links has none), or of one
    copied from a spreadsheet (cells parted by tabs, as many as in a line next to it)."""
    if _TAB_CELLS <= texts[index].count("\t") + 1:
        cells = texts[index].count("\t")
        return any(0 <= other < len(texts) and texts[other].count("\t") == cells for other in (index - 1, index + 1))
    if "|" not in texts[index]:
        return False
    first, last = index, index
    while first > 0 and "|" in texts[first - 1] and index - first < _RUN_LINES:
        first -= 1
    while last + 1 < len(texts) and "|" in texts[last + 1] and last - index < _RUN_LINES:
        last += 1
    return any(_TABLE_DELIMITER.search(texts[line]) for line in range(first, last + 1))


def introduced_runs(
    texts: Sequence[str], model: FurnitureModel, is_body: Callable[[int], bool], timeout: float | None = None
) -> set[int]:
    """The lines of the draft's own reference lists and tables (read once per draft). A line ending in
    a colon that names no page furniture and speaks to no reader introduces them ("Sources:", "The
    results were as follows:"); "Share this:" and "Follow us:" introduce residue. Under it stand either
    references (`_references_under`) or, where it is a statement, a table's cells (`_cells_under`)."""
    named: dict[str, bool] = {}

    def names(text: str) -> bool:
        if text not in named:
            named[text] = bool(model.classes_in(text, timeout)[0])
        return named[text]

    found: set[int] = set()
    for index, text in enumerate(texts):
        if index + 1 < len(texts) and introduces(text) and TOKEN.search(text):
            if not names(text) and not reads_as_prompt(text, model):
                found |= _references_under(texts, index, names)
                if model.has_finite_verb(text, timeout):
                    found |= _cells_under(texts, index, model, is_body, names)
    return found


def _references_under(texts: Sequence[str], index: int, names: Callable[[str], bool]) -> set[int]:
    """The run of references (web addresses, citations) straight under an introduction, where one of
    them names no page furniture: a video's sources or a reading list, not a row of share links."""
    run = list(_run(texts, index, lambda line: _reference(texts[line])))
    return set(run) if len(run) >= 2 and any(not names(texts[line]) for line in run) else set()


def _reference(text: str) -> bool:
    """Whether a line reads as a reference: a web address, a year in brackets, or a year after a comma on the
    same line, looked for from each line's first comma (a pattern of a comma, any run and a year tried again
    from every comma, which was quadratic in a long line of commas)."""
    if _ADDRESS_OR_YEAR.search(text):
        return True
    for line in text.split("\n"):
        comma = line.find(",")
        if comma >= 0 and _YEAR.search(line, comma + 1):
            return True
    return False


def _cells_under(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    is_body: Callable[[int], bool],
    names: Callable[[str], bool],
) -> set[int]:
    """The cells of a table set one a line under the statement introducing it ("Quay", "Comment",
    "North", ...): a run of short lines up to the next paragraph of prose, line ending in a colon or prompt
    of more than `_LABEL_WORDS` words ("Log in with Google"), most of which name no page furniture. A
    header cell may read as a prompt ("Share", of the vote)."""

    def cell(line: int) -> bool:
        text = texts[line]
        words = len(TOKEN.findall(text))
        if words > _CELL_WORDS or is_body(line) or introduces(text):
            return False
        return words <= _LABEL_WORDS or not reads_as_prompt(text, model)

    run = list(_run(texts, index, cell))
    plain = sum(not names(texts[line]) for line in run)
    return set(run) if len(run) >= _MIN_CELLS and plain >= _PLAIN_SHARE * len(run) else set()


def _run(texts: Sequence[str], index: int, belongs: Callable[[int], bool]) -> Iterator[int]:
    """The indexes straight under `index` that belong to its run, up to `_RUN_LINES` of them."""
    line = index + 1
    while line < len(texts) and line - index <= _RUN_LINES and belongs(line):
        yield line
        line += 1


def headings_among_entries(
    texts: Sequence[str], model: FurnitureModel, is_body: Callable[[int], bool], timeout: float | None = None
) -> set[int]:
    """The headings inside a list of entries the writer sets out ("Ferry Apps" over "TideTable", "QuayPass",
    ...; read once per draft): lines naming page furniture in a block of at least `_MIN_ENTRIES` short
    lines without a full stop, most of which name none. A heading has a word of its own ("Ferry") and
    speaks to no reader; a menu's "Newsletters" has none, and a credit (`caption_classes`) is no heading."""
    found: set[int] = set()
    block: list[int] = []
    for index in range(len(texts) + 1):
        if index < len(texts) and _entry(texts[index], is_body(index)):
            block.append(index)
            continue
        if len(block) >= _MIN_ENTRIES:
            found |= _headings_of(texts, block, model, timeout)
        block = []
    return found


def _entry(text: str, body: bool) -> bool:
    return not body and 1 <= len(TOKEN.findall(text)) <= _ENTRY_WORDS and not text.rstrip(CLOSING).endswith(".")


def _headings_of(texts: Sequence[str], block: list[int], model: FurnitureModel, timeout: float | None) -> set[int]:
    named = {index: model.classes_in(texts[index], timeout)[0] for index in block}
    if sum(not classes for classes in named.values()) < _PLAIN_SHARE * len(block):
        return set()
    return {
        index
        for index, classes in named.items()
        if classes
        and not model.caption_classes.intersection(classes)
        and not reads_as_prompt(texts[index], model)
        and own_words(texts[index], model, timeout)
    }


def titles_its_section(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    is_body: Callable[[int], bool],
    timeout: float | None = None,
) -> bool:
    """Whether a title-case line of `_TITLE_WORDS` words or more stands straight above a paragraph of body
    copy that takes up every word the furniture vocabulary names in it and most of its others ("Comments
    Section Fills With Complaints", over "Traders filled the comments section ..."): the section is about
    what the vocabulary names. A teaser's "Read more" or a prompt's "Sign up" is seldom taken up so, and a
    prompt or a credit (`caption_classes`) is no title."""
    text = texts[index]
    tokens = TOKEN.findall(text)
    if index + 1 >= len(texts) or not is_body(index + 1) or len(tokens) < _TITLE_WORDS:
        return False
    if text.rstrip(CLOSING).endswith((".", ":")) or not is_title_case(tokens, model.function_words):
        return False
    if reads_as_prompt(text, model) or model.caption_classes.intersection(model.classes_in(text, timeout)[0]):
        return False
    under = {stem(token.lower()) for token in TOKEN.findall(texts[index + 1])}
    named = named_stems(text, model, timeout)
    words = {stem(token.lower()) for token in tokens if token.lower() not in model.function_words}
    return named <= under and len(words & under) >= _TAKEN_SHARE * len(words)


def subhead_between_sections(
    texts: Sequence[str],
    index: int,
    model: FurnitureModel,
    words: BodyWords,
    is_body: Callable[[int], bool],
    timeout: float | None = None,
) -> bool:
    """Whether a short line stands between two paragraphs of body copy as a feature's subhead does ("Ads
    That Nobody Saw"): it has words of its own, most of which the body copy uses, the paragraphs beside it
    take up every word of it the furniture vocabulary names (the section is about the ads), and it speaks to
    no reader. An ad label dropped between paragraphs has no words of its own ("Paid Content"), words the
    story does not use ("Story continues below") or furniture the story does not discuss ("Sponsored by
    ..."). Asked only where another subhead of the draft names no
    furniture; a credit (`caption_classes`) is no subhead."""
    if index == 0 or not is_body(index - 1) or not subhead_shape(texts, index, is_body):
        return False
    text = texts[index]
    if reads_as_prompt(text, model) or model.caption_classes.intersection(model.classes_in(text, timeout)[0]):
        return False
    own = own_words(text, model, timeout)
    if not own or words.share(own, text) < _SUBHEAD_SHARE:
        return False
    around = {stem(token.lower()) for line in (index - 1, index + 1) for token in TOKEN.findall(texts[line])}
    return named_stems(text, model, timeout) <= around
