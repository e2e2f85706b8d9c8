"""Email as a platform: an SMTP listener the firm's mail system forwards to (listener.py), the
stdlib's email package to read what arrives (parse.py), the rules that keep an auto-responder
polite (etiquette.py), and SMTP submission for replies and staff mail (outbound.py).
adapter.py ties them to the core."""
from bot.adapters.email.adapter import PLATFORM, EmailAdapter, Outcome
from bot.adapters.email.listener import MailListener
from bot.adapters.email.outbound import MailboxNotifier, Outbox

__all__ = ["PLATFORM", "EmailAdapter", "MailListener", "MailboxNotifier", "Outbox", "Outcome"]
