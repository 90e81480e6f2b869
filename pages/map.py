import streamlit as st

from components.data.citations import sources_cited_in
from components.data.text import literal
from components.figures.site_map import SITE_LAYER, build_site_map, legend_lines
from components.topics.coverage import nothing_recorded_after
from components.topics.map_views import camera_for
from components.topics.site_changes import changes_between, with_ended
from components.topics.sites import month_end, month_options, select_sites
from components.ui.deck_map import deck_map
from components.ui.map_address import MAP_KEY, focus_clicked, region_picker, view_in_address, view_to_address
from components.ui.page import map_and_panel, page_header, view_controls
from components.ui.site_panels import changes_table, filters_summary, reading_notes, site_details
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.ui.tables import table_with_download
from components.ui.url_state import choice_in_url, choices_in_url, known_id_in_url, shown_unless_off_in_url
from components.ui.words import code_word, compare_word, country_word, side_word
from components.views import MAP

# As tall as the first screen leaves room for, so the whole map is in view on a laptop and a wall screen.
MAP_HEIGHT = "clamp(420px, calc(100vh - 350px), 760px)"

repo = repository()
page_header(MAP, repo)
sites = repo.frame("sites")

months = month_options(sites)
with view_controls():
    top = st.columns([5, 2.2, 2.2, 2.9], vertical_alignment="bottom")
    as_of = top[0].select_slider(
        "As of", options=months, value=months[-1], key=MAP.param("as_of").name, bind="query-params"
    )
    text = top[1].text_input(
        "Find a site", key=MAP.param("q").name, bind="query-params", placeholder="e.g. Babruysk or Bobruisk"
    )
    region = region_picker(top[2])
    options = top[3].popover("Filters & compare", icon=":material/tune:", use_container_width=True)
    earlier = choice_in_url(
        options.selectbox,
        "Compare with an earlier month",
        ["", *months[: months.index(as_of)]],
        param=MAP.param("compare"),
        default="",
        format_func=compare_word,
    )
    rings = shown_unless_off_in_url(options.toggle, "Range rings", param=MAP.param("rings"))
    sides = choices_in_url(
        options.multiselect,
        "Side",
        sorted(sites["side"].dropna().unique()),
        param=MAP.param("side"),
        format_func=side_word,
        placeholder="All sides",
    )
    categories = choices_in_url(
        options.multiselect,
        "Category",
        sorted(sites["category"].dropna().unique()),
        param=MAP.param("category"),
        format_func=code_word,
        placeholder="All categories",
    )
    statuses = choices_in_url(
        options.multiselect,
        "Status",
        sorted(sites["status"].dropna().unique()),
        param=MAP.param("status"),
        format_func=code_word,
        placeholder="All statuses",
    )
    countries = choices_in_url(
        options.multiselect,
        "Country",
        sorted(sites["country"].dropna().unique()),
        param=MAP.param("country"),
        format_func=country_word,
        placeholder="All countries",
    )
    confidences = choices_in_url(
        options.multiselect,
        "Confidence",
        sorted(sites["confidence"].dropna().unique()),
        param=MAP.param("confidence"),
        format_func=code_word,
        placeholder="All confidence classes",
    )

visible = select_sites(
    sites,
    when=month_end(as_of),
    sides=sides,
    categories=categories,
    statuses=statuses,
    countries=countries,
    confidences=confidences,
    text=text,
    sources=repo.frame("sources"),
)
filtered = select_sites(
    sites,
    when=None,
    sides=sides,
    categories=categories,
    statuses=statuses,
    countries=countries,
    confidences=confidences,
    text=text,
    sources=repo.frame("sources"),
)
changes = changes_between(filtered, repo.frame("sources"), month_end(earlier), month_end(as_of)) if earlier else None
shown = visible if changes is None else with_ended(visible, changes)
chosen = known_id_in_url(MAP.param("site"), set(sites["id"]))
focus = sites[sites["id"] == chosen].iloc[0] if chosen else None

map_column, side_column = map_and_panel()
with map_column:
    deck_map(
        build_site_map(shown, repo.frame("places"), focus=chosen, rings=rings, changes=changes),
        camera_for(address_view=view_in_address(), region=region, site=focus, all_sites=sites),
        key=MAP_KEY,
        height=MAP_HEIGHT,
        alt=f"Map of {len(visible)} military sites and deployments as of {as_of}",
        legend=legend_lines(rings=rings, compare=changes is not None),
        on_view=view_to_address,
        on_click=focus_clicked,
        click_layer=SITE_LAYER,
    )
    st.caption(
        f"{len(visible):,} of {len(sites):,} sites shown as of {as_of}. "
        + filters_summary(sides, categories, statuses, countries, confidences)
        + " "
        + literal(nothing_recorded_after(repo.frames, MAP.dated, as_of) or "")
    )
with side_column:
    if focus is not None:
        site_details(repo, focus, month_end(as_of))
    else:
        reading_notes()

if changes is not None:
    changes_table(repo, changes, earlier, as_of)
source_footnote(repo, [*sources_cited_in(shown), "naturalearth_countries_50m", "naturalearth_disputed_crimea_50m"])
st.subheader("Sites shown")
table_with_download(visible, file_name=f"sites_as_of_{as_of}.csv", key="download_sites", height=320)
