"""Single cells of a loaded frame, read with their types: empty, text or a number.

pandas hands back any scalar type for a cell; these say what the code expects of it, in
one place, so the rest of the library reads typed values.
"""

from __future__ import annotations

import pandas as pd


def is_blank(value: object) -> bool:
    """An empty cell as pandas reads it: None, NaN, pd.NA or NaT."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def text_of(value: object) -> str:
    """The cell as text; an empty cell as ''."""
    return "" if is_blank(value) else str(value)


def number_of(value: object) -> float:
    """The cell as a number (it must hold one)."""
    return value if isinstance(value, float) else float(str(value))


def blank_text_as_empty(table: pd.DataFrame) -> pd.DataFrame:
    """An empty text cell shows as nothing (a table would print "None" in it)."""
    text = [column for column in table.columns if not pd.api.types.is_numeric_dtype(table[column])]
    return table.fillna(dict.fromkeys(text, "")) if text else table
