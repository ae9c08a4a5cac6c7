package cli

import (
	"context"
	"fmt"

	"tafsiri/exchange"
	"tafsiri/storage"
)

const settingsUsage = `
Usage: tafsiri settings get KEY
       tafsiri settings set KEY VALUE

Settings live in the database, shared by the window and the command line:
  detect.languages  candidate languages for detection, comma-separated tags
                    (empty: every language the database holds)
  detect.lingua     off, low or high: lingua-go's models helping detection
  tm.threshold      50 to 100: the lowest fuzzy match the memory suggests
                    (default 75); a suggestion is shown, never used as the
                    translation
  translate.digits  native (default) or western: numbers, times and dates
                    in the target's own digits where CLDR makes them the
                    default (Persian, Bengali), or 0–9 everywhere
  translate.swahili_time
                    24-hour (default) or swahili: Swahili translations
                    write times as the source does ("8:00", "16:00") or in
                    Swahili time ("saa 2", "saa 10 jioni"), the hours
                    counted from 6:00 and 18:00
  translate.caution careful (default) or standard: careful translation
                    prefers phrases whose every word the source accounts
                    for; it invents less and reads plainer (on the team's
                    notice set, invented content 4.8 % → 3.5 % at the same
                    chrF); standard reads smoother and adds more
`

func runSettings(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("settings", settingsUsage)
	if err := fs.parse(args); err != nil {
		return err
	}
	action, key := fs.Arg(0), fs.Arg(1)
	switch {
	case action == "get" && fs.NArg() == 2, action == "set" && fs.NArg() == 3:
	default:
		return usagef("settings takes get KEY or set KEY VALUE")
	}
	if !exchange.IsSetting(key) {
		return usagef("unknown setting %q (see tafsiri settings --help)", key)
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		if action == "set" {
			if err := exchange.SetSetting(ctx, st, key, fs.Arg(2)); err != nil {
				return err
			}
		}
		v, _, err := st.Setting(ctx, key)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s = %s\n", key, v)
		return nil
	})
}
