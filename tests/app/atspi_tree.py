#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers
"""Issue 15: what a screen reader on Linux hears from the real Hoego.

Starts the hoego executable on the sample's data under Xvfb, on a private D-Bus session bus with the AT-SPI
bus and registry, and reads its accessible tree from outside the process, as Orca does (libatspi through
PyGObject). It reaches the main tabs by name, opens a year and a tab with AT-SPI actions only, and checks that
every event of that year is a named item of the events timeline, that the charts name their values, and that
the radar names its themes. It prints each tree it reads (role, name, value, description), so a failure shows
what was there instead.

    atspi_tree.py HOEGO SAMPLE_JSON

Exit status: 0 passed, 1 failed, 77 skipped (the AT-SPI stack or a headless X server cannot start here).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings

SKIPPED = 77
YEAR = 2025  # the sample's year with the most events
# A sanitizer build starts and answers several times slower: every wait is this long at most.
PATIENCE = float(os.environ.get("HOEGO_ATSPI_TIMEOUT", "90"))
TABS = ["Overview", "Events", "Review", "Lessons & Unfinished", "Goals", "Progress", "Themes", "Questions",
        "Outputs"]


# The Progress tab's charts: the ring first, then the bars and lines.
CHARTS = {"Goals done", "Goals done by area", "Completions over the months", "Completion rate per year",
          "Events per year", "Completion rate by area over the years"}


class Failure(Exception):
    pass


def skip(reason):
    print(f"SKIP: {reason}", flush=True)
    sys.exit(SKIPPED)


def check(condition, message):
    if not condition:
        raise Failure(message)


# ---------------------------------------------------------------------------------------------------------
# Outside the bus: a private X server, then this script again inside a private session bus.

def bus_launcher():
    for folder in ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/at-spi2"):
        path = os.path.join(folder, "at-spi-bus-launcher")
        if os.access(path, os.X_OK):
            return path
    return None


def start_xvfb(env):
    # -displayfd picks a free display and writes its number: no guessing, no clash with other tests.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten",
                             "tcp"], pass_fds=(write_end,), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline and xvfb.poll() is None:
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip().isdigit():
        xvfb.kill()
        xvfb.wait()
        skip("Xvfb did not start")
    display = ":" + number.strip().decode()
    # On a busy machine the registry, started right after, sometimes could not open the display yet (it then
    # quits and is started again): wait until a client gets an answer.
    if shutil.which("xdpyinfo"):
        while time.monotonic() < deadline and subprocess.run(
                ["xdpyinfo", "-display", display], env=env, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode != 0:
            time.sleep(0.1)
    return xvfb, display


def outside(hoego, sample):
    for tool in ("Xvfb", "dbus-run-session"):
        if not shutil.which(tool):
            skip(f"{tool} is not installed (scripts/deps installs it)")
    if not bus_launcher():
        skip("at-spi-bus-launcher is not installed (package at-spi2-core; scripts/deps installs it)")

    scratch = tempfile.mkdtemp(prefix="hoego-atspi-")
    try:
        env = dict(os.environ)
        # A home of its own: no settings, last year or tab of another run, and none left behind.
        for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime")):
            env[name] = os.path.join(scratch, sub)
            os.makedirs(env[name], mode=0o700)
        for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="Asia/Seoul", HOEGO_ATSPI_SCRATCH=scratch)
        xvfb, display = start_xvfb(env)
        env["DISPLAY"] = display
        try:
            inner = subprocess.run(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), "--inside",
                                    hoego, sample], env=env)
            return inner.returncode
        finally:
            xvfb.terminate()
            xvfb.wait()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------
# Inside the bus: the application, read through libatspi.

Atspi = None
GLib = None


def load_atspi():
    global Atspi, GLib
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi as atspi, GLib as glib
    except (ImportError, ValueError) as error:
        skip(f"libatspi's Python bindings are missing ({error}; package gir1.2-atspi-2.0 and python3-gi)")
    Atspi, GLib = atspi, glib
    # get_action_name's replacement is hidden behind Accessible.get_name in Python: keep the old name quiet.
    warnings.filterwarnings("ignore", category=DeprecationWarning)


def wait_for(what, probe, timeout=PATIENCE):
    """Calls probe until it returns something true; the app answers asynchronously."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = probe()
        except GLib.Error:
            found = None  # a child went away while it was read: read again
        if found:
            return found
        if time.monotonic() > deadline:
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)


def text_of(node, getter):
    try:
        return getter(node) or ""
    except GLib.Error:
        return ""


def role(node):
    return text_of(node, lambda n: n.get_role_name())


def name(node):
    return text_of(node, lambda n: n.get_name())


def description(node):
    return text_of(node, lambda n: n.get_description())


def said_number(text):
    """The number a description starts with ("12 · Events per year", "50% · ..."), or None."""
    lead = text.split(" · ")[0].rstrip("%").replace(",", "")
    try:
        return float(lead)
    except ValueError:
        return None


def value_text(node):
    """What a screen reader says as the value: the Value interface's number, else the text."""
    try:
        interfaces = node.get_interfaces()
        if "Value" in interfaces:
            return f"{Atspi.Value.get_current_value(node):g}"
        if "Text" in interfaces:
            return Atspi.Text.get_text(node, 0, -1) or ""
    except GLib.Error:
        pass
    return ""


def shown(node):
    try:
        return node.get_state_set().contains(Atspi.StateType.VISIBLE)
    except GLib.Error:
        return False


def children(node):
    try:
        count = node.get_child_count()
    except GLib.Error:
        return []
    found = []
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except GLib.Error:
            continue
        if child is not None:
            found.append(child)
    return found


def walk(node):
    """Every node under node, depth first; widgets not shown (other tabs' pages) are left out with their children."""
    for child in children(node):
        if not shown(child) and child.get_child_count() > 0:
            continue
        yield child
        yield from walk(child)


def find(root, wanted_role, wanted_name=None):
    for node in walk(root):
        if role(node) == wanted_role and (wanted_name is None or name(node) == wanted_name):
            return node
    return None


def describe(node):
    line = f"[{role(node)}] {name(node)!r}"
    value = value_text(node)
    if value:
        line += f" value={value!r}"
    said = description(node)
    if said:
        line += f" description={said!r}"
    if not shown(node):
        line += " (not visible)"
    return line


def dump(node, title, depth=0, limit=3000):
    """Prints the tree under node, one line per object, indented by depth."""
    if depth == 0:
        print(f"\n--- AT-SPI tree: {title} ---", flush=True)
    printed = 0
    for child in children(node):
        print("  " * depth + describe(child))
        printed += 1
        if shown(child) or child.get_child_count() == 0:
            printed += dump(child, title, depth + 1, limit - printed)
        else:
            print("  " * (depth + 1) + f"... {child.get_child_count()} children of a widget not shown")
        if printed >= limit:
            print("  " * depth + "... (cut)")
            break
    if depth == 0:
        print("---", flush=True)
    return printed


def act(node, *names):
    """Runs the first of the named actions the node offers (Qt names them Press, Toggle, SetFocus)."""
    try:
        offered = [Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))]
    except GLib.Error:
        offered = []
    for wanted in names:
        for index, offer in enumerate(offered):
            if offer.lower() == wanted.lower():
                print(f"{offer}: {describe(node)}", flush=True)
                Atspi.Action.do_action(node, index)
                return
    raise Failure(f"{describe(node)} offers the actions {offered}, none of {list(names)}")


def item_children(view):
    """The painted items of a view: the children that are no widgets of their own (they have no children)."""
    return [child for child in children(view) if role(child) == "list item"]


def open_tab(frame, tab_name):
    tab = find(frame, "page tab", tab_name)
    check(tab is not None, f"no tab named {tab_name!r}")
    act(tab, "Press", "Toggle", "SetFocus")
    # Qt names a tab list after its current tab (its tabs carry no "selected" state).
    tabs = tab.get_parent()
    wait_for(f"the {tab_name} tab to be the current one", lambda: name(tabs) == tab_name)


def run_hoego(hoego, arguments, **kwargs):
    env = dict(os.environ)
    # Qt asks the bus whether a screen reader runs; none does here, so it is told to serve AT-SPI anyway.
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    return subprocess.Popen([hoego, *arguments], env=env, **kwargs)


def expected_year(sample):
    with open(sample, encoding="utf-8") as file:
        data = json.load(file)
    year = next(y for y in data["years"] if y["number"] == YEAR)
    counts = {y["number"]: len(y.get("events", [])) for y in data["years"]}
    rings = {"assess": "Assess", "trial": "Trial", "adopt": "Adopt", "hold": "Hold"}
    themes = {theme["name"]: rings[theme["state"]] for theme in year.get("themes", [])}
    return [event["title"] for event in year["events"]], counts, themes


def check_window(sample, application):
    titles, counts, themes = expected_year(sample)
    frame = wait_for("the main window", lambda: find(application, "frame"))

    # The main tabs, each reachable by its name (mnemonics are not part of it).
    tabs = wait_for("the year page's tabs", lambda: find(frame, "page tab list"))
    tab_names = [name(tab) for tab in children(tabs) if role(tab) == "page tab"]
    print(f"tabs: {tab_names}")
    check(tab_names == TABS, f"the tabs are named {tab_names}, expected {TABS}")

    # The year strip names every year with its events; choosing one with AT-SPI opens it.
    strip = wait_for("the timeline of years", lambda: find(frame, "list", "Timeline of years"))
    dump(strip, "timeline of years")
    years = {name(item): item for item in children(strip) if name(item)}
    for number, count in counts.items():
        label = f"{number}, {count} event" + ("" if count == 1 else "s")
        check(label in years, f"the timeline of years has no item {label!r}: {sorted(years)}")
    act(years[f"{YEAR}, {counts[YEAR]} events"], "Toggle", "Press", "SetFocus")
    wait_for(f"{YEAR} to open", lambda: str(YEAR) in name(frame))

    # Every event of the year is a named item of the events timeline.
    open_tab(frame, "Events")
    timeline = wait_for("the events timeline", lambda: find(frame, "list", "Events by month"))
    wait_for("the events of the year", lambda: len(item_children(timeline)) >= len(titles))
    dump(frame, f"the window on {YEAR}'s Events tab")
    named = [name(item) for item in item_children(timeline)]
    missing = [title for title in titles if title not in named]
    check(not missing, f"events not named on the timeline: {missing}; its items are named {named}")
    check(len(named) == len(titles), f"the timeline has {len(named)} items for {len(titles)} events: {named}")
    undated = [name(item) for item in item_children(timeline) if str(YEAR) not in description(item)]
    check(not undated, f"events whose description does not give their date: {undated}")

    # Every chart names each value it draws and says it.
    open_tab(frame, "Progress")
    page = wait_for("the Progress tab's page", lambda: find(frame, "filler", "Progress"))
    wait_for("the charts", lambda: find(page, "chart"))
    dump(page, f"{YEAR}'s Progress tab")
    charts = [node for node in walk(page) if role(node) == "chart"]
    missing = CHARTS - {name(chart) for chart in charts}
    check(not missing, f"charts not found by name: {sorted(missing)}; found {[name(c) for c in charts]}")
    for chart in charts:
        values = item_children(chart)
        check(values, f"the chart {name(chart)!r} exposes no values")
        for item in values:
            check(name(item), f"a value of the chart {name(chart)!r} has no name: {describe(item)}")
            number = value_text(item)
            check(number, f"{describe(item)} of the chart {name(chart)!r} has no Value")
            # The number is also heard: it leads the description, a fraction to one decimal ("0.1" for 1/12).
            heard = said_number(description(item))
            check(heard is not None and abs(heard - float(number)) <= 0.051,
                  f"{describe(item)} of the chart {name(chart)!r} does not say its value {number}")
    per_year = next((c for c in charts if name(c) == "Events per year"), None)
    check(per_year is not None, "no chart named 'Events per year'")
    said = {name(item): value_text(item) for item in item_children(per_year)}
    want = {str(number): f"{count:g}" for number, count in counts.items()}
    check(said == want, f"'Events per year' says {said}, the sample has {want}")

    # The radar names its themes with their rings.
    open_tab(frame, "Themes")
    radar = wait_for("the radar", lambda: find(frame, "list", "Theme radar"))
    dump(radar, f"{YEAR}'s radar")
    heard = {name(dot): description(dot) for dot in item_children(radar)}
    for theme, ring in themes.items():
        check(theme in heard, f"the theme {theme!r} is not on the radar: {sorted(heard)}")
        check(heard[theme].startswith(ring), f"the radar says {heard[theme]!r} for {theme!r}, not its ring {ring}")


def inside(hoego, sample):
    load_atspi()
    scratch = os.environ["HOEGO_ATSPI_SCRATCH"]
    database = os.path.join(scratch, "a11y.hoego")
    imported = subprocess.run([hoego, "--db", database, "import", sample], capture_output=True, text=True)
    if imported.returncode != 0:
        print(imported.stdout, imported.stderr)
        print(f"FAIL: hoego import exited with {imported.returncode}")
        return 1

    # The registry answers before any application is there: if it cannot, the stack is missing, not Hoego.
    try:
        Atspi.get_desktop(0).get_child_count()
    except GLib.Error as error:
        skip(f"the AT-SPI registry does not answer: {error.message}")

    log_path = os.path.join(scratch, "hoego.log")
    started = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as log:
        app = run_hoego(hoego, ["--db", database, "--lang", "en"], stdout=log, stderr=subprocess.STDOUT)
    status = 1
    application = None
    try:
        def registered():
            if app.poll() is not None:
                raise Failure(f"hoego exited with {app.returncode} before it showed its window")
            desktop = Atspi.get_desktop(0)
            return next((a for a in children(desktop) if a.get_process_id() == app.pid), None)

        application = wait_for("hoego on the AT-SPI registry", registered)
        # Read live: the cache would hold names from before a tab or a year changed.
        application.set_cache_mask(Atspi.Cache.NONE)
        check_window(sample, application)
        status = 0
    except Failure as failure:
        if application is not None:
            dump(application, "the whole window when the check failed")
        print(f"\nFAIL: {failure}", flush=True)
    finally:
        # SIGTERM is a normal end for Hoego (it saves and quits); anything else, a sanitizer report too, fails.
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)
        try:
            code = app.wait(timeout=PATIENCE)
        except subprocess.TimeoutExpired:
            app.kill()
            code = app.wait()
        with open(log_path, encoding="utf-8", errors="replace") as log:
            output = log.read().strip()
        if output:
            print(f"\n--- hoego's output ---\n{output}\n---")
        if code != 0:
            print(f"FAIL: hoego exited with {code}")
            status = 1
    print(f"{'PASS' if status == 0 else 'FAIL'} in {time.monotonic() - started:.1f} s", flush=True)
    return status


def main(argv):
    if len(argv) == 4 and argv[1] == "--inside":
        return inside(argv[2], argv[3])
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    return outside(os.path.abspath(argv[1]), os.path.abspath(argv[2]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
