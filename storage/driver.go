package storage

import (
	"database/sql"
	"errors"

	"github.com/mattn/go-sqlite3"

	"tafsiri/glossary"
	"tafsiri/memory"
)

// driverName is go-sqlite3 with Tafsiri's SQL functions added to every connection.
const driverName = "sqlite3_tafsiri"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: addFunctions})
}

// addFunctions gives SQL the text folding the glossary and the memory match
// with: unaccent(key) drops the accents of a lookup key, for searches that
// ignore them; tm_key(lang, text) is a memory segment's exact-match key
// (memory.Key), for migrations that key stored text.
func addFunctions(conn *sqlite3.SQLiteConn) error {
	return errors.Join(conn.RegisterFunc("unaccent", glossary.WithoutAccents, true),
		conn.RegisterFunc("tm_key", memory.Key, true))
}
