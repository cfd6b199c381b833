import { useT } from '../../i18n/use-t.ts';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import { useDashboard } from '../../store/store-context.tsx';

// The export code is in the desk's lazy chunk: a click waits for it, the first paint does not.
const loadExports = () => import('./analyst-extras.ts');

/** Charts or table, and the exports of what the filters leave. */
export function AnalystToolbar({
  bundle,
  visible,
  lang,
}: {
  bundle: Bundle;
  visible: readonly Indicator[];
  lang: Lang;
}) {
  const { t } = useT();
  const view = useDashboard((state) => state.view);
  const setView = useDashboard((state) => state.setView);
  const openPrint = () => {
    setView('print');
    window.scrollTo(0, 0);
  };

  const exportCsv = async () => {
    const { csvExport, downloadFile } = await loadExports();
    downloadFile(csvExport({ indicators: visible, bundle, lang, t }));
  };
  const exportJson = async () => {
    const { jsonExport, downloadFile } = await loadExports();
    downloadFile(jsonExport({ indicators: visible, bundle }));
  };

  return (
    <div className="toolbar">
      <div className="segmented" role="group" aria-label={t('view.switch')}>
        {(['charts', 'table'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
            data-testid={`view-${option}`}
          >
            {t(`view.${option}`)}
          </button>
        ))}
      </div>
      <div className="toolbar__exports" role="group" aria-label={t('export.title')}>
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={!visible.length}
          data-testid="export-csv"
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportJson()}
          disabled={!visible.length}
          data-testid="export-json"
        >
          {t('export.json')}
        </button>
        <button
          type="button"
          className="button"
          onClick={openPrint}
          disabled={!visible.length}
          data-testid="open-print"
        >
          {t('print.open')}
        </button>
      </div>
    </div>
  );
}
