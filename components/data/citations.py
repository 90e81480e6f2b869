"""How a source is cited, and which rows cite it. No Streamlit here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from components.data.catalog import DATASETS
from components.data.cells import blank_text_as_empty, is_blank
from components.data.text import humanise
from components.data.word_search import EVERYTHING, Query, rows_matching


def citation(source: pd.Series) -> str:
    """'Author, Title. Publisher, date.' from whatever fields the source row has."""
    parts = []
    if pd.notna(source.get("author")):
        parts.append(f"{source['author']}, ")
    parts.append(f"{source['title']}.")
    tail = [str(source[k]) for k in ("publisher", "date") if pd.notna(source.get(k))]
    if tail:
        parts.append(" " + ", ".join(tail) + ".")
    return "".join(parts)


def citations_of(sources: pd.DataFrame, source_ids: pd.Series) -> pd.Series:
    """The citation of each source id, for a table a reader reads; an unknown id stays as it is."""
    by_id = {str(row["id"]): citation(row) for _, row in sources.iterrows()}
    return source_ids.map(lambda ident: by_id.get(str(ident), str(ident)))


def short_citation(source: pd.Series) -> str:
    """'Marin 2020', 'SIPRI 2025': the first author's surname (or the publisher) and the year."""
    who = source.get("author")
    if pd.notna(who):
        first_author = str(who).split("(")[0].split(",")[0].strip()
        who = first_author.split()[-1] if first_author else None
    if pd.isna(who) or not who:
        who = source.get("publisher") if pd.notna(source.get("publisher")) else source.get("id", source.name)
    year = str(source["date"])[:4] if pd.notna(source.get("date")) else ""
    return f"{who} {year}".strip()


def short_citations(sources: pd.DataFrame) -> dict[str, str]:
    return {row["id"]: short_citation(row) for _, row in sources.iterrows()}


def resolved_sources(sources: pd.DataFrame, source_ids: Iterable[str]) -> list[pd.Series]:
    """The rows of the given sources, each once and in order; ids not in sources are skipped."""
    by_id = sources.drop_duplicates("id").set_index("id")
    wanted = dict.fromkeys(s for s in source_ids if not is_blank(s))
    return [by_id.loc[[source_id]].iloc[0] for source_id in wanted if source_id in by_id.index]


def cited_sources(sources: pd.DataFrame, source_ids: Iterable[str]) -> str:
    """The full citations of the given sources, with addresses, for a chart's source line."""
    return " · ".join(
        citation(row) + (f" {row['url']}" if not is_blank(row["url"]) else "")
        for row in resolved_sources(sources, source_ids)
    )


def citing_columns() -> list[tuple[str, str]]:
    """(dataset, column) pairs whose values are source ids."""
    return [
        (name, field_.name)
        for name, dataset in DATASETS.items()
        for field_ in dataset.fields
        if field_.references and field_.references.dataset == "sources"
    ]


def citation_counts(frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per (source_id, dataset) with how many rows of that dataset cite it."""
    counts = [
        frames[name][column]
        .dropna()
        .value_counts()
        .rename_axis("source_id")
        .reset_index(name="rows")
        .assign(dataset=name)
        for name, column in citing_columns()
    ]
    table = pd.concat(counts, ignore_index=True)
    return table.groupby(["source_id", "dataset"], as_index=False).agg(rows=("rows", "sum"))


def sources_cited_in(rows: pd.DataFrame) -> list[str]:
    """The ids of the sources the rows cite, in any of the columns declared to cite one."""
    columns = sorted({column for _, column in citing_columns() if column in rows.columns})
    return sorted({str(v) for column in columns for v in rows[column].dropna()})


def rows_citing(frames: Mapping[str, pd.DataFrame], source_id: str) -> dict[str, pd.DataFrame]:
    """For each dataset, its rows that cite the source in any citing column."""
    found = {}
    for name in DATASETS:
        columns = [column for dataset, column in citing_columns() if dataset == name]
        if not columns:
            continue
        mask = frames[name][columns].isin([source_id]).any(axis=1)
        if mask.any():
            found[name] = frames[name][mask]
    return found


KIND_ORDER = DATASETS["sources"].field("kind").allowed  # declared in the order readers cite them


def sources_table(frames: Mapping[str, pd.DataFrame], query: Query = EVERYTHING) -> pd.DataFrame:
    """Every source with its citation and how many rows cite it, filtered by a search."""
    sources = frames["sources"]
    counts = citation_counts(frames).groupby("source_id")["rows"].sum()
    table = pd.DataFrame(
        {
            "Citation": sources.apply(citation, axis=1) if len(sources) else pd.Series(dtype="str"),
            "Kind": sources["kind"].map(humanise),
            "Address": sources["url"],
            "Rows citing it": sources["id"].map(counts).fillna(0).astype(int),
            "Licence": sources["licence"],
            "Note": sources["note"],
            "Id": sources["id"],
        }
    )
    table = table[rows_matching(table, ["Id", "Citation", "Note", "Address"], query)]
    # What readers cite most comes first: the seed documents, the reference datasets, then web pages.
    places = {kind: place for place, kind in enumerate(KIND_ORDER)}
    rank = sources.loc[table.index, "kind"].map(places).fillna(len(KIND_ORDER))
    order = table.assign(_rank=rank).sort_values(["_rank", "Rows citing it"], ascending=[True, False], kind="stable")
    return blank_text_as_empty(order.drop(columns="_rank").reset_index(drop=True))
