import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { Bundle } from '../data/bundle-schema.ts';
import { knownWarnings } from '../data/known-warnings.ts';
import type { BundleProblem } from '../data/problems.ts';
import { problemText } from '../i18n/problem-text.ts';
import { useKeepInView } from './use-keep-in-view.ts';

/**
 * "Notes on this bundle": what the bundle carries that someone should look at though every figure
 * loaded (unknown fields, English not written yet, a category without figures). A button with the
 * count opens the list; nothing is shown when there is nothing to say.
 */
export function BundleNotes({ bundle }: { bundle: Bundle }) {
  const { t } = useT();
  const notes = useBundleWarnings(bundle);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const inView = useKeepInView(panel, open);
  const id = useId();
  if (notes.length === 0) return null;
  return (
    <div className="bundle-notes">
      <button
        type="button"
        className="button button--ghost"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        data-testid="bundle-notes-button"
      >
        {t('notes.button', { count: notes.length })}
      </button>
      {open && (
        <section
          ref={panel}
          id={id}
          className="bundle-notes__panel"
          style={inView}
          aria-labelledby={`${id}-title`}
          data-testid="bundle-notes"
        >
          <h2 id={`${id}-title`}>{t('notes.title')}</h2>
          <p>{t('notes.intro')}</p>
          <ul className="problem-list">
            {notes.map((note, position) => (
              <li key={position}>
                <code>{note.path}</code> — {problemText(note, t)}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
            {t('notes.close')}
          </button>
        </section>
      )}
    </div>
  );
}

/**
 * The warnings of `bundle`: those its check found, kept with it; for a bundle checked elsewhere
 * (restored offline, opened in the studio), worked out with the schema's code, loaded then.
 */
function useBundleWarnings(bundle: Bundle): readonly BundleProblem[] {
  const remembered = knownWarnings(bundle);
  const [worked, setWorked] = useState<{ bundle: Bundle; notes: readonly BundleProblem[] }>();
  useEffect(() => {
    if (remembered) return;
    let current = true;
    void import('../data/validate-bundle.ts').then(({ bundleWarnings }) => {
      if (current) setWorked({ bundle, notes: bundleWarnings(bundle) });
    });
    return () => {
      current = false;
    };
  }, [bundle, remembered]);
  return remembered ?? (worked?.bundle === bundle ? worked.notes : NONE);
}

const NONE: readonly BundleProblem[] = [];
