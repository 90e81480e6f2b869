"""The data shipped in data/: valid, sourced, and holding the facts the product promises."""

import json
from pathlib import Path

import pytest

from components.data import descriptor
from components.data.archive import ARCHIVE_FOLDER
from components.data.catalog import DATASETS
from components.data.repository import DEFAULT_DATA_DIR, load_repository
from components.topics.briefings import slides_of

DATA = DEFAULT_DATA_DIR


@pytest.fixture(scope="module")
def repo():
    return load_repository(DATA)


def test_every_shipped_file_loads(repo):
    assert [str(p) for r in repo.rejected for p in r.problems] == []
    assert all(len(repo.frame(name)) > 0 for name in DATASETS)


def test_every_folder_under_data_is_a_declared_dataset():
    folders = {p.name for p in DATA.iterdir() if p.is_dir() and not p.name.startswith(".")}
    assert folders == set(DATASETS)


def test_generated_documentation_is_current():
    assert (DATA / "datapackage.json").read_text(encoding="utf-8") == descriptor.datapackage()
    assert (DATA / "README.md").read_text(encoding="utf-8") == descriptor.readme()
    resources = json.loads(descriptor.datapackage())["resources"]
    assert [r["name"] for r in resources] == list(DATASETS)


def test_every_source_is_cited_or_explains_why_not(repo):
    sources = repo.frame("sources")
    cited = set()
    for name, dataset in DATASETS.items():
        for field_ in dataset.fields:
            if field_.references and field_.references.dataset == "sources":
                cited |= set(repo.frame(name)[field_.name].dropna())
    uncited = sources[~sources["id"].isin(cited)]
    assert uncited["note"].notna().all(), list(uncited["id"])


def test_the_three_brotherhood_myths_have_evidence(repo):
    myths = repo.frame("myths")
    evidence = repo.frame("evidence")
    main = myths[myths["source_id"].eq("marin2020") & myths["parent_id"].isna()]
    assert len(main) >= 3
    for myth_id in main["id"]:
        assert (evidence["myth_id"] == myth_id).sum() >= 3, myth_id


@pytest.mark.parametrize("town", ["Hantsavichi", "Vileyka", "Babruysk"])
def test_russian_facilities_named_in_the_paper_are_on_the_map(repo, town):
    sites = repo.frame("sites")
    russian_in_belarus = sites[(sites["side"] == "russia") & (sites["country"] == "BLR")]
    assert russian_in_belarus["name"].str.contains(town).any()


@pytest.mark.parametrize(("spelling", "paper_spelling"), [("Bobruisk", "Babruysk"), ("Gantsevichi", "Hantsavichi")])
def test_common_alternate_spellings_find_the_site(repo, spelling, paper_spelling):
    sites = repo.frame("sites")
    found = sites[sites["alt_names"].fillna("").str.contains(spelling, case=False)]
    assert found["name"].str.contains(paper_spelling).any()


@pytest.mark.parametrize("country", ["EST", "LVA", "LTU", "POL"])
def test_the_four_original_efp_battlegroups(repo, country):
    sites = repo.frame("sites")
    battlegroups = sites[(sites["category"] == "battlegroup") & (sites["country"] == country)]
    assert battlegroups["start_date"].str.startswith("2017").any()


def test_paper_and_sipri_2018_figures_are_separate_rows(repo):
    budgets = repo.frame("budgets")
    belarus_2018 = budgets[(budgets["iso3"] == "BLR") & (budgets["year"] == 2018)]
    spending = belarus_2018[belarus_2018["metric"] == "usd_current_m"].set_index("source_id")["value"]
    assert spending["marin2020"] == 715
    assert 922 < spending["sipri_milex_2025"] < 924
    share = belarus_2018[belarus_2018["metric"] == "share_of_gdp_pct"].set_index("source_id")["value"]
    assert share["marin2020"] == 1.3


def test_sipri_series_cover_belarus_and_its_neighbours_with_gaps_not_zeros(repo):
    sipri = repo.frame("budgets").query("source_id == 'sipri_milex_2025'")
    assert {"BLR", "RUS", "POL", "LTU", "LVA", "UKR"} <= set(sipri["iso3"])
    assert len(sipri) <= 3500  # SIPRI's fair-use ceiling
    assert not (sipri["value"] == 0).any()
    gaps = sipri[sipri["value"].isna()]
    stored_zero = gaps["note"].str.startswith("SIPRI's workbook holds 0", na=False)
    assert (gaps["flag"].eq("data_unavailable") | stored_zero).all()  # '...' in SIPRI, or a 0 it stores


def test_paper_figure_polls_are_in_the_data(repo):
    polls = repo.frame("polls")
    paper = polls[polls["source_id"] == "marin2020"]
    assert set(paper["source_locator"].str.extract(r"(Fig\. \d)")[0].dropna()) == {"Fig. 1", "Fig. 2"}


def test_sipri_citation_is_the_one_sipri_requires(repo):
    sipri = repo.frame("sources").set_index("id").loc["sipri_milex_2025"]
    assert sipri["title"] == "SIPRI Military Expenditure Database 2025"
    assert sipri["url"] == "https://www.sipri.org/databases/milex"


def test_no_committed_file_is_outside_the_contract():
    archive = DATA / ARCHIVE_FOLDER  # written by the app, not committed
    stray = [
        p
        for p in DATA.rglob("*")
        if p.is_file() and p.suffix not in {".csv", ".json", ".md"} and archive not in p.parents
    ]
    assert stray == []
    assert Path(DATA / "README.md").exists()


def test_every_slide_of_the_shipped_briefing_opens_what_it_names(repo):
    """A slide whose state names a site, question, myth or country that is not in the data would show
    something else in front of an audience: every id in a shipped slide must exist."""
    known = {
        "site": set(repo.frame("sites")["id"]),
        "question": set(repo.frame("polls")["question_id"]),
        "myth": set(repo.frame("myths")["id"]),
        "metric": set(repo.frame("budgets")["metric"]),
    }
    countries = {"map": set(repo.frame("sites")["country"]), "budgets": set(repo.frame("budgets")["iso3"])}
    slides = slides_of(repo.frame("briefings"), "paper_argument")
    assert len(slides) >= 8
    for slide in slides:
        for param, values in slide.state.items():
            expected = known.get(param) or (countries.get(slide.view) if param == "country" else None)
            if expected is not None:
                assert set(values) <= expected, f"slide {slide.number}: {param}={values}"
    assert {s.state["myth"][0] for s in slides if "myth" in s.state} >= {
        "myth_closest_ally",
        "myth_integral_army",
        "myth_lose_sovereignty",
    }
    assert {s.view for s in slides} >= {"map", "polls", "budgets", "myths"}
