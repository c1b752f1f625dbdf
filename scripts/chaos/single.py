"""Today's chaos soak: one profile of 30 tasks, the dashboard (the real binary in tmux, driven by
scripted keys), `omsdash watch` and `omsdash exporter` together against `omsdash simulator` with
every fault knob on OMS's API; then the faults stop and the soak measures how the three faces
recover."""
import os
import re
import sys
import tempfile
import time

from .common import (FACES, DialogActions, RequestLog, Scraper, Tmux, build, cleanup, end_faces, free_port, listening,
                     print_resources, process_figures, spawn, wait_until, save_config)

# The faults, as shares of API answers; slow answers are held longer than the client's timeout.
FAULTS = {"bad-gateway-rate": 0.05, "throttle-rate": 0.05, "truncate-rate": 0.05, "slow-rate": 0.02, "drop-rate": 0.03}
RETRY_AFTER_SECONDS = 2
SLOW_SECONDS = 15
LATENCY_MS = 20
REQUEST_TIMEOUT_SECONDS = 10
REFRESH_SECONDS = 5
BACKOFF_CAP_SECONDS = 60  # PollState.maxBackoffMilliseconds
RECOVERY_AIM = REFRESH_SECONDS + BACKOFF_CAP_SECONDS
CALM_LIMIT_SECONDS = 90
TASKS = 30
START_KEYS = {"src_ak": "DEMOSRCAK00000000001", "src_sk": "demo-source-secret",
              "dst_ak": "DEMODSTAK00000000001", "dst_sk": "demo-destination-secret"}


class Soak:
    """One profile of 30 tasks under faults on OMS's API, then calm until every face recovers."""

    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="omsdash-soak-")
        self.tmux = Tmux(f"omsdash-soak-{os.getpid()}")
        self.processes = {}
        self.dialogs = DialogActions(self.tmux, REQUEST_TIMEOUT_SECONDS)

    # Setup

    def build(self):
        self.binary = build(self.args.release)

    def write_config(self, port):
        hook = os.path.join(self.work, "hook.sh")
        with open(hook, "w") as script:
            script.write(f"#!/bin/sh\ncat >> {self.work}/hook-events.jsonl\necho >> {self.work}/hook-events.jsonl\n")
        os.chmod(hook, 0o755)
        config = {
            "refresh_seconds": REFRESH_SECONDS,
            "timeouts": {"connect_seconds": 3, "request_seconds": REQUEST_TIMEOUT_SECONDS},
            "profiles": [{"name": "soak", "region": "cn-north-4", "endpoint": f"http://127.0.0.1:{port}",
                          "project_id": "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23", "ak": "OMSDASHDEMOAK0000001",
                          "sk": "omsdash-demo-secret-key-0000000000000000"}],
            "task_credentials": {"*": START_KEYS},
            "alerts": {"command": [hook], "api_unhealthy": {"after_seconds": 30}},
        }
        self.config = save_config(self.work, config)

    def spawn(self, name, arguments):
        self.processes[name] = spawn(self.binary, name, arguments, self.work, {**os.environ, "LANG": "C.UTF-8"})

    def start(self):
        port, self.listen = free_port(), free_port()
        self.scraper = Scraper(self.listen)
        faults = [arg for name, rate in FAULTS.items() for arg in (f"--{name}", str(rate))]
        self.spawn("simulator", ["simulator", "--port", str(port), "--tasks", str(TASKS), "--speed", "30",
                                 "--log-requests", "--latency-ms", str(LATENCY_MS), "--retry-after",
                                 str(RETRY_AFTER_SECONDS), "--slow-seconds", str(SLOW_SECONDS),
                                 "--faults-for", str(self.args.minutes * 60), *faults])
        if not wait_until(lambda: listening(port), 30):
            sys.exit("soak: the simulator did not start: " + open(f"{self.work}/simulator.err").read())
        self.faults_end = time.monotonic() + self.args.minutes * 60
        self.log = RequestLog(os.path.join(self.work, "simulator.out"))
        self.write_config(port)
        self.spawn("watch", ["watch", "--config", self.config, "--format", "json"])
        self.spawn("exporter", ["exporter", "--config", self.config, "--listen", f"127.0.0.1:{self.listen}"])
        self.tmux.start_dashboard(self.binary, self.config, self.work, {"LANG": "C.UTF-8"})
        if not self.tmux.wait_for(lambda s: f"{TASKS} tasks" in s, 60):
            sys.exit("soak: the dashboard did not load its tasks:\n" + self.tmux.screen())
        self.pids = {"dashboard": self.tmux.dashboard_pid(), "watch": self.processes["watch"].pid,
                     "exporter": self.processes["exporter"].pid}

    # While faults last

    def scrape(self):
        text = self.scraper.scrape()
        return text

    def drive(self):
        """Scripted keys until the faults stop: moves, filter, window, overlays, and a stop then a
        start through the dialogs about every 30 s."""
        moves = [["j"], ["j"], ["k"], ["PageDown"], ["G"], ["g"], ["Enter"], ["j"], ["Escape"], ["+"], ["+"],
                 ["-"], ["-"], ["o"], ["O"], ["o"], ["/"], ["cn-"], ["Enter"], ["/"], ["Escape"], ["e"],
                 ["Escape"], ["?"], ["Escape"], ["a"]]
        wait_until(lambda: all(self.clean_list_answers(face) for face in FACES), 60)
        self.start_figures = {face: process_figures(pid) for face, pid in self.pids.items()}
        step, next_action, next_sample = 0, time.monotonic() + 10, time.monotonic()
        while time.monotonic() < self.faults_end:
            keys = moves[step % len(moves)]
            if keys == ["cn-"]:
                self.tmux.text("cn-")
            else:
                self.tmux.keys(*keys)
            step += 1
            if time.monotonic() >= next_action:
                self.dialogs.stop_then_start(TASKS)
                next_action = time.monotonic() + 30
            if time.monotonic() >= next_sample:
                self.scrape()
                next_sample = time.monotonic() + 5
            time.sleep(0.7)
        self.tmux.keys("Escape")

    # After the faults stop

    def recover(self):
        """Waits until every face has a clean list answer after the faults stopped and the dashboard and
        the exporter show it; returns seconds per face (None: not within the calm limit)."""
        recovered = {}
        deadline = self.faults_end + CALM_LIMIT_SECONDS
        while len(recovered) < len(FACES) and time.monotonic() < deadline:
            time.sleep(0.5)
            for face in FACES:
                if face in recovered or not self.clean_list_answers(face, after=self.faults_end):
                    continue
                if face == "dashboard" and "✗" in self.tmux.screen().splitlines()[-2]:
                    continue
                if face == "exporter" and not self.exporter_healthy():
                    continue
                recovered[face] = time.monotonic() - self.faults_end
        return {face: recovered.get(face) for face in FACES}

    def clean_list_answers(self, face, after=0):
        """The first pages of the task list answered to `face` without a fault since `after`."""
        return [entry for entry in self.log.snapshot()
                if entry["face"] == face and entry["time"] > after and entry["method"] == "GET"
                and entry["path"].endswith("offset=0") and entry["status"] == "200" and entry["fault"] is None]

    def exporter_healthy(self):
        text = self.scrape() or ""
        up = re.search(r'^oms_exporter_up\{profile="soak"\} (\S+)', text, re.M)
        last = re.search(r'^oms_exporter_last_list_timestamp_seconds\{profile="soak"\} (\S+)', text, re.M)
        wall_end = time.time() - (time.monotonic() - self.faults_end)
        return bool(up and last and float(up.group(1)) == 1 and float(last.group(1)) > wall_end)

    # Stop and judge

    def stop(self):
        """Quits the dashboard with q and the others with SIGTERM; returns the faces that crashed."""
        self.end_figures = {face: process_figures(pid) for face, pid in self.pids.items()}
        self.scrape()  # the exporter's own count of its requests, as late as the simulator's
        crashes, self.terminal_problem = end_faces(self.tmux, self.work, self.processes, self.log)
        return crashes

    def cleanup(self):
        cleanup(self.tmux, self.processes, self.work, self.args.keep)

    def report(self, recovery, crashes):
        entries = self.log.entries
        faulted = [e for e in entries if e["time"] <= self.faults_end]
        kinds = {}
        for entry in faulted:
            kind = entry["fault"] or ("ok" if entry["status"].startswith("2") else f"HTTP {entry['status']}")
            kinds[kind] = kinds.get(kind, 0) + 1
        by_face = {face: sum(1 for e in entries if e["face"] == face) for face in FACES}
        posts = {verb: sum(1 for e in entries if e["method"] == "POST" and e["path"].endswith("/" + verb))
                 for verb in ("start", "stop")}
        calm = max((v for v in recovery.values() if v is not None), default=CALM_LIMIT_SECONDS)
        rates = ", ".join(f"{name.removesuffix('-rate')} {rate:.0%}" for name, rate in FAULTS.items())
        confirmed, accepted = self.dialogs.confirmed, self.dialogs.accepted
        def lines(name):
            path = os.path.join(self.work, name)
            return sum(1 for line in open(path) if line.strip()) if os.path.exists(path) else 0

        print(f"== chaos soak: {TASKS} tasks, refresh {REFRESH_SECONDS} s, request timeout {REQUEST_TIMEOUT_SECONDS} s")
        print(f"  faults ({LATENCY_MS} ms latency on all): {rates}; Retry-After {RETRY_AFTER_SECONDS} s, slow = held {SLOW_SECONDS} s")
        print(f"  minutes run                     {self.args.minutes:.1f} under faults, then {calm:.0f} s of calm until every face had recovered")
        print(f"  API requests                    {len(entries)} (dashboard {by_face['dashboard']}, watch {by_face['watch']}, exporter {by_face['exporter']})")
        print("  answers under faults by kind    " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
        print(f"  exporter scrapes                {self.scraper.counts['ok']} answered, {self.scraper.counts['failed']} failed")
        seen = {}
        for code, count in re.findall(r'^oms_exporter_api_requests_total\{[^}]*code="([^"]+)"\} (\d+)', self.scraper.last, re.M):
            seen[code] = seen.get(code, 0) + int(count)
        print("  exporter's requests by outcome  " + ", ".join(f"{code} {count}" for code, count in sorted(seen.items(), key=lambda kv: -kv[1]))
              + "   (oms_exporter_api_requests_total: the client's own view)")
        print(f"  alert events                    {lines('watch.out')} printed by watch, {lines('hook-events.jsonl')} handed to the hook by the three faces")
        print(f"  crashes                         {len(crashes)}{': ' + ', '.join(crashes) if crashes else ''}   (aim: 0)")
        print(f"  POSTs sent / actions confirmed  start {posts['start']}/{confirmed['start']}, stop {posts['stop']}/{confirmed['stop']}   (aim: equal; {accepted} of {len(self.dialogs.outcomes)} accepted through the faults)")
        for face in FACES:
            value = recovery[face]
            shown = f"{value:.1f} s" if value is not None else f"not within {CALM_LIMIT_SECONDS} s"
            print(f"  recovery of the {face:<10}     {shown}   (aim: <= {RECOVERY_AIM} s, one refresh plus the backoff cap)")
        print_resources(self.start_figures, self.end_figures)
        print(f"  terminal restored               {'yes' if self.terminal_problem is None else 'NO: ' + self.terminal_problem}   (stty -g and the alternate screen)")

        missed = []
        if crashes:
            missed.append("crashes")
        if any(posts[verb] != confirmed[verb] for verb in posts) or sum(confirmed.values()) == 0:
            missed.append("POSTs differ from the actions confirmed (or none was confirmed)")
        if any(value is None or value > RECOVERY_AIM for value in recovery.values()):
            missed.append("recovery")
        for face in FACES:
            start, end = self.start_figures.get(face), self.end_figures.get(face)
            if not (start and end):
                missed.append(f"no figures for the {face}")
            elif end["fds"] > start["fds"] + 4 or end["threads"] > start["threads"] + 2:
                missed.append(f"{face} file descriptors or threads grew")
        if self.terminal_problem is not None:
            missed.append("terminal not restored")
        if missed:
            print("soak: missed: " + "; ".join(missed) + (f" (files kept in {self.work})" if self.args.keep else ""))
        return not missed


def run(args):
    """Runs the soak; true when every aim was met."""
    soak = Soak(args)
    try:
        soak.build()
        soak.start()
        soak.drive()
        recovery = soak.recover()
        crashes = soak.stop()
        return soak.report(recovery, crashes)
    finally:
        soak.cleanup()
