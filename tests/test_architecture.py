"""The core stays platform-neutral: adapters depend on it, never the reverse."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_SDKS = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "aiohttp")
CORE_PACKAGES = ("bot", "intents", "responses")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _core_files():
    for package in CORE_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "adapters" not in path.parts and path.name != "cli.py":
                yield path


def test_core_modules_import_no_platform_sdk():
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in _imports(path) if n.split(".")[0] in PLATFORM_SDKS)
        for path in _core_files()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_never_imports_adapters():
    offenders = [str(p.relative_to(ROOT)) for p in _core_files()
                 if any(n.startswith("bot.adapters") for n in _imports(p))]
    assert offenders == []


def test_importing_the_core_loads_no_sdk_at_runtime():
    code = ("import sys, bot.core, bot.adapters.console; "
            f"print([m for m in sys.modules if m.split('.')[0] in {PLATFORM_SDKS!r}])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_intents_and_responses_do_not_depend_on_the_bot_package():
    offenders = [str(p.relative_to(ROOT)) for package in ("intents", "responses")
                 for p in (ROOT / package).rglob("*.py")
                 if any(n == "bot" or n.startswith("bot.") for n in _imports(p))]
    assert offenders == []
