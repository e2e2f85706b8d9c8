"""Installing and starting the Slack app as an admin would: `python app.py slack`, the manifest."""
from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.adapters.slack.app import COMMAND_NAME
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, STAFF_CHANNEL, SlackSender

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "slack" / "manifest.yaml"


def start(tmp_path, *args: str, **env: str) -> subprocess.Popen:
    """`python app.py slack` with only the given settings in its environment."""
    environ = {"PATH": os.environ.get("PATH", ""), "PARTING_WAYS_DB": str(tmp_path / "bot.db"), **env}
    return subprocess.Popen([sys.executable, "app.py", "slack", *args], cwd=ROOT, env=environ, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finished(process: subprocess.Popen) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=30)
    return process.returncode, stderr


@pytest.mark.parametrize("env, message", [
    ({}, "SLACK_BOT_TOKEN is not set"),
    ({"SLACK_BOT_TOKEN": "xoxp-a-user-token"}, "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"),
    ({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": "xoxb-wrong-kind"},
     "SLACK_APP_TOKEN must be an app-level token starting with xapp-"),
    ({"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_SIGNING_SECRET is required in HTTP mode"),
], ids=["no-token", "user-token", "bad-app-token", "no-signing-secret"])
def test_a_missing_or_malformed_setting_is_a_clear_error_with_exit_code_2(tmp_path, env, message):
    code, stderr = finished(start(tmp_path, **env))

    assert code == 2
    assert message in stderr and "Traceback" not in stderr
    assert BOT_TOKEN not in stderr


def test_a_token_slack_rejects_is_a_clear_error_with_exit_code_2(tmp_path, fake):
    fake.fail("auth.test", "invalid_auth")

    code, stderr = finished(start(tmp_path, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                                  SLACK_API_URL=fake.api_url))

    assert code == 2
    assert "Slack rejected SLACK_BOT_TOKEN (invalid_auth)" in stderr and "Traceback" not in stderr


def test_socket_mode_with_a_rejected_app_token_is_a_clear_error(tmp_path, fake):
    fake.fail("apps.connections.open", "invalid_auth")

    code, stderr = finished(start(tmp_path, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-1-test",
                                  SLACK_API_URL=fake.api_url))

    assert code == 2
    assert "did not open a Socket Mode connection (invalid_auth)" in stderr and "Traceback" not in stderr
    assert fake.calls("apps.connections.open")[0].headers["Authorization"] == "Bearer xapp-1-test"


def test_http_mode_serves_slack_end_to_end(tmp_path, fake):
    process = start(tmp_path, "--host", "127.0.0.1", SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_PORT="0",
                    SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.api_url,
                    SLACK_STAFF_CHANNEL=STAFF_CHANNEL)
    try:
        endpoint = _announced_endpoint(process)
        answer = SlackSender(endpoint, fake).dm("They said sorry and want another chance, should I reconsider?")
        assert answer.status == 200
        [reply] = fake.wait_for("chat.postMessage")
        assert reply.args["channel"] == "D0STAFF" and "Decisive" in reply.args["text"]
        assert reply.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "WARNING" not in stderr and "ERROR" not in stderr  # a clean start for the admin watching it


def _announced_endpoint(process: subprocess.Popen, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        line = process.stdout.readline() if ready else ""
        found = re.search(r"http://127\.0\.0\.1:\d+/slack/events", line)
        if found:
            return found.group(0)
        if process.poll() is not None:
            break
    raise AssertionError(f"the app did not announce its endpoint: {process.stderr.read()}")


# -- installing ------------------------------------------------------------------------------------
def test_the_manifest_asks_for_every_event_the_app_listens_to_and_the_command():
    manifest = MANIFEST.read_text()
    subscribed = re.search(r"bot_events:\n((?:\s+- \S+\n)+)", manifest).group(1).split()
    events = {word for word in subscribed if word != "-"}
    assert events == {"app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"}
    assert f"command: {COMMAND_NAME}" in manifest
    assert "home_tab_enabled: true" in manifest and "is_enabled: true" in manifest
    for scope in ("app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write",
                  "commands", "users:read"):
        assert f"- {scope} " in manifest


def test_the_cli_loads_no_slack_sdk_until_slack_is_run():
    code = ("import sys, bot.cli; bot.cli.build_parser(); "
            "print([m for m in sys.modules if m.split('.')[0] in ('slack_bolt', 'slack_sdk', 'aiohttp')])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
