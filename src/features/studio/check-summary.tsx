import { useTranslation } from 'react-i18next';
import type { WorkCheck } from './check-work.ts';
import { problemLine } from './problem-line.ts';
import { useStudio } from './studio-store.ts';

/** The live check's result: problems by figure, each a link to its figure. Never blocks editing. */
export function CheckSummary({ check }: { check: WorkCheck }) {
  const { t } = useTranslation('studio');
  const common = useTranslation().t;
  const select = useStudio((state) => state.select);
  const count = check.problems.length;
  return (
    <section
      className="studio-check-summary"
      aria-labelledby="studio-check-heading"
      data-testid="studio-check"
    >
      <h2 id="studio-check-heading">{t('check.heading')}</h2>
      <p role="status">{count === 0 ? t('check.ok') : t('check.count', { count })}</p>
      {count > 0 && (
        <ul>
          {check.problems.slice(0, 50).map(({ figureId, problem }, index) => (
            <li key={`${problem.path}-${index}`}>
              {figureId ? (
                <button type="button" className="link-button" onClick={() => select(figureId)}>
                  {problemLine(problem, common)}
                </button>
              ) : (
                problemLine(problem, common)
              )}
            </li>
          ))}
        </ul>
      )}
      {check.unaccounted.length > 0 && (
        <p className="studio-hint">{t('check.unaccounted', { count: check.unaccounted.length })}</p>
      )}
    </section>
  );
}
