"""Whatever interactive payload no other listener took: acknowledged, with a polite note where Slack
lets the bot say one.

Bolt answers a request no listener matches with HTTP 404, and Slack then shows the person an error
("This app responded with Status Code 404"). A button from an older version of a card, another app's
message, a forged action id or a modal the bot never opened gets a 200 here instead, and nothing is
changed. Registered after every specific listener (Bolt runs the first listener that matches).
"""
from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.adapters.slack.blocks import modal_view, plain_message, section

log = logging.getLogger("partingways.slack")

ANYTHING = re.compile("")   # matches every action id / callback id Slack sends
NOTE = ("That button isn't one I know (it may be from an older message, or from another app). "
        "Nothing was changed. Ask me in a direct message, or type `/offboard help` for the commands.")
FORM_NOTE = ("This form isn't one I know (it may be from an older version of me). Nothing was changed; "
             "you can close it.")


def register_catch_alls(app: App) -> None:
    """Call last, after every listener that handles something for real."""
    app.action(ANYTHING)(on_unknown_action)
    app.view(ANYTHING)(on_unknown_view)
    app.view_closed(ANYTHING)(on_closed_view)
    app.shortcut(ANYTHING)(on_unknown_shortcut)
    app.options(ANYTHING)(on_unknown_options)


def on_unknown_action(ack, body: dict, respond) -> None:
    ack()
    action = (body.get("actions") or [{}])[0]
    log.info("a click on an action nobody handles (%r); told the person nothing changed",
             action.get("action_id") or body.get("callback_id"))
    _whisper(respond, body)


def on_unknown_view(ack, body: dict) -> None:
    log.info("a submitted modal nobody handles (%r)", (body.get("view") or {}).get("callback_id"))
    ack(response_action="update", view=modal_view("unknown_form", "Parting Ways", [section(FORM_NOTE)],
                                                  close="Close"))


def on_closed_view(ack) -> None:
    ack()


def on_unknown_shortcut(ack, body: dict, respond) -> None:
    ack()
    log.info("a shortcut nobody handles (%r)", body.get("callback_id"))
    _whisper(respond, body)


def on_unknown_options(ack) -> None:
    ack(options=[])


def _whisper(respond, body: dict) -> None:
    if not body.get("response_url"):
        return  # nowhere to say it (a global shortcut): the 200 is all Slack needs
    try:
        respond(response_type="ephemeral", replace_original=False, **plain_message(NOTE))
    except Exception as error:  # noqa: BLE001 - the acknowledgement already went; a lost note is only logged
        log.warning("could not answer a click nobody handles: %s", error)
