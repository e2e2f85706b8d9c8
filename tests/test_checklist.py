"""The handover checklist in the core: made from the template at notice, ticked from chat
(the console's numbered list here; Slack and Teams in test_checklist_platforms.py), never early,
remembered with who and when, and used by the reminders and the export."""
from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.console import ConsoleSession
from bot.checklist import DONE, NOT_NEEDED, OPEN
from bot.cli import main
from bot.config import ConfigError, load_config
from bot.message import COMMAND, DENY, IncomingMessage
from bot.notify import ConsoleNotifier
from bot.reminders.runner import run_due
from bot.reminders.schedule import add_months
from bot.storage import Storage
from responses.checklist import DEFAULT_TEMPLATE, TemplateError, parse
from responses.render import long_date
from tests.support.calendar import day, instant, iso_day, london
from tests.support.reminders import FakeNotifier

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

TEMPLATE = parse(DEFAULT_TEMPLATE.read_text())
# These tests count due dates in calendar days from the end date, so every day is a working day in
# them; moving a due date off a weekend or a public holiday has its own tests at the end.
EVERY_DAY = {"working_days": tuple(range(7)), "public_holidays": "none"}
KEYS = [item.key for item in TEMPLATE]
ACME_END = day(20)  # the seeded Acme Dental (tests/support/records.py)


def staff(bot, text, sender="U_SAM", name="Sam Patel", platform="console"):
    return bot.handle(IncomingMessage(text=text, platform=platform, sender_id=sender, sender_name=name))


def items(bot, client="Acme Dental"):
    return {item.key: item for item in bot.checklists.view(bot.clients.get(client)).items}


def events(bot, client="Acme Dental"):
    checklist = bot.storage.open_checklist(bot.clients.get(client)["id"])
    return bot.storage.checklist_events(checklist["id"])


def write_template(path, *entries):
    path.write_text("".join(f'[[item]]\nkey = "{key}"\ntitle = "{title}"\ndue = {due}\nkind = "{kind}"\n\n'
                            for key, title, due, kind in entries))
    return path


@pytest.fixture
def config(config):
    return replace(config, **EVERY_DAY)


@pytest.fixture
def make_bot(make_bot):
    return lambda tmp_path, name="bot.db", **overrides: make_bot(tmp_path, name, **{**EVERY_DAY, **overrides})


# -- made from the template at notice ------------------------------------------------------
def test_giving_notice_makes_the_checklist_from_the_template(bot):
    assert bot.storage.open_checklist(bot.clients.get("Initech")["id"]) is None  # active: none
    reply = staff(bot, "offboard start Initech +30 scope_creep").reply.text
    assert "Offboarding started for Initech" in reply

    checklist = bot.storage.open_checklist(bot.clients.get("Initech")["id"])
    rows = bot.storage.checklist_items(checklist["id"])
    assert [row["key"] for row in rows] == KEYS and all(row["state"] == OPEN for row in rows)
    view = bot.checklists.view(bot.clients.get("Initech"))
    assert [item.due for item in view.items] == [day(30) + timedelta(days=t.due_days) for t in TEMPLATE]
    assert {item.owner for item in view.items} == {""}  # no account owner recorded yet


def test_the_default_template_covers_the_handover_the_principles_describe():
    kinds = {item.key: item.kind for item in TEMPLATE}
    assert {"data-export", "credentials", "domains", "licences", "documentation", "new-provider",
            "sign-off"} <= {key for key, kind in kinds.items() if kind == "handover"}
    assert {"access-removed", "agents-removed", "delegated-admin"} <= {k for k, v in kinds.items() if v == "removal"}
    assert kinds["final-invoice"] == "closing"
    assert all(item.due_days < 0 for item in TEMPLATE if item.kind == "handover")
    assert all(item.due_days >= 0 for item in TEMPLATE if item.kind != "handover")


def test_the_checklist_names_the_admin_logins_an_msp_usually_holds(bot):
    # (a handover that forgets the email tenant, the firewall or the practice software leaves the client locked out)
    listing = ConsoleSession(bot).feed("offboard checklist Acme Dental")
    credentials = next(line for line in listing.splitlines() if "credentials:" in line)
    for system in ("Microsoft 365 or Google Workspace admin", "firewall", "line-of-business"):
        assert system in credentials


def test_the_owner_defaults_to_the_account_owner_and_follows_it(bot):
    assert {item.owner for item in items(bot).values()} == {"Priya"}
    bot.clients.edit("Acme Dental", account_owner="Omar")
    assert {item.owner for item in items(bot).values()} == {"Omar"}
    reply = staff(bot, "offboard check Acme Dental final-invoice owner Fiona in accounts").reply.text
    assert reply == "Acme Dental: 11. Final invoice settled is now for Fiona in accounts."
    assert items(bot)["final-invoice"].owner == "Fiona in accounts"
    assert items(bot)["data-export"].owner == "Omar"


def test_moving_the_end_date_moves_every_due_date(bot):
    before = {key: item.due for key, item in items(bot).items()}
    staff(bot, f"offboard end Acme Dental {iso_day(30)}")
    after = {key: item.due for key, item in items(bot).items()}
    assert all(after[key] - before[key] == timedelta(days=10) for key in KEYS)


def test_a_cancelled_offboarding_closes_the_checklist_and_new_notice_starts_afresh(bot):
    staff(bot, "offboard check Acme Dental data-export")
    old = bot.storage.open_checklist(bot.clients.get("Acme Dental")["id"])
    staff(bot, "offboard cancel Acme Dental")
    assert bot.storage.open_checklist(bot.clients.get("Acme Dental")["id"]) is None
    assert "not being offboarded" in staff(bot, "offboard checklist Acme Dental").reply.text

    staff(bot, "offboard start Acme Dental +25")
    assert items(bot)["data-export"].state == OPEN
    assert len(bot.storage.checklist_events(old["id"])) == 1  # the old one's history is kept


# -- ticking from the console ------------------------------------------------------------------
def test_the_console_shows_a_numbered_list_and_ticks_by_number(bot):
    console = ConsoleSession(bot)
    listing = console.feed("offboard checklist Acme Dental")
    assert "Acme Dental: handover checklist" in listing and "0/11 done" in listing
    assert "  2. [ ] data-export: Data export delivered" in listing

    answer = console.feed("offboard check Acme Dental 2")
    assert "Marked done: 2. Data export delivered" in answer and "1/11 done" in answer
    item = items(bot)["data-export"]
    assert item.state == DONE and item.changed_by == "you"
    assert "  2. [x] data-export" in console.feed("offboard checklist Acme Dental")


def test_items_can_be_named_by_key_or_title_with_a_state_and_a_note(bot):
    staff(bot, "offboard check Acme Dental domains done registrar moved to their account")
    staff(bot, "offboard check Acme Dental licences not-needed they buy their own")
    staff(bot, "offboard check Acme Dental sign off")       # title words: done by default
    staff(bot, "offboard check Acme Dental domains open", sender="U_OMAR", name="Omar")

    now = items(bot)
    assert now["domains"].state == OPEN and now["domains"].note == "registrar moved to their account"
    assert now["licences"].state == NOT_NEEDED and now["licences"].note == "they buy their own"
    assert now["sign-off"].state == DONE
    assert [(e["action"], e["from_state"], e["to_state"], e["by_name"], e["note"]) for e in events(bot)] == [
        ("done", "open", "done", "Sam Patel", "registrar moved to their account"),
        ("not_needed", "open", "not_needed", "Sam Patel", "they buy their own"),
        ("done", "open", "done", "Sam Patel", None),
        ("open", "done", "open", "Omar", None)]
    assert {e["by_id"] for e in events(bot)} == {"U_SAM", "U_OMAR"} and {e["platform"] for e in events(bot)} == {
        "console"}
    assert "1/10 done" in staff(bot, "offboard checklist Acme Dental").reply.text  # not needed counts neither way


def test_ticking_what_is_already_done_changes_nothing(bot):
    staff(bot, "offboard check Acme Dental data-export")
    reply = staff(bot, "offboard check Acme Dental data-export", sender="U_OMAR", name="Omar").reply.text
    assert "already done by Sam Patel" in reply and "Nothing changed" in reply
    assert len(events(bot)) == 1


def test_every_tick_is_in_the_interaction_log_with_who_sent_it(bot):
    decision = staff(bot, "offboard check Acme Dental 3 done sent through the vault")
    row = bot.storage.interaction(decision.interaction_id)
    assert row["text"] == "offboard check Acme Dental 3 done sent through the vault"
    assert row["sender_id"] == "U_SAM" and row["client"] == "Acme Dental" and row["action"] == COMMAND


# -- bad input ------------------------------------------------------------------------------
def test_an_unknown_item_gets_the_close_matches(bot):
    reply = staff(bot, "offboard check Acme Dental dta-export").reply.text
    assert "There is no item 'dta-export' on Acme Dental's checklist" in reply
    assert "Did you mean 2. data-export" in reply
    assert "has items 1 to 11; there is no 12" in staff(bot, "offboard check Acme Dental 12").reply.text
    ambiguous = staff(bot, "offboard check Acme Dental removed").reply.text
    assert "fits more than one item" in ambiguous and "access-removed" in ambiguous
    assert "Which item?" in staff(bot, "offboard check Acme Dental").reply.text
    assert all(item.state == OPEN for item in items(bot).values()) and events(bot) == []


def test_a_note_with_markup_or_template_syntax_is_kept_as_typed_and_never_run(bot):
    note = "{{ 7*7 }} {% for x in y %}{{ config }}{% endfor %} <!channel> *bold* [site](https://evil.example)"
    staff(bot, f"offboard check Acme Dental 2 done '{note}'")
    assert items(bot)["data-export"].note == note
    listing = staff(bot, "offboard checklist Acme Dental").reply.text
    assert f"note: {note}" in listing and "49" not in listing
    exported = bot.checklists.export(bot.clients.get("Acme Dental"))
    assert exported["items"][1]["history"][0]["note"] == note
    too_long = staff(bot, "offboard check Acme Dental 3 done " + "x" * 600).reply.text
    assert "under 500 characters" in too_long and items(bot)["credentials"].state == OPEN


def test_someone_at_the_client_cannot_tick(transcript, bot):
    transcript.client("Acme Dental", "offboard check Acme Dental 2").replies("only available to the Northwind IT team")
    transcript.client("Acme Dental", "offboard checklist Acme Dental").replies("only available")
    assert items(bot)["data-export"].state == OPEN and events(bot) == []


def test_with_admins_configured_only_admins_tick(make_bot, tmp_path):
    bot = make_bot(tmp_path, admins=("U_ADMIN",))
    bot.clients.add("Acme Dental", status="transition", notice_date=iso_day(-5), end_date=iso_day(20))
    assert "handover checklist" in staff(bot, "offboard checklist Acme Dental", sender="U_ANY").reply.text
    refused = staff(bot, "offboard check Acme Dental 2", sender="U_ANY")
    assert refused.action == DENY and items(bot)["data-export"].state == OPEN
    assert staff(bot, "offboard check Acme Dental 2", sender="U_ADMIN").action == COMMAND
    assert items(bot)["data-export"].state == DONE


def test_an_active_client_has_no_checklist_to_tick(bot):
    reply = staff(bot, "offboard check Initech 1").reply.text
    assert "Initech has no handover checklist: they are not being offboarded" in reply


# -- never early -------------------------------------------------------------------------------
def test_a_removal_item_cannot_be_ticked_before_the_end_date(bot, pinned_clock):
    reply = staff(bot, "offboard check Acme Dental access-removed").reply.text
    assert reply.startswith("Not yet: item 8, “Our access removed")
    assert f"support runs until {long_date(ACME_END)}" in reply and "principle 4" in reply
    assert f"It can be ticked from {long_date(ACME_END)}" in reply
    assert items(bot)["access-removed"].state == OPEN and events(bot) == []
    # marking it not needed switches nothing off, so it may be said any time
    staff(bot, "offboard check Acme Dental delegated-admin not-needed they have no tenant")
    assert items(bot)["delegated-admin"].state == NOT_NEEDED

    pinned_clock.set(london(ACME_END, 9))
    assert "Marked done" in staff(bot, "offboard check Acme Dental access-removed").reply.text


@pytest.mark.parametrize("zone, utc_hour, ends_there", [
    ("Pacific/Auckland", 14, True),           # 14:00 UTC the day before: already the end date in Auckland
    ("America/Los_Angeles", 2, False),        # 02:00 UTC on the end date: still the day before in LA
])
def test_before_the_end_date_is_judged_in_the_clients_zone(bot, pinned_clock, zone, utc_hour, ends_there):
    end = day(5)
    bot.clients.add("Wayne Shipping", status="transition", notice_date=iso_day(-20), end_date=end.isoformat(),
                    timezone=zone)
    utc_day = end - timedelta(days=1) if utc_hour == 14 else end
    pinned_clock.set(datetime.combine(utc_day, time(utc_hour), tzinfo=timezone.utc))
    assert pinned_clock.now().astimezone(ZoneInfo(zone)).date() == (end if ends_there else end - timedelta(days=1))
    reply = staff(bot, "offboard check Wayne Shipping agents-removed").reply.text
    assert reply.startswith("Wayne Shipping: Marked done") if ends_there else reply.startswith("Not yet")


def test_overdue_at_a_reminder_pass_is_judged_in_the_clients_zone(bot):
    bot.clients.add("Kiwi Dental", status="transition", notice_date=iso_day(-20), end_date=iso_day(17),
                    timezone="Pacific/Auckland")
    due = day(10)  # new-provider: a week before the end
    evening = datetime.combine(due, time(14), tzinfo=timezone.utc)  # the day after, in Auckland; not in London
    view = bot.checklists.view(bot.clients.get("Kiwi Dental"), now=evening)
    assert [item.key for item in view.overdue] == ["new-provider", "data-export"]
    london_client = bot.checklists.view(bot.clients.get("Acme Dental"), now=london(day(13), 23))
    assert london_client.overdue == []  # Acme's are due on day 13 in London: not overdue until the 14th


# -- two staff at once ----------------------------------------------------------------------
def test_two_staff_ticking_the_same_item_at_once_change_it_once(make_bot, tmp_path):
    first = make_bot(tmp_path, "shared.db")
    first.clients.add("Acme Dental", status="transition", notice_date=iso_day(-5), end_date=iso_day(20))
    second = make_bot(tmp_path, "shared.db")  # another process on the same file, in effect
    replies = []

    def tick(bot, sender, number, barrier):
        barrier.wait()
        replies.append((number, staff(bot, f"offboard check Acme Dental {number}", sender=sender).reply.text))

    for number in range(1, 8):  # every handover item, raced once each
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=tick, args=(bot, sender, number, barrier))
                   for bot, sender in ((first, "U_SAM"), (second, "U_OMAR"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)

    history = events(first)
    assert sorted(e["item_id"] for e in history) == sorted({e["item_id"] for e in history})  # once per item
    assert len(history) == 7
    for number in range(1, 8):
        said = [text for n, text in replies if n == number]
        assert len(said) == 2 and sum("Marked done" in text for text in said) == 1, said
        assert any("already done" in text or "was just marked done" in text for text in said), said


def test_a_change_made_on_a_stale_read_is_not_written(bot):
    """The storage guard behind the race above, step by step: the second writer read version 0 too."""
    item = items(bot)["data-export"]
    change = {"state": DONE, "changed_at": "2026-01-01T00:00:00+00:00"}
    event = {"at": "2026-01-01T00:00:00+00:00", "action": DONE, "from_state": OPEN, "to_state": DONE}
    assert bot.storage.change_checklist_item(item.id, item.version, change, event) is True
    assert bot.storage.change_checklist_item(item.id, item.version, change, event) is False
    assert len(events(bot)) == 1


# -- the template ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, line, words", [
    ('[[item]]\nkey = "a"\ntitle = "A"\ndue = -3\n\n[[item]\nkey = "b"\n', 6, "line 6"),
    ('[[item]]\nkey = "a"\ntitle = "A"\ndue = -3\n\n[[item]]\nkey = "b"\ntitle = "B"\ndue = "soon"\n', 9,
     "due must be a whole number"),
    ('[[item]]\nkey = "a"\ntitle = "A"\ndue = -3\n\n[[item]]\nkey = "a"\ntitle = "B"\ndue = -1\n', 7,
     "already used by item 1"),
    ('[[item]]\nkey = "a"\ntitel = "A"\ndue = -3\n', 3, "'titel' is not an item setting"),
    ('[[item]]\nkey = "a"\ntitle = "A"\ndue = 2\nkind = "handover"\n', 4, "a handover item is due before"),
    ('[[item]]\nkey = "a"\ntitle = "A"\ndue = -2\nkind = "removal"\n', 4, "nothing of the client's is switched"),
    ('[[item]]\nkey = "Data Export"\ntitle = "A"\ndue = -3\n', 2, "lower-case letters"),
    ('version = 2\n[[item]]\nkey = "a"\ntitle = "A"\ndue = -3\n', None, "'version' is not part"),
])
def test_a_template_mistake_is_reported_with_its_line(text, line, words):
    with pytest.raises(TemplateError) as error:
        parse(text, "checklist.toml")
    message = str(error.value)
    assert words in message
    if line:
        assert message.startswith(f"checklist.toml, line {line}")


def test_a_broken_template_keeps_the_last_good_one_and_says_where_it_is_wrong(make_bot, tmp_path):
    path = write_template(tmp_path / "ours.toml", ("export", "Data exported", -5, "handover"),
                          ("access", "Our access removed", 2, "removal"))
    bot = make_bot(tmp_path, checklist_template=str(path))
    staff(bot, "offboard add First Ltd")
    staff(bot, "offboard start First Ltd +30")
    assert list(items(bot, "First Ltd")) == ["export", "access"]

    path.write_text(path.read_text() + '[[item]]\nkey = "invoice"\ntitle = "Invoice settled"\ndue = "later"\n')
    staff(bot, "offboard add Second Ltd")
    staff(bot, "offboard start Second Ltd +30")
    assert list(items(bot, "Second Ltd")) == ["export", "access"]  # the last good template
    listing = staff(bot, "offboard checklist Second Ltd").reply.text
    assert "ours.toml, line 16 (item 3): due must be a whole number" in listing
    assert "line 16" in staff(bot, "offboard checklist").reply.text

    # after a restart the file is still broken: the copy the database kept is used
    restarted = make_bot(tmp_path, checklist_template=str(path))
    staff(restarted, "offboard add Third Ltd")
    staff(restarted, "offboard start Third Ltd +30")
    assert list(items(restarted, "Third Ltd")) == ["export", "access"]
    assert bot.checklists.view(bot.clients.get("Third Ltd")).template.startswith("the last good copy of")

    path.write_text(path.read_text().replace('due = "later"', "due = 30"))
    staff(restarted, "offboard add Fourth Ltd")
    staff(restarted, "offboard start Fourth Ltd +30")
    assert list(items(restarted, "Fourth Ltd")) == ["export", "access", "invoice"]
    assert "error" not in staff(restarted, "offboard checklist Fourth Ltd").reply.text
    assert list(items(restarted, "First Ltd")) == ["export", "access"]  # made ones never change


def test_a_broken_template_with_nothing_good_before_falls_back_to_the_one_that_ships(make_bot, tmp_path):
    path = tmp_path / "ours.toml"
    path.write_text("[[item]\n")
    bot = make_bot(tmp_path, checklist_template=str(path))
    staff(bot, "offboard add First Ltd")
    staff(bot, "offboard start First Ltd +30")
    assert list(items(bot, "First Ltd")) == KEYS
    assert "ours.toml, line 1" in staff(bot, "offboard checklist First Ltd").reply.text


def test_the_cli_checks_a_template_file(tmp_path, capsys):
    good = write_template(tmp_path / "good.toml", ("export", "Data exported", -5, "handover"))
    assert main(["--db", str(tmp_path / "bot.db"), "checklist", "template", "--file", str(good)]) == 0
    assert "1 items, all fine" in capsys.readouterr().out
    storage = Storage(str(tmp_path / "bot.db"))
    assert storage.saved_checklist_template() is None  # a check is not the bot using a template
    storage.close()
    bad = tmp_path / "bad.toml"
    bad.write_text('[[item]]\nkey = "x"\ntitle = "X"\ndue = -1\nkind = "later"\n')
    assert main(["--db", str(tmp_path / "bot.db"), "checklist", "template", "--file", str(bad)]) == 2
    assert "bad.toml, line 5 (item 1): kind must be one of handover, removal, closing" in capsys.readouterr().err


# -- the export ---------------------------------------------------------------------------------
def test_clients_show_json_carries_the_checklist_and_its_history(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PARTING_WAYS_WORKING_DAYS", "mon-sun")
    monkeypatch.setenv("PARTING_WAYS_HOLIDAYS", "none")
    db = str(tmp_path / "bot.db")
    main(["--db", db, "clients", "add", "Acme Dental", "--account-owner", "Priya"])
    main(["--db", db, "clients", "notice", "Acme Dental", "--end", iso_day(20)])
    from bot.core import Bot
    with Bot(load_config(environ={}, db_path=db, **EVERY_DAY)) as bot:
        staff(bot, "offboard check Acme Dental data-export done on the USB drive")
        staff(bot, "offboard check Acme Dental data-export open", sender="U_OMAR", name="Omar")
    capsys.readouterr()
    assert main(["--db", db, "clients", "show", "Acme Dental", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Acme Dental" and shown["end_date"] == iso_day(20)
    export = shown["checklist"]
    assert export["progress"] == "0/11 done" and export["finished"] is False
    item = next(i for i in export["items"] if i["key"] == "data-export")
    assert item["due_date"] == iso_day(13) and item["owner"] == "Priya" and item["note"] == "on the USB drive"
    assert [(h["action"], h["by_name"], h["by_id"], h["platform"]) for h in item["history"]] == [
        ("done", "Sam Patel", "U_SAM", "console"), ("open", "Omar", "U_OMAR", "console")]
    assert all(h["at"].startswith(instant().date().isoformat()) for h in item["history"])  # UTC, pinned


# -- the reminders use it ---------------------------------------------------------------------------
def offboarding(bot, owner="Priya", end=None):
    end = end or day(30)
    bot.clients.add("Acme Dental", status="transition", notice_date=iso_day(1), end_date=end.isoformat(),
                    account_owner=owner)
    return end


def by_kind(delivered, kind, to=None):
    """The deliveries of one kind: to the staff channel, except checklist items (their owners)."""
    to = to or ("staff" if kind != "checklist" else None)
    return [d for d in delivered if d.kind == kind and (to is None or d.recipient == to)]


def test_items_due_tomorrow_reach_their_owner_alone(rbot):
    end = offboarding(rbot)
    rbot.clients.set_owner("Acme Dental", "Priya", "slack", "U0PRIYA")  # `offboard owner Acme Dental @Priya`
    delivered = run_due(rbot, [FakeNotifier("slack")], london(end - timedelta(days=8), 9, 30))  # -7 items due tomorrow
    [reminder] = by_kind(delivered, "checklist")
    assert reminder.recipient == "person:U0PRIYA" and reminder.title == "Acme Dental: 2 checklist items due tomorrow"
    assert "- 1. New provider in touch with us" in reminder.text and "- 2. Data export delivered" in reminder.text
    assert "offboard check Acme Dental <number>" in reminder.text


def test_an_overdue_item_reaches_its_owner_and_a_ticked_one_does_not(rbot):
    end = offboarding(rbot)
    staff(rbot, "offboard check Acme Dental new-provider")
    run_due(rbot, [FakeNotifier("slack")], london(end - timedelta(days=8), 9, 30))  # due tomorrow: sent then
    delivered = run_due(rbot, [FakeNotifier("slack")], london(end - timedelta(days=6), 9, 30))
    [reminder] = by_kind(delivered, "checklist")
    assert reminder.title == "Acme Dental: 2 checklist items due tomorrow, 1 overdue"
    overdue = reminder.text.split("Overdue")[1]
    assert "2. Data export delivered" in overdue and "New provider" not in reminder.text
    assert "- 3. Credentials" in reminder.text and "- 4. Domains" in reminder.text


def test_items_of_a_client_without_an_owner_go_to_the_staff_channel(rbot):
    end = offboarding(rbot, owner=None)
    [reminder] = by_kind(run_due(rbot, [FakeNotifier()], london(end - timedelta(days=8), 9, 30)), "checklist")
    assert reminder.recipient == "staff"


def test_an_item_owned_by_someone_else_reaches_them(rbot):
    end = offboarding(rbot)
    rbot.clients.set_owner("Acme Dental", "Priya", "slack", "U0PRIYA")
    staff(rbot, "offboard check Acme Dental data-export owner Omar")
    delivered = by_kind(run_due(rbot, [FakeNotifier()], london(end - timedelta(days=8), 9, 30)), "checklist")
    # Priya by her Slack id; Omar, named but with no id on Slack, in the staff channel, addressed to him.
    assert sorted((d.recipient, d.title) for d in delivered) == [
        ("person:U0PRIYA", "Acme Dental: 1 checklist item due tomorrow"),
        ("staff", "Acme Dental: 1 checklist item due tomorrow")]
    assert [d for d in delivered if d.recipient == "staff"][0].text.startswith("For Omar:")


def test_on_the_console_item_owners_are_shown_by_name(rbot):
    end = offboarding(rbot)
    staff(rbot, "offboard check Acme Dental data-export owner Omar")
    printed = []
    console = ConsoleNotifier(write=printed.append)
    run_due(rbot, [console], london(end - timedelta(days=8), 9, 30))
    assert any(line.startswith("[to Omar]") for line in printed) and any(line.startswith("[to Priya]")
                                                                          for line in printed)


def test_the_day_before_and_the_end_date_list_only_what_is_open(rbot):
    end = offboarding(rbot)
    for key in ("new-provider", "data-export", "credentials", "domains", "documentation"):
        staff(rbot, f"offboard check Acme Dental {key}")
    staff(rbot, "offboard check Acme Dental licences not-needed")
    [day_before] = by_kind(run_due(rbot, [FakeNotifier()], london(end - timedelta(days=1), 9, 30)), "day_before")
    assert "Still open on the handover checklist (5/10 done)" in day_before.text
    assert "- 7. Handover signed off by a named person at the client (Priya)" in day_before.text
    for done in ("Data export", "Credentials", "Domains", "Licences", "Documentation", "New provider"):
        assert done not in day_before.text
    assert "Nothing gets switched off, revoked or deleted early" in day_before.text

    staff(rbot, "offboard check Acme Dental sign-off")
    [end_date] = by_kind(run_due(rbot, [FakeNotifier()], london(end, 9, 30)), "end_date")
    assert "Still open from the handover" not in end_date.text
    assert "From today, and not before, our own access can go" in end_date.text
    assert "- 8. Our access removed" in end_date.text and "- 11. Final invoice settled" in end_date.text


def test_the_day_before_says_so_when_the_handover_is_complete(rbot):
    end = offboarding(rbot)
    for number in range(1, 8):
        staff(rbot, f"offboard check Acme Dental {number}")
    [day_before] = by_kind(run_due(rbot, [FakeNotifier()], london(end - timedelta(days=1), 9, 30)), "day_before")
    assert "Every handover item on the checklist is ticked off (7/11 done)" in day_before.text
    assert "Still open" not in day_before.text


def test_the_digest_shows_each_clients_progress(make_bot, tmp_path, pinned_clock):
    bot = make_bot(tmp_path, digest_day="monday")
    end = offboarding(bot)
    for key in ("new-provider", "data-export", "credentials"):
        staff(bot, f"offboard check Acme Dental {key}")
    monday = end - timedelta(days=end.weekday() or 7)  # the last Monday before the end date: in transition
    moment = london(monday, 9, 30)
    pinned_clock.set(moment)
    [digest] = by_kind(run_due(bot, [FakeNotifier()], moment), "digest")
    due_dates = [end + timedelta(days=t.due_days) for t in TEMPLATE]
    overdue = sum(1 for n, due in enumerate(due_dates) if due < monday and n >= 3)
    expected = f"Acme Dental: 3/11 done" + (f", {overdue} overdue" if overdue else "")
    assert f"- {expected}; support ends" in digest.text


def test_the_month_after_says_done_or_names_what_is_left(rbot, pinned_clock):
    end = offboarding(rbot)
    month_after = add_months(end, 1)
    pinned_clock.set(london(end, 10))
    for key in ("access-removed", "delegated-admin"):
        staff(rbot, f"offboard check Acme Dental {key}")
    [left] = by_kind(run_due(rbot, [FakeNotifier()], london(month_after, 9, 30)), "month_after")
    assert "Acme Dental is not done yet" in left.text
    assert "- 10. Our agents uninstalled" in left.text and "- 11. Final invoice settled" in left.text
    assert "Our access removed" not in left.text

    other = offboarding_named(rbot, "Globex", end)
    for key in ("access-removed", "delegated-admin", "agents-removed"):
        staff(rbot, f"offboard check Globex {key}")
    finished = staff(rbot, "offboard check Globex final-invoice not-needed paid in advance").reply.text
    assert "Globex is done" in finished
    [done] = by_kind([d for d in run_due(rbot, [FakeNotifier()], london(month_after, 9, 30)) if d.client == other],
                     "month_after")
    assert "Globex is done: everything after the end date is closed" in done.text and "former client" in done.text


def offboarding_named(bot, name, end):
    bot.clients.add(name, status="transition", notice_date=iso_day(1), end_date=end.isoformat())
    return name


# -- due dates on the firm's working days ---------------------------------------------------
def firm_calendar_bot(open_bot, tmp_path, pinned_clock, end, **settings):
    """The firm's default calendar (Monday to Friday, England's bank holidays), a fortnight before `end`."""
    pinned_clock.set(datetime.combine(end - timedelta(days=14), time(10), tzinfo=timezone.utc))
    bot = open_bot(load_config(environ={}, db_path=str(tmp_path / "bot.db"), **settings))
    bot.clients.add("Hooli Bakery", status="transition", notice_date=(end - timedelta(days=40)).isoformat(),
                    end_date=end.isoformat(), account_owner="Priya")
    return bot


def due_dates(bot):
    return {key: item.due.strftime("%a %d %b") for key, item in items(bot, "Hooli Bakery").items()}


def test_a_due_date_on_a_weekend_is_moved_before_the_last_day_for_a_handover_and_after_it_for_our_access(
        open_bot, tmp_path, pinned_clock):
    bot = firm_calendar_bot(open_bot, tmp_path, pinned_clock, date(2026, 12, 21))   # a Monday
    due = due_dates(bot)
    assert due["new-provider"] == "Mon 14 Dec" and due["licences"] == "Fri 18 Dec"   # working days: kept
    assert due["sign-off"] == "Fri 18 Dec"          # a day before the end is Sunday 20th: the Friday before
    assert due["access-removed"] == "Thu 24 Dec"             # three days after the end: a working day
    assert due["agents-removed"] == "Tue 29 Dec"             # a week after is Monday 28th, Boxing Day's bank holiday
    text = staff(bot, "offboard checklist Hooli Bakery").reply.text
    assert "due Fri 18 Dec" in text and "Sun 20 Dec" not in text and "Mon 28 Dec" not in text


def test_christmas_and_new_year_are_not_due_dates(open_bot, tmp_path, pinned_clock):
    bot = firm_calendar_bot(open_bot, tmp_path, pinned_clock, date(2026, 12, 29))   # a Tuesday
    due = due_dates(bot)
    # Three days before is Saturday 26th and one day before Monday 28th (a bank holiday): past Christmas
    # Day, the last working day before is Thursday 24th.
    assert due["licences"] == due["sign-off"] == "Thu 24 Dec"
    assert due["access-removed"] == "Mon 04 Jan"             # three days after is New Year's Day, a Friday


def test_a_firm_can_set_its_own_holidays_or_none(open_bot, tmp_path, pinned_clock):
    weekends_only = firm_calendar_bot(open_bot, tmp_path, pinned_clock, date(2026, 12, 28), public_holidays="none")
    assert due_dates(weekends_only)["access-removed"] == "Thu 31 Dec" and due_dates(weekends_only)["sign-off"] == "Fri 25 Dec"
    assert load_config(environ={"PARTING_WAYS_HOLIDAYS": "US-NY"}, db_path=":memory:").public_holidays == "US-NY"
    for wrong in ("XX", "GB-NOWHERE", "England"):
        with pytest.raises(ConfigError, match="PARTING_WAYS_HOLIDAYS") as raised:
            load_config(environ={"PARTING_WAYS_HOLIDAYS": wrong}, db_path=":memory:")
        assert "\n" not in str(raised.value)


def test_a_firm_closed_over_christmas_has_nothing_due_while_it_is_shut(open_bot, tmp_path, pinned_clock):
    closed = (date(2026, 12, 24), date(2027, 1, 1))
    bot = firm_calendar_bot(open_bot, tmp_path, pinned_clock, date(2027, 1, 4), office_closed=closed)
    due = due_dates(bot)
    # A week before the last day would be Monday 28th and three days after Thursday 7th; shut from the 24th,
    # what is due before the end moves to the last open day, and nothing lands inside the closure.
    assert due["new-provider"] == due["sign-off"] == "Wed 23 Dec"
    assert all(not date(2026, 12, 24) <= item.due <= date(2027, 1, 1) for item in items(bot, "Hooli Bakery").values())
    setting = load_config(environ={"PARTING_WAYS_OFFICE_CLOSED": "2026-12-24/2027-01-01"}, db_path=":memory:")
    assert setting.office_closed == closed
    for wrong in ("24/12/2026", "2026-12-24", "2027-01-01/2026-12-24", "2026-12-24/2028-01-01"):
        with pytest.raises(ConfigError, match="PARTING_WAYS_OFFICE_CLOSED") as raised:
            load_config(environ={"PARTING_WAYS_OFFICE_CLOSED": wrong}, db_path=":memory:")
        assert "\n" not in str(raised.value)


def test_the_final_invoice_shows_a_date_to_follow_up_never_a_due_date_that_reads_as_payment_terms(bot):
    text = staff(bot, "offboard checklist Acme Dental").reply.text
    line = text.split("final-invoice:", 1)[1].split("\n")[1]
    assert line.strip().startswith("follow up ") and "due" not in line


def test_a_final_list_of_our_access_removed_for_the_new_provider_marks_each_from_the_checklist(bot):
    bot.clients.set_owner("Globex Logistics", "Tom Becker")
    bot.handle(IncomingMessage(text="offboard check Globex Logistics delegated-admin done", platform="console",
                               sender_id="U_SAM", sender_name="Sam Patel"))
    script = bot.handle(IncomingMessage(text="Tom wants an email to BrightPath closing out Globex: a final list of our access "
                                             "that's been removed. From Tom, bullets fine.", platform="console",
                                        sender_id="U_SAM")).reply.script
    assert "Here is where our access to Globex Logistics' systems stands." in script
    assert "1. Technician accounts, shared secrets and remote access (not yet confirmed removed)" in script
    assert "2. Delegated admin access to the tenant (removed)" in script
    assert "Data export delivered" not in script and script.rstrip().endswith("Tom Becker\nNorthwind IT")


def test_a_checklist_pasted_for_the_team_says_its_days_are_targets_not_agreed_dates(bot):
    text = staff(bot, "Write a checklist email to Priya for wrapping up the dental practice before their last day.").reply.text
    assert "Days are the checklist's own targets" in text
