"""The cue reader that classes every source it reads (`attrlint.source_class`) and reads the unnamed
sources the plain cue reader (`attrlint.cue_reading`) misses."""

from __future__ import annotations

import regex

from attrlint.cue_reading import Attribution, CueReader
from attrlint.cues import UNKNOWN, CuePatterns, PhraseSources, cue_key
from attrlint.document import Document
from attrlint.source_class import SourceClasses


class ClassifyingCueReader(CueReader):
    """The cue reader, with the unnamed sources it misses read and every source classed.

    A verb the cue reader finds no source for is an attribution all the same when an unnamed source
    stands before it ("observers suggested"), whether or not it is a core cue."""

    def __init__(self, doc: Document, patterns: CuePatterns, classes: SourceClasses) -> None:
        super().__init__(doc.text, patterns, None)
        self.doc = doc
        self.classes = classes

    def read_cue(self, cue: regex.Match, start: int, end: int, phrase_sources: PhraseSources) -> Attribution | None:
        found = super().read_cue(cue, start, end, phrase_sources)
        if found is None and cue_key(cue.group()) in self.patterns.verbs:
            bare = Attribution(cue.span(), cue.group(), None, None, UNKNOWN)
            if self.classes.unnamed_beside(self.text, bare, start, self.patterns.core) is not None:
                found = bare
            else:
                named = self.classes.named_before_adverb(self.text, bare, start)
                found = named if named.source is not None else None
        return self.classes.read(self.doc, found, start, self.patterns.core) if found is not None else None
