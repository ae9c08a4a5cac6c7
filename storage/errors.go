package storage

import "errors"

// ErrNotDatabase reports a file that is not a SQLite database.
var ErrNotDatabase = errors.New("not a SQLite database")

// ErrForeignDatabase reports a SQLite database that some other program wrote.
var ErrForeignDatabase = errors.New("a SQLite database of another program, not Tafsiri's")

// ErrNewerSchema reports a database written by a newer version of Tafsiri.
var ErrNewerSchema = errors.New("database was written by a newer version of Tafsiri")
