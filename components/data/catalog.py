"""The datasets of Alliance Monitor: the one place where each is declared.

Every folder under data/ that holds CSV files is one of these datasets. The
contract for analysts who drop files is exactly what is written here; the
Frictionless descriptor (data/datapackage.json) and data/README.md are
generated from it by `python -m components.data.descriptor`.
"""

from components.data.cells import is_blank
from components.data.schema import Dataset, Field, Licence, Reference, RowCheck
from components.data.text import humanise
from components.data.words import country_word, measure_word, side_word
from components.views import SLIDE_VIEWS, state_problem

SOURCE = Reference("sources")
SIPRI_TERMS = Licence(
    "SIPRI's terms for its Military Expenditure Database: free for non-commercial use, cited, "
    "at most 10% of the database; figures quoted from other sources keep their terms",
    "https://www.sipri.org/databases/milex",
)
GEONAMES_TERMS = Licence("GeoNames, Creative Commons Attribution 4.0", "https://www.geonames.org/", "CC-BY-4.0")


def _source_fields() -> tuple[Field, ...]:
    return (
        Field(
            "source_id",
            "slug",
            "The id of the document this row comes from (an id in sources).",
            references=SOURCE,
        ),
        Field(
            "source_locator",
            "string",
            "Where in the source to find it: section heading, figure or table, "
            "a phrase to search for, or a spreadsheet cell.",
            required=False,
            nullable=True,
        ),
    )


SOURCES = Dataset(
    name="sources",
    title="Sources",
    description="Every document and dataset the dashboard cites, one row each.",
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier other datasets cite in source_id."),
        Field("title", "string", "Title of the document or dataset."),
        Field("author", "string", "Author(s), if named.", nullable=True),
        Field("publisher", "string", "Publisher or institution.", nullable=True),
        Field("date", "date", "Publication date, as precise as known.", nullable=True),
        Field("url", "url", "Where a reader can find it.", nullable=True),
        Field(
            "kind",
            "string",
            "What sort of source it is: official_page is a page of a government, ministry of defence, armed "
            "force, NATO or another international organisation; web_page a news report or research page; "
            "public_reference an encyclopaedia or similar work of reference. Listed in the order readers cite them.",
            required=False,
            nullable=True,
            allowed=("seed_document", "reference_dataset", "official_page", "web_page", "public_reference"),
        ),
        Field("licence", "string", "Licence or terms of use.", required=False, nullable=True),
        Field("note", "string", "Provenance, caveats, required citation.", nullable=True),
        Field("accessed", "date", "When the document was read, for web pages.", required=False, nullable=True),
        Field(
            "read_from",
            "string",
            "What was read: the original, an archived copy of it, or a copy on a third party's site.",
            required=False,
            nullable=True,
            allowed=("original", "archived_copy", "third_party_mirror"),
        ),
    ),
)

SITES = Dataset(
    name="sites",
    title="Military sites and deployments",
    description=(
        "Russian military facilities and deployments (in Belarus, Kaliningrad and "
        "western Russia) and NATO deployments on the north-eastern flank."
    ),
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier, cited by evidence as site:<id>."),
        Field("name", "string", "Name in the paper's transliteration (e.g. Babruysk)."),
        Field(
            "alt_names",
            "string",
            "Other spellings, semicolon-separated (e.g. Bobruisk), found by search.",
            required=False,
            nullable=True,
        ),
        Field(
            "side",
            "string",
            "Who operates it.",
            allowed=("russia", "belarus", "nato", "other"),
            words=side_word,
        ),
        Field(
            "category",
            "string",
            "What kind of site or deployment it is.",
            allowed=(
                "airbase",
                "air_defence",
                "radar",
                "naval_communications",
                "ground_forces",
                "missile",
                "headquarters",
                "training_centre",
                "battlegroup",
                "air_policing",
                "centre_of_excellence",
                "other",
            ),
        ),
        Field("country", "string", "ISO 3166-1 alpha-3 code of the territory it is on.", words=country_word),
        Field("lat", "number", "Latitude, decimal degrees (WGS84).", minimum=-90, maximum=90),
        Field("lon", "number", "Longitude, decimal degrees (WGS84).", minimum=-180, maximum=180),
        Field(
            "location_precision",
            "string",
            "How precise the coordinates are.",
            required=False,
            nullable=True,
            allowed=("exact", "town", "region"),
        ),
        Field(
            "location_source_id",
            "slug",
            "Source of the coordinates, when not the row's source.",
            required=False,
            nullable=True,
            references=SOURCE,
        ),
        Field("start_date", "date", "When it began (as precise as known).", nullable=True),
        Field("end_date", "date", "When it ended; empty while active or unknown.", nullable=True),
        Field(
            "status",
            "string",
            "Whether it exists.",
            allowed=("active", "ended", "announced", "not_realised"),
        ),
        Field(
            "confidence",
            "string",
            "How well established: confirmed, reported, or only claimed by one party.",
            required=False,
            nullable=True,
            allowed=("confirmed", "reported", "claimed"),
        ),
        Field(
            "range_km",
            "number",
            "Range of the system deployed there, only where a source states it (drawn as a ring).",
            required=False,
            nullable=True,
            minimum=0,
        ),
        Field(
            "range_source_id",
            "slug",
            "Source of range_km, when not the row's source.",
            required=False,
            nullable=True,
            references=SOURCE,
        ),
        Field("description", "string", "One or two sentences from the source.", nullable=True),
        *_source_fields(),
    ),
)

POLLS = Dataset(
    name="polls",
    title="Belarusian opinion polls",
    description=(
        "Poll results in long format: one row per answer option, wave and subgroup. "
        "A new question or wave is just more rows."
    ),
    key=("date", "pollster", "question_id", "answer", "subgroup", "source_id"),
    fields=(
        Field("date", "date", "Fieldwork date, as precise as the source gives it."),
        Field("pollster", "string", "Who ran the survey."),
        Field("question_id", "slug", "Stable id of the question, cited as poll:<id>."),
        Field("question", "string", "Question wording as given by the source."),
        Field("answer", "string", "Answer option."),
        Field("percent", "number", "Share of respondents, 0–100.", minimum=0, maximum=100),
        Field("subgroup", "string", "'all' for the whole sample, else e.g. 'age 18-24'."),
        Field("sample_size", "integer", "Number of respondents, if stated.", nullable=True, minimum=1),
        Field(
            "margin_of_error",
            "number",
            "Margin of error in percentage points, if stated.",
            required=False,
            nullable=True,
            minimum=0,
        ),
        Field("population", "string", "Method and population surveyed.", required=False, nullable=True),
        Field(
            "flag",
            "string",
            "conflicting_sources when another source reports a different figure.",
            required=False,
            nullable=True,
            allowed=("conflicting_sources",),
        ),
        Field("caveat", "string", "Caveats on this figure.", required=False, nullable=True),
        *_source_fields(),
    ),
)

# What an answer means across the questions of a poll topic, in the words a chart's legend
# uses. Each meaning has one colour in every poll chart (components/figures/palette.py).
ANSWER_MEANINGS = (
    "Union with Russia",
    "Belarus joining Russia",
    "The EU",
    "Independent and friendly relations",
    "Relations as with any other country",
    "Against",
    "Neither",
    "Undecided",
)

POLL_TOPICS = Dataset(
    name="poll_topics",
    title="Poll topics",
    description=(
        "Which poll questions measure the same thing, so that the Polls view charts them as one "
        "series across pollsters and waves: one row per answer of each question, with what the "
        "answer means across the topic and how the question's wording differs from the others."
    ),
    key=("topic", "question_id", "answer"),
    fields=(
        Field("topic", "slug", "Identifier of the topic, used in the Polls view's address (?topic=<id>)."),
        Field(
            "topic_title",
            "string",
            "The topic in plain words: the tracker chart's title, the same on each of its rows.",
        ),
        Field(
            "question_id",
            "slug",
            "A question of the topic (a question_id in polls).",
            references=Reference("polls", "question_id"),
        ),
        Field("answer", "string", "One of the question's answers, exactly as in polls."),
        Field("meaning", "string", "What the answer means across the topic's questions.", allowed=ANSWER_MEANINGS),
        Field("series", "string", "The question's name in the chart's legend: who asked it, in words."),
        Field(
            "wording_note",
            "string",
            "How the question's wording differs from the others of the topic, listed under the chart.",
            nullable=True,
        ),
        *_source_fields(),
    ),
)

BUDGETS = Dataset(
    name="budgets",
    title="Military expenditure",
    description=(
        "Military expenditure by country and year in long format. SIPRI's series and the "
        "figures quoted by the paper are separate rows with their own sources, never merged."
    ),
    licence=SIPRI_TERMS,
    key=("iso3", "year", "metric", "source_id"),
    fields=(
        Field("country", "string", "Country name."),
        Field("iso3", "string", "ISO 3166-1 alpha-3 code."),
        Field("year", "integer", "Calendar year (US: fiscal year).", minimum=1900, maximum=2100),
        Field(
            "metric",
            "string",
            "Which series.",
            allowed=("usd_current_m", "usd_constant_2023_m", "share_of_gdp_pct", "per_capita_usd"),
            words=measure_word,
        ),
        Field("value", "number", "The figure; empty where the source has none (never 0).", nullable=True, minimum=0),
        Field("unit", "string", "Unit of value."),
        Field(
            "flag",
            "string",
            "The source's own marking of the figure.",
            required=False,
            nullable=True,
            allowed=("sipri_estimate", "highly_uncertain", "data_unavailable", "not_independent"),
        ),
        Field("note", "string", "The source's wording or caveat.", required=False, nullable=True),
        *_source_fields(),
    ),
)

BUDGET_NOTES = Dataset(
    name="budget_notes",
    title="Military expenditure notes",
    description="The source's footnotes on each country's series (read before comparing).",
    licence=SIPRI_TERMS,
    key=("iso3", "note_id", "source_id"),
    fields=(
        Field("iso3", "string", "ISO 3166-1 alpha-3 code."),
        Field("country", "string", "Country name."),
        Field("marker", "string", "The note's marker as printed.", nullable=True),
        Field("note_type", "string", "footnote or special_note.", allowed=("footnote", "special_note")),
        Field("note_id", "string", "The note's number or symbol."),
        Field("text", "string", "The note, verbatim."),
        Field("source_id", "slug", "The source of the note.", references=SOURCE),
    ),
)

MYTHS = Dataset(
    name="myths",
    title="Myths and realities",
    description=(
        "Claims about the Belarus–Russia alliance and the source's verdict. A verdict that "
        "changed is a new row with the same id and a later as_of date."
    ),
    key=("id", "as_of"),
    fields=(
        Field("id", "slug", "Identifier of the claim."),
        Field("as_of", "date", "Date of the assessment (the source's date)."),
        Field("claim", "string", "The claim, as the source words it."),
        Field(
            "verdict",
            "string",
            "The source's verdict.",
            allowed=("myth", "in_part_myth", "partly_true", "not_a_myth", "contested"),
        ),
        Field("theme", "string", "Theme, for filtering.", words=humanise),
        Field("parent_id", "slug", "The broader myth this claim belongs to.", required=False, nullable=True),
        Field("reality", "string", "The source's finding in one line: what a card shows under the claim."),
        Field("summary", "string", "The reality, in one to three sentences."),
        *_source_fields(),
    ),
)

EVIDENCE = Dataset(
    name="evidence",
    title="Evidence",
    description="Dated findings for and against each myth, each with a verbatim quote.",
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier of the evidence item."),
        Field("myth_id", "slug", "The myth it bears on.", references=Reference("myths")),
        Field("date", "date", "Date of the fact or event described."),
        Field("finding", "string", "What the source establishes, paraphrased."),
        Field(
            "stance",
            "string",
            "Whether it supports the reality (against the myth), the myth, or is context.",
            allowed=("supports_reality", "supports_myth", "context"),
        ),
        Field("quote", "string", "A short verbatim quote from the source.", nullable=True),
        *_source_fields(),
        Field(
            "related",
            "string",
            "What it points at: site:<id>; event:<id>; poll:<question_id>; exercise:<id>.",
            nullable=True,
            typed_references={
                "site": Reference("sites"),
                "event": Reference("events"),
                "poll": Reference("polls", "question_id"),
                "exercise": Reference("exercises"),
            },
        ),
    ),
)

EVENTS = Dataset(
    name="events",
    title="Timeline of events",
    description="Dated events of the alliance and the flank, for timelines and chart markers.",
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier, cited by evidence as event:<id>."),
        Field("date", "date", "When it happened (as precise as known)."),
        Field("end_date", "date", "When it ended, for events that last.", required=False, nullable=True),
        Field("title", "string", "Short title."),
        Field(
            "category",
            "string",
            "What kind of event.",
            allowed=(
                "treaty",
                "agreement",
                "exercise",
                "deployment",
                "diplomacy",
                "election",
                "war",
                "crisis",
                "other",
            ),
        ),
        Field("description", "string", "What happened, from the source.", nullable=True),
        *_source_fields(),
    ),
)

EXERCISES = Dataset(
    name="exercises",
    title="Joint military exercises",
    description="Size of the joint Belarusian–Russian exercises, where the sources give figures.",
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier, cited by evidence as exercise:<id>."),
        Field("name", "string", "Exercise name, e.g. Zapad 2017."),
        Field("year", "integer", "Year held.", minimum=1900, maximum=2100),
        Field("start_date", "date", "First day, if known.", required=False, nullable=True),
        Field("end_date", "date", "Last day, if known.", required=False, nullable=True),
        Field("total_troops", "integer", "Troops in total, as printed.", nullable=True, minimum=0),
        Field("belarus_troops", "integer", "Belarusian troops, as printed.", nullable=True, minimum=0),
        Field("russia_troops", "integer", "Russian troops, as printed.", nullable=True, minimum=0),
        Field(
            "total_troops_max",
            "integer",
            "Upper end of the total where the source prints a range (total_troops is then its lower end).",
            required=False,
            nullable=True,
            minimum=0,
        ),
        Field(
            "figure",
            "string",
            "What the figures are, as the source says: the official (formal) count, one side's announcement,"
            " or an estimate; empty where the source does not say.",
            required=False,
            nullable=True,
            allowed=("official", "announced", "estimate"),
        ),
        Field("note", "string", "Which figure is official and which estimated, etc.", nullable=True),
        *_source_fields(),
    ),
)

PLACES = Dataset(
    name="places",
    title="Map labels",
    description="Capitals and other places named on the map, so that it reads without online tiles.",
    licence=GEONAMES_TERMS,
    key=("id",),
    fields=(
        Field("id", "slug", "Identifier."),
        Field("name", "string", "Name as shown on the map (the paper's transliteration)."),
        Field("alt_names", "string", "Other spellings, semicolon-separated.", required=False, nullable=True),
        Field(
            "kind",
            "string",
            "What the place is: capitals and cities are labelled on the map; a town only places the sites there.",
            allowed=("capital", "city", "region", "town"),
        ),
        Field(
            "geonames_id",
            "integer",
            "The place's id in GeoNames, the gazetteer of every label.",
            required=False,
            nullable=True,
        ),
        Field("country", "string", "ISO 3166-1 alpha-3 code."),
        Field("lat", "number", "Latitude, decimal degrees (WGS84).", minimum=-90, maximum=90),
        Field("lon", "number", "Longitude, decimal degrees (WGS84).", minimum=-180, maximum=180),
        *_source_fields(),
    ),
)

SPELLINGS = Dataset(
    name="spellings",
    title="Name spellings",
    description=(
        "The transliteration the dashboard uses (the paper's) and common alternates, "
        "so that a search for either spelling finds both."
    ),
    key=("name",),
    fields=(
        Field("name", "string", "The spelling the dashboard uses (the paper's)."),
        Field("alternates", "string", "Other spellings found in sources, semicolon-separated."),
        Field("note", "string", "Where each spelling comes from.", nullable=True),
        *_source_fields(),
    ),
)

MEMBERSHIPS = Dataset(
    name="memberships",
    title="Alliance memberships",
    description=(
        "When each country joined NATO, as its source states: the Map measures a site's distance "
        "to the nearest NATO territory as it stood on the map's date."
    ),
    key=("iso3",),
    fields=(
        Field("iso3", "string", "The member's ISO 3166-1 alpha-3 code (as the map's borders use it)."),
        Field("country", "string", "The member's English short name."),
        Field("joined", "date", "The date the country became a member (its accession)."),
        *_source_fields(),
    ),
)

BRIEFINGS = Dataset(
    name="briefings",
    title="Briefings",
    description=(
        "Ordered slides for presenters: each names a view and its state (as in the view's address), "
        "a headline and speaker notes. One briefing per file is the convention; several can share one."
    ),
    row_checks=(
        RowCheck(
            "state",
            "only address parameters that the slide's view reads (README: the views' addresses)",
            lambda row: None if is_blank(row["state"]) else state_problem(str(row["view"]), str(row["state"])),
        ),
    ),
    key=("briefing", "slide"),
    fields=(
        Field("briefing", "slug", "Identifier of the briefing, used in its address (?briefing=<id>)."),
        Field("briefing_title", "string", "The briefing's title, the same on each of its rows."),
        Field("slide", "integer", "Position of the slide in the briefing, from 1.", minimum=1),
        Field("view", "string", "The view the slide shows.", allowed=tuple(v.slug for v in SLIDE_VIEWS)),
        Field(
            "state",
            "string",
            "The view's state as the query string of its address, e.g. as_of=2014-06&site=hantsavichi_radar.",
            nullable=True,
        ),
        Field("title", "string", "The slide's headline: the finding, in one sentence."),
        Field("notes", "string", "Speaker notes, shown only in the notes view.", nullable=True),
        *_source_fields(),
    ),
)

DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        SOURCES,
        SITES,
        POLLS,
        POLL_TOPICS,
        BUDGETS,
        BUDGET_NOTES,
        MYTHS,
        EVIDENCE,
        EVENTS,
        EXERCISES,
        PLACES,
        SPELLINGS,
        MEMBERSHIPS,
        BRIEFINGS,
    )
}
