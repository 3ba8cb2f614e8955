#!/usr/bin/env python3
"""Check the project's layering rules from the #include lines of app/ and ui/.

Usage: check_includes.py SOURCE_ROOT [WIDGETS_HEADER_DIR]

WIDGETS_HEADER_DIR is Qt's QtWidgets include folder; its file names tell which
bare <QXxx> includes are widgets. Without it the script asks qmake for it.

Prints one line per violation, "path:line: rule: include", and exits 1;
when clean prints a one-line summary and exits 0. Exit 2 is a usage error.
"""

import os
import re
import subprocess
import sys

# Which core rooms each core room may include (itself included). The table to
# read and change when the core's shape changes. A core file outside these
# rooms may include no core header, so a new room must be added here first.
CORE_ROOMS = {
    "core/api": ("core/api",),
    "core/account": ("core/api", "core/account"),
    "core/transfers": ("core/api", "core/transfers"),
    "core/jobs": ("core/api", "core/transfers", "core/jobs"),
}

# What each area may not include: other areas, and (True) Qt Widgets headers.
# The core must stay usable headless; the emulator stands apart from the app it
# emulates an API for; the CLI shares the core but not the desktop UI.
FORBIDDEN = {
    "core": (("ui", "emulator", "cli"), True),
    "emulator": (("core", "ui", "cli"), True),
    "cli": (("ui",), True),
}

# The project's top folders, as includes name them ("core/api/X.h", "ui/X.h").
PROJECT_FOLDERS = ("core", "emulator", "cli", "ui")

# Comments are blanked out (keeping newlines, so line numbers stay right).
# Strings are matched too, only so that a "//" or "/*" inside one is not
# taken for a comment; raw strings come first for the same reason.
TOKENS = re.compile(
    r'R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)"'
    r'|"(?:\\.|[^"\\\n])*"'
    r"|'(?:\\.|[^'\\\n])*'"
    r"|//[^\n]*"
    r"|/\*.*?\*/",
    re.S,
)
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"\n]+)[>"]', re.M)
MOC_FILE = re.compile(r"(^|/)(moc_[^/]*\.cpp|[^/]*\.moc)$")


def strip_comments(text):
    def blank(match):
        token = match.group(0)
        if token.startswith(("//", "/*")):
            return "\n" * token.count("\n")
        return token

    return TOKENS.sub(blank, text)


def layer_of(path):
    """'core/api/X.h' -> 'core/api', 'ui/X.h' -> 'ui'; None if not the project's."""
    parts = path.split("/")
    if len(parts) < 2 or parts[0] not in PROJECT_FOLDERS:
        return None
    if parts[0] == "core" and len(parts) > 2:
        return "core/" + parts[1]
    return parts[0]


def target_layer(root, source, name):
    """The layer ('core/api', 'ui') of the project header an include names, or None.

    Folder-qualified includes are taken as written. Others ("X.h", "../ui/X.h")
    are resolved next to the including file, so a badly spelled include still
    gets its layering checked, not only its spelling.
    """
    if layer_of(name):
        return layer_of(name)
    target = os.path.normpath(os.path.join(os.path.dirname(source), name))
    if not os.path.isfile(os.path.join(root, target)):
        return None
    target = target.replace(os.sep, "/")
    return layer_of(target[len("app/"):] if target.startswith("app/") else target)


def is_widgets_header(name, widgets_names):
    return name == "QtWidgets" or name.startswith("QtWidgets/") or name in widgets_names


def find_widgets_dir():
    """Ask qmake where Qt's headers are, for runs by hand without the argument."""
    for qmake in ("qmake6", "qmake"):
        try:
            out = subprocess.run([qmake, "-query", "QT_INSTALL_HEADERS"],
                                 capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        folder = os.path.join(out.strip(), "QtWidgets")
        if os.path.isdir(folder):
            return folder
    return None


def source_files(root):
    for top in ("app", "ui"):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".h", ".cpp")):
                    yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


def violations(source, delimiter, name, target, widgets_names):
    """The rules, in words, that one include in one source file breaks."""
    rel = source[len("app/"):] if source.startswith("app/") else source
    layer = layer_of(rel)  # None for app/main.cpp: it may include anything
    area = layer.split("/")[0] if layer else None

    # Rule 5: the project's includes say where they come from.
    if delimiter == '"' and not layer_of(name) and not MOC_FILE.search(name):
        yield "project includes name their folder (core/<room>/, emulator/, cli/, ui/)"

    if area in FORBIDDEN:
        areas, no_widgets = FORBIDDEN[area]
        if no_widgets and is_widgets_header(name, widgets_names):
            yield f"{area} includes no Qt Widgets header"
        if target and target.split("/")[0] in areas:
            yield f"{area} includes nothing from " + ", ".join(a + "/" for a in areas)

    if area == "core" and target and target.startswith("core"):
        allowed = CORE_ROOMS.get(layer)
        if allowed is None:
            yield f"{layer} is not a core room; rooms are " + ", ".join(CORE_ROOMS)
        elif target not in allowed:
            yield f"{layer} may include only " + ", ".join(allowed)


def main(argv):
    if len(argv) not in (2, 3) or not os.path.isdir(os.path.join(argv[1], "app")):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = argv[1]
    widgets_dir = argv[2] if len(argv) == 3 else find_widgets_dir()
    if len(argv) == 3 and not os.path.isdir(widgets_dir):
        print(f"not a folder: {widgets_dir}", file=sys.stderr)
        return 2
    if widgets_dir:
        widgets_names = {n for n in os.listdir(widgets_dir)
                         if os.path.isfile(os.path.join(widgets_dir, n))}
    else:
        # Still catches <QtWidgets/...>; only bare <QXxx> widgets go unnoticed.
        print("warning: Qt Widgets headers not found; bare <QXxx> includes unchecked",
              file=sys.stderr)
        widgets_names = set()

    files = includes = 0
    problems = []
    for source in source_files(root):
        files += 1
        with open(os.path.join(root, source), encoding="utf-8", errors="replace") as f:
            text = strip_comments(f.read())
        for match in INCLUDE.finditer(text):
            includes += 1
            delimiter, name = match.group(1), match.group(2).strip()
            line = text.count("\n", 0, match.start()) + 1
            target = target_layer(root, source, name)
            shown = f'#include "{name}"' if delimiter == '"' else f"#include <{name}>"
            for rule in violations(source, delimiter, name, target, widgets_names):
                problems.append(f"{source}:{line}: {rule}: {shown}")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include rule violation(s) in {files} files", file=sys.stderr)
        return 1
    print(f"include rules: {files} files, {includes} includes checked, no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
