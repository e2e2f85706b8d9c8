"""`python app.py reminders run` reaches the platforms that are configured."""
import pytest
from bot.cli import main
from tests.support.slack import FakeSlack

pytestmark = pytest.mark.calendar  # date-sensitive: CI runs it at several pinned dates


def test_cron_run_posts_due_reminders_to_the_slack_staff_channel(tmp_path, capsys, monkeypatch):
    fake = FakeSlack().start()
    try:
        monkeypatch.setenv("PARTING_WAYS_REMINDER_HOUR", "0")  # a reminder for today is due at once
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        monkeypatch.setenv("SLACK_STAFF_CHANNEL", "C0STAFF")
        db = ["--db", str(tmp_path / "bot.db")]
        assert main(db + ["clients", "add", "Acme Dental"]) == 0
        assert main(db + ["reminders", "add", "Acme Dental", "today", "ring", "BrightPath"]) == 0
        capsys.readouterr()
        assert main(db + ["reminders", "run"]) == 0
        out = capsys.readouterr().out
        posted = fake.wait_for("chat.postMessage")[0].args
        assert posted["channel"] == "C0STAFF" and "Ring BrightPath" in fake.posted_texts()
        assert "[to the team]" not in out and "Sent 1 reminder delivery." in out
        assert main(db + ["reminders", "run"]) == 0
        assert len(fake.calls("chat.postMessage")) == 1, "a reminder is delivered once"
    finally:
        fake.close()


def test_without_platforms_the_cron_run_prints_to_the_console(tmp_path, capsys, monkeypatch):
    for name in ("SLACK_BOT_TOKEN", "TEAMS_STAFF_CONVERSATION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PARTING_WAYS_REMINDER_HOUR", "0")
    db = ["--db", str(tmp_path / "bot.db")]
    main(db + ["clients", "add", "Acme Dental"])
    main(db + ["reminders", "add", "Acme Dental", "today", "ring", "BrightPath"])
    capsys.readouterr()
    main(db + ["reminders", "run"])
    assert "[to the team] Reminder for Acme Dental" in capsys.readouterr().out
