"""What both soaks use: free ports, the simulator's request log as it grows, a private tmux server,
a process's resources, the build, and the crash checks at the end."""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACES = ("dashboard", "watch", "exporter")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening(port):
    """Whether something accepts connections on 127.0.0.1:`port`."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def wait_until(condition, timeout):
    """Whether `condition` came true within `timeout` seconds, checked every 0.2 s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def build(release):
    """Builds omsdash and returns the binary's path."""
    configuration = "release" if release else "debug"
    print(f"== building omsdash ({configuration})", flush=True)
    built = subprocess.run(["swift", "build", "-c", configuration, "--product", "omsdash"], cwd=ROOT,
                           capture_output=True, text=True)
    if built.returncode != 0:
        sys.exit("soak: the build failed:\n" + built.stdout + built.stderr)
    return os.path.join(ROOT, ".build", configuration, "omsdash")


class RequestLog:
    """Follows the simulator's request log (--log-requests), stamping each line with the time it was
    read: method, path, status (or "dropped"), the note in parentheses (the account of an assumed
    agency), the fault in brackets and the face of the User-Agent."""

    LINE = re.compile(r'^(GET|POST|PUT|DELETE) (\S+) (\d+|dropped)(?: \(([^)]*)\))?(?: \[([a-z-]+)\])?'
                      r'(?: "omsdash/[^ ]+(?: \((\w+)\))?")?')

    def __init__(self, path):
        self.path, self.entries, self.lock = path, [], threading.Lock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._follow, daemon=True)
        self.thread.start()

    def _follow(self):
        while not os.path.exists(self.path):
            time.sleep(0.05)
        with open(self.path, encoding="utf-8", errors="replace") as log:
            pending = ""
            while not self.stopped.is_set():
                chunk = log.read()
                if not chunk:
                    time.sleep(0.1)
                    continue
                pending += chunk
                *lines, pending = pending.split("\n")
                now = time.monotonic()
                with self.lock:
                    for line in lines:
                        match = self.LINE.match(line)
                        if match:
                            method, path, status, note, fault, face = match.groups()
                            self.entries.append({"time": now, "method": method, "path": path, "status": status,
                                                 "note": note, "fault": fault, "face": face})

    def snapshot(self):
        with self.lock:
            return list(self.entries)

    def stop(self):
        time.sleep(0.5)
        self.stopped.set()
        self.thread.join()


class Tmux:
    """A private tmux server holding the dashboard's pane."""

    def __init__(self, socket_name):
        self.socket = socket_name

    def run(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True).stdout

    def screen(self):
        return self.run("capture-pane", "-p", "-t", "soak")

    def keys(self, *keys):
        self.run("send-keys", "-t", "soak", *keys)

    def text(self, text):
        self.run("send-keys", "-t", "soak", "-l", text)

    def wait_for(self, predicate, timeout):
        """The screen once `predicate` holds for it, or None after `timeout` seconds."""
        seen = None

        def holds():
            nonlocal seen
            seen = self.screen()
            return predicate(seen)

        return seen if wait_until(holds, timeout) else None

    def start_dashboard(self, binary, config, work, environment, width=160, height=45):
        """Opens the dashboard in a new pane, noting the terminal's settings before and after."""
        variables = [arg for name, value in environment.items() for arg in ("-e", f"{name}={value}")]
        self.run("new-session", "-d", "-s", "soak", "-x", str(width), "-y", str(height), *variables,
                 "bash --norc --noprofile")
        self.text(f"stty -g > {work}/stty.before; {binary} --config {config}; "
                  f"echo $? > {work}/dashboard.exit; stty -g > {work}/stty.after")
        self.keys("Enter")

    def dashboard_pid(self):
        pane = self.run("display-message", "-p", "-t", "soak", "#{pane_pid}").strip()
        child = subprocess.run(["pgrep", "-P", pane], capture_output=True, text=True).stdout.split()
        return int(child[0]) if child else None

    def quit_dashboard(self, work):
        """Quits with q; returns the dashboard's exit status (or why there is none) and what of the
        terminal did not come back as it was, None when all did: the stty settings, and the
        alternate screen left."""
        self.keys("q")
        if not wait_until(lambda: os.path.exists(f"{work}/stty.after"), 10):
            return "none: still running", "the dashboard did not exit"
        status = open(f"{work}/dashboard.exit").read().strip()
        if open(f"{work}/stty.before").read() != open(f"{work}/stty.after").read():
            return status, "the stty settings differ"
        # tmux reads the pane's output in its own time: on a busy machine the shell can write
        # stty.after before tmux has read the dashboard's last bytes, the ones that leave the
        # alternate screen.
        def alternate_screen_left():
            return self.run("display-message", "-p", "-t", "soak", "#{alternate_on}").strip() == "0"

        if not wait_until(alternate_screen_left, 5):
            return status, "still on the alternate screen 5 s after the exit"
        return status, None


def process_figures(pid):
    """RSS in MiB, open file descriptors and threads of a running process: the RSS of the last of
    five samples half a second apart, the fewest descriptors and threads among them (a connection
    or a hook in flight for a moment is no growth)."""
    samples = []
    for _ in range(5):
        try:
            status = open(f"/proc/{pid}/status").read()
            samples.append({"rss": int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024,
                            "fds": len(os.listdir(f"/proc/{pid}/fd")),
                            "threads": int(re.search(r"Threads:\s+(\d+)", status).group(1))})
        except (OSError, AttributeError):
            return None
        time.sleep(0.5)
    return {"rss": samples[-1]["rss"], "fds": min(s["fds"] for s in samples),
            "threads": min(s["threads"] for s in samples)}


def stop_background(processes, names, crashes):
    """Sends SIGTERM to the faces `names` and notes any that did not end with 0."""
    for name in names:
        process = processes[name]
        if process.poll() is not None:
            continue
        process.send_signal(signal.SIGTERM)
        try:
            if process.wait(10) != 0:
                crashes.append(f"{name} (exit {process.returncode} on SIGTERM)")
        except subprocess.TimeoutExpired:
            crashes.append(f"{name} (did not stop on SIGTERM)")


def crash_reports(work, crashes):
    """Notes every face whose stderr holds a crash report."""
    for name in FACES:
        path = os.path.join(work, f"{name}.err")
        if os.path.exists(path) and re.search(r"Fatal error|Crash|backtrace", open(path).read()):
            crashes.append(f"{name} (crash report in its stderr)")


def print_resources(start_figures, end_figures):
    print("  resources, start -> end:")
    for face in FACES:
        start, end = start_figures.get(face), end_figures.get(face)
        if start and end:
            print(f"    {face:<10} RSS {start['rss']:.1f} -> {end['rss']:.1f} MiB, FDs {start['fds']} -> {end['fds']}, "
                  f"threads {start['threads']} -> {end['threads']}")


class DialogActions:
    """Stops then starts a task through the dashboard's dialogs, as a user would: press the key,
    confirm only if the dialog shows. Keeps what was confirmed, how each ended, when each ran and
    the words of a dialog that failed, so that the POSTs sent can be matched to them."""

    def __init__(self, tmux, timeout, on_screen=lambda text: None):
        self.tmux, self.timeout, self.on_screen = tmux, timeout, on_screen
        self.confirmed = {"start": 0, "stop": 0}
        self.outcomes = []
        self.actions = []

    def act(self, verb, dialog, done):
        """One start or stop; false when its dialog did not show (not a task it applies to)."""
        self.tmux.keys({"start": "s", "stop": "x"}[verb])
        if not self.tmux.wait_for(lambda s: dialog in s, 3):
            return False
        confirmed_at = time.monotonic()
        self.tmux.keys("y")
        self.confirmed[verb] += 1
        screen = self.tmux.wait_for(lambda s: done in s or "any key closes" in s, self.timeout + 10) or ""
        self.on_screen(screen)
        marked = [line.strip() for line in screen.splitlines() if "✗" in line]
        failure = next((line for line in marked if "│" in line), marked[0] if marked else "")  # the dialog's, in its box
        self.outcomes.append((verb, "accepted" if done in screen else "failed"))
        self.actions.append({"verb": verb, "from": confirmed_at - 0.5, "to": time.monotonic() + 0.5, "failure": failure})
        if "any key closes" in screen:
            self.tmux.keys("Escape")
        return True

    def stop_then_start(self, rows):
        """From the top of the table, the first of `rows` rows a stop applies to: stopped, then started."""
        self.tmux.keys("g")
        for _ in range(rows):
            if self.act("stop", "Stop task ", "✓ Stopped "):
                time.sleep(2)
                self.act("start", "Start task ", "✓ Started ")
                return
            self.tmux.keys("j")

    @property
    def accepted(self):
        return sum(1 for _, outcome in self.outcomes if outcome == "accepted")


def spawn(binary, name, arguments, work, environment):
    """Starts `binary arguments` with its output in `work`/`name`.out and .err."""
    out = open(os.path.join(work, f"{name}.out"), "w")
    err = open(os.path.join(work, f"{name}.err"), "w")
    return subprocess.Popen([binary, *arguments], stdout=out, stderr=err, env=environment)


def cleanup(tmux, processes, work, keep):
    """Ends the tmux server and any process still running; removes `work` unless kept."""
    tmux.run("kill-server")
    for process in processes.values():
        if process.poll() is None:
            process.kill()
    if not keep:
        shutil.rmtree(work, ignore_errors=True)


def end_faces(tmux, work, processes, log):
    """Quits the dashboard with q and the others with SIGTERM, then stops following the log and
    the simulator. Returns the faces that crashed (exited early, ended other than with 0, or left a
    crash report) and what of the terminal did not come back as it was (None when all did)."""
    crashes = [f"{name} (exited during the soak)" for name, process in processes.items() if process.poll() is not None]
    dashboard_exit, terminal_problem = tmux.quit_dashboard(work)
    if dashboard_exit != "0":
        crashes.append(f"dashboard (exit {dashboard_exit})")
    stop_background(processes, ("watch", "exporter"), crashes)
    log.stop()
    processes["simulator"].terminate()
    processes["simulator"].wait(10)
    crash_reports(work, crashes)
    return crashes, terminal_problem


def save_config(work, config):
    """Writes `config` as `work`/config.json, readable by its owner alone (it holds keys); its path."""
    path = os.path.join(work, "config.json")
    with open(path, "w") as file:
        json.dump(config, file)
    os.chmod(path, 0o600)
    return path


class Scraper:
    """Scrapes the exporter's /metrics as Prometheus would, counting what answered and keeping the
    last page."""

    def __init__(self, port):
        self.port = port
        self.counts = {"ok": 0, "failed": 0}
        self.last = ""

    def scrape(self):
        """The page, or None when it did not answer within 5 s."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5) as answer:
                text = answer.read().decode()
        except OSError:
            self.counts["failed"] += 1
            return None
        self.counts["ok"] += 1
        self.last = text
        return text
