"""kill -9 in the middle of a publish: the next start knows whose version is live, and no
half-written file is left behind."""

import subprocess
import sys
import textwrap

from components.data.archive import FOUND_ON_DISK, Archive
from components.data.repository import load_repository
from tools.servers import REPO

SITES = "sites/sites.csv"
# A publish in its own process, killed by the kernel at the moment the live file is renamed
# into place: just before it, or just after it (before the version could be logged).
PUBLISH_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from components.data.repository import load_repository
    from components.editing.publishing import check, publish

    data_dir, moment = Path(sys.argv[1]), sys.argv[2]
    live = data_dir / "sites" / "sites.csv"
    rename = os.replace

    def replace_then_die(source, target):
        if Path(target) == live and moment == "before the rename":
            os.kill(os.getpid(), signal.SIGKILL)
        rename(source, target)
        if Path(target) == live:
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace_then_die
    edited = live.read_bytes().replace(b"Babruysk airbase", b"Babruysk air base")
    publish(data_dir, check(load_repository(data_dir), "sites/sites.csv", edited), editor="Ana Analyst")
    """
)


def publish_killed(data_dir, moment: str) -> None:
    load_repository(data_dir)  # the app has served the data before: its versions are archived
    died = subprocess.run([sys.executable, "-c", PUBLISH_AND_DIE, str(data_dir), moment], cwd=REPO, check=False)
    assert died.returncode == -9


def leftovers(data_dir) -> list[str]:
    return sorted(
        str(path.relative_to(data_dir))
        for path in data_dir.rglob("*")
        if path.name.endswith((".partial", "pending.json"))
    )


def test_killed_after_the_rename_the_next_start_records_the_editor_and_the_changes(data_dir):
    publish_killed(data_dir, "after the rename")
    assert b"Babruysk air base" in (data_dir / SITES).read_bytes()  # the live file is whole and new

    load_repository(data_dir)  # the next start
    newest, before = Archive.beside(data_dir).versions(SITES)
    assert (newest.editor, newest.action, newest.changed) == ("Ana Analyst", "upload", 1)
    assert before.action == FOUND_ON_DISK  # the file as the app first found it, not the new one
    assert leftovers(data_dir) == []


def test_killed_before_the_rename_nothing_changed_and_nothing_is_left_behind(data_dir):
    archive = Archive.beside(data_dir)
    publish_killed(data_dir, "before the rename")
    assert leftovers(data_dir)  # what the crash left: the half-published file and the intent
    assert b"Babruysk air base" not in (data_dir / SITES).read_bytes()

    load_repository(data_dir)  # the next start
    assert [version.editor for version in archive.versions(SITES)] == ["(put in the folder directly)"]
    assert leftovers(data_dir) == []
    # No archived bytes of a version that never was live.
    kept = sorted(path.name for path in (archive.root / SITES).glob("*.csv"))
    assert kept == [f"{version.id}.csv" for version in archive.versions(SITES)]
