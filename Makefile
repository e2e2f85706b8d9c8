# Two commands do all set-up on a fresh machine: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: chat test test-calendar evaluate bench clean

# Re-install whenever a requirements file changes.
$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

chat: $(STAMP)
	$(VENV)/bin/python app.py chat

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

# The date-sensitive tests again at every date in tests/support/calendar.py (a week, both
# European daylight-saving changes, 31 December, a leap day): CI runs this after `make test`.
test-calendar: $(STAMP)
	@for day in $$($(VENV)/bin/python -c 'from tests.support.calendar import CALENDAR_DATES; print(*CALENDAR_DATES)'); do \
		echo "== tests pinned to $$day"; \
		$(VENV)/bin/python -m pytest -q -p no:cacheprovider -m calendar --today=$$day || exit 1; \
	done

evaluate: $(STAMP)
	$(VENV)/bin/python app.py evaluate

clean:
	rm -rf $(VENV) .pytest_cache
