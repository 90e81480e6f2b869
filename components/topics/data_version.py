"""Which data a view, a chart or a handout was drawn from: a short identifier of every file
served, and when each identifier was live. No Streamlit here.

The identifier is the date of the newest fact in the data and a digest of what is served
(each file's bytes, or its stand-in's while it is broken): `2025-12-30.1a2b3c4d`. It comes
from the content alone, so the same files give the same identifier in every process and on
every machine; any change gives a new one. The archive
keeps each identifier with the time it was first served (`data_versions.jsonl`), so Data
status can say when a printed figure's data was live.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from components.data.archive import Archive
from components.data.repository import Repository
from components.topics.coverage import newest_dated_row

LOG_NAME = "data_versions.jsonl"


@dataclass(frozen=True)
class DataVersion:
    id: str
    live_from: str  # ISO 8601, UTC: when it was first served
    live_until: str | None = None  # when the next one was first served; None: live now


def version_id(repo: Repository) -> str:
    served = []
    for report in repo.reports:
        sha = report.sha256 if report.valid else (report.stand_in.sha256 if report.stand_in else None)
        if sha is not None:  # else nothing of it is served
            served.append(f"{report.path}:{sha}")
    digest = hashlib.sha256("\n".join(sorted(served)).encode("utf-8")).hexdigest()
    newest = newest_dated_row(repo.frames)
    return f"{newest.last if newest else 'undated'}.{digest[:8]}"


def _log(archive: Archive) -> list[dict[str, str]]:
    path = archive.root / LOG_NAME
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:  # a line cut short by a crash
            continue
    return entries


def record_version(repo: Repository) -> str:
    """Keep the identifier of what `repo` serves, with the time, when it is new (once, across processes)."""
    archive = Archive.beside(repo.data_dir)
    current = version_id(repo)
    with archive.lock():
        entries = _log(archive)
        if not entries or entries[-1]["id"] != current:
            line = {"id": current, "live_from": datetime.now(UTC).isoformat(timespec="seconds")}
            with open(archive.root / LOG_NAME, "a", encoding="utf-8") as log:
                log.write(json.dumps(line) + "\n")
    return current


def version_history(repo: Repository) -> list[DataVersion]:
    """Every identifier served, newest first, each with when it was live (one can be live more than once)."""
    entries = _log(Archive.beside(repo.data_dir))
    following = [entry["live_from"] for entry in entries[1:]] + [None]
    return [DataVersion(e["id"], e["live_from"], until) for e, until in zip(entries, following, strict=True)][::-1]


def when_live(repo: Repository, wanted: str) -> list[DataVersion]:
    """The periods an identifier (as printed on an export) was live; empty if it never was."""
    return [version for version in version_history(repo) if version.id == wanted.strip()]


def _when(moment: str) -> str:
    return moment.replace("T", " ").replace("+00:00", " UTC")


def live_in_words(repo: Repository, wanted: str) -> str:
    """What Data status answers for an identifier read off a printout."""
    periods = when_live(repo, wanted)
    if not periods:
        return f"{wanted.strip()} is not a data version this archive has served."
    spans = "; ".join(
        f"from {_when(p.live_from)} to {_when(p.live_until) if p.live_until else 'now (it is live)'}" for p in periods
    )
    return f"{wanted.strip()} was live {spans}."


def history_table(history: list[DataVersion]) -> list[dict[str, str]]:
    return [
        {
            "data version": v.id,
            "live from": _when(v.live_from),
            "live until": _when(v.live_until) if v.live_until else "now",
        }
        for v in history
    ]
