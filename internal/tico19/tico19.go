// Package tico19 finds the TICO-19 translation data (CC0) that tests and
// benchmarks read in place. The data is kept outside the repository, in
// shared/data/tico19 beside it, and nothing read from it may be copied into
// the repository.
//
// Tests ask for a path with Dir. When the data is not there a test is skipped
// on a developer's machine but fails on CI (CI=true), so that quality floors
// measured on TICO-19 cannot pass there by not running.
package tico19

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// EnvDir names the environment variable that, when set, holds the absolute
// path of the tico19 folder (the one with train/, dev/ and terminologies/).
const EnvDir = "TAFSIRI_TICO19"

// sharedDir is where the data sits relative to a parent folder of the
// working directory: the repository's sibling ../shared.
var sharedDir = filepath.Join("shared", "data", "tico19")

// Dir returns the path of parts (a split, a file) under the TICO-19 folder.
// When it does not exist, Dir fails tb under CI=true and skips it otherwise,
// saying where it looked and how to point it at the data.
func Dir(tb testing.TB, parts ...string) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatalf("find TICO-19: %v", err)
	}
	path, err := lookup(os.Getenv(EnvDir), wd, parts...)
	if err == nil {
		return path
	}
	if failOnMissing(os.Getenv("CI")) {
		tb.Fatalf("TICO-19 data is required on CI (CI=true): %v", err)
	}
	tb.Skipf("TICO-19 data not found, skipping: %v", err)
	return ""
}

// lookup returns the path of parts under the TICO-19 folder: env (the value
// of $TAFSIRI_TICO19) when it is set, else shared/data/tico19 in wd or its
// nearest parent folder that has one. A set env is never second-guessed by
// the search, so that a wrong setting shows instead of being papered over.
// The error says where lookup looked and how to point it at the data.
func lookup(env, wd string, parts ...string) (string, error) {
	how := fmt.Sprintf("set %s to the absolute path of the tico19 folder", EnvDir)
	if env != "" {
		if !filepath.IsAbs(env) {
			return "", fmt.Errorf("%s=%q is not an absolute path; %s", EnvDir, env, how)
		}
		return existing(filepath.Join(append([]string{env}, parts...)...), "from "+EnvDir+"="+env, how)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		root := filepath.Join(dir, sharedDir)
		if st, err := os.Stat(root); err == nil && st.IsDir() {
			return existing(filepath.Join(append([]string{root}, parts...)...), "found "+root+" searching up from "+wd, how)
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no %s in %s or a parent folder, and %s is not set; %s",
				sharedDir, wd, EnvDir, how)
		}
	}
}

// existing returns path if it exists, or an error that says where the
// folder came from and how to set another.
func existing(path, from, how string) (string, error) {
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("%w (%s); %s", err, from, how)
	}
	return path, nil
}

// failOnMissing reports whether missing data fails a test rather than
// skipping it: on CI (ci, the value of $CI, is "true" or another true
// boolean), where the data must be there.
func failOnMissing(ci string) bool {
	on, err := strconv.ParseBool(ci)
	return err == nil && on
}
