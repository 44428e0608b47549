"""Write the names pack's list of common English words, with their frequencies, from `wordfreq`.

Run from the project root:  pip install wordfreq==3.1.1 && python bench/word_frequencies.py

The name analysis asks of a capitalised word close to a person's surname whether it could be an
ordinary word instead ("Mends" beside "Mendes"). It reads the answer from
`rules/names/word_frequencies.tsv`, which this script writes: every word of wordfreq's English
list ("best" sources) of three letters or more, all lower-case letters, with a Zipf frequency of at
least MIN_ZIPF (about once in 10 million words), one `word<TAB>zipf` a line, most frequent first.
Rerunning it with the same wordfreq version writes the same file. wordfreq stays out of attrlint's
dependencies: the trimmed list is all the analysis needs, and it loads in milliseconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex
from wordfreq import iter_wordlist, zipf_frequency

MIN_ZIPF = 3.0
WORD = regex.compile(r"\p{Ll}{3,}")
OUT = Path(__file__).resolve().parent.parent / "rules" / "names" / "word_frequencies.tsv"


def common_words(min_zipf: float = MIN_ZIPF) -> list[tuple[str, float]]:
    """(word, Zipf frequency) for each common English word of three lower-case letters or more."""
    words = []
    for word in iter_wordlist("en", "best"):
        zipf = zipf_frequency(word, "en")
        if zipf < min_zipf:
            break  # the list is in order of frequency
        if WORD.fullmatch(word):
            words.append((word, zipf))
    return words


def main() -> int:
    words = common_words()
    OUT.write_text("".join(f"{word}\t{zipf:.2f}\n" for word, zipf in words), encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
