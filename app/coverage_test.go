package app

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"

	"tafsiri/assets"
)

// sample is a line of text in a language, as the app may show it.
type sample struct{ lang, text string }

// samples are health-notice lines in every language the app serves, and
// lines that mix scripts and directions the way real notices do.
var samples = []sample{
	{"en", "Wash your hands with soap and water for 20 seconds."},
	{"es", "Lávese las manos con agua y jabón durante 20 segundos; ¿tiene fiebre?"},
	{"fr", "Lavez-vous les mains à l’eau et au savon pendant 20 secondes « au moins »."},
	{"pt", "Lave as mãos com água e sabão durante 20 segundos, não se esqueça."},
	{"el", "Πλύνετε τα χέρια σας με σαπούνι και νερό για 20 δευτερόλεπτα."},
	{"ru", "Мойте руки водой с мылом не менее 20 секунд, особенно перед едой."},
	{"ar", "اغسل يديك بالماء والصابون لمدة 20 ثانية، وغطِّ فمك عند السعال."},
	{"fa", "دست‌های خود را به مدت ۲۰ ثانیه با آب و صابون بشویید؛ تب دارید؟"},
	{"ur", "اپنے ہاتھ صابن اور پانی سے 20 سیکنڈ تک دھوئیں۔ بخار ہو تو ڈاکٹر سے ملیں۔"},
	{"ps", "خپل لاسونه د اوبو او صابون سره ۲۰ ثانیې ومینځئ، ټوخی وکړئ نو خوله مو پټه کړئ."},
	{"prs", "دست‌های تان را با آب و صابون برای ۲۰ ثانیه بشویید و فاصله را رعایت کنید."},
	{"ckb", "دەستەکانت بە ئاو و سابوون بۆ ماوەی ٢٠ چرکە بشۆ، ئەگەر تات هەیە پزیشک ببینە."},
	{"hi", "अपने हाथ साबुन और पानी से 20 सेकंड तक धोएं। बुख़ार हो तो डॉक्टर से मिलें।"},
	{"mr", "आपले हात साबण आणि पाण्याने २० सेकंद धुवा; ताप असल्यास डॉक्टरांना भेटा."},
	{"ne", "आफ्नो हात साबुन र पानीले २० सेकेन्डसम्म धुनुहोस्। ज्वरो आए डाक्टरलाई भेट्नुहोस्।"},
	{"bn", "সাবান ও পানি দিয়ে ২০ সেকেন্ড ধরে হাত ধুয়ে নিন। জ্বর হলে ডাক্তার দেখান।"},
	{"ta", "சோப்பு மற்றும் தண்ணீரால் 20 விநாடிகள் கைகளைக் கழுவுங்கள்; காய்ச்சல் இருந்தால் மருத்துவரை அணுகவும்."},
	{"am", "እጅዎን በሳሙናና በውሃ ለ20 ሰከንድ ይታጠቡ። ትኩሳት ካለብዎ ሐኪም ያማክሩ።"},
	{"ti", "ኣእዳውኩም ብሳሙናን ማይን ን20 ካልኢት ተሓጸቡ። ረስኒ እንተሃልዩኩም ሓኪም ርኣዩ።"},
	{"my", "လက်ကို ဆပ်ပြာနှင့် ရေဖြင့် စက္ကန့် ၂၀ ကြာ ဆေးကြောပါ။ ဖျားလျှင် ဆရာဝန်နှင့် ပြပါ။"},
	{"km", "លាងដៃរបស់អ្នកជាមួយសាប៊ូ និងទឹក រយៈពេល ២០ វិនាទី។ បើគ្រុនក្តៅ សូមជួបគ្រូពេទ្យ។"},
	{"zh-Hans", "请用肥皂和清水洗手至少20秒；如有发烧，请及时就医。"},
	{"sw", "Nawa mikono yako kwa maji na sabuni kwa sekunde 20; ukiwa na homa, mwone daktari."},
	{"ha", "Ku wanke hannuwanku da sabulu da ruwa na daƙiƙa 20; ku ɗauki matakan kariya a ɓangaren lafiya."},
	{"so", "Gacmahaaga ku dhaq biyo iyo saabuun ilaa 20 ilbiriqsi; haddii aad qandho qabto, la xiriir dhakhtar."},
	{"id", "Cuci tangan dengan sabun dan air mengalir selama 20 detik; jika demam, segera ke dokter."},
	// Mixed lines: numbers, Latin acronyms and brackets inside other scripts.
	{"ar", "اتصل بالرقم 112 (الإسعاف) عند ظهور أعراض COVID-19!"},
	{"ar", "Call 112 اتصل"},
	{"ur", "COVID-19 کا ٹیکہ لگوائیں: 2 خوراکیں، 21 دن کے وقفے سے۔"},
	{"fa", "واکسن COVID-19 را در «مرکز بهداشت» دریافت کنید (رایگان)."},
	{"ps", "د WHO لارښوونه: ۱۲ کلنو ته واکسین ورکړئ."},
	{"hi", "WHO की सलाह: COVID-19 से बचाव के लिए मास्क पहनें (N95)।"},
	{"bn", "WHO-এর পরামর্শ: COVID-19 টিকা নিন।"},
	{"zh-Hans", "世界卫生组织（WHO）建议：接种COVID-19疫苗，拨打120。"},
	{"am", "የCOVID-19 ክትባት በነጻ ይሰጣል (WHO)።"},
	{"en", "Arabic: اغسل يديك; Hindi: हाथ धोएं; Chinese: 洗手; Amharic: እጅ ይታጠቡ."},
}

// faces caches the parsed fonts of the tests by resource name.
var faces sync.Map

// faceOf parses the font of res as Fyne does (go-text's font.ParseTTF).
func faceOf(t *testing.T, res fyne.Resource) *font.Face {
	t.Helper()
	if f, ok := faces.Load(res.Name()); ok {
		return f.(*font.Face)
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		t.Fatalf("parse font %s: %v", res.Name(), err)
	}
	faces.Store(res.Name(), f)
	return f
}

// missingRunes returns the characters of text, other than spaces and
// controls, that face has no glyph for.
func missingRunes(face *font.Face, text string) []string {
	var missing []string
	seen := map[rune]bool{}
	for _, r := range text {
		if unicode.IsSpace(r) || unicode.IsControl(r) || seen[r] {
			continue
		}
		seen[r] = true
		if _, ok := face.NominalGlyph(r); !ok {
			missing = append(missing, fmt.Sprintf("%c U+%04X", r, r))
		}
	}
	return missing
}

// styles are the text styles language text is shown in.
var styles = map[string]fyne.TextStyle{
	"regular": {}, "bold": {Bold: true}, "italic": {Italic: true}, "bold italic": {Bold: true, Italic: true},
}

// TestEverySampleHasGlyphsInItsFont is the glyph coverage proof: for a line
// in each language, every character is in the font fontTheme picks for that
// language, in every style.
func TestEverySampleHasGlyphsInItsFont(t *testing.T) {
	covered := map[string]bool{}
	for _, s := range samples {
		for name, style := range styles {
			t.Run(s.lang+"/"+name, func(t *testing.T) {
				face := faceOf(t, fontTheme(s.lang).Font(style))
				if missing := missingRunes(face, s.text); len(missing) > 0 {
					t.Errorf("%s text %q: no glyph for %v", s.lang, s.text, missing)
				}
			})
		}
		covered[scriptOf(s.lang)] = true
		covered[textScript(s.text)] = true
	}
	var list []string
	for s := range covered {
		list = append(list, s)
	}
	sort.Strings(list)
	t.Logf("scripts covered: %s", strings.Join(list, " "))
	for script := range bundledScripts {
		if !covered[script] {
			t.Errorf("no sample in script %s, which the fonts are bundled for", script)
		}
	}
}

// TestDefaultDataHasGlyphs checks every character of every language in the
// default phrasebook and glossary, the text the app shows first.
func TestDefaultDataHasGlyphs(t *testing.T) {
	texts := map[string]*strings.Builder{}
	err := fs.WalkDir(assets.Defaults, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(assets.Defaults, path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".tsv") {
			collectColumnText(data, texts)
			return nil
		}
		return collectLangText(data, texts)
	})
	if err != nil {
		t.Fatalf("read the default data: %v", err)
	}
	if len(texts) < 10 {
		t.Fatalf("default data has text in %d languages, want the default set", len(texts))
	}
	for lang, b := range texts {
		for name, style := range styles {
			face := faceOf(t, fontTheme(lang).Font(style))
			if missing := missingRunes(face, b.String()); len(missing) > 0 {
				t.Errorf("default data in %s (%s): no glyph for %v", lang, name, missing)
			}
		}
	}
}

// collectColumnText adds the cells of a tab-separated file whose header
// names a language per column (the lexicon) to texts, under that language.
func collectColumnText(data []byte, texts map[string]*strings.Builder) {
	var header []string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if header == nil {
			header = cells
			continue
		}
		for i, cell := range cells {
			if i >= len(header) || header[i] == "pos" {
				continue
			}
			if texts[header[i]] == nil {
				texts[header[i]] = &strings.Builder{}
			}
			texts[header[i]].WriteString(cell + " ")
		}
	}
}

// collectLangText adds the character data of an XML document (TMX, TBX) to
// texts, under the language of the innermost xml:lang around it.
func collectLangText(data []byte, texts map[string]*strings.Builder) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	langs := []string{""}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			lang := langs[len(langs)-1]
			for _, a := range tok.Attr {
				if a.Name.Local == "lang" {
					lang = a.Value
				}
			}
			langs = append(langs, lang)
		case xml.EndElement:
			langs = langs[:len(langs)-1]
		case xml.CharData:
			lang := langs[len(langs)-1]
			if lang == "" {
				continue
			}
			if texts[lang] == nil {
				texts[lang] = &strings.Builder{}
			}
			texts[lang].Write(tok)
		}
	}
}

// TestShapedSamplesDrawNoReplacementGlyph shapes each sample as Fyne gets
// it (displayText) with Fyne's shaper: no glyph may come out as the missing
// glyph, which Fyne draws as a box or "�". This covers the bidi controls
// displayText adds, which must be invisible, and shaping features (Indic
// conjuncts, Arabic joining) that reach glyphs only through substitution.
func TestShapedSamplesDrawNoReplacementGlyph(t *testing.T) {
	for _, s := range samples {
		t.Run(s.lang, func(t *testing.T) {
			for _, run := range layoutRuns(t, displayText(s.lang, s.text)) {
				for _, g := range run.glyphs {
					if g.GlyphID == 0 {
						t.Errorf("%s text %q: %q is drawn as the missing glyph", s.lang, s.text, string(run.runes[g.ClusterIndex]))
					}
				}
			}
		})
	}
}

// TestLatinTextIsNotSubstituted shapes the Latin, Greek and Cyrillic
// samples: each letter and mark must be drawn with its own glyph, as in
// Noto Sans. Merging fonts can leave lookups that swap a Latin character
// for another script's glyph (a full-width CJK apostrophe in "l’eau").
func TestLatinTextIsNotSubstituted(t *testing.T) {
	face := faceOf(t, fontRegular)
	for _, s := range samples {
		switch scriptOf(s.lang) {
		case "Latn", "Cyrl", "Grek":
		default:
			continue
		}
		t.Run(s.lang, func(t *testing.T) {
			for _, run := range layoutRuns(t, s.text) {
				for _, g := range run.glyphs {
					if g.RuneCount != 1 || g.GlyphCount != 1 {
						continue
					}
					r := run.runes[g.ClusterIndex]
					switch runeScript(r) {
					case "Latn", "Grek", "Cyrl", "":
					default:
						continue // Arabic joins, Indic letters combine: substitution is right there
					}
					if want, _ := face.NominalGlyph(r); g.GlyphID != want {
						t.Errorf("%q in %q is drawn with glyph %d, not its own %d", r, s.text, g.GlyphID, want)
					}
				}
			}
		})
	}
}
