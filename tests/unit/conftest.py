"""The shipped datasets read as plain text by id, for the tests of facts in the data (tests/shipped_csv.py)."""

import pandas as pd
import pytest

from tests.shipped_csv import dataset


@pytest.fixture(scope="module")
def sites() -> pd.DataFrame:
    return dataset("sites").set_index("id")


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return dataset("events").set_index("id")


@pytest.fixture(scope="module")
def evidence() -> pd.DataFrame:
    return dataset("evidence").set_index("id")


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    return dataset("sources").set_index("id")


@pytest.fixture(scope="module")
def polls() -> pd.DataFrame:
    return dataset("polls")


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    return dataset("places").set_index("id")
