package storage

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// helperDBEnv tells the test binary, re-run as a second process, which database to use.
const helperDBEnv = "TAFSIRI_TEST_SECOND_PROCESS_DB"

func TestTwoProcessesShareTheDatabase(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	if err := st.SetSetting(ctx, "from-first", "hello"); err != nil {
		t.Fatal(err)
	}

	// Hold a read transaction open: under WAL the other process may still write and commit.
	reader, err := st.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := reader.Close(); err != nil {
			t.Error(err)
		}
	}()
	if _, err := reader.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := reader.QueryRowContext(ctx, `SELECT count(*) FROM settings`).Scan(&n); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondProcess$", "-test.v")
	cmd.Env = append(os.Environ(), helperDBEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("second process failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "second process read from-first=hello") {
		t.Errorf("second process did not see the first one's write:\n%s", out)
	}

	var inSnapshot int
	if err := reader.QueryRowContext(ctx, `SELECT count(*) FROM settings`).Scan(&inSnapshot); err != nil {
		t.Fatal(err)
	}
	if inSnapshot != n {
		t.Errorf("open read transaction saw %d settings, then %d: snapshot not isolated", n, inSnapshot)
	}
	if _, err := reader.ExecContext(ctx, `COMMIT`); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.Setting(ctx, "from-second")
	if err != nil || !ok || got != "world" {
		t.Errorf("first process reads from-second = %q, %v, %v; want \"world\"", got, ok, err)
	}
}

// TestSecondProcess is the other side of TestTwoProcessesShareTheDatabase; alone it does nothing.
func TestSecondProcess(t *testing.T) {
	path := os.Getenv(helperDBEnv)
	if path == "" {
		t.Skip("runs only as the second process of TestTwoProcessesShareTheDatabase")
	}
	ctx := context.Background()
	st := openTest(t, path)
	got, ok, err := st.Setting(ctx, "from-first")
	if err != nil || !ok {
		t.Fatalf("read from-first: %q, %v, %v", got, ok, err)
	}
	fmt.Printf("second process read from-first=%s\n", got)
	if err := st.SetSetting(ctx, "from-second", "world"); err != nil {
		t.Fatal(err)
	}
}
