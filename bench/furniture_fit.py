"""Fit the furniture model's weights (rules/boilerplate/pack.yaml `furniture_weights`) on labelled lines.

Run from the project root:  python bench/furniture_fit.py [--corpus PATH] [--write] [--l2 1.0] [--pages SET]

Only the *tune* half of every set is read (bench/splits.py):
- readability: page lines labelled body (0) or boilerplate (1); a page's headline (the line holding its
  metadata title) is the story's own *display* line (0), as is a short line of the clean text with no
  stop (a subhead); its byline and the boilerplate lines shaped like a headline (other stories'
  headlines) are left out: they are "not body, not junk". The label is derived (body where the page's
  clean text has the line), so the clean text's comment widgets, credits and teasers read as body:
  bench/labels/pages_tune.csv gives those lines their label by hand (page, paragraph index, furniture or
  neither; no text);
- trafilatura: snippets labelled body (0) or boilerplate (1), each read as the page line it is on
  (headline-shaped boilerplate left out likewise);
- PolNeAR train: every paragraph is edited body copy (0);
- hyperpartisan and fakenews-sample: the paragraphs labelled by hand in bench/labels/residue_tune.csv
  (set, file, paragraph index, furniture or body; no text);
- the written sets A to F (bench/written/boilerplate* up to -check4, all tune sets): each draft's residue
  lines as its manifest lists them (furniture, 1) and the story's own display lines among its look-alikes
  (headlines, decks, subheads, captions without a credit, taglines), listed in bench/labels/display_tune.csv
  (set, file, line, display; no text) as *display* (0).

A display line is body copy to the model (0) but counted apart in the reports: the story's headline,
subhead or caption about a furniture topic is the false alarm the hand-written readings of
`attrlint/article_parts.py` kept quiet, and the model's `display_echo` reads it.

Each page is read as attrlint reads a draft (its lines as paragraphs), and each paragraph's features
are the ones the rules score (`furniture_features`), so only paragraphs that name a vocabulary class
and are short enough take part. The weights are an L2-regularised logistic regression, fitted by
Newton's method. The threshold is the lowest at which the model, on the tune half, raises no more
than `--max-body` false alarms in edited articles (PolNeAR train and the hyperpartisan paragraphs
labelled body by hand; a paragraph the rules read as the article's own, such as its headline or a
heading of a series, is never reported and does not count) and keeps precision on the labelled
lines at `--min-precision` or better. `--write` puts the weights and the threshold into pack.yaml.
`--shapes-only` and `--display-only` fit a few weights alone (the pack's shapes; the display features),
every other weight and the threshold as the pack has them. Every mode reports the pack as it is beside the
fit, so a refit is kept only where its cross-validated report beats that one (precision on the labelled lines,
display lines flagged). The pack's figure is in-sample: its weights were fitted on these same tune lines, so it
flatters the pack beside a refit's cross-validated figure, and a refit that only ties it is no worse.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from common import DEFAULT_CORPUS, PROJECT_ROOT
from logistic import fit, probabilities, sigmoid
from splits import PAGE_FOLDS, TUNE, files_of, half_of, in_pages, page_fold

from attrlint.analyses import Analyses
from attrlint.document import Document, decode
from attrlint.furniture import CLASS_PREFIX, DEFAULT_CLASS, SHAPE_PREFIX, SHAPES, FurnitureModel, furniture_model
from attrlint.kinds.body_copy import article_parts
from attrlint.kinds.furniture_verdicts import DISPLAY_LINE_WORDS, furniture_features
from attrlint.ruleset import builtin_rule_set

PACK = PROJECT_ROOT / "rules" / "boilerplate" / "pack.yaml"
LABELS = Path(__file__).resolve().parent / "labels" / "residue_tune.csv"
PAGE_LABELS = Path(__file__).resolve().parent / "labels" / "pages_tune.csv"
WIDGETS = Path(__file__).resolve().parent / "labels" / "widget_lines.tsv"
DISPLAY_LABELS = Path(__file__).resolve().parent / "labels" / "display_tune.csv"
WRITTEN = Path(__file__).resolve().parent / "written"
WRITTEN_SETS = ("boilerplate", "boilerplate-check", "boilerplate-check2", "boilerplate-check3", "boilerplate-check4")
DISPLAY_FEATURES = ("display_echo",)
_TITLE_EXTRA_WORDS = 6  # the words a page's headline line may hold besides its title (the site's name)
WEIGHTS_KEY = "  furniture_weights:"


@dataclass
class Example:
    source: str
    values: dict[str, float]
    label: int
    group: str  # the page or article, for the cross-validation folds
    own: bool = False  # the article's own paragraph, which no rule reports
    display: bool = False  # the story's own display line (a headline, a subhead, a caption), labelled 0


def built_in_model() -> FurnitureModel:
    return furniture_model(builtin_rule_set().settings)


def features_of(text: str, model: FurnitureModel) -> tuple[Document, dict[int, dict[str, float]]]:
    doc = Document("page", text)
    return doc, furniture_features(doc, model, Analyses(doc, {}))


def lines_as_draft(lines: list[str]) -> tuple[str, list[int]]:
    """Page lines as a draft of one paragraph a line, and where each line starts in it."""
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 2
    return "\n\n".join(lines), starts


def paragraph_at(doc: Document, offset: int) -> int:
    return next((i for i, (start, end) in enumerate(doc.paragraphs) if start <= offset < end), -1)


def page_labels() -> dict[str, dict[int, str]]:
    """Readability page -> paragraph index (of the page's lines read as a draft) -> the label given by
    hand where the derived one is wrong: `furniture` for a comment widget, a credit or a teaser that the
    page's clean text kept, `neither` for a menu of the site (tune half only, no text)."""
    by_page: dict[str, dict[int, str]] = {}
    with PAGE_LABELS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["set"] == "readability" and half_of(row["file"]) == TUNE:
                by_page.setdefault(row["file"], {})[int(row["paragraph"])] = row["label"]
    return by_page


def readability(corpus: Path, model: FurnitureModel) -> Iterator[Example]:
    root = corpus / "readability"
    meta = {rec["page_id"]: rec for rec in map(json.loads, (root / "index.jsonl").open(encoding="utf-8"))}
    pages: dict[str, list[dict]] = {}
    for rec in map(json.loads, (root / "lines.jsonl").open(encoding="utf-8")):
        if half_of(rec["page_id"]) == TUNE and rec["text"].strip():
            pages.setdefault(rec["page_id"], []).append(rec)
    by_hand = page_labels()
    for page, recs in sorted(pages.items()):
        recs.sort(key=lambda rec: rec["start"])
        text, starts = lines_as_draft([" ".join(rec["text"].split()) for rec in recs])
        doc, found = features_of(text, model)
        title, byline = meta[page].get("title") or "", meta[page].get("byline") or ""
        for rec, start in zip(recs, starts, strict=True):
            index = paragraph_at(doc, start)
            given = by_hand.get(page, {}).get(index)
            if given == "neither" or index not in found or (byline and byline in rec["text"]):
                continue
            if title and is_headline_line(rec["text"], title):
                yield Example("readability", found[index], 0, page, display=True)
                continue
            label = int(rec["label"] == "boilerplate" or given == "furniture")
            if not (label and found[index]["headline"]):
                subhead = not label and is_subhead_line(rec["text"])
                yield Example("readability", found[index], label, page, display=subhead)


def is_headline_line(text: str, title: str) -> bool:
    """Whether a page's line is its headline: it holds the metadata title and little else (the site's name)."""
    return title in text and len(text.split()) <= len(title.split()) + _TITLE_EXTRA_WORDS


def is_subhead_line(text: str) -> bool:
    """Whether a line of a page's clean text is set as a subhead: short, with no stop inside or at its end."""
    words = text.split()
    return 0 < len(words) <= DISPLAY_LINE_WORDS and not any(word[-1:] in ".!?" for word in words)


def trafilatura(corpus: Path, model: FurnitureModel) -> Iterator[Example]:
    root = corpus / "trafilatura"
    pages: dict[str, list[dict]] = {}
    for rec in map(json.loads, (root / "segments.jsonl").open(encoding="utf-8")):
        if half_of(rec["page_id"]) == TUNE and rec.get("found_in_page_text", True) and rec["text"].strip():
            pages.setdefault(rec["page_id"], []).append(rec)
    for page, recs in sorted(pages.items()):
        path = root / "page_text" / f"{page}.txt"
        if not path.is_file():
            continue
        lines = [" ".join(line.split()) for line in decode(path.read_bytes(), str(path)).split("\n") if line.strip()]
        text, starts = lines_as_draft(lines)
        doc, found = features_of(text, model)
        for rec in recs:
            snippet = " ".join(rec["text"].split())
            line = next((n for n, line in enumerate(lines) if snippet in line), None)
            index = -1 if line is None else paragraph_at(doc, starts[line])
            label = int(rec["label"] == "boilerplate")
            if index in found and not (label and found[index]["headline"]):
                yield Example("trafilatura", found[index], label, page)


def hand_labels() -> dict[tuple[str, str], dict[int, int]]:
    """(set, file) -> paragraph index -> 1 for furniture, 0 for body, as labelled by hand (tune half only)."""
    by_file: dict[tuple[str, str], dict[int, int]] = {}
    with LABELS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["set"], row["file"])
            by_file.setdefault(key, {})[int(row["paragraph"])] = int(row["label"] == "furniture")
    return by_file


def polnear(corpus: Path, model: FurnitureModel, labels: dict) -> Iterator[Example]:
    """PolNeAR train's paragraphs: body copy, but for the residue labelled by hand (credits, follow lines).
    A paragraph the rules read as the article's own (its headline, a heading of a series) is never
    reported, so it is marked as such: it does not count against the threshold."""
    settings = builtin_rule_set().settings
    for path in files_of(corpus, "polnear", TUNE):
        doc, found = features_of(decode(path.read_bytes(), str(path)), model)
        given, parts = labels.get(("polnear", path.stem), {}), article_parts(doc, Analyses(doc, settings))
        for index, values in found.items():
            yield Example("polnear", values, given.get(index, 0), path.stem, index in parts)


def widget_lines(corpus: Path, model: FurnitureModel) -> Iterator[Example]:
    """The project's own lines (bench/labels/widget_lines.tsv, written for it, not taken from a page): comment
    widgets' stamps and control rows and picture credits, labelled furniture, and reporting that mentions a
    reply, a photo or a date, labelled body. The tune pages hold few such lines, so the shapes that read
    them (`furniture_shapes`) would get no weight. Each is read between two paragraphs of a PolNeAR train article."""
    hosts = files_of(corpus, "polnear", TUNE)
    with WIDGETS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for number, row in enumerate(rows):
        host = decode(hosts[number % len(hosts)].read_bytes(), "host")
        paragraphs = [p for p in host.split("\n\n") if p.strip()]
        text = "\n\n".join([*paragraphs[:1], row["text"], *paragraphs[1:]])
        doc, found = features_of(text, model)
        index = paragraph_at(doc, text.index(row["text"]))
        if index in found:
            yield Example("widgets", found[index], int(row["label"] == "furniture"), f"widget{number}")


def display_labels() -> dict[tuple[str, str], set[int]]:
    """(written set, draft) -> the line numbers of the story's own display lines (bench/labels/display_tune.csv)."""
    by_draft: dict[tuple[str, str], set[int]] = {}
    with DISPLAY_LABELS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_draft.setdefault((row["set"], row["file"]), set()).add(int(row["line"]))
    return by_draft


def written(model: FurnitureModel) -> Iterator[Example]:
    """The written sets A to F: each draft's residue lines (furniture) and its display lines (display)."""
    display = display_labels()
    for set_name in WRITTEN_SETS:
        folder = WRITTEN / set_name
        for record in map(json.loads, (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()):
            stem = record["file"].removesuffix(".txt")
            text = (folder / record["file"]).read_text(encoding="utf-8")
            doc, found = features_of(text, model)
            starts = line_starts(text)
            labelled = {item["line"]: 1 for item in record["residue"]}
            labelled.update({line: 0 for line in display.get((set_name, stem), ())})
            for line, label in sorted(labelled.items()):
                index = paragraph_at(doc, starts[line - 1])
                if index in found:
                    yield Example("written", found[index], label, f"{set_name}/{stem}", display=not label)


def line_starts(text: str) -> list[int]:
    """Where each line of a text starts."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def hand_labelled(corpus: Path, model: FurnitureModel, labels: dict) -> Iterator[Example]:
    settings = builtin_rule_set().settings
    for (set_name, stem), by_index in sorted(labels.items()):
        if set_name == "polnear" or half_of(stem) != TUNE:  # the labels are of the tune half only; this keeps it so
            continue
        path = corpus / set_name / "text" / f"{stem}.txt"
        doc, found = features_of(decode(path.read_bytes(), str(path)), model)
        parts = article_parts(doc, Analyses(doc, settings))
        for index, label in by_index.items():
            if index in found:
                yield Example(set_name, found[index], label, stem, index in parts)


# --- logistic regression -------------------------------------------------------------------


def feature_names(model: FurnitureModel) -> list[str]:
    drawn = (SHAPE_PREFIX + name for name, _ in model.shape_patterns)
    return [*SHAPES, *drawn, *(CLASS_PREFIX + name for name in model.classes)]


def vector(values: dict[str, float], names: list[str]) -> list[float]:
    return [values.get(name, 0.0) for name in names]


def pick_threshold(examples: list[Example], probs: list[float], max_body: int, min_precision: float) -> float:
    """The lowest threshold with at most max_body false alarms in edited articles (PolNeAR train and the
    hyperpartisan paragraphs labelled body by hand; paragraphs the rules report) and the precision asked for."""
    for t in [x / 100 for x in range(5, 100)]:
        body = sum(
            p >= t for e, p in zip(examples, probs, strict=True) if e.source in EDITED and not e.label and not e.own
        )
        tp = sum(p >= t and e.label for e, p in zip(examples, probs, strict=True))
        fp = sum(p >= t and not e.label for e, p in zip(examples, probs, strict=True))
        if body <= max_body and tp / max(tp + fp, 1) >= min_precision:
            return t
    return 0.99


def report(title: str, examples: list[Example], probs: list[float], threshold: float) -> None:
    """Furniture found and body flagged by source, display lines flagged apart, and precision and recall."""
    print(f"\n{title} (threshold {threshold:.2f})")
    print(f"{'source':<16}{'furniture':>10}{'found':>8}{'body':>8}{'flagged':>9}{'display':>9}{'flagged':>9}")
    for source in sorted({e.source for e in examples}):
        pairs = [(e, p) for e, p in zip(examples, probs, strict=True) if e.source == source]
        pos = [p for e, p in pairs if e.label]
        neg = [p for e, p in pairs if not e.label and not e.display]
        shown = [p for e, p in pairs if e.display]
        print(
            f"{source:<16}{len(pos):>10}{sum(p >= threshold for p in pos):>8}"
            f"{len(neg):>8}{sum(p >= threshold for p in neg):>9}"
            f"{len(shown):>9}{sum(p >= threshold for p in shown):>9}"
        )
    tp = sum(p >= threshold and e.label for e, p in zip(examples, probs, strict=True))
    flagged = sum(p >= threshold for p in probs)
    positives = sum(e.label for e in examples)
    precision, recall = tp / max(flagged, 1), tp / max(positives, 1)
    print(f"precision {precision:.3f}  recall {recall:.3f}  ({tp} of {positives}, {flagged} flagged)")


def cross_validated_alone(examples: list[Example], names: list[str], offsets: list[float], l2: float) -> list[float]:
    """`cross_validated` for the named features alone, each example's other weights kept (its offset)."""
    probs = [0.0] * len(examples)
    for fold in PAGE_FOLDS:
        train = [i for i, e in enumerate(examples) if page_fold(e.group) != fold]
        test = [i for i, e in enumerate(examples) if page_fold(e.group) == fold]
        rows = [vector(examples[i].values, names) for i in train]
        counts = [weight_of(examples[i]) for i in train]
        w = fit(rows, [examples[i].label for i in train], l2, counts, [offsets[i] for i in train])
        for i in test:
            row = vector(examples[i].values, names)
            probs[i] = sigmoid(offsets[i] + sum(a * b for a, b in zip(w, row, strict=True)))
    return probs


def cross_validated(examples: list[Example], names: list[str], l2: float) -> list[float]:
    """Each example's probability from a model fitted on the other half of the pages (two folds)."""
    probs = [0.0] * len(examples)
    for fold in PAGE_FOLDS:
        train = [i for i, e in enumerate(examples) if page_fold(e.group) != fold]
        test = [i for i, e in enumerate(examples) if page_fold(e.group) == fold]
        rows = [vector(examples[i].values, names) for i in train]
        w = fit(rows, [examples[i].label for i in train], l2, [weight_of(examples[i]) for i in train])
        for i, p in zip(test, probabilities([vector(examples[i].values, names) for i in test], w), strict=True):
            probs[i] = p
    return probs


LABELLED_PAGES = ("readability", "trafilatura")  # the sets of labelled pages
PAGE_SETS = ("all", *LABELLED_PAGES, *PAGE_FOLDS)  # the labelled pages, and the folds of them
EDITED = ("polnear", "hyperpartisan")  # edited copy, where a false alarm costs most
BODY_WEIGHT = 4.0  # an edited article's paragraph counts this many times: false alarms there cost most


def weight_of(example: Example) -> float:
    return BODY_WEIGHT if example.source == "polnear" and not example.label else 1.0


def weights_block(names: list[str], w: list[float], threshold: float, max_words: int) -> str:
    """The `furniture_weights` lexicon as pack.yaml holds it."""
    entries = [f"threshold {threshold:.2f}", f"max_words {max_words}"]
    entries += [f"{name} {value:.3f}" for name, value in zip(names, w, strict=True)]
    class_weights = [value for name, value in zip(names, w, strict=True) if name.startswith(CLASS_PREFIX)]
    entries.append(f"{DEFAULT_CLASS} {sum(class_weights) / len(class_weights):.3f}")  # a class a newsroom adds
    lines = [WEIGHTS_KEY]
    lines += [f'    - "{entry}"' for entry in entries]
    return "\n".join(lines) + "\n"


def write_weights(block: str) -> None:
    text = PACK.read_text(encoding="utf-8")
    start = text.index(WEIGHTS_KEY)
    PACK.write_text(text[:start] + block, encoding="utf-8")  # the weights are the pack's last lexicon


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit the furniture model's weights on the tune half.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default: %(default)s)")
    parser.add_argument("--max-body", type=int, default=6, help="false alarms allowed in edited articles")
    parser.add_argument("--min-precision", type=float, default=0.9)
    parser.add_argument(
        "--pages",
        choices=PAGE_SETS,
        default="all",
        help="fit on the labelled lines of these pages only, one set or one fold by page (check the fit on"
        " the other fold's residue with `bench/boilerplate.py --pages`); edited copy is read either way",
    )
    parser.add_argument(
        "--shapes-only",
        action="store_true",
        help="fit the weights of the pack's `furniture_shapes` alone, every other weight and the threshold kept",
    )
    parser.add_argument(
        "--display-only",
        action="store_true",
        help="fit the display features' weights alone (display_echo), every other weight and the threshold kept",
    )
    parser.add_argument("--write", action="store_true", help="write the weights into pack.yaml")
    args = parser.parse_args(argv)
    model, labels = built_in_model(), hand_labels()
    examples = [
        *readability(args.corpus, model),
        *trafilatura(args.corpus, model),
        *polnear(args.corpus, model, labels),
        *hand_labelled(args.corpus, model, labels),
        *widget_lines(args.corpus, model),
        *written(model),
    ]
    examples = [e for e in examples if e.source not in LABELLED_PAGES or in_pages(e.source, e.group, args.pages)]
    if args.shapes_only:
        return fit_alone([SHAPE_PREFIX + name for name, _ in model.shape_patterns], model, examples, args)
    if args.display_only:
        return fit_alone(list(DISPLAY_FEATURES), model, examples, args)
    names = feature_names(model)
    rows, labels = [vector(e.values, names) for e in examples], [e.label for e in examples]
    w = fit(rows, labels, args.l2, [weight_of(e) for e in examples])
    probs = probabilities(rows, w)
    threshold = pick_threshold(examples, probs, args.max_body, args.min_precision)
    print(f"# {len(examples)} labelled paragraphs from the tune half, {sum(labels)} furniture")
    report("the pack as it is, on the tune half", examples, [model.score(e.values) for e in examples], model.threshold)
    report("fitted and scored on the tune half", examples, probs, threshold)
    report(
        "two-fold cross-validation by page, within the tune half",
        examples,
        cross_validated(examples, names, args.l2),
        threshold,
    )
    block = weights_block(names, w, threshold, model.max_words)
    print("\n" + block)
    if args.write:
        write_weights(block)
        print(f"written to {PACK}; rebuild rules/index.json", file=sys.stderr)
    return 0


def fit_alone(names: list[str], model: FurnitureModel, examples: list[Example], args: argparse.Namespace) -> int:
    """Weigh the named features on the labelled paragraphs, the rest of the model as the pack has it."""
    offsets = [model.score_total({k: v for k, v in e.values.items() if k not in names}) for e in examples]
    rows, labels = [vector(e.values, names) for e in examples], [e.label for e in examples]
    w = fit(rows, labels, args.l2, [weight_of(e) for e in examples], offsets)
    probs = [sigmoid(o + sum(a * b for a, b in zip(w, x, strict=True))) for o, x in zip(offsets, rows, strict=True)]
    print(f"# {len(examples)} labelled paragraphs from the tune half, {sum(labels)} furniture; {', '.join(names)} only")
    report("the pack as it is, on the tune half", examples, [model.score(e.values) for e in examples], model.threshold)
    report("fitted and scored on the tune half", examples, probs, model.threshold)
    report(
        "two-fold cross-validation by page, within the tune half",
        examples,
        cross_validated_alone(examples, names, offsets, args.l2),
        model.threshold,
    )
    settings = {"threshold", "max_words", DEFAULT_CLASS, *names}  # class:* is written again as the classes' mean
    kept = [(name, value) for name, value in model.weights if name not in settings]
    fixed_names, fixed_values = [name for name, _ in kept], [value for _, value in kept]
    block = weights_block([*fixed_names, *names], [*fixed_values, *w], model.threshold, model.max_words)
    print("\n" + block)
    if args.write:
        write_weights(block)
        print(f"written to {PACK}; rebuild rules/index.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
