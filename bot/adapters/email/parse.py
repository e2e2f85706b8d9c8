"""Raw mail in, what the bot needs out: who wrote, in which thread, and only the new text.

Parsing uses the standard library's email package (policy.default). Nothing here raises
for bad input: what could not be read is listed in ``problems`` (a person should look)
and what was read with a fallback in ``notes`` (logged). Attachments are noted, never kept.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email import errors as mail_errors
from email import policy
from email.message import Message
from email.parser import BytesParser
from html.parser import HTMLParser

from mailparser_reply import EmailReplyParser

MAX_TEXT_CHARS = 20_000     # of a body handed to quote stripping (its regexes grow with the text)
MAX_SUBJECT_CHARS = 200
MAX_NAME_CHARS = 100
MAX_REFERENCES = 20
MAX_PARTS = 200             # MIME parts looked at; a message with more is read no further
# Languages whose reply headers ("On ... wrote:", "Am ... schrieb:") and sign-offs are recognised.
REPLY_LANGUAGES = ("en", "de", "fr", "nl", "es", "it", "da", "sv", "pl")
STAND_IN_DOMAIN = "parting-ways.invalid"

# A Message-ID as RFC 5322 writes it: printable ASCII without spaces or angle brackets, in <>.
_MESSAGE_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")
# One plain ASCII address: what replies may be sent to. Anything else is not answered.
ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)"
                     r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
# "Re:", "Fwd:", "AW:", "SV:", "Antw:" ... however often and however spaced.
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|tr|rv|ref|odp|vl)\s*(?:\[\d+\]|\(\d+\))?\s*:)+\s*",
                           re.IGNORECASE)
# MIME damage that leaves us unsure we read what the sender wrote.
UNREADABLE = (mail_errors.NoBoundaryInMultipartDefect, mail_errors.StartBoundaryNotFoundDefect,
              mail_errors.MultipartInvariantViolationDefect, mail_errors.InvalidBase64CharactersDefect,
              mail_errors.InvalidBase64LengthDefect, mail_errors.MissingHeaderBodySeparatorDefect,
              mail_errors.InvalidMultipartContentTransferEncodingDefect)
TEXT_TYPES = ("text/plain", "text/html")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class InboundMail:
    message_id: str                 # "<...>" as sent, or a stand-in made from the content
    stand_in_id: bool               # the message had no usable Message-ID
    sender: str                     # the one From address, lower case; "" when there is no usable one
    sender_name: str
    subject: str                    # one line, control characters removed
    in_reply_to: list[str]
    references: list[str]
    body: str                       # the whole text part (HTML made plain), for the staff notice
    text: str                       # the new text only: quoted history and signature removed
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)  # every header etiquette asks about, one line each
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)     # why a person must read it
    notes: list[str] = field(default_factory=list)        # what was read with a fallback


def one_line(value: str, limit: int) -> str:
    """Header text safe to show or copy into a header: no CR/LF or other control characters."""
    text = " ".join(_CONTROL.sub(" ", plain_text(value)).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def plain_text(value: str) -> str:
    """Text every mail header and body can carry: undecodable bytes (surrogates) become U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def thread_subject(subject: str) -> str:
    """The subject that names a thread: reply and forward prefixes gone, spacing made single."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split())[:MAX_SUBJECT_CHARS]


def message_ids(value: str) -> list[str]:
    return _MESSAGE_ID.findall(value or "")


def parse(raw: bytes, etiquette_headers: tuple[str, ...] = ()) -> InboundMail:
    """Read one message; never raises for what a sender can put in it."""
    problems: list[str] = []
    notes: list[str] = []
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as error:  # noqa: BLE001 - the parser is lenient, but hostile input has broken it before
        digest = hashlib.sha256(raw).hexdigest()[:32]
        return InboundMail(f"<{digest}@{STAND_IN_DOMAIN}>", True, "", "", "", [], [], "", "", "",
                           problems=[f"the message could not be parsed ({type(error).__name__})"])
    headers = {name.lower(): _header(msg, name, notes) for name in etiquette_headers}
    message_id, stand_in = _message_id(msg, raw, notes)
    sender, sender_name = _sender(msg, problems, notes)
    subject = one_line(_header(msg, "Subject", notes), MAX_SUBJECT_CHARS)
    body, attachments = _body(msg, problems, notes)
    text = new_text(body)
    return InboundMail(
        message_id=message_id, stand_in_id=stand_in, sender=sender, sender_name=sender_name, subject=subject,
        in_reply_to=message_ids(_header(msg, "In-Reply-To", notes))[:1],
        references=message_ids(_header(msg, "References", notes))[-MAX_REFERENCES:],
        body=body, text=text, content_type=_safe(msg.get_content_type, "text/plain"), headers=headers,
        attachments=attachments, problems=problems, notes=notes)


def new_text(body: str) -> str:
    """What the sender wrote this time: quoted history, reply headers and the signature removed
    (mail-parser-reply), then any remaining '>' quoted lines."""
    body = body[:MAX_TEXT_CHARS]
    try:
        replies = EmailReplyParser(languages=list(REPLY_LANGUAGES)).read(body).replies
        latest = replies[0].body if replies else body
    except Exception:  # noqa: BLE001 - a third-party heuristic must never lose the message
        latest = body
    lines = [line for line in latest.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


# -- headers ------------------------------------------------------------------------------
def _safe(call, default):
    try:
        return call()
    except Exception:  # noqa: BLE001 - see _header
        return default


def _header(msg: Message, name: str, notes: list[str]) -> str:
    """A header as one line of text, "" when absent. The stdlib's header parser has raised on
    hostile values before (and refolds others), so every read is guarded."""
    try:
        value = msg.get(name)
        return "" if value is None else one_line(str(value), 2000)
    except Exception as error:  # noqa: BLE001
        notes.append(f"the {name} header could not be read ({type(error).__name__})")
        return ""


def _message_id(msg: Message, raw: bytes, notes: list[str]) -> tuple[str, bool]:
    found = message_ids(_header(msg, "Message-ID", notes))
    if found:
        return found[0], False
    notes.append("no Message-ID: a stand-in made from the content is used to spot repeats")
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@{STAND_IN_DOMAIN}>", True


def _sender(msg: Message, problems: list[str], notes: list[str]) -> tuple[str, str]:
    """The From address when it is one plain address; else "" and why not."""
    try:
        values = msg.get_all("From") or []
        addresses = [address for value in values for address in value.addresses]
        damaged = any(isinstance(defect, mail_errors.InvalidHeaderDefect) for value in values for defect in value.defects)
    except Exception as error:  # noqa: BLE001
        problems.append(f"the From header could not be read ({type(error).__name__})")
        return "", ""
    if len(addresses) != 1:
        problems.append("there is no From address" if not addresses else
                        f"the From header holds {len(addresses)} addresses")
        return "", one_line(_header(msg, "From", notes), MAX_NAME_CHARS)
    address = addresses[0]
    spec = (address.addr_spec or "").strip()
    name = one_line(address.display_name or "", MAX_NAME_CHARS)
    if damaged or not ADDRESS.fullmatch(spec):
        problems.append(f"the From address {one_line(spec, 80)!r} is not one plain address I can answer")
        return "", name
    return spec.lower(), name


# -- body ---------------------------------------------------------------------------------
def _damage(part: Message, problems: list[str]) -> None:
    for defect in getattr(part, "defects", []):
        if isinstance(defect, UNREADABLE):
            problems.append(f"its MIME structure is damaged ({type(defect).__name__})")


def _parts(msg: Message, problems: list[str]):
    """Leaf parts in order, not descending into attached messages (forwards, bounces)."""
    stack, seen = [msg], 0
    while stack:
        part = stack.pop(0)
        seen += 1
        if seen > MAX_PARTS:
            problems.append(f"it has more than {MAX_PARTS} MIME parts; only the first were read")
            return
        _damage(part, problems)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            payload = part.get_payload()
            stack[0:0] = payload if isinstance(payload, list) else []
        else:
            yield part


def _body(msg: Message, problems: list[str], notes: list[str]) -> tuple[str, list[Attachment]]:
    plain = html = None
    attachments: list[Attachment] = []
    for part in _parts(msg, problems):
        content_type = _safe(part.get_content_type, "application/octet-stream")
        disposition = _safe(part.get_content_disposition, None)
        filename = _safe(part.get_filename, None)
        if content_type not in TEXT_TYPES or disposition == "attachment" or filename:
            payload = _safe(lambda: part.get_payload(decode=True), b"") or b""
            attachments.append(Attachment(one_line(filename or "(unnamed)", 120), content_type,
                                          len(payload) if isinstance(payload, bytes) else 0))
            continue
        if (content_type == "text/plain" and plain is None) or (content_type == "text/html" and html is None):
            text = _decode(part, problems, notes)
            _damage(part, problems)   # decoding is what finds a broken transfer encoding
            if content_type == "text/plain":
                plain = text
            else:
                html = text
    if plain is not None and plain.strip():
        return plain, attachments
    if html is not None:
        return html_to_text(html), attachments
    if plain is None:
        problems.append("it has no text part I can read")
    return plain or "", attachments


def _decode(part: Message, problems: list[str], notes: list[str]) -> str:
    charset = _safe(lambda: part.get_content_charset("us-ascii"), "us-ascii") or "us-ascii"
    try:
        return part.get_content()
    except LookupError:
        problems.append(f"it is written in a character set I don't know ({one_line(charset, 40)!r})")
    except Exception as error:  # noqa: BLE001 - a broken transfer encoding, an odd payload
        notes.append(f"a text part was decoded leniently ({type(error).__name__})")
    payload = _safe(lambda: part.get_payload(decode=True), b"") or b""
    if not isinstance(payload, bytes):
        payload = str(payload).encode("utf-8", "replace")
    return payload.decode("utf-8", "replace")


# -- HTML ---------------------------------------------------------------------------------
class _HtmlText(HTMLParser):
    """The words of an HTML body: scripts, styles and quoted history dropped, blocks on their own lines."""

    HIDDEN = {"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe",
              "blockquote", "select", "button"}
    QUOTE_CLASSES = {"gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote"}
    HISTORY_IDS = {"divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container"}
    BLOCKS = {"p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
              "section", "article", "header", "footer", "pre", "address"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hiding: str | None = None
        self.depth = 0
        self.finished = False

    def handle_starttag(self, tag, attrs):
        if self.finished:
            return
        if self.hiding:
            self.depth += tag == self.hiding
            return
        values = {name: (value or "") for name, value in attrs}
        if values.get("id", "").lower() in self.HISTORY_IDS:
            self.finished = True   # Outlook: everything from here on is the quoted history
            return
        if tag in self.HIDDEN or set(values.get("class", "").lower().split()) & self.QUOTE_CLASSES:
            self.hiding, self.depth = tag, 1
            return
        if tag in self.BLOCKS:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if not self.hiding and not self.finished and tag in self.BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if self.hiding:
            if tag == self.hiding:
                self.depth -= 1
                if self.depth <= 0:
                    self.hiding = None
            return
        if not self.finished and tag in self.BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hiding and not self.finished:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html[:MAX_TEXT_CHARS * 10])
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is forgiving; keep what was read
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.out).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


