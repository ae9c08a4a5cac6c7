package defaults

import (
	"context"

	"tafsiri/glossary"
	"tafsiri/storage"
)

// Changed returns the default glossary concepts that users have changed
// since they were installed: an edited, approved, forbidden or added term.
// Reset would undo those changes, so callers ask first.
func Changed(ctx context.Context, st *storage.Store) ([]glossary.Concept, error) {
	concepts, err := st.Concepts(ctx, storage.ConceptFilter{Source: Label})
	if err != nil {
		return nil, err
	}
	var changed []glossary.Concept
	for _, c := range concepts {
		for _, t := range c.Terms {
			if t.CreatedBy != By || t.ChangedBy != By {
				changed = append(changed, c)
				break
			}
		}
	}
	return changed, nil
}

// Reset puts the defaults back as this build ships them: the default
// glossary concepts are deleted (each delete is kept in the glossary
// history, so it can be undone) and imported again, the default memory
// segments replaced, and the default models retrained. What users imported
// or trained themselves is not touched.
func Reset(ctx context.Context, st *storage.Store, progress func(stage string)) (*Report, error) {
	concepts, err := st.Concepts(ctx, storage.ConceptFilter{Source: Label})
	if err != nil {
		return nil, err
	}
	for _, c := range concepts {
		if _, err := st.DeleteConcept(ctx, c.ID, By); err != nil {
			return nil, err
		}
	}
	if _, err := st.DeleteSegments(ctx, "default"); err != nil {
		return nil, err
	}
	if err := st.SetSetting(ctx, versionKey, "0"); err != nil {
		return nil, err
	}
	return Install(ctx, st, progress)
}
