-- 0003: the exact-match key of each segment's target text too (memory.Key, as lookup_key is of
-- the source), so that a segment answers in both directions and, through segments that share a
-- source, between its targets: the memory is one multilingual memory. tm_key is memory.Key,
-- registered on every connection (storage/driver.go).
ALTER TABLE tm_segments ADD COLUMN tgt_key TEXT NOT NULL DEFAULT '';
UPDATE tm_segments SET tgt_key = tm_key(tgt_lang, tgt_text);
CREATE INDEX tm_segments_by_target ON tm_segments (tgt_lang, tgt_key);
