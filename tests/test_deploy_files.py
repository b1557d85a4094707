"""The production profile's files name commands and settings the app really has (they are not run here:
no container engine on CI; deploy/cluster.py runs the same roles in tests/integration)."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from market.config import load_config

ROOT = Path(__file__).resolve().parent.parent


def _flask_command_exists(app, words: list[str]) -> bool:
    group = app.cli
    ctx = None
    for word in words:
        command = group.get_command(ctx, word)
        if command is None:
            return False
        group = command
    return True


def _flask_words(argv: list[str]) -> list[str]:
    argv = argv[argv.index("flask") + 1 :]
    if argv[:2] == ["--app", "wsgi"]:
        argv = argv[2:]
    return [w for w in argv if not w.startswith("-")]


def test_procfile_roles_are_real_commands(app):
    roles = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip())
    assert set(roles) == {"release", "web", "worker", "scheduler"}
    for role, command in roles.items():
        argv = shlex.split(command)
        if argv[0] == "flask":
            assert _flask_command_exists(app, _flask_words(argv)), (role, command)
        else:
            assert argv[0] == "gunicorn" and argv[-1] == "wsgi:app"


def test_compose_runs_every_role_against_shared_services(app, tmp_path):
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "minio", "web", "worker", "scheduler", "proxy", "migrate"} <= set(services)
    assert services["web"]["deploy"]["replicas"] == 2
    for name in ("migrate", "worker", "scheduler"):
        argv = services[name]["command"]
        assert _flask_command_exists(app, _flask_words(argv)), (name, argv)
    env = services["web"]["environment"]
    known = set(load_config(str(tmp_path), {"SECRET_KEY": "x"}))
    for key in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "S3_BUCKET", "S3_ENDPOINT_URL", "LOG_JSON"):
        assert key in env
        assert key in known or key == "DATABASE_URL"  # DATABASE_URL becomes SQLALCHEMY_DATABASE_URI
    # Every app role shares the same settings (one anchor), so hosts agree on the secret and services.
    assert services["worker"]["environment"] == env == services["scheduler"]["environment"]
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in services["proxy"]["volumes"]


def test_the_proxy_passes_the_request_id_and_skips_a_host_that_is_not_ready():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "proxy_set_header X-Request-ID $request_id;" in conf
    assert "proxy_next_upstream error timeout http_503;" in conf
