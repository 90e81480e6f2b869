"""The app as AppTest runs it, on the small test datasets instead of the shipped ones."""

from pathlib import Path

import pytest


@pytest.fixture
def test_data(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app reads a private copy of tests/fixtures/valid, which the test may change."""
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA_DIR", str(data_dir))
    return data_dir
