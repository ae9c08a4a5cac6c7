package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/storage"
	"tafsiri/storage/storagetest"
)

// servingSources returns the source of the serving model of each direction
// in the database at db, by "src→tgt".
func servingSources(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := useStore(context.Background(), db, func(st *storage.Store) error {
		models, err := st.Models(context.Background())
		for _, m := range models {
			out[m.Src+"→"+m.Tgt] = m.Source
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// tsvLines are English–Swahili pairs as lines of a TSV file.
var tsvLines = []string{
	"Wash your hands.\tNawa mikono.",
	"Drink clean water.\tKunywa maji safi.",
	"Boil the water.\tChemsha maji.",
}

// Issue 13 case 2: a file that would make the serving models worse (most
// of it skipped, or much less to train on) is refused with exit 1 and the
// models stay; --force trains from it.
func TestTrainKeepsTheModelsWhenTheFileWouldMakeThemWorse(t *testing.T) {
	cases := map[string]struct {
		file string
		want []string
	}{
		"most lines skipped": { // a CSV saved as .tsv
			file: strings.Join(tsvLines, "\n") + "\nWash your hands,Nawa mikono\nDrink water,Kunywa maji\nBoil it,Chemsha\nRest,Pumzika\n",
			want: []string{"refused to train from file.tsv: 4 of its 7 sentence pairs were skipped; nothing was changed"}},
		"much less than the serving models": {
			file: strings.Join(tsvLines[:2], "\n") + "\n",
			want: []string{"the en→sw model serving now was trained on 6 pairs, this file gives 2"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "k.db")
			if code, _, errOut := run(t, nil, "--db", db, "train", fixture("clinic.tmx")); code != ExitOK {
				t.Fatalf("train clinic.tmx: exit %d: %s", code, errOut)
			}
			file := writeFile(t, "file.tsv", tc.file)
			code, out, errOut := run(t, nil, "--db", db, "train", file, "--src", "en", "--tgt", "sw", "--lm-order", "3")
			if code != ExitFailure || out != "" {
				t.Errorf("train from a worse file: exit %d, stdout %q; want exit %d and nothing", code, out, ExitFailure)
			}
			for _, want := range append(tc.want, "add --force") {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if got := servingSources(t, db); got["en→sw"] != "clinic.tmx" || got["sw→en"] != "clinic.tmx" {
				t.Errorf("after the refusal, serving = %v, want the models from clinic.tmx", got)
			}

			code, _, errOut = run(t, nil, "--db", db, "train", file, "--src", "en", "--tgt", "sw", "--lm-order", "3", "--force")
			if code != ExitOK {
				t.Fatalf("train --force: exit %d: %s", code, errOut)
			}
			if got := servingSources(t, db); got["en→sw"] != "file.tsv" || got["sw→en"] != "file.tsv" {
				t.Errorf("after train --force, serving = %v, want the models from file.tsv", got)
			}
		})
	}
}

// killedTrainEnv gives the helper process of
// TestTrainingKilledWhileSavingLeavesBothDirectionsAlike its database and
// training file, on two lines.
const killedTrainEnv = "TAFSIRI_TEST_KILLED_TRAIN"

// Issue 13 case 4: kill -9 while train saves leaves both directions with
// the models they had, or both with the new ones, and nothing half-written
// (before: en→sw new, sw→en old and an orphan 'training' model). The kill
// comes where the test puts it: while another connection holds the write
// lock, train trains, stages both directions and waits, saying so, to
// publish them. That it publishes both in one transaction, which a kill
// leaves undone, exchange's TestTrainSavesBothDirectionsTogether checks.
func TestTrainingKilledWhileSavingLeavesBothDirectionsAlike(t *testing.T) {
	if spec := os.Getenv(killedTrainEnv); spec != "" {
		db, file, _ := strings.Cut(spec, "\n")
		m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: os.Stderr, Version: "test",
			Getenv: func(string) string { return "off" }}
		os.Exit(m.Run(context.Background(), []string{"--db", db, "train", file, "--src", "en", "--tgt", "sw", "--lm-order", "3"}))
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	if code, _, errOut := run(t, nil, "--db", db, "train", fixture("clinic.tmx")); code != ExitOK {
		t.Fatalf("train clinic.tmx: exit %d: %s", code, errOut)
	}
	file := filepath.Join(dir, "new.tsv")
	if err := os.WriteFile(file, []byte(syntheticTSV(300)), 0o644); err != nil {
		t.Fatal(err)
	}
	release := storagetest.HoldWriteLock(t, db) // as an import being published
	killWhileSaving(t, db, file)
	release()
	if got := servingSources(t, db); len(got) != 2 || got["en→sw"] != "clinic.tmx" || got["sw→en"] != "clinic.tmx" {
		t.Errorf("after kill -9 while saving, serving = %v; want both directions from clinic.tmx", got)
	}
	err := useStore(context.Background(), db, func(st *storage.Store) error {
		h, err := st.Check(context.Background())
		for _, tc := range h.Tables {
			if tc.Name == "models" && tc.Rows != 2 {
				t.Errorf("the models table has %d rows, want the 2 serving and nothing half-written", tc.Rows)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, nil, "--db", db, "doctor"); code != ExitOK {
		t.Errorf("doctor after the kill: exit %d: %s%s", code, out, errOut)
	}
}

// killWhileSaving runs train of file into db in a helper process, while the
// test holds db's write lock, and kills it (SIGKILL) when it says, after it
// began saving, that it waits for another write to end.
func killWhileSaving(t *testing.T, db, file string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestTrainingKilledWhileSavingLeavesBothDirectionsAlike$")
	cmd.Env = append(os.Environ(), killedTrainEnv+"="+db+"\n"+file)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var said []string
	saving := false
	for sc := bufio.NewScanner(stderr); sc.Scan(); {
		line := sc.Text()
		said = append(said, line)
		saving = saving || strings.HasPrefix(line, "train: saving")
		if saving && line == "tafsiri: waiting for another import or save to finish…" {
			if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred clean-up runs
				t.Fatal(err)
			}
			if err := cmd.Wait(); err == nil {
				t.Fatal("the killed helper exited cleanly")
			}
			return
		}
	}
	t.Fatalf("the helper process never waited to save (%v); it said:\n%s", cmd.Wait(), strings.Join(said, "\n"))
}

// syntheticTSV makes n English–Swahili-like sentence pairs of twelve words
// each, word for word, from two made-up vocabularies of a thousand words.
func syntheticTSV(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	src := []string{"ka", "lo", "mi", "ne", "pu", "ra", "si", "tu", "ve", "zo"}
	tgt := []string{"ba", "de", "fi", "go", "hu", "ja", "ke", "li", "mo", "nu"}
	word := func(syl []string, i int) string { return syl[i%10] + syl[i/10%10] + syl[i/100%10] }
	var b strings.Builder
	for range n {
		var s, t []string
		for range 12 {
			i := r.IntN(1000)
			s, t = append(s, word(src, i)), append(t, word(tgt, i))
		}
		fmt.Fprintf(&b, "%s.\t%s.\n", strings.Join(s, " "), strings.Join(t, " "))
	}
	return b.String()
}
