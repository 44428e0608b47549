"""Measure the person-name rules (NAM001-NAM003) on the shared corpus.

Run from the project root:  python bench/names.py [--corpus PATH] [--sets polnear,hyperpartisan] [--json]
                            [--seed N] [--per-set N] [--show N] [--list-all] [--show-misses N]
                            [--show-collateral N]

The corpus (default `../shared/corpus` from the project root) is read at run time only; nothing
derived from it is written anywhere. The `--show*` and `--list-all` options print corpus context
on the terminal for a human to review.

Method
------
The NAM rules are loaded through the library (`load_rules` + `select(["NAM"])`). Each article is
decoded with `attrlint.document.decode` as the CLI reads drafts and linted with
`lint_document(Document(path, text), rules)`. People and mentions come from
`attrlint.names.analyse(doc, accept, distinct)`, called with the `accept` and `distinct` options of
the loaded NAM001 rule so that it shares the rules' cached analysis. Two sets of edited copy are
used: `polnear/text/{train,dev}` (924 articles) and `hyperpartisan/text` (645).

1. Findings on edited copy. NAM findings per 100 articles, by code. Edited copy is full of people
   named in full and then by surname, so most findings are false alarms, but some are real
   misspellings: `--show N` prints a sample of N findings per code and `--list-all` every finding,
   one per line (`set<TAB>path:line:col<TAB>code<TAB>name -> compared<TAB>context`: the name
   flagged, the `canonical` surname (NAM001) or the first full name (NAM002, NAM003) it was
   compared with, and about 80 characters around it with the name shown as ⟦name⟧ and line
   breaks as ⏎) for a human to classify. For scale the script also counts `people` (persons of the
   analysis, any capitalised run of two or more name words included), `intro` (those introduced
   in full under their own surname) and `elig` (eligible for section 2: see below).

2. Recall on misspelled copies. Only articles with no NAM finding as published are used, so
   whatever fires after an edit is caused by it. An eligible person has a surname of at least
   MIN_LETTERS letters, was introduced in full under that surname (`person.full` set, the first
   `how == "full"` mention's surname is the person's) and has at least MIN_LATER single-surname
   mentions (`how` in title/speaker/cue) after that introduction; each of those later mentions is a
   candidate. A copy of the article changes ONE candidate mention by one edit of a lowercase letter
   (the first letter is never touched):

   substitute  one letter (not the first) -> a QWERTY neighbour or a look-alike letter  -> NAM001
   delete      drop one inner letter (not first or last): Harth -> Hart              -> NAM001
   insert      double one letter (not the first): Harth -> Harrth                     -> NAM001
   transpose   swap two different adjacent inner letters: Johnson -> Jonhson          -> NAM001
   diacritic   accent one vowel (not the first letter): Harth -> Hárth                -> NAM001
   first-name  a person with two or more full-name mentions under the surname and at least one
               single-surname mention (the rule's own evidence of a person); the given name (at
               least MIN_LETTERS letters) of a LATER full-name mention in another paragraph than
               the first (same-paragraph pairs are relatives by design) is changed by one
               substitute, delete, insert or transpose of an inner letter (never the last, so the
               new name is no short form of the old one)                             -> NAM002

   The edited word must not be a word of the article (case-insensitive, so no other surname in it
   either) nor a word of the name pack's `not_names` lexicon; which position and letter is drawn by a
   generator seeded with the seed, the article's name, the offset and the type, trying positions
   until one qualifies. Candidates are sampled evenly over articles with a fixed seed (`--seed`):
   articles are shuffled and visited round-robin, one candidate each per round, up to `--per-set`
   edits per type per set. An edit is a hit when a finding with the expected code starts on the
   edited mention's line within NEAR characters of the edited word (NAM001: the surname; NAM002:
   the given name). Every finding of an edited copy is sorted:
     hit        the expected code at the edited word (one per edit at most);
     at-site    any other finding within NEAR of the edited word's span;
     collateral any finding elsewhere: noise the edit caused away from it.
   Figures per type and set: cand (candidates), edits (sampled), hits, recall (hits / edits),
   at-site (findings), coll.ed (edits with any collateral finding) and coll (collateral findings),
   with the codes of the last two. `--show-misses N` prints missed edits with a diagnosis of the
   step of `attrlint.names` that failed (the analysis re-run on the edited copy):
     mention not found         no mention starts at the edited word (the patterns lost it);
     own person: <why>         the mention is found but the canonical surname is not chosen:
                               not close by `same_person_spelling`, taken for a plural, ...;
     variant, not reported     a variant of the person, but no finding came out of it;
     first-name: <why>         NAM002's own conditions: no person evidence, same paragraph,
                               given names not close, full name not found.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from common import (
    chosen_sets,
    codes_text,
    command_line,
    context,
    corpus_parser,
    end_of,
    fmt,
    list_all,
    news_set_files,
    offset_of,
    ratio,
    sample_evenly,
    show_findings,
)

from attrlint.document import Document, decode
from attrlint.finding import Finding
from attrlint.linter import lint_document, rule_set_of
from attrlint.names import Mention, NameAnalysis, Person, analyse
from attrlint.packs import Rule, load_rules, select
from attrlint.ruleset import builtin_rule_set
from attrlint.spelling import fold, same_person_spelling

SETS = ("polnear", "hyperpartisan")
CODES = ("NAM001", "NAM002", "NAM003")
SINGLE = ("title", "speaker", "cue")  # how a single-surname mention was found
MIN_LETTERS = 4
MIN_LATER = 2
NEAR = 2  # characters between a finding and the word it should point at
CONTEXT = 40  # characters each side of a name in printed context
WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
LOOK_ALIKE = {"a": "e", "e": "ai", "i": "ey", "o": "u", "u": "o", "y": "i", "c": "k", "k": "c", "s": "z", "z": "s"}
LOOK_ALIKE |= {"m": "n", "n": "m", "v": "wf", "w": "v", "f": "v", "t": "d", "d": "t", "g": "j", "j": "g", "l": "i"}
ACCENTS = {"a": "áàä", "e": "éèë", "i": "íï", "o": "óöô", "u": "úüù"}


# --- reading and linting -------------------------------------------------------------------


@dataclass
class Article:
    path: Path
    text: str
    doc: Document
    findings: list[Finding]
    analysis: NameAnalysis


@dataclass(frozen=True)
class Settings:
    """The rules and the analysis options they run with."""

    rules: list[Rule]
    lexicons: Mapping[str, tuple]  # the rule set's analysis settings: accept, distinct, name words
    problems: dict[str, str]  # code -> the analysis problem it reports

    def analyse(self, doc: Document) -> NameAnalysis:
        return analyse(doc, self.lexicons)


def settings_for(rules: list[Rule]) -> Settings:
    return Settings(rules, rule_set_of(rules).settings, {r.code: r.check.opts["problem"] for r in rules})


def read_article(path: Path, settings: Settings) -> Article:
    text = decode(path.read_bytes(), str(path))
    doc = Document(str(path), text)
    findings, _ = lint_document(doc, settings.rules)
    return Article(path, text, doc, findings, settings.analyse(doc))


# --- people eligible for misspelling ---------------------------------------------------------


def introduction(person: Person) -> Mention | None:
    """The first full-name mention under the person's own surname, if the person was introduced."""
    if person.full is None:
        return None
    return next((m for m in person.mentions if m.how == "full" and m.surname == person.surname), None)


def later_singles(person: Person) -> list[Mention]:
    """Single-surname mentions after the full-name introduction, for an eligible person; else []."""
    intro = introduction(person)
    if intro is None or sum(ch.isalpha() for ch in person.surname) < MIN_LETTERS:
        return []
    later = [m for m in person.mentions if m.how in SINGLE and m.start > intro.start]
    return later if len(later) >= MIN_LATER else []


def paragraph_of(doc: Document, offset: int) -> int:
    return next((i for i, (start, end) in enumerate(doc.paragraphs) if start <= offset < end), -1)


def later_full_names(article: Article, person: Person) -> list[Mention]:
    """Full-name mentions after the first with its given name, in another paragraph, for the first-name edit."""
    named = [m for m in person.mentions if m.how == "full" and m.surname == person.surname and m.full]
    named = [m for m in named if len(m.full.split()) >= 2]
    if len(named) < 2 or not any(m.how in SINGLE for m in person.mentions):
        return []
    first, given = paragraph_of(article.doc, named[0].start), named[0].full.split()[0]
    return [m for m in named[1:] if m.full.split()[0] == given and paragraph_of(article.doc, m.start) != first]


# --- 1. findings on edited copy ------------------------------------------------------------


@dataclass
class CleanResult:
    name: str
    articles: int = 0
    codes: Counter = field(default_factory=Counter)
    with_findings: int = 0
    people: int = 0
    introduced: int = 0
    eligible: int = 0
    errors: int = 0
    flagged: list[tuple[Article, Finding]] = field(default_factory=list)
    clean: list[Article] = field(default_factory=list)  # articles with no NAM finding

    def figures(self) -> dict[str, object]:
        total = sum(self.codes.values())
        per100 = {c: round(100 * self.codes[c] / self.articles, 2) for c in CODES} if self.articles else {}
        return {
            "articles": self.articles,
            "findings": total,
            "findings_per_100": round(100 * total / self.articles, 2) if self.articles else None,
            "articles_with_findings": self.with_findings,
            "clean_articles": len(self.clean),
            "by_code": {c: self.codes[c] for c in CODES},
            "by_code_per_100": per100,
            "people": self.people,
            "people_introduced": self.introduced,
            "people_eligible": self.eligible,
            "rule_errors": self.errors,
        }


def scan_set(name: str, files: list[Path], settings: Settings) -> CleanResult:
    result = CleanResult(name)
    for path in files:
        article = read_article(path, settings)
        _, errors = lint_document(article.doc, settings.rules)
        result.articles += 1
        result.errors += len(errors)
        result.codes.update(f.code for f in article.findings)
        result.with_findings += bool(article.findings)
        result.flagged.extend((article, f) for f in article.findings)
        people = article.analysis.people
        result.people += len(people)
        result.introduced += sum(introduction(p) is not None for p in people)
        result.eligible += sum(bool(later_singles(p)) for p in people)
        if not article.findings:
            result.clean.append(article)
    return result


# --- 2. misspelled copies ------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One misspelled copy: the text, the edited word's span in it, and the words before and after."""

    kind: str
    article: Article
    text: str
    start: int
    end: int
    old: str
    new: str
    surname: str  # the person's surname as introduced


def neighbours(letter: str) -> str:
    """QWERTY neighbours on the same row and look-alike letters."""
    near = ""
    for row in KEYBOARD:
        i = row.find(letter)
        if i >= 0:
            near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    return "".join(dict.fromkeys(near + LOOK_ALIKE.get(letter, "")))


def variants(word: str, kind: str, rng: random.Random) -> list[str]:
    """Every one-edit spelling of `word` of the given kind, in the generator's order; letters only."""
    n = len(word)
    low = [i for i in range(1, n) if word[i].isascii() and word[i].islower()]
    inner = [i for i in low if i < n - 1]
    out: list[str] = []
    if kind == "substitute":
        out = [word[:i] + rng.choice(neighbours(word[i])) + word[i + 1 :] for i in low if neighbours(word[i])]
    elif kind == "delete":
        out = [word[:i] + word[i + 1 :] for i in inner]
    elif kind == "insert":
        out = [word[: i + 1] + word[i:] for i in low]
    elif kind == "transpose":
        pairs = [i for i in inner if i + 1 in inner and word[i] != word[i + 1]]
        out = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in pairs]
    elif kind == "diacritic":
        out = [word[:i] + rng.choice(ACCENTS[word[i]]) + word[i + 1 :] for i in low if word[i] in ACCENTS]
    rng.shuffle(out)
    return [w for w in out if w != word]


def given_name_variants(word: str, rng: random.Random) -> list[str]:
    """One edit of an inner letter of a given name (the last may only be substituted)."""
    kinds = ["substitute", "delete", "insert", "transpose"]
    rng.shuffle(kinds)
    out = [w for kind in kinds for w in variants(word, kind, rng)]
    return [w for w in out if not (fold(w).startswith(fold(word)) or fold(word).startswith(fold(w)))]


def article_words(article: Article) -> set[str]:
    return {w.casefold() for w in WORD.findall(article.text)} | {
        w.casefold() for w in builtin_rule_set().settings["not_names"]
    }


def make_edit(
    article: Article, kind: str, start: int, old: str, surname: str, words: set[str], seed: int
) -> Edit | None:
    """A copy with `old` at `start` spelled by one edit of the kind, into no word the article has."""
    rng = random.Random(f"{seed}:{article.path.name}:{start}:{kind}")
    spellings = given_name_variants(old, rng) if kind == "first-name" else variants(old, kind, rng)
    new = next((w for w in spellings if w.casefold() not in words), None)
    if new is None:
        return None
    text = article.text[:start] + new + article.text[start + len(old) :]
    return Edit(kind, article, text, start, start + len(new), old, new, surname)


def candidates(article: Article, kind: str, seed: int) -> list[Edit]:
    words = article_words(article)
    edits: list[Edit | None] = []
    for person in article.analysis.people:
        if kind == "first-name":
            for m in later_full_names(article, person):
                given = m.full.split()[0]
                start = m.end - len(m.full)
                if sum(ch.isalpha() for ch in given) >= MIN_LETTERS and article.text.startswith(given, start):
                    edits.append(make_edit(article, kind, start, given, person.surname, words, seed))
        else:
            for m in later_singles(person):
                old = article.text[m.start : m.end]
                edits.append(make_edit(article, kind, m.start, old, person.surname, words, seed))
    return [e for e in edits if e is not None]


@dataclass(frozen=True)
class EditType:
    name: str
    expected: str


EDIT_TYPES = (
    EditType("substitute", "NAM001"),
    EditType("delete", "NAM001"),
    EditType("insert", "NAM001"),
    EditType("transpose", "NAM001"),
    EditType("diacritic", "NAM001"),
    EditType("first-name", "NAM002"),
)


@dataclass
class Outcome:
    """A linted misspelled copy, its findings sorted into the hit, those at the site and the rest."""

    edit: Edit
    doc: Document
    hit: Finding | None
    at_site: list[Finding]
    collateral: list[Finding]


def near(doc: Document, finding: Finding, start: int, end: int) -> bool:
    offset = offset_of(doc, finding)
    return finding.line == doc.position(start)[0] and start - NEAR <= offset <= end + NEAR


def judge(edit: Edit, kind: EditType, rules: list[Rule]) -> Outcome:
    doc = Document(str(edit.article.path), edit.text)
    findings, _ = lint_document(doc, rules)
    hit = next(
        (
            f
            for f in findings
            if f.code == kind.expected and f.line == doc.position(edit.start)[0]
            if abs(offset_of(doc, f) - edit.start) <= NEAR
        ),
        None,
    )
    rest = [f for f in findings if f is not hit]
    at_site = [f for f in rest if near(doc, f, edit.start, edit.end)]
    collateral = [f for f in rest if f not in at_site]
    return Outcome(edit, doc, hit, at_site, collateral)


@dataclass
class TypeResult:
    kind: str
    expected: str
    candidates: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        hits = [o for o in self.outcomes if o.hit]
        return {
            "expected": self.expected,
            "candidates": self.candidates,
            "edits": len(self.outcomes),
            "hits": len(hits),
            "recall": ratio(len(hits), len(self.outcomes)),
            "at_site": sum(len(o.at_site) for o in self.outcomes),
            "at_site_codes": dict(Counter(f.code for o in self.outcomes for f in o.at_site)),
            "collateral_edits": sum(bool(o.collateral) for o in self.outcomes),
            "collateral": sum(len(o.collateral) for o in self.outcomes),
            "collateral_codes": dict(Counter(f.code for o in self.outcomes for f in o.collateral)),
        }


def bench_edits(clean: list[Article], rules: list[Rule], per_set: int, seed: int) -> list[TypeResult]:
    results = []
    for kind in EDIT_TYPES:
        groups = [candidates(article, kind.name, seed) for article in clean]
        rng = random.Random(f"{seed}:{kind.name}")
        result = TypeResult(kind.name, kind.expected, sum(len(g) for g in groups))
        result.outcomes = [judge(edit, kind, rules) for edit in sample_evenly(groups, rng, per_set)]
        results.append(result)
    return results


def overall(results: list[TypeResult]) -> dict[str, object]:
    figures = [r.figures() for r in results]
    edits, hits = sum(f["edits"] for f in figures), sum(f["hits"] for f in figures)
    return {
        "edits": edits,
        "hits": hits,
        "recall": ratio(hits, edits),
        "at_site": sum(f["at_site"] for f in figures),
        "collateral_edits": sum(f["collateral_edits"] for f in figures),
        "collateral": sum(f["collateral"] for f in figures),
    }


# --- diagnosing a miss -----------------------------------------------------------------------


def why_not_same(new: str, old: str) -> str:
    """Why `same_person_spelling` (or the plural test before it) keeps two surnames apart."""
    fa, fb = fold(new), fold(old)
    longer, shorter = (new, old) if len(new) > len(old) else (old, new)
    if longer in (shorter + "s", shorter + "es", shorter + "'s", shorter + "\u2019s"):
        return "taken for a plural or possessive"
    if same_person_spelling(new, old):
        return "close, yet canonical not chosen"
    if min(len(fa), len(fb)) < MIN_LETTERS:
        return f"not close: shorter than {MIN_LETTERS} letters"
    return "not close: first letter or distance"


def diagnose(outcome: Outcome, settings: Settings) -> str:
    """Which step of attrlint.names failed for a missed edit, from the analysis of the edited copy."""
    edit = outcome.edit
    analysis = settings.analyse(outcome.doc)
    for person in analysis.people:
        for mention in person.mentions + person.variants:
            if not (mention.start <= edit.start < mention.end or mention.end - len(mention.full or "") == edit.start):
                continue
            if edit.kind == "first-name":
                return "first-name: " + first_name_reason(outcome, person, mention)
            if mention in person.variants:
                return f"variant of {person.surname}, not reported"
            if person.surname == mention.surname:
                return f"own person ({mention.how}): {why_not_same(edit.new, edit.surname)}"
    return "mention not found"


def first_name_reason(outcome: Outcome, person: Person, mention: Mention) -> str:
    if mention.surname != outcome.edit.surname:
        return f"full name read with surname {mention.surname!r}"
    if not any(m.how in SINGLE for m in person.mentions):
        return "no single-surname mention of the person"
    given = (mention.full or "").split()[:1]
    if given != [outcome.edit.new]:
        return f"given name read as {given}"
    return "given names not close (first full name differs?)"


# --- output --------------------------------------------------------------------------------


def print_clean(results: list[CleanResult]) -> None:
    print("## 1. Findings on edited copy, per 100 articles (most are false alarms; --list-all to classify)")
    head = "".join(f"{c:>8}" for c in CODES)
    print(f"{'set':<14}{'articles':>9}{head}{'total':>8}{'arts':>6}{'clean':>7}{'people':>8}{'intro':>7}{'elig':>6}")
    for res in results:
        fig = res.figures()
        cells = "".join(f"{fig['by_code_per_100'][c]:>8.1f}" for c in CODES)
        print(
            f"{res.name:<14}{res.articles:>9}{cells}{fig['findings_per_100']:>8.1f}{res.with_findings:>6}"
            f"{len(res.clean):>7}{res.people:>8}{res.introduced:>7}{res.eligible:>6}"
        )
    for res in results:
        counts = "  ".join(f"{c}={res.codes[c]}" for c in CODES)
        print(f"{res.name:<14} counts: {counts}  rule_errors={res.errors}")


def print_edits(edits: dict[str, list[TypeResult]]) -> None:
    print("\n## 2. Recall on misspelled copies (articles with no NAM finding; one edited mention per copy)")
    print(
        f"{'set':<14}{'edit':<12}{'expect':<8}{'cand':>6}{'edits':>6}{'hits':>6}{'recall':>8}"
        f"{'at-site':>8}{'coll.ed':>8}{'coll':>6}  notes"
    )
    for name, results in edits.items():
        for res in results:
            fig = res.figures()
            notes = []
            if fig["at_site"]:
                notes.append("site " + codes_text(fig["at_site_codes"]))
            if fig["collateral"]:
                notes.append("coll " + codes_text(fig["collateral_codes"]))
            print(
                f"{name:<14}{res.kind:<12}{res.expected:<8}{fig['candidates']:>6}{fig['edits']:>6}{fig['hits']:>6}"
                f"{fmt(fig['recall']):>8}{fig['at_site']:>8}{fig['collateral_edits']:>8}{fig['collateral']:>6}"
                f"  {'; '.join(notes)}".rstrip()
            )
        total = overall(results)
        print(
            f"{name:<14}{'overall':<12}{'':<8}{'':>6}{total['edits']:>6}{total['hits']:>6}{fmt(total['recall']):>8}"
            f"{total['at_site']:>8}{total['collateral_edits']:>8}{total['collateral']:>6}"
        )


def compared(article: Article, finding: Finding, settings: Settings) -> str:
    """`name -> what it was compared with`, from the analysis problem behind the finding."""
    offset = offset_of(article.doc, finding)
    check = settings.problems.get(finding.code)
    problem = next((p for p in article.analysis.problems if p.start == offset and p.check == check), None)
    if problem is None:
        return "? -> ?"
    values = problem.values
    return f"{values.get('match', '?')} -> {values.get('canonical') or values.get('full', '?')}"


def finding_line(article: Article, finding: Finding, settings: Settings) -> str:
    """One stable, grep-able line: path:line:col, code, the name and what it was compared with, context."""
    doc = article.doc
    start = offset_of(doc, finding)
    end = end_of(doc, finding)
    where = f"{doc.path}:{finding.line}:{finding.column}"
    return f"{where}\t{finding.code}\t{compared(article, finding, settings)}\t{context(doc.raw, start, end, CONTEXT)}"


def outcome_lines(outcome: Outcome, settings: Settings, misses: bool) -> list[str]:
    edit, doc = outcome.edit, outcome.doc
    line, column = doc.position(edit.start)
    fired = ",".join(f"{f.code}@{f.line}:{f.column}" for f in outcome.at_site + outcome.collateral) or "nothing"
    why = f"\t{diagnose(outcome, settings)}" if misses else ""
    head = f"{doc.path}:{line}:{column}\t{edit.kind}\t{edit.old} -> {edit.new}\tfired: {fired}{why}"
    lines = [f"{head}\t{context(edit.text, edit.start, edit.end, CONTEXT)}"]
    if not misses:
        article = Article(edit.article.path, edit.text, doc, [], settings.analyse(doc))
        lines += [f"    collateral {finding_line(article, f, settings)}" for f in outcome.collateral]
    return lines


def show_outcomes(
    edits: dict[str, list[TypeResult]], limit: int, misses: bool, seed: int, settings: Settings, out: TextIO
) -> None:
    rng = random.Random(seed)
    label = "misses" if misses else "edits with collateral findings"
    wanted: Callable[[Outcome], bool] = (lambda o: not o.hit) if misses else (lambda o: bool(o.collateral))
    for name, results in edits.items():
        for res in results:
            chosen = [o for o in res.outcomes if wanted(o)]
            if not chosen:
                continue
            picked = chosen if len(chosen) <= limit else rng.sample(chosen, limit)
            picked.sort(key=lambda o: (o.edit.article.path, o.edit.start))
            print(f"\n## {name} {res.kind} {label}: {len(picked)} of {len(chosen)}", file=out)
            if misses:
                reasons = Counter(diagnose(o, settings) for o in chosen)
                print("#  why: " + "; ".join(f"{n} x {why}" for why, n in reasons.most_common()), file=out)
            for outcome in picked:
                for line in outcome_lines(outcome, settings, misses):
                    print(line, file=out)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = corpus_parser("Measure the NAM (person name) rules on the shared corpus.", "sets", SETS)
    parser.add_argument("--seed", type=int, default=0, help="seed for sampling edits and what --show* prints")
    parser.add_argument("--per-set", type=int, default=600, metavar="N", help="edits per type per set (%(default)s)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N edited-copy findings per code")
    parser.add_argument("--list-all", action="store_true", help="print every edited-copy finding, one per line")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print up to N missed edits per type")
    parser.add_argument(
        "--show-collateral", type=int, default=0, metavar="N", help="print up to N edits with collateral per type"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    chosen = chosen_sets(args.sets, SETS, args.corpus)
    if chosen is None:
        return 2
    began = time.perf_counter()
    all_rules, broken = load_rules()
    settings = settings_for(select(all_rules, ["NAM"], []))
    clean = [scan_set(name, news_set_files(args.corpus, name), settings) for name in chosen]
    edits = {res.name: bench_edits(res.clean, settings.rules, args.per_set, args.seed) for res in clean}
    seconds = round(time.perf_counter() - began, 2)
    command = command_line(argv)
    if args.json:
        out = {
            "command": command,
            "corpus": str(args.corpus),
            "rules": [r.code for r in settings.rules],
            "broken_rules": [str(e) for e in broken],
            "seed": args.seed,
            "per_set": args.per_set,
            "near": NEAR,
            "seconds": seconds,
            "clean": {res.name: res.figures() for res in clean},
            "edits": {
                name: {**{r.kind: r.figures() for r in results}, "overall": overall(results)}
                for name, results in edits.items()
            },
        }
        print(json.dumps(out, indent=2))
    else:
        print(f"# {command}")
        codes = ",".join(r.code for r in settings.rules)
        print(f"# corpus {args.corpus}; rules {codes}; {len(broken)} broken rules; ", end="")
        print(f"seed {args.seed}; per-set {args.per_set}; near = {NEAR} chars")
        print_clean(clean)
        print_edits(edits)
        print(f"\n# {seconds:.1f}s")
    out_stream = sys.stderr if args.json else sys.stdout  # keep --json output parseable
    if args.show:
        show_findings(clean, CODES, lambda a, f: finding_line(a, f, settings), args.show, args.seed, out_stream)
    if args.list_all:
        list_all(clean, lambda a, f: finding_line(a, f, settings), out_stream)
    if args.show_misses:
        show_outcomes(edits, args.show_misses, True, args.seed, settings, out_stream)
    if args.show_collateral:
        show_outcomes(edits, args.show_collateral, False, args.seed, settings, out_stream)
    return 0


if __name__ == "__main__":
    sys.exit(main())
