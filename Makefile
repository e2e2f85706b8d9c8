# Two commands do all set-up on a fresh machine: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: chat test evaluate bench clean

# Re-install whenever a requirements file changes.
$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

chat: $(STAMP)
	$(VENV)/bin/python app.py chat

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

evaluate: $(STAMP)
	$(VENV)/bin/python app.py evaluate

clean:
	rm -rf $(VENV) .pytest_cache
