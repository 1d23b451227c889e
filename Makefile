# geokg: the two commands a new user needs are `make run` and `make test` (see README.md).
SHELL := /bin/bash
GO    ?= go
BIN   := bin/geokg
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
WEB_SOURCES := $(wildcard web/src/* web/src/explore/*) web/build.mjs web/package.json web/package-lock.json

.PHONY: help build web run test test-unit eval eval-blind learn-cv train parser-eval gazetteer frames polarity vader-lexicon bench bench-ingest bench-compare fuzz generate check-generated lint clean neo4j-up neo4j-down neo4j-status neo4j-reset

help: ## list the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

build: web ## build bin/geokg with the playground and the explorer embedded
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/geokg

web: web/dist/index.html ## build the playground and explorer assets from npm packages (web/dist)

web/dist/index.html: $(WEB_SOURCES)
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build

run: build ## start Neo4j, migrate, ingest examples/, serve http://localhost:8080 (Ctrl-C stops all)
	@scripts/run.sh

test: ## run every test against a real Neo4j that it starts and stops
	@scripts/test.sh

test-unit: ## run the tests that need no Neo4j (integration tests skip)
	NEO4J_URI=bolt://127.0.0.1:1 $(GO) test ./...

eval: ## extract every dev article and score it against the gold files
	@scripts/eval.sh

eval-blind: ## score the extractor on the blind-annotated corpus articles of eval/blind (BLIND=g21 for one draw)
	@scripts/eval-blind.sh

learn-cv: ## cross-validate a learned reader of the pairs the rules leave, on eval/blind and dev (LEARN_FLAGS="-variant typed")
	@scripts/learn-cv.sh

train: ## retrain the syntax model (tagger, lemmatiser, parser) from ../shared/treebanks into syntax/model/en.model
	$(GO) run ./cmd/geokg-syntax train

parser-eval: ## print the embedded syntax model's UPOS, UAS and LAS on the EWT and GUM test sets
	$(GO) run ./cmd/geokg-syntax eval

gazetteer: ## regenerate gazetteer/data/phoenix-*.json and agents.json from ../shared/lexicons/petrarch2
	$(GO) run ./gazetteer/internal/gen -shared ../shared -data gazetteer/data

frames: ## regenerate frames/data/cameo.tsv from ../shared/lexicons/petrarch2/CAMEO.2.0.txt
	$(GO) run ./frames/internal/gen -in ../shared/lexicons/petrarch2/CAMEO.2.0.txt -out frames/data/cameo.tsv

# The cache where scripts/test.sh keeps the lexicon too, so that neither fetches it twice.
VADER_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/geokg/vader
polarity: vader-lexicon ## regenerate frames/data/polarity.txt from the VADER sentiment lexicon (vaderSentiment 3.3.2, fetched with pip)
	$(GO) run ./frames/internal/polarity -in $(VADER_DIR)/vaderSentiment/vader_lexicon.txt -out frames/data/polarity.txt

vader-lexicon: ## fetch the VADER sentiment lexicon with pip into VADER_DIR (for make polarity and the test of polarity.txt)
	python3 -m pip download -q vaderSentiment==3.3.2 --no-deps -d $(VADER_DIR)
	python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("vaderSentiment/vader_lexicon.txt", sys.argv[2])' $(VADER_DIR)/vaderSentiment-3.3.2-py2.py3-none-any.whl $(VADER_DIR)

bench: ## run the Go benchmarks (figures go in BENCHMARKS.md)
	$(GO) test -run='^$$' -bench=. -benchmem ./...

bench-ingest: ## ingest a synthetic corpus into a new Neo4j in chunks and print each chunk's rate (NEO4J_PORT must be free; see BENCHMARKS.md)
	scripts/bench-ingest.sh $(ARTICLES) $(CHUNK)

bench-compare: ## geokg vs raw Cypher vs @neo4j/graphql on a seeded graph (REPLACES the local Neo4j's graph; BENCHMARKS.md)
	@scripts/bench-compare.sh

fuzz: ## run each fuzz target for 30s
	$(GO) test -run='^$$' -fuzz=FuzzExtract -fuzztime=30s ./extract/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=30s ./document/
	$(GO) test -run='^$$' -fuzz=FuzzSyntax -fuzztime=30s ./syntax/

generate: ## regenerate gqlgen's code in graph/ from schema.graphqls
	$(GO) generate ./...

check-generated: ## fail when graph/ is stale against schema.graphqls
	@scripts/check-generated.sh

lint: ## gofmt and go vet
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

clean: ## remove build output (not Neo4j's data: see neo4j-reset)
	rm -rf bin web/dist/assets web/dist/index.html

neo4j-up: ## start the local Neo4j in the background (idempotent); prints its Bolt URI
	@scripts/neo4j.sh up

neo4j-down: ## stop the local Neo4j cleanly
	@scripts/neo4j.sh down

neo4j-status: ## say whether the local Neo4j runs (exit 0) or not (exit 3)
	@scripts/neo4j.sh status

neo4j-reset: ## stop the local Neo4j and delete its data
	@scripts/neo4j.sh reset
