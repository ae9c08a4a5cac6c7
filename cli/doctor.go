package cli

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"tafsiri/storage"
)

const doctorUsage = `
Usage: tafsiri doctor [--db PATH]

Opens the database (creating and migrating it when needed) and prints its path,
schema version, SQLite version and the rows in each table, then runs SQLite's
integrity check. Exits 1 when anything is wrong.
`

func runDoctor(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("doctor", doctorUsage)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("doctor takes no arguments")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		h, err := st.Check(ctx)
		if err != nil {
			return err
		}
		if err := printHealth(m, h); err != nil {
			return err
		}
		if !h.OK() {
			return errors.New(healthProblem(h))
		}
		return nil
	})
}

func printHealth(m *Main, h storage.Health) error {
	w := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "Database:\t%s\n", h.Path)
	fmt.Fprintf(w, "Schema version:\t%d (this build: %d)\n", h.SchemaVersion, h.LatestVersion)
	fmt.Fprintf(w, "SQLite version:\t%s\n", h.SQLiteVersion)
	fmt.Fprintln(w, "Rows per table:")
	for _, t := range h.Tables {
		fmt.Fprintf(w, "  %s\t%d\n", t.Name, t.Rows)
	}
	if len(h.Integrity) == 1 {
		fmt.Fprintf(w, "Integrity check:\t%s\n", h.Integrity[0])
	} else {
		fmt.Fprintf(w, "Integrity check:\t%d problems\n", len(h.Integrity))
		for _, line := range h.Integrity {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	return w.Flush()
}

// healthProblem says in one line what doctor found wrong.
func healthProblem(h storage.Health) string {
	if h.SchemaVersion != h.LatestVersion {
		return fmt.Sprintf("database %s has schema version %d, want %d", h.Path, h.SchemaVersion, h.LatestVersion)
	}
	first := ""
	if len(h.Integrity) > 0 {
		first = h.Integrity[0]
	}
	return fmt.Sprintf("database %s failed the integrity check (%d problems, first: %s); restore it from a backup",
		h.Path, len(h.Integrity), first)
}
