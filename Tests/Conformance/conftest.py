"""Starts `omsdash simulator` on a free loopback port for the official SDK to talk to."""
import os
import socket
import subprocess
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("OMSDASH_BIN", os.path.join(ROOT, ".build", "debug", "omsdash"))

AK = "CONFORMANCEAK0000001"
SK = "conformance-secret-key-000000000000000000"
PROJECT = "c0nf0rmance0project0id0000000001"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Simulator:
    def __init__(self, extra_args=()):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        args = [BINARY, "simulator", "--port", str(self.port), "--seed", "7", "--ak", AK, "--sk", SK,
                "--project-id", PROJECT, *extra_args]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.banner = self.process.stdout.readline()
        if "listening on" not in self.banner:
            self.process.kill()
            raise RuntimeError(f"simulator did not start: {self.banner!r}")
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("simulator did not accept connections")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture()
def simulator():
    """A fresh simulator per test: every test starts from the same seeded world."""
    sim = Simulator()
    yield sim
    sim.stop()


@pytest.fixture()
def statsless_simulator():
    """A simulator pretending to be a region where statistics are not offered."""
    sim = Simulator(["--region", "ap-southeast-1"])
    yield sim
    sim.stop()
