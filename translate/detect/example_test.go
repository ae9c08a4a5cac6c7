package detect_test

import (
	"context"
	"fmt"
	"log"

	"tafsiri/translate/detect"
)

func ExampleDetector() {
	samples := map[string][]string{
		"en": {
			"Wash your hands with soap and water.",
			"Stay at home if you have a fever.",
			"Call the clinic before you visit the doctor.",
		},
		"sw": {
			"Nawa mikono yako kwa maji na sabuni.",
			"Kaa nyumbani ikiwa una homa.",
			"Piga simu kliniki kabla ya kumtembelea daktari.",
		},
		"ar": {
			"اغسل يديك بالماء والصابون.",
			"ابق في المنزل إذا كانت لديك حمى.",
			"اتصل بالعيادة قبل زيارة الطبيب.",
		},
	}
	d := detect.NewDetector(detect.Config{Tags: []string{"en", "sw", "ar"}, Samples: samples})
	ctx := context.Background()
	for _, text := range []string{"Kaa nyumbani, piga simu daktari.", "Wash your hands.", "2020 😷"} {
		r, err := d.Detect(ctx, text)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", text, r.Lang)
	}

	text := "Stay at home if you have a fever. ابق في المنزل."
	spans, err := d.Split(ctx, text)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range spans {
		fmt.Printf("%s %q\n", s.Lang, text[s.Start:s.End])
	}
	// Output:
	// Kaa nyumbani, piga simu daktari.: sw
	// Wash your hands.: en
	// 2020 😷: und
	// en "Stay at home if you have a fever. "
	// ar "ابق في المنزل."
}

func ExampleModel_MarshalBinary() {
	model, err := detect.Train(map[string][]string{
		"en": {"Drink clean water."},
		"fr": {"Buvez de l'eau propre."},
	})
	if err != nil {
		log.Fatal(err)
	}
	data, err := model.MarshalBinary() // for the app's database
	if err != nil {
		log.Fatal(err)
	}

	var loaded detect.Model
	if err := loaded.UnmarshalBinary(data); err != nil {
		log.Fatal(err)
	}
	d := detect.NewDetector(detect.Config{Tags: []string{"en", "fr"}, Model: &loaded})
	r, err := d.Detect(context.Background(), "de l'eau")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(loaded.Tags(), r.Lang)
	// Output:
	// [en fr] fr
}
