import { useT } from '../../i18n/use-t.ts';
import { downloadBlob } from '../../ui/download.ts';
import { toBundle, type StudioWork } from './studio-model.ts';

const json = (value: unknown) =>
  new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });

/** The catalogue entry that makes an exported bundle appear on the dashboard. */
export function catalogEntry(work: StudioWork) {
  return { id: work.id, title: work.title, url: `/data/bundles/${work.id}.json` };
}

/** Export: the bundle, its report text, and its catalogue entry. */
export function ExportBar({ work }: { work: StudioWork }) {
  const { t } = useT('studio');
  return (
    <section className="studio-export" aria-labelledby="studio-export-heading">
      <h2 id="studio-export-heading">{t('export.heading')}</h2>
      <div className="studio-export__buttons">
        <button
          type="button"
          className="button"
          data-testid="studio-export-bundle"
          onClick={() => downloadBlob(json(toBundle(work)), `${work.id}.json`)}
        >
          {t('export.bundle')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            downloadBlob(
              new Blob([work.text], { type: 'text/plain;charset=utf-8' }),
              `${work.id}.zh.txt`,
            )
          }
        >
          {t('export.text')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => downloadBlob(json(catalogEntry(work)), `${work.id}.catalog-entry.json`)}
        >
          {t('export.catalog')}
        </button>
      </div>
      <p className="studio-hint">{t('export.howTo', { id: work.id })}</p>
    </section>
  );
}
