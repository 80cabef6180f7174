#!/usr/bin/env python3
"""Writes translations/coursewright_en.ts: English plural forms for every %n message.

The English source text says "%n file(s)"; this catalogue holds "%n file" / "%n files", derived
from the "(s)" groups. lupdate -pluralonly keeps it to the plural messages.

  scripts/update-english-plurals.py [--check] [LUPDATE]

With --check, nothing is written: it exits 1 when the committed file is not what it would write.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "translations", "coursewright_en.ts")
PLURAL_GROUP = re.compile(r"(?<=[A-Za-z])\(([a-z]+)\)")


def sources():
    found = []
    for top in ("core", "widgets", "app"):
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            found += [os.path.join(folder, f) for f in files if f.endswith((".cpp", ".h"))]
    return sorted(found)


def generate(lupdate):
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "coursewright_en.ts")
        subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none", "-target-language", "en",
                        *sources(), "-ts", ts], check=True, capture_output=True)
        tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        singular = PLURAL_GROUP.sub("", source).replace(" are ", " is ")
        for text in (singular, PLURAL_GROUP.sub(r"\1", source)):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    ET.indent(tree, space="    ")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n"


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    lupdate = args[0] if args else "/usr/lib/qt6/bin/lupdate"
    text = generate(lupdate)
    if "--check" in sys.argv:
        with open(TARGET, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{TARGET} is out of date: run scripts/update-english-plurals.py", file=sys.stderr)
                return 1
        print(f"{TARGET}: up to date ({text.count('numerus=')} plural messages)")
        return 0
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
