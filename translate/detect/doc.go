// Package detect names the language of a text among the languages the app
// holds data for, and splits mixed-language text into spans.
//
// A Detector chooses among candidate languages (BCP 47 tags). Its main tool
// is a Model learned from sample sentences of each language: naive Bayes
// over character n-grams of one to four runes, whole words and pairs of
// words, with the scripts each language was seen written in. Scripts rule
// out languages outright (Ethiopic text is Amharic or Tigrinya whatever its
// n-grams say); n-grams and words separate neighbours that share a script,
// such as Farsi and Dari, Malay and Indonesian, or Hindi, Marathi and
// Nepali. Training takes about half a second for 36 languages of two
// thousand sentences each on two cores, so a Detector can learn again
// whenever the app gets data for another language; a trained Model also
// marshals to a few megabytes for the app's database.
//
// Results rank the candidates with confidences that sum to 1, calibrated on
// held-out text so that 0.9 means right nine times in ten, flag answers
// whose runner-up is close as unsure, and give Undetermined ("und") for
// text without letters. Detect reads at most the first few kilobytes of a
// text and Split the first 64 KiB word by word, so that a megabyte on one
// line costs what a page does.
//
// lingua-go knows 75 languages but not many humanitarian ones (it calls
// Dari and Pashto "Persian", Sorani "Arabic", and cannot name Amharic,
// Tigrinya, Burmese or Khmer). A Detector can ask it too, for the
// candidates it knows (Config.Lingua); the learned model then still
// arbitrates between lingua's pick and neighbours lingua does not know. On
// TICO-19 the learned model alone is more accurate, and lingua's models
// cost hundreds of megabytes and seconds to load, so it is off by default.
// lingua.go is the only code in Tafsiri that imports lingua-go, and Lingua
// is its older, lingua-only detector.
package detect
