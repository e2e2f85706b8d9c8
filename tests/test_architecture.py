"""Imports flow one way: entry points -> adapters -> core -> intents / responses / storage -> base.

The layer of every module comes from the package it lives in (LAYERS below is the
architecture, written down once); no module is exempted by name.
"""
import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_SDKS = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "aiohttp", "msrest", "aiosmtpd",
                 "mailparser_reply")
PLATFORM_PACKAGES = ("bot.adapters.slack", "bot.adapters.teams", "bot.adapters.email")

# Longest prefix wins. A module may import its own layer or any lower one, never a higher one.
LAYERS = {
    "bot.clock": 0, "bot.workdays": 0, "bot.config": 0, "bot.contract": 0, "bot.redaction": 0, "bot.message": 0, "bot.notify": 0,
    "bot.storage": 1, "intents": 1, "responses": 1,
    "bot": 2,                      # the core: bot.core, clients, commands, reminders, retention, demo
    "bot.adapters": 3,             # console, Slack, Teams: translate and deliver
    "bot.cli": 4, "app": 4, "tools": 4,   # entry points that wire everything together
}
LAYER_NAMES = {0: "base", 1: "intents/responses/storage", 2: "core", 3: "adapters", 4: "entry points"}


def layer_of(module: str) -> int | None:
    matches = [prefix for prefix in LAYERS if module == prefix or module.startswith(prefix + ".")]
    return LAYERS[max(matches, key=len)] if matches else None


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from bot import clock` imports bot.clock; `from bot.core import Bot` lands in bot.core's layer.
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def project_modules():
    for top in ("bot", "intents", "responses", "tools"):
        for path in sorted((ROOT / top).rglob("*.py")):
            yield module_name(path), path
    yield "app", ROOT / "app.py"


def test_every_module_has_a_layer():
    assert [name for name, _ in project_modules() if layer_of(name) is None] == []


def test_imports_never_point_up_a_layer():
    upward = []
    for name, path in project_modules():
        for imported in imports(path):
            target = layer_of(imported)
            if target is not None and target > layer_of(name):
                upward.append(f"{name} ({LAYER_NAMES[layer_of(name)]}) imports {imported} "
                              f"({LAYER_NAMES[target]})")
    assert upward == []


def test_below_the_adapters_nothing_imports_a_platform_sdk():
    offenders = {name: sorted(i for i in imports(path) if i.split(".")[0] in PLATFORM_SDKS)
                 for name, path in project_modules() if layer_of(name) < LAYERS["bot.adapters"]}
    assert {name: sdks for name, sdks in offenders.items() if sdks} == {}


def test_one_platform_adapter_never_imports_another():
    crossing = [f"{name} imports {imported}" for name, path in project_modules()
                for platform in PLATFORM_PACKAGES if name.startswith(platform + ".") or name == platform
                for imported in imports(path)
                for other in PLATFORM_PACKAGES if other != platform and imported.startswith(other)]
    assert crossing == []


def test_intents_and_responses_know_nothing_of_the_bot_package():
    offenders = [name for name, path in project_modules() if name.split(".")[0] in ("intents", "responses")
                 and any(i == "bot" or i.startswith("bot.") for i in imports(path))]
    assert offenders == []


@pytest.mark.parametrize("modules", ["bot.core", "bot.core, bot.adapters.console, bot.reminders.runner"])
def test_importing_the_core_loads_no_sdk_at_runtime(modules):
    code = (f"import sys, {modules}; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {PLATFORM_SDKS!r}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_layer_check_catches_an_upward_import(tmp_path):
    """The rule itself can fail: a core module importing an adapter is reported."""
    core_module = tmp_path / "bot" / "sneaky.py"
    core_module.parent.mkdir()
    core_module.write_text("from bot.adapters.slack.app import build_app\n")
    [imported] = imports(core_module)
    assert layer_of(imported) > layer_of("bot.sneaky")


def test_the_readme_layout_names_every_module_and_package():
    """The README's layout section is the map of the code: nothing in bot/ or tools/ is missing from it."""
    readme = (ROOT / "README.md").read_text()
    start = readme.index("```text\napp.py")
    layout = readme[start:readme.index("```", start + 3)]
    missing = []
    for top in ("bot", "tools"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.name == "__init__.py":
                name = path.parent.name + "/"
                if path.parent.name in ("bot", "tools"):
                    continue
            else:
                name = path.name if path.parent.name in ("bot", "tools", "adapters") else path.stem
            if name not in layout:
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []


# A server's life in one fresh interpreter: the Slack app behind its HTTP endpoint (a staff DM, the App
# Home), the Teams bot on botbuilder's TestAdapter, the console chat, a reminder pass; then which of
# sqlite-utils and numpy it loaded. In a subprocess, so no other test's imports can hide or fake one.
SERVER_LIFE = """
import asyncio, json, sys, tempfile
from pathlib import Path
from bot import clock
from bot.config import load_config
from bot.core import Bot
from bot.message import IncomingMessage
from bot.reminders.runner import run_due
from tests.support.records import seed_clients
from tests.support.slack import FakeSlack, running_app
from tests.support.teams import OUR_TENANT, STAFF_CHANNEL, adapter_for, chat

QUESTION = "how do I tell Acme Dental we're ending?"
with tempfile.TemporaryDirectory() as tmp:
    config = load_config(environ={}, db_path=str(Path(tmp) / "bot.db"), teams_tenant_id=OUR_TENANT,
                         teams_staff_conversation=STAFF_CHANNEL)
    bot = Bot(config)
    seed_clients(bot.clients)
    fake = FakeSlack().start()
    try:
        with running_app(bot, config, fake) as slack:
            slack.dm(QUESTION)
            slack.open_home()
        answered_on_slack = len(fake.wait_for("chat.postMessage"))
    finally:
        fake.close()
    asyncio.run(adapter_for(bot, chat()).test(QUESTION, lambda activity, description=None: None))
    bot.handle(IncomingMessage(text=QUESTION, platform="console", sender_id="U1"))
    run_due(bot, [], clock.now())
    logged = sorted({row["platform"] for row in bot.storage.recent_interactions(10)})
    bot.close()
print(json.dumps({"answered_on_slack": answered_on_slack, "logged": logged,
                  "loaded": sorted(name for name in ("sqlite_utils", "numpy") if name in sys.modules)}))
"""


def test_a_server_never_loads_sqlite_utils_or_numpy():
    """sqlite-utils is for the operator's commands: in a server it would bring numpy (+16 MB)."""
    out = subprocess.run([sys.executable, "-c", SERVER_LIFE], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["answered_on_slack"] >= 1 and {"slack", "teams", "console"} <= set(seen["logged"]), seen
    assert seen["loaded"] == []


def test_sqlite_utils_is_imported_only_inside_the_storage_layer_and_never_at_the_top():
    """One lazy accessor (bot.storage.database.tables) is the only way in."""
    importers = []
    for name, path in project_modules():
        tree = ast.parse(path.read_text())
        top_level = set(map(id, tree.body))
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] == "sqlite_utils" for n in names):
                importers.append((name, "top" if id(node) in top_level else "inside"))
    assert importers == [("bot.storage.database", "inside")]
