"""A briefing's handout from the command line: the same pages as the Briefings view's
"Make the handout" (a PDF, a page a slide, and a PNG a page), written to a folder.

    .venv/bin/python -m tools.handout paper_argument handouts/ [--notes]

Runs the app locally and photographs each slide in headless Chromium; nothing leaves
the machine. Needs Debian's chromium (scripts/setup.sh installs it).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from components.data.repository import Repository, data_dir_from_environment, load_repository
from components.exports.render import print_sheets
from components.exports.sheets import Stamp
from components.exports.shots import handout_prefix, slide_shots
from components.topics.briefings import briefing_titles, slides_of
from components.topics.data_version import version_id
from tools.servers import streamlit_server


def make_handout(repo: Repository, base_url: str, briefing: str, out_dir: Path, *, with_notes: bool = False) -> Path:
    """Print the briefing served at base_url into out_dir: <briefing>.pdf and a PNG a slide."""
    shots = slide_shots(slides_of(repo.frame("briefings"), briefing), repo.frame("sources"), base_url, base_url)
    stamp = Stamp(datetime.now(UTC), version_id(repo))
    printout = print_sheets(shots, stamp, handout_prefix(briefing), with_notes=with_notes)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, png in printout.pngs:
        (out_dir / name).write_bytes(png)
    pdf = out_dir / f"{briefing}.pdf"
    pdf.write_bytes(printout.pdf)
    return pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("briefing", help="the briefing's id (the briefing column of data/briefings/*.csv)")
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("handouts"))
    parser.add_argument("--notes", action="store_true", help="print each slide's speaker notes under it")
    args = parser.parse_args()
    repo = load_repository(data_dir_from_environment(), remember=False)
    if args.briefing not in briefing_titles(repo.frame("briefings")):
        parser.error(
            f"no briefing named '{args.briefing}'; known: {', '.join(briefing_titles(repo.frame('briefings')))}"
        )
    with streamlit_server() as url:
        pdf = make_handout(repo, url, args.briefing, args.out_dir, with_notes=args.notes)
    print(f"{pdf} and its slides as PNGs in {args.out_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
