"""Hostile mail through the email adapter's reading and writing, without a server in the way:
reading never raises, and whatever a sender puts in a subject or name, a reply goes to one
address with every header on one line."""
from email import policy
from email.parser import BytesParser

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.adapters.email import etiquette
from bot.adapters.email.outbound import ReplyTo, compose_reply
from bot.adapters.email.parse import ADDRESS, new_text, parse
from bot.config import load_config
from tests.test_fuzz import hostile_text

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
CONFIG = load_config(environ={}, db_path=":memory:", email_address="offboarding@northwind.example")

header_junk = st.lists(st.sampled_from(list("\r\n\t :;,<>\"()=?@bcBCcq_") + [
    "=?utf-8?q?", "?=", "=0D=0A", "Bcc:", "\u2028", "\x00", "dana@globex.example", "\udc80"]), max_size=30).map("".join)
mail_bytes = st.one_of(
    st.binary(max_size=3000),
    st.tuples(header_junk, header_junk, st.sampled_from(["text/plain", "text/html", "multipart/mixed",
                                                         "multipart/alternative; boundary=x", "message/rfc822"]),
              st.sampled_from(["utf-8", "x-unknown", "iso-8859-1", "utf-7", ""]), st.binary(max_size=500))
    .map(lambda t: (f"From: {t[0]}\r\nSubject: {t[1]}\r\nContent-Type: {t[2]}; charset=\"{t[3]}\"\r\n\r\n")
         .encode("utf-8", "surrogateescape") + t[4]),
)


@FUZZ
@given(mail_bytes)
@example(b"From: =?utf-8?q?Dana=0D=0ABcc:_x@evil.example?= <dana@globex.example>\r\n"
         b"Subject: =?utf-8?q?Hi=0D=0ABcc:_x@evil.example?=\r\nAuto-Submitted: =?utf-8?q?no=0D=0Ax?=\r\n\r\nhi")
def test_reading_any_bytes_never_raises_and_yields_only_safe_fields(raw):
    mail = parse(raw, etiquette.HEADERS)
    assert mail.sender == "" or ADDRESS.fullmatch(mail.sender)
    for field in (mail.subject, mail.sender_name, mail.message_id, *mail.headers.values()):
        assert "\n" not in field and "\r" not in field
    etiquette.why_not_answer(mail, None, CONFIG.email_address, ("northwind.example",))


@FUZZ
@given(hostile_text, hostile_text, hostile_text)
def test_a_reply_goes_to_one_address_whatever_the_subject_and_name(subject, name, text):
    reply = compose_reply(CONFIG, ReplyTo("dana@globex.example", name, subject, "<a@b.example>"), text)
    wire = reply.as_bytes(policy=policy.SMTP)
    again = BytesParser(policy=policy.default).parsebytes(wire)
    assert [a.addr_spec for a in again["To"].addresses] == ["dana@globex.example"]
    assert again["Bcc"] is None and again["Cc"] is None
    assert again["Subject"].strip().startswith(("Re:", "RE:", "re:", "rE:"))   # a long first word may fold


@FUZZ
@given(hostile_text)
def test_quote_stripping_never_raises(text):
    assert isinstance(new_text(text), str)
