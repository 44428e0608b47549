"""Learn the cue lexicons from PolNeAR's gold cues (train split only) and write them into the language data.

Run from the project root:  python bench/learn_cues.py [--corpus PATH] [--check] [--report]

Every gold relation of a PolNeAR **train** article (the annotator with the most relations in it, as
bench/attribution.py reads gold) has a cue span: "said", "has said", "told reporters", "according
to", "wrote on Facebook", ":". Each cue is reduced to its head (auxiliaries, adverbs and day names
dropped; a particle kept: "pointed out", "shot back"; "according to" kept whole), the head is
lemmatised, and the heads are grouped by lemma into a family (said, says, say, saying -> say).

A family enters the lexicon when both hold (the thresholds are the constants below):

- `MIN_QUOTE_CUES`: at least 3 of its gold cues introduce a direct quotation (the content holds a
  quotation mark). This is what ATT001 needs a cue for, and it keeps out the one-off heads that are
  annotation noise ("took", "all", "this").
- `MIN_RATE`: the form of the family most often a gold cue is one in at least 4% of its uses in
  the train text. "made" is a gold
  cue 70 times, but in thousands of uses, and would make nearly every paragraph attributed.

Each family is written with every inflection (base, -s, past, -ing), made by the small rules below
and checked against the words of the train text where a rule has two answers (admitted/admited); a
regular past the text never uses is left out, as it may be an irregular verb's ("seeked"), and so is
an -s form the text uses but never as a cue: it is as likely a plural noun ("whispers", "remarks").
A form that the train text uses at least `MIN_USES_TO_JUDGE` times but that is a gold cue in
under `MIN_FORM_RATE` of them is left out: the text shows it is mostly something else (the noun
"report", "call", "state"). A form never seen in the text is kept: nothing says it is not a cue.

`opinion_cues` are the verbs of belief and report that the quotation test leaves out ("believe",
"fear", "indicate"): families with at least `MIN_OPINION_CUES` gold cues, a best form that is a cue in
at least `MIN_OPINION_RATE` of its uses, and gold content that opens with "that" right after the cue
in at least `MIN_OPINION_THAT` of them (a claim, not an act: "endorsed", "criticized" take an object).
attrlint reads them only right after an unnamed source, and only where they carry a claim. A rarer family
is none, however often its gold content is a claim: the nineteenth session let in families of 5 to 19 gold
cues with a that-clause in 40% of them ("maintain", "suspect", "assume" and six more), and on fresh tune copy
they earned no finding (the fourth forms list's tune half on train: no copy gained; the tune corpus: no
finding with one as its cue), while one cost a false alarm elsewhere; so the count, not the share, decides.

`core_cues` (read even where no source can be read beside them) are the forms that are gold cues in
at least `MIN_CORE_RATE` of their uses and open a direct quotation at least `MIN_CORE_CUES` times.
Phrase cues ("in a statement", "on Twitter") are the phrases gold cues end with ("said in a
statement"), of the shape "in a/an NOUN" or "on Name", seen at least `MIN_PHRASE_CUES` times.

A verb English spells two ways ("criticise", "criticize") is learned under the spelling its gold cues use;
`other_spellings` then writes each admitted form in the other spelling too, where WordNet (the Debian package
`wordnet-base`) lists both as one verb: the same verb senses under an -ise and an -ize (-yse and -yze) headword.
Without WordNet no other spelling is written, and `--check` tells.

The lexicons are written between the markers in rules/language/english.yaml (`speech_cues`, `speech_cue_phrases`,
`core_cues`, `opinion_cues`; the packs name them as `@name` entries) with their counts as
comments; `--check` exits 1 when the file differs from what the corpus gives, `--report` prints the
families near the thresholds. Nothing from the articles but these counts is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from common import DEFAULT_CORPUS, PROJECT_ROOT
from splits import TUNE, files_of

LANGUAGE = PROJECT_ROOT / "rules" / "language" / "english.yaml"  # where this script writes its lexicons
PACK = PROJECT_ROOT / "rules" / "attribution" / "pack.yaml"  # where the other learners write theirs
BEGIN = "# --- begin learned cues: written by bench/learn_cues.py from PolNeAR train; rerun it, do not edit ---"
END = "# --- end learned cues ---"

MIN_QUOTE_CUES = 3
MIN_RATE = 0.04
MIN_QUOTE_SHARE = 0.08  # of a family's gold cues, the share that open a direct quotation
MIN_RATE_THIN = 0.25  # a family with two quotation cues: its best form is a cue this often
MIN_RATE_SINGLE = 0.5  # a family with one quotation cue: its best form is a cue in at least half its uses
MIN_USES_TO_JUDGE = 20
MIN_FORM_RATE = 0.12
MIN_CORE_RATE = 0.4
MIN_CORE_CUES = 10  # of them opening a direct quotation
MIN_PHRASE_CUES = 3
MIN_OPINION_CUES = 20  # an opinion cue: a family left out of `cues`, a gold cue this often
MIN_OPINION_RATE = 0.25  # in at least this share of its best form's uses
MIN_OPINION_THAT = 0.10  # and its gold content a that-clause after it at least this often

WORDNET = Path("/usr/share/wordnet")  # the Debian package wordnet-base: its index of verbs gives both spellings
SPELLINGS = (("is", "iz"), ("ys", "yz"))  # the endings a verb's -ise spelling and its -ize spelling differ by
WORD = re.compile(r"[a-z\u2019']+")
QUOTE_MARK = re.compile('[\u201c\u201d"]')
DROPPED = frozenset(
    "is was are were be been being has have had will would also then later recently again still just once first "
    "further repeatedly even did do does not never often previously already publicly privately quickly simply "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
PARTICLES = frozenset(("out", "back", "up"))
VOWELS = frozenset("aeiou")
# Past forms the suffix rules cannot make, as (past, base); every other form is regular.
IRREGULAR = (
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("sang", "sing"),
    ("thought", "think"),
    ("knew", "know"),
    ("shot", "shoot"),
    ("found", "find"),
    ("put", "put"),
    ("read", "read"),
    ("went", "go"),
)


@dataclass
class Family:
    """The forms of one cue lemma and their counts."""

    lemma: str
    cues: Counter = field(default_factory=Counter)  # form -> gold cues
    quote_cues: Counter = field(default_factory=Counter)  # form -> gold cues of a direct quotation
    that_cues: int = 0  # gold cues whose content is a that-clause right after them

    def total(self) -> int:
        return sum(self.cues.values())


def gold_relations(corpus: Path, train: set[str]) -> list[dict]:
    """The relations of train articles, from the annotator with the most relations in each."""
    per: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    with (corpus / "polnear" / "attributions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["article_id"] in train:
                per[record["article_id"]][record["annotator"]].append(record)
    chosen = []
    for by_annotator in per.values():
        who = min(by_annotator, key=lambda name: (-len(by_annotator[name]), name))
        chosen += by_annotator[who]
    return chosen


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("'", "\u2019"))


def head_of(cue: str) -> str | None:
    """A cue's head: its first word that is not an auxiliary, adverb or day, with a particle after it."""
    words = [w for w in words_of(cue) if w not in DROPPED]
    if not words or not words[0][:1].isalpha():
        return None
    if words[0] == "according" and words[1:2] == ["to"]:
        return "according to"
    if words[1:3] == ["on", "to"] and len(words) > 3:  # "went on to say", not "went on"
        return " ".join(words[:4])
    if len(words) > 1 and (words[1] in PARTICLES or (words[1] == "it" and words[0] in ("put", "puts"))):
        return f"{words[0]} {words[1]}"
    return words[0]


TRAILING_PHRASE = re.compile(r"\b(?:[Ii]n (?:a|an) [a-z]+|[Oo]n [A-Z][a-z]+)$")


def phrase_of(cue: str) -> str | None:
    """The phrase a cue ends with that says where the words were said ("said in a statement", "wrote
    on Facebook"), as a phrase cue of its own, or None."""
    match = TRAILING_PHRASE.search(cue.strip().rstrip(":,"))
    if match is None or match.group().split()[-1].lower() in DROPPED:  # "said on Sunday"
        return None
    return match.group()[0].lower() + match.group()[1:]


def _takes_e(stem: str) -> bool:
    """Whether a stem left by cutting -ed or -ing lost a silent e (argu-ed, mangl-ed, stat-ed), where the
    train text cannot tell (neither base is used): a tie-breaker for lemma_of, never the only judge."""
    if stem.endswith(("v", "u", "z")) or re.search(r"[bcdfgkptz]l$|(?:rs|ns|ls|ps|rc|nc|rg|dg)$", stem):
        return True
    if stem.endswith(("er", "en", "el", "on", "ow", "ew", "aw", "ey", "ay", "oy")):
        return False
    if re.search(r"[aeiou]{2}s$", stem):
        return True  # grouse, praise
    return re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", stem) is not None and not stem.endswith(("it", "et"))


def lemma_candidates(word: str) -> list[str]:
    """The bases a form may come from, most likely first."""
    irregular = dict(IRREGULAR)
    if word in irregular:
        return [irregular[word]]
    if word.endswith("ied") or word.endswith("ies"):
        return [word[:-3] + "y"]
    for ending in ("ing", "ed"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            found = [stem + "e", stem] if _takes_e(stem) else [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.append(stem[:-1])
            return found
    if word.endswith("es") and word[-3:-2] in ("s", "x", "z", "o") or word.endswith(("ches", "shes")):
        return [word[:-2], word[:-1]]
    if word.endswith("s") and not word.endswith("ss"):
        return [word[:-1]]
    return [word]


def inflections(base: str, vocabulary: Counter) -> dict[str, list[str]]:
    """Base, -s, past and -ing forms of a verb, each a list of spellings the rules allow."""
    past = [past for past, of in IRREGULAR if of == base]
    if base.endswith("y") and base[-2:-1] not in VOWELS:
        third, regular_past, ing = [base[:-1] + "ies"], [base[:-1] + "ied"], [base + "ing"]
    elif base.endswith("e"):
        third, regular_past, ing = [base + "s"], [base + "d"], [base[:-1] + "ing", base + "ing"]
    else:
        third = [base + "es"] if base.endswith(("s", "x", "z", "ch", "sh", "o")) else [base + "s"]
        regular_past, ing = [base + "ed"], [base + "ing"]
        if len(base) > 2 and base[-1] not in VOWELS | {"w", "x", "y"} and base[-2] in VOWELS:
            regular_past.append(base + base[-1] + "ed")  # admit -> admitted, or visit -> visited
            ing.append(base + base[-1] + "ing")
    return {"base": [base], "third": third, "past": past or regular_past, "ing": ing}


def choose(spellings: list[str], vocabulary: Counter) -> str:
    """The spelling the train text uses most (the first rule's where it uses none)."""
    return max(spellings, key=lambda s: (vocabulary[s], -spellings.index(s)))


def lemma_of(word: str, vocabulary: Counter, heads: Counter) -> str:
    """The base most of whose forms are gold cue heads (noted -> note, for 'notes', not 'not'), then
    whose base and -s forms the train text uses most (visited -> visit, not 'visite')."""

    def score(base: str) -> tuple[bool, int, int]:
        forms = inflections(base, vocabulary)
        spellings = [s for spellings in forms.values() for s in spellings]
        plain = vocabulary[base] + sum(vocabulary[s] for s in forms["third"])
        return word in spellings, sum(heads[s] for s in set(spellings)), plain

    candidates = lemma_candidates(word)
    return max(candidates, key=lambda base: (*score(base), -candidates.index(base)))


def forms_of(base: str, vocabulary: Counter) -> list[str]:
    return [choose(spellings, vocabulary) for spellings in inflections(base, vocabulary).values()]


def families_of(relations: list[dict], vocabulary: Counter) -> dict[str, Family]:
    heads = Counter(head_of((record.get("cue") or {}).get("text") or "") for record in relations)
    families: dict[str, Family] = {}
    for record in relations:
        head = head_of((record.get("cue") or {}).get("text") or "")
        if head is None:
            continue
        verb, _, rest = head.partition(" ")
        lemma = head if head == "according to" else (lemma_of(verb, vocabulary, heads) + (f" {rest}" if rest else ""))
        family = families.setdefault(lemma, Family(lemma))
        family.cues[head] += 1
        if QUOTE_MARK.search((record.get("content") or {}).get("text") or ""):
            family.quote_cues[head] += 1
        family.that_cues += that_clause_after(record)
    return families


def that_clause_after(record: dict) -> bool:
    """Whether a relation's content is a that-clause after its cue ("believe that ...")."""
    cue_spans = (record.get("cue") or {}).get("spans") or []
    content = record.get("content") or {}
    spans = content.get("spans") or []
    text = (content.get("text") or "").lower()
    return bool(cue_spans and spans) and spans[0][0] >= cue_spans[-1][1] and text.startswith("that ")


def family_forms(family: Family, vocabulary: Counter) -> list[str]:
    """Every inflection of a family; a multi-word head inflects its first word.

    A head that is its own lemma with no inflection in the text ("made", "began": a past the rules
    cannot undo) is kept as it is, not given forms such as "mades"."""
    if family.lemma == "according to":
        return [family.lemma]
    verb, _, rest = family.lemma.partition(" ")
    suffix = f" {rest}" if rest else ""
    forms = forms_of(verb, vocabulary)
    if not any(vocabulary[form] for form in forms[1:]):
        forms = [verb]
    past = forms[2:3]
    if past and not vocabulary[past[0]] and not family.cues[past[0]]:
        forms.remove(past[0])  # an irregular past the rules got wrong ("seeked"), unless the text has it
    return list(dict.fromkeys(form + suffix for form in forms))


def best_rate(family: Family, forms: list[str], vocabulary: Counter, bigrams: Counter) -> float:
    """The share of its uses that are gold cues, for the form of the family most often a cue: "stated"
    is a cue in most of its uses, whatever the noun "state" does."""
    return max(family.cues[form] / max(uses_of(form, vocabulary, bigrams), 1) for form in forms)


def looks_like_a_verb(family: Family, vocabulary: Counter) -> bool:
    """A family of a verb: one of its gold cues is a past or -ing form (shouted, saying, told). Leaves
    out "could", "now", "reportedly" and nouns such as "assertion" (whose plural is no evidence)."""
    verb = family.lemma.split()[0]
    if " " in family.lemma:
        return True  # a verb with a particle or object: "according to", "put it", "shot back"
    return any(_inflected(head.split()[0], verb) for head in family.cues)


def _inflected(form: str, base: str) -> bool:
    return form != base and form != base + "s" and form != base + "es" and form[-1:] != "s"


def uses_of(form: str, vocabulary: Counter, bigrams: Counter) -> int:
    """How often the train text uses a form; a form of three words or more counts its first two
    ("went on to say" as often as "went on"), an upper bound."""
    words = form.split()
    return bigrams[" ".join(words[:2])] if len(words) > 1 else vocabulary[form]


@dataclass
class Learned:
    cues: list[tuple[str, str]]  # (cue, comment)
    core: list[tuple[str, str]]
    near: list[str]  # families near the thresholds, for --report
    opinion: list[tuple[str, str]] = field(default_factory=list)  # (form, comment): read after an unnamed source


def learn(relations: list[dict], vocabulary: Counter, bigrams: Counter) -> Learned:
    families = families_of(relations, vocabulary)
    cues: list[tuple[str, str]] = []
    core: list[tuple[str, str]] = []
    near: list[str] = []
    for family in sorted(families.values(), key=lambda f: (-sum(f.quote_cues.values()), f.lemma)):
        forms = family_forms(family, vocabulary)
        uses = sum(uses_of(form, vocabulary, bigrams) for form in forms) or 1
        quoted, rate = sum(family.quote_cues.values()), best_rate(family, forms, vocabulary, bigrams)
        summary = f"{family.lemma}: {quoted} quotation cues, {family.total()} cues in {uses} uses"
        frequent = quoted >= MIN_QUOTE_CUES and rate >= MIN_RATE
        single = quoted >= 1 and rate >= MIN_RATE_SINGLE and " " not in family.lemma
        thin = quoted >= 2 and rate >= MIN_RATE_THIN or single
        share = quoted / family.total()
        if not (frequent or thin) or share < MIN_QUOTE_SHARE or not looks_like_a_verb(family, vocabulary):
            if quoted >= 2:
                near.append(f"left out  {summary} (best form rate {rate:.3f}, quotation share {share:.2f})")
            continue
        third = set(forms[1:2]) if " " not in family.lemma and len(forms) > 1 else set()
        for form in forms:
            form_uses, form_cues = uses_of(form, vocabulary, bigrams), family.cues[form]
            if form in third and form_uses and not form_cues:
                near.append(f"form out  {form}: a plural noun as often as not, never a cue in {form_uses} uses")
                continue
            if form_uses >= MIN_USES_TO_JUDGE and form_cues / form_uses < MIN_FORM_RATE:
                near.append(f"form out  {form}: {form_cues} cues in {form_uses} uses ({summary})")
                continue
            note = f"{form_cues}/{form_uses}" + (f"  [{summary}]" if form == forms[0] else "")
            cues.append((form, note))
            if family.quote_cues[form] >= MIN_CORE_CUES and form_cues / max(form_uses, 1) >= MIN_CORE_RATE:
                core.append((form, f"{form_cues}/{form_uses}"))
    return Learned(cues, core, near, learn_opinions(families, {cue for cue, _ in cues}, vocabulary, bigrams))


def learn_opinions(
    families: dict[str, Family], known: set[str], vocabulary: Counter, bigrams: Counter
) -> list[tuple[str, str]]:
    """The forms of the families of belief and report left out of the cues (see `opinion_cues` above)."""
    opinion: list[tuple[str, str]] = []
    for family in sorted(families.values(), key=lambda f: (-f.total(), f.lemma)):
        forms = family_forms(family, vocabulary)
        if " " in family.lemma or known.intersection(forms) or family.total() < MIN_OPINION_CUES:
            continue
        rate, that = best_rate(family, forms, vocabulary, bigrams), family.that_cues / family.total()
        if not (is_opinion_family(family.total(), rate, that) and looks_like_a_verb(family, vocabulary)):
            continue
        summary = f"{family.lemma}: {family.total()} cues, best form {rate:.2f} of uses, that-clause {that:.2f}"
        opinion += [(form, summary if form == forms[0] else "") for form in forms]
    return opinion


def is_opinion_family(cues: int, rate: float, that: float) -> bool:
    """Whether a family's counts make it an opinion cue: frequent, a cue often enough and a that-clause now and
    then. A rarer family is none, whatever its share of that-clauses (see `opinion_cues` above)."""
    return cues >= MIN_OPINION_CUES and rate >= MIN_OPINION_RATE and that >= MIN_OPINION_THAT


def verb_senses(wordnet: Path) -> dict[str, str]:
    """Each verb headword of WordNet's index and its senses (the synset offsets, sorted, as one string), or none
    without WordNet."""
    index = wordnet / "index.verb"
    if not index.exists():
        return {}
    senses = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if line.startswith(" ") or len(fields) < 4:
            continue
        count = int(fields[2])
        senses[fields[0]] = " ".join(sorted(fields[-count:]))
    return senses


def other_spelling(word: str, lemma: str, senses: dict[str, str]) -> str | None:
    """A form of `lemma` in its other spelling ("criticised" of "criticise": "criticized"), where WordNet holds
    both spellings of the lemma as one verb (the same senses); None where it holds no other."""
    for one, other in SPELLINGS + tuple((b, a) for a, b in SPELLINGS):
        stem = lemma[: -len(one) - 1]
        if not lemma.endswith(one + "e") or not word.startswith(stem + one):
            continue
        spelled = stem + other + "e"
        if senses.get(lemma) and senses.get(lemma) == senses.get(spelled):
            return stem + other + word[len(stem) + len(one) :]
    return None


def other_spellings(entries: list[tuple[str, str]], senses: dict[str, str]) -> list[tuple[str, str]]:
    """The learned forms with each one's other spelling after it (`other_spelling`), where the list has it not."""
    known = {form for form, _ in entries}
    out: list[tuple[str, str]] = []
    for form, note in entries:
        out.append((form, note))
        spelled = next(filter(None, (other_spelling(form, base, senses) for base in lemma_candidates(form))), None)
        if spelled and spelled not in known:
            out.append((spelled, f"the other spelling of {form} (WordNet)"))
            known.add(spelled)
    return out


def learn_phrases(relations: list[dict]) -> list[tuple[str, str]]:
    counts = Counter(phrase for r in relations if (phrase := phrase_of((r.get("cue") or {}).get("text") or "")))
    return [(phrase, f"{n} cues") for phrase, n in counts.most_common() if n >= MIN_PHRASE_CUES]


def block(learned: Learned, phrases: list[tuple[str, str]]) -> str:
    """The language data's lines of the learned lexicons, each entry with its counts (gold cues/uses in the text)."""
    known = {cue for cue, _ in learned.cues}
    lines = [
        BEGIN,
        f"# A family is in when >= {MIN_QUOTE_CUES} of its gold cues open a direct quotation and its best form",
        f"# is a gold cue in >= {MIN_RATE:.0%} of its uses in the train text (see the script for thin families).",
        "# The note after each form: its gold cues/its uses in the train text. The attribution pack's `cues`",
        "# names this list and the phrases below; the boilerplate pack's `speech_cues` names this list alone.",
        "speech_cues:",
    ]
    lines += [f"  - {json.dumps(cue, ensure_ascii=False)}  # {note}" for cue, note in learned.cues]
    lines.append('# The phrases gold cues end with ("said in a statement"), cues of the attribution pack.')
    lines.append("speech_cue_phrases:")
    lines += [f"  - {json.dumps(p, ensure_ascii=False)}  # {note}" for p, note in phrases if p not in known]
    lines.append(f"# Read even with no source beside them: a gold cue in >= {MIN_CORE_RATE:.0%} of uses,")
    lines.append(f"# opening a direct quotation >= {MIN_CORE_CUES} times.")
    lines.append("core_cues:")
    lines += [f"  - {json.dumps(cue, ensure_ascii=False)}  # {note}" for cue, note in learned.core]
    lines.append("# Read only right after an unnamed source, and only with a claim: a family left out of the cues,")
    lines.append(f"# a gold cue >= {MIN_OPINION_CUES} times and in >= {MIN_OPINION_RATE:.0%} of a form's uses,")
    lines.append(f"# its content a that-clause in >= {MIN_OPINION_THAT:.0%} of them.")
    lines.append("opinion_cues:")
    for cue, note in learned.opinion:
        lines.append(f"  - {json.dumps(cue, ensure_ascii=False)}" + (f"  # {note}" if note else ""))
    lines.append(END)
    return "\n".join(lines) + "\n"


def replace_block(text: str, new_block: str, begin: str = BEGIN, end: str = END) -> str:
    """A file's text with the learned block between the `begin` and `end` marker lines replaced."""
    first, last = text.index(begin), text.index(end) + len(end) + 1
    return text[:first] + new_block + text[last:]


def text_counts(files: list[Path]) -> tuple[Counter, Counter]:
    vocabulary: Counter = Counter()
    bigrams: Counter = Counter()
    for path in files:
        words = words_of(path.read_text(encoding="utf-8"))
        vocabulary.update(words)
        bigrams.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return vocabulary, bigrams


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet's dict folder, for other spellings")
    parser.add_argument("--check", action="store_true", help="exit 1 if the language data is not what the corpus gives")
    parser.add_argument("--report", action="store_true", help="print the families and forms near the thresholds")
    args = parser.parse_args(argv)
    files = files_of(args.corpus, "polnear", TUNE)
    if not files:
        print(f"no PolNeAR train articles under {args.corpus}", file=sys.stderr)
        return 2
    vocabulary, bigrams = text_counts(files)
    relations = gold_relations(args.corpus, {path.stem for path in files})
    learned = learn(relations, vocabulary, bigrams)
    senses = verb_senses(args.wordnet)
    learned.cues, learned.opinion = other_spellings(learned.cues, senses), other_spellings(learned.opinion, senses)
    new_block = block(learned, learn_phrases(relations))
    language = LANGUAGE.read_text(encoding="utf-8")
    updated = replace_block(language, new_block)
    if args.report:
        print("\n".join(learned.near))
    counts = f"{len(learned.cues)} cue forms, {len(learned.core)} core"
    print(f"{len(files)} train articles, {len(relations)} relations: {counts}")
    if args.check:
        return 0 if updated == language else 1
    LANGUAGE.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
