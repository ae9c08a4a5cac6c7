package tokenize

import (
	"strings"
	"testing"
)

func TestDetokenize(t *testing.T) {
	cases := map[string]struct {
		lang  string
		words []string
		want  string
	}{
		"closing punctuation attaches": {"en", []string{"Wash", "(", "often", ")", ",", "now", ";", "yes", ":", "10", "%", "!"},
			"Wash (often), now; yes: 10%!"},
		"opening punctuation attaches": {"es-419", []string{"¿", "Dónde", "?", "¡", "Ya", "!"},
			"¿Dónde? ¡Ya!"},
		"French spacing": {"fr", []string{"«", "Lavez", "-", "vous", "»", ":", "oui", "!", "50", "%", "?"},
			"« Lavez-vous » : oui ! 50 % ?"},
		"French elision": {"fr", []string{"L'", "eau", "d’", "abord", "qu'", "il"},
			"L'eau d’abord qu'il"},
		"Spanish percent":                     {"es", []string{"el", "95", "%"}, "el 95 %"},
		"Russian guillemets hug":              {"ru", []string{"«", "дома", "»"}, "«дома»"},
		"one full stop after an abbreviation": {"ru", []string{"до", "4 августа 2027 г.", "."}, "до 4 августа 2027 г."},
		"an ellipsis stays":                   {"en", []string{"wait", ".", ".", "."}, "wait..."},
		"hyphens and slashes join": {"en", []string{"well", "-", "known", "and", "/", "or", "EU", "/", "EEA"},
			"well-known and/or EU/EEA"},
		"a leading hyphen keeps a space after it": {"en", []string{"-", "wash", "hands"}, "- wash hands"},
		"en dash before numbers": {"en", []string{"2019", "–", "20", ",", "1", "January", "–", "15", "March", ",", "disease", "–", "Overview"},
			"2019–20, 1 January–15 March, disease – Overview"},
		"colon and tilde between numbers": {"en", []string{"ratio", "1", ":", "2", ",", "10", "~", "20", "%"},
			"ratio 1:2, 10~20%"},
		"English clitics": {"en", []string{"WHO", "'s", "advice", ",", "it", "’s", "here"},
			"WHO's advice, it’s here"},
		"straight double quotes alternate": {"en", []string{"He", "said", `"`, "stay", "home", `"`, "."},
			`He said "stay home".`},
		"straight single quotes alternate": {"en", []string{"'", "stay", "'", "and", "'", "go", "'"},
			`'stay' and 'go'`},
		"possessive after s":   {"en", []string{"workers", "'", "wages"}, "workers' wages"},
		"prime after a number": {"en", []string{"the", "3", "'", "end"}, "the 3' end"},
		"curly quotes":         {"en", []string{"“", "Wash", "”", "‘", "now", "’"}, "“Wash” ‘now’"},
		"currency before a number": {"en", []string{"$", "100", "and", "€", "5", "$", "more"},
			"$100 and €5 $ more"},
		"hashtag and handle":               {"en", []string{"#", "COVID19", "@", "WHO"}, "#COVID19 @WHO"},
		"Arabic punctuation":               {"ar", []string{"اغسل", "يديك", "،", "لماذا", "؟"}, "اغسل يديك، لماذا؟"},
		"Arabic proclitic before a number": {"ar", []string{"و", "1,727", "حالة"}, "و1,727 حالة"},
		"Arabic proclitic with a tatweel":  {"ar", []string{"بـ", "30", "دقيقة"}, "بـ30 دقيقة"},
		"Persian keeps و apart":            {"fa", []string{"و", "۳۶"}, "و ۳۶"},
		"Devanagari danda":                 {"hi", []string{"घर", "जाएं", "।", "हाँ", "॥"}, "घर जाएं। हाँ॥"},
		"Ethiopic":                         {"am", []string{"ቤት", "ይቆዩ", "፣", "አሁን", "።"}, "ቤት ይቆዩ፣ አሁን።"},
		"Han joins":                        {"zh", []string{"请", "勤", "洗", "手", "。", "好", "！"}, "请勤洗手。好！"},
		"Han and Latin":                    {"zh", []string{"2020", "年", "的", "COVID-19", "疫", "苗"}, "2020 年的 COVID-19 疫苗"},
		"Chinese quotes and brackets": {"zh", []string{"称", "“", "大", "流", "行", "”", "(", "WHO", ")", "。"},
			"称“大流行” (WHO)。"},
		"Chinese em dashes":       {"zh", []string{"检", "测", "——", "包", "括"}, "检测——包括"},
		"Khmer joins syllables":   {"km", []string{"ក", "ម្ពុ", "ជា", "។", "COVID-19", "។"}, "កម្ពុជា។ COVID-19 ។"},
		"Myanmar joins syllables": {"my", []string{"ဒီ", "ရော", "ဂါ", "။"}, "ဒီရောဂါ။"},
		"Thai joins":              {"th", []string{"ล้า", "ง", "มื", "อ"}, "ล้างมือ"},
		"empty words are skipped": {"en", []string{"", "a", "", "b", ""}, "a b"},
		"nothing":                 {"en", nil, ""},
		"placeholder surfaces are copied": {"en", []string{"Call", "+254 712 345 678", "at", "8:00 a.m.", "."},
			"Call +254 712 345 678 at 8:00 a.m."},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Detokenize(c.lang, c.words); got != c.want {
				t.Errorf("Detokenize(%q, %q)\n got %q\nwant %q", c.lang, c.words, got, c.want)
			}
		})
	}
}

// roundTrips are ordinary sentences that Detokenize(Tokenize(s)) gives back.
var roundTrips = map[string][]string{
	"en": {
		"Wash your hands with soap and water for at least 20 seconds.",
		"If you have a fever (38 °C or more), cough or difficulty breathing, call 0800-123-456.",
		"COVID-19 vaccines are free; visit https://www.who.int/covid-19 or write to info@who.int.",
		"Don't touch your eyes, nose and mouth — it's how the virus spreads!",
		`The WHO's advice: "Stay home if you feel unwell."`,
		"Between 1 January–15 March 2020, 90% of cases were mild, e.g. a cough.",
		"Take 2 tablets at 8:00 a.m. and 9 p.m. on 12/03/2024.",
		"Children under 5 years old, pregnant women and people aged 60+ are at higher risk.",
		"SARS-CoV-2-related cases rose 10-fold in the U.S. and EU/EEA countries.",
		"What should I do? Call +254 712 345 678... or ask a health worker.",
		"The 2019–20 outbreak cost $8.3 billion.",
	},
	"fr":     {"Lavez-vous les mains avec de l'eau et du savon : c'est simple !", "« Restez chez vous » ; l’hôpital est à 5 km, ouvert de 8h à 18h30.", "Environ 80 % des cas sont bénins."},
	"es-419": {"¿Tiene fiebre? ¡Llame al 911 de inmediato!", "Lávese las manos durante 20 segundos, con agua y jabón."},
	"pt-BR":  {"Lave as mãos com água e sabão; use máscara em locais fechados."},
	"ru":     {"Мойте руки с мылом не менее 20 секунд.", "Оставайтесь дома, если у вас температура выше 38 °C."},
	"sw":     {"Nawa mikono yako kwa maji na sabuni kabla ya kula chakula.", "Ng'ombe na mbuzi hawaambukizi COVID-19."},
	"so":     {"Gacmaha ku dhaq biyo iyo saabuun, ka dibna ka fogow dadka jiran."},
	"om":     {"Harka kee bishaan fi saamunaan dhiqadhu; kun bu'aa qaba."},
	"ha":     {"Ku wanke hannuwanku da sabulu da ruwa na tsawon daƙiƙa 20."},
	"zu":     {"Geza izandla zakho ngensipho namanzi ngo-2020 e-Italy."},
	"din":    {"Kɔc juëc aa cï dhiɛ̈th nyuɔɔth ë thää 8:00 a.m."},
	"ar":     {"اغسل يديك بالماء والصابون لمدة 20 ثانية، ثم جففهما جيداً.", "هل لديك حمى؟ اتصل بالرقم 123، وابق في المنزل.", "أبلغت الدول عن 39,768 حالة و1,727 وفاة."},
	"fa":     {"دست‌های خود را با آب و صابون بشویید.", "در صورت تب، با شماره ۱۹۰ تماس بگیرید."},
	"ur":     {"اپنے ہاتھ صابن اور پانی سے دھوئیں۔", "بخار ہو تو، ڈاکٹر سے رابطہ کریں؟"},
	"ps":     {"خپل لاسونه په صابون او اوبو ومینځئ."},
	"ckb":    {"دەستەکانت بە ئاو و سابوون بشۆ، پاشان وشکیان بکەرەوە."},
	"hi":     {"अपने हाथ साबुन और पानी से कम से कम 20 सेकंड तक धोएं।", "कोविड-19 के लक्षण दिखें तो स्वास्थ्य केंद्र जाएं।"},
	"mr":     {"आपले हात साबणाने स्वच्छ धुवा।"},
	"ne":     {"साबुन र पानीले हात धुनुहोस्।"},
	"bn":     {"সাবান ও পানি দিয়ে হাত ধুয়ে নিন। জ্বর হলে ডাক্তারের কাছে যান।"},
	"ta":     {"சோப்பு மற்றும் தண்ணீரால் கைகளை கழுவுங்கள்.", "கோவிட்-19 அறிகுறிகள் இருந்தால், மருத்துவரை அணுகவும்."},
	"am":     {"እጅዎን በሳሙና እና በውሃ ይታጠቡ።", "ትኩሳት ካለብዎ፣ ወደ ጤና ጣቢያ ይሂዱ።"},
	"ti":     {"ኢድኩም ብሳሙናን ብማይን ተሓጸቡ።"},
	"zh":     {"请用肥皂和清水洗手至少 20 秒。", "如果您发烧，请拨打 120 或访问 https://www.who.int/zh。", "世卫组织宣布 COVID-19 为“大流行”。"},
	"km":     {"សូមលាងដៃជាមួយសាប៊ូ។", "ព្រះរាជាណាចក្រកម្ពុជា"},
	"my":     {"ဆပ်ပြာနှင့်လက်ကိုဆေးပါ။", "အင်္ဂလိပ်စာ"},
	"id":     {"Cuci tangan Anda dengan sabun dan air mengalir selama 20 detik."},
	"tl":     {"Maghugas ng kamay gamit ang sabon at tubig, lalo na bago kumain."},
	"rw":     {"Karaba intoki n'amazi meza n'isabune."},
	"lg":     {"Naaba engalo zo n'amazzi ne sabbuuni."},
	"ln":     {"Sukola mabɔkɔ na mai mpe sabuni."},
}

func TestRoundTrip(t *testing.T) {
	for lang, sentences := range roundTrips {
		for _, s := range sentences {
			t.Run(lang+"/"+s, func(t *testing.T) {
				toks := Tokenize(lang, s)
				if got := Detokenize(lang, surfaces(toks)); got != s {
					t.Errorf("round trip of %q\n got %q\ntoks %q", s, got, show(toks))
				}
				checkInvariants(t, lang, s, toks)
			})
		}
	}
}

func TestDetokenizeKnowsNoSpaceScripts(t *testing.T) {
	for word, want := range map[string]bool{"洗": true, "ម្ពុ": true, "ရော": true, "ล้า": true, "コロナ": true,
		"wash": false, "١٢": false, "COVID-19": false, "": false, "。": false, "២០": true} {
		if got := IsNoSpace(word); got != want {
			t.Errorf("IsNoSpace(%q) = %v, want %v", word, got, want)
		}
	}
	for lang, want := range map[string]bool{"zh": true, "zh-Hans": true, "km": true, "my": true, "th": true,
		"ja": true, "en": false, "am": false, "hi": false, "ar": false} {
		if got := IsNoSpaceLang(lang); got != want {
			t.Errorf("IsNoSpaceLang(%q) = %v, want %v", lang, got, want)
		}
	}
}

func TestDetokenizeLongInput(t *testing.T) {
	words := strings.Fields(strings.Repeat("wash your hands , please . ", 20000))
	got := Detokenize("en", words)
	if !strings.HasPrefix(got, "wash your hands, please. wash") {
		t.Errorf("Detokenize of a long input starts %q", got[:40])
	}
}
