"""data/datapackage.json is a Data Package the reference validator (frictionless) accepts, for the shipped data."""

import shutil

from frictionless import validate

from components.data.descriptor import datapackage
from components.data.repository import DEFAULT_DATA_DIR


def test_the_reference_validator_accepts_the_shipped_package():
    report = validate(str(DEFAULT_DATA_DIR / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_the_validator_finds_a_value_outside_the_declared_contract(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".archive"))
    sites = data / "sites" / "nato.csv"
    sites.write_text(sites.read_text(encoding="utf-8").replace(",nato,battlegroup,", ",nato,castle,", 1), "utf-8")
    (data / "datapackage.json").write_text(datapackage(data), encoding="utf-8")
    report = validate(str(data / "datapackage.json"))
    assert not report.valid
    assert ["category", "constraint-error"] in report.flatten(["fieldName", "type"])
