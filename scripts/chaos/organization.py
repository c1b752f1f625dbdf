"""The chaos soak at organization scale: 100 member accounts in two regions, reached through the
agency from one management key, with keys that live 60 s; the fault mix of the single soak on OMS,
IAM, Organizations and the metadata service; and, during the run, the management key revoked for
60 s, five accounts without their agency for 120 s, ten accounts leaving and five joining, and one
region unreachable for 60 s. The dashboard (in tmux, driven by keys, starting and stopping tasks),
`watch` and the exporter (scraped every 10 s) run through it all. Besides the management key, an
ECS (the metadata service) and a CCE pod (an OIDC ID token) watch the management account, so that
every kind of temporary secret is in play for the canary audit."""
import json
import os
import re
import sys
import tempfile
import threading
import time

from .common import (FACES, DialogActions, RequestLog, Scraper, Tmux, build, cleanup, end_faces, free_port, listening,
                     process_figures, spawn, wait_until, save_config)

MEMBERS = 100
LEAVING = 10
JOINING = 5
LOSING_AGENCY = 5
TENANTS = 1 + MEMBERS + JOINING  # tenant-0000 manages; the last JOINING are members only after the change
REGIONS = ("cn-north-4", "cn-east-3")
DOWN_REGION = "cn-east-3"
TASKS = 2
KEY_LIFETIME_SECONDS = 60
REFRESH_SECONDS = 10
CEILING = 2400  # requests a minute for each face: every one of the 203 profiles refreshed every 10 s
REDISCOVER_MINUTES = 1
REQUEST_TIMEOUT_SECONDS = 10
FAULTS = {"bad-gateway-rate": 0.05, "throttle-rate": 0.05, "truncate-rate": 0.05, "slow-rate": 0.02, "drop-rate": 0.03}
FAULTED_SERVICES = "oms,iam,organizations,metadata"
RETRY_AFTER_SECONDS = 2
SLOW_SECONDS = 15
LATENCY_MS = 20
# Recovery after an incident: one refresh (5 s in the single soak) plus the 60-s cap of the backoff.
RECOVERY_AIM = 65
# After the management key comes back, the source's gate lets a renewal through once its minute
# since the last refusal is out (SourceGate.closedFor); the soak's faults can hold that one try
# for 15 s (slow) and cost the 5 s after a try that got no word (SourceGate.retryAfterNoWord),
# twice. The profiles' recovery after the revocation is measured from the gate's opening.
GATE_AIM = 60 + SLOW_SECONDS + 2 * 5
REVOKED_SECONDS = 60
AGENCY_LOST_SECONDS = 120
REGION_DOWN_SECONDS = 60
# IAM and Organizations calls signed with the revoked key and refused or failed, per face, in the
# minute it is revoked: the source's gate lets one renewal through a minute (two when its minute ends
# inside the window), a failed listing is tried again after 30 s (two or three listings), and a GET
# is sent again after a 502 or a 429. Without the gate, each of the 100 agencies would try on its own
# backoff: about 700 calls a face.
REVOKED_CALLS_AIM = 8
# A key of 60 s is renewed when 40 s remain, earlier by up to a tenth of its life at random: on
# average 17 s after it was had.
RENEWAL_INTERVAL_SECONDS = 20 - KEY_LIFETIME_SECONDS / 10 / 2
RENEWAL_TOLERANCE = 0.10
MINIMUM_MINUTES = 10

MANAGEMENT_AK = "SOAKMGMTAK0000000001"
MANAGEMENT_SK = "sk-org-canary-5c1d9e7a3b"
PROJECT = "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23"
ID_TOKEN = ("eyJhbGciOiJSUzI1NiIsImtpZCI6ImNhbmFyeSJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6b21zZGFzaDpjYW5hcnki"
            "fQ.aWQtdG9rZW4tY2FuYXJ5LXNpZ25hdHVyZS03NzQx")
# Every temporary secret the simulator issues starts with its kind's marker (SimulatorIAM.markers).
SECRET_MARKERS = {"temporary SK": "tmpsk-", "security token": "tmpst-", "IAM token of an ID token": "tmpsub-",
                  "metadata session token": "tmpmd-"}
CANARIES = {**SECRET_MARKERS, "management SK": MANAGEMENT_SK, "OIDC ID token": ID_TOKEN,
            "OIDC ID token's signature": ID_TOKEN.rsplit(".", 1)[1]}
START_KEYS = {"src_ak": "DEMOSRCAK00000000001", "src_sk": "demo-source-secret",
              "dst_ak": "DEMODSTAK00000000001", "dst_sk": "demo-destination-secret"}


def project_of(account, region):
    """The simulator's project of `account` in `region` (SimulatorService.tenantProjectID)."""
    index = REGIONS.index(region) * TENANTS + account
    if index == 0:
        return PROJECT
    own = int(PROJECT[-4:], 16)
    number = index + 1 if own and index >= own else index
    return PROJECT[:28] + format(number, "04x")


PROJECTS = {project_of(account, region): (account, region) for account in range(TENANTS) for region in REGIONS}


def account_name(account):
    return f"tenant-{account:04d}"


def project_in(path):
    match = re.match(r"/v2/([0-9a-f]{32})/", path)
    return match.group(1) if match else None


class Timeline:
    """When each incident happens, in seconds after the simulator's start, for a run of `seconds`
    (at least 10 minutes): one after the other, each with time to recover before the next, and the
    region's outage a rediscovery (and a retry) after the accounts changed."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.revoked = (round(seconds * 0.15), round(seconds * 0.15) + REVOKED_SECONDS)
        self.agency_lost = (round(seconds * 0.33), round(seconds * 0.33) + AGENCY_LOST_SECONDS)
        self.membership_change = round(seconds * 0.55)
        self.region_down = (round(seconds * 0.72), round(seconds * 0.72) + REGION_DOWN_SECONDS)

    def simulator_arguments(self):
        return ["--revoke-source-after", str(self.revoked[0]), "--revoke-source-for", str(REVOKED_SECONDS),
                "--agency-lost", str(LOSING_AGENCY), "--agency-lost-after", str(self.agency_lost[0]),
                "--agency-lost-for", str(AGENCY_LOST_SECONDS),
                "--org-leave", str(LEAVING), "--org-join", str(JOINING), "--org-change-after", str(self.membership_change),
                "--region-down", DOWN_REGION, "--region-down-after", str(self.region_down[0]),
                "--region-down-for", str(REGION_DOWN_SECONDS)]


LEAVERS = range(1, 1 + LEAVING)
LOSERS = range(1 + LEAVING, 1 + LEAVING + LOSING_AGENCY)
JOINERS = range(TENANTS - JOINING, TENANTS)


class OrganizationSoak:
    """The organization's world, its three faces, the incidents and the figures."""

    def __init__(self, args):
        self.args = args
        self.seconds = args.minutes * 60
        self.timeline = Timeline(self.seconds)
        self.work = tempfile.mkdtemp(prefix="omsdash-org-soak-")
        self.tmux = Tmux(f"omsdash-org-soak-{os.getpid()}")
        self.processes = {}
        self.dialogs = DialogActions(self.tmux, REQUEST_TIMEOUT_SECONDS,
                                     on_screen=lambda text: self.check_canaries("the dashboard's screen", text))
        self.samples = {face: [] for face in FACES}
        self.sampling = threading.Event()
        self.audit = {"texts": 0, "bytes": 0, "found": []}

    # Setup

    def write_config(self, port):
        endpoint = f"http://127.0.0.1:{port}"
        hook = os.path.join(self.work, "hook.sh")
        with open(hook, "w") as script:
            script.write(f"#!/bin/sh\n{{ cat; echo; env; }} >> {self.work}/hook-events.txt\n")
        os.chmod(hook, 0o755)
        token = os.path.join(self.work, "oidc-token")
        with open(token, "w") as file:
            file.write(ID_TOKEN)
        own = {"region": "cn-north-4", "endpoint": endpoint, "iam_endpoint": endpoint}
        config = {
            "refresh_seconds": REFRESH_SECONDS,
            "max_requests_per_minute_total": CEILING,
            "timeouts": {"connect_seconds": 3, "request_seconds": REQUEST_TIMEOUT_SECONDS},
            "profiles": [
                {"name": "mgmt", **own, "ak": MANAGEMENT_AK, "sk": "env:SOAK_MANAGEMENT_SK"},
                {"name": "ecs", **own, "project_id": PROJECT, "credentials": "ecs", "metadata_endpoint": endpoint},
                {"name": "cce", **own, "project_id": PROJECT, "credentials": "oidc", "idp_id": "omsdash-cce",
                 "id_token_file": token},
            ],
            "organizations": [{
                "name": "corp", "source_profile": "mgmt", "agency": "omsdash", "regions": list(REGIONS),
                "rediscover_minutes": REDISCOVER_MINUTES, "duration_seconds": 900,
                "organizations_endpoint": endpoint, "endpoint": endpoint, "iam_endpoint": endpoint,
            }],
            "task_credentials": {"*": START_KEYS},
            "alerts": {"command": [hook], "api_unhealthy": {"after_seconds": 30}},
        }
        self.config = save_config(self.work, config)

    def environment(self):
        return {**os.environ, "LANG": "C.UTF-8", "SOAK_MANAGEMENT_SK": MANAGEMENT_SK}

    def spawn(self, name, arguments):
        self.processes[name] = spawn(self.binary, name, arguments, self.work, self.environment())

    def start(self):
        self.binary = build(self.args.release)
        port, self.listen = free_port(), free_port()
        self.scraper = Scraper(self.listen)
        faults = [arg for name, rate in FAULTS.items() for arg in (f"--{name}", str(rate))]
        self.spawn("simulator", [
            "simulator", "--port", str(port), "--tenants", str(TENANTS), "--tasks", str(TASKS),
            "--regions", ",".join(REGIONS), "--speed", "30", "--ak", MANAGEMENT_AK, "--sk", MANAGEMENT_SK,
            "--credential-lifetime", str(KEY_LIFETIME_SECONDS), "--log-requests", "--latency-ms", str(LATENCY_MS),
            "--retry-after", str(RETRY_AFTER_SECONDS), "--slow-seconds", str(SLOW_SECONDS),
            "--faults-on", FAULTED_SERVICES, *faults, *self.timeline.simulator_arguments()])
        if not wait_until(lambda: listening(port), 30):
            sys.exit("soak: the simulator did not start: " + open(f"{self.work}/simulator.err").read())
        self.t0 = time.monotonic()  # the incidents' clock starts as it begins to listen, within 0.2 s
        self.end = self.t0 + self.seconds
        self.log = RequestLog(os.path.join(self.work, "simulator.out"))
        self.write_config(port)
        self.spawn("watch", ["watch", "--config", self.config, "--format", "json"])
        self.spawn("exporter", ["exporter", "--config", self.config, "--listen", f"127.0.0.1:{self.listen}"])
        self.tmux.start_dashboard(self.binary, self.config, self.work,
                                  {"LANG": "C.UTF-8", "SOAK_MANAGEMENT_SK": MANAGEMENT_SK}, width=200, height=50)
        if not self.tmux.wait_for(lambda s: "profiles" in s and "accounts" in s, 90):
            sys.exit("soak: the dashboard did not load the organization:\n" + self.tmux.screen())
        self.pids = {"dashboard": self.tmux.dashboard_pid(), "watch": self.processes["watch"].pid,
                     "exporter": self.processes["exporter"].pid}

    def at(self, seconds):
        """The monotonic time `seconds` after the simulator's start."""
        return self.t0 + seconds

    # While the run lasts

    def check_canaries(self, what, text):
        self.audit["texts"] += 1
        self.audit["bytes"] += len(text)
        for name, value in CANARIES.items():
            if value in text:
                self.audit["found"].append(f"the {name} in {what}")

    def scrape(self):
        text = self.scraper.scrape()
        if text is not None:
            self.check_canaries("/metrics", text)
        return text

    def screen(self):
        text = self.tmux.screen()
        self.check_canaries("the dashboard's screen", text)
        return text

    def loaded(self):
        """Whether every face has had a clean first page from at least nine in ten of the profiles."""
        entries = self.log.snapshot()
        return all(len({project_in(e["path"]) for e in entries if e["face"] == face and self.clean_page(e)})
                   >= 0.9 * (MEMBERS * len(REGIONS) + 1) for face in FACES)

    def sample(self):
        """Each face's RSS, file descriptors and threads every 30 s, until the run ends."""
        while not self.sampling.wait(30):
            self.take_samples()

    def take_samples(self):
        for face, pid in self.pids.items():
            figures = process_figures(pid)
            if figures:
                self.samples[face].append(dict(figures, time=time.monotonic()))

    def drive(self):
        """Scripted keys until the run ends: moves, filters by account and organization, the
        detail, help, and a stop then a start through the dialogs about every 30 s; the exporter
        scraped every 10 s; each face's resources sampled every 30 s."""
        moves = [["j"], ["j"], ["k"], ["PageDown"], ["G"], ["g"], ["Enter"], ["j"], ["Escape"], ["o"], ["O"],
                 ["/"], ["account:tenant-00"], ["Enter"], ["/"], ["Escape"], ["/"], ["org:corp"], ["Enter"],
                 ["/"], ["Escape"], ["?"], ["Escape"], ["a"]]
        if not wait_until(self.loaded, 120):
            print("soak: not every face loaded nine in ten profiles within 120 s; going on", flush=True)
        self.take_samples()
        sampler = threading.Thread(target=self.sample, daemon=True)
        sampler.start()
        step, next_action, next_scrape = 0, time.monotonic() + 10, time.monotonic()
        while time.monotonic() < self.end:
            keys = moves[step % len(moves)]
            if keys[0].startswith(("account:", "org:")):
                self.tmux.text(keys[0])
            else:
                self.tmux.keys(*keys)
            step += 1
            self.screen()
            if time.monotonic() >= next_action:
                self.dialogs.stop_then_start(30)
                next_action = time.monotonic() + 30
            if time.monotonic() >= next_scrape:
                self.scrape()
                next_scrape = time.monotonic() + 10
            time.sleep(0.7)
        self.sampling.set()
        sampler.join()
        self.tmux.keys("Escape")

    # Stop

    def stop(self):
        """Quits the dashboard with q and the others with SIGTERM; returns the faces that crashed."""
        self.take_samples()
        self.scrape()
        crashes, self.terminal_problem = end_faces(self.tmux, self.work, self.processes, self.log)
        if self.args.keep:
            with open(os.path.join(self.work, "requests.jsonl"), "w") as file:
                for entry in self.log.entries:
                    file.write(json.dumps({**entry, "time": round(entry["time"] - self.t0, 2)}) + "\n")
            with open(os.path.join(self.work, "last-metrics.txt"), "w") as file:
                file.write(self.scraper.last)
        for name in ("watch.out", "watch.err", "exporter.out", "exporter.err", "hook-events.txt"):
            path = os.path.join(self.work, name)
            if os.path.exists(path):
                self.check_canaries(name, open(path, encoding="utf-8", errors="replace").read())
        return crashes

    def cleanup(self):
        cleanup(self.tmux, self.processes, self.work, self.args.keep)

    # The figures, from the simulator's log

    @staticmethod
    def accepted_page(entry):
        """A first page the service answered with the tasks, whatever fault the soak then put on the
        answer's body or timing (a truncated or slow answer still shows the key was good); a 502,
        429 or dropped connection hides the service's answer, so it does not count."""
        return (entry["method"] == "GET" and "/sync-tasks?" in entry["path"] and entry["path"].endswith("offset=0")
                and entry["status"] == "200" and entry["fault"] in (None, "truncate", "slow"))

    @staticmethod
    def clean_page(entry):
        return (entry["method"] == "GET" and "/sync-tasks?" in entry["path"] and entry["path"].endswith("offset=0")
                and entry["status"] == "200" and entry["fault"] is None)

    @staticmethod
    def let_through(entry):
        """An OMS request the incidents no longer stopped: sent with a key the face could have (it
        sends none without), not refused, and through a region that answers. What a fault the soak
        put on the answer then did is the fault's doing, and is counted apart."""
        return entry["status"] != "401" and entry["fault"] != "unreachable"

    @staticmethod
    def first(entries, face, projects, after, counts):
        """For each project, the first OMS request of `face` after `after` that `counts` takes (None: none)."""
        firsts = {project: None for project in projects}
        for entry in entries:
            if entry["face"] != face or entry["time"] <= after or not counts(entry):
                continue
            project = project_in(entry["path"])
            if project in firsts and firsts[project] is None:
                firsts[project] = entry["time"]
        return firsts

    def recovery(self, entries, face, projects, end):
        """Seconds from `end` until `face` was back at every one of `projects` (a request the incident
        no longer stopped), and until the service had accepted a page 1 of each (which the soak's
        own faults delay further); None where one never came."""
        def latest(firsts):
            values = list(firsts.values())
            return None if not values or None in values else max(values) - end
        return (latest(self.first(entries, face, projects, end, self.let_through)),
                latest(self.first(entries, face, projects, end, self.accepted_page)))

    @staticmethod
    def gate_opened(entries, face, after):
        """When IAM first issued `face` an agency's key through the management key after `after`:
        the source's gate opened (None: it did not)."""
        for entry in entries:
            if (entry["face"] == face and entry["time"] > after and entry["note"] is not None
                    and entry["path"].startswith("/v3.0/OS-CREDENTIAL/securitytokens")
                    and entry["status"].startswith("2") and entry["fault"] in (None, "slow")):
                return entry["time"]
        return None

    def incidents(self):
        """Each incident with an end: its name, the projects it touched, when it ended (monotonic),
        and whether its recovery waits for the source's gate first.
        The accounts that joined are measured from each face's first listing after they did."""
        timeline = self.timeline
        members_then = [a for a in range(1, TENANTS - JOINING) if a not in LOSERS]
        after_change = range(1 + LEAVING, TENANTS)
        return [
            ("management key revoked 60 s", [project_of(a, r) for a in members_then for r in REGIONS],
             self.at(timeline.revoked[1]), True),
            (f"{LOSING_AGENCY} accounts without the agency 120 s", [project_of(a, r) for a in LOSERS for r in REGIONS],
             self.at(timeline.agency_lost[1]), False),
            (f"{DOWN_REGION} unreachable 60 s", [project_of(a, DOWN_REGION) for a in after_change],
             self.at(timeline.region_down[1]), False),
        ]

    def auth_failures(self, entries):
        """The (face, profile) pairs refused a key that should have been valid: any 401 but those of
        the management key inside its revocation (and the calls in flight as it began or ended), and
        but the metadata service's refusal of a session token a fault had cut short (its answer to
        the PUT truncated: the face asks for a new session, as it should)."""
        revoked_from, revoked_to = self.at(self.timeline.revoked[0]) - 2, self.at(self.timeline.revoked[1]) + 2
        failures = set()
        session_fault = {}
        for entry in entries:
            if entry["method"] == "PUT" and entry["path"].startswith("/meta-data/latest/api/token"):
                session_fault[entry["face"]] = entry["fault"]
            if entry["status"] != "401" or entry["fault"] is not None:
                continue
            if entry["path"].startswith("/openstack/latest/securitykey") and session_fault.get(entry["face"]) is not None:
                continue
            project = project_in(entry["path"])
            signed_by_management = project == PROJECT or entry["note"] is not None or "/organizations" in entry["path"]
            if signed_by_management and revoked_from <= entry["time"] <= revoked_to:
                continue
            where = PROJECTS.get(project, (None, None)) if project else None
            profile = (f"{account_name(where[0])}/{where[1]}" if where and where[0] else
                       "management account" if project else entry["path"].split("?")[0])
            failures.add((entry["face"], profile))
        return failures

    def renewals(self, entries):
        """Keys had against what the lifetimes predict: over each face's keys (an account's agency,
        the ECS's, the pod's), the renewals between two keys had one after the other, outside the
        incidents that stop renewal, and the seconds between them."""
        times = {}
        for entry in entries:
            if entry["fault"] is not None or entry["face"] is None:
                continue
            if entry["method"] == "POST" and entry["path"].startswith("/v3.0/OS-CREDENTIAL/securitytokens") and entry["status"] == "201":
                key = entry["note"] or "cce"
            elif entry["path"].startswith("/openstack/latest/securitykey") and entry["status"] == "200":
                key = "ecs"
            else:
                continue
            times.setdefault((entry["face"], key), []).append(entry["time"])
        revoked = (self.at(self.timeline.revoked[0]), self.at(self.timeline.revoked[1]))
        lost = (self.at(self.timeline.agency_lost[0]), self.at(self.timeline.agency_lost[1]))
        losers = {account_name(a) for a in LOSERS}
        counted, seconds = 0, 0.0
        for (face, key), had in times.items():
            blocked = [] if key in ("ecs", "cce") else [revoked] + ([lost] if key in losers else [])
            for before, after in zip(had, had[1:]):
                if any(before < to and after > start for start, to in blocked):
                    continue
                counted += 1
                seconds += after - before
        return counted, seconds / RENEWAL_INTERVAL_SECONDS, len(times)

    def revoked_calls(self, entries):
        """IAM and Organizations calls signed with the management key while it was revoked, by face:
        those refused or failed (a key issued just as the window opened was asked before it)."""
        start, end = self.at(self.timeline.revoked[0]), self.at(self.timeline.revoked[1])
        calls = {face: 0 for face in FACES}
        for entry in entries:
            if not start <= entry["time"] <= end or entry["face"] not in calls:
                continue
            assume = entry["path"].startswith("/v3.0/OS-CREDENTIAL/securitytokens") and entry["note"] is not None
            answered = entry["status"].startswith("2") and entry["fault"] is None  # sent before IAM began refusing
            if (assume or entry["path"].startswith("/v1/organizations")) and not answered:
                calls[entry["face"]] += 1
        return calls

    def membership(self, entries):
        """For each face: the joined accounts' profiles it watched after the change, and the departed
        accounts' profiles it still asked for after its first listing that followed the change."""
        change = self.at(self.timeline.membership_change)
        joined = [project_of(a, r) for a in JOINERS for r in REGIONS]
        left = {project_of(a, r) for a in LEAVERS for r in REGIONS}
        figures = {}
        for face in FACES:
            listed = [e["time"] for e in entries if e["face"] == face and e["time"] > change and e["status"] == "200"
                      and e["fault"] is None and e["path"].startswith("/v1/organizations/accounts")]
            seen = self.first(entries, face, joined, listed[0] if listed else change, self.accepted_page)
            back = self.first(entries, face, joined, listed[0] if listed else change, self.let_through)
            after = (listed[0] + 3) if listed else None
            still = {project_in(e["path"]) for e in entries if after and e["face"] == face and e["time"] > after
                     and project_in(e["path"]) in left}
            figures[face] = {
                "listed": listed[0] - change if listed else None,
                "joined": sum(1 for v in seen.values() if v is not None), "joined_total": len(joined),
                "joined_after": max((v - listed[0] for v in back.values() if v is not None), default=None) if listed else None,
                "left_gone": len(left) - len(still) if after else 0, "left_total": len(left),
            }
        page = self.scraper.last
        figures["exporter"]["page_joined"] = all(f'profile="{account_name(a)}/' in page for a in JOINERS)
        figures["exporter"]["page_left_gone"] = not any(f'profile="{account_name(a)}/' in page for a in LEAVERS)
        return figures

    def quiet(self, sample):
        """Whether a sample was taken outside the incidents and the minute after each: while a key is
        revoked or a region down, a face holds fewer connections, which is no baseline."""
        timeline = self.timeline
        windows = [timeline.revoked, timeline.agency_lost, (timeline.membership_change, timeline.membership_change),
                   timeline.region_down]
        return not any(self.at(start) <= sample["time"] <= self.at(end) + 60 for start, end in windows)

    def flat(self, samples):
        """Whether a face's resources stayed flat, each third of the samples taken outside the
        incidents where it has any. RSS steps up with the worst burst so far (an incident's answers
        queued on a busy machine; the allocator keeps the pages it freed) and then stays, and file
        descriptors come and go by the dozen from one sample to the next (connections to 200
        profiles, up to 64 a host): so a leak is a floor that still rises in the last third above
        the middle third's most (incidents included: the bursts are in them), or that ends far above
        the first third's (RSS by 30%, file descriptors by more than one host's pool). Threads: at most 2 more than at the start."""
        if len(samples) < 3:
            return False, "too few samples"
        third = max(1, len(samples) // 3)
        first, last = samples[:third], samples[-third:]
        first, last = ([sample for sample in part if self.quiet(sample)] or part for part in (first, last))
        middle = samples[third:-third] or first

        def floor(part, key):
            return min(s[key] for s in part)

        def most(part, key):
            return max(s[key] for s in part)

        rss = floor(last, "rss") <= most(middle, "rss") * 1.10 and floor(last, "rss") <= most(first, "rss") * 1.30
        fds = floor(last, "fds") <= most(middle, "fds") + 8 and floor(last, "fds") <= floor(first, "fds") + 64
        threads = floor(last, "threads") <= floor(first, "threads") + 2
        return rss and fds and threads, "" if rss and fds and threads else (
            ", ".join(n for n, ok in (("RSS", rss), ("file descriptors", fds), ("threads", threads)) if not ok) + " grew")

    # The report

    def report(self, crashes):
        entries = self.log.entries
        missed = []
        timeline = self.timeline
        by_face = {face: sum(1 for e in entries if e["face"] == face) for face in FACES}
        by_service = {}
        for entry in entries:
            path = entry["path"]
            service = ("oms" if path.startswith("/v2/") else "organizations" if path.startswith("/v1/organizations")
                       else "metadata" if path.startswith(("/meta-data", "/openstack")) else "iam")
            by_service[service] = by_service.get(service, 0) + 1
        kinds = {}
        for entry in entries:
            kind = entry["fault"] or ("ok" if entry["status"].startswith("2") else f"HTTP {entry['status']}")
            kinds[kind] = kinds.get(kind, 0) + 1
        rates = ", ".join(f"{name.removesuffix('-rate')} {rate:.0%}" for name, rate in FAULTS.items())
        print(f"== organization soak: {MEMBERS} member accounts x {len(REGIONS)} regions ({TASKS} tasks each), "
              f"keys of {KEY_LIFETIME_SECONDS} s, refresh {REFRESH_SECONDS} s, ceiling {CEILING} requests a minute per face")
        print(f"  faults on {FAULTED_SERVICES} ({LATENCY_MS} ms latency): {rates}; Retry-After {RETRY_AFTER_SECONDS} s, slow = held {SLOW_SECONDS} s")
        print(f"  incidents (s after the start)   management key revoked {timeline.revoked[0]}-{timeline.revoked[1]}; "
              f"{LOSING_AGENCY} accounts without the agency {timeline.agency_lost[0]}-{timeline.agency_lost[1]}; "
              f"{LEAVING} left and {JOINING} joined at {timeline.membership_change}; "
              f"{DOWN_REGION} unreachable {timeline.region_down[0]}-{timeline.region_down[1]}")
        print(f"  minutes run                     {self.args.minutes:.1f}")
        print(f"  requests                        {len(entries)} (dashboard {by_face['dashboard']}, watch {by_face['watch']}, "
              f"exporter {by_face['exporter']}; " + ", ".join(f"{k} {v}" for k, v in sorted(by_service.items(), key=lambda kv: -kv[1])) + ")")
        print("  answers by kind                 " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
        print(f"  exporter scrapes                {self.scraper.counts['ok']} answered, {self.scraper.counts['failed']} failed")

        print(f"  crashes                         {len(crashes)}{': ' + ', '.join(crashes) if crashes else ''}   (aim: 0)")
        if crashes:
            missed.append("crashes")
        posts = {verb: sum(1 for e in entries if e["method"] == "POST" and e["path"].endswith("/" + verb))
                 for verb in ("start", "stop")}
        confirmed, accepted = self.dialogs.confirmed, self.dialogs.accepted
        # Each confirmed action against the POSTs sent while it ran: one, or none when no key could
        # be had for its profile (an agency lost, a key revoked), which its dialog then says.
        unsent, doubled = [], []
        for action in self.dialogs.actions:
            sent = sum(1 for e in entries if e["method"] == "POST" and e["path"].endswith("/" + action["verb"])
                       and action["from"] <= e["time"] <= action["to"])
            if sent > 1:
                doubled.append(action)
            elif sent == 0:
                unsent.append(action)
        keyless = [a for a in unsent if re.search(r"credential|renewal|agency|IAM", a["failure"])]
        print(f"  POSTs sent / actions confirmed  start {posts['start']}/{confirmed['start']}, stop {posts['stop']}/{confirmed['stop']}"
              f"   (aim: one POST each, none only where no key could be had: {len(keyless)}; "
              f"{accepted} of {len(self.dialogs.outcomes)} accepted through the faults)")
        for action in keyless:
            print(f"    a {action['verb']} sent nothing: {action['failure'][:160]}")
        if doubled or len(keyless) != len(unsent) or sum(confirmed.values()) == 0:
            for action in [a for a in unsent if a not in keyless] + doubled:
                print(f"    a {action['verb']} sent {'two or more POSTs' if action in doubled else 'nothing'}: {action['failure'][:160]}")
            missed.append("a confirmed action sent other than one POST (or none was confirmed)")

        failures = self.auth_failures(entries)
        shown = ", ".join(sorted(f"{face or '?'} {profile}" for face, profile in failures)[:6])
        print(f"  auth refused with a valid key   {len(failures)} profiles{': ' + shown if failures else ''}"
              "   (aim: 0 outside the revocation)")
        if failures:
            missed.append("auth refused a key that should have been valid")

        counted, predicted, keys = self.renewals(entries)
        ratio = counted / predicted if predicted else 0
        print(f"  renewals                        {counted} against {predicted:.0f} predicted over {keys} keys "
              f"(one per {RENEWAL_INTERVAL_SECONDS:.0f} s of a {KEY_LIFETIME_SECONDS}-s key): {ratio:.2f}   (aim: within {RENEWAL_TOLERANCE:.0%})")
        if abs(ratio - 1) > RENEWAL_TOLERANCE:
            missed.append("renewals differ from the lifetimes' prediction")

        calls = self.revoked_calls(entries)
        print("  IAM calls while revoked         " + ", ".join(f"{face} {count}" for face, count in calls.items())
              + f" in {REVOKED_SECONDS} s   (aim: <= {REVOKED_CALLS_AIM} a face: the source's gate lets one renewal through a minute; without it, about 700)")
        if any(count > REVOKED_CALLS_AIM for count in calls.values()):
            missed.append("IAM calls stormed while the key was revoked")

        print(f"  recovery after each incident, s: each face back at every profile it touched   (aim: <= {RECOVERY_AIM}, one "
              f"refresh plus the backoff cap); in brackets, until a page 1 of each was accepted through the soak's own faults, "
              f"each of which costs a profile up to the 60-s backoff; after the revocation, from the source's gate opening "
              f"(aim: <= {GATE_AIM} s after the end, its minute plus a try the faults held)")
        def seconds(value):
            return f"{value:.1f}" if value is not None else "never"
        for name, projects, end, gated in self.incidents():
            figures = []
            for face in FACES:
                opened = self.gate_opened(entries, face, end) if gated else end
                back, accepted = self.recovery(entries, face, projects, opened) if opened is not None else (None, None)
                gate = f"; gate {seconds(opened - end if opened is not None else None)}" if gated else ""
                figures.append(f"{face} {seconds(back)} ({seconds(accepted)}{gate})")
                if back is None or back > RECOVERY_AIM or (gated and (opened is None or opened - end > GATE_AIM)):
                    missed.append(f"recovery after '{name}': {face}")
            print(f"    {name:<38} " + ", ".join(figures))

        membership = self.membership(entries)
        for face in FACES:
            m = membership[face]
            listed = f"{m['listed']:.0f} s" if m["listed"] is not None else "never"
            joined_after = f", the last asked for {m['joined_after']:.1f} s after it" if m["joined_after"] is not None else ""
            print(f"  accounts, {face:<10}            first listing {listed} after the change; joined seen {m['joined']}/{m['joined_total']} "
                  f"profiles{joined_after}; left gone {m['left_gone']}/{m['left_total']}   (aim: 100%)")
            if m["joined"] != m["joined_total"] or m["left_gone"] != m["left_total"]:
                missed.append(f"{face} did not follow the accounts that came and went")
        exporter = membership["exporter"]
        print(f"  the exporter's last page        joined accounts {'present' if exporter['page_joined'] else 'MISSING'}, "
              f"departed ones {'gone' if exporter['page_left_gone'] else 'STILL THERE'}")
        if not (exporter["page_joined"] and exporter["page_left_gone"]):
            missed.append("the exporter's page did not follow the accounts")

        print("  resources, start -> end (sampled every 30 s; aim: flat: no floor in the last third above the middle "
              "third's most, and none far above the first third's):")
        for face in FACES:
            samples = self.samples[face]
            if not samples:
                missed.append(f"no figures for the {face}")
                continue
            ok, why = self.flat(samples)
            start, end = samples[0], samples[-1]
            print(f"    {face:<10} RSS {start['rss']:.1f} -> {end['rss']:.1f} MiB (max {max(s['rss'] for s in samples):.1f}), "
                  f"FDs {start['fds']} -> {end['fds']}, threads {start['threads']} -> {end['threads']}"
                  f"{'' if ok else '   ' + why}")
            if not ok:
                missed.append(f"{face}: {why}")
                print("      samples (s, RSS MiB, FDs, threads; * in an incident): " + ", ".join(
                    f"{s['time'] - start['time']:.0f} {s['rss']:.1f} {s['fds']} {s['threads']}{'' if self.quiet(s) else '*'}"
                    for s in samples))

        print(f"  terminal restored               {'yes' if self.terminal_problem is None else 'NO: ' + self.terminal_problem}   (stty -g and the alternate screen)")
        if self.terminal_problem is not None:
            missed.append("terminal not restored")
        found = self.audit["found"]
        print(f"  canaries found                  {len(found)} in {self.audit['texts']} texts, "
              f"{self.audit['bytes'] / 1048576:.1f} MiB (screens, /metrics, watch, the exporter's log, hook payloads and "
              f"environments; {len(CANARIES)} canaries: temporary SKs, security tokens, IAM tokens, metadata session "
              f"tokens, the ID token, the management SK)   (aim: 0)")
        if found:
            print("    " + "; ".join(sorted(set(found))[:10]))
            missed.append("secrets came out")
        if missed:
            print("soak: missed: " + "; ".join(missed) + (f" (files kept in {self.work})" if self.args.keep else ""))
        return not missed


def run(args):
    """Runs the organization soak; true when every aim was met."""
    if args.minutes < MINIMUM_MINUTES:
        sys.exit(f"soak: --org needs at least {MINIMUM_MINUTES} minutes, to fit its four incidents and their recoveries")
    soak = OrganizationSoak(args)
    try:
        soak.start()
        soak.drive()
        crashes = soak.stop()
        return soak.report(crashes)
    finally:
        soak.cleanup()
