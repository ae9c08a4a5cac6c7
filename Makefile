# Tafsiri: `make run` opens the app, `make test` runs every check.
# Both install the Debian build dependencies first when they are missing.

GO      ?= go
BIN     := bin/tafsiri
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: run test build bench deps clean

run: build
	./$(BIN)

test: deps
	$(GO) vet ./...
	$(GO) test ./...

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

deps:
	@scripts/install-deps

clean:
	rm -rf bin
