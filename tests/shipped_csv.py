"""The shipped CSVs read with plain pandas (every cell as text), for tests of facts in the data
that should not depend on the application's own loading code."""

from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1] / "data"


def one_file(name: str, file: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name / file, dtype=str, keep_default_na=False)


def dataset(name: str) -> pd.DataFrame:
    """Every CSV of a dataset folder, combined."""
    files = sorted((DATA / name).glob("*.csv"))
    return pd.concat([one_file(name, f.name) for f in files], ignore_index=True)
