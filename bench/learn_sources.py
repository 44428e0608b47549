"""List the heads of PolNeAR train's gold sources that carry no proper name, with their counts.

Run from the project root:
    python bench/learn_sources.py [--corpus PATH] [--top N]
        [--rates | --bodies | --voices | --qualifiers | --groups [--min N] | --persons [--write]]

The pack's `vague_sources` and `anonymous_sources` (rules/attribution/pack.yaml) were chosen from this
list: the heads that stand for people who are not named ("officials", "experts", "critics",
"source", "aide"), leaving out pronouns, documents, organisations and groups a story names
("voters", "the campaign"). Only the train split is read (bench/splits.py); the output is word
counts, never article text.

`--rates` prints instead, for each head of the pack's two lists, how often the word is written in the
train text and how often it lies inside a gold source: the heads that are a source in under a quarter
of their uses are the pack's `generic_sources` ("people", "person"), read as a source only with a
speech cue.

`--bodies` prints the lower-case words that, after "the", are a whole gold source at least `--min`
times ("the campaign said", "according to the agency"): the words a story uses for a body it has
named. The pack's `source_bodies` and `source_documents` are these words split by hand into bodies and
documents, less the counts ("the two"); a head of
`anonymous_sources` qualified by one ("campaign officials", "officials at the agency") is a member of
a named body, not a vague source.

`--voices` prints the words, in lower case, that describe the people gold sources name, as
attrlint/source_voices.py reads a description: the words before the name in the gold source ("economist
Ann Voss") and the apposition after it in the text (", a professor at Kestrel University"). The pack's
`group_voices` were chosen from them: the words that say a person is one of the experts or analysts a
summary speaks of ("professor", "strategist", "university"), leaving out those of a campaign or an office.

`--qualifiers` prints the two words, in lower case, that follow the head of a gold source with no capitalised
word after its first and a head of the pack's `anonymous_sources` ("familiar with", "close to", "briefed on"):
what says that a person kept unnamed gives information in confidence. The pack's `kept_unnamed` holds those
that say so (confidential sourcing, ATT006), leaving out those that place or describe a person of the story
("of the", "in the", "at the").
`--groups` prints the heads of gold sources that are a plural common noun alone, after a quantifier or after
lower-case modifiers ("economists", "many doctors", "political scientists"; a word written more often with a
capital than without, a surname, is left out), at least `--min` times, each with: that count, and of the bare
word's uses right before a core or opinion cue in the train text, how many lie in a gold source and how many
there are, and the share. The pack's `group_heads` were chosen from them: nouns for people who comment on a
story from outside (economists, advocates, opponents, supporters, donors), and, also in `crowd_heads`, those
for anyone (voters, residents, protesters, conservatives); not the heads that speak for a body ("officials",
"leaders", "lawmakers", "prosecutors", "attorneys", "executives", "members"), nor parties ("Democrats", left
out as capitalised).
`--persons` prints the singular nouns for a person ("candidate", "spokeswoman", "man"), which
attrlint/referents.py takes as someone a later "he" or "she" may stand for; `--persons --write` puts them in
the pack's `person_nouns`, between their markers. A word is one when, in the train text, it stands in
apposition after a name ("Ann Voss, a spokeswoman for"), before "who" ("a man who"), or as an unnamed gold
source that a gold "he" or "she" follows, at least `PERSON_MIN` times; is followed by "which" or "that" at
most a third as often (a body, a thing); and is written singular ("a W" as a whole phrase, "W said", "W's")
more often than after a plural determiner ("many W", "two W"), is no plural of another ("officials"), and has
no "-ed" (a participle after a name: ", a Texas-based"). A few adjectives written as nouns come in
("independent"); they only make a referent of a word a writer may use for one.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml
from common import DEFAULT_CORPUS, train_gold_sources
from learn_cues import PACK, replace_block
from splits import TUNE, files_of

DETERMINERS = frozenset("the a an some many one two three several his her their its other former senior top".split())
AFTER_HEAD = re.compile(r"\s+(?:of|for|by|at|from|with|in|on|who|that|familiar|close|briefed|to)\s+")


def pack_lexicons() -> dict:
    """The attribution pack's lexicons, as the file holds them."""
    return yaml.safe_load(PACK.read_text(encoding="utf-8"))["lexicons"]


def unnamed_head(source: str) -> str | None:
    """The head of a source with no capitalised word but a leading determiner, else None."""
    words = source.split()
    if not words or any(word[:1].isupper() for word in words[1:]):
        return None
    if words[0][:1].isupper() and words[0].lower() not in DETERMINERS:  # a name, or a head a sentence capitalised
        return None
    main = AFTER_HEAD.split(source, maxsplit=1)[0].split()
    return main[-1].lower().strip(",.") if main else None


def gold_spans(corpus: Path) -> dict[str, list[tuple[int, int]]]:
    """Per train article, the character spans of its gold sources (every annotator)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for record in train_gold_sources(corpus):
        spans.setdefault(record["article_id"], []).extend(map(tuple, record["source"]["spans"]))
    return spans


NAME = re.compile(r"\b[A-Z][\w'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'-]+")
APPOSITION = re.compile(r",\s+([^\n.;:\u201c\u201d\"]{1,160})")


def voice_words(corpus: Path) -> Counter:
    """The lower-case words that describe the people PolNeAR train's gold sources name (one span each): those
    before the name in the source and the apposition after the source in the text."""
    words: Counter = Counter()
    texts: dict[str, str] = {}
    for record in train_gold_sources(corpus):
        source = record["source"]
        if len(source["spans"]) != 1:
            continue
        name = NAME.search(source["text"])
        if name is None:
            continue
        article = record["article_id"]
        if article not in texts:
            texts[article] = (corpus / "polnear" / "text" / "train" / f"{article}.txt").read_text(encoding="utf-8")
        apposition = APPOSITION.match(texts[article], source["spans"][0][1])
        described = source["text"][: name.start()] + " " + (apposition.group(1) if apposition else "")
        words.update(word.lower() for word in re.findall(r"[A-Za-z]+", described))
    return words


COUNT_WORDS = frozenset("one two three four five six seven eight nine ten few several".split())


def body_words(corpus: Path, least: int) -> list[tuple[str, int]]:
    """The words W for which "the W" is a whole gold source of PolNeAR train at least `least` times."""
    words: Counter = Counter()
    for record in train_gold_sources(corpus):
        match = re.fullmatch(r"[Tt]he\s+([a-z]+)", record["source"]["text"].strip())
        if match and match.group(1) not in COUNT_WORDS:
            words[match.group(1)] += 1
    return [(word, count) for word, count in words.most_common() if count >= least]


QUALIFIER = re.compile(r"\s+([a-z]+\s+[a-z]+)")


def qualifier_words(corpus: Path) -> Counter:
    """The two words after the head of each PolNeAR train gold source kept unnamed (a head of the pack's
    `anonymous_sources`, no name): how the annotated copy says a source knows."""
    lexicons = pack_lexicons()
    heads = {word.lower() for word in lexicons["anonymous_sources"]}
    words: Counter = Counter()
    for record in train_gold_sources(corpus):
        source = record["source"].get("text", "").strip()
        if not source or unnamed_head(source) is None:
            continue
        head = next((m for m in re.finditer(r"[A-Za-z]+", source) if m.group().lower() in heads), None)
        after = QUALIFIER.match(source, head.end()) if head else None
        if after:
            words[after.group(1)] += 1
    return words


GROUP_QUANTIFIERS = frozenset("some many most several other".split())
BARE_GROUP = re.compile(r"(?:(?P<det>[A-Za-z]+)\s+)?(?:[a-z][a-z-]*\s+){0,2}(?P<head>[a-z]{3,}s)")


def bare_group_head(source: str) -> str | None:
    """The head of a gold source that is a plural common noun alone, after a quantifier or adjectives
    ("economists", "many doctors", "some foreign diplomats"), else None."""
    match = BARE_GROUP.fullmatch(source[:1].lower() + source[1:])
    if match is None or match["head"].endswith("ss"):
        return None
    det = (match["det"] or "").lower()
    if det and det not in GROUP_QUANTIFIERS and not (det.isalpha() and det == match["det"] and det.islower()):
        return None
    return match["head"]


def cue_words(lexicons: dict) -> frozenset[str]:
    """The one-word forms of the pack's core and opinion cues."""
    return frozenset(cue.lower() for cue in (*lexicons["core_cues"], *lexicons["opinion_cues"]) if " " not in cue)


def print_groups(corpus: Path, least: int) -> None:
    """The heads of bare plural gold sources (`bare_group_head`) at least `least` times, and for each: how often
    the bare word (no determiner but a quantifier) stands right before a core or opinion cue in the train text,
    and the share of those inside a gold source."""
    lexicons = pack_lexicons()
    cues = cue_words(lexicons)
    heads: Counter = Counter()
    for record in train_gold_sources(corpus):
        head = bare_group_head(record["source"]["text"].strip())
        if head:
            heads[head] += 1
    chosen = {head for head, count in heads.items() if count >= least}
    spans, uses, sources = gold_spans(corpus), Counter(), Counter()
    subject = re.compile(r"\b([a-z]+)(?=\s+(?:[a-z]+ly\s+|have\s+|has\s+|had\s+)?([a-z]+)\b)", re.I)
    texts = [path for path in sorted((corpus / "polnear" / "text" / "train").glob("*.txt"))]
    lower: Counter = Counter()
    for path in texts:
        lower.update(re.findall(r"\b[a-z]+\b", path.read_text(encoding="utf-8", errors="replace")))
    chosen = {head for head in chosen if lower[head] >= heads[head]}  # a common noun, not a surname
    for path in texts:
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in subject.finditer(text):
            head = match.group(1).lower()
            if head in chosen and match.group(2).lower() in cues:
                before = text[max(0, match.start() - 12) : match.start()].split()
                if before and before[-1].lower() in DETERMINERS - GROUP_QUANTIFIERS:
                    continue
                uses[head] += 1
                sources[head] += any(a <= match.start(1) < b for a, b in spans.get(path.stem, ()))
    for head in sorted(chosen, key=lambda h: (-heads[h], h)):
        print(f"{heads[head]:>6} {sources[head]:>6} {uses[head]:>6}  {sources[head] / max(1, uses[head]):.2f}  {head}")


def print_rates(corpus: Path) -> None:
    """Each head of the pack's lists: its uses in the train text, and the share inside a gold source."""
    lexicons = pack_lexicons()
    heads = {word.lower() for word in (*lexicons["vague_sources"], *lexicons["anonymous_sources"])}
    spans, uses, sources = gold_spans(corpus), Counter(), Counter()
    for path in sorted((corpus / "polnear" / "text" / "train").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for word in re.finditer(r"[A-Za-z]+", text):
            if word.group().lower() in heads:
                uses[word.group().lower()] += 1
                sources[word.group().lower()] += any(a <= word.start() < b for a, b in spans.get(path.stem, ()))
    for head in sorted(heads, key=lambda h: (-sources[h] / max(1, uses[h]), h)):
        print(f"{sources[head]:>6} {uses[head]:>6}  {sources[head] / max(1, uses[head]):.2f}  {head}")


PERSON_MIN = 2  # the least count of person contexts for a word to be a person noun
PERSON_BEGIN = (
    "  # --- begin learned person nouns: written by bench/learn_sources.py --persons --write; do not edit ---"
)
PERSON_END = "  # --- end learned person nouns ---"
_NAME_RUN = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+"
_DET = r"(?:the|an?|[A-Z]?[a-z]+['\u2019]s|his|her|its|their)"
_MODS = r"(?:[a-z-]+\s+){0,3}?"
_HEAD_END = r"(?=\s+(?:of|for|at|to|with|from|in|on|who|and)\b|[,.;])"
PERSON_CONTEXTS = (
    re.compile(rf"{_NAME_RUN},\s+{_DET}\s+{_MODS}([a-z]+){_HEAD_END}"),  # Ann Voss, a spokeswoman for
    re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+{_MODS}([a-z]+),?\s+who\b"),  # a man who
)
THING_CONTEXT = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+{_MODS}([a-z]+),?\s+(?:which|that)\b")
# "a W" as a whole noun phrase ("a man who", "an aide said"; not "a running mate"), "W said", "W's"
_PHRASE_END = r"(?=\s*[,.;:]|\s+(?:who|said|says|told|and|of|for|at|in|with|was|is|has|had)\b)"
SINGULAR = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+([a-z]+){_PHRASE_END}|\b([a-z]+)(?:['\u2019]s\b|\s+(?:said|says|told|added|wrote|asked)\b)"
)
PLURAL = re.compile(r"\b(?i:these|those|many|several|two|three|four|five|some|most|few|both|all)\s+([a-z]+)\b")
UNNAMED_SOURCE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)")


def _groups(pattern: re.Pattern, text: str) -> list[str]:
    return [next(group for group in match.groups() if group) for match in pattern.finditer(text)]


def followed_by_pronoun(corpus: Path) -> Counter:
    """The heads of train's unnamed gold sources ("the candidate") that the next gold source, "he" or "she", follows."""
    sources: dict[str, dict[int, str]] = {}
    for record in train_gold_sources(corpus):
        start = record["source"]["spans"][0][0]
        sources.setdefault(record["article_id"], {})[start] = record["source"]["text"].strip()
    heads: Counter = Counter()
    for by_start in sources.values():
        ordered = [by_start[start] for start in sorted(by_start)]
        for before, source in zip(ordered, ordered[1:], strict=False):
            match = UNNAMED_SOURCE.fullmatch(before)
            if match and source.lower() in ("he", "she"):
                heads[match.group(1)] += 1
    return heads


def person_nouns(corpus: Path) -> list[tuple[str, str]]:
    """The singular person nouns of PolNeAR train, each with its counts (person/thing/singular/plural contexts)."""
    person, thing, singular, plural = followed_by_pronoun(corpus), Counter(), Counter(), Counter()
    for path in files_of(corpus, "polnear", TUNE):
        text = path.read_text(encoding="utf-8")
        for pattern in PERSON_CONTEXTS:
            person.update(_groups(pattern, text))
        thing.update(_groups(THING_CONTEXT, text))
        singular.update(_groups(SINGULAR, text))
        plural.update(_groups(PLURAL, text))
    found = [
        (word, f"{count}/{thing[word]}/{singular[word]}/{plural[word]}")
        for word, count in person.most_common()
        if count >= PERSON_MIN
        and thing[word] * 3 <= count
        and singular[word] > plural[word]
        and not word.endswith("ed")
        and not (word.endswith("s") and word[:-1] in person)  # "officials": the plural of a person noun
    ]
    return sorted(found)


def learned_block(begin: str, end: str, about: list[str], key: str, entries: list[str]) -> str:
    """The pack.yaml lines of one learned list between its markers: comment lines saying what it is, its key and
    its entries, each written as given."""
    lines = [begin, *(f"  # {line}" for line in about), f"  {key}:", *(f"    - {entry}" for entry in entries), end]
    return "\n".join(lines) + "\n"


def person_block(nouns: list[tuple[str, str]]) -> str:
    """The pack.yaml lines of the learned person nouns, each with its counts."""
    about = [
        'Singular nouns for a person, someone a later "he" or "she" may stand for. The note after each:',
        "its person contexts/thing contexts/singular uses/plural uses in the train text.",
    ]
    return learned_block(PERSON_BEGIN, PERSON_END, about, "person_nouns", [f"{w}  # {n}" for w, n in nouns])


def write_person_nouns(corpus: Path) -> None:
    """Rewrite the pack's learned person nouns between their markers."""
    pack = PACK.read_text(encoding="utf-8")
    PACK.write_text(replace_block(pack, person_block(person_nouns(corpus)), PERSON_BEGIN, PERSON_END), encoding="utf-8")


OPENER_MIN = 4  # the least count of multi-word gold sources a word opens
OPENER_BEGIN = (
    "  # --- begin learned source openers: written by bench/learn_sources.py --openers --write; do not edit ---"
)
OPENER_END = "  # --- end learned source openers ---"
LANGUAGE = PACK.parent.parent / "language" / "english.yaml"
QUOTE_MARKS = '\u201c\u201d"\u00ab\u00bb'
# A word of a gold source or of the train text: a number is one, so that "19 percent of voters" opens with it
SOURCE_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|\d[\d,.]*")
TEXT_WORD = re.compile(rf"{SOURCE_WORD.pattern}|,")  # the words of the train text, and its commas
# A word that stands before a source phrase rather than in it takes at least this share of its uses there
OUTSIDE_SHARE = 1 / 3


def function_words() -> frozenset[str]:
    """The language data's function words other than the articles (a preposition opens no source phrase)."""
    language = yaml.safe_load(LANGUAGE.read_text(encoding="utf-8"))
    return frozenset(word for word in language["function_words"] if not word.startswith("@"))


def quotation_open(text: str) -> bool:
    """Whether a quotation is open at the end of the text (a source inside one is a quoted speaker's)."""
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def gold_source_words(corpus: Path) -> Iterator[list[str]]:
    """The words of each PolNeAR train gold source of one span, outside quotations and holding no quotation mark."""
    texts: dict[str, str] = {}
    for record in train_gold_sources(corpus):
        source = record["source"]
        if len(source["spans"]) != 1 or any(mark in QUOTE_MARKS for mark in source["text"]):
            continue
        article, start = record["article_id"], source["spans"][0][0]
        if article not in texts:
            texts[article] = (corpus / "polnear" / "text" / "train" / f"{article}.txt").read_text(encoding="utf-8")
        if quotation_open(texts[article][texts[article].rfind("\n", 0, start) + 1 : start]):
            continue
        words = SOURCE_WORD.findall(source["text"])
        if words:
            yield words


def opens_another(word: str, openers: frozenset[str]) -> bool:
    """Whether a word is a number or one of the openers: what opens a phrase itself."""
    return word[:1].isdigit() or word.lower() in openers


def outside_the_phrase(corpus: Path, seconds: dict[str, list[str]], openers: frozenset[str]) -> frozenset[str]:
    """The openers that stand before a source phrase rather than in it: at least OUTSIDE_SHARE of the time, in the
    gold sources each opens (`seconds`: the word after it in each, "" where that is the head) or in its uses in the
    train text, the word after it is a number or another opener, which opens the phrase itself ("about a third of
    voters", "nearly 100 economists", "even some allies", "among the voters"); or, in the text, it follows a comma, a
    relative whose phrase stands for a body or person just named ("the union, whose members")."""
    uses, after_comma, before_opener = Counter(), Counter(), Counter()
    for path in files_of(corpus, "polnear", TUNE):
        words = TEXT_WORD.findall(path.read_text(encoding="utf-8"))
        for before, word, after in zip(words, words[1:], words[2:], strict=False):
            if word.lower() in openers:
                uses[word.lower()] += 1
                after_comma[word.lower()] += before == ","
                before_opener[word.lower()] += opens_another(after, openers)
    return frozenset(
        word
        for word in openers
        if sum(opens_another(second, openers) for second in seconds[word]) >= OUTSIDE_SHARE * len(seconds[word])
        or max(after_comma[word], before_opener[word]) >= OUTSIDE_SHARE * uses[word] > 0
    )


def source_openers(corpus: Path) -> list[tuple[str, str]]:
    """The lower-case words that open PolNeAR train's gold sources (one span, outside quotations), each with its
    note: the multi-word sources it opens, its uses right after an article inside one, and the multi-word sources it
    ends. A word is an opener when it opens at least OPENER_MIN sources written in lower case, more than it ends
    (a head ends its phrase: "campaign officials"), less than a third as often as it stands alone (a pronoun does:
    "he" 2,428 times, "her" as often as it opens one), at least three times as often as it follows an article (a
    modifier does: "the former aide", "an early poll"), is no function word but an article ("by", "of"), and stands
    in the phrase rather than before it (`outside_the_phrase`: "about", "among", "whose")."""
    opens, ends, after_article, alone = Counter(), Counter(), Counter(), Counter()
    seconds: dict[str, list[str]] = {}  # per opening word, the word after it in each source it opens ("" the head)
    for words in gold_source_words(corpus):
        if words[0].islower() and len(words) > 1:  # a number is no lower-case word: "19 percent of voters"
            opens[words[0]] += 1
            seconds.setdefault(words[0], []).append(words[1] if len(words) > 2 else "")
        words = [word for word in words if not word[:1].isdigit()]
        if len(words) == 1:
            alone[words[0].lower()] += 1  # a head or a pronoun, or a possessive that stands for its owner ("her")
        elif words:
            ends[words[-1].lower()] += 1
            pairs = zip(words, words[1:], strict=False)
            after_article.update(word for before, word in pairs if before.lower() in ARTICLES)
    excluded = function_words()
    candidates = [
        (word, count)
        for word, count in opens.most_common()
        if count >= OPENER_MIN
        and ends[word] < count
        and alone[word] < 3 * count
        and after_article[word] * 3 <= count
        and word not in excluded
    ]
    outside = outside_the_phrase(corpus, seconds, frozenset(word for word, _ in candidates))
    return [(word, f"{count}/{after_article[word]}/{ends[word]}") for word, count in candidates if word not in outside]


ARTICLES = frozenset(("the", "a", "an"))


def opener_block(openers: list[tuple[str, str]]) -> str:
    """The pack.yaml lines of the learned source openers, each with its counts."""
    about = [
        "The words that open a source phrase (determiners, quantifiers, counts, possessives), before its",
        "modifiers and head. The note after each: the multi-word gold sources it opens/its uses after an",
        "article inside one/the multi-word gold sources it ends.",
    ]
    return learned_block(OPENER_BEGIN, OPENER_END, about, "source_openers", [f'"{w}"  # {n}' for w, n in openers])


def learned_pack(corpus: Path) -> str:
    """The pack's text with its learned source openers written anew."""
    pack = PACK.read_text(encoding="utf-8")
    return replace_block(pack, opener_block(source_openers(corpus)), OPENER_BEGIN, OPENER_END)


def openers(corpus: Path, write: bool, check: bool) -> int:
    """Print the learned source openers, write them into the pack, or check that the pack holds them."""
    if write:
        PACK.write_text(learned_pack(corpus), encoding="utf-8")
    elif check:
        if learned_pack(corpus) != PACK.read_text(encoding="utf-8"):
            print("rules/attribution/pack.yaml: source_openers differ from what the corpus gives", file=sys.stderr)
            return 1
    else:
        for word, note in source_openers(corpus):
            print(f"{note:>14}  {word}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=80)
    parser.add_argument("--rates", action="store_true", help="each head's share of uses inside a gold source")
    parser.add_argument("--bodies", action="store_true", help='words that are a gold source after "the"')
    parser.add_argument("--min", type=int, default=5, help="least count for --bodies (default: %(default)s)")
    parser.add_argument("--voices", action="store_true", help="words that describe the people gold sources name")
    parser.add_argument("--qualifiers", action="store_true", help="the words after an unnamed gold source's head")
    parser.add_argument("--groups", action="store_true", help="heads of bare plural gold sources, with their rates")
    parser.add_argument("--persons", action="store_true", help="the singular nouns for a person (person_nouns)")
    parser.add_argument("--openers", action="store_true", help="the words that open a source (source_openers)")
    parser.add_argument("--write", action="store_true", help="with --persons or --openers: write them into the pack")
    parser.add_argument("--check", action="store_true", help="with --openers: exit 1 if the pack differs")
    args = parser.parse_args(argv)
    if args.openers:
        return openers(args.corpus, args.write, args.check)
    if args.qualifiers:
        for words, count in qualifier_words(args.corpus).most_common(args.top):
            print(f"{count:>6}  {words}")
        return 0
    if args.groups:
        print_groups(args.corpus, args.min)
        return 0
    if args.persons and args.write:
        write_person_nouns(args.corpus)
        return 0
    if args.persons:
        for word, note in person_nouns(args.corpus):
            print(f"{note:>16}  {word}")
        return 0
    if args.voices:
        for word, count in voice_words(args.corpus).most_common(args.top):
            print(f"{count:>6}  {word}")
        return 0
    if args.bodies:
        for word, count in body_words(args.corpus, args.min):
            print(f"{count:>6}  {word}")
        return 0
    if args.rates:
        print_rates(args.corpus)
        return 0
    heads: Counter = Counter()
    for record in train_gold_sources(args.corpus):
        head = unnamed_head(record["source"]["text"].strip())
        if head:
            heads[head] += 1
    for head, count in heads.most_common(args.top):
        print(f"{count:>6}  {head}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
