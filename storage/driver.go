package storage

import (
	"database/sql"

	"github.com/mattn/go-sqlite3"

	"tafsiri/glossary"
)

// driverName is go-sqlite3 with Tafsiri's SQL functions added to every connection.
const driverName = "sqlite3_tafsiri"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: addFunctions})
}

// addFunctions gives SQL the text folding the glossary matches with:
// unaccent(key) drops the accents of a lookup key, for searches that ignore them.
func addFunctions(conn *sqlite3.SQLiteConn) error {
	return conn.RegisterFunc("unaccent", glossary.WithoutAccents, true)
}
