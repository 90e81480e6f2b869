import streamlit as st

from components.data.citations import sources_cited_in
from components.data.text import literal
from components.figures.site_map import INITIAL_VIEW, build_site_map, selected_site_id, view_state
from components.topics.coverage import nothing_recorded_after
from components.topics.sites import month_end, month_options, select_sites
from components.ui.page import map_and_panel, page_header, view_controls, view_filters
from components.ui.site_panels import legend_html, site_details
from components.ui.source_lines import source_footnote
from components.ui.store import repository
from components.ui.tables import table_with_download
from components.ui.url_state import choices_in_url, keep_in_url, known_id_in_url
from components.views import MAP

repo = repository()
page_header(MAP, repo)
sites = repo.frame("sites")

months = month_options(sites)
with view_controls():
    top = st.columns([3, 1])
    as_of = top[0].select_slider(
        "As of", options=months, value=months[-1], key=MAP.param("as_of").name, bind="query-params"
    )
    text = top[1].text_input(
        "Find a site", key=MAP.param("q").name, bind="query-params", placeholder="e.g. Babruysk or Bobruisk"
    )
if notice := nothing_recorded_after(repo.frames, MAP.dated, as_of):
    st.caption(literal(notice))
with view_filters():
    st.markdown("**Map filters** (none chosen = all)")
    sides = choices_in_url(st.multiselect, "Side", sorted(sites["side"].dropna().unique()), param=MAP.param("side"))
    categories = choices_in_url(
        st.multiselect, "Category", sorted(sites["category"].dropna().unique()), param=MAP.param("category")
    )
    statuses = choices_in_url(
        st.multiselect, "Status", sorted(sites["status"].dropna().unique()), param=MAP.param("status")
    )
    countries = choices_in_url(
        st.multiselect, "Country", sorted(sites["country"].dropna().unique()), param=MAP.param("country")
    )

visible = select_sites(
    sites,
    when=month_end(as_of),
    sides=sides,
    categories=categories,
    statuses=statuses,
    countries=countries,
    text=text,
    sources=repo.frame("sources"),
)
deck = build_site_map(visible, repo.frame("places"), view_state(**INITIAL_VIEW))

map_column, side_column = map_and_panel()
with map_column:
    event = st.pydeck_chart(
        deck,
        on_select="rerun",
        selection_mode="single-object",
        key="site_map",
        height=620,
        alt=f"Map of {len(visible)} military sites and deployments as of {as_of}",
    )
    st.caption(f"{len(visible):,} of {len(sites):,} sites shown as of {as_of}. Click a symbol for its record.")
with side_column:
    clicked = selected_site_id(event)
    if clicked:
        keep_in_url(MAP.param("site").name, clicked)
    chosen = known_id_in_url(MAP.param("site"), set(sites["id"]))
    if chosen:
        site_details(repo, sites[sites["id"] == chosen].iloc[0])
    else:
        st.html(legend_html())

source_footnote(repo, [*sources_cited_in(visible), "naturalearth_countries_50m", "naturalearth_disputed_crimea_50m"])
st.subheader("Sites shown")
table_with_download(visible, file_name=f"sites_as_of_{as_of}.csv", key="download_sites", height=320)
