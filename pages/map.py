import streamlit as st

from components.data.citations import sources_cited_in
from components.data.reader_tables import in_words_of
from components.data.text import literal
from components.data.word_search import parse_query
from components.figures.site_map import SITE_LAYER, build_site_map, legend_lines
from components.topics.coverage import nothing_recorded_after
from components.topics.map_views import camera_for, home_camera
from components.topics.site_changes import changes_between, with_ended
from components.topics.sites import first_month_on_map, month_end, month_options, select_sites
from components.ui.deck_map import deck_map
from components.ui.map_address import (
    MAP_KEY,
    compare_picker,
    focus_clicked,
    region_picker,
    view_in_address,
    view_to_address,
)
from components.ui.page import map_and_panel, page_header, view_controls
from components.ui.site_filters import filters_summary, site_filter_choices
from components.ui.site_panels import changes_table, matches_elsewhere, not_drawn_notice, reading_notes, site_details
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.ui.tables import table_with_download
from components.ui.time_lapse import time_lapse
from components.ui.url_state import choice_in_url, known_id_in_url, shown_unless_off_in_url, text_in_url
from components.views import MAP

# As tall as the first screen leaves room for, so the whole map is in view on a laptop and a wall screen.
MAP_HEIGHT = "clamp(420px, calc(100vh - 350px), 760px)"

repo = repository()
page_header(MAP, repo)
sites = repo.frame("sites")

months = month_options(sites)
with view_controls():
    top = st.columns([4.0, 1.5, 2.0, 2.0, 2.6], vertical_alignment="bottom")
    as_of = choice_in_url(top[0].select_slider, "As of", months, param=MAP.param("as_of"), default=months[-1])
    text = text_in_url(top[2].text_input, "Find a site", param=MAP.param("q"), placeholder="e.g. Babruysk or Bobruisk")
    region = region_picker(top[3])
    options = top[4].popover("Filters & compare", icon=":material/tune:", use_container_width=True)
    time_lapse(top[1], options, param=MAP.param("as_of"), months=months)
    earlier, compare_dropped = compare_picker(options, months, as_of)
    rings = shown_unless_off_in_url(options.toggle, "Range rings", param=MAP.param("rings"))
    chosen_filters = site_filter_choices(options, sites)

query = parse_query(text, repo.frame("spellings"))
# Narrowed one step at a time, each step from the last: the search, then the filters, then the date.
found = select_sites(sites, when=None, query=query, sources=repo.frame("sources"))
filtered = select_sites(found, when=None, chosen=chosen_filters, sources=repo.frame("sources"))
visible = select_sites(filtered, when=month_end(as_of), sources=repo.frame("sources"))
changes = changes_between(filtered, repo.frame("sources"), month_end(earlier), month_end(as_of)) if earlier else None
shown = visible if changes is None else with_ended(visible, changes)
chosen = known_id_in_url(MAP.param("site"), set(sites["id"]))
focus = sites[sites["id"] == chosen].iloc[0] if chosen else None

map_column, side_column = map_and_panel()
with map_column:
    deck_map(
        build_site_map(shown, repo.frame("places"), focus=chosen, rings=rings, changes=changes),
        camera_for(address_view=view_in_address(), region=region, site=focus, all_sites=sites),
        home=home_camera(sites),
        key=MAP_KEY,
        height=MAP_HEIGHT,
        alt=f"Map of {len(visible)} military sites and deployments as of {as_of}",
        legend=legend_lines(rings=rings, compare=changes is not None, focused=focus is not None),
        on_view=view_to_address,
        on_click=focus_clicked,
        click_layer=SITE_LAYER,
    )
    st.caption(
        f"{len(visible):,} of {len(sites):,} sites shown as of {as_of}. "
        + filters_summary(chosen_filters, text)
        + " "
        + literal(nothing_recorded_after(repo.frames, MAP.dated, as_of) or "")
    )
with side_column:
    if query:
        first_months = first_month_on_map(filtered, repo.frame("sources")).set_axis(filtered["id"])
        matches_elsewhere(
            filtered[~filtered["id"].isin(visible["id"])],
            first_months[first_months.isin(months)],
            hidden_by_filters=len(found) - len(filtered),
            as_of=as_of,
        )
    if focus is not None:
        not_drawn_notice(focus, shown, filtered, as_of)
        site_details(repo, focus, month_end(as_of))
    else:
        reading_notes()

if compare_dropped:
    st.info(f"The comparison with {compare_dropped} was left out: it must be a month before {as_of}.")
if changes is not None:
    changes_table(repo, changes, earlier, as_of)
source_footnote(repo, [*sources_cited_in(shown), "naturalearth_countries_50m", "naturalearth_disputed_crimea_50m"])
st.subheader("Sites shown")
table_with_download(
    visible,
    file_name=f"sites_as_of_{as_of}.csv",
    key="download_sites",
    height=320,
    in_words=in_words_of("sites", repo.frame("sources")),
)
