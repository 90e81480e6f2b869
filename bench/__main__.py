"""Every benchmark in one command: page loads, interactions and memory; many times the
data; concurrent sessions. Prints Markdown for BENCHMARKS.md.

    .venv/bin/python -m bench [--runs 5]
"""

import argparse
import asyncio

from bench.load import run as load_report
from bench.run import report, run
from bench.scale import scale_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(report(run(args.runs), args.runs), flush=True)
    print(scale_report([100, 1000], max(3, args.runs // 2)), flush=True)
    for sessions in (5, 20):
        print(asyncio.run(load_report(sessions, 60)), flush=True)


if __name__ == "__main__":
    main()
