"""The passphrase tool answers --help without asking for a passphrase."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_help_is_printed_without_a_prompt():
    done = subprocess.run(
        [sys.executable, "-m", "tools.editor_passphrase", "--help"],
        cwd=ROOT, input="", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0
    assert "salted hash of an editor passphrase" in done.stdout and "passphrase (at least" not in done.stdout
