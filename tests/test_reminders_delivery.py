"""Catch-up after downtime, changed and cancelled offboardings, failing platforms, the digest, the loop."""
import pytest
import threading
from datetime import timedelta

from bot.reminders.commands import agenda
from bot.reminders.schedule import due_instant
from bot.reminders.runner import MAX_ATTEMPTS, run_due, start_reminder_loop
from tests.support.calendar import LONDON, day, london
from tests.support.reminders import FakeNotifier

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

END = day(30)
TWO_WEEKS, ONE_WEEK = END - timedelta(days=14), END - timedelta(days=7)


def offboarding(bot, **facts):
    bot.clients.add("Acme Dental", status="transition", notice_date=day(1).isoformat(), end_date=END.isoformat(),
                    **facts)


def client_reminders(delivered):
    """The timeline's reminders about clients (checklist items reach their owners too: see test_checklist.py)."""
    return [d for d in delivered if d.client and d.kind != "checklist"]


# -- downtime ---------------------------------------------------------------------------
def test_after_downtime_what_fell_due_is_sent_once_and_marked_late(rbot):
    offboarding(rbot)
    slack = FakeNotifier("slack")
    back_up = london(TWO_WEEKS + timedelta(days=2), 11, 15)  # down for two days past its 09:00
    delivered = client_reminders(run_due(rbot, [slack], back_up))
    assert [(d.kind, d.late) for d in delivered] == [("two_weeks_before", True)]
    assert delivered[0].text.startswith("(late: was due ")
    assert "at 09:00" in delivered[0].text.splitlines()[0]
    assert client_reminders(run_due(rbot, [slack], back_up + timedelta(minutes=1))) == []
    line = next(line for line in agenda(rbot, back_up, "Acme Dental") if "two weeks before" in line)
    assert "slack staff: sent late" in line


def test_what_is_older_than_the_cut_off_is_recorded_as_skipped(rbot):
    offboarding(rbot)
    slack = FakeNotifier("slack")
    back_up = london(ONE_WEEK + timedelta(days=1), 10)  # the notice (4 weeks ago) and two-week step are stale
    delivered = client_reminders(run_due(rbot, [slack], back_up))
    assert [d.kind for d in delivered] == ["one_week_before"]
    lines = agenda(rbot, back_up, "Acme Dental")
    assert any("notice given" in line and "skipped (older than the 3-day cut-off)" in line for line in lines)
    assert any("two weeks before" in line and "skipped" in line for line in lines)
    assert any("the end date" in line and "upcoming" in line for line in lines)


def test_the_cut_off_is_configurable(make_bot, tmp_path):
    bot = make_bot(tmp_path, reminder_cutoff_days=10)
    offboarding(bot)
    delivered = client_reminders(run_due(bot, [FakeNotifier()], london(ONE_WEEK + timedelta(days=1), 10)))
    assert [d.kind for d in delivered] == ["two_weeks_before", "one_week_before"]


# -- changed and cancelled offboardings ---------------------------------------------------
def test_a_changed_end_date_retires_the_old_schedule_and_follows_the_new_one(rbot):
    offboarding(rbot)
    teams = FakeNotifier("teams", failing=True)
    run_due(rbot, [teams], london(TWO_WEEKS, 9))  # fails: now waiting for a retry
    new_end = END + timedelta(days=10)
    rbot.clients.set_end("Acme Dental", new_end.isoformat())
    teams.failing = False

    retry_time = london(TWO_WEEKS, 12)
    assert client_reminders(run_due(rbot, [teams], retry_time)) == []  # the old date's reminder is not sent
    assert any("cancelled" in line for line in agenda(rbot, retry_time, "Acme Dental"))
    assert client_reminders(run_due(rbot, [teams], london(ONE_WEEK, 9, 30))) == []  # old one-week date: nothing
    new_two_weeks = new_end - timedelta(days=14)
    delivered = client_reminders(run_due(rbot, [teams], london(new_two_weeks, 9, 30)))
    assert [d.kind for d in delivered] == ["two_weeks_before"]
    assert new_end.strftime("%B") in delivered[0].text


def test_a_cancelled_offboarding_sends_nothing_more(rbot):
    offboarding(rbot, account_owner="Priya")
    slack = FakeNotifier("slack", failing=True)
    run_due(rbot, [slack], london(TWO_WEEKS, 9))
    rbot.clients.cancel_offboarding("Acme Dental")
    slack.failing = False
    received = []
    moment = london(TWO_WEEKS, 12)
    while moment < london(END + timedelta(days=40), 12):
        received += client_reminders(run_due(rbot, [slack], moment))
        moment += timedelta(hours=6)
    assert received == [] and slack.about_clients() == []


# -- failing platforms ------------------------------------------------------------------
def test_a_failing_platform_does_not_hold_up_the_others_and_is_retried_later(rbot):
    offboarding(rbot)
    slack, teams, console = FakeNotifier("slack"), FakeNotifier("teams", failing=True), FakeNotifier("console")
    first = run_due(rbot, [slack, teams, console], london(TWO_WEEKS, 9))
    assert sorted(d.platform for d in client_reminders(first)) == ["console", "slack"]
    assert teams.received == []

    teams.failing = False
    assert run_due(rbot, [slack, teams, console], london(TWO_WEEKS, 9, 1)) == []  # backing off for now
    retried = run_due(rbot, [slack, teams, console], london(TWO_WEEKS, 9, 30))
    assert [(d.platform, d.kind) for d in client_reminders(retried)] == [("teams", "two_weeks_before")]
    assert len(slack.about_clients()) == len(console.about_clients()) == len(teams.about_clients()) == 1


def test_retries_stop_after_a_bounded_number_of_attempts(rbot):
    offboarding(rbot)
    teams = FakeNotifier("teams", failing=True)
    moment = london(TWO_WEEKS, 9)
    for _ in range(40):
        run_due(rbot, [teams], moment)
        moment += timedelta(hours=1)
    assert len([title for title in teams.tried if "two weeks before" in title]) == MAX_ATTEMPTS
    line = next(line for line in agenda(rbot, moment, "Acme Dental") if "two weeks before" in line)
    assert f"gave up after {MAX_ATTEMPTS} attempts" in line and "unreachable" in line


def test_a_notifier_that_crashes_is_treated_like_a_failed_delivery(rbot):
    offboarding(rbot)

    class Broken(FakeNotifier):
        def notify_staff(self, text, title=""):
            raise KeyError("bug in an adapter")

    slack = FakeNotifier("slack")
    delivered = run_due(rbot, [Broken("teams"), slack], london(TWO_WEEKS, 9))
    assert [d.platform for d in client_reminders(delivered)] == ["slack"]


# -- the weekly digest ------------------------------------------------------------------
def test_the_digest_goes_out_once_a_week_on_the_configured_day_and_hour(make_bot, tmp_path):
    bot = make_bot(tmp_path, digest_day="wednesday", digest_hour=15)
    offboarding(bot)
    bot.clients.add("Globex Logistics", status="ended", notice_date=day(-40).isoformat(),
                    end_date=day(-5).isoformat())
    bot.clients.add("Initech", status="active")
    slack = FakeNotifier("slack")
    digests = []
    moment = london(day(0), 0)
    while moment < london(day(21), 0):
        # A digest that fell due just before the window is caught up (late) at its start: not this week's.
        digests += [(moment, d) for d in run_due(bot, [slack], moment) if d.kind == "digest" and not d.late]
        moment += timedelta(hours=2)
    assert len(digests) == 3
    for moment, _ in digests:
        local = moment.astimezone(LONDON)
        assert local.strftime("%A") == "Wednesday" and local.hour >= 15, local
        assert moment - due_instant(local.date(), 15, "Europe/London") < timedelta(hours=2)
    text = digests[0][1].text
    assert "Acme Dental" in text and "no new provider yet" in text
    assert "Globex Logistics" in text and "loose ends" in text
    assert "Initech" not in text
    assert all(d.recipient == "staff" for _, d in digests)


def test_a_week_with_nobody_in_transition_sends_no_digest(rbot):
    rbot.clients.add("Initech", status="active")
    slack = FakeNotifier("slack")
    for offset in range(8):
        run_due(rbot, [slack], london(day(offset), 18))
    assert slack.received == []


# -- the background loop ----------------------------------------------------------------
def test_the_loop_delivers_in_a_daemon_thread_and_stops_on_request(rbot):
    offboarding(rbot)
    slack = FakeNotifier("slack")
    stop = threading.Event()
    thread = start_reminder_loop(rbot, [slack], interval_seconds=3600, stop_event=stop,
                                 clock=lambda: london(TWO_WEEKS, 9, 5))
    assert thread.daemon
    assert slack.got_one.wait(10)
    stop.set()
    thread.join(10)
    assert not thread.is_alive()
    assert "Acme Dental: two weeks before the end date" in slack.titles()
