"""Every view passes axe-core's checks with no serious or critical violation."""

import pytest

from components.views import VIEWS
from tools.fetch_axe import fetch
from tools.harness import wait_for_app, wait_until_drawn

BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="session")
def axe_script() -> str:
    return fetch().read_text(encoding="utf-8")


def blocking_violations(page, axe_script: str) -> list[str]:
    wait_for_app(page)
    wait_until_drawn(page)  # charts and the map draw after the script ends
    page.add_script_tag(content=axe_script)
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("view", VIEWS, ids=[v.title for v in VIEWS])
def test_no_serious_accessibility_violation(app_url, watched_page, axe_script, view):
    page, watch = watched_page
    page.goto(f"{app_url}/{view.url_path}")
    assert blocking_violations(page, axe_script) == []
    watch.assert_clean()


@pytest.mark.parametrize("slide", [2, 5, 8, 10], ids=["myth card", "map", "poll", "budgets"])
def test_presenter_slides_have_no_serious_accessibility_violation(app_url, watched_page, axe_script, slide):
    page, watch = watched_page
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{app_url}/briefings?briefing=paper_argument&slide={slide}&present=1")
    assert blocking_violations(page, axe_script) == []
    watch.assert_clean()
