"""The two kinds of pointer the data uses, parsed in one place.

- A typed reference, "kind:id" (`site:hantsavichi_radar`, `poll:marin_fig1_…`), semicolon-
  separated in a cell, from evidence to what it bears on.
- A data path, "dataset/file" (`sites/nato.csv`), relative to the data folder: how files
  are named in reports, the archive and the version log.
"""

from __future__ import annotations

from components.data.cells import is_blank


def parse_references(cell: object) -> list[tuple[str, str]]:
    """'site:a; event:b' -> [('site', 'a'), ('event', 'b')]; an empty cell -> []."""
    if is_blank(cell):
        return []
    items = (item.strip() for item in str(cell).split(";"))
    pairs = (item.partition(":") for item in items if item)
    return [(kind.strip(), ident.strip()) for kind, _, ident in pairs]


def dataset_of(path: str) -> str:
    """'sites/nato.csv' -> 'sites'."""
    return path.split("/", 1)[0]


def file_name_of(path: str) -> str:
    """'sites/nato.csv' -> 'nato.csv'."""
    return path.split("/", 1)[1]


def data_path(dataset: str, file_name: str) -> str:
    """('sites', 'nato.csv') -> 'sites/nato.csv'."""
    return f"{dataset}/{file_name}"
