"""Email as a platform, end to end: real SMTP into the bot's listener, real SMTP out to a relay."""
from email.utils import make_msgid

import pytest

from bot.adapters.email import EmailAdapter
from bot.adapters.email.parse import new_text
from bot.contract import Adapter
from responses.render import long_date
from tests.support import calendar
from tests.support.mail import BOT_ADDRESS, STAFF_ADDRESS, StaffRecorder, auto_response, client_message

pytestmark = pytest.mark.calendar  # replies name dates relative to the pinned day

AFTER_END = "Hi, can you just take a quick look at our firewall rules? It keeps dropping the VPN."
DANA = "dana@globex.example"       # Globex Logistics: support ended two weeks ago
PRIYA = "priya@acmedental.example"  # Acme Dental: in transition


def test_the_email_adapter_satisfies_the_contract(mail):
    assert isinstance(mail.adapter, Adapter)
    assert mail.adapter.staff_notifier().platform == EmailAdapter.platform == "email"


def test_a_former_client_gets_one_polite_decline_naming_the_end_date_threaded_under_their_message(mail):
    sent = mail.write(DANA, "Firewall", AFTER_END, name="Dana Reyes",
                      In_Reply_To="<older@globex.example>", References="<first@globex.example> <older@globex.example>")
    [reply] = mail.replies()
    assert reply.rcpt_tos == [DANA] and reply.mail_from == BOT_ADDRESS
    message = reply.message
    assert message["From"].addresses[0].addr_spec == BOT_ADDRESS
    assert message["Subject"] == "Re: Firewall"
    assert message["In-Reply-To"] == sent["Message-ID"]
    assert message["References"].split() == ["<first@globex.example>", "<older@globex.example>", sent["Message-ID"]]
    assert message["Auto-Submitted"] == "auto-replied"
    assert long_date(calendar.day(-14)) in reply.text          # the end date, in words
    assert "Dana" in reply.text and reply.text.rstrip().endswith("Northwind IT")  # greeting and firm signature
    [told] = mail.staff_mail()
    assert "Globex Logistics" in told.text and "Firewall" in told.text


def test_a_reply_subject_is_not_prefixed_twice(mail):
    mail.write(DANA, "RE: Firewall", AFTER_END)
    assert mail.replies()[0].message["Subject"] == "RE: Firewall"


def test_a_client_in_transition_asking_for_its_data_is_handed_to_a_person_with_the_handover_drafted(mail):
    """Who collects a copy of their data, and when, is agreed by a person: staff get the message and a draft."""
    mail.write(PRIYA, "Our data", "Could you send us a full export of all our data and backups before we move?",
               name="Priya Shah")
    assert mail.replies(PRIYA) == []
    [told] = mail.staff_mail()
    assert "Acme Dental" in told.text and "external drive" in told.text and long_date(calendar.day(20)) in told.text
    [row] = mail.logged()
    assert (row["client"], row["principle"], row["action"]) == ("Acme Dental", "helpful", "handoff")


def test_the_interaction_log_keeps_the_message_id_and_only_the_new_text(mail):
    body = (f"{AFTER_END}\n\nThanks,\nDana\n\n--\nDana Reyes | Office Manager\nGlobex Logistics\n\n"
            "On Mon, 16 Nov 2026 at 09:00, Northwind IT <offboarding@northwind.example> wrote:\n"
            "> We are sorry to see you go. Please give us one more chance.\n")
    sent = mail.write(DANA, "Firewall", body)
    [row] = mail.logged()
    assert row["message_id"] == sent["Message-ID"]
    assert row["text"] == AFTER_END
    assert row["sender_id"] == DANA and row["platform"] == "email"


@pytest.mark.parametrize("headers, kind", [
    ({"Auto_Submitted": "auto-replied"}, "Auto-Submitted"),
    ({"X_Auto_Response_Suppress": "All"}, "X-Auto-Response-Suppress"),
    ({"Precedence": "bulk"}, "Precedence: bulk"),
    ({"List_Id": "<offboarding.lists.globex.example>"}, "list-id"),
    ({"Return_Path": "<>"}, "Return-Path"),
])
def test_auto_generated_and_list_mail_gets_nothing(mail, headers, kind):
    mail.write(DANA, "Firewall", AFTER_END, **headers)
    assert mail.relay.caught == []                        # no reply, and nobody bothered
    [row] = mail.logged()
    assert row["action"] == "ignore" and kind.lower() in row["error"].lower()


def test_the_same_message_without_those_headers_is_answered(mail):
    """The control for the test above: what it sends is otherwise answered."""
    mail.write(DANA, "Firewall", AFTER_END)
    assert len(mail.replies()) == 1


def test_an_out_of_office_reply_gets_nothing(mail):
    mail.write(DANA, "Automatic reply: Your support", "I am out of the office until Monday. For anything urgent "
               "please call the front desk.", Auto_Submitted="auto-replied", X_Auto_Response_Suppress="All")
    mail.write("front@globex.example", "Out of Office: Firewall", AFTER_END)  # a responder without the headers
    assert mail.relay.caught == []


def test_a_bounce_gets_nothing(mail):
    bounce = client_message("MAILER-DAEMON@mx.globex.example", "Undelivered Mail Returned to Sender",
                            f"This is the mail system at host mx.globex.example.\n\n{AFTER_END}")
    bounce.replace_header("Content-Type", 'multipart/report; report-type=delivery-status; boundary="b"')
    mail.deliver(bounce, envelope_from="")
    raw = (b"From: Mail Delivery System <mailer-daemon@globex.example>\r\nTo: offboarding@northwind.example\r\n"
           b"Subject: Delivery Status Notification (Failure)\r\nMessage-ID: <dsn1@globex.example>\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\n" + AFTER_END.encode() + b"\r\n--b\r\n"
           b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.example\r\n\r\n--b--\r\n")
    mail.deliver(raw, envelope_from="")
    assert mail.relay.caught == []
    assert [row["action"] for row in mail.logged()] == ["ignore", "ignore"]


def test_a_mailing_list_message_gets_nothing(mail):
    mail.write("it-news@globex.example", "Firewall", AFTER_END, List_Id="IT news <it-news.globex.example>",
               List_Unsubscribe="<mailto:leave@globex.example>", Precedence="list")
    assert mail.relay.caught == []


@pytest.mark.parametrize("sender", ["no-reply@globex.example", "noreply@globex.example",
                                    "do-not-reply@globex.example", "postmaster@globex.example",
                                    "mailer-daemon@globex.example", "alerts-noreply@globex.example"])
def test_a_no_reply_sender_gets_nothing(mail, sender):
    mail.write(sender, "Firewall", AFTER_END)
    assert mail.relay.caught == []
    assert mail.logged()[0]["action"] == "ignore"


def test_our_own_messages_and_colleagues_get_nothing(mail):
    mail.write(BOT_ADDRESS, "Firewall", AFTER_END)
    mail.write("sam@northwind.example", "Fwd: Firewall", AFTER_END)
    assert mail.relay.caught == []
    ours, colleague = mail.logged()
    assert "our own messages came back" in ours["error"] and "from our own domain" in colleague["error"]


def test_the_same_message_id_delivered_twice_is_answered_once(mail):
    message = client_message(DANA, "Firewall", AFTER_END)
    mail.deliver(message)
    mail.deliver(message)
    assert len(mail.replies()) == 1
    assert len(mail.logged()) == 1


@pytest.mark.parametrize("threaded", [True, False], ids=["threaded", "unthreaded"])
def test_a_loop_with_another_auto_responder_stops_after_one_reply(mail, threaded):
    """The other responder marks nothing as automatic and answers everything, at once."""
    mail.write(DANA, "Firewall", AFTER_END)
    answered = 0
    for _ in range(5):
        new = mail.replies()[answered:]
        if not new:
            break
        answered += len(new)
        for reply in new:
            mail.deliver(auto_response(reply, DANA, AFTER_END, threaded=threaded))
    assert len(mail.replies()) == 1
    assert [row["action"] for row in mail.logged()] == ["reply", "handoff"]


def test_a_responder_that_says_it_is_automatic_is_ignored_outright(mail):
    mail.write(DANA, "Firewall", AFTER_END)
    mail.deliver(auto_response(mail.replies()[0], DANA, AFTER_END, Auto_Submitted="auto-replied"))
    assert len(mail.replies()) == 1
    assert [row["action"] for row in mail.logged()] == ["reply", "ignore"]


def test_another_thread_from_the_same_sender_is_answered(mail):
    mail.write(DANA, "Firewall", AFTER_END)
    mail.write(DANA, "Printer", "Could you quickly fix the printer in reception for us? It has jammed again.")
    assert len(mail.replies(DANA)) == 2


def test_an_unknown_sender_goes_to_a_person(mail):
    mail.write("someone@unknown.example", "Firewall", AFTER_END, name="Sol")
    assert mail.replies() == []
    [told] = mail.staff_mail()
    assert "someone@unknown.example" in told.text and told.message["Subject"] == "[Parting Ways] A person needs to answer"


def test_an_active_clients_mail_is_left_to_the_help_desk(mail):
    mail.write("bob@initech.example", "Printer", "Our printer is jammed again, can someone come over?")
    assert mail.relay.caught == []
    assert mail.logged()[0]["action"] == "ignore"


def test_a_linked_address_and_a_subdomain_belong_to_the_client(mail):
    mail.bot.clients.link("Globex Logistics", "email", "globex.boss@mailbox.example")
    mail.write("globex.boss@mailbox.example", "Firewall", AFTER_END)
    mail.write("ops@mail.globex.example", "VPN", AFTER_END)
    assert [row["client"] for row in mail.logged()] == ["Globex Logistics", "Globex Logistics"]
    assert len(mail.replies()) == 2


def test_an_html_only_message_is_read_without_its_scripts_or_quoted_history(mail):
    html = ("<html><head><style>p{color:red}</style><script>alert('x');document.location='https://evil.example'"
            "</script></head><body><p>Hi,</p><p>can you just take a quick look at our firewall rules? "
            "It keeps dropping the VPN.</p><script>steal()</script>"
            "<div class=\"gmail_quote\">On Monday you wrote:<blockquote>please give us another chance</blockquote>"
            "</div></body></html>")
    message = client_message(DANA, "Firewall", "placeholder")
    message.set_content(html, subtype="html")
    mail.deliver(message)
    [row] = mail.logged()
    assert "firewall rules" in row["text"]
    for unwanted in ("alert", "steal", "<", "color", "another chance"):
        assert unwanted not in row["text"]
    assert len(mail.replies()) == 1
    assert "steal" not in mail.staff_mail()[0].text


def test_attachments_are_noted_for_staff_but_not_kept(mail):
    message = client_message(DANA, "Firewall", AFTER_END)
    message.add_attachment(b"\x89PNG fake screenshot" * 100, maintype="image", subtype="png", filename="firewall.png")
    mail.deliver(message)
    notice = mail.staff_mail()[0].text
    assert "firewall.png (image/png" in notice
    assert "PNG fake" not in str(mail.logged())


def test_staff_notices_go_to_the_chat_platform_when_one_is_configured(make_mail):
    chat = StaffRecorder()
    mail = make_mail(notices=[chat])
    mail.write(DANA, "Firewall", AFTER_END)
    assert len(mail.replies()) == 1 and mail.staff_mail() == []
    [(title, text)] = chat.notices
    assert title == "Client message answered" and "Globex Logistics" in text


def test_quoted_history_and_signatures_are_stripped_in_several_languages():
    assert new_text("Bitte senden Sie uns die Daten.\n\nMit freundlichen Grüßen\nDana\n\n"
                    "Am 16.11.2026 um 09:00 schrieb Northwind IT <a@b.example>:\n> alt") == \
        "Bitte senden Sie uns die Daten."
    assert new_text("Please send the data.\n\nSent from my iPhone") == "Please send the data."
    assert new_text("> quoted on top\nmy answer") == "my answer"
    assert new_text("Please send the data.\n-----Original Message-----\nFrom: Northwind IT\nSent: Monday\n"
                    "Subject: x\n\nold") == "Please send the data."


def test_unique_message_ids_are_what_repeats_are_judged_by(mail):
    mail.write(DANA, "Firewall", AFTER_END, message_id=make_msgid(domain="globex.example"))
    mail.write(DANA, "VPN", AFTER_END, message_id=make_msgid(domain="globex.example"))
    assert len(mail.replies()) == 2


def test_email_link_on_the_command_line_makes_an_address_a_clients(tmp_path, mail_settings):
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    db = tmp_path / "cli.db"

    def app(*args, env=None):
        return subprocess.run([sys.executable, "app.py", "--db", str(db), *args], cwd=root, capture_output=True,
                              text=True, timeout=120, env=env)
    assert app("clients", "add", "Globex Logistics").returncode == 0
    done = app("email", "link", "Boss@Mailbox.example", "Globex", "Logistics")
    assert done.returncode == 0 and "boss@mailbox.example is now Globex Logistics's" in done.stdout
    bad = app("email", "link", "not an address", "Globex Logistics")
    assert bad.returncode == 2 and bad.stderr.startswith("error:")
    missing = app("email", env={"PATH": "/usr/bin:/bin"})
    assert missing.returncode == 2 and "EMAIL_ADDRESS is not set" in missing.stderr
    relay, settings = mail_settings
    env = {"PATH": "/usr/bin:/bin", "EMAIL_ADDRESS": "offboarding@northwind.example", "EMAIL_SMTP_HOST": "127.0.0.1",
           "EMAIL_SMTP_PORT": str(settings["email_smtp_port"]), "EMAIL_SMTP_SECURITY": "none"}
    checked = app("email", "check", env=env)
    assert checked.returncode == 0 and "replies will come from offboarding@northwind.example" in checked.stdout
    refused = app("email", "check", env={**env, "EMAIL_SMTP_PORT": "1"})
    assert refused.returncode == 2 and "could not sign in" in refused.stderr


def test_python_app_py_email_answers_over_smtp_until_interrupted(tmp_path, mail_settings):
    """The wiring in bot/cli.py, as an operator runs it (real time, so the client ended long ago)."""
    import signal
    import smtplib
    import subprocess
    import sys
    import time
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    db = str(tmp_path / "serve.db")
    relay, settings = mail_settings
    env = {"PATH": "/usr/bin:/bin", "EMAIL_ADDRESS": BOT_ADDRESS, "EMAIL_SMTP_HOST": "127.0.0.1",
           "EMAIL_SMTP_PORT": str(settings["email_smtp_port"]), "EMAIL_SMTP_SECURITY": "none",
           "EMAIL_STAFF_ADDRESS": STAFF_ADDRESS, "PARTING_WAYS_REPLY_MODE": "auto"}
    subprocess.run([sys.executable, "app.py", "--db", db, "clients", "add", "Globex Logistics", "--end-date",
                    "2020-01-31", "--email-domain", "globex.example"], cwd=root, env=env, check=True,
                   capture_output=True, timeout=120)
    # As deploy/parting-ways@.service runs it: `parting-ways email --host 127.0.0.1`.
    server = subprocess.Popen([sys.executable, "app.py", "--db", db, "email", "--host", "127.0.0.1", "--port", "0"],
                              cwd=root,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = server.stdout.readline()
        assert "SMTP on 127.0.0.1:" in banner and "staff notices to email" in banner
        port = int(banner.split("SMTP on 127.0.0.1:")[1].split(";")[0])
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.send_message(client_message(DANA, "Firewall", AFTER_END))
        deadline = time.monotonic() + 30
        while len(relay.caught) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sorted(c.rcpt_tos[0] for c in relay.caught) == [DANA, STAFF_ADDRESS]
        assert "31 January 2020" in relay.to(DANA)[0].text
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(30) == 130
        server.stdout.close()
        server.stderr.close()
