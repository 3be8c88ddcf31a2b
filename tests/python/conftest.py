"""Fixtures for the Python binding tests: a real hub on 127.0.0.1 and a fresh device folder.

The generated package lives in bindings/generated/python (scripts/gen-bindings makes it); the hub
is the cml-hub program that cargo built (CML_HUB_BIN overrides where it is)."""
import json
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings" / "generated" / "python"))

TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
HUB_BIN = os.environ.get("CML_HUB_BIN", str(TARGET / "debug" / "cml-hub"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        env = dict(os.environ, CML_HUB_PIN_HASH_KIB="256", CML_LOG="warn")
        self.process = subprocess.Popen(
            [HUB_BIN, "serve", "--demo", "--listen", f"127.0.0.1:{self.port}",
             "--database", f"sqlite:{self.folder / 'hub.db'}"],
            stdout=subprocess.DEVNULL, env=env)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as r:
                    if json.load(r)["status"] == "ok":
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the hub did not start")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=15)
            self.process = None


@pytest.fixture
def hub(tmp_path):
    h = Hub(tmp_path)
    h.start()
    yield h
    h.stop()


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "device")
