package cli

import (
	"bytes"
	"strings"
	"testing"

	"tafsiri/storage"
)

// Issue 13 case 4: doctor reports half-written state, and what opening the
// database repaired, and fails only on what is still there.
func TestDoctorReportsHalfWrittenState(t *testing.T) {
	sound := storage.Health{Path: "/d.db", SchemaVersion: 3, LatestVersion: 3, Integrity: []string{"ok"}}
	cases := map[string]struct {
		health      func(h *storage.Health)
		began       int
		want        []string
		wantProblem string // "" when doctor finds nothing wrong in h
	}{
		"sound": {
			health: func(*storage.Health) {},
			want:   []string{"Half-written state:  none", "Defaults:            version 1 (this build: "}},
		"unfinished model": {
			health: func(h *storage.Health) {
				h.Unfinished = []string{`model 9 en→fr, left in state "training" by an interrupted save (12 phrase rows)`}
			},
			want: []string{"Half-written state:  1", `  model 9 en→fr, left in state "training"`},
			wantProblem: `database /d.db holds half-written state (1 problems, first: model 9 en→fr, left in state "training" ` +
				`by an interrupted save (12 phrase rows))`},
		"rows without parent": {
			health:      func(h *storage.Health) { h.Dangling = []string{"2 rows of phrases refer to models rows that are gone"} },
			want:        []string{"Half-written state:  1", "  2 rows of phrases refer to models rows that are gone"},
			wantProblem: "database /d.db holds half-written state (1 problems, first: 2 rows of phrases refer to models rows that are gone)"},
		"repaired on open": {
			health: func(h *storage.Health) { h.Repaired = []string{"removed model 9 en→fr"} },
			want:   []string{"Half-written state:  none", "Repaired on open:    1", "  removed model 9 en→fr"}},
		"interrupted defaults install": {
			health: func(*storage.Health) {},
			began:  1,
			want:   []string{"Defaults:            version 1 (", "  the install of version 1 was interrupted"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			h := sound
			tc.health(&h)
			var out bytes.Buffer
			if err := printHealth(&Main{Stdout: &out}, h, 1, tc.began); err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !strings.Contains(out.String(), want) {
					t.Errorf("doctor printed\n%s\nwant %q", out.String(), want)
				}
			}
			if got := h.OK(); got != (tc.wantProblem == "") {
				t.Errorf("OK = %v, want %v", got, tc.wantProblem == "")
			}
			if tc.wantProblem != "" {
				if got := healthProblem(h); got != tc.wantProblem {
					t.Errorf("problem = %q\nwant      %q", got, tc.wantProblem)
				}
			}
		})
	}
}
