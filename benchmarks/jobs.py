"""Job-queue benchmark: RQ against Dramatiq over the same Redis, on this machine, to choose by measurement.

Method
------
A private ``redis-server`` on a free loopback port (or ``--redis-url``), emptied between runs; the job is
the same small database write for every system: one INSERT into a SQLite file (WAL) of the time it was
enqueued and the time it ran. Workers are the systems' own command lines, started as subprocesses:
``rq worker -w benchmarks.jobs.BenchWorker`` (a SimpleWorker abandoning jobs as ``flask jobs worker``
does: no fork per job), ``rq worker`` (the
default fork-per-job worker), and ``dramatiq benchmarks.jobs --processes N --threads 1``.

1. Enqueue rate: ``--enqueue`` no-op jobs enqueued one by one from this process (no worker running).
2. Latency: one worker process, ``--latency`` jobs enqueued 20 ms apart; enqueue-to-run p50 and p95.
3. Throughput: ``--jobs`` jobs enqueued, then 1 or 2 worker processes started; jobs per second from
   the first job run to the last (worker start-up not counted).
4. SIGKILL mid-job: a job that sleeps 4 s; its worker is SIGKILLed 1 s in and a fresh worker started;
   we wait (up to ``--kill-wait`` s) for the job to run again. RQ is set as ``flask jobs worker`` sets
   it (job time limit 10 s, abandoned 5 s after, maintenance pass every 5 s, which needs an idle
   worker's blocking pop to end every 5 s: worker TTL 20 s; RQ's defaults are 60 s, 10 min and 405 s);
   Dramatiq's Redis broker with a 15 s heartbeat timeout (its default is 60 s) and maintenance
   on every command, the closest equivalents.
Run: ``.venv/bin/python -m benchmarks.jobs`` (about two minutes); writes results/jobs.json and jobs.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DB_ENV = "BENCH_JOBS_DB"


# ------------------------------------------------------------------------------ the job (both systems)


def write_row(enqueued_at: float, sleep: float = 0.0) -> None:
    if sleep:
        time.sleep(sleep)
    conn = sqlite3.connect(os.environ[DB_ENV], timeout=30)
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL without an fsync per commit: measure the queue, not the disk
    with conn:
        conn.execute(
            "INSERT INTO runs (enqueued_at, ran_at, pid) VALUES (?, ?, ?)", (enqueued_at, time.time(), os.getpid())
        )
    conn.close()


def noop() -> None:
    pass


try:
    from rq import SimpleWorker

    class BenchWorker(SimpleWorker):
        """SimpleWorker with market.jobs.worker.AppWorker's abandonment rule (time limit + grace, here 5 s)."""

        def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
            return int(job.timeout or 180) + 5

except ImportError:  # pragma: no cover
    pass


if os.environ.get("BENCH_DRAMATIQ_URL"):  # imported by the dramatiq worker: the actors on the broker
    import dramatiq
    from dramatiq.brokers.redis import RedisBroker

    dramatiq.set_broker(
        RedisBroker(url=os.environ["BENCH_DRAMATIQ_URL"], heartbeat_timeout=15_000, maintenance_chance=1_000_000)
    )
    write_row_actor = dramatiq.actor(write_row, actor_name="write_row", max_retries=3, time_limit=60_000)
    noop_actor = dramatiq.actor(noop, actor_name="noop")


# ------------------------------------------------------------------------------ harness


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Bench:
    def __init__(self, redis_url: str, workdir: Path):
        from redis import Redis

        self.redis_url, self.workdir = redis_url, workdir
        self.redis = Redis.from_url(redis_url)
        self.db = workdir / "runs.sqlite3"

    def reset(self) -> None:
        self.redis.flushdb()
        if self.db.exists():
            self.db.unlink()
        conn = sqlite3.connect(self.db)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, enqueued_at REAL, ran_at REAL, pid INTEGER)")
        conn.commit()
        conn.close()

    def rows(self) -> list[tuple[float, float]]:
        conn = sqlite3.connect(self.db, timeout=30)
        rows = conn.execute("SELECT enqueued_at, ran_at FROM runs ORDER BY id").fetchall()
        conn.close()
        return rows

    def env(self) -> dict:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env[DB_ENV] = str(self.db)
        env["BENCH_DRAMATIQ_URL"] = self.redis_url
        return env

    def worker(self, system: str, processes: int = 1) -> list[subprocess.Popen]:
        if system == "dramatiq":
            cmds = [[str(BIN / "dramatiq"), "benchmarks.jobs", "--processes", str(processes), "--threads", "1"]]
        else:
            klass = ["-w", "benchmarks.jobs.BenchWorker"] if system == "rq-simple" else []
            cmd = [
                str(BIN / "rq"),
                "worker",
                "--url",
                self.redis_url,
                *klass,
                "--maintenance-interval",
                "5",
                "--worker-ttl",
                "20",
                "bench",
            ]
            cmds = [cmd] * processes
        return [
            subprocess.Popen(
                c,
                cwd=ROOT,
                env=self.env(),
                start_new_session=True,  # noqa: S603 - our benchmark
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            for c in cmds
        ]

    @staticmethod
    def stop(processes, sig=signal.SIGTERM) -> None:
        for p in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, sig)
        for p in processes:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()

    def enqueuer(self, system: str):
        if system == "dramatiq":
            os.environ["BENCH_DRAMATIQ_URL"] = self.redis_url
            import benchmarks.jobs as me  # this file again, not __main__: now with the actors

            return (lambda *a, sleep=0.0: me.write_row_actor.send(*a, sleep)), (lambda: me.noop_actor.send())
        from rq import Queue, Retry

        queue = Queue("bench", connection=self.redis)
        return (
            lambda *a, sleep=0.0: queue.enqueue(
                "benchmarks.jobs.write_row", *a, sleep, job_timeout=10, retry=Retry(max=3)
            ),
            lambda: queue.enqueue("benchmarks.jobs.noop"),
        )

    def wait_rows(self, n: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.rows()) >= n:
                return True
            time.sleep(0.05)
        return False


def _pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else None


def run_system(bench: Bench, system: str, args) -> dict:
    out: dict = {"system": system}
    send, send_noop = bench.enqueuer(system)

    bench.reset()
    started = time.perf_counter()
    for _ in range(args.enqueue):
        send_noop()
    out["enqueue_per_s"] = round(args.enqueue / (time.perf_counter() - started))

    bench.reset()
    workers = bench.worker(system)
    send(time.time())
    assert bench.wait_rows(1, 60), f"{system}: the worker never ran a job"
    for _ in range(args.latency):
        send(time.time())
        time.sleep(0.02)
    assert bench.wait_rows(args.latency + 1, 60)
    bench.stop(workers)
    lat = [(ran - enq) * 1000 for enq, ran in bench.rows()[1:]]
    out["latency_ms_p50"], out["latency_ms_p95"] = round(_pct(lat, 0.5), 1), round(_pct(lat, 0.95), 1)

    for n_proc in (1, 2):
        bench.reset()
        for _ in range(args.jobs):
            send(time.time())
        workers = bench.worker(system, n_proc)
        ok = bench.wait_rows(args.jobs, 120)
        bench.stop(workers)
        ran = [r for _e, r in bench.rows()]
        out[f"throughput_{n_proc}_per_s"] = round((len(ran) - 1) / (max(ran) - min(ran)), 1) if ok else None

    bench.reset()
    workers = bench.worker(system)
    time.sleep(3)  # worker up
    send(time.time(), sleep=4.0)
    time.sleep(1.5)
    bench.stop(workers, signal.SIGKILL)
    killed_at = time.time()
    fresh = bench.worker(system)
    redelivered = bench.wait_rows(1, args.kill_wait)
    rows = bench.rows()
    bench.stop(fresh)
    out["sigkill_redelivered"] = redelivered
    out["sigkill_rerun_after_s"] = round(rows[0][1] - killed_at, 1) if redelivered else None
    out["sigkill_runs"] = len(rows)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redis-url")
    parser.add_argument("--enqueue", type=int, default=1000)
    parser.add_argument("--latency", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=400)
    parser.add_argument("--kill-wait", type=float, default=40)
    parser.add_argument("--systems", default="rq-simple,rq-fork,dramatiq")
    args = parser.parse_args()

    server = None
    workdir = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    url = args.redis_url
    if not url:
        port = _free_port()
        server = subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1",  # noqa: S603
                                   "--save", "", "--appendonly", "no"], cwd=workdir,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        url = f"redis://127.0.0.1:{port}/0"
        time.sleep(0.5)
    os.environ[DB_ENV] = str(workdir / "runs.sqlite3")
    try:
        bench = Bench(url, workdir)
        results = []
        for system in args.systems.split(","):
            # rq-fork's horse is in its own process group: it survives its parent's SIGKILL and finishes.
            result = run_system(bench, system, args)
            results.append(result)
            print(json.dumps(result), flush=True)
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    _report(results, args)


def _report(results: list[dict], args) -> None:
    from importlib.metadata import version

    meta = {"rq": version("rq"), "dramatiq": version("dramatiq"), "redis_server": "loopback, private",
            "cores": os.cpu_count(), "args": vars(args)}  # fmt: skip
    out_dir = Path(__file__).parent / "results"
    (out_dir / "jobs.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    head = ("| system | enqueue/s | latency p50 ms | p95 ms | 1 worker jobs/s | 2 workers jobs/s "
            "| SIGKILLed mid-job: rerun? | after s | runs |")  # fmt: skip
    lines = ["# Job queue benchmark (benchmarks/jobs.py)", "",
             f"RQ {meta['rq']} and Dramatiq {meta['dramatiq']} over one private Redis on loopback, {meta['cores']} "
             "cores shared with other work; the job is one SQLite INSERT. See the script's docstring for the method.",
             "", head, "|---|--:|--:|--:|--:|--:|---|--:|--:|"]  # fmt: skip
    for r in results:
        lines.append(f"| {r['system']} | {r['enqueue_per_s']} | {r['latency_ms_p50']} | {r['latency_ms_p95']} | "
                     f"{r['throughput_1_per_s']} | {r['throughput_2_per_s']} | "
                     f"{'yes' if r['sigkill_redelivered'] else 'no'} | {r['sigkill_rerun_after_s']} | "
                     f"{r['sigkill_runs']} |")  # fmt: skip
    (out_dir / "jobs.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
