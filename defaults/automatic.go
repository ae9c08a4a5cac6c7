package defaults

import "tafsiri/storage"

// EnvSwitch names the environment variable that, set to "off", keeps the
// command line and the window from installing the defaults by themselves.
const EnvSwitch = "TAFSIRI_DEFAULTS"

// Automatic says whether the command line and the window install the
// defaults by themselves into st where they are missing: not when
// getenv(EnvSwitch) is "off", and not into a database opened for reading
// only, which translates with what it holds.
func Automatic(st *storage.Store, getenv func(string) string) bool {
	return getenv(EnvSwitch) != "off" && st.ReadOnly() == nil
}
