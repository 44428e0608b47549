"""Learn who is a person kept unnamed (ATT010) and test, on PolNeAR train, what makes one a source.

Run from the project root:
    python bench/learn_unnamed.py [--corpus PATH] (--persons [--write] | --voices | --offices | --claims
                                                   | --insiders [--write] | --informing [--write])

`--persons` prints the nouns whose first (most frequent) sense in WordNet is a person (lexicographer file
`noun.person`: "neighbour", "epidemiologist", "homeowner", "waitress"; not "figure", "report", "statement") and
that are common English words (`rules/names/word_frequencies.tsv`), with their irregular plurals (`noun.exc`);
`--persons --write` puts them in the attribution pack's `person_heads` and `person_plurals`, between their
markers. WordNet is read from the Debian package
`wordnet-base` (`apt-get install wordnet-base`, files in /usr/share/wordnet; `--wordnet DIR` for another
place); attrlint itself does not need it. A counted source with such a head and no name ("a ward manager
said", "two residents told") is a person kept unnamed.

`--voices` prints, for each head of `person_heads` that heads a gold source of PolNeAR train after a determiner
or a possessor ("a spokesman for the campaign", "the campaign's spokeswoman", "Trump's lawyer"), how many such
gold sources name the body the person speaks for (with "for" or "of" after the head, or the possessor) and how
many there are. The pack's `body_voices` were chosen from it: the heads that name a body in nearly half or more
of at least ten sources and whose office is to speak on its record (spokeswoman 21/25, spokesman 15/31,
secretary 16/17, as in "press secretary"), with "spokesperson", the same office; not "aides" (6/7) or "manager"
(4/6), too few, nor a head that holds an office of its own ("governor" 2/22, "president" 5/51).

`--offices` prints, for each office of two words at the head of a gold source of PolNeAR train (a lower-case
modifier before a head of `insider_heads` or `body_voices`: "press secretary", "communications director",
"campaign manager", "senior official"), how many such gold sources there are and how many of them name the person
(two capitalised words in a row). The pack's `voice_offices` were chosen from it: the modifiers whose office is to
speak for the body it serves (press, communications, media), not to run it or advise it; the counts do not tell
them apart (a campaign manager is named as often as a press secretary), so the choice is a reader's, as
`body_voices`' was.

`--claims` counts, over the train text, each counted person (`attrlint.unnamed_persons`: a count word, up to
three modifiers and a head of `person_heads`) right before a cue word of the pack's `cues`, by two questions:
is it a gold source of that cue, and does the cue report information with content (`informs`: a that-clause,
a quotation, a reported clause, "according to")? It prints the table and the cue words of each cell: the test
keeps the sources and leaves the actors ("told her to leave", "asked for an inquiry", "charged"). Counts only,
never article text.

`--informing` learns, from PolNeAR train's gold relations (the annotator with the most in each article, as
`bench/learn_cues.py` reads them), the cues at which a counted person gives information (`informing_cues`): the
families of the pack's `cues` (the learned verbs of speech; not `opinion_cues`, beliefs) with at least
`MIN_INFORMING_CUES` gold cues, whose gold content is a claim the source asserts in at least `MIN_CLAIM_SHARE` of
them (`claim_content`: a quotation that asks nothing, a that-clause after the cue, or a clause before it: "noted",
"warned", "wrote", "acknowledged", "insisted"; not an act or its object: "asked", "called", "urged", "described
... as", "promised to"), and whose gold source is a person in at least `MIN_PERSON_SHARE` of them ("the sign
read" is a document's; "according to" is a phrase, whose source is whatever follows it). Each family is written
with its forms but the -ing one (a participle's subject is the clause's: "a man shouted, saying ..."). Every
form of "say", "tell" and "according to" passes the test; the families' counts are printed. `--informing
--write` puts them in the pack's `informing_cues`, between their markers. Counts only, never article text.

`--insiders` prints, for each head of a counted gold source of PolNeAR train ("a senior official", "one strategist",
"two aides"), how many such sources there are and how many of them edited copy marks as kept unnamed: a reason for
anonymity (the pack's `anonymity_reasons`) or words that say the source is kept unnamed ("anonymity", "not
authorized", "asked not to be named") in the source's sentence or the next. A head is an insider's, someone a desk
would name and so queries when the story does not (`insider_heads`), when the copy marks it so at least `MARKED`
times, or when `anonymous_sources` lists it and it is neither a head of `confidential_heads` (that form is
confidential sourcing already) nor a word for anyone (WordNet's first sense person.n.01: "person", "individual",
"people"). Then their kin in WordNet (`kin_insiders`): a person head that is a kind of one of those heads' first
sense ("councillor" of associate, "prosecutor" of official), or falls under the class right below person.n.01 of one
of them where the copy marks some head of that class kept unnamed at least once (worker, where "official" is marked:
"officer", "clerk"; leader, where "executive" is: "minister", "director"); a class with no marked head (friend, of
"confidant") gives none, and a kind of person a story quotes for their own life (`OWN_LIFE`: a volunteer, a veteran,
a maid, a waiter) is none, whatever its class, nor is a member of a party or a nation (a head written with a
capital, "Republican", "Texan": a voter or a resident as often as anyone inside an institution). `--insiders
--write` puts them in the pack's `insider_heads`, between their markers. Counts only, never article text."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import regex
import yaml
from common import DEFAULT_CORPUS, PROJECT_ROOT, train_gold_sources
from learn_cues import (
    PACK,
    QUOTE_MARK,
    families_of,
    family_forms,
    gold_relations,
    head_of,
    replace_block,
    text_counts,
)
from splits import TUNE, files_of

from attrlint.attribution import _source_classes
from attrlint.attribution_lexicons import AttributionLexicons
from attrlint.cue_reading import Attribution
from attrlint.cues import PERSON, PRONOUN, ROLE, source_kind
from attrlint.function_words import is_function_word
from attrlint.language import INCLUDE, language_lists
from attrlint.source_class import lexicon_alternation
from attrlint.unnamed_persons import COUNTED_PERSON, CountedPersons, is_insider, singular_readings

WORDNET = Path("/usr/share/wordnet")
FREQUENCIES = PROJECT_ROOT / "rules" / "names" / "word_frequencies.tsv"
NOUN_PERSON = 18  # WordNet's lexicographer file number of noun.person
# Kinds of person whose trade is to speak or write in public (WordNet's first word of their synset): what a
# columnist, a narrator, a witness or a reviewer says is on the record, no source kept unnamed
ON_RECORD = frozenset(("communicator", "critic"))
# Kinds of communicator whose words are not said in public but across a table or in confidence (WordNet's first word
# of their synset): a negotiator, a delegate, a mediator, an organiser, an informant, a whistleblower; what they say
# reaches a story as a source's, so they stay person heads
IN_PRIVATE = frozenset(("negotiator", "informant"))
# Kinds of person a story quotes for their own life, not for a body they work in, whom a desk does not query kept
# unnamed (WordNet's first word of their synset): who work with their hands, at a trade or waiting on others
# (workman, craftsman, servant, attendant, dining-room_attendant), in the ranks or in service past or given
# (enlisted_person, veteran, volunteer), and who are someone to another or famous (relative, friend, lover,
# celebrity, ace). Their heads are no insiders' however WordNet files them (a volunteer is a kind of serviceman).
OWN_LIFE = frozenset(
    (
        "workman",
        "craftsman",
        "servant",
        "attendant",
        "dining-room_attendant",
        "enlisted_person",
        "veteran",
        "volunteer",
        "relative",
        "friend",
        "lover",
        "celebrity",
        "ace",
    )
)
# Kinds of person a capitalised noun names as a member (WordNet's first word of their synset): of a party (a kind
# of politician: Republican, Democrat, Communist) or of a nation or a place (a kind of inhabitant: American, Texan,
# Frenchman, Tory, filed as an American loyalist). Counted, such a noun is a person as "a senior Republican said".
MEMBER_KINDS = frozenset(("politician", "inhabitant"))
PERSONS_BEGIN = (
    "  # --- begin learned person heads: written by bench/learn_unnamed.py --persons --write; do not edit ---"
)
PERSONS_END = "  # --- end learned person heads ---"
# A gold source headed by a person noun: a determiner or a possessor, modifiers, the head, and what it speaks for
# An office of two words in a gold source: a lower-case modifier and a head ("press secretary", "senior official")
_OFFICE = regex.compile(r"\b(?P<mod>\p{Ll}+)\s+(?P<head>\p{Ll}+)\b")
_PERSON_NAMED = regex.compile(r"\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+")
_VOICE_SOURCE = regex.compile(
    r"(?:(?i:a|an|one|the)|(?P<possessor>[\p{L}.-]+(?:\s+[\p{L}.-]+){0,3}['\u2019]s?))\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?P<head>\p{Ll}+)(?P<body>\s+(?:for|of)\s+.+)?"
)


INSIDERS_BEGIN = (
    "  # --- begin learned insider heads: written by bench/learn_unnamed.py --insiders --write; do not edit ---"
)
INSIDERS_END = "  # --- end learned insider heads ---"
MARKED = 2  # marked uses that make a head an insider's: one may be a stray mark of another source nearby
# What edited copy says of a source it keeps unnamed, with or without a reason (`anonymity_reasons` are added)
_KEPT_UNNAMED_MARK = regex.compile(
    r"(?i)\banonymity\b|\banonymously\b|\bnot\s+(?:to\s+)?(?:be\s+)?(?:named|identified)\b|\bauthori[sz]ed\s+to\b"
)
# A counted gold source: a count word, then the rest of the phrase
_COUNTED_GOLD = regex.compile(r"(?i)(?:a|an|one|two|three|four|five|several|another)\s+\S")
_SENTENCE_END = regex.compile(r"[.!?][\"\u201d\u2019]?\s")


def pack_lexicons() -> dict:
    """The attribution pack's lexicons, each `"@name"` entry replaced by that language list (the cues are language
    data: left as written, `--claims` read no cue at all)."""
    lists = language_lists()
    lexicons = yaml.safe_load(PACK.read_text(encoding="utf-8"))["lexicons"]
    return {key: [word for entry in entries for word in _included(entry, lists)] for key, entries in lexicons.items()}


def _included(entry: str, lists: Mapping[str, Sequence[str]]) -> Sequence[str]:
    return lists[entry[len(INCLUDE) :]] if entry.startswith(INCLUDE) else (entry,)


def sense_counts(folder: Path, part: str) -> dict[str, int]:
    """How many senses WordNet gives each lemma of one part of speech ("noun", "adj")."""
    counts = {}
    with (folder / f"index.{part}").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("  "):
                fields = line.split()
                counts[fields[0]] = int(fields[2])
    return counts


def noun_synsets(folder: Path) -> dict[str, tuple[int, list[str], list[str]]]:
    """Each noun synset of WordNet by its offset: its lexicographer file, its words and its hypernyms' offsets."""
    synsets = {}
    with (folder / "data.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
            synsets[fields[0]] = (int(fields[1]), words, [p[1] for p in pointers if p[0] in ("@", "@i")])
    return synsets


def on_record(synsets: dict, offset: str) -> bool:
    """Whether a synset is, or is a kind of, one of `ON_RECORD` (a columnist is a journalist, a communicator), and no
    kind of one of `IN_PRIVATE` (an organiser is a negotiator)."""
    return kind_of(synsets, offset, ON_RECORD) and not kind_of(synsets, offset, IN_PRIVATE)


def kind_of(synsets: dict, offset: str, kinds: frozenset[str]) -> bool:
    """Whether a synset is, or is a kind of, a synset whose first word is one of `kinds`."""
    todo, seen = [offset], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if kinds.intersection(synsets[current][1][:1]):
            return True
        todo.extend(synsets[current][2])
    return False


def wordnet_persons(folder: Path) -> list[str]:
    """The single words whose first noun sense in WordNet is in noun.person and is written there in lower case
    (`index.noun` lower-cases every lemma: "banks", "lodge" and "white" are first Banks, Lodge and White, names),
    common in English, with no more senses as an adjective than as a noun ("familiar", "senior", "regular" are
    read as adjectives), and not a kind of `ON_RECORD`."""
    adjective = sense_counts(folder, "adj")
    synsets = noun_synsets(folder)
    common = {line.split("\t")[0] for line in FREQUENCIES.read_text(encoding="utf-8").splitlines()}
    found = []
    with (folder / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if line.startswith("  ") or not fields[0].isalpha():
                continue
            senses, first = int(fields[2]), fields[-int(fields[2])]
            if synsets[first][0] != NOUN_PERSON or fields[0] not in synsets[first][1]:
                continue
            if fields[0] not in common or adjective.get(fields[0], 0) > senses:
                continue
            if not on_record(synsets, first):
                found.append(fields[0])
    return sorted(found)


def instance_synsets(folder: Path) -> frozenset[str]:
    """The offsets of WordNet's noun synsets that are an instance, a named individual ("Lincoln", "Einstein")."""
    found = set()
    with (folder / "data.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            at = 4 + 2 * int(fields[3], 16)
            if "@i" in fields[at + 1 : at + 1 + 4 * int(fields[at]) : 4]:
                found.add(fields[0])
    return frozenset(found)


def wordnet_members(folder: Path) -> list[str]:
    """The nouns for a member of a party or a nation (`MEMBER_KINDS`) as WordNet writes them, with a capital
    ("Republican", "Tory", "Frenchman"): the first word of their first sense, which is in noun.person, a class and no
    named individual, and a kind of one of `MEMBER_KINDS`; common English words with no more senses as an
    adjective than as a noun, as `wordnet_persons`' are. Not a nickname a sense lists after its own word
    ("Badger", "Yank")."""
    adjective, nouns = sense_counts(folder, "adj"), sense_counts(folder, "noun")
    synsets = noun_synsets(folder)
    instances = instance_synsets(folder)
    common = {line.split("\t")[0] for line in FREQUENCIES.read_text(encoding="utf-8").splitlines()}
    found = []
    for lemma, first in first_senses(folder).items():
        number, words, _ = synsets[first]
        word = words[0]
        if number != NOUN_PERSON or first in instances or word.lower() != lemma or not word[:1].isupper():
            continue
        if lemma in common and adjective.get(lemma, 0) <= nouns[lemma] and kind_of(synsets, first, MEMBER_KINDS):
            found.append(word)
    return sorted(found)


def irregular_plurals(folder: Path, persons: list[str]) -> list[str]:
    """WordNet's irregular plurals (`noun.exc`) of the person heads, as "plural singular" ("children child"),
    where the plural is a common English word and no noun of its own in WordNet ("dive" is not read as divas,
    "brethren" is a noun of its own); the regular endings are read by attrlint.unnamed_persons."""
    heads = set(persons)
    lemmas = sense_counts(folder, "noun")
    common = {line.split("\t")[0] for line in FREQUENCIES.read_text(encoding="utf-8").splitlines()}
    found = []
    with (folder / "noun.exc").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) == 2 and fields[1] in heads and fields[0] in common and fields[0] not in lemmas:
                found.append(f"{fields[0]} {fields[1]}")
    return sorted(found)


def wrapped(name: str, words: list[str]) -> list[str]:
    """A YAML flow list of `words` under `name`, wrapped at 116 columns."""
    lines = [f"  {name}:"]
    line = "    ["
    for word in words:
        if len(line) + len(word) + 2 > 116:
            lines.append(line.rstrip())
            line = "     "
        line += word + ", "
    return [*lines, line.rstrip(", ") + "]"]


def persons_block(words: list[str], plurals: list[str]) -> str:
    lines = [
        PERSONS_BEGIN,
        "  # Nouns for a person: their first sense in WordNet is noun.person, they are common English words, and",
        "  # WordNet gives them no more senses as an adjective than as a noun; not those whose trade is to speak or",
        "  # write in public (a kind of communicator or critic in WordNet: columnist, narrator, witness, reviewer;",
        "  # not a kind of negotiator or informant, who speak in private: delegate, organiser, whistleblower).",
        '  # A word is kept only where that sense writes it in lower case ("banks" and "lodge" are names first),',
        "  # or, written with its capital and read only so, where it names a member of a party or a nation (a kind",
        "  # of politician or of inhabitant: Republican, Tory, Frenchman), the sense's own word and no individual.",
        *wrapped("person_heads", words),
        '  # Their irregular plurals (WordNet\'s noun.exc), each "plural singular", where the plural is a common word',
        "  # and no noun of its own in WordNet.",
        *wrapped("person_plurals", [f'"{pair}"' for pair in plurals]),
    ]
    return "\n".join([*lines, PERSONS_END]) + "\n"


def gold_records(corpus: Path) -> list[dict]:
    """PolNeAR train's gold records with a source and a cue."""
    return [record for record in train_gold_sources(corpus) if record.get("cue")]


def voice_counts(corpus: Path, persons: frozenset[str]) -> tuple[Counter, Counter]:
    """Per person head, the gold sources it heads after a determiner or a possessor ("a spokesman", "the
    campaign's spokeswoman", "Trump's lawyer"), and how many of them name a body with "for" or "of" after the
    head ("a spokesman for the council") or a possessor before it."""
    heads, bodies = Counter(), Counter()
    for record in gold_records(corpus):
        match = _VOICE_SOURCE.fullmatch(" ".join(record["source"]["text"].split()))
        if match is None or match["head"] not in persons:
            continue
        heads[match["head"]] += 1
        bodies[match["head"]] += bool(match["possessor"] or match["body"])
    return heads, bodies


def office_counts(sources: Iterable[str], heads: frozenset[str]) -> tuple[Counter, Counter]:
    """Per office of two words ("press secretary"), the gold sources it stands in, and how many of them name the
    person: a modifier that is no function word and no head itself, before a head of `heads` in the singular or
    the plural."""
    offices, named = Counter(), Counter()
    for source in sources:
        words = " ".join(source.split())
        for match in _OFFICE.finditer(words, overlapped=True):
            head = next((word for word in (match["head"], *singular_readings(match["head"])) if word in heads), None)
            if head is None or is_function_word(match["mod"]) or match["mod"] in heads:
                continue
            offices[f"{match['mod']} {head}"] += 1
            named[f"{match['mod']} {head}"] += bool(_PERSON_NAMED.search(words))
    return offices, named


def claim_table(corpus: Path, lexicons: dict) -> None:
    """Counted persons before a cue word in the train text: gold source or not, by whether the cue informs."""
    persons = CountedPersons(
        lexicons["person_heads"],
        voices=lexicons["body_voices"],
        cues=lexicons["informing_cues"],
        plurals=lexicons["person_plurals"],
    )
    core = frozenset(word.lower() for word in lexicons["core_cues"])
    cue = regex.compile(rf"(?i)\s+(?P<cue>{lexicon_alternation([w for w in lexicons['cues'] if ' ' not in w])})\b")
    counted = regex.compile(rf"\b(?P<source>{COUNTED_PERSON.pattern})")
    golds: dict[str, list[tuple[int, int]]] = {}
    for record in gold_records(corpus):
        golds.setdefault(record["article_id"], []).extend(map(tuple, record["cue"]["spans"]))
    table: Counter = Counter()
    words: dict[tuple[bool, bool], Counter] = {}
    for path in files_of(corpus, "polnear", TUNE):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in counted.finditer(text):
            after = cue.match(text, match.end())
            if after is None or persons.head(match["source"]) is None:
                continue
            span = after.span("cue")
            found = Attribution(span, after["cue"], match.span("source"), match["source"], ROLE)
            gold = any(a <= span[0] < b for a, b in golds.get(path.stem, ()))
            informs = persons.informs(text, found, core)
            table[gold, informs] += 1
            words.setdefault((gold, informs), Counter())[after["cue"].lower()] += 1
    for key in sorted(table):
        print(f"gold cue {key[0]!s:5}  informs {key[1]!s:5}  {table[key]:>5}  {dict(words[key].most_common(12))}")


INFORMING_BEGIN = (
    "  # --- begin learned informing cues: written by bench/learn_unnamed.py --informing --write; do not edit ---"
)
INFORMING_END = "  # --- end learned informing cues ---"
MIN_INFORMING_CUES = 20  # a family's gold cues: a rarer family is none, as for `opinion_cues` (the count decides)
MIN_CLAIM_SHARE = 0.6  # of its gold cues, those whose content is a claim (say 0.72, suggest 0.63; explain 0.59)
MIN_PERSON_SHARE = 0.5  # of its gold sources, those that are a person ("read": 0.33, a sign's or a letter's words)
# The one phrase cue learned whole (`bench/learn_cues.py`): its source is whoever or whatever follows it, a person,
# a body or a report, so the person test is a verb's
PHRASE_CUE = "according to"
# The fewest words of content before its cue that make a clause, not a name or a word ("..., as she put it")
_CLAUSE_WORDS = 4
_QUESTION_END = regex.compile(r"\?[\s\"'\u201d\u2019]*\Z")


def claim_content(record: dict) -> bool:
    """Whether a gold relation's content is a claim its source asserts: a quotation that asks no question, a
    that-clause right after the cue, or a clause of `_CLAUSE_WORDS` words or more before it ("..., she noted");
    not an act's object or an infinitive ("asked for an inquiry", "vowed to fight", "called him a liar")."""
    cue, content = record["cue"]["spans"], record["content"]
    text = content.get("text") or ""
    if not content.get("spans") or _QUESTION_END.search(text):
        return False
    before = content["spans"][0][0] < cue[-1][1]
    if QUOTE_MARK.search(text):
        return True
    return len(text.split()) >= _CLAUSE_WORDS if before else text.lower().lstrip().startswith("that ")


def person_source(source: str, persons: CountedPersons) -> bool:
    """Whether a gold source is a person: a name or a pronoun, or a phrase with a person head ("a senior aide",
    "the spokesman"), not a document ("the letter", "the ad") or a body."""
    if source_kind(source, None) in (PERSON, PRONOUN):
        return True
    return any(persons.singular(word.lower()) for word in regex.findall(r"\p{L}+", source))


def informing_counts(relations: list[dict], families: dict, persons: CountedPersons) -> dict[str, Counter]:
    """Per cue family (`bench/learn_cues.py`'s lemma), its gold cues, how many carry a claim (`claim_content`) and
    how many have a source, and how many a person is the source of (`person_source`)."""
    family_of = {head: lemma for lemma, family in families.items() for head in family.cues}
    counts: dict[str, Counter] = {}
    for record in relations:
        head = head_of((record.get("cue") or {}).get("text") or "")
        if head not in family_of or not record.get("content"):
            continue
        count = counts.setdefault(family_of[head], Counter())
        count["cues"] += 1
        count["claims"] += claim_content(record)
        source = " ".join(((record.get("source") or {}).get("text") or "").split())
        count["sourced"] += bool(source)
        count["persons"] += bool(source) and person_source(source, persons)
    return counts


def informing_families(counts: Mapping[str, Counter], spoken: Mapping[str, Sequence[str]]) -> list[str]:
    """The families that give information (module doc), most gold cues first, of those with forms among the pack's
    cues (`spoken`: each family's forms)."""
    return [
        lemma
        for lemma, count in sorted(counts.items(), key=lambda item: (-item[1]["cues"], item[0]))
        if spoken.get(lemma)
        and count["cues"] >= MIN_INFORMING_CUES
        and count["claims"] >= MIN_CLAIM_SHARE * count["cues"]
        and (lemma == PHRASE_CUE or count["persons"] >= MIN_PERSON_SHARE * count["sourced"])
    ]


def informing_forms(lemma: str, forms: Sequence[str]) -> list[str]:
    """A family's forms but its -ing form ("saying"), whose subject is its clause's, not the person's before it."""
    first = lemma.split()[0]
    return [form for form in forms if first.endswith("ing") or not form.split()[0].endswith("ing")]


def learn_informing(corpus: Path, lexicons: dict) -> tuple[list[str], dict[str, Counter]]:
    """The informing cues' forms, and every family's counts, from PolNeAR train (module doc)."""
    files = files_of(corpus, "polnear", TUNE)
    vocabulary, _ = text_counts(files)
    relations = [r for r in gold_relations(corpus, {path.stem for path in files}) if r.get("cue")]
    families = families_of(relations, vocabulary)
    cues = frozenset(word.lower() for word in lexicons["cues"])
    spoken = {lemma: family_forms(family, vocabulary) for lemma, family in families.items()}
    spoken = {lemma: forms for lemma, forms in spoken.items() if cues.intersection(forms)}
    persons = CountedPersons(lexicons["person_heads"], plurals=lexicons["person_plurals"])
    counts = informing_counts(relations, families, persons)
    chosen = informing_families(counts, spoken)
    return [form for lemma in chosen for form in informing_forms(lemma, spoken[lemma])], counts


def informing_block(forms: list[str]) -> str:
    lines = [
        INFORMING_BEGIN,
        "  # The cues at which a person counted and not named is a source of information (ATT010, ATT006): the",
        f"  # families of the learned speech cues with {MIN_INFORMING_CUES} or more gold cues in PolNeAR train whose",
        f"  # content is a claim the source asserts in {MIN_CLAIM_SHARE:.0%} or more of them (a quotation, a",
        f"  # that-clause, a clause before the cue) and whose source is a person in {MIN_PERSON_SHARE:.0%} or more",
        '  # ("according to" is a phrase: whatever follows it is its source); not their -ing forms. At "asked",',
        '  # "called", "described", "urged" or "promised" a person of the story acts, and "the sign read" is a',
        "  # document's (`python bench/learn_unnamed.py --informing` prints each family's counts).",
        *wrapped("informing_cues", forms),
    ]
    return "\n".join([*lines, INFORMING_END]) + "\n"


def marked_near(text: str, start: int, marks: list[regex.Pattern]) -> bool:
    """Whether the sentence that holds `start`, or the next, holds one of `marks`."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    end = start
    for _ in range(2):
        stop = _SENTENCE_END.search(text, end)
        end = stop.end() if stop else len(text)
    return any(mark.search(text, begin, end) for mark in marks)


def insider_counts(corpus: Path, lexicons: dict) -> tuple[Counter, Counter]:
    """Per singular head, PolNeAR train's counted gold sources and those marked as kept unnamed (`marked_near`)."""
    classes = _source_classes(AttributionLexicons.of(lexicons))
    persons = classes.person_reader
    marks = [_KEPT_UNNAMED_MARK, *(regex.compile(rf"(?i){reason}") for reason in lexicons["anonymity_reasons"])]
    texts: dict[str, str] = {}
    heads, marked = Counter(), Counter()
    for record in train_gold_sources(corpus):
        source = " ".join(record["source"]["text"].split())
        head = classes.head(source) if _COUNTED_GOLD.match(source) else ""
        if not head:
            continue
        head = persons.singular(head) or head if persons is not None else head
        path = corpus / "polnear" / "text" / "train" / f"{record['article_id']}.txt"
        text = texts.setdefault(record["article_id"], path.read_text(encoding="utf-8"))
        heads[head] += 1
        marked[head] += marked_near(text, record["source"]["spans"][0][0], marks)
    return heads, marked


def anyone_words(folder: Path) -> frozenset[str]:
    """The words of WordNet's person.n.01 ("person", "individual", "someone") and "people": a head that stands for
    anyone, no office."""
    synsets = noun_synsets(folder)
    words = next(words for _, words, _ in synsets.values() if words[:2] == ["person", "individual"])
    return frozenset(words) | {"people"}


def insider_heads(
    lexicons: dict, counts: tuple[Counter, Counter], anyone: frozenset[str], kin: Sequence[str] = ()
) -> list[str]:
    """The insider heads (module doc), singular and plural, in `anonymous_sources`'s order, then by count, then
    the person heads of their kin in WordNet (`kin_insiders`), in the order given."""
    heads, marked = counts
    left_out = frozenset(lexicons["confidential_heads"]) | anyone
    listed = [word for word in lexicons["anonymous_sources"] if not is_insider(word, left_out)]
    learned = [head for head, _ in heads.most_common() if marked[head] >= MARKED and head not in listed]
    found = [word for word in (*listed, *learned) if not is_insider(word, left_out)]
    return [*found, *(word for word in kin if not is_insider(word, frozenset(found) | left_out))]


def insider_seeds(lexicons: dict, counts: tuple[Counter, Counter]) -> list[str]:
    """The singular heads whose kin in WordNet are insiders': those of `anonymous_sources` (a confidential head
    too: an insider is a kind of executive) and those the copy marks kept unnamed `MARKED` times or more."""
    listed = [word for word in lexicons["anonymous_sources"] if not word.endswith("s")]
    return [*listed, *(head for head, count in counts[1].items() if count >= MARKED and head not in listed)]


def kin_insiders(
    persons: Sequence[str],
    ancestry: dict[str, tuple[str, ...]],
    seeds: Sequence[str],
    marked: Counter,
    own_life: frozenset[str] = frozenset(),
) -> list[str]:
    """The person heads WordNet files with an insider's (`--insiders` in the module doc): a kind of a seed's
    first sense ("councillor" of "associate", "prosecutor" of "official"), or of a class of the seeds in which
    the copy marks some head kept unnamed at least once ("officer" and "clerk" of worker, where "official" is
    marked; "executive" and "minister" of leader, where "executive" is). A class is a sense right below
    person.n.01, and `ancestry` gives each word's first sense and every sense above it, classes with a
    "class:" prefix. A class no head of it is marked in (friend, of "confidant") gives nothing, and no head that
    is a kind of a sense of `own_life` (`OWN_LIFE`: a volunteer, a veteran, a waiter) is kin, whatever its class."""
    kinds = {ancestry[seed][0].removeprefix("class:") for seed in seeds if seed in ancestry}
    classes = {sense for seed in seeds for sense in ancestry.get(seed, ()) if sense.startswith("class:")}
    marked_classes = {
        sense for head, count in marked.items() if count for sense in ancestry.get(head, ()) if sense in classes
    }
    wanted = kinds | {sense.removeprefix("class:") for sense in marked_classes}
    return [
        word
        for word in persons
        if word in ancestry
        and not wanted.isdisjoint(_senses(ancestry[word]))
        and own_life.isdisjoint(_senses(ancestry[word]))
    ]


def _senses(ancestry: Sequence[str]) -> set[str]:
    """The senses of one word's ancestry, a class's without its prefix."""
    return {sense.removeprefix("class:") for sense in ancestry}


def wordnet_ancestry(folder: Path, words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each word with a noun sense in WordNet, its first sense, then every sense above it (a hypernym's
    hypernyms included), those right below person.n.01 written "class:OFFSET"; a word written with a capital
    ("Republican") is looked up in lower case, as WordNet's index holds it."""
    synsets = noun_synsets(folder)
    first = first_senses(folder)
    person = first["person"]
    ancestry = {}
    for word in words:
        if word.lower() not in first:
            continue
        todo, seen = [first[word.lower()]], []
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.append(current)
                todo.extend(synsets[current][2])
        ancestry[word] = tuple(f"class:{s}" if person in synsets[s][2] else s for s in seen)
    return ancestry


def own_life_senses(folder: Path) -> frozenset[str]:
    """The offsets of the synsets whose first word is one of `OWN_LIFE`."""
    return frozenset(
        offset for offset, (_, words, _) in noun_synsets(folder).items() if OWN_LIFE.intersection(words[:1])
    )


def first_senses(folder: Path) -> dict[str, str]:
    """Each noun lemma's first (most frequent) sense in WordNet, by its offset."""
    senses = {}
    with (folder / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("  "):
                fields = line.split()
                senses[fields[0]] = fields[-int(fields[2])]
    return senses


def insiders_block(words: list[str]) -> str:
    lines = [
        INSIDERS_BEGIN,
        "  # Heads, singular or plural, of a person kept unnamed whom a desk would name, so queries unnamed with no",
        "  # reason (ATT006): someone inside an institution (an official, an aide, a strategist), not a witness, a",
        "  # neighbour or a caller (ATT010). The heads of `anonymous_sources` that are neither confidential nor a word",
        f"  # for anyone, and those PolNeAR train's copy marks as kept unnamed in {MARKED} or more counted gold",
        "  # sources (`python bench/learn_unnamed.py --insiders` prints the counts); then the person heads that",
        "  # WordNet files as a kind of one of those (a councillor, of associate; a prosecutor, of official) or",
        "  # under a class right below person.n.01 of one of those in which the copy marks a head kept unnamed at",
        "  # least once (worker: an officer, a clerk; leader: an executive, a minister; expert; planner), but",
        "  # none that is a kind of person a story quotes for their own life (a volunteer, a veteran, a maid).",
        *wrapped("insider_heads", words),
    ]
    return "\n".join([*lines, INSIDERS_END]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--persons", action="store_true")
    parser.add_argument("--voices", action="store_true")
    parser.add_argument("--offices", action="store_true")
    parser.add_argument("--claims", action="store_true")
    parser.add_argument("--insiders", action="store_true")
    parser.add_argument("--informing", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if args.persons:
        if not (args.wordnet / "index.noun").exists():
            print(f"no WordNet under {args.wordnet}: apt-get install wordnet-base", file=sys.stderr)
            return 2
        words = sorted((*wordnet_persons(args.wordnet), *wordnet_members(args.wordnet)))
        plurals = irregular_plurals(args.wordnet, words)
        if args.write:
            block = persons_block(words, plurals)
            pack = replace_block(PACK.read_text(encoding="utf-8"), block, PERSONS_BEGIN, PERSONS_END)
            PACK.write_text(pack, encoding="utf-8")
        else:
            print("\n".join([*words, *plurals]))
        return 0
    lexicons = pack_lexicons()
    if args.voices:
        heads, bodies = voice_counts(args.corpus, frozenset(lexicons["person_heads"]))
        for head, count in heads.most_common():
            print(f"{bodies[head]:>5}/{count:<5} {head}")
        return 0
    if args.offices:
        heads = frozenset((*lexicons["insider_heads"], *lexicons["body_voices"]))
        offices, named = office_counts((record["source"]["text"] for record in gold_records(args.corpus)), heads)
        for office, count in offices.most_common():
            print(f"{named[office]:>5}/{count:<5} {office}")
        return 0
    if args.claims:
        claim_table(args.corpus, lexicons)
        return 0
    if args.informing:
        forms, counts = learn_informing(args.corpus, lexicons)
        for lemma, count in sorted(counts.items(), key=lambda item: -item[1]["cues"]):
            if count["cues"] >= MIN_INFORMING_CUES:
                print(
                    f"{count['cues']:>5} cues  claim {count['claims'] / count['cues']:.2f}  "
                    f"person {count['persons'] / max(count['sourced'], 1):.2f}  {lemma}"
                )
        print(" ".join(forms))
        if args.write:
            pack = replace_block(
                PACK.read_text(encoding="utf-8"), informing_block(forms), INFORMING_BEGIN, INFORMING_END
            )
            PACK.write_text(pack, encoding="utf-8")
        return 0
    if args.insiders:
        counts = insider_counts(args.corpus, lexicons)
        anyone = anyone_words(args.wordnet)
        seeds = [word for word in insider_seeds(lexicons, counts) if word not in anyone]
        ancestry = wordnet_ancestry(args.wordnet, [*lexicons["person_heads"], *seeds, *counts[1]])
        persons = [word for word in lexicons["person_heads"] if not word[:1].isupper()]  # no party's or nation's
        kin = kin_insiders(persons, ancestry, seeds, counts[1], own_life_senses(args.wordnet))
        words = insider_heads(lexicons, counts, anyone, kin)
        if args.write:
            pack = replace_block(PACK.read_text(encoding="utf-8"), insiders_block(words), INSIDERS_BEGIN, INSIDERS_END)
            PACK.write_text(pack, encoding="utf-8")
        for head, count in counts[0].most_common():
            print(f"{counts[1][head]:>5}/{count:<5} {head}")
        print(" ".join(words))
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
