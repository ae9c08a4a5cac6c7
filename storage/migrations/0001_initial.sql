-- 0001: the first schema. Never edit this file once released; add 0002_*.sql instead.

-- Marks the file as a Tafsiri database ('TAFS'), so a foreign SQLite file is refused, not migrated.
PRAGMA application_id = 1413563987;

-- Every language the app holds data for, as a canonical BCP 47 tag (e.g. "es-419", "zh-Hans").
CREATE TABLE languages (
    tag      TEXT PRIMARY KEY CHECK (tag <> ''),
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- A glossary concept: one meaning, with terms in many languages (as a TBX termEntry).
CREATE TABLE concepts (
    id         INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A term of a concept in one language.
CREATE TABLE terms (
    id             INTEGER PRIMARY KEY,
    concept_id     INTEGER NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
    lang           TEXT NOT NULL REFERENCES languages (tag),
    text           TEXT NOT NULL CHECK (text <> ''),
    lookup_key     TEXT NOT NULL,  -- NFC, case-folded text used for matching
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'forbidden')),
    part_of_speech TEXT NOT NULL DEFAULT '',
    definition     TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    created_by     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by     TEXT NOT NULL DEFAULT '',
    changed_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (concept_id, lang, text)
);
CREATE INDEX terms_by_lookup ON terms (lang, lookup_key);

-- Every change to a glossary entry, newest last. No foreign key: history outlives a deleted entry.
CREATE TABLE glossary_history (
    id         INTEGER PRIMARY KEY,
    concept_id INTEGER NOT NULL,
    term_id    INTEGER,
    action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    snapshot   TEXT NOT NULL,  -- JSON of the entry as it was after the change (before, for delete)
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX glossary_history_by_concept ON glossary_history (concept_id, id);

-- Translation-memory segments: one source/target pair each.
CREATE TABLE tm_segments (
    id            INTEGER PRIMARY KEY,
    src_lang      TEXT NOT NULL REFERENCES languages (tag),
    tgt_lang      TEXT NOT NULL REFERENCES languages (tag),
    src_text      TEXT NOT NULL CHECK (src_text <> ''),
    tgt_text      TEXT NOT NULL CHECK (tgt_text <> ''),
    lookup_key    TEXT NOT NULL,  -- normalised source text for exact matches
    origin        TEXT NOT NULL CHECK (origin IN ('import', 'user', 'default')),
    origin_detail TEXT NOT NULL DEFAULT '',  -- e.g. the imported file's name
    approved      INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
    use_count     INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    used_at       TEXT,
    UNIQUE (src_lang, tgt_lang, lookup_key, tgt_text)
);
CREATE INDEX tm_segments_by_lookup ON tm_segments (src_lang, tgt_lang, lookup_key);

-- A trained phrase model for one direction. Only one model per direction is 'ready' (serving);
-- a re-trained model is written as 'training' and swapped in by one UPDATE.
CREATE TABLE models (
    id         INTEGER PRIMARY KEY,
    src_lang   TEXT NOT NULL REFERENCES languages (tag),
    tgt_lang   TEXT NOT NULL REFERENCES languages (tag),
    state      TEXT NOT NULL CHECK (state IN ('training', 'ready', 'retired')),
    source     TEXT NOT NULL DEFAULT '',    -- what it was trained from
    pairs      INTEGER NOT NULL DEFAULT 0,  -- sentence pairs used
    lm_order   INTEGER NOT NULL DEFAULT 0,  -- order of the target n-gram model
    phrase_count INTEGER NOT NULL DEFAULT 0, -- (source, target) phrase pairs
    ngram_count  INTEGER NOT NULL DEFAULT 0, -- n-grams in the language model
    weights    TEXT NOT NULL DEFAULT '{}',  -- tuned feature weights and decoder settings, JSON
    quality    TEXT NOT NULL DEFAULT '{}',  -- evaluation figures, JSON
    trained_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX models_serving ON models (src_lang, tgt_lang) WHERE state = 'ready';

-- The phrase table of a model: one row per source phrase (tokens joined by spaces) holding all
-- its target phrases, best first, packed as (uvarint length, UTF-8 text, 4 little-endian float32
-- features) each: one indexed read gives every choice for a span.
CREATE TABLE phrases (
    model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    src      TEXT NOT NULL,
    targets  BLOB NOT NULL,
    PRIMARY KEY (model_id, src)
) WITHOUT ROWID;

-- The target-language n-gram model of a phrase model (interpolated Kneser-Ney in backoff form),
-- in the lm package's checksummed binary form: loading it is one read and no rebuilding.
CREATE TABLE language_models (
    model_id    INTEGER PRIMARY KEY REFERENCES models (id) ON DELETE CASCADE,
    ngram_count INTEGER NOT NULL,
    data        BLOB NOT NULL
);

-- How the target language spells a case-folded word when it is not lower case ("covid-19" →
-- "COVID-19", "kenya" → "Kenya"), learnt from the training text, to restore case in output.
CREATE TABLE casing (
    model_id INTEGER NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    word     TEXT NOT NULL,
    form     TEXT NOT NULL,
    PRIMARY KEY (model_id, word)
) WITHOUT ROWID;

-- User settings as key/value text.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
