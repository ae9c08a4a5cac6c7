package detect

import (
	"context"
	"sync"
	"testing"
)

// notices are short health notices written for these tests, the kind of
// text the app holds for each language it translates.
var notices = map[string][]string{
	"en": {
		"Wash your hands with soap and water for twenty seconds.",
		"Cover your mouth and nose when you cough or sneeze.",
		"Stay at home if you have a fever or a dry cough.",
		"Keep a distance of two metres from other people.",
		"Call the health centre before you visit a doctor.",
		"Wear a mask in shops, buses and crowded places.",
		"Children under five should be vaccinated against measles.",
		"Drink clean water and boil it when you are not sure.",
		"The clinic is open every day from eight in the morning.",
		"Tell the nurse about any medicine you are taking.",
	},
	"fr": {
		"Lavez-vous les mains avec de l'eau et du savon pendant vingt secondes.",
		"Couvrez-vous la bouche et le nez quand vous toussez ou éternuez.",
		"Restez à la maison si vous avez de la fièvre ou une toux sèche.",
		"Gardez une distance de deux mètres avec les autres personnes.",
		"Appelez le centre de santé avant de consulter un médecin.",
		"Portez un masque dans les magasins, les bus et les lieux bondés.",
		"Les enfants de moins de cinq ans doivent être vaccinés contre la rougeole.",
		"Buvez de l'eau propre et faites-la bouillir en cas de doute.",
		"La clinique est ouverte tous les jours à partir de huit heures du matin.",
		"Parlez à l'infirmière des médicaments que vous prenez.",
	},
	"es-419": {
		"Lávese las manos con agua y jabón durante veinte segundos.",
		"Cúbrase la boca y la nariz al toser o estornudar.",
		"Quédese en casa si tiene fiebre o tos seca.",
		"Mantenga una distancia de dos metros con las demás personas.",
		"Llame al centro de salud antes de visitar a un médico.",
		"Use mascarilla en las tiendas, los autobuses y los lugares concurridos.",
		"Los niños menores de cinco años deben vacunarse contra el sarampión.",
		"Beba agua limpia y hiérvala si no está seguro.",
		"La clínica abre todos los días a partir de las ocho de la mañana.",
		"Informe a la enfermera de los medicamentos que toma.",
	},
	"sw": {
		"Nawa mikono yako kwa maji na sabuni kwa sekunde ishirini.",
		"Funika mdomo na pua yako unapokohoa au kupiga chafya.",
		"Kaa nyumbani ikiwa una homa au kikohozi kikavu.",
		"Weka umbali wa mita mbili kutoka kwa watu wengine.",
		"Piga simu kituo cha afya kabla ya kumtembelea daktari.",
		"Vaa barakoa madukani, kwenye mabasi na mahali penye watu wengi.",
		"Watoto walio chini ya miaka mitano wanapaswa kupewa chanjo ya surua.",
		"Kunywa maji safi na uyachemshe ikiwa huna uhakika.",
		"Kliniki iko wazi kila siku kuanzia saa mbili asubuhi.",
		"Mwambie muuguzi kuhusu dawa zozote unazotumia.",
	},
	"ar": {
		"اغسل يديك بالماء والصابون لمدة عشرين ثانية.",
		"غطِّ فمك وأنفك عند السعال أو العطس.",
		"ابق في المنزل إذا كانت لديك حمى أو سعال جاف.",
		"حافظ على مسافة مترين من الآخرين.",
		"اتصل بالمركز الصحي قبل زيارة الطبيب.",
		"ارتد الكمامة في المتاجر والحافلات والأماكن المزدحمة.",
		"يجب تطعيم الأطفال دون سن الخامسة ضد الحصبة.",
		"اشرب ماء نظيفا واغله إذا لم تكن متأكدا.",
		"العيادة مفتوحة كل يوم من الساعة الثامنة صباحا.",
		"أخبر الممرضة عن أي دواء تتناوله.",
	},
	"am": {
		"እጅዎን በሳሙና እና በውሃ ለሃያ ሰከንድ ይታጠቡ።",
		"ሲያስሉ ወይም ሲያስነጥሱ አፍዎን እና አፍንጫዎን ይሸፍኑ።",
		"ትኩሳት ወይም ደረቅ ሳል ካለብዎ በቤት ይቆዩ።",
		"ከሌሎች ሰዎች ሁለት ሜትር ርቀት ይጠብቁ።",
		"ሐኪም ከመጎብኘትዎ በፊት ወደ ጤና ጣቢያ ይደውሉ።",
		"በሱቆች እና በአውቶቡሶች ውስጥ ማስክ ያድርጉ።",
		"ንጹህ ውሃ ይጠጡ።",
		"ክሊኒኩ በየቀኑ ክፍት ነው።",
	},
}

// noticeTags lists the languages of notices.
var noticeTags = []string{"am", "ar", "en", "es-419", "fr", "sw"}

var (
	noticeModelOnce sync.Once
	noticeModel     *Model
	noticeModelErr  error
)

// trainedOnNotices returns a model trained on notices, trained once.
func trainedOnNotices(tb testing.TB) *Model {
	tb.Helper()
	noticeModelOnce.Do(func() { noticeModel, noticeModelErr = Train(notices) })
	if noticeModelErr != nil {
		tb.Fatal(noticeModelErr)
	}
	return noticeModel
}

// readyDetector returns a ready detector for cfg, with the notices model
// unless cfg has samples or a model of its own.
func readyDetector(tb testing.TB, cfg Config) *Detector {
	tb.Helper()
	if cfg.Samples == nil && cfg.Model == nil {
		cfg.Model = trainedOnNotices(tb)
	}
	d := NewDetector(cfg)
	if err := d.Wait(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return d
}
