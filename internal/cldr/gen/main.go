// Command gen writes internal/cldr/tables.go from CLDR's JSON packages on npm.
//
// Usage, from internal/cldr (go generate runs it so):
//
//	go run ./gen [-data DIR] [-o FILE]
//
// -data is the node_modules folder that holds cldr-core, cldr-dates-full and
// cldr-numbers-full (default $CLDR_DATA, else /tmp/cldr/node_modules); -o is
// the file to write (default tables.go, "-" for standard output). It fails,
// writing nothing, when a language lacks a pattern or a pattern uses a field
// the formatter does not write.
package main

import (
	"flag"
	"fmt"
	"os"
)

// tags are the app's default languages (see defaults/), in the order the
// tables list them.
var tags = []string{"en", "es-419", "fr", "pt-BR", "ar", "sw", "hi", "bn", "ur", "fa", "zh-Hans", "ru", "id"}

func main() {
	data := flag.String("data", defaultData(), "node_modules folder holding cldr-core, cldr-dates-full and cldr-numbers-full")
	out := flag.String("o", "tables.go", `file to write, "-" for standard output`)
	flag.Parse()
	src, err := generate(*data, tags)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *out == "-" {
		_, err = os.Stdout.Write(src)
	} else {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen: write tables:", err)
		os.Exit(1)
	}
}

// defaultData returns $CLDR_DATA, else the folder the package doc installs to.
func defaultData() string {
	if d := os.Getenv("CLDR_DATA"); d != "" {
		return d
	}
	return "/tmp/cldr/node_modules"
}
