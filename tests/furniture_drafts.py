"""Body copy the tests of the article's own structure share: two paragraphs of a made-up story
that the furniture analysis must read as the article's own, around the lines a test puts between them."""

from __future__ import annotations

BODY = (
    "The harbour council agreed on Tuesday to let ferry traders park their vans on the quay for two more"
    " years, ending a dispute that had closed the market twice this spring.",
    "Under the deal, traders will pay a monthly fee to the council and leave the quay clear by noon on"
    " ferry days, the council's transport officer said.",
)
