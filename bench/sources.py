"""Measure the source classes (ATT003 vague-source with ATT007 unnamed-officials and ATT009 unnamed-crowd,
ATT006 anonymous-source) on copies of PolNeAR.

Run from the project root:  python bench/sources.py [--corpus PATH] [--splits train,dev] [--per-split N]
                            [--seed N] [--json] [--list-findings N] [--fold even|odd]
                            [--save-cases FILE | --cases FILE]

Tune on `train`, report `dev` (bench/splits.py). The corpus is read at run time only; nothing from it
is written anywhere. `--list-findings N` prints N findings of each code of the chosen splits
with their context, for a person to judge (use it on train only: dev is held out).

Method
------
A *case* is a gold relation of PolNeAR (`polnear/attributions.jsonl`, the annotator with the most
relations in the article) whose source is one span outside any quotation, at a cue the analysis reads,
where the analysis reads a named source (person or organisation) overlapping the gold source. The
case keeps the article's own cue verb and word order, so the copies hold every cue verb the analysis
reads and both orders ("Voss said", "said Voss", "according to Voss"), in every paragraph position.
Cases are sampled evenly over articles with a fixed seed, and each takes the next of the forms below.

The word orders are in proportion to real copy: of PolNeAR train's gold relations whose source names someone
(one span, outside quotations) and whose cue is one entry of the pack's cue lexicon, 19.3% have the source
after the cue; so do about 20% of the cases (19% of a 400-case draw). Of those after the cue, gold has "said"
61% and "according to" 25%; the cases have 76% and 16% (the analysis reads more "according to" sources as
documents, which are no case). A gold source after its cue takes an apposition up to its comma ("said Ann
Voss, a lawyer, who ..."): the copy keeps that comma and the clause after it ("said critics, who ..."), and
leaves out a source followed by an apposition that is a group's ("..., which", "..., one of").

1. vague: the named source is replaced by a source that names nobody (FORMS["vague"]), capitalised at
   a sentence's start, a present-tense verb made plural ("says" -> "say") for a plural source. A hit is
   an ATT003, ATT007, ATT009 or ATT011 finding overlapping the new source: one vague analysis, whose "officials"
   ATT007 and whose "some voters" ATT009 report (both off by default) rather than ATT003, and whose "some say"
   ATT011 (on by default). The rows `vague, ATT003
   alone` count ATT003's hits only, what a run with the default rules finds. The rows `... | a named speaker
   follows` and `... | no named speaker follows` split the copies by whether a gold source that names
   someone speaks after the cue, up to the end of the next sentence: there a reader, and the analysis, may
   take the group for one whose member is named (often the replaced person, quoted again), so the bench's
   "vague" is in dispute; the issue's target is read on the copies where no named speaker follows. The rows
   `... | a named speaker is quoted next` and `... | no named speaker is quoted next` split them by the
   judges' own standard, a group followed by a named person's *quotation*: a gold source that names someone
   after the cue, up to the end of the next sentence, whose content holds a quotation mark. A named person
   who follows with no quotation ("But Ann Voss later blamed ...") leaves the group vague to the judges, so
   those copies are not in dispute and count in the second row.
2. anonymous, no reason: replaced by an anonymous source (FORMS["anonymous"]). A hit is an ATT006
   (confidential sourcing) or ATT010 (any other person kept unnamed) finding overlapping it.
3. anonymous, with a reason: the same, with the reason for the anonymity given in the source's own
   sentence (a clause after the source) or in the next sentence (REASONS). A case is right when no
   ATT006 or ATT010 finding overlaps the source.

It also counts ATT003, ATT006, ATT007, ATT009, ATT010 and ATT011 findings per 100 unchanged articles.

Blind forms (`--forms DIR`)
---------------------------
The method above measures the analysis against itself twice over: a case is a source at a cue the analysis
reads, and the forms put in its place are the heads its lexicons hold. `--forms DIR` takes both out of the
analysis's hands: a case is any gold relation whose one-span source names someone, stands alone and reports
content of four words or more, at its gold cue, whatever the verb (`gold_cases_of`), and the forms are read
from `DIR/vague.tsv` and `DIR/anonymous.tsv` (`phrase<TAB>yes|no`, yes for a plural), written by someone who had
not read the rules (bench/forms/README.md). Where such a writer drew the line between vague and anonymous is
not a desk's, so a hit is a finding of any of the measured codes; the rows `..., on by default` count only the
rules a user who selects nothing runs.

Not every gold cue is a place a desk queries sourcing: a gold relation may report an act ("have appointed a
board") or stand in a headline, and a blind form put there tests nothing. `--dump-cases FILE` writes every copy
with its context (outside the repository) for judges, who label a sample `sourcing`, `not-sourcing` or `unsure`
(bench/judged/forms-*-sourcing.csv: split, case, family, form, label, reason; no article text); `--sourcing CSV`
then adds rows of recall on the copies of each label. With blind forms the cases come from gold alone, so the
same seed and split draw the same copies under any version.

Issue 13's target is recall on the copies whose form has a vague head of a class it lists (observers,
commentators, critics, sources, people familiar with, officials, analysts, experts, insiders, a quantifier that
counts nobody, "it is believed"); most blind forms have none ("farming leaders"). `--classes CSV` (`form,class`,
a class of CLASSES; `other` for a form of none) adds the rows `listed ...`: recall on the copies of a listed class,
overall, by family and by class, with every rule and on by default, and with `--sourcing` on the listed copies
both judges called sourcing.

Which cases there are depends on the analysis (a case is a named source it reads), so two versions of
attrlint draw different copies. `--save-cases FILE` writes the cases one version drew and `--cases FILE`
has another judge exactly those (the file holds article text: keep it outside the repository).
"""

from __future__ import annotations

import csv
import json
import pickle
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex
from common import (
    add_fold_option,
    chosen_sets,
    command_line,
    context,
    corpus_parser,
    end_of,
    fmt,
    in_fold,
    offset_of,
    ratio,
    sample_evenly,
)

from attrlint.cues import ORGANISATION, PERSON
from attrlint.document import Document, Span, decode
from attrlint.finding import Finding
from attrlint.packs import load_rules, select
from attrlint.ruleset import rule_set_of

SPLITS = ("train", "dev")
VAGUE_CODE, ANONYMOUS_CODE, OFFICIALS_CODE, CROWD_CODE = "ATT003", "ATT006", "ATT007", "ATT009"
UNNAMED_PERSON_CODE = "ATT010"  # the anonymous class less confidential sourcing, split from ATT006
SOME_SAY_CODE = "ATT011"  # the crowd class's "some say", split from ATT009 and on by default
ANONYMOUS_CODES = {ANONYMOUS_CODE, UNNAMED_PERSON_CODE}
VAGUE_CODES = {VAGUE_CODE, OFFICIALS_CODE, CROWD_CODE, SOME_SAY_CODE}
CODES = (VAGUE_CODE, ANONYMOUS_CODE, OFFICIALS_CODE, CROWD_CODE, UNNAMED_PERSON_CODE, SOME_SAY_CODE)
FORMS = {
    "vague": [
        ("critics", True),
        ("some commentators", True),
        ("observers", True),
        ("many analysts", True),
        ("sources", True),
        ("insiders", True),
        ("experts", True),
        ("some", True),
        ("officials", True),
        ("political analysts", True),
    ],
    "anonymous": [
        ("people familiar with the matter", True),
        ("a person familiar with the talks", False),
        ("a senior official", False),
        ("two people briefed on the matter", True),
        ("a source close to the campaign", False),
        ("officials with knowledge of the plan", True),
        ("an aide", False),
        ("three administration officials", True),
    ],
}
REASONS = {
    "same sentence": ", who spoke on condition of anonymity because they were not authorized to discuss it,",
    "next sentence": " The {who} requested anonymity to describe private conversations.",
}
PLURAL_VERBS = {"says": "say", "tells": "tell", "adds": "add", "writes": "write", "argues": "argue",
                "notes": "note", "claims": "claim", "warns": "warn", "insists": "insist", "explains": "explain",
                "asks": "ask", "believes": "believe", "thinks": "think", "states": "state", "reports": "report",
                "has": "have", "is": "are", "was": "were", "tweets": "tweet", "predicts": "predict"}  # fmt: skip
STANDS_AFTER = {"said", "says", "told", "tells", "to", "that", "and", "but", "while", "as", "by", "wrote", "added",
                "according", "noted", "argued", "asked", "so", "because", "when", "where", "if"}  # fmt: skip
# What follows a source that is a name's apposition (", a former adviser", a person's age: ", 44,"); after its cue
# a relative clause on people is no apposition (`said critics, who ...`), and "which" or "one of" are a group's
APPOSITION = regex.compile(r"\s*,\s+(?:a|an|the|who|his|her|their|its|\p{Lu}|\d+,)")
APPOSITION_AFTER_CUE = regex.compile(r"\s*,\s+(?:(?:a|an|the|his|her|their|its|which|one)\b|\p{Lu}|\d+,)")
QUOTE_MARKS = '\u201c\u201d"\u00ab\u00bb'
# The vague heads issue 13 lists, each a class of forms (`--classes`); a near-synonym takes its head's class
CLASSES = ("observers", "commentators", "critics", "sources", "familiar", "officials", "analysts", "experts",
           "insiders", "quantifier", "impersonal", "other")  # fmt: skip
UNLISTED = "other"
SENTENCE_END = regex.compile(r"(?<=[.!?][\u201d\"')]{0,2})\s+(?=[\u201c\"'(]{0,2}\p{Lu})")


# A gold source that names someone: a capitalised word that is no pronoun or determiner ("Voss", "Ms. Voss")
NAMED_SOURCE = regex.compile(
    r"\b(?!(?:He|She|They|It|We|I|You|The|A|An|His|Her|Their|Its|This|That|These|Those|Some|Many|One)\b)"
    r"\p{Lu}\p{L}+"
)


@dataclass(frozen=True)
class Case:
    path: Path
    text: str
    source: Span
    cue: Span
    named_next: bool = False  # a gold source after the cue, up to the end of the next sentence, names someone
    quoted_next: bool = False  # ... and its content holds a quotation: the judges' "member named" standard


def load_gold(corpus: Path, split: str) -> dict[str, list[dict]]:
    """Per article of a split, the relations of the annotator with the most of them (ties: smallest id)."""
    per: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    with (corpus / "polnear" / "attributions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["compartment"] == split:
                per[record["article_id"]][record["annotator"]].append(record)
    return {a: by[min(by, key=lambda who: (-len(by[who]), who))] for a, by in per.items()}


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cases_of(path: Path, text: str, relations: list[dict], rules: list) -> tuple[list[Case], list[Finding]]:
    """The article's cases, and its findings of the measured codes as it stands."""
    doc = Document(str(path), text)
    rule_set = rule_set_of(rules)
    analyses = rule_set.analyses(doc)
    findings, _ = rule_set.lint(doc, analyses)
    quotes = [(q.start, q.end) for q in analyses.quotes.quotations]
    found = [a for a in analyses.attribution.attributions if a.source and a.kind in (PERSON, ORGANISATION)]
    cases = []
    for relation in relations:
        source, cue = relation.get("source"), relation.get("cue")
        if relation["type"] != "Attribution" or not source or not cue or len(source["spans"]) != 1:
            continue
        gold_source = tuple(source["spans"][0])
        if any(overlaps(gold_source, q) for q in quotes) or any(ch in QUOTE_MARKS for ch in source["text"]):
            continue
        ours = next((a for a in found if overlaps(a.source, gold_source)), None)
        if ours is None or not any(overlaps(ours.cue, tuple(span)) for span in cue["spans"]):
            continue
        span = (min(ours.source[0], gold_source[0]), max(ours.source[1], gold_source[1]))
        span = (span[0], span[0] + len(source_words(text, span, inverted=span[0] > ours.cue[0])))
        if stands_alone(text, span, inverted=span[0] > ours.cue[0]) and not overlaps(span, ours.cue):
            following = named_next(doc, relations, ours.cue), named_next(doc, relations, ours.cue, quoted=True)
            cases.append(Case(path, text, span, ours.cue, *following))
    return cases, findings


def gold_cases_of(path: Path, text: str, relations: list[dict]) -> list[Case]:
    """The article's cases read from gold alone: a relation whose source is one span outside any quotation that
    names someone and stands alone, at its first gold cue span, with content of four words or more."""
    doc = Document(str(path), text)
    cases = []
    for relation in relations:
        source, cue = relation.get("source"), relation.get("cue")
        content = (relation.get("content") or {}).get("text", "")
        if relation["type"] != "Attribution" or not source or not cue or len(source["spans"]) != 1:
            continue
        if any(ch in QUOTE_MARKS for ch in source["text"]) or len(content.split()) < 4:
            continue
        if not NAMED_SOURCE.search(source["text"]) or quotation_open(
            text[text.rfind("\n", 0, source["spans"][0][0]) + 1 : source["spans"][0][0]]
        ):
            continue
        cue_span = tuple(cue["spans"][0])
        start, end = source["spans"][0]
        inverted = start > cue_span[0]
        span = (start, start + len(source_words(text, (start, end), inverted)))
        if stands_alone(text, span, inverted) and not overlaps(span, cue_span):
            following = named_next(doc, relations, cue_span), named_next(doc, relations, cue_span, quoted=True)
            cases.append(Case(path, text, span, cue_span, *following))
    return cases


def read_forms(folder: Path) -> dict[str, list[tuple[str, bool]]]:
    """The forms a blind writer wrote, by family: `phrase<TAB>yes|no` lines of `vague.tsv` and `anonymous.tsv`."""
    forms = {}
    for family in FORMS:
        lines = (folder / f"{family}.tsv").read_text(encoding="utf-8").splitlines()
        forms[family] = [(phrase, plural == "yes") for phrase, plural in (line.split("\t") for line in lines if line)]
    return forms


def named_next(doc: Document, relations: list[dict], cue: Span, quoted: bool = False) -> bool:
    """Whether a gold attribution whose cue stands after `cue`, up to the end of the next sentence, has a
    source that names someone: in such a copy the vague group is followed by a named speaker, whom a reader
    (and the analysis) may take for one of the group (issue 13: the judges count such a group as named).
    `quoted`: only where that speaker's content holds a quotation, as the judges' standard asks ("followed by
    a quotation from a person named"); a named person who follows with no quotation ("But Ann Voss later
    blamed ...") leaves the group vague."""
    sentences = doc.sentences
    index = next((i for i, (start, end) in enumerate(sentences) if start <= cue[0] < end), -1)
    if index < 0:
        return False
    end = sentences[min(index + 1, len(sentences) - 1)][1]
    for relation in relations:
        source, cues = relation.get("source"), (relation.get("cue") or {}).get("spans", [])
        if relation["type"] != "Attribution" or not source or not cues:
            continue
        content = (relation.get("content") or {}).get("text", "")
        if quoted and not any(mark in content for mark in (*QUOTE_MARKS, "''")):
            continue
        if cue[1] <= cues[0][0] < end and NAMED_SOURCE.search(source["text"]):
            return True
    return False


def source_words(text: str, span: Span, inverted: bool) -> str:
    """The words of a source span less the full stop a gold span may take, and, after its cue, less the comma
    that ends it: in `said Ann Voss, a lawyer, who ...` the gold source is `Ann Voss, a lawyer,` and its
    comma sets off the clause after it, which a copy keeps (`said critics, who ...`)."""
    words = text[span[0] : span[1]].rstrip(".")
    return words.rstrip(", ") if inverted else words


def stands_alone(text: str, span: Span, inverted: bool = False) -> bool:
    """A source that is a whole noun phrase: no title or name before it ("Mr.", "campaign spokesman"),
    no apposition after it (", a former adviser"), so that a vague source can take its place. After its
    cue a relative clause may follow it (`said critics, who ...`), as after any source in a sentence's end."""
    if regex.match(r"[\p{L}\d]", text[span[0] - 1 : span[0]]):
        return False  # the gold span starts inside a word
    line_start = text.rfind("\n", 0, span[0]) + 1  # a headline above is no word before the source
    before = regex.search(r"(\S+)\s*\Z", text[max(line_start, span[0] - 40) : span[0]])
    if before is not None and regex.search(r"[\p{L}\d.]\Z", before.group(1)):
        if before.group(1).lower() not in STANDS_AFTER:
            return False
    return (APPOSITION_AFTER_CUE if inverted else APPOSITION).match(text, span[1]) is None


def starts_sentence(text: str, at: int) -> bool:
    # `,'' ` (typewriter marks) is no sentence's start; `girls.” ` is one (the mark closes the sentence before)
    before = text[max(0, at - 12) : at].rstrip(" \u201c\u201d\u2019\"'")
    return not before or before.endswith((".", "!", "?", "\n"))


def inject(case: Case, form: str, plural: bool, reason: str | None) -> tuple[str, Span]:
    """The article with the case's source replaced by `form` (and a reason given), and the new source's span."""
    text, (start, end) = case.text, case.source
    new = form[0].upper() + form[1:] if starts_sentence(text, start) else form
    between_start, between_end = (end, case.cue[1]) if case.cue[0] >= end else (case.cue[0], case.cue[1])
    if plural:
        between = regex.sub(
            r"\b\p{L}+\b", lambda m: PLURAL_VERBS.get(m.group(), m.group()), text[between_start:between_end]
        )
        text = text[:between_start] + between + text[between_end:]
        if between_end <= start:  # an inverted verb made plural ("says Voss" -> "say ..."): the source moves
            shift = len(between) - (between_end - between_start)
            start, end = start + shift, end + shift
    if reason == "same sentence":
        new_text = new + REASONS[reason]
        if not text[end:].lstrip().startswith(("said", "told", "says")) or case.cue[0] < start:
            new_text = new + REASONS[reason].rstrip(",")  # inverted or a phrase cue: the clause ends the source
    else:
        new_text = new
    text = text[:start] + new_text + text[end:]
    span = (start, start + len(new))
    if reason == "next sentence":
        text = add_next_sentence(text, span[1], form)
    return text, span


def add_next_sentence(text: str, after: int, form: str) -> str:
    """A sentence giving the reason, after the sentence that holds the offset and any quotation it opens (within
    its paragraph)."""
    paragraph_end = text.find("\n", after)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    paragraph_start = text.rfind("\n", 0, after) + 1
    stops = (m.start() for m in SENTENCE_END.finditer(text, after, paragraph_end))
    at = next((s for s in stops if not quotation_open(text[paragraph_start:s])), paragraph_end)
    who = "sources" if form.split()[0] in ("people", "two", "three", "officials") else form.split()[-1]
    who = "person" if "person" in form else "official" if "official" in form else who
    sentence = REASONS["next sentence"].format(who=who)
    if who == "sources":
        sentence = sentence.replace("The sources requested", "They requested")
    return text[:at] + sentence + text[at:]


def quotation_open(text: str) -> bool:
    """Whether a quotation is open at the end of the text: a writer gives the reason after the quotation, not in it."""
    if text.count("\u201c") > text.count("\u201d"):
        return True
    return text.count('"') % 2 == 1 or text.count("''") % 2 == 1


def codes_at(path: Path, text: str, span: Span, rules: list) -> set[str]:
    """The codes of the findings that overlap the span."""
    doc = Document(str(path), text)
    findings, _ = rule_set_of(rules).lint(doc)
    return {f.code for f in findings if overlaps((offset_of(doc, f), end_of(doc, f)), span)}


def read_at(path: Path, text: str, span: Span, rules: list) -> str:
    """How the analysis read the source at the span, for a miss: its kind and words, or that it read none."""
    doc = Document(str(path), text)
    analysis = rule_set_of(rules).analyses(doc).attribution
    found = [f"{a.kind}: {a.source_text}" for a in analysis.attributions if a.source and overlaps(a.source, span)]
    return "; ".join(found) or "no source read"


def same_cases(picked: list[Case], split: str, save: Path | None, load: Path | None) -> list[Case]:
    """The cases to judge: those drawn now (written to `save`), or those another version drew (read from `load`),
    so that two versions of the analysis, whose named sources decide which cases there are, judge the same copies.
    The file holds article text: keep it outside the repository."""
    if load is not None:
        return pickle.loads(load.read_bytes())[split]
    if save is not None:
        kept = pickle.loads(save.read_bytes()) if save.exists() else {}
        save.write_bytes(pickle.dumps({**kept, split: picked}))
    return picked


def measure(
    split: str,
    corpus: Path,
    rules: list,
    per_split: int,
    seed: int,
    fold: str | None,
    keep: tuple = (None, None),
    blind: dict | None = None,
    dump: list | None = None,
) -> tuple[dict, list]:
    """Recall on the split's copies; `blind`: the forms a blind writer wrote, on cases read from gold alone.
    `dump` collects every copy with its context and outcome, for judges who say which copies test sourcing."""
    gold = load_gold(corpus, split)
    folder = corpus / "polnear" / "text" / split
    groups, flagged, articles = [], [], 0
    on_by_default = {rule.code for rule in rules if rule.enabled}
    for path in (p for p in sorted(folder.glob("*.txt")) if in_fold(p.stem, fold)):
        text = decode(path.read_bytes(), str(path))
        cases, findings = cases_of(path, text, gold.get(path.stem, []), rules)
        if blind is not None:
            cases = gold_cases_of(path, text, gold.get(path.stem, []))
        articles += 1
        groups.append(cases)
        flagged += [(path, text, f) for f in findings if f.code in CODES]
    rng = random.Random(f"{seed}:{split}")
    picked = same_cases(sample_evenly(groups, rng, per_split), split, *keep)
    tallies: dict[str, Counter] = defaultdict(Counter)
    misses: list[tuple[str, str]] = []
    for index, case in enumerate(picked):
        for family, forms in (blind or FORMS).items():
            form, plural = forms[index % len(forms)]
            order = "source before cue" if case.source[0] < case.cue[0] else "source after cue"
            wanted = VAGUE_CODES if family == "vague" else ANONYMOUS_CODES
            if blind is not None:
                wanted = {rule.code for rule in rules}  # a blind writer's line between the families is not a desk's
            text, span = inject(case, form, plural, None)
            codes = codes_at(case.path, text, span, rules)
            found = bool(codes & wanted)
            if dump is not None:
                dump.append(
                    {
                        "split": split,
                        "case": index,
                        "family": family,
                        "form": form,
                        "order": order,
                        "found": found,
                        "on_by_default": bool(codes & on_by_default),
                        "context": context(text, span[0], span[1], 300),
                    }
                )
            if not found:
                how = f"{order}, {'quoted next' if case.quoted_next else 'not quoted next'}"
                misses.append(
                    (f"{family}\t{how}\t{read_at(case.path, text, span, rules)}", context(text, span[0], span[1], 90))
                )
            following = "a named speaker follows" if case.named_next else "no named speaker follows"
            quoted = "a named speaker is quoted next" if case.quoted_next else "no named speaker is quoted next"
            keys = (
                f"{family} | {form}",
                f"{family} | {order}",
                f"{family} | {following}",
                f"{family} | {order}, {following}",
                f"{family} | {quoted}",
                f"{family} | {order}, {quoted}",
            )
            for key in (family, *keys):
                tallies[key]["cases"] += 1
                tallies[key]["hits"] += found
            if blind is not None:
                for key in (f"{family}, on by default", f"{family}, on by default | {order}"):
                    tallies[key]["cases"] += 1
                    tallies[key]["hits"] += bool(codes & on_by_default)
            if family == "vague":
                for key in (f"vague, {VAGUE_CODE} alone", f"vague, {VAGUE_CODE} alone | {order}"):
                    tallies[key]["cases"] += 1
                    tallies[key]["hits"] += VAGUE_CODE in codes
            if family == "anonymous":
                for reason in REASONS:
                    text, span = inject(case, form, plural, reason)
                    quiet = not codes_at(case.path, text, span, rules) & ANONYMOUS_CODES
                    if not quiet:
                        misses.append((reason, context(text, span[0], span[1], 160)))
                    tallies[f"reason given | {reason}"]["cases"] += 1
                    tallies[f"reason given | {reason}"]["hits"] += quiet
    counts = Counter(f.code for _, _, f in flagged)
    figures = {
        "articles": articles,
        "cases": len(picked),
        "recall": {key: {"cases": t["cases"], "right": ratio(t["hits"], t["cases"])} for key, t in tallies.items()},
        "per_100_articles": {code: round(100 * counts[code] / articles, 1) for code in CODES},
    }
    return figures, flagged, misses


def read_sourcing(labels: Path, split: str) -> dict[tuple[int, str], str]:
    """The judges' label of each copy of the split, by case and family (bench/judged/forms-*-sourcing.csv)."""
    with labels.open(encoding="utf-8", newline="") as handle:
        return {(int(r["case"]), r["family"]): r["label"] for r in csv.DictReader(handle) if r["split"] == split}


def tallied(tallies: dict[str, Counter]) -> dict:
    return {key: {"cases": t["cases"], "right": ratio(t["hits"], t["cases"])} for key, t in tallies.items()}


def recall_on_sourcing(dumped: list[dict], labels: Path, split: str) -> dict:
    """Recall on the copies two judges both called sourcing (bench/judged/forms-*-sourcing.csv: a blind form put
    at a gold cue of an act, "have appointed a board", or into a headline tests no sourcing a desk queries)."""
    judged = read_sourcing(labels, split)
    tallies: dict[str, Counter] = defaultdict(Counter)
    for record in (r for r in dumped if r["split"] == split):
        label = judged.get((record["case"], record["family"]))
        if label is None:
            continue
        tallies[f"{record['family']}, judged {label}"]["cases"] += 1
        tallies[f"{record['family']}, judged {label}"]["hits"] += record["found"]
        tallies[f"{record['family']}, judged {label}, on by default"]["cases"] += 1
        tallies[f"{record['family']}, judged {label}, on by default"]["hits"] += record["on_by_default"]
    return tallied(tallies)


def read_classes(path: Path) -> dict[str, str]:
    """Each form's class (a CSV `form,class`): the vague head issue 13 lists that the form has, or `other`."""
    with path.open(encoding="utf-8", newline="") as handle:
        classes = {row["form"]: row["class"] for row in csv.DictReader(handle)}
    unknown = sorted({c for c in classes.values() if c not in CLASSES})
    if unknown:
        raise ValueError(f"{path}: unknown class {', '.join(unknown)} (one of {', '.join(CLASSES)})")
    return classes


def recall_on_classes(
    dumped: list[dict], classes: dict[str, str], split: str, judged: dict[tuple[int, str], str] | None = None
) -> dict:
    """Recall on the copies whose form is of a class issue 13 lists (every class but `other`), overall, by family
    and by class, with every rule and with the rules on by default; with `judged` (the judges' labels), also on
    the listed copies both judges called sourcing. A form the CSV does not class is an error."""
    tallies: dict[str, Counter] = defaultdict(Counter)
    for record in (r for r in dumped if r["split"] == split):
        kind = classes.get(record["form"])
        if kind is None:
            raise ValueError(f"the classes give no class to the form {record['form']!r}")
        if kind == UNLISTED:
            continue
        keys = ["listed", f"listed | {kind}", f"listed | {record['family']}"]
        if judged is not None and judged.get((record["case"], record["family"])) == "sourcing":
            keys.append("listed, judged sourcing")
        for key in keys:
            for suffix, hit in (("", record["found"]), (", on by default", record["on_by_default"])):
                name = key.replace("listed", f"listed{suffix}", 1)
                tallies[name]["cases"] += 1
                tallies[name]["hits"] += hit
    return tallied(tallies)


def print_findings(flagged: list, limit: int, seed: int) -> None:
    rng = random.Random(seed)
    for code in CODES:
        mine = [item for item in flagged if item[2].code == code]
        for path, text, finding in rng.sample(mine, min(limit, len(mine))):
            doc = Document(str(path), text)
            start = offset_of(doc, finding)
            print(f"{path.name}:{finding.line}\t{code}\t{context(text, start, start + 1, 120)}")


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser("Measure vague and anonymous sources on copies of PolNeAR.", "splits", SPLITS)
    parser.add_argument("--per-split", type=int, default=400, metavar="N", help="cases a split (%(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N misses (tune split only)")
    parser.add_argument("--list-findings", type=int, default=0, metavar="N", help="print N findings a code")
    add_fold_option(parser)
    parser.add_argument("--save-cases", type=Path, metavar="FILE", help="write the drawn cases (outside the repo)")
    parser.add_argument("--cases", type=Path, metavar="FILE", help="judge the cases --save-cases wrote")
    parser.add_argument("--forms", type=Path, metavar="DIR", help="a blind writer's forms, on cases read from gold")
    parser.add_argument(
        "--dump-cases", type=Path, metavar="FILE", help="write every copy as JSON lines, for judges (outside the repo)"
    )
    parser.add_argument(
        "--sourcing", type=Path, metavar="CSV", help="judges' labels: recall on the copies they call sourcing"
    )
    parser.add_argument(
        "--classes", type=Path, metavar="CSV", help="each form's class (form,class): recall on the listed classes"
    )
    args = parser.parse_args(argv)
    chosen = chosen_sets(args.splits, SPLITS, args.corpus)
    if chosen is None:
        return 2
    codes = ["ATT", OFFICIALS_CODE, CROWD_CODE, UNNAMED_PERSON_CODE]  # the last three are off by default
    rules = [r for r in select(load_rules()[0], codes, []) if r.code in CODES]
    results, dumped = {}, []
    for split in chosen:
        results[split], flagged, misses = measure(
            split,
            args.corpus,
            rules,
            args.per_split,
            args.seed,
            args.fold,
            (args.save_cases, args.cases),
            read_forms(args.forms) if args.forms else None,
            dumped if args.dump_cases or args.sourcing or args.classes else None,
        )
        for family, shown in misses[: args.show_misses]:
            print(f"miss\t{family}\t{shown}")
        if args.list_findings:
            print_findings(flagged, args.list_findings, args.seed)
    for split in chosen:
        if args.sourcing:
            results[split]["recall"].update(recall_on_sourcing(dumped, args.sourcing, split))
        if args.classes:
            judged = read_sourcing(args.sourcing, split) if args.sourcing else None
            results[split]["recall"].update(recall_on_classes(dumped, read_classes(args.classes), split, judged))
    if args.dump_cases:
        args.dump_cases.write_text("".join(json.dumps(record) + "\n" for record in dumped), encoding="utf-8")
    if args.json:
        print(json.dumps({"command": command_line(argv), "splits": results}, indent=2))
        return 0
    print(f"# {command_line(argv)}")
    for split, figures in sorted(results.items()):
        print(f"\n## {split}: {figures['articles']} articles, {figures['cases']} cases; per 100 articles:", end=" ")
        print(", ".join(f"{code} {n}" for code, n in figures["per_100_articles"].items()))
        for key, value in sorted(figures["recall"].items()):
            print(f"{key:<58}{value['cases']:>6}{fmt(value['right']):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
