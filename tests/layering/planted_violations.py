#!/usr/bin/env python3
"""Plants one violation of each layering rule in a copy of the sources and
checks that scripts/check-layering fails on it, naming the file, and passes
on the untouched copy.

  planted_violations.py SOURCE_ROOT QT_INCLUDE
"""
import os
import shutil
import subprocess
import sys
import tempfile

source_root, qt_include = sys.argv[1], sys.argv[2]
checker = os.path.join(source_root, "scripts", "check-layering")

PLANTS = [
    # (file to write, line to add, text the report must contain)
    ("core/analysis/Planted.cpp", "#include <QWidget>", "core includes <QWidget> from QtWidgets"),
    ("core/model/Planted.h", "#include <QtGui/QColor>", "core includes <QtGui/QColor> from QtGui"),
    ("core/report/Planted.cpp", "#include <QChartView>", "core includes <QChartView> from QtCharts"),
    ("core/io/Planted.cpp", "#include <QSqlQuery>", "only core/store may speak SQL"),
    ("ui/registers/Planted.cpp", "#include <sqlite3.h>", "only core/store may speak SQL"),
    ("app/Planted.cpp", "int f() { return sqlite3_changes(nullptr); }", "only core/store may call SQLite"),
    ("ui/document/Planted.cpp", '#include "store/WheelStorePrivate.h"', "is private to the store"),
    ("core/analysis/Planted2.cpp", '#include "store/Transaction.h"', "is private to the store"),
]


def copy_sources(target):
    for top in ("core", "ui", "app"):
        shutil.copytree(os.path.join(source_root, top), os.path.join(target, top))


def run(root):
    return subprocess.run([sys.executable, checker, root, "--qt-include", qt_include],
                          capture_output=True, text=True)


failures = 0
with tempfile.TemporaryDirectory(prefix="civic-layering-") as clean:
    copy_sources(clean)
    result = run(clean)
    if result.returncode != 0:
        print("the untouched copy fails the check:\n" + result.stdout)
        failures += 1

for relative, line, expected in PLANTS:
    with tempfile.TemporaryDirectory(prefix="civic-layering-") as root:
        copy_sources(root)
        with open(os.path.join(root, relative), "a", encoding="utf-8") as f:
            f.write(line + "\n")
        result = run(root)
        named = any(relative + ":" in l and expected in l for l in result.stdout.splitlines())
        if result.returncode != 1 or not named:
            print(f"planted {line!r} in {relative}: exit {result.returncode}, report:\n{result.stdout}")
            failures += 1
        else:
            print(f"caught: {relative}: {expected}")

# A comment that mentions a forbidden header is not an include.
with tempfile.TemporaryDirectory(prefix="civic-layering-") as root:
    copy_sources(root)
    with open(os.path.join(root, "core/model/Planted.h"), "w", encoding="utf-8") as f:
        f.write("// unlike <QWidget>, this file has no widgets: sqlite3_open( is never called\n")
    if run(root).returncode != 0:
        print("a comment was taken for a violation")
        failures += 1

print(f"planted violations: {len(PLANTS) + 2 - failures} of {len(PLANTS) + 2} checks as expected")
sys.exit(1 if failures else 0)
