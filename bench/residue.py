"""Residue lines from labelled web pages, inserted into news articles, for bench/boilerplate.py.

A *residue line* is a line of a readability page (labelled boilerplate) or a trafilatura snippet
(labelled boilerplate) of at most 30 words that this module's own keyword classes place in one of
the issue's classes (account, newsletter, comments, cookies, legal, ads, sharing, credits, promos,
continue). The classes are written here, from the issue's description, not taken from the rules,
so the rules cannot grade themselves; the page's headline and byline are left out, and so are
lines that read as a headline of another story (five or more capitalised words besides the class
word), which are "not body, not junk".

Each residue line is inserted, as a paragraph of its own, into a news article of the same split
(PolNeAR and hyperpartisan) at the top, between two paragraphs (at a position that rotates through
the article) and at the end. It is found when a BOI finding covers the inserted line.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from splits import half_of

# Each class as this bench reads it; the first class a line matches is its class.
CLASSES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("cookies", r"\bcookies?\b|\bprivacy\b|\bconsent\b|\bGDPR\b|personal data"),
        ("legal", r"\bterms\b|\bconditions\b|user agreement|\bimprint\b|site ?map|\bdisclaimer\b|\baccessibility\b"),
        ("account", r"\b(?:log|sign)[ -]?(?:in|out)\b|\bregister\b|\baccount\b|\bpassword\b|\bprofile\b"),
        ("newsletter", r"newsletter|\bsubscri|\bsign[ -]?up\b|\binbox\b|\balerts?\b|e-?mail (?:address|updates)"),
        ("comments", r"\bcomment|\brepl(?:y|ies)\b|\bdiscussion\b|\bconversation\b|\bdisqus\b"),
        ("ads", r"\badvert|\bads?\b|\bsponsor|\bpromoted\b|\bpaid (?:content|post|partner)|\bpartner content\b"),
        ("sharing", r"\bshare\b|\btweet\b|\bfollow\b|facebook|twitter|instagram|linkedin|whatsapp|pinterest|reddit"),
        ("credits", r"\u00a9|\bcopyright\b|all rights reserved|\bcredit\b|\bgetty\b|\bphoto\b|\bimage\b|\breuters\b"),
        ("promos", r"\bapps?\b|app store|google play|\bdownload\b|\bpodcast|\blisten\b"),
        (
            "continue",
            r"continue reading|keep reading|read more|\brelated\b|\brecommended\b|click here|see also|more from",
        ),
    )
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
POSITIONS = ("top", "middle", "end")
# Each residue line labelled by judges who did not see what attrlint makes of it (split, page, key, label,
# class, reason; no page text): whether it is page furniture, the family's target, and of which class.
HAND_LABELS = Path(__file__).parent / "labels" / "residue_lines_{split}.csv"


@dataclass(frozen=True)
class Residue:
    page: str
    text: str
    cls: str


def residue_class(text: str) -> str | None:
    """The class of a short boilerplate line, or None when it names none or reads as a headline."""
    words = text.split()
    if not words or len(words) > 30:
        return None
    for name, pattern in CLASSES:
        match = pattern.search(text)
        if match:
            if len(_CAPITALISED.findall(text.replace(match.group(), ""))) >= 5 and not re.search(
                r"[|/\u00b7\u2022]", text
            ):
                return None  # a headline of another story that names the class in passing
            return name
    return None


def line_key(text: str) -> str:
    """A residue line's key in the hand labels: its text is not kept in the project."""
    return hashlib.sha1(text.lower().encode("utf-8")).hexdigest()[:12]


def hand_classes(split: str) -> dict[tuple[str, str], str]:
    """(page, key) to the class a judge gave each residue line of the split labelled furniture; a line
    judged no furniture (a reader's comment, another story's headline) or unsure is absent. Empty when
    the split's lines have not been labelled."""
    path = Path(str(HAND_LABELS).format(split=split))
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as rows:
        return {(r["page"], r["key"]): r["class"] for r in csv.DictReader(rows) if r["label"] == "furniture"}


def readability_residue(corpus: Path, split: str) -> Iterator[Residue]:
    root = corpus / "readability"
    meta = {rec["page_id"]: rec for rec in map(json.loads, (root / "index.jsonl").open(encoding="utf-8"))}
    for rec in map(json.loads, (root / "lines.jsonl").open(encoding="utf-8")):
        page, text = rec["page_id"], " ".join(rec["text"].split())
        head = {meta[page].get("title") or "", meta[page].get("byline") or ""} - {""}
        if half_of(page) != split or rec["label"] != "boilerplate" or any(part in text for part in head):
            continue
        cls = residue_class(text)
        if cls:
            yield Residue(f"readability/{page}", text, cls)


def trafilatura_residue(corpus: Path, split: str) -> Iterator[Residue]:
    for rec in map(json.loads, (corpus / "trafilatura" / "segments.jsonl").open(encoding="utf-8")):
        text = " ".join(rec["text"].split())
        if half_of(rec["page_id"]) != split or rec["label"] != "boilerplate":
            continue
        cls = residue_class(text)
        if cls:
            yield Residue(f"trafilatura/{rec['page_id']}", text, cls)


def residue_lines(corpus: Path, split: str) -> list[Residue]:
    """Every residue line of the split's pages, each distinct text once per page."""
    seen: set[tuple[str, str]] = set()
    lines = []
    for residue in [*readability_residue(corpus, split), *trafilatura_residue(corpus, split)]:
        if (residue.page, residue.text.lower()) not in seen:
            seen.add((residue.page, residue.text.lower()))
            lines.append(residue)
    return lines


def insert(article: str, line: str, position: str, turn: int) -> tuple[str, int]:
    """The article with the line as a paragraph of its own, and the 1-based line it stands on."""
    paragraphs = [p for p in article.strip("\n").split("\n\n") if p.strip()]
    if position == "top":
        at = 0
    elif position == "end":
        at = len(paragraphs)
    else:
        at = 1 + turn % max(len(paragraphs) - 1, 1)
    before = "\n\n".join(paragraphs[:at])
    text = "\n\n".join([*paragraphs[:at], line, *paragraphs[at:]]) + "\n"
    return text, (before.count("\n") + 3 if before else 1)
