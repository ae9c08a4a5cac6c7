package lexicon

import (
	"regexp"
	"strings"
)

// dictdInfo is what a dictionary says of itself in its information
// articles (00-database-info, 00-database-short).
type dictdInfo struct {
	version string // "0.3.1"
	licence string // the sentence of its Availability section that states the licence
}

// Patterns of FreeDict's information articles.
var (
	editionLine  = regexp.MustCompile(`(?m)^\s*Edition:\s*(\S+)`)
	shortVersion = regexp.MustCompile(`ver\.\s*(\S+)\s*$`)
	sectionTitle = regexp.MustCompile(`^[A-Z][A-Za-z ()]*:\s*$`)
)

// readDictdInfo reads the information articles among heads.
func readDictdInfo(heads []dictdHead, body []byte) dictdInfo {
	var info dictdInfo
	for _, h := range heads {
		article := string(body[h.offset : h.offset+h.length])
		switch strings.ReplaceAll(h.word, "-", "") {
		case "00databaseinfo":
			if m := editionLine.FindStringSubmatch(article); m != nil {
				info.version = m[1]
			}
			info.licence = availability(article)
		case "00databaseshort":
			if m := shortVersion.FindStringSubmatch(strings.TrimSpace(article)); m != nil && info.version == "" {
				info.version = m[1]
			}
		}
	}
	return info
}

// availability returns the licence a FreeDict information article states:
// the paragraph of its "Availability:" section that names a licence
// ("Available under the terms of the GNU General Public License ver. 2.0
// and any later version."), else the whole section, on one line.
func availability(article string) string {
	var section []string
	in := false
	for _, line := range strings.Split(article, "\n") {
		switch {
		case strings.TrimSpace(line) == "Availability:":
			in = true
		case in && sectionTitle.MatchString(line):
			in = false
		case in:
			section = append(section, line)
		}
	}
	// A paragraph's first line is indented by four spaces or none (a
	// "Published at:" line), its following lines by two.
	var paras []string
	for _, line := range section {
		switch {
		case strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "    ") && len(paras) > 0:
			paras[len(paras)-1] += " " + strings.TrimSpace(line)
		default:
			paras = append(paras, strings.TrimSpace(line))
		}
	}
	for _, p := range paras {
		lower := strings.ToLower(p)
		if strings.Contains(lower, "available under") || strings.Contains(lower, "licen") {
			return strings.Join(strings.Fields(p), " ")
		}
	}
	return strings.Join(strings.Fields(strings.Join(paras, " ")), " ")
}

// source names where a dictionary's entries come from: "FreeDict eng-spa
// 0.3.1" for freedict-eng-spa, else its name and version.
func (info dictdInfo) source(name string) string {
	s := name
	if rest, ok := strings.CutPrefix(name, "freedict-"); ok {
		s = "FreeDict " + rest
	}
	if info.version != "" {
		s += " " + info.version
	}
	return s
}
