"""A local stand-in for the Bot Framework connector service that Teams bots send to.

It records every activity the bot sends (replies and proactive messages),
answers roster look-ups from a dict, and can be told to throttle.
"""
from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.adapters.teams.delivery import RetryPolicy
from bot.adapters.teams.server import create_app
from bot.adapters.teams.turns import TeamsBot
from bot.config import load_config


@dataclass
class Sent:
    conversation_id: str
    reply_to_id: str | None  # set for a reply to an incoming activity, None for a proactive send
    activity: dict

    @property
    def text(self) -> str:
        return self.activity.get("text") or ""

    @property
    def card(self) -> dict | None:
        for attachment in self.activity.get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return attachment["content"]
        return None


@dataclass
class Failure:
    status: int
    retry_after: str | None = None


@dataclass
class FakeConnector:
    sent: list[Sent] = field(default_factory=list)
    updated: list[Sent] = field(default_factory=list)     # updateActivity calls: activity id in reply_to_id
    attempts: int = 0                                   # every send request, failed ones included
    members: dict[str, dict] = field(default_factory=dict)  # member id -> TeamsChannelAccount JSON
    created: list[dict] = field(default_factory=list)       # createConversation requests (new 1:1 chats)
    refuse_new_chats: bool = False                          # answer createConversation with 403
    failures: list[Failure] = field(default_factory=list)
    delay: float = 0.0                                  # seconds before answering a send
    server: TestServer | None = None

    @property
    def url(self) -> str:
        return str(self.server.make_url("/"))

    def fail_next(self, status: int, retry_after: str | None = None, times: int = 1) -> None:
        self.failures.extend(Failure(status, retry_after) for _ in range(times))

    def to(self, conversation_id: str) -> list[Sent]:
        return [s for s in self.sent if s.conversation_id == conversation_id]

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Sent]:
        for _ in range(int(timeout / 0.02)):
            if len(self.sent) >= count:
                return self.sent
            await asyncio.sleep(0.02)
        raise AssertionError(f"expected {count} sent activities, got {len(self.sent)}: {self.sent}")

    async def start(self) -> "FakeConnector":
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._receive)
        app.router.add_post("/v3/conversations/{conversation}/activities", self._receive)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._update)
        app.router.add_get("/v3/conversations/{conversation}/members/{member}", self._member)
        app.router.add_post("/v3/conversations", self._create)
        self.server = TestServer(app, host="127.0.0.1", port=0)
        await self.server.start_server()
        return self

    async def close(self) -> None:
        if self.server:
            await self.server.close()

    async def _receive(self, request: web.Request) -> web.Response:
        self.attempts += 1
        await asyncio.sleep(self.delay)
        if self.failures:
            failure = self.failures.pop(0)
            headers = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            return web.json_response({"error": {"code": "Throttled", "message": "slow down"}},
                                     status=failure.status, headers=headers)
        self.sent.append(Sent(request.match_info["conversation"], request.match_info.get("activity"),
                              await request.json()))
        return web.json_response({"id": f"sent-{next(_ids)}"})

    async def _update(self, request: web.Request) -> web.Response:
        self.updated.append(Sent(request.match_info["conversation"], request.match_info["activity"],
                                 await request.json()))
        return web.json_response({"id": request.match_info["activity"]})

    async def _create(self, request: web.Request) -> web.Response:
        """A new 1:1 chat: Teams answers with the conversation's id (here derived from the member's)."""
        parameters = await request.json()
        self.created.append(parameters)
        if self.refuse_new_chats:
            return web.json_response({"error": {"code": "Forbidden", "message": "app not installed for user"}},
                                     status=403)
        member = (parameters.get("members") or [{}])[0].get("id", "")
        return web.json_response({"id": f"a:new-1on1-{member}", "activityId": None})

    async def _member(self, request: web.Request) -> web.Response:
        member = self.members.get(request.match_info["member"])
        if member is None:
            return web.json_response({"error": {"code": "NotFound", "message": "no such member"}}, status=404)
        return web.json_response(member)


_ids = itertools.count(1)


# -- what Teams posts to the bot ------------------------------------------------------
# Shapes follow the Bot Framework Activity schema as Teams sends it; the ids are made up.
OUR_TENANT = "0b1c2d3e-our-firm"
CLIENT_TENANT = "9f8e7d6c-acme-dental"
BOT = {"id": "28:parting-ways-bot", "name": "Parting Ways"}
PRIYA = {"id": "29:priya", "name": "Priya Patel", "aadObjectId": "aad-priya"}
DANA = {"id": "29:dana-at-acme", "name": "Dana Smith", "aadObjectId": "aad-dana"}
STAFF_CHANNEL = "19:staff-room@thread.tacv2"
_activity_ids = itertools.count(1000)


def message(text: str | None, service_url: str, *, conversation: str = "a:1on1-priya",
            conversation_type: str = "personal", sender: dict = PRIYA, tenant: str = OUR_TENANT,
            mention: bool = False, value: dict | None = None, activity_id: str | None = None) -> dict:
    """A message activity; with mention=True the text starts with the bot's <at> mention."""
    activity = {
        "type": "message", "id": activity_id or str(next(_activity_ids)),
        "timestamp": "2026-11-25T10:00:00.000Z", "channelId": "msteams", "serviceUrl": service_url,
        "from": dict(sender), "recipient": dict(BOT), "textFormat": "plain", "locale": "en-GB",
        "conversation": {"id": conversation, "conversationType": conversation_type, "tenantId": tenant,
                         **({"isGroup": True} if conversation_type != "personal" else {})},
        "channelData": {"tenant": {"id": tenant}},
    }
    if text is not None:
        activity["text"] = f"<at>{BOT['name']}</at> {text}" if mention else text
    if mention:
        activity["entities"] = [{"type": "mention", "text": f"<at>{BOT['name']}</at>", "mentioned": dict(BOT)}]
    if value is not None:
        activity["value"] = value
    return activity


def bot_added(service_url: str, conversation: str = STAFF_CHANNEL, tenant: str = OUR_TENANT) -> dict:
    """The conversationUpdate Teams sends when the bot is added to a team's channel."""
    return {
        "type": "conversationUpdate", "id": f"f:{next(_activity_ids)}", "channelId": "msteams",
        "serviceUrl": service_url, "membersAdded": [{"id": BOT["id"]}],
        "from": {"id": PRIYA["id"], "aadObjectId": PRIYA["aadObjectId"]}, "recipient": dict(BOT),
        "conversation": {"id": conversation, "conversationType": "channel", "isGroup": True, "tenantId": tenant},
        "channelData": {"eventType": "teamMemberAdded", "tenant": {"id": tenant},
                        "team": {"id": conversation, "name": "Service desk"}},
    }


async def post(client, activity: dict, expect: int | None = 200):
    """POST an activity to the bot the way the Bot Framework service does. Unless told otherwise
    (expect=None or another status) the bot must accept it, so "nothing was sent" can't pass on a rejection."""
    response = await client.post("/api/messages", json=activity)
    assert expect is None or response.status == expect, f"expected HTTP {expect}, got {response.status}"
    return response


# -- fixtures shared by the HTTP-level Teams tests (a pytest plugin: see conftest.py) ----------
QUICK = RetryPolicy(first_pause=0.01, longest_pause=0.05, budget=5.0)  # retries without the wait


@pytest.fixture
def teams_config(tmp_path):
    """Our tenant and staff channel configured, no credentials (the SDK accepts unsigned requests)."""
    return load_config(environ={}, db_path=str(tmp_path / "bot.db"), teams_tenant_id=OUR_TENANT,
                       teams_staff_conversation=STAFF_CHANNEL)


@pytest_asyncio.fixture
async def connector():
    fake = await FakeConnector().start()
    yield fake
    await fake.close()


async def start_teams(core, policy: RetryPolicy = QUICK, answer_after_handling: bool = True) -> TestClient:
    """The bot's aiohttp app on 127.0.0.1, on a free port. Each message is answered once its turn is over
    (answer_after_handling), so tests can assert on what was sent; Teams itself gets its answer sooner."""
    client = TestClient(TestServer(create_app(core, policy, answer_after_handling=answer_after_handling),
                                   host="127.0.0.1", port=0))
    await client.start_server()
    return client


@pytest_asyncio.fixture
async def teams_with_staff_channel(bot, connector):
    """The bot's app, already added to our staff channel (so notices have somewhere to go)."""
    client = await start_teams(bot)
    await post(client, bot_added(connector.url))
    yield client
    await client.close()


@pytest_asyncio.fixture(name="teams")
async def teams_server(bot):
    """The bot's app serving the test's `bot`; a test module may override it."""
    client = await start_teams(bot)
    yield client
    await client.close()


# -- transcripts on botbuilder's TestAdapter (no HTTP) -----------------------------------------
PRIYA_CHAT = "a:1on1-priya"
ACME_CHAT = "19:acme-shared@thread.v2"


def account(person: dict) -> ChannelAccount:
    return ChannelAccount(id=person["id"], name=person["name"], aad_object_id=person.get("aadObjectId"))


def chat(conversation: str = PRIYA_CHAT, kind: str = "personal", sender: dict = PRIYA,
         tenant: str = OUR_TENANT) -> Activity:
    """What every message in one Teams conversation has in common."""
    return Activity(channel_id="msteams", service_url="https://smba.example/teams/",
                    from_property=account(sender), recipient=ChannelAccount(id=BOT["id"], name=BOT["name"]),
                    conversation=ConversationAccount(id=conversation, conversation_type=kind,
                                                     is_group=kind != "personal"),
                    channel_data={"tenant": {"id": tenant}})


def adapter_for(bot, template: Activity) -> TestAdapter:
    return TestAdapter(TeamsBot(bot).on_turn, template)


async def add_bot_to_staff_channel(adapter: TestAdapter) -> None:
    await adapter.send(Activity(type="conversationUpdate", members_added=[ChannelAccount(id=BOT["id"])],
                                conversation=ConversationAccount(id=STAFF_CHANNEL, conversation_type="channel",
                                                                 is_group=True)))
