"""Reminders from each client's timeline: what is due (schedule), what it says (texts), the pass that sends it (runner), and the staff commands."""
