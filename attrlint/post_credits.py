"""The credit line under an embedded social-media post: `— Ann Voss (@annvoss) May 4, 2018`.

A dash, the poster's name, the handle in brackets and the date, written once here and read four
ways: a whole paragraph (`CREDIT_LINE`), a line's opening when the date may stand on a line of its
own (`CREDIT_OPENING`), the end of the text before a quotation mark it was joined to
(`CREDIT_BEFORE`), and the handle and date anywhere in a paragraph (`HANDLE_AND_DATE`).
"""

from __future__ import annotations

import re

_HANDLE = r"\(@\w{1,30}\)"
_DATE = r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
# The dash and the poster's name: at most 80 characters of one line before the handle
_DASH_AND_NAME = r"\s*[\u2014\u2013-]{1,2}\s*[^\n]{1,80}"

# `(@annvoss) May 4, 2018`, wherever it stands: a paragraph joined to the post above it still holds it
HANDLE_AND_DATE = re.compile(rf"{_HANDLE}\s+{_DATE}")
# A paragraph that is one credit line (matched over the paragraph's span)
CREDIT_LINE = re.compile(rf"{_DASH_AND_NAME}{_HANDLE}\s+{_DATE}\s*$")
# A line that opens as a credit: its date may follow on a line of its own
CREDIT_OPENING = re.compile(rf"{_DASH_AND_NAME}{_HANDLE}")
# A credit line that ends, after a space, just where the text searched ends: a quotation mark joined to it
# on the same line opens the next paragraph
CREDIT_BEFORE = re.compile(rf"{_HANDLE}\s+{_DATE}[ \t]+$")
