"""Myths & Realities as a reader uses it: filter, search, step through time, follow evidence."""

from urllib.parse import parse_qs

from components.data.text import literal
from tests.app.opening import open_expander, open_view, plotly_figures

MYTHS = "pages/myths.py"


def card_claims(app) -> list[str]:
    return [m.value.removeprefix("#### ") for m in app.markdown if m.value.startswith("#### ")]


def evidence_lines(app) -> list[str]:
    return [m.value for m in app.markdown if m.value.startswith("**") and " · " in m.value]


def links(app) -> list[tuple[str, str, dict]]:
    return [(link.proto.label, link.proto.page, parse_qs(link.proto.query_string)) for link in app.get("page_link")]


def test_the_papers_myths_and_the_2022_claims_by_date():
    app = open_view(MYTHS)
    assert len(card_claims(app)) == 11
    app.select_slider(key="myths_as_of").set_value("2020-06").run()
    claims = card_claims(app)
    assert len(claims) == 7 and "“Belarus is Russia’s closest military ally”" in claims
    assert not any("2022" in claim or "launch pad" in claim for claim in claims)
    verdicts = [c.value for c in app.caption if c.value.startswith("Verdict")]
    assert len(verdicts) == 7 and all(v.startswith(literal("Verdict as known in 2020-06:")) for v in verdicts)
    assert not any("BFM TV" in verdict for verdict in verdicts)
    assert not app.exception


def test_filtering_by_verdict_keeps_the_not_a_myth_card():
    app = open_view(MYTHS)
    app.pills(key="verdict").set_value(["not_a_myth"]).run()
    claims = card_claims(app)
    # The paper's own "not a myth", and the closest-ally claim as a 2024 report describes it.
    assert len(claims) == 2 and any("vulnerable" in c for c in claims) and any("closest" in c for c in claims)
    assert ":blue-badge[Not a myth]" in [m.value for m in app.markdown]
    assert app.query_params["verdict"] == "not_a_myth"


def test_searching_in_other_words_finds_the_integral_army_myth():
    app = open_view(MYTHS)
    app.text_input(key="q").input("integrated army").run()
    claims = card_claims(app)
    assert claims == ["“Belarus is already an integral part of the Russian army”"]


def test_search_by_an_alternate_spelling_finds_the_papers_spelling():
    app = open_view(MYTHS)
    app.text_input(key="q").input("Lukashenko").run()
    found = evidence_lines(app)
    assert 0 < len(found) < 91
    assert any("Lukashenka" in line for line in found)


def test_evidence_opens_on_demand_and_every_item_cites_a_resolvable_source(shipped):
    app = open_view(MYTHS)
    assert evidence_lines(app) == []  # the cards read as an overview; evidence opens on demand
    for myth_id in dict.fromkeys(shipped.frame("myths")["id"]):
        app = open_expander(app, f"evidence_{myth_id}_False")
    items = evidence_lines(app)
    source_lines = [c.value for c in app.caption if c.value.startswith("Source: ")]
    assert len(items) == len(shipped.frame("evidence"))  # as known today: every item
    assert len(source_lines) == len(items) + len(card_claims(app))  # one per item, one per card summary
    titles = [literal(title) for title in shipped.frame("sources")["title"]]
    unresolved = [line for line in source_lines if not any(title in line for title in titles)]
    assert unresolved == []  # each line carries the full citation of a source in data/sources


def test_evidence_links_to_the_site_on_the_map_at_a_date_it_was_there():
    app = open_view(MYTHS, q="fighter")
    site_links = [(label, query) for label, page, query in links(app) if page == "map"]
    assert any(query == {"site": ["babruysk_fighter_rotation_2014"], "as_of": ["2014-03"]} for _, query in site_links)
    map_page = open_view("pages/map.py", site="babruysk_fighter_rotation_2014", as_of="2014-03")
    assert "babruysk_fighter_rotation_2014" in set(map_page.dataframe[0].value["Id"])
    back = [(page, query) for _, page, query in links(map_page) if page == "myths"]
    assert ("myths", {"myth": ["myth_integral_army"]}) in back


def test_an_event_link_shows_the_evidence_on_that_event():
    app = open_view(MYTHS, event="event_crimea_annexation_2014")
    assert "Russia annexes Crimea" in app.info[0].value
    found = evidence_lines(app)
    assert found and all("2014" in line for line in found)


def test_a_verdict_that_changed_keeps_its_history(test_data):
    app = open_view(MYTHS)
    assert any(
        "Verdict history: Myth (2020-05) → Contested (2022-12)" in c.value.replace("\\", "") for c in app.caption
    )
    app.select_slider(key="myths_as_of").set_value("2020-05").run()
    assert not any("Verdict history" in c.value for c in app.caption)


def test_markup_in_evidence_is_shown_as_text(test_data):
    app = open_view(MYTHS)
    quote = next(m.value for m in app.markdown if m.value.startswith(">") and "script" in m.value)
    assert "\\<script\\>" in quote and "<script>" not in quote.replace("\\<script\\>", "")
    finding = next(line for line in evidence_lines(app) if "onerror" in line)
    assert "\\<img" in finding


def test_a_link_to_one_myth_focuses_it_until_the_reader_asks_for_all():
    app = open_view(MYTHS, myth="myth_integral_army")
    assert card_claims(app) == ["“Belarus is already an integral part of the Russian army”"]
    next(b for b in app.button if b.label == "Showing one myth: show them all").click().run()
    assert len(card_claims(app)) == 11
    assert "myth" not in app.query_params


def test_filters_offer_only_verdicts_some_myth_has_and_say_why_nothing_matches():
    app = open_view(MYTHS)
    assert "Partly true" not in [app.pills(key="verdict").format_func(v) for v in app.pills(key="verdict").options]
    app = open_view(MYTHS, verdict="contested", as_of="2020-06")
    assert app.info[0].value.startswith("No myth had the chosen verdict and theme as known in 2020")
    app = open_view(MYTHS, q="zzzz")
    assert app.info[0].value.startswith("Nothing in the claims, findings or quotes matches")
    app = open_view(MYTHS, as_of="2020-06", verdict="contested", q="Lukashenka")
    assert any("more myths match the search at the newest date" in c.value for c in app.caption)
    next(b for b in app.button if b.label == "Show every match").click().run()
    assert {"as_of", "verdict"}.isdisjoint(app.query_params) and app.query_params["q"] == "Lukashenka"
    assert len(card_claims(app)) > 1
    assert not app.exception


def test_each_card_gives_the_verdict_today_and_marks_newer_evidence_against_it():
    app = open_view(MYTHS, myth="myth_integral_army")
    assert any(c.value.startswith(literal("Verdict today: In part a myth")) for c in app.caption)
    newer = [c.value for c in app.caption if "later findings support the claim" in c.value]
    assert newer and "No later assessment is recorded" in newer[0]
    assert any("Newer evidence since 2020-06" in m.value for m in app.markdown)
    app = open_view(MYTHS, myth="myth_launch_pad_2022")  # contested: takes no side, so no marker
    assert not any("later finding" in c.value for c in app.caption)


def test_the_timeline_is_a_tab_kept_in_the_address():
    app = open_view(MYTHS, tab="timeline")
    assert card_claims(app) == [] and len(plotly_figures(app)) == 1
    app = open_view(MYTHS, tab="Nonsense")
    assert "tab" in app.info[0].value and len(card_claims(app)) == 11


def test_a_focused_myth_survives_moving_the_date_before_its_first_assessment():
    app = open_view(MYTHS, myth="myth_launch_pad_2022")
    app.select_slider(key="myths_as_of").set_value("2020-06").run()
    assert app.query_params["myth"] == "myth_launch_pad_2022"
    app.select_slider(key="myths_as_of").set_value("2022-12").run()
    assert len(card_claims(app)) == 1


def test_many_myths_come_a_page_at_a_time_and_the_page_is_in_the_address(test_data):
    header = (test_data / "myths" / "myths.csv").read_text(encoding="utf-8").splitlines()[0]
    rows = [
        f"many_{n:02d},2020-05,Claim number {n:02d},myth,alliance,,Reality {n}.,Summary {n}.,paper," for n in range(30)
    ]
    (test_data / "myths" / "many.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    app = open_view(MYTHS)
    assert len(card_claims(app)) == 12
    assert any(m.value.startswith("Myths 1–12 of ") and "page 1 of 3" in m.value for m in app.markdown)
    next(b for b in app.button if b.label == "Next").click().run()
    assert app.query_params["page"] == "2"
    assert any(m.value.startswith("Myths 13–24 of ") for m in app.markdown)
    assert len(card_claims(app)) == 12
    last = open_view(MYTHS, page="7")  # a link made when the list was longer opens its last page
    assert any("page 3 of 3" in m.value for m in last.markdown) and last.query_params["page"] == "3"
    assert not last.exception
    odd = open_view(MYTHS, page="<b>2</b>")  # not a page number: said, dropped, the first page shown
    assert any("is not one this view knows" in i.value for i in odd.info)
    assert "page" not in odd.query_params and any("page 1 of 3" in m.value for m in odd.markdown)
