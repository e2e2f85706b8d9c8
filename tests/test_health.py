"""GET /healthz (alive) and GET /readyz (database writable, model loaded, platform credentials) on the
Slack and Teams servers: in process, and as an operator runs them (`python app.py slack|teams`)."""
from __future__ import annotations

import ctypes
import json
import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import pytest_asyncio

from bot.adapters.slack.app import build_app
from bot.adapters.slack.http import HttpServer
from bot.adapters.slack.receiver import SlackReceiver
from tests.support.processes import announced_health_url
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, STAFF_CHANNEL, slack_config

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "3f2a0c1e-1111-2222-3333-444455556666"


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# -- in process -------------------------------------------------------------------------------------
def slack_server(bot, config, fake) -> HttpServer:
    settings = slack_config(config, fake)
    receiver = SlackReceiver(build_app(bot, settings), bot, settings.slack_signing_secret).start()
    server = HttpServer(receiver, "127.0.0.1", 0, bot=bot)
    server.start()
    return server


def test_slack_answers_alive_and_ready_with_each_check_named(bot, config, fake):
    server = slack_server(bot, config, fake)
    try:
        assert get(server.base_url + "/healthz") == (200, {"status": "alive"})
        status, body = get(server.base_url + "/readyz")
    finally:
        server.stop()
    assert status == 200 and body["status"] == "ready"
    assert set(body["checks"]) == {"database", "model", "slack"}
    assert "writable" in body["checks"]["database"]["detail"]
    assert "token accepted (team Northwind IT" in body["checks"]["slack"]["detail"]


def test_slack_is_not_ready_once_the_token_is_revoked_and_asks_slack_at_most_once_a_minute(bot, config, fake):
    server = slack_server(bot, config, fake)
    fake.fail("auth.test", "token_revoked", times=5)
    try:
        status, body = get(server.base_url + "/readyz")
        again, _ = get(server.base_url + "/readyz")
    finally:
        server.stop()
    assert (status, again) == (503, 503) and body["status"] == "not ready"
    assert body["checks"]["slack"] == {"ok": False, "detail": "token not accepted: token_revoked"}
    assert body["checks"]["database"]["ok"] is True
    assert len(fake.calls("auth.test")) == 2  # one at start-up, one for both readiness checks


def test_not_ready_when_the_database_file_is_gone(bot, config, fake):
    """A file deleted or moved under a running bot: its open connection writes into the void."""
    server = slack_server(bot, config, fake)
    try:
        os.rename(config.db_path, config.db_path + ".moved")
        status, body = get(server.base_url + "/readyz")
        assert get(server.base_url + "/healthz")[0] == 200  # alive all the same: restart, don't kill
    finally:
        server.stop()
    assert status == 503 and body["checks"]["database"]["ok"] is False
    assert "not writable" in body["checks"]["database"]["detail"]


@pytest.mark.asyncio
async def test_teams_answers_alive_and_ready(open_bot, tmp_path, aiohttp_client_for):
    from bot.adapters.teams.server import create_app
    from bot.config import load_config
    core = open_bot(load_config(environ={}, db_path=str(tmp_path / "bot.db"), teams_app_id=APP_ID,
                                teams_app_password="not-a-real-secret-1234", teams_tenant_id="our-tenant"))
    client = await aiohttp_client_for(create_app(core))
    alive = await client.get("/healthz")
    ready = await client.get("/readyz")
    body = await ready.json()
    assert alive.status == 200 and ready.status == 200
    assert body["checks"]["teams"] == {"ok": True,
                                       "detail": f"SingleTenant app {APP_ID} configured for tenant our-tenant"}
    assert body["checks"]["model"]["ok"] is True


@pytest_asyncio.fixture
async def aiohttp_client_for():
    from aiohttp.test_utils import TestClient, TestServer
    clients = []

    async def make(app):
        clients.append(TestClient(TestServer(app, host="127.0.0.1", port=0)))
        await clients[-1].start_server()
        return clients[-1]
    yield make
    for client in clients:
        await client.close()


# -- as an operator runs them --------------------------------------------------------------------------
def _without_root_file_powers() -> None:
    """Run as root, the server would write a read-only file anyway (CAP_DAC_OVERRIDE): drop the
    capabilities that bypass file permissions, as a service running under its own user has none."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(tmp_path, *command: str, **env: str) -> subprocess.Popen:
    environ = {"PATH": os.environ.get("PATH", ""), "PARTING_WAYS_DB": str(tmp_path / "bot.db"), **env}
    return subprocess.Popen([sys.executable, "app.py", *command, "--host", "127.0.0.1"], cwd=ROOT, env=environ,
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_without_root_file_powers)


def ready_then_not_when_the_database_turns_read_only(process: subprocess.Popen, db: Path) -> dict:
    try:
        base = announced_health_url(process)
        assert get(base + "/healthz") == (200, {"status": "alive"})
        status, body = get(base + "/readyz")
        assert status == 200, body
        db.chmod(0o444)
        status, body = get(base + "/readyz")
        assert status == 503, body
        assert get(base + "/healthz")[0] == 200
    finally:
        process.terminate()
        process.communicate(timeout=30)
    return body


def test_python_app_py_teams_serves_health_and_is_not_ready_on_a_read_only_database(tmp_path):
    process = start_server(tmp_path, "teams", "serve", TEAMS_PORT=str(free_port()))
    body = ready_then_not_when_the_database_turns_read_only(process, tmp_path / "bot.db")
    assert body["checks"]["database"]["ok"] is False
    assert "read-only" in body["checks"]["database"]["detail"]
    assert body["checks"]["teams"]["ok"] is True and body["checks"]["model"]["ok"] is True


def test_python_app_py_slack_serves_health_and_is_not_ready_on_a_read_only_database(tmp_path, fake):
    process = start_server(tmp_path, "slack", SLACK_PORT="0", SLACK_BOT_TOKEN=BOT_TOKEN,
                           SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.api_url,
                           SLACK_STAFF_CHANNEL=STAFF_CHANNEL)
    body = ready_then_not_when_the_database_turns_read_only(process, tmp_path / "bot.db")
    assert body["checks"]["database"]["ok"] is False
    assert "read-only" in body["checks"]["database"]["detail"]
    assert body["checks"]["slack"]["ok"] is True
