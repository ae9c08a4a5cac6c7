package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"tafsiri/defaults"
	"tafsiri/storage"
)

const defaultsUsage = `
Usage: tafsiri defaults status
       tafsiri defaults install
       tafsiri defaults reset [--yes]

The defaults are the team's health-notice phrasebook (translation memory and
a phrase model per language pair) and health glossary, drafts not yet
reviewed by native medical translators.

Every database gets them. The window when it starts, and translate and
detect before they run, install them when the database holds none or older
ones than this build ships, and finish an install that was interrupted; so
a database that train used first gets them too (models users trained are
never replaced). With TAFSIRI_DEFAULTS=off, and into a database that can
only be read, translate and detect install nothing; status and doctor say
when an install was left unfinished.

install adds what this version has that the database lacks, never
overwriting. reset puts them back as shipped: the default glossary entries
are re-imported (the old ones stay in the glossary history), the default
memory replaced and the default models retrained; it asks first when users
have changed default entries.
`

func runDefaults(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("defaults", defaultsUsage)
	yes := fs.Bool("yes", false, "reset without asking, also over users' changes")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("defaults needs one action: status, install or reset")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		switch fs.Arg(0) {
		case "status":
			have, err := defaults.Installed(ctx, st)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "installed defaults: version %d (this build ships version %d)\n", have, defaults.Version)
			began, err := defaults.Unfinished(ctx, st)
			if began > 0 {
				fmt.Fprintf(m.Stdout, "the install of version %d was interrupted; 'tafsiri defaults install' finishes it\n", began)
			}
			return err
		case "install":
			return installDefaults(ctx, m, st, m.Stdout)
		case "reset":
			return resetDefaults(ctx, m, st, *yes)
		}
		return usagef("defaults: unknown action %q (status, install or reset)", fs.Arg(0))
	})
}

// installDefaults installs the defaults and says on report what it did:
// stdout when installing is the command's work, stderr when it only
// prepares a command whose stdout carries other results.
func installDefaults(ctx context.Context, m *Main, st *storage.Store, report io.Writer) error {
	rep, err := defaults.Install(ctx, st, func(stage string) { fmt.Fprintf(m.Stderr, "defaults: %s…\n", stage) })
	if err != nil {
		return err
	}
	printDefaultsReport(m, report, rep)
	return nil
}

func resetDefaults(ctx context.Context, m *Main, st *storage.Store, yes bool) error {
	changed, err := defaults.Changed(ctx, st)
	if err != nil {
		return err
	}
	if len(changed) > 0 && !yes {
		fmt.Fprintf(m.Stderr, "%d default glossary entries were changed by users, e.g. %s.\n", len(changed), termList(changed[0]))
		fmt.Fprintf(m.Stderr, "Reset undoes those changes (they stay in the glossary history). Reset? [y/N] ")
		answer, err := bufio.NewReader(m.Stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) { // no answer at all (EOF) is no
			return fmt.Errorf("reset defaults: read the answer: %w", err)
		}
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
			return fmt.Errorf("reset defaults: cancelled, nothing changed")
		}
	}
	rep, err := defaults.Reset(ctx, st, func(stage string) { fmt.Fprintf(m.Stderr, "defaults: %s…\n", stage) })
	if err != nil {
		return err
	}
	printDefaultsReport(m, m.Stdout, rep)
	return nil
}

// printDefaultsReport prints what an install or reset did on w, and the
// entries it skipped or found in conflict on stderr.
func printDefaultsReport(m *Main, w io.Writer, rep *defaults.Report) {
	if !rep.Installed {
		fmt.Fprintf(w, "the defaults (version %d) are installed already\n", defaults.Version)
		return
	}
	fmt.Fprintf(w, "installed defaults version %d: %d glossary concepts, %d terms, %d memory segments, models for %s\n",
		defaults.Version, rep.Concepts, rep.Terms, rep.Segments, strings.Join(rep.Models, ", "))
	if rep.Retired > 0 {
		fmt.Fprintf(w, "retired %d memory segments of an older version that this one corrected or dropped\n", rep.Retired)
	}
	if len(rep.Kept) > 0 {
		fmt.Fprintf(w, "kept the user-trained models of %s\n", strings.Join(rep.Kept, ", "))
	}
	printList(m, "skipped", rep.Skipped)
	printList(m, "conflict", rep.Conflicts)
}

// ensureDefaults installs the defaults into a database that holds none, or
// older ones, or whose install was interrupted (defaults.Install finishes
// it), so that a translation works. TAFSIRI_DEFAULTS=off, and a database
// opened for reading only (withStore has said so), leave the database as
// it is (defaults.Automatic).
func ensureDefaults(ctx context.Context, m *Main, st *storage.Store) error {
	if !defaults.Automatic(st, m.getenv) {
		return nil
	}
	have, err := defaults.Installed(ctx, st)
	if err != nil || have >= defaults.Version {
		return err
	}
	began, err := defaults.Unfinished(ctx, st)
	switch {
	case err != nil:
		return err
	case began > 0:
		fmt.Fprintf(m.Stderr, "defaults: finishing the install of version %d that was interrupted\n", began)
	default:
		fmt.Fprintf(m.Stderr, "defaults: installing the default phrasebook and glossary, version %d (TAFSIRI_DEFAULTS=off skips this)\n",
			defaults.Version)
	}
	return installDefaults(ctx, m, st, m.Stderr)
}

// withStoreDefaults is withStore for a command that translates or detects:
// it installs the defaults first where they are missing (ensureDefaults).
func (m *Main) withStoreDefaults(ctx context.Context, fn func(*storage.Store) error) error {
	return m.withStore(ctx, func(st *storage.Store) error {
		if err := ensureDefaults(ctx, m, st); err != nil {
			return err
		}
		return fn(st)
	})
}
