package tico19

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree makes root/shared/data/tico19/train/en-es-LA.tmx under a temporary
// folder and returns root.
func tree(tb testing.TB) string {
	tb.Helper()
	root := tb.TempDir()
	train := filepath.Join(root, sharedDir, "train")
	if err := os.MkdirAll(train, 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(train, "en-es-LA.tmx"), nil, 0o644); err != nil {
		tb.Fatal(err)
	}
	return root
}

func TestLookup(t *testing.T) {
	root := tree(t)
	data := filepath.Join(root, sharedDir)
	repo := filepath.Join(root, "main", "translate", "lm") // a package folder beside shared/
	if err := os.MkdirAll(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	elsewhere := t.TempDir() // no shared/data/tico19 above it
	cases := map[string]struct {
		env, wd  string
		parts    []string
		want     string // "" when lookup must fail
		wantHint string // in the error: where it looked or what to set
	}{
		"found in a parent folder": {wd: repo, parts: []string{"train", "en-es-LA.tmx"}, want: filepath.Join(data, "train", "en-es-LA.tmx")},
		"the folder itself":        {wd: repo, want: data},
		"the variable wins":        {env: data, wd: elsewhere, parts: []string{"train"}, want: filepath.Join(data, "train")},
		"nowhere above":            {wd: elsewhere, wantHint: elsewhere},
		"a missing file":           {wd: repo, parts: []string{"dev"}, wantHint: EnvDir},
		"a wrong variable is kept": {env: "/nonexistent", wd: repo, wantHint: EnvDir + "=/nonexistent"},
		"a relative variable":      {env: "../shared/data/tico19", wd: repo, wantHint: "not an absolute path"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := lookup(tc.env, tc.wd, tc.parts...)
			if tc.want != "" {
				if err != nil || got != tc.want {
					t.Errorf("lookup = %q, %v; want %q", got, err, tc.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("lookup = %q, want an error", got)
			}
			if !strings.Contains(err.Error(), tc.wantHint) {
				t.Errorf("lookup error %q does not say %q", err, tc.wantHint)
			}
		})
	}
}

func TestMissingDataFailsOnlyOnCI(t *testing.T) {
	cases := map[string]bool{"true": true, "1": true, "": false, "false": false, "yes": false}
	for ci, want := range cases {
		if got := failOnMissing(ci); got != want {
			t.Errorf("failOnMissing(%q) = %v, want %v", ci, got, want)
		}
	}
}

func TestDirReadsTheVariable(t *testing.T) {
	data := filepath.Join(tree(t), sharedDir)
	t.Setenv(EnvDir, data)
	t.Setenv("CI", "true")
	if got, want := Dir(t, "train", "en-es-LA.tmx"), filepath.Join(data, "train", "en-es-LA.tmx"); got != want {
		t.Errorf("Dir = %q, want %q", got, want)
	}
}
