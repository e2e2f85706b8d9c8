"""Drafts in the core: reply modes, the first action winning, re-checks, escalation, stats, the console."""
from __future__ import annotations

import io
import json
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.console import ConsoleSession, run_console
from bot.config import ConfigError, load_config
from bot.core import Bot
from bot.drafts import (DROP, EDIT, SEND, DraftRequest, add_working_hours, edit_size, stats_report)
from bot.message import CLIENT, DRAFT, HANDOFF, REPLY, IncomingMessage
from bot.notify import ConsoleNotifier, DeliveryError
from bot.reminders.runner import run_due
from bot.storage import Storage
from responses import policy as reply_policy
from tests.support import calendar
from tests.support.records import seed_clients

WHY = "why are you ending our contract?"
LONDON = ZoneInfo("Europe/London")
OFFICE = (9 * 60, 17 * 60 + 30)
WEEKDAYS = (0, 1, 2, 3, 4)


def client_says(bot, text=WHY, name="Acme Dental", thread="t1", platform="slack"):
    return bot.handle(IncomingMessage(text=text, platform=platform, sender_id="U_EXT", sender_name="Dana Lee",
                                      audience=CLIENT, client=name, conversation_id="C_ACME", thread_id=thread))


def staff_does(bot, draft, verb, *, who="U_SAM", name="Sam Patel", audience="staff", token=None, **typed):
    return bot.drafts.act(DraftRequest(draft_id=draft.id, token=draft.token if token is None else token, verb=verb,
                                       platform="slack", actor_id=who, actor_name=name, audience=audience, **typed))


def send(bot, draft, **kw):
    """Send as an adapter does: act, deliver, report."""
    result = staff_does(bot, draft, SEND, **kw)
    return bot.drafts.delivered(draft.id) if result.deliver else result


# -- modes --------------------------------------------------------------------------------------------
def test_a_new_installation_drafts_client_replies_for_approval(bot):
    decision = client_says(bot)

    assert decision.action == DRAFT and decision.reply is None and decision.staff_notice is None
    assert decision.draft.status == "pending" and "invoices" in decision.draft.text
    assert bot.drafts.firm_mode() == "approve"
    assert bot.storage.interaction(decision.interaction_id)["action"] == "draft"
    assert bot.storage.draft(decision.draft.id)["interaction_id"] == decision.interaction_id


def test_a_database_that_already_answered_clients_keeps_auto_until_told(tmp_path):
    path = str(tmp_path / "old.db")
    old = Storage(path)
    old.db.execute("PRAGMA user_version = 7")  # as if written by the release before drafts
    old.db.execute("DROP TABLE drafts")
    old.db.execute("DROP TABLE settings")
    old.db.execute("ALTER TABLE clients DROP COLUMN reply_mode")
    for later in ("checklist_events", "checklist_items", "checklists", "checklist_template", "inbox"):  # nor these
        old.db.execute(f"DROP TABLE {later}")
    for later in ("account_owner_ids", "muted_until"):  # nor owners' ids and mutes
        old.db.execute(f"ALTER TABLE clients DROP COLUMN {later}")
    old.log_interaction(text="hello", action="reply")
    old.close()

    with Bot(load_config(environ={}, db_path=path)) as upgraded:
        assert upgraded.drafts.firm_mode() == "auto"
    with Bot(load_config(environ={"PARTING_WAYS_REPLY_MODE": "approve"}, db_path=path)) as told:
        assert told.drafts.firm_mode() == "approve"


def test_what_the_team_should_do_beyond_the_reply_rides_on_the_draft(bot):
    bot.clients.edit("Globex Logistics", account_owner=None)
    decision = client_says(bot, "who should we talk to about all this?", name="Globex Logistics")
    assert decision.action == DRAFT, decision
    assert "no account owner is recorded" in decision.draft.note
    assert "no account owner is recorded" in bot.drafts.get(decision.draft.id).note


def test_auto_mode_answers_at_once_as_before(config):
    with Bot(replace(config, reply_mode="auto")) as bot:
        seed_clients(bot.clients)
        decision = client_says(bot)
        assert decision.action == REPLY and decision.draft is None and "invoices" in decision.reply.text


def test_shadow_mode_drafts_for_learning_and_hands_the_client_to_a_person(config):
    with Bot(replace(config, reply_mode="shadow")) as bot:
        seed_clients(bot.clients)
        decision = client_says(bot)
        assert decision.action == HANDOFF and decision.reply is None
        assert decision.draft.status == "shadow" and not decision.draft.is_open
        result = staff_does(bot, decision.draft, SEND)
        assert not result.ok and not result.deliver and "shadow draft" in result.message


def with_policy_modes(monkeypatch, **modes):
    """responses/policy.toml as shipped, with these kinds of message given a mode of their own."""
    shipped = reply_policy.load()
    monkeypatch.setattr(reply_policy, "load", lambda: replace(shipped, modes=modes))


def test_a_clients_mode_wins_over_the_kinds_which_wins_over_the_firms(config, monkeypatch):
    with_policy_modes(monkeypatch, explain_reason="auto")
    with Bot(replace(config, reply_mode="approve")) as bot:
        seed_clients(bot.clients)
        assert client_says(bot).action == REPLY                                      # kind: auto
        assert client_says(bot, "we are sorry, give us another chance", thread="t2").action == DRAFT  # firm
        bot.handle(IncomingMessage(text="offboard mode Acme Dental shadow", platform="console", sender_id="U_SAM"))
        assert client_says(bot, thread="t3").action == HANDOFF                       # client: shadow
        bot.handle(IncomingMessage(text="offboard mode Acme Dental default", platform="console", sender_id="U_SAM"))
        assert bot.clients.get("Acme Dental")["reply_mode"] is None


def test_the_mode_command_shows_and_sets_modes_and_refuses_nonsense(bot):
    def run(text, **kw):
        return bot.handle(IncomingMessage(text=f"offboard {text}", platform="console", sender_id="U_SAM", **kw))

    assert "Firm: approve" in run("mode").reply.text
    assert "never sent" in run("mode Acme Dental shadow").reply.text
    assert "Acme Dental=shadow" in run("mode").reply.text and "Reply mode: shadow" in run("show Acme Dental").reply.text
    assert "is not a mode" in run("mode Acme Dental yolo").reply.text
    assert "don't know a client" in run("mode Nobody Ltd auto").reply.text
    refused = run("mode Acme Dental auto", audience=CLIENT)
    assert refused.action == "deny" and bot.clients.get("Acme Dental")["reply_mode"] == "shadow"


@pytest.mark.parametrize("environ, problem", [
    ({"PARTING_WAYS_REPLY_MODE": "yolo"}, "PARTING_WAYS_REPLY_MODE"),
    ({"PARTING_WAYS_DRAFT_ESCALATE_HOURS": "0"}, "positive"),
    ({"PARTING_WAYS_DRAFT_ESCALATE_HOURS": "8", "PARTING_WAYS_DRAFT_EXPIRY_HOURS": "4"}, "shorter"),
    ({"PARTING_WAYS_WORKING_HOURS": "17:00-09:00"}, "09:00-17:30"),
    ({"PARTING_WAYS_WORKING_HOURS": "nine to five"}, "HH:MM"),
    ({"PARTING_WAYS_WORKING_DAYS": "funday"}, "weekday"),
])
def test_draft_settings_are_checked_with_clear_messages(tmp_path, environ, problem):
    with pytest.raises(ConfigError, match=problem):
        load_config(environ=environ, db_path=str(tmp_path / "x.db"))


def test_a_mode_in_the_policy_file_is_read_checked_and_shown(monkeypatch):
    text = '[second_chance]\nabout = "apologises"\ntransition = "reply"\nended = "reply"\nmode = "auto"\n'
    parsed = reply_policy.parse(text)
    assert parsed.modes == {"second_chance": "auto"}
    assert reply_policy.table(parsed).splitlines()[-1].endswith("| auto |")
    with pytest.raises(reply_policy.PolicyError, match="mode must be one of"):
        reply_policy.parse(text.replace('"auto"', '"sometimes"'))
    with pytest.raises(reply_policy.PolicyError, match="unknown key"):
        reply_policy.parse(text.replace("mode =", "mdoe ="))


def test_a_message_with_several_kinds_takes_the_most_careful_mode(bot, monkeypatch):
    with_policy_modes(monkeypatch, explain_reason="auto", support_request="shadow")
    assert bot.drafts.mode_for(None, ["explain_reason"]) == "auto"
    assert bot.drafts.mode_for(None, ["explain_reason", "second_chance"]) == "approve"
    assert bot.drafts.mode_for(None, ["explain_reason", "support_request"]) == "shadow"
    assert bot.drafts.mode_for({"reply_mode": "auto"}, ["support_request"]) == "auto"


def test_draft_settings_are_read(tmp_path):
    config = load_config(environ={"PARTING_WAYS_REPLY_MODE": "Shadow", "PARTING_WAYS_WORKING_HOURS": "08:30-18:00",
                                  "PARTING_WAYS_WORKING_DAYS": "sun-thu"}, db_path=str(tmp_path / "x.db"))
    assert config.reply_mode == "shadow"
    assert config.working_hours == (510, 1080) and config.working_days == (0, 1, 2, 3, 6)


# -- acting on a draft --------------------------------------------------------------------------------
@pytest.mark.calendar
def test_send_claims_the_draft_then_the_delivery_report_closes_it(bot):
    draft = client_says(bot).draft

    claimed = staff_does(bot, draft, SEND)
    assert claimed.ok and claimed.deliver and claimed.draft.final_text == draft.text
    assert bot.drafts.get(draft.id).status == "sending"
    done = bot.drafts.delivered(draft.id)

    local = calendar.instant().astimezone(LONDON)
    assert done.ok and done.draft.status == "sent"
    assert f"Sent by Sam Patel at {local:%H:%M} on {local:%A} {local.day} {local:%B}" in done.draft.outcome
    row = bot.storage.draft(draft.id)
    assert (row["decision"], row["decided_by"], row["edit_size"]) == ("send", "U_SAM", 0)
    logged = bot.storage.recent_interactions(limit=1)[0]
    assert (logged["action"], logged["reply_text"], logged["client"]) == ("draft_sent", draft.text, "Acme Dental")


def everyone_reads_before_anyone_writes(monkeypatch, storage, method: str, parties: int) -> None:
    """Hold each caller of storage.<method> until all have read: the race at its worst."""
    read, gate = getattr(storage, method), threading.Barrier(parties, timeout=5)
    calls, lock = [], threading.Lock()

    def slowed(*args, **kwargs):
        found = read(*args, **kwargs)
        with lock:
            calls.append(1)
            first_reads = len(calls) <= parties
        if first_reads:  # later reads (after the race) go straight through
            gate.wait()
        return found
    monkeypatch.setattr(storage, method, slowed)


def test_only_one_of_many_simultaneous_actions_wins(bot, monkeypatch):
    draft = client_says(bot).draft
    everyone_reads_before_anyone_writes(monkeypatch, bot.storage, "draft", 8)
    start = threading.Barrier(8)
    results = []

    def act(verb):
        start.wait()
        results.append(staff_does(bot, draft, verb, text="Edited by hand." if verb == EDIT else None))

    threads = [threading.Thread(target=act, args=(verb,)) for verb in [SEND, SEND, EDIT, DROP] * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    monkeypatch.undo()

    assert sum(result.ok for result in results) == 1
    assert sum(result.deliver for result in results) <= 1


def test_an_edit_keeps_the_original_and_measures_the_change(bot, pinned_clock):
    draft = client_says(bot).draft
    pinned_clock.advance(minutes=7)

    staff_does(bot, draft, EDIT, text=draft.text.replace("Hi Dana", "Hello Dana"))
    bot.drafts.delivered(draft.id)

    row = bot.storage.draft(draft.id)
    assert row["draft_text"] == draft.text and row["final_text"].startswith("Hello Dana")
    assert row["decision"] == "edit" and 0 < row["edit_size"] <= len("Hello") + len("Hi")
    assert row["decision_seconds"] == 420


def test_an_edit_that_changes_nothing_counts_as_sent_unchanged(bot):
    draft = client_says(bot).draft
    staff_does(bot, draft, EDIT, text=draft.text + "\n")
    assert bot.storage.draft(draft.id)["decision"] == "send"


@pytest.mark.parametrize("typed, problem", [("", "empty"), ("   \n\t", "empty"), (None, "empty"),
                                            ("x" * 50_000, "50,000 characters")])
def test_a_bad_edit_is_refused_and_the_draft_keeps_waiting(bot, typed, problem):
    draft = client_says(bot).draft

    result = staff_does(bot, draft, EDIT, text=typed)

    assert not result.ok and result.retry_input and problem in result.message
    assert bot.drafts.get(draft.id).status == "pending"


def test_template_syntax_in_an_edit_is_kept_as_text(bot):
    draft = client_says(bot).draft
    typed = "{{ company }} {% for x in y %}{{ x }}{% endfor %} {{ 7*7 }}"

    result = staff_does(bot, draft, EDIT, text=typed)

    assert result.draft.final_text == typed


def test_nobody_but_staff_may_act_and_nothing_changes(bot):
    draft = client_says(bot).draft
    for audience in (CLIENT, "", "admin"):
        result = staff_does(bot, draft, SEND, audience=audience)
        assert not result.ok and "only the Northwind IT team" in result.message
    assert bot.drafts.get(draft.id).status == "pending"
    assert bot.storage.recent_interactions(limit=1)[0]["action"] == "draft_refused"


@pytest.mark.parametrize("draft_id", [999, "999", "abc", None, True, -3, 0, 2 ** 70, "1" * 40, [1], {"d": 1}])
def test_a_draft_id_that_does_not_exist_is_answered_clearly(bot, draft_id):
    client_says(bot)
    result = bot.drafts.act(DraftRequest(draft_id=draft_id, token="x", verb=SEND, platform="slack", actor_id="U"))
    assert not result.ok and "can't find a draft" in result.message


def test_a_token_from_another_draft_does_nothing(bot):
    first, second = client_says(bot).draft, client_says(bot, thread="t2").draft
    for token in (first.token, "", "x" * 5000):
        result = staff_does(bot, second, SEND, token=token)
        assert not result.ok and "doesn't belong" in result.message
    assert [d.status for d in bot.drafts.open()] == ["pending", "pending"]


def test_only_the_console_may_act_by_number_alone(bot):
    draft = client_says(bot).draft
    by_number = DraftRequest(draft_id=draft.id, token=None, verb=SEND, platform="slack", actor_id="U")
    assert "doesn't belong" in bot.drafts.act(by_number).message
    assert bot.drafts.act(replace(by_number, platform="console")).deliver


def test_dont_send_records_the_reason(bot):
    draft = client_says(bot).draft
    result = staff_does(bot, draft, DROP, reason="  I'll phone\n them  ")
    assert result.ok and result.draft.status == "dropped" and "Reason: I'll phone them" in result.draft.outcome
    assert bot.storage.recent_interactions(limit=1)[0]["action"] == "draft_dropped"


def test_a_failed_delivery_puts_the_draft_back_for_another_try(bot):
    draft = client_says(bot).draft
    staff_does(bot, draft, SEND)

    failed = bot.drafts.delivered(draft.id, "slack chat.postMessage: not_in_channel")

    assert not failed.ok and failed.draft.status == "pending" and "not_in_channel" in failed.draft.outcome
    assert send(bot, draft).draft.status == "sent"


def test_an_unknown_verb_changes_nothing(bot):
    draft = client_says(bot).draft
    assert "don't know how" in staff_does(bot, draft, "publish").message


def test_a_draft_expires_after_the_configured_working_hours(bot, pinned_clock):
    draft = client_says(bot).draft
    pinned_clock.advance(days=7)

    result = staff_does(bot, draft, SEND)

    assert not result.ok and not result.deliver and "Expired unanswered" in result.message
    assert bot.drafts.get(draft.id).status == "expired"


# -- the client's situation moved on -------------------------------------------------------------------
def test_a_draft_for_a_client_who_has_since_ended_is_not_sent(bot):
    draft = client_says(bot, "can you look at our email server? it's down").draft
    bot.clients.mark_done("Acme Dental")

    result = staff_does(bot, draft, SEND)

    assert not result.ok and not result.deliver and "moved from transition to ended" in result.message
    assert bot.drafts.get(draft.id).status == "stale"


def test_a_draft_whose_wording_no_longer_fits_is_replaced_by_a_fresh_one(bot):
    draft = client_says(bot, "we are so sorry, please give us another chance").draft
    bot.clients.mark_done("Acme Dental")

    result = staff_does(bot, draft, SEND)

    assert not result.deliver and result.new_draft is not None and "no longer fits" in result.message
    assert result.new_draft.phase == "ended" and result.new_draft.text != draft.text
    assert f"See draft #{result.new_draft.id}" in bot.drafts.get(draft.id).outcome
    assert send(bot, result.new_draft).draft.status == "sent"


def test_an_offboarding_cancelled_since_means_no_reply(bot):
    draft = client_says(bot).draft
    bot.clients.cancel_offboarding("Acme Dental")
    result = staff_does(bot, draft, SEND)
    assert not result.deliver and "active" in result.message


# -- escalation ---------------------------------------------------------------------------------------
def test_four_working_hours_skip_the_night_and_the_weekend():
    friday_4pm = datetime(2026, 12, 4, 16, 0, tzinfo=LONDON)
    assert add_working_hours(friday_4pm, 4, LONDON, OFFICE, WEEKDAYS) == \
        datetime(2026, 12, 7, 11, 30, tzinfo=LONDON).astimezone(timezone.utc)
    saturday = datetime(2026, 12, 5, 11, 0, tzinfo=LONDON)
    assert add_working_hours(saturday, 4, LONDON, OFFICE, WEEKDAYS) == \
        datetime(2026, 12, 7, 13, 0, tzinfo=LONDON).astimezone(timezone.utc)


def test_working_hours_are_real_hours_across_a_clock_change():
    # Sunday 29 March 2026 the clocks go forward; a 24-hour working day on Sunday is 23 real hours.
    before = datetime(2026, 3, 29, 0, 0, tzinfo=LONDON)
    after = add_working_hours(before, 23, LONDON, (0, 24 * 60), (6,))
    assert after == datetime(2026, 3, 30, 0, 0, tzinfo=LONDON).astimezone(timezone.utc)


def test_working_hours_follow_the_firms_timezone():
    new_york = ZoneInfo("America/New_York")
    start = datetime(2026, 12, 1, 14, 0, tzinfo=timezone.utc)  # 09:00 in New York
    assert add_working_hours(start, 4, new_york, OFFICE, WEEKDAYS) == datetime(2026, 12, 1, 18, 0, tzinfo=timezone.utc)


@pytest.mark.calendar
def test_an_unanswered_draft_is_raised_once_to_the_staff_channel_and_the_account_owner(bot, pinned_clock,
                                                                                      monkeypatch):
    said = []
    notifier = ConsoleNotifier(write=said.append)
    notifier.platform = "slack"
    draft = client_says(bot).draft
    due = datetime.fromisoformat(bot.storage.draft(draft.id)["escalate_at"])

    run_due(bot, [notifier], due - timedelta(minutes=1))
    assert not [s for s in said if "still waiting" in s]
    everyone_reads_before_anyone_writes(monkeypatch, bot.storage, "drafts_to_escalate", 4)
    passes = [threading.Thread(target=run_due, args=(bot, [notifier], due)) for _ in range(4)]
    for thread in passes:
        thread.start()
    for thread in passes:
        thread.join()

    raised = [s for s in said if "is still waiting" in s]
    assert len(raised) == 2 and raised[0].startswith("[to the team]") and raised[1].startswith("[to Priya]")
    assert "why are you ending our contract?" in raised[0]


@pytest.mark.calendar
def test_escalation_waits_four_working_hours_in_the_firms_timezone(bot):
    draft = client_says(bot).draft
    created = calendar.instant()
    expected = add_working_hours(created, 4, LONDON, OFFICE, WEEKDAYS)
    assert datetime.fromisoformat(bot.storage.draft(draft.id)["escalate_at"]) == expected
    assert expected - created >= timedelta(hours=4)


def test_a_raise_that_reached_nobody_is_tried_again_later(bot, pinned_clock):
    class Broken:
        platform = "slack"

        def notify_staff(self, text, title=""):
            raise DeliveryError("slack down")

        notify_person = notify_staff

    draft = client_says(bot).draft
    due = datetime.fromisoformat(bot.storage.draft(draft.id)["escalate_at"])
    assert run_due(bot, [Broken()], due) == []
    said = []
    working = ConsoleNotifier(write=said.append)
    working.platform = "slack"
    assert run_due(bot, [working], due + timedelta(minutes=1)) == []  # not before the retry time
    assert len([d for d in run_due(bot, [working], due + timedelta(minutes=6)) if d.kind == "draft_waiting"]) == 2


def test_drafts_from_another_platform_are_left_to_that_platforms_runner(bot):
    draft = client_says(bot, platform="teams").draft
    due = datetime.fromisoformat(bot.storage.draft(draft.id)["escalate_at"])
    console = ConsoleNotifier(write=lambda text: None)
    assert [d for d in run_due(bot, [console], due) if d.kind.startswith("draft")] == []
    assert bot.storage.draft(draft.id)["escalated_at"] is None


def test_an_expired_draft_is_closed_and_the_team_told_once(bot, pinned_clock):
    said = []
    notifier = ConsoleNotifier(write=said.append)
    notifier.platform = "slack"
    draft = client_says(bot).draft
    expires = datetime.fromisoformat(bot.storage.draft(draft.id)["expires_at"])

    run_due(bot, [notifier], expires)
    run_due(bot, [notifier], expires + timedelta(hours=1))

    assert len([s for s in said if "expired unanswered" in s]) == 1
    assert bot.drafts.get(draft.id).status == "expired"


def test_a_send_the_bot_never_finished_is_reported_once_and_never_repeated(bot, pinned_clock):
    said = []
    notifier = ConsoleNotifier(write=said.append)
    notifier.platform = "slack"
    draft = client_says(bot).draft
    assert staff_does(bot, draft, SEND).deliver  # ... and the process stops before delivered()

    pinned_clock.advance(minutes=5)
    run_due(bot, [notifier], pinned_clock.now())
    assert bot.drafts.get(draft.id).status == "sending"  # still within the send's lease
    assert not [s for s in said if "check whether" in s]
    pinned_clock.advance(minutes=6)
    run_due(bot, [notifier], pinned_clock.now())
    run_due(bot, [notifier], pinned_clock.now())

    assert len([s for s in said if "check whether it arrived" in s]) == 1
    again = staff_does(bot, draft, SEND)
    assert not again.deliver and "Check the client's conversation" in again.message


def test_drafts_survive_a_restart(config):
    with Bot(config) as first:
        seed_clients(first.clients)
        draft = client_says(first).draft
        first.drafts.card_posted(draft.id, "C0STAFF", "1700000000.000001")
    with Bot(config) as second:
        again = second.drafts.get(draft.id)
        assert (again.conversation_id, again.thread_id, again.platform, again.card_message_id) == \
            ("C_ACME", "t1", "slack", "1700000000.000001")
        assert send(second, again).draft.status == "sent"


# -- stats ---------------------------------------------------------------------------------------------
def _decide_many(bot, pinned_clock, count, edits=0, drops=0):
    for number in range(count):
        draft = client_says(bot, thread=f"s{number}").draft
        pinned_clock.advance(minutes=2)
        if number < edits:
            staff_does(bot, draft, EDIT, text=draft.text + " Thanks again.")
            bot.drafts.delivered(draft.id)
        elif number < edits + drops:
            staff_does(bot, draft, DROP)
        else:
            send(bot, draft)


def test_stats_show_approval_and_time_to_decision_and_suggest_intents_for_auto(bot, pinned_clock):
    _decide_many(bot, pinned_clock, 20)
    for number in range(5):
        draft = client_says(bot, "we are so sorry, please give us another chance", thread=f"c{number}").draft
        staff_does(bot, draft, DROP if number % 2 else SEND)

    [why, sorry] = bot.drafts.stats()
    assert (why["intent"], why["drafts"], why["sent_unchanged"], why["approval_rate"]) == ("explain_reason", 20, 20, 1.0)
    assert why["median_seconds"] == 120
    assert sorry["intent"] == "second_chance" and sorry["dropped"] == 2
    assert bot.drafts.ready_for_auto() == ["explain_reason"]
    report = stats_report(bot.drafts)
    assert '[explain_reason]  mode = "auto"' in report and "responses/policy.toml" in report and "2m 00s" in report


def test_an_intent_with_edits_or_too_few_drafts_is_not_suggested(bot, pinned_clock):
    _decide_many(bot, pinned_clock, 20, edits=2)
    assert bot.drafts.ready_for_auto() == []
    assert "No intent is ready for auto yet" in stats_report(bot.drafts)
    [row] = bot.drafts.stats()
    assert row["edited"] == 2 and row["approval_rate"] == 1.0 and row["median_edit_size"] == len(" Thanks again.")


def test_edit_size_counts_changed_characters():
    assert edit_size("Hello Dana", "Hello Dana") == 0
    assert edit_size("Hello Dana", "Hello Dan") == 1
    assert edit_size("Hello Dana", "Hi Dana") == 4
    assert edit_size("", "x" * 10) == 10


def test_the_stats_command_prints_the_drafts(bot, pinned_clock, capsys):
    from bot.cli import main
    _decide_many(bot, pinned_clock, 3)
    assert main(["--db", bot.config.db_path, "stats"]) == 0
    out = capsys.readouterr().out
    assert "Drafted replies by intent" in out and "explain_reason" in out and "100%" in out
    assert main(["--db", bot.config.db_path, "stats", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [row] = report["drafts"]
    assert (row["intent"], row["sent_unchanged"], row["median_seconds"]) == ("explain_reason", 3, 120)
    assert report["ready_for_auto"] == []


# -- the console: the demo path ------------------------------------------------------------------------
def test_the_console_shows_drafts_to_staff_and_acts_on_them(bot):
    session = ConsoleSession(bot)
    session.feed("/as client Acme")
    shown = session.feed("we are so sorry, please give us another chance")
    assert "nothing sent to the client yet" in shown and "Draft #1 for Acme Dental" in shown
    assert "/send 1 · /edit 1" in shown
    assert "only the Northwind IT team" in session.feed("/send 1")  # a client can't approve

    session.feed("/as staff")
    assert "Draft #1" in session.feed("/drafts")
    sent = session.feed("/send 1")
    assert "bot (to Acme Dental's conversation):" in sent and "Sent by you at" in sent
    assert "Already handled" in session.feed("/send 1")
    assert "No drafts waiting." in session.feed("/drafts")


def test_the_console_edits_and_drops(bot):
    session = ConsoleSession(bot)
    session.feed("/as client Acme")
    session.feed(WHY)
    session.feed("/as client Globex")
    session.feed("can you just take a quick look at our server?")
    session.feed("/as staff")

    edited = session.feed("/edit 1 Hi Dana, {{ company }} <!channel> it's the late invoices. Sam")
    assert "Hi Dana, {{ company }} <!channel> it's the late invoices. Sam" in edited
    assert "Edited and sent by you" in edited
    dropped = session.feed("/drop 2 will call them")
    assert "Don't send" in dropped and "will call them" in dropped
    assert "I can't find a draft '7'" in session.feed("/send 7")
    assert "Usage: /edit N text" in session.feed("/edit")


def test_a_piped_console_session_runs_the_demo_path(bot):
    script = "/as client Acme\nwe are sorry, give us another chance\n/as staff\n/send 1\n"
    out = io.StringIO()

    run_console(bot, stdin=io.StringIO(script), stdout=out)

    assert "Draft #1 for Acme Dental" in out.getvalue() and "Sent by you" in out.getvalue()


# -- the reference adapter (bot/adapters/transcript.py) shows the contract for drafts --------------------
ACME_CONVERSATION = "transcript:Acme Dental"


def test_through_the_reference_adapter_a_plea_becomes_a_draft_that_staff_send(transcript):
    transcript.client("Acme Dental", "we are so sorry, please give us one more chance") \
        .no_reply().staff_told("Draft #1 for Acme Dental", "one more chance", "Drafted reply")
    transcript.press("send", 1).sent_to(ACME_CONVERSATION, "Dana").staff_told("Sent by Sam at")
    transcript.press("send", 1).nothing_sent_to(ACME_CONVERSATION).replies("Already handled")


def test_through_the_reference_adapter_edits_drops_and_outsiders(transcript):
    transcript.client("Acme Dental", "why are you ending our contract?")
    transcript.client("Acme Dental", "can we come back on the old terms?")
    transcript.press("send", 1, staff=False).nothing_sent_to(ACME_CONVERSATION).replies("only the Northwind IT team")
    transcript.press("edit", 1, text="Late invoices, Dana. Sorry it came to this.") \
        .sent_to(ACME_CONVERSATION, "Late invoices, Dana.").staff_told("Edited and sent by Sam")
    transcript.press("drop", 2, reason="calling them").nothing_sent_to(ACME_CONVERSATION) \
        .staff_told("Don't send", "calling them")
