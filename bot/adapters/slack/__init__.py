"""The Slack adapter: Bolt listeners (app), Block Kit (blocks), App Home (home), who is staff (people), the HTTP endpoint (http)."""
