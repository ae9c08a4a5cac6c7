-- 0002: an inverted index over translation-memory segments for fuzzy lookup. Each gram
-- (memory.Grams of the source text) is stored as "src>tgt|gram", so a lookup reads only the
-- postings of its own language pair.
CREATE TABLE tm_grams (
    gram       TEXT NOT NULL,
    segment_id INTEGER NOT NULL REFERENCES tm_segments (id) ON DELETE CASCADE,
    PRIMARY KEY (gram, segment_id)
) WITHOUT ROWID;
CREATE INDEX tm_grams_by_segment ON tm_grams (segment_id);
