package tbx

// Dialect is the edition of the TBX standard a document follows.
type Dialect int

// The dialects the Reader detects and the Writer writes.
const (
	// Dialect2008 is ISO 30042:2008: a martif root, termEntry, langSet, tig.
	Dialect2008 Dialect = iota + 1
	// DialectV3 is ISO 30042:2019: a tbx root, conceptEntry, langSec, termSec.
	DialectV3
)

// String returns "TBX 2008", "TBX v3" or "unknown TBX dialect".
func (d Dialect) String() string {
	switch d {
	case Dialect2008:
		return "TBX 2008"
	case DialectV3:
		return "TBX v3"
	}
	return "unknown TBX dialect"
}

// dialectOf returns the dialect of a root element, or 0.
func dialectOf(root string) Dialect {
	switch root {
	case "martif":
		return Dialect2008
	case "tbx":
		return DialectV3
	}
	return 0
}
