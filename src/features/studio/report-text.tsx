import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { markText, type TextRun } from './text-marks.ts';
import { useStudio } from './studio-store.ts';

interface Props {
  onPickNumber: (run: Extract<TextRun, { kind: 'number' }>) => void;
}

/** The report with every kept figure's quote marked; a click on a mark selects its figure. */
export function ReportText({ onPickNumber }: Props) {
  const { t } = useTranslation('studio');
  const text = useStudio((state) => state.work?.text ?? '');
  const figures = useStudio((state) => state.work?.figures);
  const selected = useStudio((state) => state.selected);
  const select = useStudio((state) => state.select);
  const quotes = useMemo(
    () =>
      (figures ?? [])
        .filter((figure) => figure.kept)
        .map((figure) => ({ id: figure.id, quote: figure.source.quote, value: figure.value })),
    [figures],
  );
  const labels = useMemo(
    () => new Map((figures ?? []).map((figure) => [figure.id, figure.label.zh || figure.label.en])),
    [figures],
  );
  const quoteKey = quotes
    .map((quote) => `${quote.id}\u0000${String(quote.quote)}\u0000${quote.value}`)
    .join('\u0001');
  // Marking depends on the quotes only: editing a label must not walk the whole text again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const runs = useMemo(() => markText(text, quotes), [text, quoteKey]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selected) return;
    const mark = box.current?.querySelector<HTMLElement>(
      `[data-figure-id="${CSS.escape(selected)}"]`,
    );
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  return (
    <section className="studio-text" aria-labelledby="studio-text-heading">
      <h2 id="studio-text-heading">{t('text.heading')}</h2>
      <div className="studio-text__body" ref={box} data-testid="studio-text">
        <Runs
          runs={runs}
          selected={selected}
          labels={labels}
          onSelect={select}
          onPickNumber={onPickNumber}
          markTitle={(label) => t('text.figureMark', { label })}
          numberTitle={(number) => t('text.candidate', { number })}
        />
      </div>
    </section>
  );
}

interface RunsProps {
  runs: TextRun[];
  selected?: string;
  labels: Map<string, string>;
  onSelect: (id: string) => void;
  onPickNumber: Props['onPickNumber'];
  markTitle: (label: string) => string;
  numberTitle: (number: string) => string;
}

const Runs = memo(function Runs({
  runs,
  selected,
  labels,
  onSelect,
  onPickNumber,
  markTitle,
  numberTitle,
}: RunsProps) {
  return runs.map((run) => {
    if (run.kind === 'plain') return <span key={run.start}>{run.text}</span>;
    if (run.kind === 'figure') {
      return (
        <mark
          key={run.start}
          className={`studio-mark${run.strong ? ' studio-mark--number' : ''}${run.figureId === selected ? ' studio-mark--selected' : ''}`}
          data-figure-id={run.figureId}
          title={markTitle(labels.get(run.figureId) ?? run.figureId)}
          onClick={() => onSelect(run.figureId)}
        >
          {run.text}
        </mark>
      );
    }
    return (
      <button
        key={run.start}
        type="button"
        className="studio-number"
        title={numberTitle(run.text)}
        aria-label={numberTitle(run.text)}
        onClick={() => onPickNumber(run)}
      >
        {run.text}
      </button>
    );
  });
});
