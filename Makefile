# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Designer forms are compiled at build time (as anki does), not kept in git.
FORMS_STAMP := isv_desktop/ui/forms/.compiled

.PHONY: run test lint wheel-check bundle bundle-check windows-installer forms translations benchmarks clean

# constraints.txt pins every dependency's exact version (the ranges stay in pyproject.toml).
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade -c constraints.txt pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(FORMS_STAMP): $(STAMP) $(wildcard forms/*.ui) isv_desktop/devtools/build_forms.py
	$(PY) -m isv_desktop.devtools.build_forms
	touch $(FORMS_STAMP)

run: $(STAMP) $(FORMS_STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = "Linux" ]; then \
	  echo "Geen beeldscherm gevonden (DISPLAY is leeg). Start het programma in een grafische sessie," ; \
	  echo "of op een server met een virtueel scherm: xvfb-run make run" ; \
	  echo "No display found (DISPLAY is empty). Start the app in a desktop session, or: xvfb-run make run" ; \
	  exit 1; fi
	$(VENV)/bin/isv-desktop

test: $(STAMP) $(FORMS_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Static checks, configured in pyproject.toml: ruff (pyflakes, bugbear, import order, naming; checks only,
# never reformats) and mypy (the types; the compiled forms are part of what it reads).
lint: $(STAMP) $(FORMS_STAMP)
	$(VENV)/bin/ruff check isv_desktop tests benchmarks
	$(VENV)/bin/mypy

forms: $(STAMP)
	$(PY) -m isv_desktop.devtools.build_forms
	touch $(FORMS_STAMP)

translations: $(STAMP)
	$(PY) -m isv_desktop.devtools.build_translations

# A wheel built from the checkout, installed in a clean venv, runs every command and opens every step.
wheel-check:
	PYTHON=$(PYTHON) bash .ci/wheel-check

bundle: $(STAMP) $(FORMS_STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

# The windowed program starts the window; the console one runs a command.
bundle-check: bundle
	home="$$(mktemp -d)"; ISV_DESKTOP_HOME="$$home" QT_QPA_PLATFORM=offscreen ./dist/isv-desktop/isv-desktop --smoke --db "$$home/smoke.db"
	home="$$(mktemp -d)"; ISV_DESKTOP_HOME="$$home" ./dist/isv-desktop/isv-desktop-cli scan --cpv 33141420-0 --country MY --json > "$$home/scan.json"

# The Windows bundle and its per-user installer, built under Wine and smoke-started there (Linux only).
windows-installer: $(STAMP) $(FORMS_STAMP)
	bash .ci/windows-installer

# Every benchmark but the file builder (a module the others call) and the Windows printing one (run under Wine).
benchmarks: $(STAMP) $(FORMS_STAMP)
	status=0; for b in $(filter-out benchmarks/scale_file.py benchmarks/printing_windows.py,$(wildcard benchmarks/*.py)); do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || status=1; done; exit $$status

clean:
	rm -rf $(VENV) build dist
