package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// packages are the npm packages the tables come from.
var packages = []string{"cldr-core", "cldr-dates-full", "cldr-numbers-full"}

// npmPackage is what the tables record of a package's package.json.
type npmPackage struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	CLDRVersion string `json:"cldrVersion"`
}

// numberingSystem is an entry of supplemental/numberingSystems.json.
type numberingSystem struct {
	Digits string `json:"_digits"`
	Type   string `json:"_type"`
}

// data is the supplemental data the generator needs, and where the locale
// files are.
type data struct {
	dir            string
	packages       []npmPackage
	cldrVersion    string
	defaultContent []string
	parents        map[string]string
	systems        map[string]numberingSystem
}

// load reads the package versions and the supplemental data under dir.
func load(dir string) (*data, error) {
	d := &data{dir: dir}
	for _, name := range packages {
		var p npmPackage
		if err := readJSON(filepath.Join(dir, name, "package.json"), &p); err != nil {
			return nil, err
		}
		if d.cldrVersion != "" && p.CLDRVersion != d.cldrVersion {
			return nil, fmt.Errorf("load packages: %s is CLDR %s, %s is CLDR %s", name, p.CLDRVersion, d.packages[0].Name, d.cldrVersion)
		}
		d.cldrVersion = p.CLDRVersion
		d.packages = append(d.packages, p)
	}
	var dc struct {
		DefaultContent []string `json:"defaultContent"`
	}
	if err := readJSON(filepath.Join(dir, "cldr-core", "defaultContent.json"), &dc); err != nil {
		return nil, err
	}
	d.defaultContent = dc.DefaultContent
	var pl struct {
		Supplemental struct {
			ParentLocales struct {
				ParentLocale map[string]string `json:"parentLocale"`
			} `json:"parentLocales"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(dir, "cldr-core", "supplemental", "parentLocales.json"), &pl); err != nil {
		return nil, err
	}
	d.parents = pl.Supplemental.ParentLocales.ParentLocale
	var ns struct {
		Supplemental struct {
			NumberingSystems map[string]numberingSystem `json:"numberingSystems"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(dir, "cldr-core", "supplemental", "numberingSystems.json"), &ns); err != nil {
		return nil, err
	}
	d.systems = ns.Supplemental.NumberingSystems
	return d, nil
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read CLDR data: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	return nil
}

// parent returns CLDR's parent of a locale: the parentLocales entry, else the
// locale less its last subtag, else "root".
func (d *data) parent(loc string) string {
	if p, ok := d.parents[loc]; ok {
		return p
	}
	if i := strings.LastIndexByte(loc, '-'); i > 0 {
		return loc[:i]
	}
	return "root"
}

// source returns the CLDR locale whose files hold tag's data: tag itself, or
// the nearest ancestor with files when tag is that ancestor's default content
// (pt-BR is pt's). Any other fallback would be an approximation, and fails.
func (d *data) source(tag string) (string, error) {
	for loc := tag; loc != "root"; loc = d.parent(loc) {
		_, err := os.Stat(filepath.Join(d.dir, "cldr-dates-full", "main", loc, "ca-gregorian.json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("find data for %s: %w", tag, err)
		}
		if loc != tag && !d.isDefaultContent(tag, loc) {
			return "", fmt.Errorf("find data for %s: only %s has files, and %s is not its default content", tag, loc, tag)
		}
		return loc, nil
	}
	return "", fmt.Errorf("find data for %s: no locale files", tag)
}

// isDefaultContent reports whether loc is, through default content only, the
// same locale as its ancestor anc.
func (d *data) isDefaultContent(loc, anc string) bool {
	for ; loc != anc; loc = d.parent(loc) {
		if loc == "root" || !contains(d.defaultContent, loc) {
			return false
		}
	}
	return true
}

// aliases returns the locales that CLDR treats as src itself: src, the
// default content below it (pt-BR below pt) and the ancestors whose default
// content it is (zh above zh-Hans).
func (d *data) aliases(src string) []string {
	out := []string{src}
	for _, dc := range d.defaultContent {
		if dc != src && d.isDefaultContent(dc, src) {
			out = append(out, dc)
		}
	}
	for loc := src; contains(d.defaultContent, loc); {
		loc = d.parent(loc)
		if loc == "root" {
			break
		}
		out = append(out, loc)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
