"""The production profile on loopback, without containers: several web hosts (gunicorn), job workers and
the scheduler, sharing one database and one Redis (and an S3 store when given), each host with its own
instance folder and search index as separate machines would have.

    .venv/bin/python deploy/cluster.py --database-url postgresql://postgres@127.0.0.1:5432/souk_cluster \
        --redis-url redis://127.0.0.1:6379/3 --hosts 2

prints the hosts' addresses and runs until Ctrl+C. The multi-host integration test
(tests/integration/test_several_hosts.py) and benchmarks/hosts.py drive the same class.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: Path
    url: str | None = None

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@dataclass
class Cluster:
    database_url: str
    redis_url: str
    workdir: Path
    hosts: int = 2
    gunicorn_workers: int = 2
    threads: int = 4
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: list[Process] = field(default_factory=list)
    # More gunicorn options for every host, e.g. ["--worker-connections", "4"] (benchmarks/hosts.py).
    gunicorn_args: list[str] = field(default_factory=list)

    def env(self, name: str) -> dict[str, str]:
        """One host's environment: shared database, Redis, secret and storage; its own instance folder."""
        instance = self.workdir / name
        instance.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST", "S3_", "MAIL_", "FLASK_"))}
        env.update(
            {
                "DATABASE_URL": self.database_url,
                "REDIS_URL": self.redis_url,
                # Sessions and CSRF tokens signed by one host are read by the other.
                "SECRET_KEY": "cluster-secret-key-for-loopback-only",
                "INSTANCE_PATH": str(instance),
                "SEARCH_INDEX_DIR": str(instance / "search-index"),
                "UPLOAD_DIR": str(instance / "uploads"),
                "PRIVATE_DIR": str(instance / "private"),
                "LOG_JSON": "true",
                "RATELIMIT_ENABLED": "false",
                "FLASK_APP": "wsgi",
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(self.extra_env)
        return env

    def _spawn(self, name: str, argv: list[str], url: str | None = None) -> Process:
        log = self.workdir / f"{name}.log"
        handle = log.open("ab")
        popen = subprocess.Popen(  # noqa: S603 - our own commands
            argv, cwd=ROOT, env=self.env(name), stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
        handle.close()
        process = Process(name, popen, log, url)
        self.processes.append(process)
        return process

    def migrate(self) -> None:
        subprocess.run(  # noqa: S603
            [str(BIN / "flask"), "db", "upgrade"], cwd=ROOT, env=self.env("migrate"), check=True, capture_output=True
        )

    def start_host(self, index: int) -> Process:
        port = free_port()
        argv = [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(self.gunicorn_workers)]
        argv += ["--threads", str(self.threads), "--worker-class", "gthread", *self.gunicorn_args, "wsgi:app"]
        return self._spawn(f"web-{index}", argv, f"http://127.0.0.1:{port}")

    def start_worker(self, name: str = "worker", burst: bool = False) -> Process:
        argv = [str(BIN / "flask"), "jobs", "worker"] + (["--burst"] if burst else [])
        return self._spawn(name, argv)

    def start_scheduler(self) -> Process:
        return self._spawn("scheduler", [str(BIN / "flask"), "jobs", "scheduler"])

    @property
    def web(self) -> list[Process]:
        return [p for p in self.processes if p.url]

    def start(self, workers: int = 1, scheduler: bool = False, timeout: float = 60) -> Cluster:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.migrate()
        for index in range(self.hosts):
            self.start_host(index)
        for index in range(workers):
            self.start_worker(f"worker-{index}")
        if scheduler:
            self.start_scheduler()
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        for host in self.web:
            while True:
                if not host.alive():
                    raise RuntimeError(f"{host.name} exited:\n{host.log_text()[-4000:]}")
                try:
                    with urllib.request.urlopen(host.url + "/readyz", timeout=5) as response:  # noqa: S310
                        if response.status == 200:
                            break
                except (urllib.error.URLError, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{host.name} not ready after {timeout} s:\n{host.log_text()[-4000:]}")
                time.sleep(0.2)

    def kill(self, process: Process, sig: int = signal.SIGKILL) -> None:
        """Signal the whole process group (a worker's forked work horse dies with it, as on a lost host)."""
        if process.alive():
            os.killpg(process.popen.pid, sig)
        process.popen.wait(timeout=30)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.alive():
                os.killpg(process.popen.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.popen.pid, signal.SIGKILL)
                process.popen.wait(timeout=10)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--hosts", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=ROOT / "instance" / "cluster")
    args = parser.parse_args(argv)
    cluster = Cluster(args.database_url, args.redis_url, args.workdir, hosts=args.hosts)
    with cluster:
        cluster.start(workers=args.workers, scheduler=True)
        for host in cluster.web:
            print(f"{host.name}: {host.url}  (log {host.log})")
        print("Ctrl+C to stop")
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())
