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
                                                                 "teams_app_password": "x"}, False)])
async def test_starting_without_credentials_warns_that_requests_are_unauthenticated(open_bot, 
        tmp_path, caplog, credentials, warned):
    core = open_bot(load_config(environ={}, db_path=str(tmp_path / "bot.db"), **credentials))
    server = TestServer(create_app(core), host="127.0.0.1", port=0)
    with caplog.at_level(logging.WARNING, logger="partingways.teams"):
        await server.start_server()
    await server.close()
    core.storage.close()
    assert ("WITHOUT authentication" in caplog.text) is warned
