import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ComparedRow, RowText } from './compare-rows-text.ts';
import { useGrowingCount } from './use-growing-count.ts';

/** Rows rendered per task: a few hundred rows at once would hold the page for a second or more. */
const ROWS_PER_TASK = 40;

const COLUMNS = [
  'report',
  'period',
  'figure',
  'value',
  'asStated',
  'qualifier',
  'note',
  'flags',
  'quote',
] as const;

/**
 * The figures compared, one row each: its report, period, value compared and as stated, why it
 * is left as stated, what differs from the first figure of its unit, and the report's words.
 */
export function CompareReportsTable({
  rows,
  normLabel,
}: {
  rows: readonly ComparedRow[];
  normLabel: string;
}) {
  const { t } = useT();
  const shown = useGrowingCount(rows.length, ROWS_PER_TASK);
  return (
    // A wide table scrolls sideways in its box; keyboard users reach the box to scroll it too.
    <div
      className="compare-reports__table-wrap"
      role="region"
      aria-labelledby="compare-reports-caption"
      tabIndex={0}
    >
      <table className="compare-reports__table" data-testid="compare-reports-table">
        <caption id="compare-reports-caption">
          {t('compareReports.tableCaption', { norm: normLabel })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col">
                {t(`compareReports.csv.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map(({ row, text }) => (
            <CompareRowCells key={`${row.ref.bundleId}:${row.ref.indicatorId}`} text={text} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One figure's row. Its words are kept from one render to the next while they stay the same, so
 * a comparison growing by a few reports redraws only the rows it gains.
 */
const CompareRowCells = memo(function CompareRowCells({ text }: { text: RowText }) {
  return (
    <tr data-testid="compare-reports-row">
      <td>{text.report}</td>
      <td>{text.period}</td>
      <td>{text.figure}</td>
      <td className="numeric">{text.value}</td>
      <td className="numeric">{text.asStated}</td>
      <td>{text.qualifier}</td>
      <td>{text.note}</td>
      <td className="compare-reports__differences">
        {text.flags.length > 0 && (
          <ul className="compare-reports__flags">
            {text.flags.map((flag) => (
              <li key={flag} className="compare-reports__flag" data-testid="compare-flag">
                <span aria-hidden="true">⚠ </span>
                {flag}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td lang="zh-CN">{text.quote}</td>
    </tr>
  );
});
