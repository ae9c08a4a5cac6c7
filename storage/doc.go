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
//
// Writers take the lock in turn, Open too when it upgrades the schema: one
// that finds another process writing waits, tells the WhenBusy notice after
// a few seconds, and goes on waiting instead of failing with "database is
// locked". A memory import stages what
// it reads in temporary tables, which lock nothing, and publishes it in one
// short transaction. A database that cannot be written (a read-only file,
// folder or mount, or a full disk) is opened for reading: ReadOnly says why,
// and every change fails with ErrReadOnly or ErrDiskFull, naming the file.
package storage
