"""Teams with credentials on: every token the Bot Framework did not sign is a 401, one log line,
no traceback. The signing key is generated here and published as OpenID metadata and a key
set on 127.0.0.1, the way login.botframework.com publishes Microsoft's (no network)."""
from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.support.teams import BOT, message, start_teams

APP_ID = "3f2a0c1e-parting-ways-app"
APP_PASSWORD = "app~password~0000~long~enough~for~hs256"
ISSUER = "https://api.botframework.com"
KID = "test-signing-key"


class KeyServer:
    """OpenID metadata and a JWKS with one RSA key, endorsed for Teams."""

    def __init__(self, key):
        self.key = key
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        self.keys = {"keys": [{**jwk, "kid": KID, "use": "sig", "endorsements": ["msteams"]}]}
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests += 1
                if self.path == "/openid":
                    body = {"issuer": ISSUER, "jwks_uri": f"{server.base}/keys",
                            "id_token_signing_alg_values_supported": ["RS256"]}
                else:
                    body = server.keys
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    def close(self):
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture(scope="module")
def rsa_keys():
    """(ours, someone else's): generated once, a 2048-bit key takes a while."""
    return tuple(rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2))


@pytest.fixture
def keys(rsa_keys):
    server = KeyServer(rsa_keys[0])
    server.other_key = rsa_keys[1]
    yield server
    server.close()
    # botframework keeps each metadata URL's keys for the process: a later server given the same port would be
    # answered from this one's, and never asked
    JwtTokenExtractor.metadataCache.pop(f"{server.base}/openid", None)


@pytest.fixture
def config(teams_config, keys):
    return replace(teams_config, teams_app_id=APP_ID, teams_app_password=APP_PASSWORD,
                   teams_openid_metadata_url=f"{keys.base}/openid")


def claims(service_url: str, **changes) -> dict:
    now = int(time.time())
    return {"iss": ISSUER, "aud": APP_ID, "serviceurl": service_url, "nbf": now - 10, "exp": now + 600, **changes}


def signed(key, payload: dict, kid: str = KID, algorithm: str = "RS256") -> str:
    return jwt.encode(payload, key, algorithm=algorithm, headers={"kid": kid})


def unsigned(payload: dict) -> str:
    b64 = lambda data: jwt.utils.base64url_encode(json.dumps(data).encode()).decode()  # noqa: E731
    return f"{b64({'alg': 'none', 'typ': 'JWT', 'kid': KID})}.{b64(payload)}."


def not_ours_update(service_url: str) -> dict:
    """A conversationUpdate about someone else joining: a turn that sends nothing (so no token is fetched)."""
    return {"type": "conversationUpdate", "id": "f:1", "channelId": "msteams", "serviceUrl": service_url,
            "from": {"id": "29:priya"}, "recipient": dict(BOT), "membersAdded": [{"id": "29:someone"}],
            "conversation": {"id": "19:general@thread.tacv2", "conversationType": "channel", "isGroup": True},
            "channelData": {"tenant": {"id": "0b1c2d3e-our-firm"}}}


def bad_tokens(keys, url: str) -> dict[str, str | None]:
    other_key = keys.other_key
    return {
        "no token": None,
        "garbage": "Bearer abc.def.ghi",
        "not a bearer token": "Basic " + "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "alg=none": "Bearer " + unsigned(claims(url)),
        "unknown kid": "Bearer " + signed(keys.key, claims(url), kid="no-such-key"),
        "spoofed kid (another key)": "Bearer " + signed(other_key, claims(url)),
        "expired": "Bearer " + signed(keys.key, claims(url, exp=int(time.time()) - 3600, nbf=int(time.time()) - 7200)),
        "HS256 with the app password": "Bearer " + signed(APP_PASSWORD, claims(url), algorithm="HS256"),
        "wrong audience": "Bearer " + signed(keys.key, claims(url, aud="someone-else")),
        "wrong issuer": "Bearer " + signed(keys.key, claims(url, iss="https://evil.example")),
        "another service URL": "Bearer " + signed(keys.key, claims("https://evil.example/teams/")),
    }


BAD_TOKEN_NAMES = ["no token", "garbage", "not a bearer token", "alg=none", "unknown kid", "spoofed kid (another key)",
                   "expired", "HS256 with the app password", "wrong audience", "wrong issuer", "another service URL"]


@pytest.mark.parametrize("case", BAD_TOKEN_NAMES)
@pytest.mark.asyncio
async def test_every_token_the_bot_framework_did_not_sign_is_a_401(open_bot, config, keys, connector, caplog, case):
    bot = open_bot(config)
    client = await start_teams(bot, answer_after_handling=False)
    header = bad_tokens(keys, connector.url)[case]
    try:
        with caplog.at_level(logging.INFO):
            response = await client.post("/api/messages", json=message("offboard cancel Acme Dental", connector.url),
                                         headers={"Authorization": header} if header else {})
            answer = await response.json()
    finally:
        await client.close()

    assert response.status == 401 and answer["error"].startswith("Unauthorized")
    assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)
    refusals = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING
                and r.name.startswith("partingways")]
    assert len(refusals) == 1 and "rejected a Teams request" in refusals[0]
    assert bot.storage.recent_interactions() == [] and connector.sent == []
    assert bot.storage.db.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_a_token_signed_with_the_published_key_is_accepted(open_bot, config, keys, connector):
    bot = open_bot(config)
    client = await start_teams(bot)
    token = signed(keys.key, claims(connector.url))
    try:
        response = await client.post("/api/messages", json=not_ours_update(connector.url),
                                     headers={"Authorization": f"Bearer {token}"})
    finally:
        await client.close()

    assert response.status == 200 and keys.requests >= 2  # the metadata, then the key set
    assert bot.storage.db.execute("SELECT state FROM inbox").fetchall() == [("done",)]
