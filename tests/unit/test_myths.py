"""Myths as they stood on a date: verdicts with their history, evidence known by then, search."""

import pandas as pd

from components.data.references import parse_references
from components.data.word_search import parse_query
from components.figures.evidence_timeline import build_evidence_timeline
from components.topics.myths import (
    CARDS_PER_PAGE,
    Selection,
    as_of_options,
    assessments_on,
    evidence_known_on,
    myths_pointing_at,
    newer_against_verdict,
    newer_evidence_line,
    nothing_shown_reason,
    page_count,
    page_of,
    select,
    verdict_line,
)
from components.topics.sites import month_end

SOURCES = pd.DataFrame({"id": ["paper", "news"], "date": ["2020-06", "2022-12"]})
MYTHS = pd.DataFrame(
    {
        "id": ["closest_ally", "sovereignty", "closest_ally", "launch_pad"],
        "as_of": ["2020-06", "2020-06", "2022-12", "2022-12"],
        "claim": ["Closest ally", "About to lose its sovereignty", "Closest ally", "A launch pad"],
        "verdict": ["myth", "myth", "contested", "contested"],
        "theme": ["alliance", "sovereignty", "alliance", "war_2022"],
        "summary": ["Not so in 2020.", "Rumours overblown.", "Reassessed.", "Used in 2022."],
        "source_id": ["paper", "paper", "news", "news"],
    }
)
EVIDENCE = pd.DataFrame(
    {
        "id": ["e1", "e2", "e3", "e4"],
        "myth_id": ["closest_ally", "closest_ally", "sovereignty", "launch_pad"],
        "date": ["2014", "2022-02", "2019-12", "2022-02-24"],
        "finding": ["Refused to endorse the annexation.", "Troops crossed from Belarus.", "Lukashenka refused.", "x"],
        "stance": ["supports_reality", "supports_myth", "supports_reality", "supports_myth"],
        "quote": [None, None, None, None],
        "source_id": ["paper", "news", "paper", "news"],
        "related": ["event:crimea", "site:base;event:invasion", None, "event:invasion"],
    }
)


def on(month: str) -> pd.Timestamp:
    return pd.Timestamp(month_end(month))


def test_the_verdict_is_the_latest_made_by_the_date_and_keeps_its_history():
    in_2021 = assessments_on(MYTHS, on("2021-01")).set_index("id")
    assert list(in_2021.index) == ["closest_ally", "sovereignty"]
    assert in_2021.loc["closest_ally", "verdict"] == "myth"
    in_2023 = assessments_on(MYTHS, on("2023-01")).set_index("id")
    assert list(in_2023.index) == ["closest_ally", "sovereignty", "launch_pad"]  # as the file lists them
    assert in_2023.loc["closest_ally", "history"] == [("2020-06", "myth"), ("2022-12", "contested")]


def test_evidence_counts_from_when_its_source_reported_it():
    assert list(evidence_known_on(EVIDENCE, SOURCES, on("2021-01"))["id"]) == ["e1", "e3"]
    assert list(evidence_known_on(EVIDENCE, SOURCES, on("2022-12"))["id"]) == ["e1", "e2", "e3", "e4"]
    assert as_of_options(MYTHS, EVIDENCE, SOURCES) == ["2020-06", "2022-12"]


def test_filter_by_verdict_and_theme():
    now = assessments_on(MYTHS, on("2023-01"))
    assert list(select(now, EVIDENCE, verdicts=["myth"]).myths["id"]) == ["sovereignty"]
    assert list(select(now, EVIDENCE, themes=["war_2022"]).myths["id"]) == ["launch_pad"]


def test_search_finds_claims_and_evidence_and_alternate_spellings():
    now = assessments_on(MYTHS, on("2023-01"))
    spellings = pd.DataFrame({"name": ["Lukashenka"], "alternates": ["Lukashenko"]})
    by_claim = select(now, EVIDENCE, query=parse_query("closest"))
    assert list(by_claim.myths["id"]) == ["closest_ally"] and list(by_claim.evidence["id"]) == ["e1", "e2"]
    by_finding = select(now, EVIDENCE, query=parse_query("annexation"))
    assert list(by_finding.myths["id"]) == ["closest_ally"] and list(by_finding.evidence["id"]) == ["e1"]
    by_other_spelling = select(now, EVIDENCE, query=parse_query("lukashenko", spellings))
    assert list(by_other_spelling.evidence["id"]) == ["e3"]


def test_evidence_pointing_at_an_item_and_the_myths_it_bears_on():
    assert parse_references("site:base; event:invasion") == [("site", "base"), ("event", "invasion")]
    assert myths_pointing_at(EVIDENCE, "event", "invasion") == ["closest_ally", "launch_pad"]
    now = assessments_on(MYTHS, on("2023-01"))
    focused = select(now, EVIDENCE, pointing_at=("event", "invasion"))
    assert list(focused.myths["id"]) == ["closest_ally", "launch_pad"]
    assert list(focused.evidence["id"]) == ["e2", "e4"]


def test_the_timeline_has_a_lane_per_myth_and_marks_by_stance():
    now = assessments_on(MYTHS, on("2023-01"))
    figure = build_evidence_timeline(now, EVIDENCE, as_of="2022-12", short_source={"paper": "Marin 2020"})
    assert [trace.name for trace in figure.data] == ["Supports the reality", "Supports the myth"]
    assert len(set(figure.data[0].y) | set(figure.data[1].y)) == 3
    assert figure.layout.shapes[0].x0 == pd.Timestamp("2022-12-01")
    assert "as known in 2022-12" in figure.layout.title.text


def test_the_papers_myths_as_known_in_2020_and_what_2022_added(shipped):
    myths, evidence, sources = shipped.frame("myths"), shipped.frame("evidence"), shipped.frame("sources")
    in_2020 = assessments_on(myths, on("2020-06"))
    claims = set(in_2020["claim"])
    assert {
        "Belarus is Russia’s closest military ally",
        "Belarus is already an integral part of the Russian army",
        "Belarus is about to lose its sovereignty",
    } <= claims
    assert (in_2020["verdict"] == "not_a_myth").sum() == 1
    assert (in_2020["parent_id"] == "myth_lose_sovereignty").sum() == 4  # the four rumour categories
    assert not evidence_known_on(evidence, sources, on("2020-06"))["source_id"].eq("bfmtv2022").any()
    in_2022 = assessments_on(myths, on("2022-12"))
    assert {"myth_launch_pad_2022", "myth_belarus_troops_join_war_2022"} <= set(in_2022["id"])


def test_a_source_dated_only_by_year_counts_as_known_once_that_year_is_over():
    sources = pd.DataFrame({"id": ["paper", "news"], "date": ["2020-06", "2022"]})
    assert list(evidence_known_on(EVIDENCE, sources, on("2022-06"))["id"]) == ["e1", "e3"]
    assert list(evidence_known_on(EVIDENCE, sources, on("2022-12"))["id"]) == ["e1", "e2", "e3", "e4"]
    assert as_of_options(MYTHS, EVIDENCE, sources) == ["2020-06", "2022-12"]


def test_nothing_assessed_yet_or_nothing_matching_is_an_empty_selection_not_an_error():
    before = assessments_on(MYTHS, on("2019-01"))
    assert before.empty
    assert select(before, EVIDENCE, query=parse_query("ally")).myths.empty
    now = assessments_on(MYTHS, on("2023-01"))
    assert select(now, EVIDENCE, verdicts=["partly_true"], query=parse_query("ally")).myths.empty


def test_newer_evidence_against_a_verdict_is_marked_but_never_changes_it():
    in_2021 = assessments_on(MYTHS, on("2021-06")).set_index("id", drop=False)
    known = evidence_known_on(EVIDENCE, SOURCES, on("2023-01"))
    ally = in_2021.loc["closest_ally"]  # "myth" in 2020-06; troops crossed in 2022-02
    newer = newer_against_verdict(ally, known)
    assert list(newer["id"]) == ["e2"]
    line = newer_evidence_line(ally, newer, {"news": "News 2022"})
    assert line == "1 later finding supports the claim, dated 2022-02 (News 2022). No later assessment is recorded."
    assert verdict_line(ally, {"paper": "Paper 2020"}, today=False, as_of="2021-06") == (
        "Verdict as known in 2021-06: Myth (Paper 2020, assessed 2020-06)"
    )
    # Evidence from before the assessment, or on its side, raises no marker.
    assert newer_against_verdict(in_2021.loc["sovereignty"], known).empty
    # "Contested" takes no side: nothing later points against it.
    contested = pd.Series({"id": "closest_ally", "as_of": "2020-06", "verdict": "contested", "source_id": "paper"})
    assert newer_against_verdict(contested, known).empty


def test_not_a_myth_is_questioned_by_later_evidence_against_the_claim():
    myth = pd.Series({"id": "m", "as_of": "2020-06", "verdict": "not_a_myth", "source_id": "paper"})
    items = pd.DataFrame(
        {
            "myth_id": ["m", "m", "m"],
            "date": ["2021", "2023-05", "2024"],
            "stance": ["supports_reality", "supports_myth", "supports_reality"],
            "source_id": ["news", "news", "news"],
        }
    )
    line = newer_evidence_line(myth, newer_against_verdict(myth, items), {"news": "News"})
    assert line.startswith("2 later findings go against the claim, the latest dated 2024 (News).")


def test_an_empty_view_names_what_emptied_it():
    in_2021 = assessments_on(MYTHS, on("2021-01"))
    reason = nothing_shown_reason(in_2021.iloc[0:0], verdicts=[], themes=[], text="", as_of="2019-01", first="2020-06")
    assert reason == "No myth had been assessed by 2019-01: the first assessment in the data is dated 2020-06."
    reason = nothing_shown_reason(in_2021, verdicts=["contested"], themes=[], text="", as_of="2021-01", first="2020-06")
    assert reason.startswith("No myth had the chosen verdict and theme as known in 2021-01.")
    reason = nothing_shown_reason(in_2021, verdicts=[], themes=[], text=" tanks ", as_of="2021-01", first="2020-06")
    assert reason == "Nothing in the claims, findings or quotes matches “tanks” as known in 2021-01."


def test_myths_come_a_page_at_a_time_with_their_evidence():
    myths = pd.DataFrame({"id": [f"m{n:02d}" for n in range(30)]})
    evidence = pd.DataFrame({"id": [f"e{n:02d}" for n in range(30)], "myth_id": [f"m{n:02d}" for n in range(30)]})
    everything = Selection(myths, evidence)
    assert page_count(everything) == 3 and CARDS_PER_PAGE == 12
    second = page_of(everything, 2)
    assert list(second.myths["id"]) == [f"m{n:02d}" for n in range(12, 24)]
    assert list(second.evidence["myth_id"]) == list(second.myths["id"])  # only the evidence of the cards shown
    assert list(page_of(everything, 9).myths["id"]) == [f"m{n:02d}" for n in range(24, 30)]  # past the end: the last
    assert page_of(everything, 0).myths["id"].iloc[0] == "m00"
    assert page_count(Selection(myths.head(0), evidence.head(0))) == 1
