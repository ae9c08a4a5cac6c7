// Package defaults installs the data a fresh Tafsiri translates with before
// anyone imports anything: the team's health-notice phrasebook (as
// translation-memory segments and as training data for a phrase model per
// language pair) and its health glossary. Everything goes through the same
// importers users use, and every entry is labelled as an unreviewed draft.
package defaults
