import { useT } from '../../i18n/use-t.ts';
import type { SavedDraft } from '../../data/studio-drafts.ts';
import { dateTime } from './clock-time.ts';

interface Props {
  drafts: SavedDraft[];
  current?: string;
  onOpen: (draft: SavedDraft) => void;
  onDelete: (draft: SavedDraft) => void;
  onNew: () => void;
}

/** The drafts saved in this browser: open one, delete one (after a confirmation), start anew. */
export function DraftsMenu({ drafts, current, onOpen, onDelete, onNew }: Props) {
  const { t } = useT('studio');
  return (
    <section className="studio-drafts" aria-labelledby="studio-drafts-heading">
      <h2 id="studio-drafts-heading">{t('drafts.heading')}</h2>
      {drafts.length === 0 ? (
        <p>{t('drafts.none')}</p>
      ) : (
        <ul data-testid="studio-drafts">
          {drafts.map((draft) => (
            <li key={draft.id} aria-current={draft.id === current ? 'true' : undefined}>
              <span className="studio-drafts__name">{draft.name}</span>{' '}
              <span className="studio-drafts__time">{dateTime(draft.updatedAt)}</span>{' '}
              <button type="button" className="button button--small" onClick={() => onOpen(draft)}>
                {t('drafts.open')}
              </button>{' '}
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  if (window.confirm(t('drafts.confirmDelete', { name: draft.name })))
                    onDelete(draft);
                }}
              >
                {t('drafts.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--ghost" onClick={onNew}>
        {t('drafts.new')}
      </button>
    </section>
  );
}
