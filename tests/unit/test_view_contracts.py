"""Every link the app builds, and every slide, uses only the address parameters its target view declares."""

import pandas as pd
import pytest

from components.data.references import parse_references
from components.data.repository import load_repository
from components.topics.briefings import slide_query, slides_of
from components.topics.evidence_links import myth_links, related_link
from components.topics.polls import SOURCE_FIGURES
from components.views import MAP, POLLS, VIEWS, Link, UndeclaredParameter, state_problem
from tests.conftest import FIXTURES


def declared(link: Link) -> bool:
    names = {p.name for p in link.view.params} | {"present", "briefing", "slide"}
    return set(link.query) <= names


def test_a_parameter_the_view_does_not_read_is_refused():
    with pytest.raises(UndeclaredParameter, match="reads no address parameter 'sitee'"):
        Link(MAP, "typo", {"sitee": "hantsavichi_radar"})
    with pytest.raises(UndeclaredParameter):
        POLLS.query({"question": ["a", "b"]})  # one question at a time
    assert POLLS.query({"subgroup": ["all", "age 18-24"]}) == {"subgroup": ["all", "age 18-24"]}


def test_every_view_declares_distinct_parameters():
    for view in VIEWS:
        names = [p.name for p in view.params]
        assert len(names) == len(set(names)), view.title


def test_every_link_from_the_shipped_evidence_uses_declared_parameters(shipped):
    links = [
        related_link(shipped.frames, kind, target)
        for cell in shipped.frame("evidence")["related"]
        for kind, target in parse_references(cell)
    ]
    assert links and None not in links  # every reference resolves to a view
    backlinks = [
        link
        for kind, column, frame in (
            ("site", "id", "sites"),
            ("event", "id", "events"),
            ("poll", "question_id", "polls"),
        )
        for target in shipped.frame(frame)[column].drop_duplicates()
        for link in myth_links(shipped.frames, kind, target)
    ]
    assert backlinks
    assert all(declared(link) for link in [*links, *backlinks, *SOURCE_FIGURES])


def test_every_shipped_slide_opens_its_view_with_declared_parameters(shipped):
    frame = shipped.frame("briefings")
    for briefing in frame["briefing"].unique():
        for slide in slides_of(frame, briefing):
            assert declared(Link(slide.target, slide.title, slide_query(slide)))


def test_a_slide_naming_a_parameter_its_view_does_not_read_is_refused_with_row_and_column(data_dir):
    assert state_problem("map", "as_of=2014-06&question=x") == "the Map view reads no address parameter 'question'"
    briefings = data_dir / "briefings" / "briefing.csv"
    frame = pd.read_csv(briefings, dtype=str, keep_default_na=False)
    frame.loc[0, "state"] = "as_of=2014-06&question=marin_fig1"
    frame.loc[0, "view"] = "map"
    frame.to_csv(briefings, index=False)
    repo = load_repository(data_dir)
    [problem] = [p for r in repo.rejected for p in r.problems]
    assert (problem.file, problem.row, problem.column) == ("briefings/briefing.csv", 2, "state")
    assert "reads no address parameter 'question'" in problem.expected
    assert (FIXTURES / "valid" / "briefings" / "briefing.csv").exists()
