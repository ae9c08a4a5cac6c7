-- 0010: the lexicon, a bilingual dictionary (lexicon.Entry): words and expressions with their
-- translations, each side with its forms, and where each entry comes from under which licence.
-- It is not the glossary: nothing in it is forced into output; the engine offers its translations
-- for the words its model does not know (translate.FromDictionary).

-- Where entries come from ("FreeDict eng-spa 0.3.1", a file's name) and the terms they may be
-- used under, once for all the entries of a dictionary.
CREATE TABLE lexicon_sources (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    licence  TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (name, licence)
);

-- An entry: a source word or expression and its translation, each side its lemma and forms
-- joined by '|' (lexicon.JoinForms).
CREATE TABLE lexicon (
    id        INTEGER PRIMARY KEY,
    src_lang  TEXT NOT NULL REFERENCES languages (tag),
    src_forms TEXT NOT NULL CHECK (src_forms <> ''),
    pos       TEXT NOT NULL DEFAULT '',
    tgt_lang  TEXT NOT NULL REFERENCES languages (tag),
    tgt_forms TEXT NOT NULL CHECK (tgt_forms <> ''),
    source_id INTEGER NOT NULL REFERENCES lexicon_sources (id) ON DELETE CASCADE,
    UNIQUE (src_lang, tgt_lang, src_forms, pos, tgt_forms, source_id)
);
CREATE INDEX lexicon_by_source ON lexicon (source_id);

-- The key (lexicon.Key) of every form of both sides of each entry, so that an entry is found
-- from any of its forms and answers both directions: side 0 is the source side, 1 the target
-- side; form is the form's place in its side's forms, 0 for the lemma.
CREATE TABLE lexicon_keys (
    key      TEXT NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES lexicon (id) ON DELETE CASCADE,
    side     INTEGER NOT NULL CHECK (side IN (0, 1)),
    form     INTEGER NOT NULL,
    PRIMARY KEY (key, entry_id, side, form)
) WITHOUT ROWID;
CREATE INDEX lexicon_keys_by_entry ON lexicon_keys (entry_id);
