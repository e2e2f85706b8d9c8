"""One client's offboarding timeline, walked through with a controllable clock."""
from datetime import date, datetime, timedelta, timezone

import pytest

from bot.reminders.schedule import add_months, due_instant, parse_when
from bot.reminders.runner import next_due, run_due
from tests.support.calendar import LONDON, day, london, today
from tests.support.reminders import FakeNotifier

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates

NOTICE, END = day(1), day(41)
TODAY_YEAR = today().year
EXPECTED_DAYS = {
    "notice given": NOTICE,
    "two weeks before the end date": END - timedelta(days=14),
    "one week before the end date": END - timedelta(days=7),
    "the day before the end date": END - timedelta(days=1),
    "the end date": END,
    "one week after the end date": END + timedelta(days=7),
    "one month after the end date": add_months(END, 1),
}


def timeline_steps(delivered):
    """The timeline's own reminders (checklist items reach their owners too: see test_checklist.py)."""
    return [d for d in delivered if d.client and d.kind != "checklist"]


def offboarding(bot, **facts):
    bot.clients.add("Acme Dental", status="transition", notice_date=NOTICE.isoformat(),
                    end_date=END.isoformat(), reason_category="late_payment", **facts)


def every_three_hours(first: date, last: date):
    moment = datetime.combine(first, datetime.min.time(), tzinfo=timezone.utc)
    while moment.date() <= last:
        yield moment
        moment += timedelta(hours=3)


def test_each_step_fires_once_on_its_day_and_never_early(rbot):
    offboarding(rbot)
    rbot.clients.set_owner("Acme Dental", "Priya", "slack", "U0PRIYA")
    slack = FakeNotifier("slack")
    arrivals = {}
    for now in every_three_hours(day(0), add_months(END, 1) + timedelta(days=3)):
        for delivered in timeline_steps(run_due(rbot, [slack], now)):
            arrivals.setdefault(delivered.title, []).append((now, delivered.late))

    assert sorted(arrivals) == sorted(f"Acme Dental: {label}" for label in EXPECTED_DAYS)
    for label, expected_day in EXPECTED_DAYS.items():
        staff_and_owner = arrivals[f"Acme Dental: {label}"]
        assert len(staff_and_owner) == 2, label  # the staff channel and Priya, once each
        for now, late in staff_and_owner:
            local = now.astimezone(LONDON)
            assert local.date() == expected_day and local.hour >= 9, (label, local)
            assert not late
    # her DM, by her Slack id
    assert len([title for title in slack.titles("U0PRIYA") if "checklist" not in title]) == len(EXPECTED_DAYS)


def test_running_again_sends_nothing_more(rbot):
    offboarding(rbot)
    slack = FakeNotifier("slack")
    end_day = london(END, 9, 30)
    first = run_due(rbot, [slack], end_day)
    # yesterday's is within the catch-up cut-off, so it comes too (marked late), once
    assert [(d.kind, d.late) for d in timeline_steps(first)] == [("day_before", True), ("end_date", False)]
    for _ in range(3):
        assert run_due(rbot, [slack], end_day) == []
        assert run_due(rbot, [slack], end_day + timedelta(hours=5)) == []


def test_the_texts_carry_the_advice_of_each_step(rbot):
    offboarding(rbot)
    slack = FakeNotifier("slack")
    texts = {}
    for label, when in EXPECTED_DAYS.items():
        for delivered in run_due(rbot, [slack], london(when, 9, 30)):
            texts[delivered.kind] = delivered.text
    assert "Hold the decision" in texts["notice"] and "reason, plainly: late payment" in texts["notice"]
    assert "external drive" in texts["two_weeks_before"] and "email provider" in texts["one_week_before"]
    assert "Nothing gets switched off, revoked or deleted early" in texts["day_before"]
    assert "Credentials" in texts["day_before"] and "Domains" in texts["day_before"]
    assert "polite, firm no" in texts["end_date"]
    assert "Final invoice" in texts["week_after"] and "uninstalled" in texts["week_after"]
    assert "former client" in texts["month_after"]


def test_a_recorded_new_provider_changes_the_countdown_advice(rbot):
    offboarding(rbot, new_provider="BrightPath IT", new_provider_contact="help@brightpath.example")
    delivered = run_due(rbot, [FakeNotifier()], london(EXPECTED_DAYS["two weeks before the end date"], 10))
    text = next(d.text for d in delivered if d.kind == "two_weeks_before")
    assert "BrightPath IT (help@brightpath.example)" in text and "external drive" not in text


def test_every_sent_reminder_is_logged_as_a_staff_interaction(rbot):
    offboarding(rbot)
    run_due(rbot, [FakeNotifier("teams")], london(NOTICE, 9))
    rows = [r for r in rbot.storage.recent_interactions(client="Acme Dental") if r["action"] == "reminder"]
    assert len(rows) == 1
    assert rows[0]["platform"] == "teams" and rows[0]["audience"] == "staff"
    assert rows[0]["intent"] == "reminder:notice" and "Hold the decision" in rows[0]["reply_text"]


def test_short_notice_skips_countdown_steps_that_fall_before_the_notice(rbot):
    # two weeks before the end would be three days before the notice: close enough to be caught up
    # on, so only the rule about the notice date keeps it out
    rbot.clients.add("Initech", status="transition", notice_date=day(1).isoformat(), end_date=day(12).isoformat())
    labels = []
    for now in every_three_hours(day(0), day(14)):
        labels += [d.title for d in timeline_steps(run_due(rbot, [FakeNotifier()], now))]
    assert labels == ["Initech: notice given", "Initech: one week before the end date",
                      "Initech: the day before the end date", "Initech: the end date"]


def test_next_due_names_the_coming_step(rbot):
    offboarding(rbot)
    assert next_due(rbot, "acme dental", london(day(0), 12)) == f"{NOTICE.isoformat()}: notice given"
    run_due(rbot, [FakeNotifier()], london(NOTICE, 9))
    assert next_due(rbot, "Acme Dental", london(NOTICE, 10)) == \
        f"{(END - timedelta(days=14)).isoformat()}: two weeks before the end date"
    assert next_due(rbot, "Nobody Ltd", london(NOTICE, 10)) is None


def test_active_clients_get_no_reminders(rbot):
    rbot.clients.add("Initech", status="active")
    assert next_due(rbot, "Initech", london(day(0), 12)) is None


# -- time zones -------------------------------------------------------------------------
def last_sunday(year: int, month: int) -> date:
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


@pytest.mark.parametrize("month, utc_hour_before, utc_hour_after", [(3, 9, 8), (10, 8, 9)])
def test_nine_oclock_london_is_the_right_utc_instant_across_the_clock_change(month, utc_hour_before, utc_hour_after):
    change = last_sunday(TODAY_YEAR + 1, month)
    assert due_instant(change - timedelta(days=1), 9, "Europe/London").hour == utc_hour_before
    assert due_instant(change + timedelta(days=1), 9, "Europe/London").hour == utc_hour_after


@pytest.mark.parametrize("month", [3, 10])
def test_reminders_either_side_of_the_clock_change_fire_at_local_nine(rbot, month):
    change = last_sunday(TODAY_YEAR + 1, month)  # clocks change at 01:00 UTC that Sunday
    rbot.clients.add("Acme Dental", status="transition", notice_date=(change - timedelta(days=5)).isoformat(),
                     end_date=change.isoformat())
    # the day before falls on Saturday (old offset), the end date on the Sunday (new offset)
    for local_day, kind in ((change - timedelta(days=1), "day_before"), (change, "end_date")):
        nine = due_instant(local_day, 9, "Europe/London")
        assert nine.astimezone(LONDON).hour == 9
        early = run_due(rbot, [FakeNotifier()], nine - timedelta(minutes=1))
        assert [d.kind for d in early if d.kind in ("day_before", "end_date")] == []
        assert [d.kind for d in timeline_steps(run_due(rbot, [FakeNotifier()], nine))] == [kind]


def test_a_client_in_another_time_zone_is_reminded_at_its_own_nine(rbot):
    end = day(30)
    rbot.clients.add("Globex", status="transition", notice_date=day(1).isoformat(), end_date=end.isoformat(),
                     timezone="America/New_York")
    new_york_nine = due_instant(end, 9, "America/New_York")
    assert new_york_nine.hour in (13, 14)  # 09:00 EDT or EST in UTC
    assert [d for d in run_due(rbot, [FakeNotifier()], london(end, 12)) if d.kind == "end_date"] == []
    assert [d.kind for d in timeline_steps(run_due(rbot, [FakeNotifier()], new_york_nine))] == ["end_date"]


def test_the_clock_must_be_aware(rbot):
    with pytest.raises(ValueError, match="timezone-aware"):
        run_due(rbot, [FakeNotifier()], datetime(2026, 12, 1, 9))


def test_weekday_names_mean_the_next_such_day():
    thursday = date(2026, 11, 26)
    assert parse_when("friday", thursday) == date(2026, 11, 27)
    assert parse_when("Thu", thursday) == date(2026, 12, 3)
    assert parse_when("tomorrow", thursday) == date(2026, 11, 27)
    assert parse_when("2026-12-04", thursday) == date(2026, 12, 4)
