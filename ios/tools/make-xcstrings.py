#!/usr/bin/env python3
"""Writes ios/CommunityLibrary/Resources/Localizable.xcstrings (the String Catalog) from the app's
own words found in the Swift sources and their Polish and Urdu in translations.tsv
(English<TAB>Polish<TAB>Urdu, one a line). Most words people read come translated from the core;
these are the labels, headings and buttons.

  ios/tools/make-xcstrings.py           write the catalogue
  ios/tools/make-xcstrings.py --check   fail if a word has no translation or the catalogue is stale
                                        (scripts/ios-test runs this)
"""
import glob
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
ios = os.path.dirname(here)
out = os.path.join(ios, "CommunityLibrary", "Resources", "Localizable.xcstrings")

S = r'"((?:[^"\\]|\\.)*)"'
PATTERNS = [
    r'ActionButton\(' + S + r'(?![^\n]*fromCore: true)',
    r'(?<![A-Za-z])Text\(' + S + r'\)',
    r'Label\(' + S + r',',
    r'Toggle\(' + S,
    r'Picker\(' + S,
    r'DatePicker\(' + S,
    r'NavigationLink\(' + S,
    r'SectionHeading\(key: ' + S + r'\)',
    r'heading: ' + S,
    r'(?<![a-z])label: ' + S,
    r'empty: ' + S,
    r'empty: [^?\n]*\? ' + S + r' : ' + S,
    r'TextField\(' + S,
    r'^\s*\(' + S + r', "[a-z0-9.]+", \.init',
    r'case \.\w+: ' + S,
    r'\("[a-z_]+", ' + S + r'\)',
]

# Words in CMLKit that only the tests' text captures use, not the screens.
CAPTURE_ONLY = {"on", "off"}


def swift_key(key):
    """SwiftUI's key for an interpolated string: Int64 and Int as %lld, anything else as %@."""
    def one(m):
        expr = m.group(1)
        ints = ("places", "capacity", "events", "booked", "attended", "notCome", "walkIns", "Int(")
        return "%lld" if any(expr.endswith(i) or expr.startswith(i) for i in ints) else "%@"
    return re.sub(r"\\\((.*?)\)(?=[^)]|$)", one, key)


def keys_in_sources():
    keys = set()
    files = glob.glob(os.path.join(ios, "CommunityLibrary", "**", "*.swift"), recursive=True)
    files += glob.glob(os.path.join(ios, "CMLKit", "Sources", "CMLKit", "*.swift"))
    for f in files:
        if f.endswith("Samples.swift"):
            continue
        text = open(f, encoding="utf-8").read()
        for p in PATTERNS:
            for m in re.finditer(p, text, re.M):
                for g in m.groups():
                    if g and not g.startswith("\\(") and g not in CAPTURE_ONLY:
                        keys.add(swift_key(g).replace("\\'", "'"))
    return keys


def translations():
    rows = {}
    for n, line in enumerate(open(os.path.join(here, "translations.tsv"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or not all(parts):
            sys.exit(f"translations.tsv line {n}: needs English, Polish and Urdu, tab-separated")
        rows[parts[0]] = {"pl": parts[1], "ur": parts[2]}
    return rows


def unit(value):
    return {"stringUnit": {"state": "translated", "value": value}}


def catalogue(keys, words):
    strings = {}
    for key in sorted(keys):
        strings[key] = {
            "extractionState": "manual",
            "localizations": {"en": unit(key), "pl": unit(words[key]["pl"]), "ur": unit(words[key]["ur"])},
        }
    # Plurals: a door-list booking's places.
    strings["%lld places"] = {
        "extractionState": "manual",
        "localizations": {
            "en": {"variations": {"plural": {"one": unit("%lld place"), "other": unit("%lld places")}}},
            "pl": {"variations": {"plural": {
                "one": unit("%lld miejsce"), "few": unit("%lld miejsca"), "many": unit("%lld miejsc"),
                "other": unit("%lld miejsca")}}},
            "ur": {"variations": {"plural": {"one": unit("%lld جگہ"), "other": unit("%lld جگہیں")}}},
        },
    }
    return json.dumps({"sourceLanguage": "en", "strings": strings, "version": "1.0"},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main():
    keys = keys_in_sources() - {"%lld places"}
    words = translations()
    missing = sorted(k for k in keys if k not in words)
    if missing:
        sys.exit("no Polish and Urdu for:\n  " + "\n  ".join(missing) + "\n(add them to ios/tools/translations.tsv)")
    text = catalogue(keys, words)
    if "--check" in sys.argv:
        current = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        if current != text:
            sys.exit("ios/CommunityLibrary/Resources/Localizable.xcstrings is stale: run ios/tools/make-xcstrings.py")
        print(f"Localizable.xcstrings: {len(keys) + 1} strings, each in English, Polish and Urdu")
        return
    os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, "w", encoding="utf-8").write(text)
    unused = sorted(set(words) - keys)
    if unused:
        print("not used (kept out of the catalogue): " + ", ".join(unused))
    print(f"wrote {out}: {len(keys) + 1} strings")


main()
