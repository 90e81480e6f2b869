"""What came of an editor's publish or roll back, as one value the page shows. No Streamlit here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from components.data.archive import Archive, Version
from components.data.references import file_name_of
from components.data.repository import Repository
from components.editing.publishing import UPLOAD, Candidate, StaleCandidate, check, publish, roll_back

T = TypeVar("T")
STALE_OTHER = (
    "Other data changed since your preview (another editor, or a dropped file), and this file is "
    "checked against it: nothing was written. Review the preview again."
)


def stale_message(stale: StaleCandidate) -> str:
    if not stale.file_changed:
        return STALE_OTHER
    who = f" (the version of {stale.by.label})" if stale.by else " (not through this app: the folder itself)"
    return f"data/{stale.file} changed since your preview{who}: nothing was written. Review the preview again."


@dataclass(frozen=True)
class Outcome:
    done: str | None = None  # what was changed, for the message after the page reloads
    error: str | None = None  # why nothing was changed
    refused: Candidate | None = None  # a version that no longer fits today's data, with its problems


def _write(change: Callable[[], T]) -> T | Outcome:
    """The change's result, or why nothing was changed: another change came first, or the disk refused."""
    try:
        return change()
    except StaleCandidate as stale:
        return Outcome(error=stale_message(stale))
    except OSError as error:
        return Outcome(error=f"The file could not be written ({error.strerror}); nothing was changed.")


def publish_upload(
    data_dir: Path, candidate: Candidate, *, editor: str, action: str = UPLOAD, done: str | None = None
) -> Outcome:
    """Publish an upload, or an edit made in a view (`action` says which in the file's versions)."""
    if not candidate.acceptable:
        return Outcome(error=f"data/{candidate.file} would have problems; nothing was changed.", refused=candidate)
    version = _write(lambda: publish(data_dir, candidate, editor=editor, action=action))
    if isinstance(version, Outcome):
        return version
    return Outcome(done=f"{done or 'Published'} data/{candidate.file} ({version.label}).")


def publish_edit(live: Repository, file: str, content: bytes, *, editor: str, action: str, done: str) -> Outcome:
    """An edit made in a view (not an upload), built from the rows the editor saw in `live`:
    refused when the file changed since, so another editor's change is never overwritten unseen."""
    seen = live.report(file)
    candidate = check(live, file, content)
    if candidate.live_sha256 != (seen.sha256 if seen is not None else None):
        return Outcome(error=f"data/{file} changed since this page was drawn: nothing was changed. Look again.")
    return publish_upload(live.data_dir, candidate, editor=editor, action=action, done=done)


def restore(live: Repository, version: Version, *, editor: str) -> Outcome:
    result = _write(lambda: roll_back(live, version, editor=editor))
    if isinstance(result, Outcome):
        return result
    if not result.acceptable:
        return Outcome(error="That version no longer fits today's data; nothing was changed.", refused=result)
    return Outcome(done=f"data/{version.file} is back to the version of {version.label}.")


def dataset_files(live: Repository, dataset: str) -> tuple[list[str], list[str]]:
    """The dataset's file names on disk now, and those with every archived one besides."""
    on_disk = sorted(p.name for p in (live.data_dir / dataset).glob("*.csv"))
    archived = [file_name_of(f) for f in Archive.beside(live.data_dir).files(dataset)]
    return on_disk, sorted({*on_disk, *archived})
