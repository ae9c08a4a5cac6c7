// Package cli is Tafsiri's command line: global flags, help, exit codes and
// one file per command. With no command it opens the desktop window through
// the OpenWindow hook that main wires in, so this package never needs a
// graphics driver.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/storage"
)

// Exit codes every command keeps to.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Main runs one invocation of the tafsiri binary.
type Main struct {
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	Getenv  func(string) string
	Version string
	// OpenWindow shows the desktop app on an open store and returns when it closes.
	OpenWindow func(ctx context.Context, st *storage.Store) error

	dbFlag string
}

// command is one subcommand: its name, a one-line summary, and what runs it.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

// commands lists every subcommand in the order help shows them.
func commands() []command {
	return []command{
		{"translate", "translate text line by line with the local phrase models", runTranslate},
		{"train", "train phrase models of both directions from a TMX, TSV or parallel text", runTrain},
		{"eval", "score a model on a test TMX with chrF and BLEU", runEval},
		{"tune", "tune a model's feature weights for chrF on a tuning TMX", runTune},
		{"bench", "measure quality and speed on a TICO-19-style folder (bench quality)", runBench},
		{"detect", "name the language of each line, with a confidence", runDetect},
		{"glossary", "import, export, list, add, approve, forbid, edit, delete and restore glossary terms", runGlossary},
		{"defaults", "install or reset the team's default phrasebook, glossary and models", runDefaults},
		{"tm", "import, export and search the translation memory (TMX)", runTM},
		{"lexicon", "import (FreeDict, TSV), list, search and export the bilingual dictionary", runLexicon},
		{"settings", "read and change settings kept in the database", runSettings},
		{"doctor", "check the database: path, versions, row counts, integrity", runDoctor},
		{"version", "print the version of this build", runVersion},
		{"help", "show help for tafsiri or one of its commands", runHelp},
	}
}

// usageError is a mistake in how tafsiri was called; it exits with ExitUsage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Run executes args (without the program name) and returns the exit code.
// Errors are printed to Stderr as one line; results that could not all be
// written to Stdout are an error too.
func (m *Main) Run(ctx context.Context, args []string) int {
	out := &stickyWriter{w: m.Stdout}
	checked := *m
	checked.Stdout = out
	err := checked.dispatch(ctx, args)
	if out.err != nil && (err == nil || errors.Is(err, flag.ErrHelp) || errors.Is(err, out.err)) {
		err = fmt.Errorf("write results: %w", out.err) // unless the command failed for a reason of its own
	}
	var usage usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.As(err, &usage):
		fmt.Fprintf(m.Stderr, "tafsiri: %s (see 'tafsiri help')\n", oneLine(err))
		return ExitUsage
	default:
		fmt.Fprintf(m.Stderr, "tafsiri: %s\n", oneLine(err))
		return ExitFailure
	}
}

func (m *Main) dispatch(ctx context.Context, args []string) error {
	fs := m.flagSet("tafsiri", mainUsage())
	fs.stopAtArg = true
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return m.openWindow(ctx)
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	for _, c := range commands() {
		if c.name == name {
			if err := c.run(ctx, m, rest); err != nil && !errors.Is(err, flag.ErrHelp) {
				return fmt.Errorf("%s: %w", name, err)
			}
			return nil
		}
	}
	return usagef("unknown command %q", name)
}

func (m *Main) openWindow(ctx context.Context) error {
	if m.OpenWindow == nil {
		return errors.New("this build has no desktop window; use a command")
	}
	return m.withStore(ctx, func(st *storage.Store) error { return m.OpenWindow(ctx, st) })
}

// flagSet is a command's flags, its help text, and where help goes. Unlike
// the flag package alone, it accepts flags after positional arguments
// ("tafsiri train notices.tmx --src en"), as the usage texts show them.
type flagSet struct {
	*flag.FlagSet
	usage      string
	out        io.Writer
	positional []string
	stopAtArg  bool // the first positional argument ends the flags (it names a command)
}

// NArg is the number of positional arguments.
func (fs *flagSet) NArg() int { return len(fs.positional) }

// Arg returns positional argument i, or "" when there is none.
func (fs *flagSet) Arg(i int) string {
	if i < len(fs.positional) {
		return fs.positional[i]
	}
	return ""
}

// Args returns the positional arguments.
func (fs *flagSet) Args() []string { return fs.positional }

// flagSet makes a flag set for a command that also accepts the global --db flag.
func (m *Main) flagSet(name, usage string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse errors become one-line usage errors instead
	fs.Usage = func() {}
	fs.Var(dbValue{&m.dbFlag}, "db", "database `file` (default $TAFSIRI_DB, else "+defaultDBHint+")")
	return &flagSet{FlagSet: fs, usage: usage, out: m.Stdout}
}

// parse parses args; --help prints the help and returns flag.ErrHelp, and a
// bad flag becomes a usage error.
func (fs *flagSet) parse(args []string) error {
	err := fs.Parse(args)
	if fs.stopAtArg {
		fs.positional = fs.FlagSet.Args()
	}
	for err == nil && fs.FlagSet.NArg() > 0 && !fs.stopAtArg {
		rest := fs.FlagSet.Args()
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			fs.positional = append(fs.positional, rest...) // everything after "--" is positional
			break
		}
		fs.positional = append(fs.positional, rest[0])
		args = rest[1:]
		err = fs.Parse(args)
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(fs.out, strings.TrimLeft(fs.usage, "\n"))
		fmt.Fprintln(fs.out, "\nFlags:")
		fs.SetOutput(fs.out)
		fs.PrintDefaults()
		return err
	default:
		return usageError{err.Error()}
	}
}

const defaultDBHint = "tafsiri/tafsiri.db in the user's config folder"

// dbPath resolves the database file: --db, then $TAFSIRI_DB, then the app's
// data folder, which is created when missing. The window uses the same file.
func (m *Main) dbPath() (string, error) {
	if m.dbFlag != "" {
		return m.dbFlag, nil
	}
	if p := m.getenv("TAFSIRI_DB"); p != "" {
		return p, nil
	}
	config, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the data folder: %w (set --db or TAFSIRI_DB)", err)
	}
	dir := filepath.Join(config, "tafsiri")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create data folder: %w", err)
	}
	return filepath.Join(dir, "tafsiri.db"), nil
}

// withStore opens the database, runs fn on it and closes it. Every command
// reaches the database through here, so none can forget the close or its
// error. It tells the user on stderr when the database could only be opened
// for reading (a read-only folder or mount, a full disk), and when a write,
// opening's included, has waited a few seconds for another process's write,
// such as an import, to end: it keeps waiting rather than failing with
// "database is locked".
func (m *Main) withStore(ctx context.Context, fn func(*storage.Store) error) error {
	path, err := m.dbPath()
	if err != nil {
		return err
	}
	opt := storage.OpenOptions{WhenBusy: func(waiting bool) {
		if waiting {
			fmt.Fprintln(m.Stderr, "tafsiri: waiting for another import or save to finish…")
		}
	}}
	return useStoreWith(ctx, path, opt, func(st *storage.Store) error {
		if why := st.ReadOnly(); why != nil {
			fmt.Fprintf(m.Stderr, "tafsiri: %s; opened for reading only\n", oneLine(why))
		}
		return fn(st)
	})
}

// useStore opens the database at path, runs fn on it and closes it, as
// useStoreWith does with no options.
func useStore(ctx context.Context, path string, fn func(*storage.Store) error) error {
	return useStoreWith(ctx, path, storage.OpenOptions{}, fn)
}

// useStoreWith opens the database at path with opt, runs fn on it and
// closes it. A failed close fails the call: its error alone, or joined
// after fn's own. (Not closer.Close: Store.Close already says "close
// database PATH: …".)
func useStoreWith(ctx context.Context, path string, opt storage.OpenOptions, fn func(*storage.Store) error) (err error) {
	st, err := storage.OpenWith(ctx, path, opt)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := st.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	return fn(st)
}

func (m *Main) getenv(key string) string {
	if m.Getenv == nil {
		return ""
	}
	return m.Getenv(key)
}

// oneLine keeps an error message on one line, as scripts reading stderr expect.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
