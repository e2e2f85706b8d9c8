"""Ad-hoc reminders from chat and the CLI, the reminders listing, and the console's loop."""
import io
from datetime import datetime, timedelta, timezone

import pytest

from bot import clock
from bot.adapters.console import run_console
from bot.cli import main
from bot.message import COMMAND, IncomingMessage
from bot.reminders.schedule import parse_when
from bot.reminders.runner import next_due, run_due
from tests.support.calendar import LONDON, london, today
from tests.support.reminders import FakeNotifier

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


def staff_says(bot, text, sender="U042"):
    return bot.handle(IncomingMessage(text=text, platform="slack", sender_id=sender, conversation_id="D1"))


@pytest.fixture
def acme(rbot):
    rbot.clients.add("Acme Dental", status="transition", notice_date=(today() - timedelta(days=10)).isoformat(),
                     end_date=(today() + timedelta(days=40)).isoformat())
    rbot.clients.set_owner("Acme Dental", "Priya", "slack", "U0PRIYA")  # mentioned in Slack: reachable there
    return rbot


def adhoc_only(delivered):
    return [d for d in delivered if d.kind == "adhoc"]


def test_a_reminder_set_in_chat_for_friday_arrives_on_friday_once(acme):
    decision = staff_says(acme, "offboard remind Acme Dental friday call their new provider")
    assert decision.action == COMMAND and decision.error is None
    friday = parse_when("friday", today())
    assert friday.strftime("%A %-d %B %Y") in decision.reply.text and "Priya" in decision.reply.text
    thursday_noon = london(friday - timedelta(days=1), 12)
    assert next_due(acme, "Acme Dental", thursday_noon) == f"{friday.isoformat()}: call their new provider"

    slack = FakeNotifier("slack")
    assert adhoc_only(run_due(acme, [slack], london(friday - timedelta(days=1), 18))) == []
    assert adhoc_only(run_due(acme, [slack], london(friday, 8, 59))) == []
    delivered = adhoc_only(run_due(acme, [slack], london(friday, 9)))
    assert sorted(d.recipient for d in delivered) == ["person:U0PRIYA", "staff"]
    assert all("Call their new provider" in d.text and "U042 (slack)" in d.text for d in delivered)
    assert adhoc_only(run_due(acme, [slack], london(friday, 15))) == []


def test_a_reminder_for_today_set_after_nine_goes_out_at_once_and_not_late(acme):
    noon = london(today(), 12)
    acme.storage.add_adhoc_reminder("Acme Dental", today().isoformat(), "send the drive", "U1", noon.isoformat())
    delivered = adhoc_only(run_due(acme, [FakeNotifier()], noon + timedelta(minutes=1)))
    assert [d.late for d in delivered] == [False, False]


@pytest.mark.parametrize("text, problem", [
    ("offboard remind Acme Dental", "Tell me the day"),
    ("offboard remind Acme Dental friday", "Tell me the day"),
    ("offboard remind Globex friday call them", "I don't know a client called 'Globex'"),
    ("offboard remind Acme Dental someday call them", "not a date I understand"),
    ("offboard remind Acme Dental 2020-01-01 call them", "already passed"),
])
def test_a_reminder_that_cannot_be_set_says_why(acme, text, problem):
    decision = staff_says(acme, text)
    assert problem in decision.reply.text and decision.error
    assert acme.storage.adhoc_reminders() == []


def test_any_staff_member_may_set_a_reminder_even_with_admins_configured(make_bot, tmp_path):
    bot = make_bot(tmp_path, admins=("UADMIN",))
    bot.clients.add("Acme Dental", status="transition", notice_date=today().isoformat())
    decision = staff_says(bot, "offboard remind Acme Dental tomorrow chase the drive", sender="UOTHER")
    assert decision.action == COMMAND and decision.error is None


def test_clients_cannot_set_reminders(acme):
    decision = acme.handle(IncomingMessage(text="offboard remind Acme Dental friday x", platform="slack",
                                           sender_id="UEXT", audience="client", client="Acme Dental"))
    assert decision.action == "deny" and acme.storage.adhoc_reminders() == []


# -- the CLI -----------------------------------------------------------------------------
def cli(tmp_path, capsys, *argv) -> str:
    assert main(["--db", str(tmp_path / "bot.db"), *argv]) == 0
    return capsys.readouterr().out


def test_cli_add_run_and_list(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PARTING_WAYS_REMINDER_HOUR", "0")  # a reminder for today is due at once
    cli(tmp_path, capsys, "clients", "add", "Acme Dental")
    out = cli(tmp_path, capsys, "reminders", "add", "Acme Dental", "today", "ring", "BrightPath")
    assert "I'll remind the team about Acme Dental: ring BrightPath." in out

    out = cli(tmp_path, capsys, "reminders", "run")
    assert "[to the team] Reminder for Acme Dental\nRing BrightPath" in out
    assert "Sent 1 reminder delivery." in out
    assert "No reminders due." in cli(tmp_path, capsys, "reminders", "run")

    listing = cli(tmp_path, capsys, "reminders", "list", "--client", "acme dental")
    assert "ring BrightPath" in listing and "console staff: sent" in listing
    log = cli(tmp_path, capsys, "log")
    assert "reminder" in log and "Acme Dental" in log


def test_cli_list_shows_what_is_coming(tmp_path, capsys):
    end = today() + timedelta(days=30)
    cli(tmp_path, capsys, "clients", "add", "Acme Dental")
    cli(tmp_path, capsys, "clients", "notice", "Acme Dental", "--end", end.isoformat(),
        "--notice", (today() + timedelta(days=1)).isoformat())
    listing = cli(tmp_path, capsys, "reminders", "list", "--client", "Acme Dental").splitlines()
    assert all("upcoming" in line for line in listing)
    assert len([line for line in listing if "checklist" not in line]) == 7  # the timeline; items have their own
    assert any(line.startswith(f"{end.isoformat()} 09:00") and "the end date" in line for line in listing)


def test_cli_reports_a_bad_reminder_clearly(tmp_path, capsys):
    cli(tmp_path, capsys, "clients", "add", "Acme Dental")
    assert main(["--db", str(tmp_path / "bot.db"), "reminders", "add", "Acme Dental", "soon", "x"]) == 2
    assert "not a date I understand" in capsys.readouterr().err


# -- the console -------------------------------------------------------------------------
def test_the_console_prints_due_reminders_before_the_first_prompt(make_bot, tmp_path):
    bot = make_bot(tmp_path, reminder_hour=0)  # a reminder for today is due whatever the time now
    bot.clients.add("Acme Dental", status="active", account_owner="Priya")
    now = clock.now()
    bot.storage.add_adhoc_reminder("Acme Dental", now.astimezone(LONDON).date().isoformat(),
                                   "pack the external drive", "U1", now.isoformat())
    out = io.StringIO()
    assert run_console(bot, stdin=io.StringIO("/quit\n"), stdout=out, reminders=True) == 0
    printed = out.getvalue()
    assert "[to the team] Reminder for Acme Dental\nPack the external drive" in printed
    assert "[to Priya]" in printed
