"""Installing and running it as a service: `pip install .` gives a working `parting-ways` command
(templates, training data, the Teams app package sources inside), and the example systemd unit and
the container recipe start the documented command, which then answers /healthz and /readyz."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.config import load_config
from bot.core import model_cache
from intents.router import DEFAULT_CACHE, load_or_train
from tests.support.processes import announced_health_url
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, STAFF_CHANNEL

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "parting-ways@.service"
CONTAINERFILE = ROOT / "Containerfile"
INSTALLED_AT = "/opt/parting-ways/bin/parting-ways"
APP_ID = "3f2a0c1e-1111-2222-3333-444455556666"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """`pip install .` of a copy of the working tree (so no build files land in it), into a folder
    of its own; the dependencies are the test environment's. Returns the `parting-ways` script."""
    base = tmp_path_factory.mktemp("install")
    source, target = base / "source", base / "site"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.splitlines()
    for name in files:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", "--target", str(target), str(source)],
                   check=True, capture_output=True, text=True, timeout=300)
    return target / "bin" / "parting-ways"


def installed_env(script: Path, home: Path, **settings: str) -> dict:
    """Only the installed copy on the path (the checkout is not), and a compiled model ready
    beside the database, where an installed bot keeps it, so nothing is retrained."""
    load_or_train(DEFAULT_CACHE)
    shutil.copytree(DEFAULT_CACHE, home / "cache" / "intent-model", dirs_exist_ok=True)
    return {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(script.parent.parent),
            "PARTING_WAYS_DB": str(home / "partingways.db"), **settings}


def test_the_installed_command_has_a_version_and_its_own_name(installed, tmp_path):
    env = installed_env(installed, tmp_path)
    version = subprocess.run([str(installed), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert version.returncode == 0 and re.fullmatch(r"parting-ways \d+\.\d+\.\d+\n", version.stdout)
    usage = subprocess.run([str(installed), "clients"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert usage.returncode == 2 and usage.stderr.startswith("usage: parting-ways clients")


def test_the_installed_command_has_the_email_adapter(installed, tmp_path):
    env = installed_env(installed, tmp_path)
    run = lambda *args: subprocess.run([str(installed), *args], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run("clients", "add", "Globex Logistics").returncode == 0
    linked = run("email", "link", "boss@mailbox.example", "Globex Logistics")   # imports bot.adapters.email
    assert linked.returncode == 0 and "Globex Logistics" in linked.stdout, linked.stderr


def test_the_installed_command_coaches_from_its_own_templates_and_data(installed, tmp_path):
    env = installed_env(installed, tmp_path)
    chat = subprocess.run([str(installed), "chat"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          input="how do I tell Acme Dental we're ending the contract?\n", timeout=120)
    assert chat.returncode == 0, chat.stderr
    assert "Decisive" in chat.stdout and "Ready to send:" in chat.stdout
    # nothing was written beside the installed code: the model came from the cache beside the database
    assert not (installed.parent.parent / "var").exists()


def test_the_installed_command_builds_the_teams_app_package(installed, tmp_path):
    env = installed_env(installed, tmp_path, MicrosoftAppId=APP_ID)
    built = subprocess.run([str(installed), "teams", "package", "--out", str(tmp_path / "dist")], cwd=tmp_path,
                           env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    import zipfile
    with zipfile.ZipFile(tmp_path / "dist" / "parting-ways-teams.zip") as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(package.read("manifest.json"))["id"] == APP_ID


def test_an_installed_bot_keeps_its_model_beside_the_database_unless_told(monkeypatch, tmp_path):
    config = load_config(environ={}, db_path=str(tmp_path / "data" / "bot.db"))
    assert model_cache(config) == DEFAULT_CACHE  # a source checkout: var/cache, as before
    monkeypatch.setattr("bot.core.IN_CHECKOUT", False)
    assert model_cache(config) == tmp_path / "data" / "cache" / "intent-model"
    told = load_config(environ={"PARTING_WAYS_CACHE_DIR": str(tmp_path / "c")}, db_path=":memory:")
    assert model_cache(told) == tmp_path / "c" / "intent-model"


# -- the example systemd unit ---------------------------------------------------------------------
def unit_settings() -> tuple[list[str], dict[str, str]]:
    lines = [line.strip() for line in UNIT.read_text().splitlines() if "=" in line and not line.startswith("#")]
    exec_start = next(line.split("=", 1)[1] for line in lines if line.startswith("ExecStart="))
    environment = dict(line.split("=", 1)[1].split("=", 1) for line in lines if line.startswith("Environment="))
    return shlex.split(exec_start), environment


def test_the_unit_runs_the_documented_command_for_each_platform():
    argv, environment = unit_settings()
    assert argv[0] == INSTALLED_AT and argv[1] == "%i"
    readme = (ROOT / "README.md").read_text()
    assert f"ExecStart={shlex.join(argv)}" in readme
    for platform in ("slack", "teams"):
        args = build_parser("parting-ways").parse_args([platform if a == "%i" else a for a in argv[1:]])
        assert args.command == platform and args.host == "127.0.0.1"
    assert environment["PARTING_WAYS_DB"].startswith("/var/lib/parting-ways/")  # StateDirectory=parting-ways
    assert "RestartPreventExitStatus=2" in UNIT.read_text()  # a wrong setting: restarting won't help


def serve_and_check_health(argv: list[str], env: dict, cwd: Path) -> dict:
    process = subprocess.Popen(argv, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = announced_health_url(process, host=r"[\d.]+")
        with urllib.request.urlopen(base + "/healthz", timeout=30) as alive:
            assert alive.status == 200
        with urllib.request.urlopen(base + "/readyz", timeout=30) as ready:
            return json.loads(ready.read())
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_units_command_starts_the_installed_teams_bot_which_is_ready(installed, tmp_path):
    from tests.test_health import free_port
    argv, environment = unit_settings()
    env = installed_env(installed, tmp_path, TEAMS_PORT=str(free_port()))
    env["PARTING_WAYS_CACHE_DIR"] = str(tmp_path / "cache")  # the unit's CacheDirectory, moved here
    command = [str(installed)] + ["teams" if a == "%i" else a for a in argv[1:]]
    body = serve_and_check_health(command, env, tmp_path)
    assert body["status"] == "ready" and set(body["checks"]) == {"database", "model", "teams"}
    assert environment["PARTING_WAYS_CACHE_DIR"] == "/var/cache/parting-ways"


# -- the container recipe ------------------------------------------------------------------------------
def containerfile_instruction(name: str) -> str:
    text = CONTAINERFILE.read_text().replace("\\\n", " ")
    return next(line.split(None, 1)[1] for line in text.splitlines() if line.startswith(name + " "))


def test_the_container_runs_the_documented_command_and_checks_readiness():
    command = json.loads(containerfile_instruction("ENTRYPOINT")) + json.loads(containerfile_instruction("CMD"))
    assert command == ["parting-ways", "slack", "--host", "0.0.0.0"]
    args = build_parser("parting-ways").parse_args(command[1:])
    assert args.command == "slack"
    assert "/readyz" in containerfile_instruction("HEALTHCHECK")
    assert "pip install /src" in containerfile_instruction("RUN")
    readme = (ROOT / "README.md").read_text()
    assert "docker build -f Containerfile -t parting-ways ." in readme


def test_the_containers_command_starts_the_installed_slack_app_which_is_ready(installed, tmp_path, fake):
    command = json.loads(containerfile_instruction("ENTRYPOINT")) + json.loads(containerfile_instruction("CMD"))
    # As in the image, but on this machine's loopback: the container publishes its port to 127.0.0.1.
    command = [str(installed)] + ["127.0.0.1" if a == "0.0.0.0" else a for a in command[1:]]
    env = installed_env(installed, tmp_path, SLACK_PORT="0", SLACK_BOT_TOKEN=BOT_TOKEN,
                        SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.api_url,
                        SLACK_STAFF_CHANNEL=STAFF_CHANNEL)
    body = serve_and_check_health(command, env, tmp_path)
    assert body["status"] == "ready" and body["checks"]["slack"]["ok"] is True
