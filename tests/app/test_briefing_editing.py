"""Editors build briefings by clicking: Add to briefing on a view, then move, edit, remove."""

import pandas as pd

from components.data.archive import Archive
from components.views import BRIEFINGS, BUDGETS, MAP, UPDATE_DATA
from tests.app.opening import open_view
from tests.app.test_update_data_page import PASSPHRASE_SECRETS, sign_in

FILE = "briefings/briefing.csv"


def as_editor(view_path: str, **query):
    """An editor's session: signed in on Update data, then on the view, opened from a link."""
    app = sign_in(open_view(UPDATE_DATA.path, secrets=PASSPHRASE_SECRETS))
    for key, value in query.items():
        app.query_params[key] = value
    return app.switch_page(view_path).run()


def slides(data_dir, briefing="test_briefing") -> pd.DataFrame:
    frame = pd.read_csv(data_dir / "briefings" / f"{briefing}.csv" if briefing != "test_briefing" else data_dir / FILE)
    return frame[frame["briefing"] == briefing].sort_values("slide")


def labels(app) -> list[str]:
    return [b.label for b in app.button]


def test_viewers_see_no_briefing_tools(test_data):
    viewer = open_view(MAP.path, secrets=PASSPHRASE_SECRETS)
    assert "Add as the last slide" not in labels(viewer)
    assert "Add as the last slide" in labels(as_editor(MAP.path))
    briefings = open_view(BRIEFINGS.path, secrets=PASSPHRASE_SECRETS)
    assert not {"Move up", "Move down", "Remove"} & set(labels(briefings))
    assert any("Editors signed in on Update data can add views" in c.value for c in briefings.caption)


def test_add_to_briefing_keeps_the_views_address_as_the_new_last_slide(test_data):
    app = as_editor(BUDGETS.path, metric="share_of_gdp_pct")
    before = slides(test_data)
    app.selectbox(key="add_briefing").select("test_briefing")
    app.text_input(key="add_title").input("Belarus spends <b>less</b> than Lithuania")
    app.selectbox(key="add_source").select("paper")
    app.text_input(key="add_locator").input("p. 9")
    next(b for b in app.button if b.label == "Add as the last slide").click().run()

    after = slides(test_data)
    assert len(after) == len(before) + 1
    added = after.iloc[-1]
    assert (added["view"], added["state"]) == ("budgets", "metric=share_of_gdp_pct")
    assert added["title"] == "Belarus spends <b>less</b> than Lithuania"
    assert "Added this view to" in app.success[0].value
    newest = Archive.beside(test_data).versions(FILE)[0]
    assert (newest.editor, newest.action) == ("Ana Analyst (editor passphrase)", "slide added")


def test_a_slide_without_a_headline_is_refused_and_nothing_is_written(test_data):
    app = as_editor(MAP.path, as_of="2014-06")
    before = (test_data / FILE).read_bytes()
    app.selectbox(key="add_source").select("paper")
    next(b for b in app.button if b.label == "Add as the last slide").click().run()
    assert "the slide needs its headline" in app.error[0].value
    assert (test_data / FILE).read_bytes() == before


def test_a_new_briefing_starts_with_the_view_as_its_first_slide(test_data):
    app = as_editor(MAP.path, as_of="2014-06", site="base_a")
    app.selectbox(key="add_briefing").select("")  # "A new briefing…"
    app.text_input(key="add_briefing_title").input("Air bases, 2014")
    app.text_input(key="add_title").input("Fighters at Babruysk")
    app.selectbox(key="add_source").select("paper")
    next(b for b in app.button if b.label == "Add as the last slide").click().run()
    new = slides(test_data, "air_bases_2014")
    assert list(new["title"]) == ["Fighters at Babruysk"]
    assert new.iloc[0]["state"] == "as_of=2014-06&site=base_a"

    on_briefings = app.switch_page(BRIEFINGS.path).run()
    assert "Air bases, 2014" in [h.value for h in on_briefings.subheader]


def test_editors_move_edit_and_remove_slides_on_briefings(test_data):
    app = as_editor(BRIEFINGS.path)
    titles = list(slides(test_data)["title"])
    app.button(key="up_test_briefing_3").click().run()
    assert list(slides(test_data)["title"]) == [titles[0], titles[2], titles[1], titles[3]]

    app.button(key="remove_test_briefing_1").click().run()
    assert list(slides(test_data)["title"]) == [titles[2], titles[1], titles[3]]
    assert "removed" in app.success[0].value

    edit = next(t for t in app.text_input if t.key.startswith("edit_test_briefing_1_") and t.key.endswith("_title"))
    edit.input("Which union: the answers, 2020")
    save = next(b for b in app.button if b.label == "Save the slide")
    save.click().run()
    assert list(slides(test_data)["title"]) == ["Which union: the answers, 2020", titles[1], titles[3]]
    assert [v.action for v in Archive.beside(test_data).versions(FILE)[:3]] == [
        "slide edited",
        "slide removed",
        "slide moved up",
    ]


def test_a_slide_change_on_a_file_changed_since_is_refused(test_data):
    app = as_editor(BRIEFINGS.path)
    live = test_data / FILE
    other_editor = live.read_bytes().replace(b"Fighters at Babruysk in 2014", b"Fighters at Babruysk, 2014")
    live.write_bytes(other_editor)
    app.button(key="down_test_briefing_1").click().run()
    assert "changed since this page was drawn" in app.error[0].value
    assert live.read_bytes() == other_editor  # the other editor's change is kept
