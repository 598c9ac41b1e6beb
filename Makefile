# Set-up, tests and the demo. `make test` works on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Qt's xcb/EGL libraries, a CJK font, the speech engine, the tools tests use to look and listen, and
# PostgreSQL (the tests start a throwaway server of their own; a branch's server is set up apart).
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 fonts-wqy-microhei espeak-ng libespeak-ng1 \
	sox poppler-utils xvfb xauth zbar-tools sqlite3 faketime alsa-utils postgresql

# Awkward instants (UTC) for test-clock: 23:59:50 on New Year's Eve in the branch's zone (Shanghai),
# so the run crosses local midnight and the year; and a Sunday that is 29 February.
CLOCK_INSTANTS := 2026-12-31T15:59:50 2032-02-29T03:30:00
# The code with visible strings for lupdate: the windows and the store codes' names (which exports use too).
TRANSLATED := kiosk/ui/*.py kiosk/adapters/vocabulary.py

.PHONY: test test-clock hunt demo system-deps venv translations bench lint clean bundle bundle-check

# The same examples on every run and machine, so a red CI is a change, not a lucky draw.
test: system-deps venv translations
	HYPOTHESIS_PROFILE=repeatable $(BIN)/python -m pytest

# The whole suite again with the computer's clock moved (libfaketime): it must not depend on today.
test-clock: system-deps venv translations
	@for at in $(CLOCK_INSTANTS); do \
		echo "== suite with the clock at $$at UTC"; \
		TZ=UTC HYPOTHESIS_PROFILE=repeatable faketime -f "@$$(echo $$at | tr T ' ')" \
			$(BIN)/python -m pytest -q -p no:cacheprovider || exit 1; \
	done

# Property tests with fresh random examples, many more of them (minutes, not part of CI).
hunt: venv translations
	HYPOTHESIS_PROFILE=hunt $(BIN)/python -m pytest -p no:cacheprovider tests/test_queue_properties.py

demo: system-deps venv translations
	$(BIN)/kiosk demo

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q "ok installed" || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif ! command -v apt-get >/dev/null; then echo "not Debian/Ubuntu: install by hand: $$missing"; \
	else \
		if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
		else echo "run as root or install sudo to install: $$missing"; exit 1; fi; \
		echo "installing: $$missing"; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# Qt Linguist: i18n/*.ts are the sources (edit with pyside6-linguist), .qm are built.
translations: venv
	$(BIN)/pyside6-lrelease -silent i18n/*.ts

# After changing user-visible strings: refresh the .ts sources, then translate the new entries.
update-translations: venv
	$(BIN)/pyside6-lupdate $(TRANSLATED) -ts i18n/*.ts

bench: venv
	$(BIN)/python bench/latency.py
	$(BIN)/python bench/contention.py
	$(BIN)/python bench/busiest_minute.py
	$(BIN)/python bench/call_latency.py
	$(BIN)/python bench/export.py

# The one-folder program for branch PCs (build.spec): dist/kiosk/, and dist/kiosk-<version>-<os>.tgz.
bundle: venv translations $(VENV)/.bundle
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	tar -C dist -czf dist/kiosk-$$($(BIN)/python -c 'import kiosk; print(kiosk.__version__)')-$$(uname -s | tr A-Z a-z).tgz kiosk
	@du -sh dist/kiosk; ls -l dist/*.tgz

$(VENV)/.bundle: pyproject.toml | venv
	$(BIN)/python -m pip install -q -e '.[test,bundle]'
	touch $@

# The frozen programs start on a bare screen and exit cleanly (CI runs this after the tests).
bundle-check:
	packaging/check_bundle.sh dist/kiosk

lint: venv
	$(BIN)/ruff check kiosk tests bench scripts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
