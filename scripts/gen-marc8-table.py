#!/usr/bin/env python3
"""Writes marc/data/marc8.tsv, the MARC-8 to Unicode tables, from pymarc's marc8_mapping
(BSD-2-Clause; see marc/data/LICENCE-marc8.md). Run again only to update the tables:
    pip install pymarc==5.4.0 && scripts/gen-marc8-table.py
Each line: charset (hex), MARC-8 code (hex), Unicode code point (hex), 1 if combining.
The last lines, charset 00, are pymarc's ODD_MAP of three-byte codes seen in real records."""
import pathlib

from pymarc import marc8_mapping

out = pathlib.Path(__file__).resolve().parents[1] / "marc" / "data" / "marc8.tsv"
lines = []
for charset, table in sorted(marc8_mapping.CODESETS.items()):
    for code, (uni, combining) in sorted(table.items()):
        lines.append(f"{charset:02x}\t{code:x}\t{uni:x}\t{1 if combining else 0}")
for code, uni in sorted(marc8_mapping.ODD_MAP.items()):
    lines.append(f"00\t{code:x}\t{uni:x}\t0")
out.write_text("\n".join(lines) + "\n")
print(f"{len(lines)} mappings written to {out}")
