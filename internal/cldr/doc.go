// Package cldr holds the date, time and digit data of the app's languages,
// taken from the Unicode Common Locale Data Repository (CLDR) and turned into
// Go tables by the generator in gen/ (tables.go is its output; never edit it
// by hand).
//
// The data comes from CLDR's JSON packages on npm (cldr-core,
// cldr-dates-full and cldr-numbers-full; the version is in [Version] and in
// the header of tables.go). To refresh it, install them outside the
// repository and run go generate; the generator reads the node_modules
// folder named by its -data flag, which defaults to $CLDR_DATA and else to
// /tmp/cldr/node_modules:
//
//	npm install --prefix /tmp/cldr cldr-core@48.2.0 cldr-dates-full@48.2.0 cldr-numbers-full@48.2.0
//	go generate ./internal/cldr/
//
// For each language the tables keep the Gregorian month and weekday names (the
// format context, used inside dates, as in Russian "12 марта", and the
// stand-alone context, used alone), the abbreviated day periods (AM/PM), the
// patterns for "day month", "day month year", "weekday day month",
// "weekday day month year", "month year", a date in digits ("d/M/y"), short
// times and day ranges, and the default
// numbering system with its digits and separators.
//
// A pattern CLDR does not give for a skeleton directly is taken from the
// nearest one it gives, with the widths of the month and weekday fields
// widened, as UTS #35 ("Matching Skeletons") describes; each pattern in
// tables.go names where it came from. CLDR data is under the Unicode License
// v3 (https://www.unicode.org/license.txt).
package cldr

//go:generate go run ./gen -o tables.go
