#!/usr/bin/env python3
"""Loads an exported web page of a wheel in headless Chromium and checks it
through the DevTools protocol: every partner once, the filters, partner
details on focus, Tab and pointing, no request leaving the page (and a remote
image the test adds refused by the page's policy), a hostile partner name
shown as text with no dialog, and a screenshot with colour in it (saved
beside the pages to look at).

The expectations come from the open share JSON of the same wheel, not from
the page: which partners there are, their sectors and the approaches of the
initiatives they are in.

usage: check_page.py CIVICWHEEL WORKDIR demo|large|trust
A missing Chromium fails the test: CI installs it (scripts/install-deps).
"""
import base64
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

try:
    import websocket  # python3-websocket
except ImportError:
    # Debian's package is in the system Python; another python3 may come first on PATH.
    if os.path.exists("/usr/bin/python3") and os.environ.get("CIVIC_REEXEC") != "1":
        os.environ["CIVIC_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("FAIL: python3-websocket is not installed (scripts/install-deps installs it)")

HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(2)>"


def fail(message):
    sys.exit("FAIL: " + message)


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        fail("%s failed: %s%s" % (" ".join(args), result.stdout, result.stderr))
    return result.stdout


def make_pages(cli, work, mode):
    """The wheel file, its page and its open share JSON."""
    wheel = os.path.join(work, mode + ".cwheel")
    page = os.path.join(work, mode + ".html")
    shared = os.path.join(work, mode + ".json")
    if os.path.exists(wheel):
        os.remove(wheel)
    if mode == "demo":
        run(cli, "new", wheel, "--demo")
        csv = os.path.join(work, "hostile.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write('name,sector,strength\n"%s",business,3\n"%s",health,2\n' % (HOSTILE, HOSTILE_IMG))
        run(cli, "import-csv", wheel, "--academy", "990001", "--kind", "partners", csv)
        run(cli, "export-html", wheel, "--out", page)
        run(cli, "export-json", wheel, "--out", shared)
    elif mode == "trust":
        # A trust of two academies, the second the first's shared wheel: quick to load.
        run(cli, "new", wheel, "--demo")
        run(cli, "export-json", wheel, "--out", shared)
        run(cli, "import-json", wheel, shared, "--urn", "990002")
        run(cli, "export-html", wheel, "--trust", "--out", page)
    else:
        run(cli, "new", wheel, "--synthetic", "large")
        run(cli, "export-html", wheel, "--academy", "140001", "--out", page)
        run(cli, "export-json", wheel, "--academy", "140001", "--out", shared)
    with open(shared, encoding="utf-8") as f:
        return page, json.load(f)


class Browser:
    """Headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, work):
        binary = shutil.which("chromium")
        if not binary:
            fail("chromium is not installed (scripts/install-deps installs it)")
        self.profile = tempfile.mkdtemp(prefix="civic-chromium-", dir=work)
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--user-data-dir=" + self.profile, "--remote-debugging-port=0",
             "--window-size=1280,1400", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._port()
        with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=10) as r:
            targets = [t for t in json.load(r) if t.get("type") == "page"]
        self.ws = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.events = []

    def _port(self):
        active = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(200):
            if os.path.exists(active):
                with open(active) as f:
                    first = f.readline().strip()
                if first:
                    return int(first)
            time.sleep(0.05)
        fail("chromium did not start its DevTools endpoint")

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    fail("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if any(e.get("method") == method for e in self.events):
                return
            self.events.append(json.loads(self.ws.recv()))
        fail("no %s within %d s" % (method, seconds))

    def js(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            fail("script error in %r: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def close(self):
        try:
            self.ws.close()
        finally:
            self.process.terminate()
            self.process.wait(10)
            shutil.rmtree(self.profile, ignore_errors=True)


def png_pixels(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6), "unexpected PNG kind"
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def coloured_share(png):
    width, height, bpp, rows = png_pixels(png)
    coloured = 0
    for line in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if max(r, g, b) - min(r, g, b) > 60:
                coloured += 1
    return coloured / ((height // 4 + 1) * (width // 4 + 1))


def expected(shared):
    ids = {p["id"] for p in shared["partners"]}
    by_approach = {}
    for initiative in shared["initiatives"]:
        by_approach.setdefault(initiative["approach"], set()).update(initiative["partners"])
    by_sector = {}
    for p in shared["partners"]:
        by_sector.setdefault(p["sector"], set()).add(p["id"])
    return ids, by_approach, by_sector


VISIBLE = """Array.from(document.querySelectorAll('%s g.partner'))
  .filter(n => getComputedStyle(n).display !== 'none').map(n => n.dataset.partner)"""


def set_filter(browser, scope, which, value):
    browser.js("""(() => { const s = document.querySelector('%s select.f-%s');
      s.value = %s; s.dispatchEvent(new Event('change')); })()""" % (scope, which, json.dumps(value)))
    return set(browser.js(VISIBLE % scope))


def check_partners(browser, scope, shared):
    ids, by_approach, by_sector = expected(shared)
    nodes = browser.js("Array.from(document.querySelectorAll('%s g.partner')).map(n => n.dataset.partner)" % scope)
    if len(nodes) != len(set(nodes)) or set(nodes) != ids:
        fail("the wheel shows %d partner nodes (%d distinct); the wheel has %d partners"
             % (len(nodes), len(set(nodes)), len(ids)))
    rows = browser.js("Array.from(document.querySelectorAll('%s tr[data-partner] td:first-child')).map(c => c.textContent)" % scope)
    names = sorted(p["name"] for p in shared["partners"])
    if sorted(rows) != names:
        fail("the partner table does not list each partner once by name")
    for approach, members in sorted(by_approach.items()):
        shown = set_filter(browser, scope, "approach", approach)
        if shown != members & ids:
            fail("approach filter %s shows %d partners, expected %d" % (approach, len(shown), len(members)))
    set_filter(browser, scope, "approach", "")
    sector, members = max(by_sector.items(), key=lambda kv: len(kv[1]))
    shown = set_filter(browser, scope, "sector", sector)
    if shown != members or len(shown) == len(ids):
        fail("sector filter %s shows %d partners, expected %d" % (sector, len(shown), len(members)))
    rows_shown = browser.js("document.querySelectorAll('%s tr[data-partner]:not([hidden])').length" % scope)
    if rows_shown != len(members):
        fail("the sector filter leaves %d table rows, expected %d" % (rows_shown, len(members)))
    count = browser.js("document.querySelector('%s .f-count').textContent" % scope)
    if ("%d of %d" % (len(members), len(ids))) not in count:
        fail("the count says %r" % count)
    if len(set_filter(browser, scope, "sector", "")) != len(ids):
        fail("clearing the filters does not show every partner again")
    first = shared["partners"][0]
    detail = browser.js("""(() => { const n = document.querySelector('%s g.partner[data-partner="%s"]');
      n.focus(); return [document.activeElement === n,
      document.querySelector('%s .details dl').textContent]; })()""" % (scope, first["id"], scope))
    if not detail[0] or first["name"] not in detail[1]:
        fail("focusing a partner does not show its details: %r" % detail)


def check_isolation(browser, page_url):
    csp = browser.js("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    if "default-src 'none'" not in csp:
        fail("the Content-Security-Policy does not forbid loads: %r" % csp)
    links = browser.js("""Array.from(document.querySelectorAll('[src],[href],[srcset],[action]'))
      .map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('srcset') || e.getAttribute('action'))""")
    outside = [l for l in links if not l.startswith("#")]
    if outside:
        fail("the page refers outside itself: %r" % outside[:5])
    requests = [e["params"]["request"]["url"] for e in browser.events
                if e.get("method") == "Network.requestWillBeSent"]
    if [u for u in requests if u != page_url]:
        fail("requests left the page: %r" % requests)
    violations = [e for e in browser.events if e.get("method") == "Log.entryAdded"
                  and "Content Security Policy" in e["params"]["entry"].get("text", "")]
    if violations:
        fail("the page broke its own policy: %r" % violations[0]["params"]["entry"]["text"])


def check_policy_blocks(browser):
    """The policy is in force: a remote image the test adds is refused before any request."""
    refused = browser.send("Runtime.evaluate", awaitPromise=True, returnByValue=True, expression="""
      new Promise(done => {
        document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective));
        const img = document.createElement('img');
        img.src = 'http://127.0.0.1:9/probe.png';
        document.body.appendChild(img);
        setTimeout(() => done('no violation'), 2000);
      })""")["result"]["value"]
    if refused != "img-src":
        fail("a remote image was not refused by the policy: %r" % refused)
    # Chromium announces the request, then reports it blocked by the policy before it is sent.
    ids = {e["params"]["requestId"] for e in browser.events
           if e.get("method") == "Network.requestWillBeSent"
           and "probe.png" in e["params"]["request"]["url"]}
    for _ in range(40):
        blocked = {e["params"]["requestId"] for e in browser.events
                   if e.get("method") == "Network.loadingFailed"
                   and e["params"].get("blockedReason") == "csp"}
        if ids and ids <= blocked:
            break
        time.sleep(0.05)
        browser.js("1")  # collects the events sent meanwhile
    else:
        fail("the refused image was not reported blocked by the policy")
    if any(e.get("method") == "Network.responseReceived" and e["params"]["requestId"] in ids
           for e in browser.events):
        fail("the refused image got a response")


def press(browser, key, code, keycode, shift=False):
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                     windowsVirtualKeyCode=keycode, modifiers=8 if shift else 0)


def check_keyboard_and_pointer(browser, scope):
    """Tab reaches a partner after the two filters; pointing at another shows its details."""
    browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    browser.js("document.querySelector('%s select.f-approach').focus()" % scope)
    press(browser, "Tab", "Tab", 9)
    press(browser, "Tab", "Tab", 9)
    focused = browser.js("""(() => { const a = document.activeElement;
      return [a.tagName, a.getAttribute('class'), a.getAttribute('aria-label')]; })()""")
    if focused[0] != "g" or "partner" not in focused[1].split() or "current" not in focused[1].split() \
            or not focused[2]:
        fail("Tab from the filters does not reach a partner: %r" % focused)
    target = browser.js("""(() => { const n = document.querySelectorAll('%s g.partner')[3];
      n.scrollIntoView({block: 'center'}); const r = n.querySelector('circle').getBoundingClientRect();
      return [n.dataset.partner, r.x + r.width / 2, r.y + r.height / 2]; })()""" % scope)
    browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=target[1], y=target[2])
    shown = browser.js("""document.querySelector('%s g.partner.current') &&
      document.querySelector('%s g.partner.current').dataset.partner""" % (scope, scope))
    if shown != target[0]:
        fail("pointing at partner %s shows %r" % (target[0], shown))
    browser.js("window.scrollTo(0, 0)")


def check_hostile(browser):
    if browser.js("document.scripts.length") != 1:
        fail("a partner's name became a script element")
    if browser.js("document.querySelectorAll('main img').length") != 0:
        fail("a partner's name became an image element")
    for name in (HOSTILE, HOSTILE_IMG):
        shown = browser.js("Array.from(document.querySelectorAll('td:first-child')).filter(c => c.textContent === %s).length" % json.dumps(name))
        labels = browser.js("Array.from(document.querySelectorAll('g.partner text')).filter(t => t.textContent.includes(%s)).length" % json.dumps(name[:12]))
        if shown != 1 or labels < 1:
            fail("%r is not shown as text (table %d, wheel %d)" % (name, shown, labels))


def check_trust(browser):
    links = browser.js("Array.from(document.querySelectorAll('#trust a[href^=\"#a\"]')).map(a => a.getAttribute('href'))")
    sections = browser.js("document.querySelectorAll('section.academy').length")
    if not links or len(links) != sections:
        fail("the trust lists %d academies for %d sections" % (len(links), sections))
    if browser.js("document.querySelectorAll('section.academy:not([hidden])').length") != 0:
        fail("academies are shown before one is chosen")
    browser.js("document.querySelector('#trust a[href=\"%s\"]').click()" % links[1])
    time.sleep(0.2)
    state = browser.js("""[document.getElementById('trust').hidden,
      Array.from(document.querySelectorAll('section.academy:not([hidden])')).map(s => '#' + s.id)]""")
    if state != [True, [links[1]]]:
        fail("choosing an academy does not open its wheel alone: %r" % state)


def main():
    cli, work, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    page, shared = make_pages(cli, work, mode)
    url = "file://" + os.path.abspath(page)
    browser = Browser(work)
    try:
        for domain in ("Network", "Page", "Runtime", "Log"):
            browser.send(domain + ".enable")
        # A headless page never has the window's focus; without this no focus event fires.
        browser.send("Emulation.setFocusEmulationEnabled", enabled=True)
        browser.send("Page.navigate", url=url)
        browser.wait_for("Page.loadEventFired", 60)
        if mode == "trust":
            check_trust(browser)
            scope = "section.academy:not([hidden])"
            academy_json = shared
        else:
            scope = "#a0"
            academy_json = shared
        check_partners(browser, scope, academy_json)
        check_isolation(browser, url)
        check_keyboard_and_pointer(browser, scope)
        check_policy_blocks(browser)
        if mode == "demo":
            check_hostile(browser)
        if any(e.get("method") == "Page.javascriptDialogOpening" for e in browser.events):
            fail("a dialog opened: a partner's name ran as script")
        shot = base64.b64decode(browser.send("Page.captureScreenshot", format="png")["data"])
        with open(os.path.join(work, mode + ".png"), "wb") as f:
            f.write(shot)
        share = coloured_share(shot)
        if share < 0.02:
            fail("the screenshot is nearly blank: %.1f%% coloured pixels" % (share * 100))
        print("ok: %s page, %d partners, %.0f%% coloured pixels, screenshot %s"
              % (mode, len(shared["partners"]), share * 100, os.path.join(work, mode + ".png")))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
