package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"tafsiri/defaults"
	"tafsiri/storage"
)

const doctorUsage = `
Usage: tafsiri doctor [--db PATH]

Opens the database (creating and migrating it when needed) and prints its path,
schema version, SQLite version and the rows in each table, then runs SQLite's
integrity check and looks for half-written state: models an interrupted save
left unfinished (opening the database for writing removes them, and doctor
says so), rows whose model, concept or segment is gone, and an install of the
defaults that was interrupted. Exits 1 when anything is wrong.
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
		have, err := defaults.Installed(ctx, st)
		if err != nil {
			return err
		}
		began, err := defaults.Unfinished(ctx, st)
		if err != nil {
			return err
		}
		if err := printHealth(m, h, have, began); err != nil {
			return err
		}
		if !h.OK() {
			return errors.New(healthProblem(h))
		}
		if began > 0 {
			return fmt.Errorf("the install of the defaults (version %d) was interrupted; 'tafsiri defaults install' finishes it", began)
		}
		return nil
	})
}

// printHealth prints what Check found and the state of the defaults: have
// is the version installed, began one whose install was interrupted (or 0).
func printHealth(m *Main, h storage.Health, have, began int) error {
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
	printLines(w, "Half-written state:", "none", slices.Concat(h.Unfinished, h.Dangling))
	if len(h.Repaired) > 0 {
		printLines(w, "Repaired on open:", "", h.Repaired)
	}
	fmt.Fprintf(w, "Defaults:\tversion %d (this build: %d)\n", have, defaults.Version)
	if began > 0 {
		fmt.Fprintf(w, "  the install of version %d was interrupted\n", began)
	}
	return w.Flush()
}

// printLines prints a heading with the number of lines and the lines under
// it, or the heading with none when there are none.
func printLines(w io.Writer, heading, none string, lines []string) {
	if len(lines) == 0 {
		fmt.Fprintf(w, "%s\t%s\n", heading, none)
		return
	}
	fmt.Fprintf(w, "%s\t%d\n", heading, len(lines))
	for _, line := range lines {
		fmt.Fprintf(w, "  %s\n", line)
	}
}

// healthProblem says in one line what doctor found wrong.
func healthProblem(h storage.Health) string {
	if h.SchemaVersion != h.LatestVersion {
		return fmt.Sprintf("database %s has schema version %d, want %d", h.Path, h.SchemaVersion, h.LatestVersion)
	}
	if len(h.Integrity) != 1 || h.Integrity[0] != "ok" {
		first := ""
		if len(h.Integrity) > 0 {
			first = h.Integrity[0]
		}
		return fmt.Sprintf("database %s failed the integrity check (%d problems, first: %s); restore it from a backup",
			h.Path, len(h.Integrity), first)
	}
	half := slices.Concat(h.Unfinished, h.Dangling)
	return fmt.Sprintf("database %s holds half-written state (%d problems, first: %s)",
		h.Path, len(half), half[0])
}
