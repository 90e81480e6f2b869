"""The lock files pin every package the environment has, at the version it has, and agree with requirements*.txt."""

import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", re.MULTILINE)


def pins(path: Path) -> dict[str, str]:
    return {normalised(name): version for name, version in PIN.findall(path.read_text(encoding="utf-8"))}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_installed_package_is_locked_at_its_version():
    locked = pins(ROOT / "requirements-dev.lock")
    installed = {normalised(d.metadata["Name"]): d.version for d in metadata.distributions()}
    for bundled in ("pip", "setuptools"):  # the installer and its tools, which venv brings itself
        installed.pop(bundled, None)
    assert {n: v for n, v in installed.items() if locked.get(n) != v} == {}


def test_the_direct_pins_and_the_locks_agree():
    app, dev = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-dev.lock")
    for name, version in pins(ROOT / "requirements.txt").items():
        assert app[name] == version == dev[name], name
    for name, version in pins(ROOT / "requirements-dev.txt").items():
        assert dev[name] == version, name
    assert {n: v for n, v in app.items() if dev.get(n) != v} == {}  # the app's lock is part of the tests' lock
