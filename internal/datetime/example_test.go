package datetime_test

import (
	"fmt"

	"tafsiri/internal/datetime"
)

// Example reads English dates and times and writes them in three languages;
// %q shows CLDR's narrow no-break spaces (U+202F). "12/03/2027" could be
// 12 March or December 3: it is refused and stays as the source wrote it.
func Example() {
	for _, in := range []string{"Saturday 14 May 2027", "from 3 to 7 October", "16:30", "12/03/2027"} {
		v, ok := datetime.Parse(in)
		if !ok {
			fmt.Printf("%s: left as written\n", in)
			continue
		}
		for _, tag := range []string{"es-419", "ru", "zh-Hans"} {
			s, err := datetime.Format(v, tag, datetime.Options{})
			if err != nil {
				fmt.Println(err)
				continue
			}
			fmt.Printf("%s → %s: %q\n", in, tag, s)
		}
	}
	// Output:
	// Saturday 14 May 2027 → es-419: "sábado, 14 de mayo de 2027"
	// Saturday 14 May 2027 → ru: "суббота, 14 мая 2027\u202fг."
	// Saturday 14 May 2027 → zh-Hans: "2027年5月14日星期六"
	// from 3 to 7 October → es-419: "3–7 de octubre"
	// from 3 to 7 October → ru: "3–7 октября"
	// from 3 to 7 October → zh-Hans: "10月3日至7日"
	// 16:30 → es-419: "4:30\u202fp.m."
	// 16:30 → ru: "16:30"
	// 16:30 → zh-Hans: "16:30"
	// 12/03/2027: left as written
}
