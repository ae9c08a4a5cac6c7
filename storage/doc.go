// Package storage keeps everything Tafsiri knows in one SQLite file: languages,
// glossary concepts and terms with their history, translation-memory segments,
// trained phrase models and settings.
//
// It is the only package that imports database/sql and the SQLite driver. The
// schema is built by numbered migrations embedded from migrations/*.sql; each
// runs in its own transaction and is recorded in the schema_migrations table,
// so an interrupted upgrade leaves the file as it was. A file written by a newer
// Tafsiri, a foreign SQLite database or a file that is not SQLite at all is
// refused and never modified.
package storage
