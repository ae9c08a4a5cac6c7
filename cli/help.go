package cli

import (
	"context"
	"fmt"
	"strings"
)

// mainUsage is the help text of the tafsiri binary itself.
func mainUsage() string {
	var b strings.Builder
	b.WriteString(`Tafsiri translates health notices between languages, offline.

Usage:
  tafsiri [--db PATH]                   open the desktop window
  tafsiri [--db PATH] COMMAND [ARGS]    run a command without a window

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	b.WriteString(`
Run 'tafsiri help COMMAND' or 'tafsiri COMMAND --help' for what a command takes.
Exit codes: 0 done, 1 failed (the reason is on stderr), 2 wrong usage.
`)
	return b.String()
}

const helpUsage = `
Usage: tafsiri help [COMMAND]

Shows what tafsiri or one of its commands does and takes.
`

func runHelp(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("help", helpUsage)
	if err := fs.parse(args); err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
		fmt.Fprint(m.Stdout, mainUsage())
		return nil
	case 1:
		for _, c := range commands() {
			if c.name == fs.Arg(0) {
				return c.run(ctx, m, []string{"--help"})
			}
		}
		return usagef("no command %q", fs.Arg(0))
	default:
		return usagef("help takes at most one command, got %d", fs.NArg())
	}
}
