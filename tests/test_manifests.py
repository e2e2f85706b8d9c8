"""The Slack and Teams app manifests: valid against the platforms' published schemas (copies in
slack/schema/ and teams/schema/, with their source and licence), and asking for exactly what
the code uses: every Web API method's scope, every event the app listens to, nothing more."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from slack_sdk import WebClient

from bot.adapters.teams.package import manifest_for
from bot.commands import CommandSet
from bot.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SLACK_MANIFEST = ROOT / "slack" / "manifest.yaml"
SLACK_SCHEMAS = ROOT / "slack" / "schema"
SLACK_SCHEMA_URL = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.{major}.0.0.json"
TEAMS_SCHEMA = ROOT / "teams" / "schema" / "MicrosoftTeams.schema.v1.17.json"
SLACK_CODE = ROOT / "bot" / "adapters" / "slack"
APP_ID = "3f2a0c1e-1111-2222-3333-444455556666"

# The bot scope each Web API method needs (api.slack.com/methods/<method>: "Required scopes").
# A method the code starts calling must be added here with its scope, and the scope to the manifest.
METHOD_SCOPES: dict[str, str | None] = {
    "auth.test": None,               # Bolt checks the token with it at start-up
    "chat.postMessage": "chat:write",
    "chat.postEphemeral": "chat:write",
    "chat.update": "chat:write",
    "chat.delete": "chat:write",
    "views.publish": None,
    "views.open": None,
    "views.update": None,
    "users.info": "users:read",
    "conversations.info": "channels:read",
}
# The subscription, and its scope, that delivers each event type a listener is registered for.
EVENT_SUBSCRIPTIONS: dict[str, dict[str, str | None]] = {
    # channel messages from Slack Connect clients (public and private channels) and staff DMs
    "message": {"message.channels": "channels:history", "message.groups": "groups:history",
                "message.im": "im:history"},
    "app_mention": {"app_mention": "app_mentions:read"},
    "app_home_opened": {"app_home_opened": None},
}
IMPLIED = {"auth.test"}  # called by Bolt, not by our code
_METHOD = re.compile(r"^[a-z]+(\.[a-zA-Z]+)+$")
_WEB_CLIENT_METHODS = {name for name in dir(WebClient) if not name.startswith("_") and "_" in name}


def slack_manifest() -> dict:
    return yaml.safe_load(SLACK_MANIFEST.read_text(encoding="utf-8"))


def json_file(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# -- the code's side ------------------------------------------------------------------------------
def web_api_methods(source: str) -> set[str]:
    """Web API method names in this source: any string naming a WebClient method ("chat.postMessage",
    wherever it is passed), and WebClient methods called by attribute (client.users_info)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _METHOD.match(node.value) \
                and node.value.replace(".", "_") in _WEB_CLIENT_METHODS:
            found.add(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _WEB_CLIENT_METHODS and node.func.attr != "api_call":
            found.add(node.func.attr.replace("_", "."))
    return found


def listeners(source: str) -> dict[str, set[str]]:
    """What a Bolt app is told to listen for: app.event("..."), app.command, app.action, app.view
    (a name is resolved through the module's string constants, e.g. COMMAND_NAME)."""
    tree = ast.parse(source)
    constants = {target.id: node.value.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name)}
    found: dict[str, set[str]] = {"event": set(), "command": set(), "action": set(), "view": set()}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "app"
                and node.func.attr in found and node.args):
            argument = node.args[0]
            if isinstance(argument, ast.Constant):
                found[node.func.attr].add(argument.value)
            elif isinstance(argument, ast.Name) and argument.id in constants:
                found[node.func.attr].add(constants[argument.id])
            else:
                found[node.func.attr].add(ast.unparse(argument))
    return found


def slack_sources() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SLACK_CODE.rglob("*.py")))


def needed_by_code() -> tuple[set[str], set[str], set[str]]:
    """(Web API methods, event subscriptions, bot scopes) the Slack adapter needs."""
    source = slack_sources()
    methods = web_api_methods(source) | IMPLIED
    unknown = methods - set(METHOD_SCOPES)
    assert not unknown, f"add these methods and their scopes to METHOD_SCOPES: {sorted(unknown)}"
    heard = listeners(source)
    unknown_events = heard["event"] - set(EVENT_SUBSCRIPTIONS)
    assert not unknown_events, f"add these events to EVENT_SUBSCRIPTIONS: {sorted(unknown_events)}"
    subscriptions = {sub for event in heard["event"] for sub in EVENT_SUBSCRIPTIONS[event]}
    scopes = {METHOD_SCOPES[m] for m in methods} | {
        EVENT_SUBSCRIPTIONS[e][s] for e in heard["event"] for s in EVENT_SUBSCRIPTIONS[e]}
    if heard["command"]:
        scopes.add("commands")
    return methods, subscriptions, scopes - {None}


# -- Slack ---------------------------------------------------------------------------------------
def slack_validator() -> jsonschema.Draft7Validator:
    registry = Registry().with_resources(
        (SLACK_SCHEMA_URL.format(major=major), Resource.from_contents(json_file(SLACK_SCHEMAS / f"manifest.schema.{major}.0.0.json")))
        for major in (1, 2))
    return jsonschema.Draft7Validator(json_file(SLACK_SCHEMAS / "manifest.schema.json"), registry=registry)


def schema_errors(validator, document: dict) -> list[str]:
    return sorted(f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
                  for error in validator.iter_errors(document))


def test_the_slack_manifest_is_valid_against_slacks_published_schema():
    manifest = slack_manifest()
    assert manifest["_metadata"]["major_version"] == 1
    assert schema_errors(slack_validator(), manifest) == []


def test_the_slack_schema_check_can_fail():
    manifest = slack_manifest()
    manifest["features"]["bot_user"]["display_name"] = "x" * 81  # Slack allows 80 characters
    del manifest["display_information"]["name"]
    errors = schema_errors(slack_validator(), manifest)
    assert errors, "a broken manifest passed the schema"


def test_the_slack_manifest_asks_for_exactly_the_scopes_and_events_the_code_uses():
    _, subscriptions, scopes = needed_by_code()
    manifest = slack_manifest()
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == scopes
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == subscriptions


def test_the_slack_manifest_has_the_command_and_interactivity_the_listeners_need():
    heard = listeners(slack_sources())
    manifest = slack_manifest()
    commands = {c["command"] for c in manifest["features"].get("slash_commands", [])}
    assert commands == heard["command"]
    if heard["action"] or heard["view"]:
        assert manifest["settings"]["interactivity"]["is_enabled"] is True
    if "app_home_opened" in heard["event"]:
        assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    # HTTP mode: every URL is the one endpoint `python app.py slack` serves
    urls = [c["url"] for c in manifest["features"]["slash_commands"]] + [
        manifest["settings"]["event_subscriptions"]["request_url"], manifest["settings"]["interactivity"]["request_url"]]
    assert {url.split("example.com", 1)[1] for url in urls} == {"/slack/events"}


def test_the_coverage_scan_finds_calls_in_every_form_the_code_uses():
    source = '''
method = "chat.postEphemeral" if private else "chat.postMessage"
COMMAND = "/offboard"
app.command(COMMAND)(self.on_command)
self._call(self.client, "views.open", trigger_id=t)
client.api_call("conversations.info", json={})
person = self.client.users_info(user=u)
app.event("app_mention")(self.on_mention)
app.action(re.compile("^x"))(self.on_click)
log.info("not.a.call %s", x)
'''
    assert web_api_methods(source) == {"chat.postEphemeral", "chat.postMessage", "views.open",
                                       "conversations.info", "users.info"}
    assert listeners(source)["event"] == {"app_mention"}
    assert listeners(source)["command"] == {"/offboard"}
    assert listeners(source)["action"] == {"re.compile('^x')"}


def test_the_coverage_check_fails_for_a_method_whose_scope_is_missing(monkeypatch):
    """The rule can fail: a new call to a method needing channels:read is caught."""
    monkeypatch.setattr(f"{__name__}.slack_sources",
                        lambda: 'client.api_call("conversations.info", json={})\napp.event("message")(f)\n')
    _, subscriptions, scopes = needed_by_code()
    assert "channels:read" in scopes
    assert "channels:read" not in slack_manifest()["oauth_config"]["scopes"]["bot"]


def test_the_scan_sees_the_methods_the_slack_adapter_calls_today():
    methods, subscriptions, _ = needed_by_code()
    assert {"chat.postMessage", "chat.postEphemeral", "views.publish", "users.info"} <= methods
    assert {"message.im", "app_mention", "app_home_opened"} <= subscriptions


# -- Teams ---------------------------------------------------------------------------------------
def packaged_teams_manifest() -> dict:
    config = load_config(environ={"MicrosoftAppId": APP_ID}, db_path=":memory:")
    return json.loads(manifest_for(config))


def teams_validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json_file(TEAMS_SCHEMA), format_checker=jsonschema.FormatChecker())


def test_the_teams_manifest_is_valid_against_the_schema_of_its_version():
    manifest = packaged_teams_manifest()
    assert manifest["manifestVersion"] == "1.17"
    assert manifest["$schema"].endswith("/v1.17/MicrosoftTeams.schema.json")
    assert schema_errors(teams_validator(), manifest) == []


def test_the_teams_schema_check_can_fail():
    manifest = packaged_teams_manifest()
    manifest["supportedChannelTypes"] = ["sharedChannels", "standardChannels"]
    manifest["name"]["short"] = "x" * 31  # Teams allows 30 characters
    assert len(schema_errors(teams_validator(), manifest)) == 2


def test_the_teams_bot_can_be_added_to_shared_and_private_channels():
    manifest = packaged_teams_manifest()
    assert sorted(manifest["supportedChannelTypes"]) == ["privateChannels", "sharedChannels"]
    assert "team" in manifest["bots"][0]["scopes"]  # channels of any kind need the team scope


@pytest.mark.parametrize("command", [c["title"] for c in json_file(ROOT / "teams" / "manifest.json")
                                     ["bots"][0]["commandLists"][0]["commands"]])
def test_every_command_the_teams_menu_offers_exists(fresh_db, command):
    from bot.clients import Clients
    word, name = command.split()
    assert word == "offboard"
    assert name in CommandSet(Clients(fresh_db, "Europe/London")).commands
