"""Schemathesis over the whole OpenAPI document against a live server, with positive and negative cases
and every check: no 5xx, no answer that breaks the document (status, content type, headers, body)."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.api import fuzz_site

HERE = Path(__file__).parent
EXAMPLES = os.environ.get("FUZZ_EXAMPLES", "50")


@pytest.fixture
def served(app):
    app.config.update(RATELIMIT_ENABLED=False)
    site = fuzz_site.build()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def _schemathesis(url: str, token: str, workdir: Path, *options: str) -> subprocess.CompletedProcess:
    st = Path(sys.executable).with_name("st")
    command = [str(st), "--config-file", str(HERE / "schemathesis.toml"), "--no-color", "run",
               f"{url}/api/v1/openapi.json", "--checks", "all", "--mode", "all", "--max-examples", EXAMPLES,
               "--seed", "20261207", "--workers", "1", "--request-timeout", "30",
               "--header", f"Authorization: Bearer {token}", *options]  # fmt: skip
    # In the test's own folder: Schemathesis keeps a cache of crashes in the working directory.
    return subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False, cwd=workdir)  # noqa: S603


@pytest.mark.parametrize("who", ["cooperative", "buyer"])
def test_the_api_keeps_its_contract_under_fuzzing(served, who, tmp_path):
    site, url = served
    if who == "cooperative":  # public and cooperative operations with cooperative A's token
        run = _schemathesis(url, site.coop_token, tmp_path, "--exclude-tag", "Buyer")
    else:
        run = _schemathesis(url, site.buyer_token, tmp_path, "--include-tag", "Buyer")
    print(run.stdout[-6000:])
    assert run.returncode == 0, run.stdout[-12000:] + run.stderr[-3000:]
