#!/usr/bin/python3
"""What a screen reader sees: walk a Qt app's accessibility tree over the real AT-SPI stack.

Run with Debian's /usr/bin/python3 (needs python3-pyatspi, at-spi2-core, dbus, Xvfb, xdotool;
a11y.sh next to this file installs them):

    a11y_tree.py [options] -- CMD [ARGS...]

It starts, all privately, and ends again by PID:
  1. Xvfb on a free display (-displayfd lets the server pick it, no guessing);
  2. dbus-run-session (a private session bus) running this script again in --inner mode, which
  3. starts /usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1
     (the AT-SPI bus; at-spi2-registryd is D-Bus-activated on it, as on a desktop), then
  4. launches CMD with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb,
  5. waits for CMD's accessible application (matched by process id) to register and show a window,
  6. prints one line per accessible object: depth, role, name, description, states (focusable,
     focused, showing, selected), screen extents, accessible id, actions, relations, first text;
  7. --press REGEX: invokes the AT-SPI action of the first object so named (what Orca's "click"
     does) and reports the result;
  8. --tabs N / --keys 'Tab Down ...': presses keys with xdotool (real X key events) and after
     each records what a screen reader would announce: the object of the last AT-SPI focus
     event (checked against its FOCUSED state), else the object the tree says is FOCUSED;
  9. prints SUMMARY, then closes the app's window (WM_DELETE_WINDOW) and checks its exit status;
     the outer process then sweeps every process that carries this run's token in its
     environment (app, bus daemons, registryd, Xvfb) and reports any left behind.

Exit status: 0 ok; 2 app never appeared; 3 a --min-* expectation failed; 4 processes left
behind; 5 setup failed (Xvfb, D-Bus, AT-SPI bus); 6 the app died (crash or quit) during the
check or crashed on close.  Lines starting with '#' are notes; tree lines are
'DEPTH <indent>role "name" ...'; key lines start with 'KEY'; the last result line is 'SUMMARY'.
"""

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

TOKEN_VAR = "A11Y_TREE_RUN_TOKEN"
APP_XDG, UNSET = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"), "\x01unset"
HERE = os.path.abspath(__file__)


def note(*a):
    print("#", *a, flush=True)


# ----------------------------------------------------------------------------- outer: Xvfb + sweep
def procs_with_token(token):
    """PIDs whose environment carries this run's token (every process this run started)."""
    out, needle = [], f"{TOKEN_VAR}={token}".encode()
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) == os.getpid():
            continue
        try:
            with open(f"/proc/{d}/environ", "rb") as f:
                if needle in f.read().split(b"\0"):
                    out.append(int(d))
        except OSError:
            pass
    return out


def comm(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()[:80]
    except OSError:
        return "?"


def kill_pids(pids, grace=3.0):
    """SIGTERM each PID, wait, SIGKILL the ones still there. Returns the ones that survived."""
    for p in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGTERM)
    end = time.monotonic() + grace
    alive = list(pids)
    while alive and time.monotonic() < end:
        time.sleep(0.05)
        alive = [p for p in alive if _alive(p)]
    for p in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGKILL)
    time.sleep(0.2)
    return [p for p in alive if _alive(p)]


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def reap_children():
    """Collect exit statuses of every child, adopted orphans included, so no zombie stays."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.1)
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    return
            except ChildProcessError:
                return


def start_xvfb(env, geometry):
    r, w = os.pipe()
    xv = subprocess.Popen(
        ["Xvfb", "-displayfd", str(w), "-screen", "0", geometry, "-nolisten", "tcp", "-noreset"],
        pass_fds=(w,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(w)
    buf, end = b"", time.monotonic() + 15
    import select

    while not buf.endswith(b"\n") and time.monotonic() < end:
        ready, _, _ = select.select([r], [], [], 0.2)
        if ready:
            chunk = os.read(r, 64)
            if not chunk:
                break
            buf += chunk
        if xv.poll() is not None:
            break
    os.close(r)
    if not buf.strip().isdigit():
        return xv, None
    return xv, ":" + buf.decode().strip()


def outer(args, argv):
    for tool in ("Xvfb", "xdotool", "dbus-run-session"):
        if not shutil.which(tool):
            note(f"setup: {tool} not found (apt-get install xvfb xdotool dbus)")
            return 5
    token = uuid.uuid4().hex

    def on_term(signum, frame):  # `timeout`/CI kill us with SIGTERM: still sweep in `finally`
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    # Orphans (dbus-daemon, registryd) re-parent to us, not to a PID 1 that may never reap them.
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    env = dict(os.environ)
    env[TOKEN_VAR] = token
    for v in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY", "DISPLAY"):
        env.pop(v, None)
    # A private runtime dir: the AT-SPI bus socket and Qt's runtime files go here, not into $HOME.
    # The session's own daemons (bus launcher, registryd, a D-Bus-activated dconf-service, Orca)
    # also get private XDG config/cache/data dirs; the app gets the caller's values back.
    rundir = tempfile.mkdtemp(prefix="a11y_run_")
    env["XDG_RUNTIME_DIR"] = rundir
    for v in APP_XDG:
        env["A11Y_APP_" + v] = os.environ.get(v, UNSET)
        env[v] = os.path.join(rundir, v.lower())
    xv, display = start_xvfb(env, args.geometry)
    rc = 5
    try:
        if not display:
            note("setup: Xvfb did not start")
            return 5
        note(f"Xvfb pid {xv.pid} on {display} ({args.geometry})")
        env["DISPLAY"] = display
        inner_cmd = ["dbus-run-session", "--", sys.executable, HERE, "--inner", *argv]
        inner = subprocess.Popen(inner_cmd, env=env, start_new_session=True, stderr=subprocess.PIPE)
        import threading

        def forward(pipe):  # pass stderr through, minus dbus-daemon's harmless rlimit complaint
            for line in iter(pipe.readline, b""):
                if b"Failed to set fd limit" not in line:
                    sys.stderr.buffer.write(line)
                    sys.stderr.flush()

        fw = threading.Thread(target=forward, args=(inner.stderr,), daemon=True)
        fw.start()
        try:
            rc = inner.wait(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            note(f"timeout: the run took over {args.timeout}s; killing it")
            rc = 2
        except KeyboardInterrupt:
            note("interrupted; cleaning up")
            rc = 130
    finally:
        # Sweep: everything carrying the token except Xvfb first (the app may need X to exit).
        mine = [p for p in procs_with_token(token) if p != xv.pid]
        if mine:
            note("sweeping " + ", ".join(f"{p} [{comm(p)}]" for p in mine))
        kill_pids(mine)
        if xv.poll() is None:
            kill_pids([xv.pid])
        xv.wait()
        reap_children()
        shutil.rmtree(rundir, ignore_errors=True)
        left = procs_with_token(token)
        note(f"processes left behind: {len(left)}" + (" " + ", ".join(f"{p} [{comm(p)}]" for p in left) if left else ""))
        if left and rc == 0:
            rc = 4
    return rc


# ----------------------------------------------------------------------------- inner: AT-SPI + app
def dbus_call(bus, dest, path, iface, method, params=None, sig=None):
    from gi.repository import Gio, GLib

    res = bus.call_sync(
        dest, path, iface, method, params, GLib.VariantType(sig) if sig else None, Gio.DBusCallFlags.NONE, 5000, None
    )
    return res.unpack() if res else None


def wait_for(pred, timeout, step=0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = pred()
        if v:
            return v
        time.sleep(step)
    return None


def start_atspi_bus():
    """Start the AT-SPI bus launcher ourselves (so we hold its PID) and return (proc, a11y address)."""
    from gi.repository import Gio, GLib

    launcher = "/usr/libexec/at-spi-bus-launcher"
    if not os.path.exists(launcher):
        note("setup: at-spi-bus-launcher missing (apt-get install at-spi2-core)")
        return None, None
    p = subprocess.Popen(
        [launcher, "--launch-immediately", "--a11y=1", "--screen-reader=1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    owned = wait_for(
        lambda: dbus_call(
            bus,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            GLib.Variant("(s)", ("org.a11y.Bus",)),
            "(b)",
        )[0],
        10,
    )
    if not owned:
        note("setup: org.a11y.Bus never appeared")
        return p, None
    addr = dbus_call(bus, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None, "(s)")[0]
    # What a running screen reader (Orca) does: mark accessibility and the screen reader as on.
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        dbus_call(
            bus,
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
        )
    return p, addr


def descendants(pid):
    """pid and all its descendant PIDs (so a shell wrapper around the app still matches)."""
    kids = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(d))
            except OSError:
                pass
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        out.add(p)
        todo.extend(kids.get(p, []))
    return out


def inner(args):
    import pyatspi
    from gi.repository import Atspi, GLib

    bus_proc, addr = start_atspi_bus()
    if not addr:
        return 5
    note(f"AT-SPI bus launcher pid {bus_proc.pid}, bus {addr.split(',')[0]}")
    orca = start_orca(args, pyatspi) if args.orca else None
    env = dict(os.environ)
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    env.pop("NO_AT_BRIDGE", None)
    for v in APP_XDG:  # the app sees the caller's XDG dirs, not the session's private ones
        orig = env.pop("A11Y_APP_" + v, UNSET)
        if orig == UNSET:
            env.pop(v, None)
        else:
            env[v] = orig
    # in the private runtime dir, which the outer process removes even if we are killed
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (open while the app runs; removed by name)
        prefix="a11y_app_", suffix=".log", delete=False, dir=os.environ.get("XDG_RUNTIME_DIR") or None
    )
    note("launching: " + " ".join(args.cmd))
    t0 = time.monotonic()
    app_proc = subprocess.Popen(args.cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    rc = 0
    try:
        rc = run_checks(args, app_proc, t0, pyatspi, Atspi, GLib, orca)
    finally:
        if app_proc.poll() is not None and rc != 2:
            note(f"FAIL: the app exited during the check (rc={app_proc.returncode}): crash or quit")
            rc = 6
            args.app_log = True
        elif app_proc.poll() is None and rc != 2 and not args.no_close:
            # the normal way out: close the window(s) as a user would, and watch the exit status
            pids = descendants(app_proc.pid)
            wins = [w for p in pids for w in visible_windows(p)]
            t = time.monotonic()
            for w in wins:
                close_window(w)
            try:
                code = app_proc.wait(args.close_timeout)
                note(f"closed the window (WM_DELETE_WINDOW): the app exited with {code} after {time.monotonic() - t:.1f}s")
                if code < 0 or code > 128:
                    note(f"FAIL: the app crashed on its way out (exit {code})")
                    rc = 6
                    args.app_log = True
            except subprocess.TimeoutExpired:
                note(f"closing the window did not end the app within {args.close_timeout}s; terminating it")
        if app_proc.poll() is None:
            app_proc.terminate()
            try:
                app_proc.wait(5)
            except subprocess.TimeoutExpired:
                app_proc.kill()
                app_proc.wait()
        if orca and args.orca_log:
            shutil.copy(orca[1], args.orca_log)
        if orca:
            orca[0].terminate()
            try:
                orca[0].wait(5)
            except subprocess.TimeoutExpired:
                orca[0].kill()
                orca[0].wait()
        bus_proc.terminate()
        try:
            bus_proc.wait(5)
        except subprocess.TimeoutExpired:
            bus_proc.kill()
            bus_proc.wait()
        log.close()
        with open(log.name, errors="replace") as f:
            text = f.read()
        os.unlink(log.name)
        lines = [line for line in text.splitlines() if line.strip()]
        # Qt logs these because of the AT-SPI *clients*, not the app: libatspi >= 2.46 asks for a
        # peer-to-peer connection Qt does not offer, and Orca subscribes to an event Qt ignores.
        benign = re.compile(
            r"qt\.accessibility\.atspi: (AtSpiAdaptor::applicationInterface does not "
            r'implement "GetApplicationBusAddress"|Subscription string not handled: "Window:Destroy:")'
        )
        other = [line for line in lines if not benign.search(line)]
        if args.app_log or rc == 2:
            note(f"app output ({len(lines)} lines):")
            for line in lines[-40:]:
                print("#   " + line)
        elif other:
            counts = {}
            for line in other:
                counts[line] = counts.get(line, 0) + 1
            note(
                f"app output: {len(other)} lines besides the client-caused qt.accessibility.atspi notices"
                f" ({len(counts)} distinct, last 40 shown once each):"
            )
            for line in list(counts)[-40:]:
                print("#   " + (f"(x{counts[line]}) " if counts[line] > 1 else "") + line)
        else:
            note("app output: nothing besides the client-caused qt.accessibility.atspi notices")
    return rc


def start_orca(args, pyatspi):
    """Run the real Orca screen reader in this private session, logging what it would say.
    Its preferences, and speech-dispatcher's files, stay in the private runtime dir. Orca opens
    its --debug-file block-buffered; a one-line wrapper makes only that file line-buffered so
    each key's speech can be read right after the key (Orca itself is unchanged)."""
    if not shutil.which("orca"):
        note("--orca: orca is not installed (apt-get install --no-install-recommends orca)")
        return None
    rd = os.environ.get("XDG_RUNTIME_DIR") or tempfile.mkdtemp()
    log = os.path.join(rd, "orca-debug.out")
    env = dict(os.environ, HOME=rd, A11Y_ORCA_LOG=log)  # XDG_* dirs are already private
    wrapper = (
        "import builtins, os, runpy, sys; o = builtins.open; L = os.environ['A11Y_ORCA_LOG']\n"
        "builtins.open = lambda f, m='r', *a, **k: o(f, m, 1) if f == L else o(f, m, *a, **k)\n"
        "sys.argv = ['orca'] + sys.argv[1:]; runpy.run_path({!r}, run_name='__main__')".format(shutil.which("orca"))
    )
    p = subprocess.Popen(
        [sys.executable, "-c", wrapper, "--replace", "-u", rd + "/orca-prefs", "--debug-file", log],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = pyatspi.Registry.getDesktop(0)

    def registered():
        return any((desktop.getChildAtIndex(i) or desktop).name == "orca" for i in range(desktop.childCount))

    if not wait_for(registered, 30, 0.2):
        note("--orca: Orca did not register on the AT-SPI bus within 30s")
        p.terminate()
        return None
    time.sleep(0.5)
    note(f"Orca pid {p.pid} running (debug log {log})")
    return p, log


def orca_said(orca, since):
    """SPEECH OUTPUT lines Orca logged after byte offset `since`; returns (lines, new offset)."""
    with open(orca[1], "rb") as f:
        f.seek(since)
        data = f.read()
    cut = data.rfind(b"\n") + 1  # only whole lines; the rest is read next time
    out = []
    for line in data[:cut].decode(errors="replace").splitlines():
        m = re.search(r"SPEECH OUTPUT: '(.*?)'\s*\{'", line)
        if m and m.group(1).strip():
            out.append(m.group(1).strip())
    return out, since + cut


def orca_listen(orca, since, pump, quiet, most):
    """Collect Orca's speech until it has been quiet for `quiet` s (at most `most` s)."""
    said, t0 = [], time.monotonic()
    last = t0
    while time.monotonic() - t0 < most:
        pump(0.1)
        new, since = orca_said(orca, since)
        if new:
            said += new
            last = time.monotonic()
        elif time.monotonic() - last >= quiet and (said or time.monotonic() - t0 >= quiet * 2):
            break
    return said, since


class Walker:
    def __init__(self, pyatspi, max_nodes, max_depth, text_chars, relations=True):
        self.p, self.max_nodes, self.max_depth, self.text_chars = pyatspi, max_nodes, max_depth, text_chars
        self.relations = relations

    def key(self, acc):
        try:
            return acc.path  # D-Bus object path: unique within the one app we walk
        except Exception:
            return id(acc)

    def info(self, acc, depth):
        p = self.p

        def safe(f, default=""):
            try:
                return f()
            except Exception:
                return default

        st = safe(acc.getState, None)
        states = {
            n: bool(st and st.contains(s))
            for n, s in (
                ("focusable", p.STATE_FOCUSABLE),
                ("focused", p.STATE_FOCUSED),
                ("showing", p.STATE_SHOWING),
                ("visible", p.STATE_VISIBLE),
                ("selectable", p.STATE_SELECTABLE),
                ("selected", p.STATE_SELECTED),
                ("defunct", p.STATE_DEFUNCT),
            )
        }
        ext = safe(lambda: tuple(acc.queryComponent().getExtents(p.DESKTOP_COORDS)), None)
        if ext is not None:
            ext = tuple(int(v) for v in ext)

        def relations():
            out = []
            for r in acc.getRelationSet() or []:
                kind = p.Atspi.RelationType(r.getRelationType()).value_nick if hasattr(p, "Atspi") else str(r.getRelationType())
                for t in range(r.getNTargets()):
                    tg = r.getTarget(t)
                    out.append(f"{kind}:{(tg.name if tg is not None else '?')}")
            return out

        def actions():
            a = acc.queryAction()
            return [a.getName(k) for k in range(a.nActions)]

        text = ""
        if self.text_chars:

            def first_chars():
                t = acc.queryText()  # only ask for what exists: Qt warns on out-of-range offsets
                return t.getText(0, min(t.characterCount, self.text_chars))

            text = safe(first_chars, "") or ""
        return dict(
            depth=depth,
            role=safe(acc.getRoleName, "?"),
            name=safe(lambda: acc.name or ""),
            description=safe(lambda: acc.description or ""),
            states=states,
            extents=ext,
            text=text,
            children=safe(lambda: acc.childCount, 0),
            id=self.key(acc),
            acc_id=safe(lambda: acc.get_accessible_id() or "", ""),
            relations=safe(relations, []) if self.relations else [],
            actions=safe(actions, []),
        )

    def walk(self, root, only_showing=False):
        """Depth-first; yields (acc, info). Guards against cycles, depth and size limits."""
        seen, stack, n = set(), [(root, 0)], 0
        while stack and n < self.max_nodes:
            acc, depth = stack.pop()
            k = self.key(acc)
            if k in seen:
                continue
            seen.add(k)
            i = self.info(acc, depth)
            n += 1
            yield acc, i
            if depth >= self.max_depth:
                continue
            if only_showing and depth > 0 and not i["states"]["showing"]:
                continue
            kids = []
            for c in range(i["children"]):
                try:
                    ch = acc.getChildAtIndex(c)
                except Exception:
                    ch = None
                if ch is not None:
                    kids.append(ch)
            stack.extend((ch, depth + 1) for ch in reversed(kids))


def fmt(i):
    flags = [n for n in ("focusable", "focused", "showing", "selected") if i["states"][n]]
    if i["states"]["defunct"]:
        flags.append("DEFUNCT")
    ext = "({},{} {}x{})".format(*i["extents"]) if i["extents"] else "(no extents)"
    desc = f' desc="{i["description"]}"' if i["description"] else ""
    text = " text=" + json.dumps(" ".join(i["text"].split())) if i["text"].strip() else ""
    aid = f" id={i['acc_id']}" if i.get("acc_id") else ""
    rel = (" rel=[" + "; ".join(i["relations"]) + "]") if i.get("relations") else ""
    act = (" actions=[" + ",".join(i["actions"]) + "]") if i.get("actions") else ""
    return f'{i["depth"]:2d} {"  " * i["depth"]}{i["role"]} "{i["name"]}"{desc} [{",".join(flags)}] {ext}{aid}{act}{rel}{text}'


def short(i):
    return f'{i["role"]} "{i["name"]}"' if i else "(nothing focused)"


def run_checks(args, app_proc, t0, pyatspi, Atspi, GLib, orca=None):  # noqa: N803 (the modules, by their names)
    desktop = pyatspi.Registry.getDesktop(0)

    def find_app():
        if app_proc.poll() is not None:
            return "exited"
        pids = descendants(app_proc.pid)
        for i in range(desktop.childCount):
            try:
                a = desktop.getChildAtIndex(i)
                if a is not None and a.get_process_id() in pids:
                    return a
            except Exception:
                continue
        return None

    app = wait_for(find_app, args.app_timeout, 0.2)
    if app in (None, "exited"):
        note(
            f"FAIL: no accessible application for pid {app_proc.pid} after {time.monotonic() - t0:.1f}s"
            + (f" (the app exited, rc={app_proc.returncode})" if app == "exited" else "")
        )
        print("SUMMARY app_found=0 objects=0 named=0 focus_stops=0")
        return 2
    note(f"accessible app {app.name!r} (pid {app.get_process_id()}) registered after {time.monotonic() - t0:.1f}s")
    with contextlib.suppress(Exception):
        app.set_cache_mask(Atspi.Cache.NONE)  # always ask the app, never a stale client cache
    walker = Walker(pyatspi, args.max_nodes, args.max_depth, args.text_chars, not args.no_relations)

    def window_showing():
        for i in range(app.childCount):
            c = app.getChildAtIndex(i)
            if c is not None and c.getState().contains(pyatspi.STATE_SHOWING):
                return True
        return False

    if not wait_for(window_showing, args.app_timeout, 0.2):
        note("FAIL: the app registered but never showed a window")
        print("SUMMARY app_found=1 objects=0 named=0 focus_stops=0")
        return 2
    time.sleep(args.settle)

    # ---- the tree
    t = time.monotonic()
    nodes = [i for _, i in walker.walk(app)]
    walk_s = time.monotonic() - t
    if not args.no_tree:
        for i in nodes:
            print(fmt(i))
    named = sum(1 for i in nodes if i["name"].strip())
    note(f"walked {len(nodes)} objects in {walk_s:.2f}s" + (" (hit --max-nodes)" if len(nodes) >= args.max_nodes else ""))
    roles = {}
    for i in nodes:
        roles[i["role"]] = roles.get(i["role"], 0) + 1
    note("roles: " + ", ".join(f"{r}={n}" for r, n in sorted(roles.items(), key=lambda kv: -kv[1])))
    rx = re.compile(args.match) if args.match else None
    matched = [i for i in nodes if rx and rx.search(i["name"])]
    if rx:
        note(f"objects whose name matches /{args.match}/: {len(matched)}")

    # ---- an assistive-technology "press" (AT-SPI Action), as Orca's or a switch user's click does
    if args.press:
        prx = re.compile(args.press)
        target = next(((a, i) for a, i in walker.walk(app) if prx.search(i["name"]) and i["depth"] > 0), None)
        if target is None:
            note(f"--press: no object named /{args.press}/")
        else:
            acc, i = target
            try:
                act = acc.queryAction()
                names = [act.getName(k) for k in range(act.nActions)]
                k = next((n for n, nm in enumerate(names) if nm.lower() in ("press", "click", "activate")), 0)
                ok = act.doAction(k) if names else False
                time.sleep(args.tab_delay)
                after = walker.info(acc, i["depth"])
                note(
                    f"--press: {short(i)} actions={names} did {names[k] if names else '-'} -> {ok}; "
                    f"now selected={after['states']['selected']} focused={after['states']['focused']}"
                )
                texts = [
                    j
                    for _, j in walker.walk(app)
                    if j["text"].strip() and j["role"] in ("label", "text", "document text", "document web")
                ]
                for j in texts[:3]:
                    note(f"--press: {short(j)} text={json.dumps(' '.join(j['text'].split()))}")
            except NotImplementedError:
                note(f"--press: {short(i)} has no Action interface")

    # ---- the keyboard path
    path, stops, events, mismatches, spoken_keys = [], [], [], 0, 0
    keys = args.keys.split() if args.keys else ["Tab"] * args.tabs
    if keys:

        def on_focus(ev):
            if ev.detail1 and ev.source is not None:
                events.append(ev.source)

        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
        seen_events = []

        def on_any(ev):
            try:
                src = f'{ev.source.getRoleName()} "{ev.source.name}"'
            except Exception:
                src = "?"
            extra = f" {ev.any_data!r}" if isinstance(ev.any_data, str) and ev.any_data else ""
            seen_events.append(f"{ev.type}({ev.detail1},{ev.detail2}) {src}{extra}")

        if args.events:
            for kind in ("object", "window", "focus:"):
                pyatspi.Registry.registerEventListener(on_any, kind)
        ctx = GLib.MainContext.default()

        def pump(sec):
            end = time.monotonic() + sec
            while time.monotonic() < end:
                while ctx.iteration(False):
                    pass
                time.sleep(0.01)

        def tree_focus():
            """Objects whose state says FOCUSED, deepest first (a focused view, its viewport and
            the focused node inside it can all say FOCUSED at once)."""
            found = [i for _, i in walker.walk(app, only_showing=True) if i["states"]["focused"] and i["depth"] > 0]
            return sorted(found, key=lambda i: -i["depth"])

        def current(last=None):
            """What a screen reader would announce: the object of the last focus event, if one
            came (it must also say FOCUSED itself); else the previous focus if the tree still
            says it is FOCUSED (focus did not move); else the deepest FOCUSED object.  The tree
            is only walked when no event came (a walk costs ~3 ms per object)."""
            if events:
                f = walker.info(events[-1], -1)
                f["via"] = "event"
                f["agrees"] = f["states"]["focused"]
                return f, [f] if f["agrees"] else []
            tree = tree_focus()
            if last and any(t["id"] == last["id"] for t in tree):
                f = dict(next(t for t in tree if t["id"] == last["id"]))
                f["via"] = "no event, unchanged"
                f["agrees"] = True
            elif tree:
                f = dict(tree[0])
                f["via"] = "tree"
                f["agrees"] = True
            else:
                return None, tree
            return f, tree

        wid = focus_window(app_proc.pid)
        note(f"X window {wid} given keyboard focus" if wid else "could not find/focus the app's X window")
        pump(args.tab_delay)
        f, _ = current()
        note(f"focus before any key: {short(f)}")
        seen, spoken_keys, said_at = {}, 0, 0
        if orca:
            said, said_at = orca_listen(orca, 0, pump, args.orca_quiet, 10)
            note("Orca said before any key: " + " | ".join(said))
        for n, key in enumerate(keys, 1):
            if app_proc.poll() is not None:
                note(f"the app exited before key {n}; stopping")
                break
            events.clear()
            seen_events.clear()
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            pump(args.tab_delay)
            if orca:
                said, said_at = orca_listen(orca, said_at, pump, args.orca_quiet, 8)
                spoken_keys += bool(said)
                print(f"SAID {n:2d} {key}: " + (" | ".join(said) if said else "(nothing)"))
            f, _tree = current(f)
            if f:
                k = f["id"]
                new = k not in seen
                seen.setdefault(k, n)
                if new:
                    stops.append(f)
                tag = "new" if new else f"again, first at key {seen[k]}"
                how = f["via"]
                if not f["agrees"]:
                    mismatches += 1
                    how += ", but its state does not say FOCUSED"
            else:
                tag, how = "none", "no event, nothing FOCUSED"
            path.append(
                dict(
                    n=n,
                    key=key,
                    via=f and f["via"],
                    agrees=f and f["agrees"],
                    focused=f and {k: f[k] for k in ("role", "name", "description", "extents")},
                )
            )
            ext = "({},{} {}x{})".format(*f["extents"]) if f and f["extents"] else ""
            print(f"KEY {n:2d} {key}: {short(f)} {ext} [{tag}] ({how})")
            for e in seen_events[: args.events_max]:
                print(f"EVT {n:2d} {e}")
            if len(seen_events) > args.events_max:
                print(f"EVT {n:2d} ... {len(seen_events) - args.events_max} more")
        pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
        if args.events:
            for kind in ("object", "window", "focus:"):
                pyatspi.Registry.deregisterEventListener(on_any, kind)
        named_stops = sum(1 for s in stops if s["name"].strip())
        note(f"distinct focus stops: {len(stops)} ({named_stops} named) in {len(keys)} key presses")

    try:  # the language a screen reader is told the app speaks
        note(f"app locale: {app.get_object_locale()}")
    except Exception as e:  # an older libatspi, an app that does not say
        note(f"app locale: unknown ({e})")
    summary = dict(
        app_found=1,
        objects=len(nodes),
        named=named,
        focus_stops=len(stops),
        named_focus_stops=sum(1 for s in stops if s["name"].strip()),
        keys=len(keys),
        focus_mismatches=mismatches,
    )
    if orca and keys:
        summary["orca_spoke_on"] = spoken_keys
    if rx:
        summary["matched"] = len(matched)
    print("SUMMARY " + " ".join(f"{k}={v}" for k, v in summary.items()))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(summary=summary, nodes=nodes, tab_path=path), f, indent=1, default=str)
    rc = 0
    for lim, val, what in (
        (args.min_named, named, "named objects"),
        (args.min_focus_stops, len(stops), "focus stops"),
        (args.min_matched, len(matched), "matching objects"),
    ):
        if lim is not None and val < lim:
            note(f"EXPECTATION FAILED: {what} {val} < {lim}")
            rc = 3
    return rc


def close_window(wid):
    """Ask the window to close the way a window manager does (ClientMessage WM_DELETE_WINDOW), so
    the app runs its normal quit path: a crash there (e.g. in accessibility teardown) shows up."""
    import ctypes
    import ctypes.util

    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x.XFlush.argtypes = x.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
            ("pad", ctypes.c_char * 96),
        ]

    d = x.XOpenDisplay(None)
    if not d:
        return False
    ev = ClientMessage(
        type=33,
        display=d,
        window=int(wid),
        format=32,  # 33 = ClientMessage
        message_type=x.XInternAtom(d, b"WM_PROTOCOLS", 0),
    )
    ev.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
    ev.data[1] = 0  # CurrentTime
    ok = x.XSendEvent(d, int(wid), 0, 0, ctypes.byref(ev))
    x.XFlush(d)
    x.XCloseDisplay(d)
    return bool(ok)


def visible_windows(pid):
    return subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True, text=True
    ).stdout.split()


def focus_window(pid):
    """Give the app's visible top-level X window the keyboard focus (there is no window manager)."""
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True, text=True).stdout.split()
    if not out:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], capture_output=True, text=True).stdout.split()
    if not out:
        return None
    wid = out[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], capture_output=True, timeout=5)
    return wid


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--tabs", type=int, default=0, help="press Tab N times, record focus after each")
    ap.add_argument("--keys", help="instead of --tabs: xdotool key names to press in order, e.g. 'Tab Down Down'")
    ap.add_argument("--text-chars", type=int, default=60, help="show the first N chars of text objects (0: off)")
    ap.add_argument("--tab-delay", type=float, default=0.4, help="seconds to wait after each press")
    ap.add_argument("--settle", type=float, default=1.0, help="seconds to wait after the window shows")
    ap.add_argument("--app-timeout", type=float, default=30.0, help="seconds to wait for the app to register")
    ap.add_argument("--timeout", type=float, default=300.0, help="whole-run limit, seconds")
    ap.add_argument("--geometry", default="1280x800x24", help="Xvfb screen (default 1280x800x24)")
    ap.add_argument("--max-nodes", type=int, default=20000)
    ap.add_argument("--max-depth", type=int, default=60)
    ap.add_argument("--no-tree", action="store_true", help="do not print the per-object lines")
    ap.add_argument("--no-relations", action="store_true", help="skip AT-SPI relations (flows-to, labelled-by...)")
    ap.add_argument("--match", help="regex: count objects whose name matches (e.g. '^Stage ')")
    ap.add_argument("--min-named", type=int, help="exit 3 if fewer named objects")
    ap.add_argument("--min-focus-stops", type=int, help="exit 3 if fewer distinct focus stops")
    ap.add_argument("--min-matched", type=int, help="exit 3 if fewer objects match --match")
    ap.add_argument("--press", help="regex: invoke the AT-SPI action (press/click) of the first object so named")
    ap.add_argument("--no-close", action="store_true", help="at the end, SIGTERM the app instead of closing its window")
    ap.add_argument("--close-timeout", type=float, default=10.0, help="seconds to wait for the app to exit after closing")
    ap.add_argument(
        "--events", action="store_true", help="print the AT-SPI events (object:, window:, focus:) after each key (EVT lines)"
    )
    ap.add_argument("--events-max", type=int, default=12, help="at most this many EVT lines per key")
    ap.add_argument(
        "--orca",
        action="store_true",
        help="also run the real Orca screen reader and print what it says after each key (SAID lines)",
    )
    ap.add_argument("--orca-log", help="keep Orca's full debug log here")
    ap.add_argument(
        "--orca-quiet", type=float, default=0.6, help="after a key, Orca's speech is done once it is quiet this long (s)"
    )
    ap.add_argument("--json", help="also write nodes, tab path and summary as JSON here")
    ap.add_argument("--app-log", action="store_true", help="print the app's stdout/stderr (last 40 lines)")
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    argv = sys.argv[1:]
    args = ap.parse_args(argv)
    if args.cmd and args.cmd[0] == "--":
        args.cmd = args.cmd[1:]
    if not args.cmd:
        ap.error("give the app command after --")
    if args.inner:
        sys.exit(inner(args))
    try:
        import pyatspi  # noqa: F401  (fail early, outside the private session)
    except ImportError:
        note("setup: pyatspi missing: apt-get install python3-pyatspi, and run with /usr/bin/python3")
        sys.exit(5)
    sys.exit(outer(args, argv))


if __name__ == "__main__":
    main()
