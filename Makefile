# Tafsiri: `make run` opens the app, `make test` runs every check: go vet,
# errcheck, and every test of every package under the race detector.
# Both install the Debian build dependencies first when they are missing.

GO      ?= go
BIN     := bin/tafsiri
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

TICO    ?= ../shared/data/tico19
# The tests find the TICO-19 data through internal/tico19, which reads this
# (else it searches the parent folders; with CI=true, missing data fails).
ifneq ($(wildcard $(TICO)),)
export TAFSIRI_TICO19 ?= $(abspath $(TICO))
endif

.PHONY: run test build bench bench-quality screenshots deps clean

run: build
	./$(BIN)

# -timeout: the defaults tests translate the whole phrasebook; under -race
# on 2 shared cores they need more than go test's default 10 minutes (20 in
# the CI run of 7e7c524, before the phrasebook grew by a third); the limit
# is per package binary.
test: deps
	@scripts/install-deps libxml2-utils translate-toolkit dict-freedict-eng-spa
	$(GO) vet ./...
	$(GO) tool errcheck -blank -exclude scripts/errcheck-excludes ./...
	$(GO) test -race -timeout 60m ./...

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

# Go benchmarks of every package, the language-detection report on TICO-19
# (accuracy per language, confusions, latency, readiness, memory), then the
# team's notice test set translated with the defaults only (chrF per
# language, English words and month/weekday names left, invented and
# left-out content), before (the build of BEFORE, measured in the same run)
# and after (this build).
BEFORE ?= 541e8a8
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	TAFSIRI_DETECT_REPORT=1 $(GO) test -count=1 -run TICODetectionReport -v ./translate/detect/
	scripts/bench-notices-before $(BEFORE)
	@echo "After: this build"; echo
	./$(BIN) bench notices --data testdata/notices

# Trains every TICO-19 pair, scores both directions on dev, and compares en→es
# with Apertium (installed here when missing) in the same run.
bench-quality: build
	@scripts/install-deps apertium apertium-eng-spa
	./$(BIN) bench quality --data $(TICO) --out bench-quality.md

# PNGs of every view with Arabic, Hindi, Chinese and Amharic content, taken
# from the window under Xvfb, into docs/screenshots/.
screenshots: deps
	scripts/screenshots

deps:
	@scripts/install-deps

clean:
	rm -rf bin
