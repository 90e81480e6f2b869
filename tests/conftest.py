import shutil
from pathlib import Path

import pytest

from components.repository import DEFAULT_DATA_DIR, load_repository

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shipped():
    """The datasets shipped in data/, loaded once (read only)."""
    return load_repository(DEFAULT_DATA_DIR)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of the small, valid test datasets."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", target)
    return target


def drop_file(data_dir: Path, fixture: str, dataset: str) -> Path:
    """Put one of the bad-file fixtures into a dataset folder, as an analyst would."""
    target = data_dir / dataset / fixture
    target.parent.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "bad" / fixture, target)
    return target
