import shutil
from pathlib import Path

import pytest

from components.data.repository import DEFAULT_DATA_DIR, load_repository

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shipped():
    """The datasets shipped in data/, loaded once (read only)."""
    return load_repository(DEFAULT_DATA_DIR)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    """A private copy of the small, valid test datasets, with an archive of its own."""
    monkeypatch.delenv("ALLIANCE_MONITOR_ARCHIVE_DIR", raising=False)
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", target)
    return target


def drop_file(data_dir: Path, fixture: str, dataset: str, *, corpus: str = "bad", name: str | None = None) -> Path:
    """Put a fixture file into a dataset folder, as an analyst would (`name` replaces a file)."""
    target = data_dir / dataset / (name or fixture)
    target.parent.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / corpus / fixture, target)
    return target
