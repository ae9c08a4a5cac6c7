//go:build unix

package unprivileged

import (
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"syscall"
	"testing"
)

// Run runs the test function named test of the running test binary as the
// user nobody, with env ("KEY=value") added to its environment, and
// returns its output. Run skips tb when there is no user nobody.
func Run(tb testing.TB, test string, env ...string) ([]byte, error) {
	tb.Helper()
	u, err := user.Lookup("nobody")
	if err != nil {
		tb.Skipf("no user nobody to run %s as: %v", test, err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		tb.Fatal(err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(copyBinary(tb), "-test.run=^"+test+"$", "-test.v", "-test.count=1")
	cmd.Dir = "/"
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	return cmd.CombinedOutput()
}
