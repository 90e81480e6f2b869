"""Derive the SIPRI budget CSVs from the shared reference-data extract.

One-off derivation tool, kept so the derivation is reproducible. It is NOT used
by the app. Standard library only.

Usage (from the repository root):

    python tools/import_sipri.py ../shared/reference-data

Reads   <dir>/sipri_milex_europe_1992_2024.csv and <dir>/sipri_milex_europe_notes.csv
Writes  data/budgets/sipri_milex_2025.csv and data/budget_notes/sipri_notes.csv

Values are copied as printed in the extract (full precision). The only change
to a number is the share of GDP, which SIPRI stores as a fraction: it is
multiplied by 100 exactly with decimal.Decimal on the original string, and
written without trailing zeros (e.g. "0.0154" -> "1.54").

Seven current-US$ cells (Belarus 1992-1994, Estonia 1992, Moldova 1993-1994,
Russia 1992) hold 0 in the workbook while the same year's constant-US$ figure is
non-zero: they are written as empty values with a note that records the 0 as
stored, so no chart draws them as a zero. Their flag stays SIPRI's own marking of
the cell (an estimate, or none): SIPRI does not mark them '...'.
"""

from __future__ import annotations

import csv
import decimal
import sys
from pathlib import Path

SOURCE_ID = "sipri_milex_2025"

# reference metric -> (contract metric, unit text)
METRICS = {
    "milex_current_usd": ("usd_current_m", "USD millions, current prices and exchange rates"),
    "milex_constant_2023_usd": (
        "usd_constant_2023_m",
        "USD millions, constant 2023 prices and exchange rates",
    ),
    "milex_share_of_gdp": ("share_of_gdp_pct", "percent of GDP"),
    "milex_per_capita_current_usd": ("per_capita_usd", "USD per person, current prices"),
}

BUDGET_COLUMNS = [
    "country",
    "iso3",
    "year",
    "metric",
    "value",
    "unit",
    "flag",
    "note",
    "source_id",
    "source_locator",
]
NOTE_COLUMNS = ["iso3", "country", "marker", "note_type", "note_id", "text", "source_id"]


def fraction_to_percent(text: str) -> str:
    """Multiply a decimal string by 100 exactly; no float, no rounding."""
    context = decimal.Context(prec=100, traps=[decimal.Inexact, decimal.InvalidOperation])
    result = context.multiply(decimal.Decimal(text), decimal.Decimal(100))
    return format(result.normalize(context), "f")


ZERO_NOTE = (
    "SIPRI's workbook holds 0 in this cell. It is not a measured zero: the constant (2023) US$ "
    "figure for the same country and year is non-zero and the per-capita cell is '...' (data "
    "unavailable). Left empty here so that it is shown as a gap, not as zero; the flag is SIPRI's own "
    "marking of this cell."
)


def zero_note(row: dict[str, str], rows: list[dict[str, str]]) -> str:
    """Explain a current-US$ cell that SIPRI stores as 0 (early 1990s, ex-Soviet states)."""
    if row["metric"] != "milex_current_usd" or row["value"] == "" or decimal.Decimal(row["value"]) != 0:
        return ""
    same = {r["metric"]: r for r in rows if r["iso3"] == row["iso3"] and r["year"] == row["year"]}
    constant = same["milex_constant_2023_usd"]["value"]
    per_capita = same["milex_per_capita_current_usd"]
    if constant and decimal.Decimal(constant) != 0 and per_capita["flag"] == "data_unavailable":
        return ZERO_NOTE
    return "SIPRI's workbook holds 0 in this cell."


def convert_values(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    out = []
    for row in rows:
        metric, unit = METRICS[row["metric"]]
        value = row["value"]
        if value and metric == "share_of_gdp_pct":
            value = fraction_to_percent(value)
        note = zero_note(row, rows)
        flag = row["flag"]
        if note == ZERO_NOTE:
            value = ""
        out.append(
            {
                "country": row["country"],
                "iso3": row["iso3"],
                "year": row["year"],
                "metric": metric,
                "value": value,
                "unit": unit,
                "flag": flag,
                "note": note,
                "source_id": SOURCE_ID,
                "source_locator": f'sheet "{row["sipri_sheet"]}", cell {row["sipri_cell"]}',
            }
        )
    return out


def convert_notes(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [
        {
            "iso3": row["iso3"],
            "country": row["country"],
            "marker": row["marker"],
            "note_type": row["note_type"],
            "note_id": row["note_id"],
            "text": row["text"],
            "source_id": SOURCE_ID,
        }
        for row in rows
    ]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir = Path(argv[1])
    repo = Path(__file__).resolve().parent.parent
    values = convert_values(read(source_dir / "sipri_milex_europe_1992_2024.csv"))
    notes = convert_notes(read(source_dir / "sipri_milex_europe_notes.csv"))
    write(repo / "data" / "budgets" / "sipri_milex_2025.csv", BUDGET_COLUMNS, values)
    write(repo / "data" / "budget_notes" / "sipri_notes.csv", NOTE_COLUMNS, notes)
    print(f"{len(values)} value rows, {len(notes)} note rows written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
