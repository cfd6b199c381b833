import { useT } from '../../i18n/use-t.ts';
import { downloadFile } from '../../ui/download.ts';
import { compareCsv, compareJson, type CompareExport } from './compare-rows-text.ts';

/** Downloads the comparison as it stands, as CSV for a spreadsheet and JSON for a program. */
export function CompareExportButtons(props: CompareExport) {
  const { t } = useT();
  return (
    <p>
      <button
        type="button"
        className="button button--small"
        data-testid="compare-reports-csv"
        onClick={() => downloadFile(compareCsv(props, t))}
      >
        {t('compareReports.exportCsv')}
      </button>{' '}
      <button
        type="button"
        className="button button--small"
        data-testid="compare-reports-json"
        onClick={() => downloadFile(compareJson(props))}
      >
        {t('compareReports.exportJson')}
      </button>
    </p>
  );
}
