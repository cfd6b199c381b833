import { useT } from '../../i18n/use-t.ts';
import { LoadFailureMessage } from '../../ui/load-failure-message.tsx';
import type { TourReport } from './report-tour.ts';

/**
 * The footer's word on a tour of several reports: which report of how many is on screen, and each
 * report skipped, by the name the address gives it, with why (a 404, an invalid bundle…).
 */
export function TourNotice({ reports, at }: { reports: TourReport[]; at: number }) {
  const { t } = useT();
  const skipped = reports.filter((report) => !report.index && report.failure);
  return (
    <span className="wall-tour-notice" data-testid="tour-notice">
      <span data-testid="tour-report" data-report={at + 1}>
        {t('wall.tour.report', { at: at + 1, count: reports.length })}
      </span>
      {skipped.map((report) => (
        <span key={report.param} className="wall-tour-notice__skipped" data-testid="tour-skipped">
          {t('wall.tour.skipped', { name: report.param })}{' '}
          {report.failure && <LoadFailureMessage failure={report.failure} brief />}
        </span>
      ))}
    </span>
  );
}
