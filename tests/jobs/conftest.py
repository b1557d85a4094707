"""Real worker processes (`flask --app wsgi jobs worker`) on the test's database and Redis, and an SMTP
server on loopback (aiosmtpd) that counts what it receives and can stall a session."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Workers:
    def __init__(self, app, tmp_path):
        self.app, self.tmp_path, self.processes = app, tmp_path, []

    def env(self, **extra) -> dict:
        cfg = self.app.config
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MAIL_", "JOBS_"))}
        env.update(
            DATABASE_URL=cfg["SQLALCHEMY_DATABASE_URI"],
            REDIS_URL=cfg["REDIS_URL"],
            SECRET_KEY="test-secret-key",
            INSTANCE_PATH=str(self.tmp_path / "worker-instance"),
            SEARCH_INDEX_DIR=cfg["SEARCH_INDEX_DIR"],
            UPLOAD_DIR=cfg["UPLOAD_DIR"],
            PRIVATE_DIR=cfg["PRIVATE_DIR"],
            PUBLIC_URL=cfg["SERVER_NAME_FOR_EMAILS"],
            RATELIMIT_ENABLED="false",
            FLASK_APP="wsgi",
        )
        if cfg.get("MAIL_SERVER"):
            env.update(MAIL_SERVER=cfg["MAIL_SERVER"], MAIL_PORT=str(cfg["MAIL_PORT"]), MAIL_USE_TLS="false",
                       MAIL_SEND_LEASE=str(cfg.get("MAIL_SEND_LEASE", 900)))  # fmt: skip
        env.update(extra)
        return env

    def start(self, *args, command="worker", **env) -> subprocess.Popen:
        cmd = [sys.executable, "-m", "flask", "--app", "wsgi", "jobs", command, *args]
        if command == "worker":
            cmd += ["--maintenance-interval", "1", "--abandon-grace", "1"]
        process = subprocess.Popen(  # noqa: S603 - our own command
            cmd, cwd=ROOT, env=self.env(**env), start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        self.processes.append(process)
        return process

    def burst(self, timeout: float = 60, **env) -> str:
        process = self.start("--burst", **env)
        output, _ = process.communicate(timeout=timeout)
        assert process.returncode == 0, output
        return output

    @staticmethod
    def kill(process: subprocess.Popen) -> None:
        """SIGKILL the worker and everything it started (its scheduler too): a machine dying."""
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
            if process.stdout and not process.stdout.closed:
                process.stdout.close()


@pytest.fixture
def workers(app, tmp_path):
    pool = Workers(app, tmp_path)
    yield pool
    pool.stop_all()


def wait_for(predicate, timeout: float = 30, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


class CountingHandler:
    """Counts accepted messages; while `stall` is set, a session stops at RCPT (before any message
    content) until released, so a client killed there has sent nothing."""

    def __init__(self):
        self.messages: list = []
        self.stall = False
        self.stalled = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.stall:
            self.stall = False
            self.stalled.set()
            await asyncio.sleep(8)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 Message accepted"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    from tests.conftest import _free_port

    handler = CountingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()
