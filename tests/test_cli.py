"""The command line, driven as a user would: through app.py in a subprocess."""
import pytest
import json
import re
import subprocess
import sys
from pathlib import Path


from bot.cli import build_parser

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

ROOT = Path(__file__).resolve().parent.parent


def app(*args, stdin="", db=None, env=None):
    command = [sys.executable, "app.py"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(command, cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120,
                          env=env)


def subcommands(parser=None, prefix=()):
    """Every command path, e.g. ('clients', 'add')."""
    parser = parser or build_parser()
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield prefix + (name,), sub, helps.get(name)
                yield from subcommands(sub, prefix + (name,))


def test_every_command_has_help_and_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for path, parser, summary in subcommands():
        assert summary, f"{' '.join(path)} has no help line"
        assert "usage: python app.py" in parser.format_help()
        assert f"python app.py {' '.join(path)}" in readme, f"README does not document {' '.join(path)}"


def test_route_contract_keeps_order_and_survives_bad_lines():
    lines = [
        {"text": "how do I tell Acme we're ending the contract?", "audience": "staff", "phase": None},
        "this is not json",
        {"text": "our printer is jammed", "audience": "client", "phase": "ended"},
        {"text": 42, "audience": "staff", "phase": None},
        {"text": "our printer is jammed", "audience": "client", "phase": "transition"},
        {"text": "what's the wifi password", "audience": "staff", "phase": None},
        {"text": "hi", "audience": "robot", "phase": None},
    ]
    stdin = "\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n"
    result = app("route", stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(l) for l in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o["principle"] for o in out] == ["decisive", None, "done", None, "helpful", None, None]
    assert "error" in out[1] and "error" in out[3] and "audience" in out[6]["error"]
    for o in out:
        assert set(o) >= {"principle", "intent", "confidence", "action", "doubtful", "alternatives"}
        assert isinstance(o["confidence"], float) and isinstance(o["doubtful"], bool)
        assert all(set(a) == {"principle", "intent", "probability"} for a in o["alternatives"])
    assert out[0]["action"] == "reply" and out[2]["action"] == "reply"
    assert out[5]["intent"] in ("unrelated_staff", "greeting")


def test_client_cli_round_trip_and_errors(tmp_path):
    db = tmp_path / "cli.db"
    assert app("clients", "add", "Acme Dental", "--account-owner", "Priya", db=db).returncode == 0
    notice = app("clients", "notice", "acme dental", "--end", "2030-01-31", "--reason-category", "late_payment", db=db)
    assert notice.returncode == 0 and "Support ends: 2030-01-31" in notice.stdout
    listing = app("clients", "list", db=db)
    assert "Acme Dental: transition, support ends 2030-01-31" in listing.stdout

    duplicate = app("clients", "add", "ACME DENTAL", db=db)
    assert duplicate.returncode == 2 and "already exists" in duplicate.stderr
    unknown = app("clients", "show", "Acme Dentl", db=db)
    assert unknown.returncode == 2 and "Did you mean Acme Dental" in unknown.stderr
    bad_date = app("clients", "end", "Acme Dental", "31/01/2030", db=db)
    assert bad_date.returncode == 2 and "not a date I understand" in bad_date.stderr
    backwards = app("clients", "edit", "Acme Dental", "--end-date", "2000-01-01", db=db)
    assert backwards.returncode == 2 and "before the notice date" in backwards.stderr
    assert "Traceback" not in duplicate.stderr + unknown.stderr + bad_date.stderr + backwards.stderr


def test_console_chat_through_stdin_shows_what_each_party_gets(tmp_path):
    script = "\n".join([
        "how do I tell Acme Dental we're ending the contract?",
        "/as client Acme",
        "why are you ending our contract?",
        "offboard list",
        "/as client Initech",
        "our printer is jammed",
        "/as staff",
        "offboard start Nobody 2030-01-01",
        "/quit",
    ]) + "\n"
    result = app("chat", stdin=script, db=tmp_path / "chat.db")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Decisive: the decision is made" in out and "Ready to send:" in out
    assert "You are speaking as someone at Acme Dental (transition)" in out
    assert "bot (to the client):" in out and "bot (to the staff channel):" in out
    assert "only available to the Northwind IT team" in out
    assert "stays quiet" in out
    assert "I don't know a client called 'Nobody'" in out


def test_log_and_stats_show_what_happened(tmp_path):
    db = tmp_path / "chat.db"
    app("chat", stdin="how do I tell Acme Dental we're ending?\nwhat's the wifi password\n", db=db)
    log = app("log", db=db)
    assert "how do I tell Acme Dental" in log.stdout and "decisive" in log.stdout
    stats = app("stats", db=db)
    assert re.search(r"decisive\s+1", stats.stdout) and re.search(r"reply\s+2", stats.stdout)


def test_bad_configuration_is_a_clear_error(tmp_path):
    import os
    env = {**os.environ, "PARTING_WAYS_TIMEZONE": "Mars/Olympus"}
    result = app("clients", "list", db=tmp_path / "x.db", env=env)
    assert result.returncode == 2 and "not a known IANA timezone" in result.stderr
