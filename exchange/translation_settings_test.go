package exchange

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tafsiri/translate"
)

func TestConfigureEngineAppliesTheStoredTranslationSettings(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	e := translate.NewEngine(st)
	if err := ConfigureEngine(ctx, st, e); err != nil {
		t.Fatal(err)
	}
	if e.WesternDigits() || e.SwahiliTime() || !e.Careful() || e.FuzzyThreshold() != translate.DefaultFuzzyThreshold {
		t.Errorf("unset: western %v, Swahili time %v, careful %v, threshold %d; want the defaults: false, false, true, %d",
			e.WesternDigits(), e.SwahiliTime(), e.Careful(), e.FuzzyThreshold(), translate.DefaultFuzzyThreshold)
	}
	for key, value := range map[string]string{DigitsSetting: "western", SwahiliTimeSetting: "swahili", CautionSetting: "standard", FuzzyThresholdSetting: "88"} {
		if err := SetSetting(ctx, st, key, value); err != nil {
			t.Fatal(err)
		}
	}
	if err := ConfigureEngine(ctx, st, e); err != nil {
		t.Fatal(err)
	}
	if !e.WesternDigits() || !e.SwahiliTime() || e.Careful() || e.FuzzyThreshold() != 88 {
		t.Errorf("set: western %v, Swahili time %v, careful %v, threshold %d; want true, true, false, 88",
			e.WesternDigits(), e.SwahiliTime(), e.Careful(), e.FuzzyThreshold())
	}
}

func TestATranslationSettingRefusesAValueItDoesNotKnow(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	for key, value := range map[string]string{DigitsSetting: "arabic", SwahiliTimeSetting: "12-hour", CautionSetting: "bold", FuzzyThresholdSetting: "30"} {
		err := SetSetting(ctx, st, key, value)
		if err == nil || !strings.Contains(err.Error(), key) || !strings.Contains(err.Error(), value) {
			t.Errorf("SetSetting(%s, %q) = %v, want an error naming both", key, value, err)
		}
	}
	if err := SetSetting(ctx, st, "translate.colour", "red"); !errors.Is(err, ErrSetting) {
		t.Errorf("an unknown setting: %v, want ErrSetting", err)
	}
	// A value stored by other means is refused when the engine is configured.
	if err := st.SetSetting(ctx, SwahiliTimeSetting, "12-hour"); err != nil {
		t.Fatal(err)
	}
	if err := ConfigureEngine(ctx, st, translate.NewEngine(st)); err == nil || !strings.Contains(err.Error(), SwahiliTimeSetting) {
		t.Errorf("ConfigureEngine with a bad stored value = %v, want an error naming %s", err, SwahiliTimeSetting)
	}
}
