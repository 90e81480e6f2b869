"""The committed map bundle is the build of the committed sources (frontend/deck_map/)."""

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend" / "deck_map"
BUNDLE = ROOT / "static" / "deck_map" / "deck_map.js"


def source_digest() -> str:
    """The digest build.mjs writes on the bundle's first line, over the same files in the same order."""
    files = ["build.mjs", "package.json", "package-lock.json"]
    files += [f"src/{p.name}" for p in sorted((FRONTEND / "src").iterdir(), key=lambda p: p.name)]
    digest = hashlib.sha256()
    for name in files:
        digest.update((FRONTEND / name).read_bytes())
    return digest.hexdigest()


def test_the_bundle_was_rebuilt_after_its_sources_changed():
    first_line = BUNDLE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line == f"// source digest: {source_digest()}", (
        "static/deck_map/deck_map.js is older than frontend/deck_map/: run `npm ci && npm run build` there"
    )


def test_the_versions_are_pinned_exactly():
    package = json.loads((FRONTEND / "package.json").read_text(encoding="utf-8"))
    versions = package["devDependencies"].values()
    assert all(v[0].isdigit() for v in versions), "no ranges: the lock file and the bundle stay reproducible"
