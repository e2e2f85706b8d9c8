"""The Teams adapter: turns on botbuilder (turns), Adaptive Cards (cards), who is speaking (audience), proactive sends (delivery), the aiohttp server (server), the app package (package)."""
