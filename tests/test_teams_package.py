"""The Teams app package and start-up: manifest, icons, `python app.py teams package`,
and the warning when running without credentials."""
from __future__ import annotations

import json
import logging
import struct
import zipfile
import zlib

import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.teams.package import TEAMS_DIR, build_package
from bot.adapters.teams.server import create_app
from bot.cli import main
from bot.config import ConfigError, load_config
from bot.core import Bot

APP_ID = "3f2a0c1e-1111-2222-3333-444455556666"


def read_png(data: bytes) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    """Width, height and RGBA pixels of an 8-bit RGBA PNG whose rows all use filter 0."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = {}, 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        assert struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])[0] == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        offset += 12 + length
    width, height, depth, color_type = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, color_type) == (8, 6)
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = width * 4 + 1
    assert all(raw[row * stride] == 0 for row in range(height))
    pixels = [tuple(raw[row * stride + 1 + col * 4: row * stride + 5 + col * 4])
              for row in range(height) for col in range(width)]
    return width, height, pixels


def test_icons_are_the_sizes_teams_requires_and_the_outline_is_white_on_transparent():
    width, height, color = read_png((TEAMS_DIR / "color.png").read_bytes())
    assert (width, height) == (192, 192)
    assert all(alpha == 255 for *_, alpha in color)
    width, height, outline = read_png((TEAMS_DIR / "outline.png").read_bytes())
    assert (width, height) == (32, 32)
    assert all((r, g, b) == (255, 255, 255) for r, g, b, _ in outline)
    assert outline[0][3] == 0 and max(alpha for *_, alpha in outline) == 255


def test_package_fills_the_app_id_and_zips_manifest_and_icons(tmp_path):
    config = load_config(environ={"MicrosoftAppId": APP_ID, "PARTING_WAYS_COMPANY": 'Northwind "IT"'},
                         db_path=":memory:")
    path = build_package(config, tmp_path / "dist")

    with zipfile.ZipFile(path) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        text = package.read("manifest.json").decode()
    manifest = json.loads(text)
    assert "{{" not in text
    assert manifest["id"] == manifest["bots"][0]["botId"] == manifest["webApplicationInfo"]["id"] == APP_ID
    assert manifest["developer"]["name"] == 'Northwind "IT"'
    assert set(manifest["icons"].values()) == {"color.png", "outline.png"}
    assert {"personal", "team", "groupChat"} <= set(manifest["bots"][0]["scopes"])


@pytest.mark.parametrize("app_id, problem", [("", "MicrosoftAppId is not set"), ("my-bot", "is not a GUID")])
def test_package_explains_a_missing_or_malformed_app_id(tmp_path, app_id, problem):
    config = load_config(environ={"MicrosoftAppId": app_id}, db_path=":memory:")
    with pytest.raises(ConfigError, match=problem):
        build_package(config, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_cli_teams_package_writes_the_zip_into_the_chosen_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    monkeypatch.setenv("PARTING_WAYS_DB", str(tmp_path / "bot.db"))

    assert main(["teams", "package", "--out", str(tmp_path / "dist")]) == 0
    assert (tmp_path / "dist" / "parting-ways-teams.zip").exists()
    assert "Upload an app" in capsys.readouterr().out


@pytest.mark.asyncio
@pytest.mark.parametrize("credentials, warned", [({}, True), ({"teams_app_id": APP_ID,
                                                                 "teams_app_password": "not-a-real-secret-1234", "teams_tenant_id": "t"}, False)])
async def test_starting_without_credentials_warns_that_requests_are_unauthenticated(open_bot, 
        tmp_path, caplog, credentials, warned):
    core = open_bot(load_config(environ={}, db_path=str(tmp_path / "bot.db"), **credentials))
    server = TestServer(create_app(core), host="127.0.0.1", port=0)
    with caplog.at_level(logging.WARNING, logger="partingways.teams"):
        await server.start_server()
    await server.close()
    core.storage.close()
    assert ("WITHOUT authentication" in caplog.text) is warned


# -- the bot's identity in Azure --------------------------------------------------------------
def test_the_default_bot_type_is_single_tenant_which_azure_still_creates():
    assert load_config(environ={}, db_path=":memory:").teams_app_type == "SingleTenant"
    assert load_config(environ={"MicrosoftAppType": "userassignedmsi"}, db_path=":memory:").teams_app_type \
        == "UserAssignedMSI"
    with pytest.raises(ConfigError, match="MicrosoftAppType must be one of"):
        load_config(environ={"MicrosoftAppType": "Tenant"}, db_path=":memory:")


@pytest.mark.parametrize("settings, problem", [
    ({"teams_app_password": "not-a-real-secret-1234"}, "SingleTenant needs MicrosoftAppTenantId"),
    ({"teams_tenant_id": "t"}, "SingleTenant needs MicrosoftAppPassword"),
    ({"teams_app_type": "UserAssignedMSI"}, "UserAssignedMSI needs MicrosoftAppTenantId"),
    ({"teams_app_type": "UserAssignedMSI", "teams_tenant_id": "t", "teams_app_password": "not-a-real-secret-1234"},
     "unset MicrosoftAppPassword"),
])
def test_each_bot_type_says_which_setting_it_lacks(settings, problem):
    from bot.adapters.teams.server import cloud_adapter
    config = load_config(environ={}, db_path=":memory:", teams_app_id=APP_ID, **settings)
    with pytest.raises(ConfigError, match=problem):
        cloud_adapter(config)


@pytest.mark.parametrize("settings", [
    {"teams_app_password": "not-a-real-secret-1234", "teams_tenant_id": "t"},
    {"teams_app_type": "UserAssignedMSI", "teams_tenant_id": "t"},
    {"teams_app_type": "MultiTenant", "teams_app_password": "not-a-real-secret-1234"},
    {"teams_app_id": ""},  # no credentials: local testing, the SDK accepts unsigned requests
])
def test_each_complete_bot_type_builds_the_sdk_adapter(settings):
    from bot.adapters.teams.server import cloud_adapter
    config = load_config(environ={}, db_path=":memory:", **{"teams_app_id": APP_ID, **settings})
    assert cloud_adapter(config) is not None


def test_cli_teams_with_an_incomplete_identity_exits_with_the_reason(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    assert main(["--db", str(tmp_path / "bot.db"), "teams"]) == 2
    assert "SingleTenant needs MicrosoftAppTenantId" in capsys.readouterr().err
