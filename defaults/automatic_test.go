package defaults

import (
	"context"
	"path/filepath"
	"testing"

	"tafsiri/storage"
)

// A database opened for reading only is checked where permissions can make
// one: cli's TestAReadOnlyDatabaseCanBeReadNotChanged.
func TestAutomaticFollowsTheEnvironmentSwitch(t *testing.T) {
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	cases := map[string]struct {
		value string
		want  bool
	}{
		"unset": {"", true},
		"on":    {"on", true},
		"off":   {"off", false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			getenv := func(key string) string {
				if key == EnvSwitch {
					return tc.value
				}
				return ""
			}
			if got := Automatic(st, getenv); got != tc.want {
				t.Errorf("Automatic with %s=%q = %v, want %v", EnvSwitch, tc.value, got, tc.want)
			}
		})
	}
}
