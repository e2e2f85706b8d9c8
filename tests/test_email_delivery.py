"""How replies and staff notices leave: SMTP submission (STARTTLS, implicit TLS, sign-in), failures
reported instead of lost, and staff notices in the chat platform's staff channel when there is one."""
import logging

import pytest

from bot.adapters.email import MailboxNotifier
from bot.cli import email_staff_notifiers
from bot.notify import ConsoleNotifier
from tests.support.mail import SMTP_PASSWORD, SMTP_USER, StaffRecorder
from tests.support.slack import BOT_TOKEN, STAFF_CHANNEL

AFTER_END = "Hi, can you just take a quick look at our firewall rules? It keeps dropping the VPN."
DANA = "dana@globex.example"


def test_replies_go_through_starttls_and_sign_in(make_mail, mail_server, relay_certificate):
    relay = mail_server(tls="starttls", cert=relay_certificate, login=(SMTP_USER, SMTP_PASSWORD))
    mail = make_mail(relay=relay, email_smtp_port=relay.port, email_smtp_security="starttls",
                     email_smtp_ca_file=relay_certificate[0], email_smtp_user=SMTP_USER,
                     email_smtp_password=SMTP_PASSWORD)
    mail.write(DANA, "Firewall", AFTER_END)
    [reply] = mail.replies()
    assert reply.tls and reply.authenticated


def test_replies_go_through_implicit_tls(make_mail, mail_server, relay_certificate):
    relay = mail_server(tls="tls", cert=relay_certificate)
    mail = make_mail(relay=relay, email_smtp_port=relay.port, email_smtp_security="tls",
                     email_smtp_ca_file=relay_certificate[0])
    mail.write(DANA, "Firewall", AFTER_END)
    [reply] = mail.replies()
    assert reply.tls


def test_a_relay_whose_certificate_is_not_trusted_gets_nothing_and_staff_are_told(make_mail, mail_server,
                                                                                  relay_certificate):
    relay = mail_server(tls="starttls", cert=relay_certificate, login=(SMTP_USER, SMTP_PASSWORD))
    chat = StaffRecorder()
    mail = make_mail(notices=[chat], relay=relay, email_smtp_port=relay.port, email_smtp_security="starttls",
                     email_smtp_user=SMTP_USER, email_smtp_password=SMTP_PASSWORD)   # no CA file: untrusted
    mail.write(DANA, "Firewall", AFTER_END)
    assert relay.caught == []
    [(title, text)] = chat.notices
    assert "could NOT send this reply" in text and "CERTIFICATE_VERIFY_FAILED" in text
    [row] = mail.logged()
    assert "delivery:" in row["error"]


def test_a_wrong_password_is_reported_and_never_logged(make_mail, mail_server, relay_certificate, caplog):
    relay = mail_server(tls="starttls", cert=relay_certificate, login=(SMTP_USER, SMTP_PASSWORD))
    chat = StaffRecorder()
    wrong = "wrong-password-7f3a"
    mail = make_mail(notices=[chat], relay=relay, email_smtp_port=relay.port, email_smtp_security="starttls",
                     email_smtp_ca_file=relay_certificate[0], email_smtp_user=SMTP_USER, email_smtp_password=wrong)
    with caplog.at_level(logging.DEBUG):
        mail.write(DANA, "Firewall", AFTER_END)
    assert relay.caught == []
    assert "535" in chat.notices[0][1]
    assert wrong not in caplog.text and wrong not in str(mail.logged()) and wrong not in repr(mail.bot.config)


def test_a_refused_reply_is_not_retried_and_a_busy_relay_is(make_mail, mail_server):
    relay = mail_server()
    mail = make_mail(notices=[StaffRecorder()], relay=relay, email_smtp_port=relay.port)
    mail.adapter.outbox.retry_delays = (0.0,)
    relay.refuse_next = ["451 4.3.0 try again later"]
    mail.write(DANA, "Firewall", AFTER_END)
    assert len(mail.replies()) == 1                      # the second attempt went through
    relay.refuse_next = ["554 5.7.1 rejected as spam", "250 OK"]
    mail.write(DANA, "VPN", AFTER_END)
    assert len(mail.replies()) == 1 and relay.refuse_next == ["250 OK"]   # one attempt, then staff told
    assert "554" in mail.logged()[-1]["error"]


def test_staff_notices_reach_the_slack_staff_channel_when_slack_is_configured(make_mail, fake):
    mail = make_mail(slack_bot_token=BOT_TOKEN, slack_api_url=fake.api_url, slack_staff_channel=STAFF_CHANNEL)
    notices = email_staff_notifiers(mail.bot, mail.adapter.staff_notifier())
    assert [n.platform for n in notices] == ["slack"]
    mail.adapter.notices = notices
    mail.write(DANA, "Firewall", AFTER_END)
    [post] = fake.wait_for("chat.postMessage")
    assert post.args["channel"] == STAFF_CHANNEL and "Globex Logistics" in fake.posted_texts()
    assert mail.staff_mail() == [] and len(mail.replies()) == 1


def test_without_a_chat_platform_staff_notices_go_to_the_staff_mailbox_else_the_console(make_mail):
    mail = make_mail()
    mailbox = mail.adapter.staff_notifier()
    assert email_staff_notifiers(mail.bot, mailbox) == [mailbox]
    bare = make_mail(email_staff_address="")
    [console] = email_staff_notifiers(bare.bot, bare.adapter.staff_notifier())
    assert isinstance(console, ConsoleNotifier)


def test_the_staff_mailbox_carries_reminders_and_notes_to_a_colleague(mail):
    notifier: MailboxNotifier = mail.adapter.staff_notifier()
    notifier.notify_staff("Acme Dental: one week to go", "Reminder")
    notifier.notify_person("priya@northwind.example", "Your client ends next week", "Reminder")
    notifier.notify_person("Priya", "Your client ends next week", "Reminder")
    to_staff, to_priya, named = mail.relay.caught
    assert to_staff.rcpt_tos == ["team@northwind.example"] and to_staff.message["Subject"] == "[Parting Ways] Reminder"
    assert to_priya.rcpt_tos == ["priya@northwind.example"]
    assert named.rcpt_tos == ["team@northwind.example"] and named.text.startswith("For Priya:")
    assert {c.message["Auto-Submitted"] for c in mail.relay.caught} == {"auto-generated"}


def test_staff_mail_that_comes_back_to_the_bot_is_not_answered(mail):
    mail.adapter.staff_notifier().notify_staff("Acme Dental: one week to go", "Reminder")
    [notice] = mail.relay.caught
    mail.deliver(notice.raw, envelope_from=notice.mail_from)
    assert len(mail.relay.caught) == 1
    assert mail.logged()[0]["action"] == "ignore"


def test_email_settings_are_checked_and_the_password_is_a_secret():
    from bot.config import ConfigError, load_config
    with pytest.raises(ConfigError, match="EMAIL_SMTP_SECURITY"):
        load_config(environ={"EMAIL_SMTP_SECURITY": "ssl"}, db_path=":memory:")
    with pytest.raises(ConfigError, match="EMAIL_ADDRESS"):
        load_config(environ={"EMAIL_ADDRESS": "a@b.example, c@d.example"}, db_path=":memory:")
    with pytest.raises(ConfigError, match="EMAIL_SMTP_USER"):
        load_config(environ={"EMAIL_SMTP_PASSWORD": "pw-123"}, db_path=":memory:")
    config = load_config(environ={"EMAIL_SMTP_USER": "u", "EMAIL_SMTP_PASSWORD": "pw-123", "EMAIL_SMTP_SECURITY": "TLS",
                                  "EMAIL_ADDRESS": "Offboarding@Northwind.example"}, db_path=":memory:")
    assert "pw-123" not in repr(config) and "pw-123" in config.secrets()
    assert (config.email_submission_port, config.email_own_domains) == (465, ("northwind.example",))
