"""Rebuild ``territories.csv`` (Maillage template format) from the shared Québec territorial reference.

Run from the repository root: ``python data/reference/build_territories.py ../shared/ref/qc_territoires.csv``.
The product reads only the CSV written here, never ``../shared``.
"""
import csv
import sys
from pathlib import Path

SDA = "Découpages administratifs du Québec (SDA V2026-05), © Gouvernement du Québec (MRNF), CC BY 4.0"
CENSUS = "Statistique Canada, subdivisions de recensement 2016, via opencivicdata/ocd-division-ids (CC0)"


def main(src: str) -> None:
    out = Path(__file__).with_name("territories.csv")
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "code", "level", "parent", "designation", "census_code", "source"])
        w.writerow(["province:24", "Québec", "24", "province", "", "Province", "24", SDA])
        for r in rows:
            parent = r["parent_id"] or "province:24"
            source = CENSUS if r["level"] == "municipality" else SDA
            w.writerow([r["id"], r["name"], r["code"], r["level"], parent, r["designation"], r["census_code"], source])
    print(f"{len(rows) + 1} territoires écrits dans {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/ref/qc_territoires.csv")
