#!/usr/bin/env python3
# Every source file with translatable strings is listed in po/POTFILES.in,
# and every listed file exists.
import pathlib
import re
import sys

top = pathlib.Path(sys.argv[1])
listed = set()
for line in (top / "po" / "POTFILES.in").read_text().splitlines():
    line = line.strip()
    if line and not line.startswith("#"):
        listed.add(line)

marker_c = re.compile(r'\b(_|N_|C_|NC_|g_dngettext|ngettext)\s*\(\s*"')
marker_ui = re.compile(r'translatable="yes"')
needed = set()
for path in sorted(top.glob("src/**/*.c")) + sorted(top.glob("src/**/*.ui")) + sorted(top.glob("data/**/*.ui")):
    text = path.read_text(encoding="utf-8")
    pattern = marker_ui if path.suffix == ".ui" else marker_c
    if pattern.search(text):
        needed.add(str(path.relative_to(top)))
for pattern in ("data/*.desktop.in", "data/*.metainfo.xml.in", "data/*.gschema.xml"):
    for path in top.glob(pattern):
        needed.add(str(path.relative_to(top)))

missing = sorted(needed - listed)
stale = sorted(p for p in listed if not (top / p).exists())
unsorted = [line for line in (top / "po" / "POTFILES.in").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
ok = True
print("1..3")
if missing:
    ok = False
    print("not ok 1 - files with translatable strings missing from po/POTFILES.in: " + ", ".join(missing))
else:
    print("ok 1 - every file with translatable strings is listed")
if stale:
    ok = False
    print("not ok 2 - po/POTFILES.in lists files that do not exist: " + ", ".join(stale))
else:
    print("ok 2 - every listed file exists")
if unsorted != sorted(unsorted):
    ok = False
    print("not ok 3 - po/POTFILES.in is not sorted")
else:
    print("ok 3 - po/POTFILES.in is sorted")
sys.exit(0 if ok else 1)
