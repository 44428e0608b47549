"""Measure the person-name rules (NAM001-NAM003) on the shared corpus, split by bench/splits.py.

Run from the project root:  python bench/names.py [--corpus PATH] [--splits tune,held-out] [--json]
                            [--seed N] [--per-type N] [--list-all] [--show-misses N]

The corpus (default `../shared/corpus`) is read at run time only; nothing derived from it is
written. `--list-all` and `--show-misses` print corpus context for a human, from the TUNE split
only: the held-out split is reported in figures, never read while tuning.

1. Findings on untouched copy: NAM findings per 100 articles of PolNeAR and hyperpartisan, per
   split (tune: PolNeAR train and the tune half of hyperpartisan; held-out: PolNeAR dev and the
   held-out half).

2. Recall on misspelled copies. From the articles with no NAM finding, every person the draft
   introduces in full and shows to be a person (a title, an attribution or a description: the
   analysis's `is_person`) whose surname (four letters or more) is written at least twice. Every
   place the surname is written, as a whole capitalised word, is a candidate, so the edits land on
   each kind of mention as often as it occurs in the copy (`mention_kind` sorts them: the first full
   name, a later full name, a headline, inside a quotation, after a title, in an attribution, a
   possessive, attributive, in a list, bare in prose). One copy misspells one candidate by one
   edit (the first letter never touched), into no word the article has:

   substitute  one letter -> a keyboard neighbour or a look-alike letter
   delete      one inner letter dropped                Harth -> Hart
   double      one letter doubled                      Harth -> Harrth
   swap        two different adjacent inner letters    Johnson -> Jonhson
   vowel       one vowel (not the first letter) -> another vowel
   diacritic   a diacritic lost (surnames that have one)  Peña -> Pena

   Per type and split, up to `--per-type` candidates are drawn at random from the pool of all.
   A hit is a NAM001 finding at the edited word, or, where the two spellings tie, a NAM001 finding
   that names the edited word's line as the other spelling's. Recall is shown per edit type and per
   kind of mention; `coll` counts findings elsewhere in the copy that the edit caused.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex
from common import command_line, context, corpus_parser, fmt, offset_of, ratio
from splits import HELD_OUT, TUNE, files_of

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.names import NameAnalysis, Person, analyse, is_headline_paragraph
from attrlint.packs import Rule, load_rules, select
from attrlint.quotes import analyse as analyse_quotes
from attrlint.ruleset import rule_set_of

SETS = ("polnear", "hyperpartisan")
SPLITS = (TUNE, HELD_OUT)
CODES = ("NAM001", "NAM002", "NAM003")
MIN_LETTERS = 4
NEAR = 2  # characters between a finding and the word it should point at
CONTEXT = 40
KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
LOOK_ALIKE = {"a": "e", "e": "ai", "i": "ey", "o": "u", "u": "o", "y": "i", "c": "k", "k": "c", "s": "z", "z": "s"}
LOOK_ALIKE |= {"m": "n", "n": "m", "v": "wf", "w": "v", "f": "v", "t": "d", "d": "t", "g": "j", "j": "g", "l": "i"}
VOWELS = "aeiou"
EDIT_TYPES = ("substitute", "delete", "double", "swap", "vowel", "diacritic")
KINDS = ("first-full", "full", "headline", "quotation", "title", "attribution", "possessive", "attributive")
KINDS += ("list", "bare")
ARTICLE_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
TIE_LINE = re.compile(r"from line (\d+), .*as often")


@dataclass
class Article:
    set_name: str
    path: Path
    text: str
    doc: Document
    findings: list[Finding]
    analysis: NameAnalysis


@dataclass(frozen=True)
class Candidate:
    article: Article
    start: int
    surname: str
    kind: str


def read_article(set_name: str, path: Path, rules: list[Rule], settings: dict) -> Article:
    text = decode(path.read_bytes(), str(path))
    doc = Document(str(path), text)
    findings, _ = rule_set_of(rules).lint(doc)
    return Article(set_name, path, text, doc, findings, analyse(doc, settings))


# --- where a surname is written, and what kind of mention each place is ------------------------


def words_before(text: str, start: int, count: int = 2) -> list[str]:
    return re.findall(r"[\w.'\u2019]+", text[max(0, start - 40) : start])[-count:]


def mention_kind(article: Article, person: Person, start: int, end: int, quotations: list) -> str:
    """What kind of mention the surname at `start` is, read from the words around it."""
    text, doc = article.text, article.doc
    paragraph = next(i for i, (a, b) in enumerate(doc.paragraphs) if a <= start < b)
    before, after = words_before(text, start), text[end : end + 30]
    if person.introduced_at == start:
        return "first-full"
    if is_headline_paragraph(doc, paragraph):
        return "headline"
    if before and before[-1][:1].isupper() and before[-1].rstrip(".") not in TITLE_WORDS and text[start - 1] == " ":
        return "full"
    if any(q.start < start < q.end for q in quotations):
        return "quotation"
    if before and before[-1].rstrip(".") in TITLE_WORDS:
        return "title"
    if (
        regex.match(rf"\s+(?:{SPEECH})\b", after)
        or " ".join(before).lower() == "according to"
        or (before and before[-1].lower() in SPEECH_WORDS and regex.match(r"\s*[,.]", after))
    ):
        return "attribution"
    if regex.match(r"['\u2019]s?\b", after):
        return "possessive"
    if regex.match(r"\s+\p{Ll}", after) and before and before[-1].lower() in ("the", "a", "an"):
        return "attributive"
    if regex.match(r",\s+\p{Lu}|\s+and\s+\p{Lu}", after) or (before and before[-1].lower() in ("and", "or")):
        return "list"
    return "bare"


def candidates(article: Article) -> list[Candidate]:
    """Every place the surname of an eligible person is written, with the kind of mention it is."""
    quotations = analyse_quotes(article.doc, {}).quotations
    found = []
    for person in article.analysis.people:
        if not (person.is_person and person.full and person.introduced_at is not None):
            continue
        surname = person.surname
        if len(surname) < MIN_LETTERS or not person.full.endswith(surname):
            continue
        places = [
            m.start() for m in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(surname)}(?!\p{{L}})", article.text)
        ]
        if len(places) < 2:
            continue
        for start in places:
            kind = mention_kind(article, person, start, start + len(surname), quotations)
            found.append(Candidate(article, start, surname, kind))
    return found


# --- misspelling -------------------------------------------------------------------------------


def neighbours(letter: str) -> str:
    near = next((row[max(0, row.find(letter) - 1) : row.find(letter) + 2] for row in KEYBOARD if letter in row), "")
    return "".join(dict.fromkeys(near.replace(letter, "") + LOOK_ALIKE.get(letter, "")))


def misspellings(word: str, kind: str, rng: random.Random) -> list[str]:
    """Every one-edit spelling of `word` of the given type, in the generator's order (first letter kept)."""
    n = len(word)
    low = [i for i in range(1, n) if word[i].isascii() and word[i].islower()]
    inner = [i for i in low if i < n - 1]
    out: list[str] = []
    if kind == "substitute":
        out = [word[:i] + rng.choice(neighbours(word[i])) + word[i + 1 :] for i in low if neighbours(word[i])]
    elif kind == "delete":
        out = [word[:i] + word[i + 1 :] for i in inner]
    elif kind == "double":
        out = [word[: i + 1] + word[i:] for i in low]
    elif kind == "swap":
        out = [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in inner if i + 1 in low and word[i] != word[i + 1]
        ]
    elif kind == "vowel":
        out = [word[:i] + rng.choice(VOWELS.replace(word[i], "")) + word[i + 1 :] for i in low if word[i] in VOWELS]
    elif kind == "diacritic":
        out = [
            word[:i] + strip_accent(word[i]) + word[i + 1 :] for i in range(1, n) if strip_accent(word[i]) != word[i]
        ]
    rng.shuffle(out)
    return [w for w in out if w != word]


def strip_accent(letter: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Edit:
    candidate: Candidate
    kind: str
    text: str
    new: str


def make_edit(candidate: Candidate, kind: str, words: set[str], seed: int) -> Edit | None:
    article = candidate.article
    rng = random.Random(f"{seed}:{article.path.name}:{candidate.start}:{kind}")
    new = next((w for w in misspellings(candidate.surname, kind, rng) if w.casefold() not in words), None)
    if new is None:
        return None
    end = candidate.start + len(candidate.surname)
    return Edit(candidate, kind, article.text[: candidate.start] + new + article.text[end:], new)


def is_hit(edit: Edit, doc: Document, findings: list[Finding]) -> tuple[bool, list[Finding]]:
    """Whether NAM001 points at the edited word (or names its line on a tie), and the findings elsewhere."""
    start = edit.candidate.start
    line = doc.position(start)[0]
    at_word = [f for f in findings if f.line == line and abs(offset_of(doc, f) - start) <= NEAR]
    hit = any(f.code == "NAM001" for f in at_word)
    tie = [f for f in findings if f.code == "NAM001" and (m := TIE_LINE.search(f.message)) and int(m[1]) == line]
    return hit or bool(tie), [f for f in findings if f not in at_word and f not in tie]


@dataclass
class Tally:
    edits: int = 0
    hits: int = 0
    collateral: int = 0

    def add(self, hit: bool, collateral: int) -> None:
        self.edits, self.hits, self.collateral = self.edits + 1, self.hits + hit, self.collateral + collateral

    def figures(self) -> dict[str, object]:
        return {"edits": self.edits, "hits": self.hits, "recall": ratio(self.hits, self.edits), "coll": self.collateral}


@dataclass
class SplitResult:
    split: str
    articles: Counter = field(default_factory=Counter)  # set -> articles
    codes: Counter = field(default_factory=Counter)  # (set, code) -> findings
    flagged: list[tuple[Article, Finding]] = field(default_factory=list)
    pool: Counter = field(default_factory=Counter)  # kind -> candidates
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    misses: list[tuple[Edit, list[Finding]]] = field(default_factory=list)


def measure_split(split: str, corpus: Path, rules: list[Rule], per_type: int, seed: int) -> SplitResult:
    result = SplitResult(split)
    settings = rule_set_of(rules).settings
    pool: list[Candidate] = []
    for set_name in SETS:
        for path in files_of(corpus, set_name, split):
            article = read_article(set_name, path, rules, settings)
            result.articles[set_name] += 1
            result.codes.update((set_name, f.code) for f in article.findings)
            result.flagged.extend((article, f) for f in article.findings)
            if not article.findings:
                pool += candidates(article)
    result.pool = Counter(c.kind for c in pool)
    for kind in EDIT_TYPES:
        rng = random.Random(f"{seed}:{split}:{kind}")
        order = rng.sample(pool, len(pool))
        done = 0
        for candidate in order:
            if done >= per_type:
                break
            words = {w.casefold() for w in ARTICLE_WORD.findall(candidate.article.text)}
            edit = make_edit(candidate, kind, words, seed)
            if edit is None:
                continue
            done += 1
            doc = Document(str(candidate.article.path), edit.text)
            findings, _ = rule_set_of(rules).lint(doc)
            hit, elsewhere = is_hit(edit, doc, findings)
            for tally in (
                result.by_type.setdefault(kind, Tally()),
                result.by_kind.setdefault(candidate.kind, Tally()),
                result.total,
            ):
                tally.add(hit, len(elsewhere))
            if not hit:
                result.misses.append((edit, findings))
    return result


# --- output -----------------------------------------------------------------------------------


def figures(result: SplitResult) -> dict[str, object]:
    per_set = {}
    for set_name in SETS:
        articles = result.articles[set_name]
        counts = {code: result.codes[(set_name, code)] for code in CODES}
        total = sum(counts.values())
        per_set[set_name] = {
            "articles": articles,
            **counts,
            "per_100": round(100 * total / articles, 2) if articles else None,
        }
    articles = sum(result.articles.values())
    total = sum(result.codes.values())
    return {
        "untouched": {
            **per_set,
            "all": {
                "articles": articles,
                "findings": total,
                "per_100": round(100 * total / articles, 2) if articles else None,
            },
        },
        "pool": dict(result.pool),
        "by_type": {kind: tally.figures() for kind, tally in result.by_type.items()},
        "by_kind": {kind: result.by_kind[kind].figures() for kind in KINDS if kind in result.by_kind},
        "overall": result.total.figures(),
    }


def print_split(result: SplitResult) -> None:
    fig = figures(result)
    print(f"\n## {result.split}")
    for set_name, row in fig["untouched"].items():
        codes = "  ".join(f"{c}={row[c]}" for c in CODES if c in row)
        print(f"untouched {set_name:<14} articles {row['articles']:>5}  NAM per 100 {fmt(row['per_100']):>6}  {codes}")
    print(f"{'edit':<12}{'edits':>7}{'hits':>7}{'recall':>8}{'coll':>6}")
    for kind, row in fig["by_type"].items():
        print(f"{kind:<12}{row['edits']:>7}{row['hits']:>7}{fmt(row['recall']):>8}{row['coll']:>6}")
    print(f"{'mention':<12}{'pool':>7}{'edits':>7}{'hits':>7}{'recall':>8}")
    for kind, row in fig["by_kind"].items():
        print(f"{kind:<12}{result.pool[kind]:>7}{row['edits']:>7}{row['hits']:>7}{fmt(row['recall']):>8}")
    row = fig["overall"]
    print(f"{'overall':<12}{'':>7}{row['edits']:>7}{row['hits']:>7}{fmt(row['recall']):>8}  collateral {row['coll']}")


def print_tune_detail(result: SplitResult, list_all: bool, misses: int, seed: int) -> None:
    if list_all:
        for article, finding in result.flagged:
            start = offset_of(article.doc, finding)
            print(
                f"{article.path}:{finding.line}:{finding.column}\t{finding.code}\t{finding.message}\t"
                f"{context(article.text, start, start + 12, CONTEXT)}"
            )
    picked = random.Random(seed).sample(result.misses, min(misses, len(result.misses)))
    for edit, findings in picked:
        c = edit.candidate
        fired = ",".join(f"{f.code}@{f.line}" for f in findings) or "nothing"
        print(
            f"MISS {c.article.path.name} {edit.kind} {c.kind} {c.surname}->{edit.new} fired {fired}\t"
            f"{context(edit.text, c.start, c.start + len(edit.new), CONTEXT)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser("Measure the NAM (person name) rules on the shared corpus.", "splits", SPLITS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-type", type=int, default=500, metavar="N", help="edits per type per split (%(default)s)")
    parser.add_argument("--list-all", action="store_true", help="print every NAM finding of the tune split")
    parser.add_argument(
        "--show-misses", type=int, default=0, metavar="N", help="print N missed edits of the tune split"
    )
    args = parser.parse_args(argv)
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    if any(s not in SPLITS for s in splits) or not args.corpus.is_dir():
        print(f"choose --splits from {SPLITS}, and a --corpus that exists", file=sys.stderr)
        return 2
    began = time.perf_counter()
    rules = select(load_rules()[0], ["NAM"], [])
    results = [measure_split(split, args.corpus, rules, args.per_type, args.seed) for split in splits]
    if args.json:
        print(json.dumps({"command": command_line(argv), **{r.split: figures(r) for r in results}}, indent=2))
    else:
        print(f"# {command_line(argv)}\n# seed {args.seed}; per-type {args.per_type}; near = {NEAR} chars")
        for result in results:
            print_split(result)
        print(f"\n# {time.perf_counter() - began:.1f}s")
    for result in results:
        if result.split == TUNE:
            print_tune_detail(result, args.list_all, args.show_misses, args.seed)
    return 0


def _lexicon(name: str) -> list[str]:
    return list(rule_set_of(select(load_rules()[0], ["NAM"], [])).settings.get(name, ()))


TITLE_WORDS = frozenset(word for title in _lexicon("titles") for word in title.split())
SPEECH_WORDS = frozenset(_lexicon("speech_verbs"))
SPEECH = "|".join(map(regex.escape, sorted(SPEECH_WORDS)))

if __name__ == "__main__":
    sys.exit(main())
