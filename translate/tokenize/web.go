package tokenize

// matchURL matches addresses that start with http://, https://, ftp:// or
// www. (any case); they run to the next space, less the punctuation that
// ends the sentence around them.
func matchURL(s string, i int) int {
	j := i
	switch {
	case hasPrefixFold(s[i:], "https://"):
		j += 8
	case hasPrefixFold(s[i:], "http://"):
		j += 7
	case hasPrefixFold(s[i:], "ftp://"):
		j += 6
	case hasPrefixFold(s[i:], "www."):
		j += 4
	default:
		return 0
	}
	if r, _ := decode(s, j); !isWordClass(classOf(r)) {
		return 0
	}
	return urlTail(s, i, j)
}

// matchDomain matches a bare host name that ends in a well-known lower-case
// top-level domain (who.int, health.go.ke, News.com.au, cdc.gov/coronavirus),
// with its path.
func matchDomain(s string, i int) (end, reach int) {
	j, reach := matchHost(s, i, true)
	if j == 0 {
		return 0, reach
	}
	if j+1 < len(s) && s[j] == '/' {
		return urlTail(s, i, j+1), reach
	}
	return j, reach
}

// matchEmail matches local@host.tld with an ASCII local part of at most 64 bytes.
func matchEmail(s string, i int) int {
	j := i
	for j < len(s) && j-i < 64 && isLocalByte(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' || s[i] == '.' || s[j-1] == '.' {
		return 0
	}
	end, _ := matchHost(s, j+1, false)
	return end
}

// matchHost matches dot-separated labels of letters, digits and hyphens, at
// most 253 bytes, ending in an alphabetic top-level domain. A bare host
// (without scheme or @) must end in a well-known domain, in lower case.
// When there is no match, no host starts between i and reach either (the
// labels end at the same place), which spares the scanner from reading the
// same labels again.
func matchHost(s string, i int, bare bool) (end, reach int) {
	j, last, labels := i, i, 0
	for {
		k := j
		for k < len(s) && k-i < 253 && isHostByte(s[k]) {
			k++
		}
		if k-i >= 253 {
			return 0, k // no host name is glued to so long a chain of labels
		}
		if k == j || s[j] == '-' || s[k-1] == '-' {
			return 0, k
		}
		labels++
		last, j = j, k
		if j+1 < len(s) && s[j] == '.' && isHostByte(s[j+1]) && s[j+1] != '-' {
			j++
			continue
		}
		break
	}
	tld := s[last:j]
	if labels < 2 || len(tld) < 2 || !isAlpha(tld) || !endsWord(s, j) || bare && !knownTLD(tld) {
		return 0, j // knownTLD knows lower case only
	}
	return j, j
}

// urlTail extends a URL from s[j] to the next space or character that cannot
// be part of one, then gives back trailing punctuation and closing brackets
// that were not opened inside it.
func urlTail(s string, i, j int) int {
	for j < len(s) {
		r, size := decode(s, j)
		if r == ' ' || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' || r == '«' || r == '»' ||
			classOf(r) == clsNoSpace || isCJKPunct(r) {
			break
		}
		j += size
	}
	for j > i {
		r, size := decodeLast(s, j)
		var open rune
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '’', '*', '،', '؛', '؟', '۔', '।':
			j -= size
			continue
		case ')':
			open = '('
		case ']':
			open = '['
		case '}':
			open = '{'
		default:
			return j
		}
		if countRune(s[i:j], open) >= countRune(s[i:j], r) {
			return j
		}
		j -= size
	}
	return j
}

func countRune(s string, r rune) int {
	n := 0
	for _, c := range s {
		if c == r {
			n++
		}
	}
	return n
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if s[k]|0x20 != prefix[k] && s[k] != prefix[k] {
			return false
		}
	}
	return true
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isHostByte(c byte) bool { return isAlnumByte(c) || c == '-' }

func isLocalByte(c byte) bool {
	return isAlnumByte(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isAlpha(s string) bool {
	for k := 0; k < len(s); k++ {
		if c := s[k] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// knownTLD lists the top-level domains a bare host may end in: the generic
// ones and those of the countries Tafsiri's languages are spoken in.
func knownTLD(tld string) bool {
	switch tld {
	case "com", "org", "net", "int", "gov", "edu", "info", "io", "app", "health", "eu",
		"uk", "us", "ca", "au", "fr", "be", "ch", "es", "pt", "de", "ru", "ua",
		"ke", "ug", "tz", "rw", "bi", "cd", "cg", "ss", "sd", "et", "er", "so", "dj", "ng", "ne",
		"td", "cm", "sn", "ml", "bf", "gn", "gh", "za", "zw", "zm", "mw", "mz", "ht",
		"eg", "ma", "dz", "tn", "ly", "sa", "ae", "qa", "jo", "lb", "sy", "iq", "ye", "ir", "af", "pk",
		"in", "bd", "np", "lk", "mm", "kh", "cn", "hk", "tw", "id", "my", "sg", "ph",
		"br", "mx", "ar", "co", "pe", "cl", "ve", "ec", "bo", "gt", "hn", "sv", "ni", "cu", "do":
		return true
	}
	return false
}
