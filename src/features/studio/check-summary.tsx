import { useT } from '../../i18n/use-t.ts';
import { problemText } from '../../i18n/problem-text.ts';
import { checkLines } from './check-lines.ts';
import type { WorkCheck } from './check-work.ts';
import { placeOf, problemLine } from './problem-line.ts';
import { useStudio } from './studio-store.ts';

/** The live check's result: problems by figure, each a link to its figure. Never blocks editing. */
export function CheckSummary({ check }: { check: WorkCheck }) {
  const { t } = useT('studio');
  const common = useT().t;
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
          {checkLines(check.problems)
            .slice(0, 50)
            .map((line, index) => {
              if (line.kind === 'many') {
                const [first] = line.items;
                if (!first) return null;
                const firstFigure = line.items.find((item) => item.figureId)?.figureId;
                // One warning for many figures: said once, with the way to the first of them.
                return (
                  <li key={`${first.problem.path}-${index}`} data-testid="studio-check-many">
                    {t('check.many', {
                      text: problemText(first.problem, common),
                      count: line.items.length,
                    })}{' '}
                    {firstFigure && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => select(firstFigure)}
                      >
                        {t('check.goToFirst')}
                      </button>
                    )}
                  </li>
                );
              }
              const { figureId, problem } = line.item;
              const text = problemLine(problem, common, placeOf(problem.path, t, figureId));
              return (
                <li key={`${problem.path}-${index}`}>
                  {figureId ? (
                    <button type="button" className="link-button" onClick={() => select(figureId)}>
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
        </ul>
      )}
      {check.unaccounted.length > 0 && (
        <p className="studio-hint">{t('check.unaccounted', { count: check.unaccounted.length })}</p>
      )}
    </section>
  );
}
