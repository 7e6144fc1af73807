# The two entry points of the README. Both install what is missing first.
BUILD ?= build

.PHONY: all deps build run check bench clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD) -Dmust_work=$(if $(CI),true,false)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	./$(BUILD)/secexec run examples/hello.js

check: build
	@meson test -C $(BUILD) --print-errorlogs --no-rebuild; rc=$$?; \
	  python3 scripts/test-summary.py $(BUILD)/meson-logs/testlog.json; exit $$rc

bench: build
	bash bench/startup

clean:
	rm -rf $(BUILD)
