#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the .ts files after `cmake --build build --target update_translations`:
zh_CN from the dictionaries in scripts/i18n/zh_CN_part*.py, en with the source text (and
English plural forms). Fails, listing them, when a source text has no Chinese translation,
so the zh_CN file is never shipped with unfinished entries.
    scripts/i18n/fill-translations.py translations/
"""
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_zh():
    zh = {}
    for part in sorted(HERE.glob("zh_CN_part*.py")):
        spec = importlib.util.spec_from_file_location(part.stem, part)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        zh.update(module.ZH)
    return zh


def english_plural(source):
    # "%n people per tube" -> singular with "1 person"; "sample(s)" -> sample / samples.
    one = source.replace("(s)", "").replace("%n people", "%n person")
    other = source.replace("(s)", "s")
    return [one, other]


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translate(source, message.get("numerus") == "yes")
        if forms is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "translations")
    zh = load_zh()
    missing = fill(folder / "sampling-station_zh_CN.ts",
                   lambda s, plural: [zh[s]] if s in zh else None)
    fill(folder / "sampling-station_en.ts",
         lambda s, plural: english_plural(s) if plural else [s])
    if missing:
        print("No Chinese translation for:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
