"""Fetch axe-core (the accessibility rules the browser tests run) from the npm registry.

python -m tools.fetch_axe   -> .cache/axe-core/axe.min.js, checked against npm's published hash
"""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.14.1"
TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
# The "integrity" field npm publishes for this version: the download must match it.
INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_SCRIPT = Path(__file__).resolve().parent.parent / ".cache" / f"axe-core-{VERSION}" / "axe.min.js"


def fetch() -> Path:
    if AXE_SCRIPT.exists():
        return AXE_SCRIPT
    with urllib.request.urlopen(TARBALL, timeout=60) as response:
        archive = response.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(archive).digest()).decode()
    if digest != INTEGRITY:
        raise RuntimeError(f"{TARBALL} does not match npm's published integrity hash")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        script = tar.extractfile("package/axe.min.js").read()
    AXE_SCRIPT.parent.mkdir(parents=True, exist_ok=True)
    AXE_SCRIPT.write_bytes(script)
    return AXE_SCRIPT


if __name__ == "__main__":
    print(fetch())
