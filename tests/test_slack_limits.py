"""The App Home built from the worst data an admin can enter (200 clients in offboarding, every free-text
field at its longest, the longest interaction texts) stays within Slack's limits: Slack rejects a whole
view for one section over 3,000 characters. Checked by slack_sdk.models, which enforces Slack's limits."""
from __future__ import annotations

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.adapters.slack.blocks import SECTION_LIMIT
from bot.adapters.slack.home import HOME_BLOCK_LIMIT, home_view
from bot.clients import MAX_NAME
from tests.support import calendar

LONGEST = 3_500  # longer than any Slack text field


def worst_case(bot) -> None:
    for number in range(200):
        name = f"{number:03d} " + "Ö&<" * ((MAX_NAME - 4) // 3)  # escaping makes it longer still
        bot.clients.add(name[:MAX_NAME], status="transition", notice_date=calendar.iso_day(-5),
                        end_date=calendar.iso_day(25), reason_category="other", reason="r" * LONGEST,
                        new_provider="<P&>" * (LONGEST // 4), new_provider_contact="c" * LONGEST,
                        account_owner="o" * LONGEST)
        bot.storage.log_interaction(platform="slack", audience="client", client=name[:MAX_NAME],
                                    text="<&>" * LONGEST, action="reply", principle="helpful")


def test_the_app_home_fits_slacks_limits_with_200_clients_and_every_field_at_its_longest(open_bot, config):
    bot = open_bot(config)
    worst_case(bot)
    view = home_view(bot)
    View(**view).to_dict()  # raises SlackObjectFormationError on any limit Slack enforces
    assert len(view["blocks"]) <= HOME_BLOCK_LIMIT
    for block in view["blocks"]:
        Block.parse(block).to_dict()
        texts = [block.get("text", {}).get("text", "")] + [e.get("text", "") for e in block.get("elements", [])]
        assert all(len(text) <= SECTION_LIMIT for text in texts)
    shown = "\n".join(block.get("text", {}).get("text", "") for block in view["blocks"])
    assert "New provider: &lt;P&amp;&gt;" in shown and "…" in shown  # shortened, visibly
