"""The `attribution` kind: one kind of sourcing problem, from the shared attribution analysis."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from attrlint import attribution
from attrlint.analyses import Analyses
from attrlint.crowd_pronouns import CROWD_PRONOUN
from attrlint.document import Document
from attrlint.kinds.base import Hit, Kind, Option, compile_regex
from attrlint.source_class import CONFIDENTIAL
from attrlint.source_voices import voice_entry
from attrlint.unnamed_persons import INSIDER, plural_pair
from attrlint.yamlfile import Where

# The source classes' lexicons (attrlint.source_class), analysis settings like the cues.
ANALYSIS_LEXICONS = (
    "anonymous_sources",
    "generic_sources",
    "source_bodies",
    "source_documents",
    "kept_unnamed",
    "unnamed_ties",
    "anonymity_reasons",
    "anonymity_blanket",
    "act_cues",
    "public_channels",
    "body_channels",
    "accusers",
    "official_heads",
    "crowd_heads",
    "group_heads",
    "quantified_groups",
    "crowd_quantifiers",
    "describing_cues",
    "report_cues",
    "reporter_phrases",
    "outlet_report_phrases",
    "listener_phrases",
    "own_outlets",
    "telling_cues",
    "document_channels",
    "group_sponsors",
    "member_introducers",
    "summary_labels",
    "group_voices",
    "group_parties",
    "group_apart",
    "opinion_cues",
    "survey_words",
    "confidential_heads",
    "insider_heads",
    "person_nouns",
    "person_heads",
    "person_plurals",
    "place_names",
    "region_adjectives",
    "source_openers",
    "proper_adjective_endings",
    "outsider_heads",
    "placed_heads",
    "ambiguous_persons",
    "person_endings",
    "body_voices",
    "voice_offices",
    "informing_cues",
    "impersonal_cues",
    "impersonal_kept",
    "judgement_passives",
)
# The head lists a rule may report alone (`only_heads`) or leave out (`except_heads`).
HEAD_LISTS = ("", "official_heads", "crowd_heads", "vague_sources", "anonymous_sources")
# The forms of an unnamed source a rule may report alone (`only_forms`) or leave out (`except_forms`): "" is
# any form the analysis does not name; "confidential" a source in confidence (attrlint.source_class); "insider"
# a person of `insider_heads`, whom a desk would name (attrlint.unnamed_persons); "crowd-pronoun" a quantifier
# alone as the subject of its cue, "some say" (attrlint.crowd_pronouns).
FORMS = ("", CONFIDENTIAL, INSIDER, CROWD_PRONOUN)


class Attribution(Kind):
    name = "attribution"
    summary = "Flags one kind of sourcing problem (see `problem`)."
    options = {
        "problem": Option(
            "str", attribution.UNATTRIBUTED_QUOTE, "Which problem this rule reports.", attribution.PROBLEMS
        ),
        "cues": Option("list", [], "Reporting verbs and phrases that attribute.", extends=True),
        "core_cues": Option("list", [], "The cues read in any case, before longer ones they begin.", extends=True),
        "opinion_cues": Option(
            "list",
            [],
            "Verbs of belief and report ('believe', 'indicated'): a cue only after an unnamed source, with a claim.",
            extends=True,
        ),
        "survey_words": Option(
            "list", [], "Words for a survey ('poll'): a named one's respondents are no vague group.", extends=True
        ),
        "vague_sources": Option("list", [], "Sources that name nobody ('sources', 'experts').", extends=True),
        "official_heads": Option(
            "list", [], "Vague heads of a body's members ('officials'), which a rule may report apart.", extends=True
        ),
        "crowd_heads": Option(
            "list",
            [],
            "Vague heads for a crowd ('some', 'people'), which a rule may report apart.",
            extends=True,
        ),
        "group_heads": Option(
            "list",
            [],
            "Plural nouns for people ('diplomats'): vague alone or after a quantifier, where their cue carries"
            " a claim.",
            extends=True,
        ),
        "quantified_groups": Option(
            "list",
            [],
            "Plural nouns for people ('researchers') vague only after a quantifier ('some researchers').",
            extends=True,
        ),
        "crowd_quantifiers": Option(
            "list",
            [],
            "Quantifiers that count nobody ('several', 'a handful of'):"
            " before a plural of `person_heads`, a vague crowd.",
            extends=True,
        ),
        "describing_cues": Option(
            "list", [], "Cues whose 'as' carries a claim ('described the plan as rushed'), not a time.", extends=True
        ),
        "only_heads": Option(
            "str", "", "Report only sources whose head is in this head list ('official_heads').", HEAD_LISTS
        ),
        "except_heads": Option("list", [], "Leave out sources whose head is in these head lists.", HEAD_LISTS),
        "only_forms": Option("list", [], "Report only sources of these forms ('confidential', 'insider').", FORMS),
        "except_forms": Option("list", [], "Leave out sources of these forms.", FORMS),
        "confidential_heads": Option(
            "list",
            [],
            "Heads of a source in confidence ('sources', 'insiders'): never voiced by a person quoted by name.",
            extends=True,
        ),
        "insider_heads": Option(
            "list",
            [],
            "Heads of a person kept unnamed whom a desk would name ('official', 'aides'): the form 'insider'.",
            extends=True,
        ),
        "anonymous_sources": Option("list", [], "Heads of a source kept unnamed ('official').", extends=True),
        "generic_sources": Option(
            "list", [], "Heads that are seldom a source ('people'): one only with a speech cue.", extends=True
        ),
        "source_bodies": Option(
            "list", [], "Words for a body a source belongs to ('campaign officials').", extends=True
        ),
        "source_documents": Option(
            "list",
            [],
            "Words for a document or event a source's words are in ('officials in the report').",
            extends=True,
        ),
        "person_nouns": Option(
            "list", [], "Singular nouns for a person ('mayor'): someone a later 'he' or 'she' may be.", extends=True
        ),
        "person_heads": Option(
            "list",
            [],
            "Nouns for a person: counted with no name ('a ward manager'), a source kept unnamed.",
            extends=True,
        ),
        "person_plurals": Option(
            "list",
            [],
            "Irregular plurals of `person_heads`, each 'plural singular' ('children child').",
            extends=True,
            entry=plural_pair,
        ),
        "place_names": Option(
            "list",
            [],
            "Names of places, learned ('Wall Street', 'London'): before a vague head, where its people are.",
            extends=True,
        ),
        "region_adjectives": Option(
            "list",
            [],
            "Adjectives of a region, learned ('Western', 'European'): before any unnamed head, where its people are.",
            extends=True,
        ),
        "source_openers": Option(
            "list",
            [],
            "Words that open a source phrase before its modifiers and head ('some', 'those'), learned.",
            extends=True,
        ),
        "proper_adjective_endings": Option(
            "list",
            [],
            "Endings of a proper adjective ('ish', 'a>an'): a source's first word so ending keeps its capital.",
            extends=True,
        ),
        "outsider_heads": Option(
            "list",
            [],
            "Vague heads whose capitalised modifier names no employer ('Kremlin critics'): still vague.",
            extends=True,
        ),
        "placed_heads": Option(
            "list",
            [],
            "Crowd heads read as a source only before a place ('few in the industry'), never alone ('others').",
            extends=True,
        ),
        "ambiguous_persons": Option(
            "list",
            [],
            "Nouns that are a person only beside a modifier or a body ('a senior party figure'), not 'the figures'.",
            extends=True,
        ),
        "person_endings": Option(
            "list",
            [],
            "Endings of a noun for a person ('er', 'man'): a rare plural with one, counted or after a quantifier,"
            " is read as people ('several trawlermen').",
            extends=True,
        ),
        "body_voices": Option(
            "list", [], "Person heads that speak on a body's record ('spokesman'): never kept unnamed.", extends=True
        ),
        "voice_offices": Option(
            "list",
            [],
            "Words before an office head that make it a named body's voice ('press officer'): never kept unnamed.",
            extends=True,
        ),
        "informing_cues": Option(
            "list", [], "Cues at which a counted person gives information ('said', 'told').", extends=True
        ),
        "kept_unnamed": Option("list", [], "Words that say a source knows ('familiar with').", extends=True),
        "unnamed_ties": Option(
            "list", [], "Words that tie a source to the story without saying it knows ('involved in').", extends=True
        ),
        "anonymity_reasons": Option(
            "list", [], "Regexes for the reason a source is not named.", extends=True, regexes=True
        ),
        "anonymity_blanket": Option(
            "list",
            [],
            "Regexes for a reason given for many sources at once ('like others interviewed').",
            extends=True,
            regexes=True,
        ),
        "act_cues": Option(
            "list", [], "Cues that report an unnamed person's act, not their sourcing ('tweeted').", extends=True
        ),
        "public_channels": Option(
            "list", [], "Where an unnamed person speaks in public ('statement': 'in a statement').", extends=True
        ),
        "body_channels": Option(
            "list",
            [],
            "Where a body an unnamed source names speaks on the record ('statement': 'a Pentagon official said in a"
            " statement').",
            extends=True,
        ),
        "accusers": Option("list", [], "Words that name who accuses ('indictment').", extends=True),
        "report_cues": Option("list", [], "The cues that say a source reported ('reported').", extends=True),
        "reporter_phrases": Option(
            "list", [], "Regexes for a named outlet's report ('a report by the Ledger').", extends=True, regexes=True
        ),
        "outlet_report_phrases": Option(
            "list",
            [],
            "Regexes for a report only a named outlet makes ('a Ledger story in which').",
            extends=True,
            regexes=True,
        ),
        "listener_phrases": Option(
            "list", [], "Regexes for a named outlet a source spoke to ('told the Ledger').", extends=True, regexes=True
        ),
        "own_outlets": Option(
            "list",
            [],
            "The desk's own outlets ('The Wexham Post'): an unnamed source that tells one is the desk's, not relayed.",
            extends=True,
        ),
        "telling_cues": Option(
            "list", [], "The cues that take the one told as their object ('told NBC that').", extends=True
        ),
        "document_channels": Option(
            "list",
            [],
            "Regexes for a document by name a vague group speaks through ('writing in the Review'): not vague.",
            extends=True,
            regexes=True,
        ),
        "group_sponsors": Option(
            "list",
            [],
            "Regexes for a body by name that leads or speaks for a vague group ('led by the Harbour Group'):"
            " not vague.",
            extends=True,
            regexes=True,
        ),
        "member_introducers": Option(
            "list",
            [],
            "Regexes for the opening that names a vague group's member next ('Among them is'): not vague.",
            extends=True,
            regexes=True,
        ),
        "summary_labels": Option(
            "list", [], "Labels of a summary above the body ('abstract'), whose sources the body names.", extends=True
        ),
        "group_voices": Option(
            "list",
            [],
            "What describes a vague group's or an unnamed source's voice, 'heads: words' ('experts: professor'):"
            " named then.",
            extends=True,
            entry=voice_entry,
        ),
        "group_parties": Option(
            "list",
            [],
            "What describes a party to the story, none of a vague group's voices, 'heads: words'"
            " ('analysts: senator').",
            extends=True,
            entry=voice_entry,
        ),
        "group_apart": Option(
            "list",
            [],
            "Words that set a vague group apart from a person named just before it ('other'): none of its voices.",
            extends=True,
        ),
        "impersonal_cues": Option(
            "list",
            [],
            "Participles read in the passive with a claim and no agent ('is believed to have'): vague sourcing.",
            extends=True,
        ),
        "impersonal_kept": Option(
            "list", [], "More such participles, kept by hand where the corpus has too few ('understood').", extends=True
        ),
        "judgement_passives": Option(
            "list",
            [],
            "An adverb of spread and a participle of judgement, learned ('widely criticized'): passive, no agent.",
            extends=True,
        ),
        "vague": Option(
            "list", [], "Regexes for vague or agentless sourcing ('it is believed').", extends=True, regexes=True
        ),
        "allegations": Option(
            "list",
            [],
            "Regexes for an allegation in the reporter's words ('allegedly') with nobody named as alleging.",
            extends=True,
            regexes=True,
        ),
        "hearsay": Option(
            "list",
            [],
            "Regexes for sourcing to reports ('reportedly'): vague unless a named reporter is a sentence away.",
            extends=True,
            regexes=True,
        ),
    }
    settings = ("cues", "core_cues", "vague_sources", "vague", "allegations", "hearsay", *ANALYSIS_LEXICONS)

    def __init__(self, options: dict[str, object], where: Where, at: tuple = ()) -> None:
        super().__init__(options, where, at)
        for key, option in self.options.items():  # each list of regexes, checked where it is written
            for i, pattern in enumerate(options[key] if option.regexes else ()):
                compile_regex(pattern, where, *at, key, i)

    def check(self, doc: Document, analyses: Analyses) -> Iterator[Hit]:
        only = _heads(analyses.settings.get(self.opts["only_heads"], ())) if self.opts["only_heads"] else None
        left_out = frozenset().union(*(_heads(analyses.settings.get(name, ())) for name in self.opts["except_heads"]))
        only_forms, forms_left_out = self.opts["only_forms"], self.opts["except_forms"]
        for problem in analyses.attribution.problems_of(self.opts["problem"]):
            head, form = problem.values.get("head", ""), problem.values.get("form", "")
            if (only is None or head in only) and head not in left_out:
                if (not only_forms or form in only_forms) and form not in forms_left_out:
                    yield Hit(problem.start, problem.end, problem.values, problem.suggestion)


@lru_cache(maxsize=16)
def _heads(words: tuple[str, ...]) -> frozenset[str]:
    """A head list as the analysis reads it (the one the rule set gathered from every rule): in lower case."""
    return frozenset(word.lower() for word in words)
