#!/usr/bin/env python3
"""Checks the files the Debian package installs beside the program, with the
tools distributions use, before any package is built (no root needed):

  check-files.py CHECK CIVICWHEEL SOURCE_DIR GENERATED_DIR VERSION

CHECK is one of: desktop, metainfo, man, completion, version, mime.
GENERATED_DIR is build/<preset>/resources (metainfo, man page, changelog).
Prints what is wrong and exits 1; exits 0 when all is well.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

APP_ID = "org.civicwheel.CivicWheel"


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def need(tool):
    if shutil.which(tool) is None:
        sys.exit(f"{tool} is not installed: run scripts/install-deps")


def commands_and_options(civicwheel):
    """{command: set of long options} from `civicwheel --help` and `COMMAND --help`."""
    listing = run([civicwheel, "--help"]).stdout
    block = listing.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    names = [line.split()[0] for line in block.splitlines() if line.strip()]
    found = {}
    for name in names:
        text = run([civicwheel, name, "--help"]).stdout
        options = set(re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", text.split("Options:", 1)[1], re.M))
        options.discard("--help")
        found[name] = options
    return found


def check_desktop(source, **_):
    need("desktop-file-validate")
    result = run(["desktop-file-validate", os.path.join(source, "resources", APP_ID + ".desktop")])
    # Hints and warnings too: a menu entry should come out of it silent.
    return [result.stdout + result.stderr] if result.returncode or result.stdout.strip() else []


def check_metainfo(generated, **_):
    need("appstreamcli")
    result = run(["appstreamcli", "validate", "--no-net", "--explain",
                  os.path.join(generated, APP_ID + ".metainfo.xml")])
    return [result.stdout + result.stderr] if result.returncode else []


def check_man(civicwheel, generated, **_):
    page = open(os.path.join(generated, "civicwheel.1"), encoding="utf-8").read()
    problems = []
    sections = re.split(r'^\.SS "', page, flags=re.M)[1:]
    by_name = {s.split()[0].replace("\\-", "-"): s.replace("\\-", "-") for s in sections}
    for name, options in commands_and_options(civicwheel).items():
        if name not in by_name:
            problems.append(f"the man page has no section for `civicwheel {name}`")
            continue
        for option in sorted(options):
            if not re.search(r"^\.BI? " + re.escape(option) + r'(\s|$|")', by_name[name], re.M):
                problems.append(f"the man page does not describe `civicwheel {name} {option}`")
    for name in by_name:
        if name not in commands_and_options(civicwheel):
            problems.append(f"the man page describes `civicwheel {name}`, which does not exist")
    # As lintian reads it: groff's warnings are mistakes in the page.
    need("man")
    result = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z",
                  os.path.join(generated, "civicwheel.1")],
                 env={**os.environ, "LC_ALL": "C.UTF-8", "MANWIDTH": "80"})
    if result.returncode or result.stderr.strip():
        problems.append("man reports: " + result.stderr.strip())
    return problems


def complete(source, words):
    """What bash completion offers for the command line `words` (last is being typed)."""
    script = f"""
        source /usr/share/bash-completion/bash_completion
        source {source}/resources/completion/civicwheel.bash
        COMP_WORDS=({' '.join(repr(w) for w in words)})
        COMP_CWORD={len(words) - 1}
        COMP_LINE="${{COMP_WORDS[*]}}"
        COMP_POINT=${{#COMP_LINE}}
        cd "$(mktemp -d)"
        _civicwheel civicwheel "${{COMP_WORDS[-1]}}" "${{COMP_WORDS[-2]}}"
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    return set(run(["bash", "-c", script]).stdout.split())


def check_completion(civicwheel, source, **_):
    if not os.path.exists("/usr/share/bash-completion/bash_completion"):
        sys.exit("bash-completion is not installed: run scripts/install-deps")
    problems = []
    found = commands_and_options(civicwheel)
    offered = complete(source, ["civicwheel", ""])
    if offered != set(found):
        problems.append(f"`civicwheel <TAB>` offers {sorted(offered)}, not {sorted(found)}")
    for name, options in found.items():
        offered = complete(source, ["civicwheel", name, "--"])
        if offered != options | {"--help"}:
            problems.append(f"`civicwheel {name} --<TAB>` offers {sorted(offered)}, "
                            f"not {sorted(options | {'--help'})}")
    kinds = complete(source, ["civicwheel", "import-csv", "x.wheel", "--kind", ""])
    if kinds != {"partners", "needs", "initiatives", "engagements"}:
        problems.append(f"`--kind <TAB>` offers {sorted(kinds)}")
    return problems


def check_version(civicwheel, generated, version, **_):
    problems = []
    shown = run([civicwheel, "--version"]).stdout.splitlines()[0]
    if shown != f"Civic Wheel {version}":
        problems.append(f"--version shows “{shown}”, not “Civic Wheel {version}”")
    page = open(os.path.join(generated, "civicwheel.1"), encoding="utf-8").read()
    if f'"Civic Wheel {version}"' not in page.split("\n.SH", 1)[0]:
        problems.append("the man page's title line does not carry the version")
    metainfo = open(os.path.join(generated, APP_ID + ".metainfo.xml"), encoding="utf-8").read()
    if f'<release version="{version}"' not in metainfo:
        problems.append("the AppStream release is not the version")
    changelog = open(os.path.join(generated, "changelog"), encoding="utf-8").readline()
    if not changelog.startswith(f"civicwheel ({version})"):
        problems.append(f"the Debian changelog starts “{changelog.strip()}”")
    return problems


def check_mime(civicwheel, source, **_):
    """The file type as a desktop finds it, from a database holding only ours."""
    need("update-mime-database")
    need("xdg-mime")
    need("mimetype")
    problems = []
    with tempfile.TemporaryDirectory() as home:
        packages = os.path.join(home, "mime", "packages")
        os.makedirs(packages)
        shutil.copy(os.path.join(source, "resources", "mime", "civicwheel.xml"), packages)
        env = {**os.environ, "XDG_DATA_HOME": home, "XDG_DATA_DIRS": "/usr/share",
               "XDG_CURRENT_DESKTOP": "", "DE": "generic"}
        result = run(["update-mime-database", os.path.join(home, "mime")], env=env)
        if result.returncode or result.stderr.strip():
            return ["update-mime-database: " + result.stderr.strip()]
        wheel = os.path.join(home, "x.wheel")
        made = run([civicwheel, "new", wheel, "--demo"])
        if made.returncode:
            return ["civicwheel new failed: " + made.stderr]
        renamed = os.path.join(home, "renamed.db")
        shutil.copy(wheel, renamed)
        plain = os.path.join(home, "plain.db")
        with sqlite3.connect(plain) as db:
            db.execute("CREATE TABLE t (x)")
        # A wheel by its name, a wheel by its header alone (application_id
        # 0x43495657 at offset 68), and another SQLite file that is no wheel.
        for path, expected in ((wheel, "application/x-civicwheel"),
                               (renamed, "application/x-civicwheel"),
                               (plain, "application/vnd.sqlite3")):
            got = run(["xdg-mime", "query", "filetype", path], env=env).stdout.strip()
            if got != expected:
                problems.append(f"xdg-mime says {os.path.basename(path)} is “{got}”, "
                                f"not “{expected}”")
    return problems


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    check, civicwheel, source, generated, version = sys.argv[1:]
    checks = {"desktop": check_desktop, "metainfo": check_metainfo, "man": check_man,
              "completion": check_completion, "version": check_version, "mime": check_mime}
    problems = checks[check](civicwheel=civicwheel, source=source, generated=generated,
                             version=version)
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
