package cli

import (
	"context"
	"fmt"
)

const versionUsage = `
Usage: tafsiri version

Prints the version of this build.
`

func runVersion(_ context.Context, m *Main, args []string) error {
	fs := m.flagSet("version", versionUsage)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("version takes no arguments")
	}
	fmt.Fprintf(m.Stdout, "tafsiri %s\n", m.Version)
	return nil
}
