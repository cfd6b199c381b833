import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { markedFigures, markText, textBlocks, type TextRun } from './text-marks.ts';
import { ARRIVAL, useStudio } from './studio-store.ts';
import { useRowSlices } from './use-row-slices.ts';

interface Props {
  onPickNumber: (run: Extract<TextRun, { kind: 'number' }>) => void;
}

/** Characters of text per block, and blocks drawn per idle moment after the first. */
const BLOCK_CHARS = 1_500;
const BLOCK_SLICE = 2;

type Translate = ReturnType<typeof useT>['t'];
const titleCaches = new WeakMap<Translate, Map<string, string>>();

/**
 * A title translated once per key and word: thousands of candidate numbers and hundreds of
 * figure marks, most of their words repeated.
 */
function cachedTitle(
  t: Translate,
  key: 'text.candidate' | 'text.figureMark',
  word: string,
): string {
  let cache = titleCaches.get(t);
  if (!cache) titleCaches.set(t, (cache = new Map()));
  const at = `${key}\u0000${word}`;
  let title = cache.get(at);
  if (title === undefined) {
    if (cache.size > 20_000) cache.clear();
    title = key === 'text.candidate' ? t(key, { number: word }) : t(key, { label: word });
    cache.set(at, title);
  }
  return title;
}

/**
 * The report with every kept figure's quote marked; a click on a mark selects its figure. A long
 * report is drawn a few blocks at a time in idle moments, the block of the selected figure at once.
 */
export function ReportText({ onPickNumber }: Props) {
  const { t } = useT('studio');
  const text = useStudio((state) => state.work?.text ?? '');
  const figures = useStudio((state) => state.work?.figures);
  const selected = useStudio((state) => state.selected);
  const select = useStudio((state) => state.select);
  const quotes = useMemo(() => markedFigures(figures ?? []), [figures]);
  const labels = useMemo(
    () => new Map((figures ?? []).map((figure) => [figure.id, figure.label.zh || figure.label.en])),
    [figures],
  );
  const quoteKey = quotes
    .map((quote) => `${quote.id}\u0000${String(quote.quote)}\u0000${quote.value}`)
    .join('\u0001');
  // Marking depends on the quotes only: editing a label must not walk the whole text again.
  // A new text (a draft arriving) is marked in a task of its own and drawn in the next, after the
  // one that shows the work's fields and before the list (see `ARRIVAL`); marks of the same text
  // change at once.
  const marked = useStudio((state) => state.arrival >= ARRIVAL.marks);
  const drawn = useStudio((state) => state.arrival >= ARRIVAL.text);
  const runs = useMemo(
    () => (marked ? markText(text, quotes) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [marked, text, quoteKey],
  );
  const blocks = useMemo(() => textBlocks(runs, BLOCK_CHARS), [runs]);
  // Which blocks hold each figure's words: a quote may run across two.
  const blocksOf = useMemo(() => {
    const map = new Map<string, Set<number>>();
    blocks.forEach((block, index) => {
      for (const run of block) {
        if (run.kind !== 'figure') continue;
        let set = map.get(run.figureId);
        if (!set) map.set(run.figureId, (set = new Set()));
        set.add(index);
      }
    });
    return map;
  }, [blocks]);
  const selectedBlocks = selected ? blocksOf.get(selected) : undefined;
  const lastSelectedBlock = selectedBlocks ? Math.max(...selectedBlocks) : -1;
  const shown = useRowSlices(drawn ? blocks.length : 0, lastSelectedBlock, text, BLOCK_SLICE);
  const box = useRef<HTMLDivElement>(null);

  // The page hands a new function on each render; the blocks keep one, so they skip theirs.
  const pick = useRef(onPickNumber);
  useEffect(() => {
    pick.current = onPickNumber;
  });
  const pickNumber = useCallback<Props['onPickNumber']>((run) => pick.current(run), []);
  const markTitle = useCallback((label: string) => cachedTitle(t, 'text.figureMark', label), [t]);
  const numberTitle = useCallback(
    (number: string) => cachedTitle(t, 'text.candidate', number),
    [t],
  );

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
        {blocks.slice(0, shown).map((block, index) => (
          <Block
            key={block[0]?.start ?? index}
            runs={block}
            selected={selectedBlocks?.has(index) ? selected : undefined}
            labels={labels}
            onSelect={select}
            onPickNumber={pickNumber}
            markTitle={markTitle}
            numberTitle={numberTitle}
          />
        ))}
      </div>
    </section>
  );
}

interface BlockProps {
  runs: TextRun[];
  /** The selected figure, when this block holds its words. */
  selected?: string;
  labels: Map<string, string>;
  onSelect: (id: string) => void;
  onPickNumber: Props['onPickNumber'];
  markTitle: (label: string) => string;
  numberTitle: (number: string) => string;
}

/** A block draws again only when its runs, its selection or the labels of its own marks change. */
function sameBlock(before: BlockProps, after: BlockProps): boolean {
  const { labels: labelsBefore, ...restBefore } = before;
  const { labels: labelsAfter, ...restAfter } = after;
  const keys = Object.keys(restAfter) as (keyof typeof restAfter)[];
  if (keys.some((key) => restBefore[key] !== restAfter[key])) return false;
  return (
    labelsBefore === labelsAfter ||
    after.runs.every(
      (run) =>
        run.kind !== 'figure' || labelsBefore.get(run.figureId) === labelsAfter.get(run.figureId),
    )
  );
}

const Block = memo(function Block({
  runs,
  selected,
  labels,
  onSelect,
  onPickNumber,
  markTitle,
  numberTitle,
}: BlockProps) {
  return (
    <div className="studio-text__block">
      {runs.map((run) => {
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
        const title = numberTitle(run.text);
        return (
          <button
            key={run.start}
            type="button"
            className="studio-number"
            title={title}
            aria-label={title}
            onClick={() => onPickNumber(run)}
          >
            {run.text}
          </button>
        );
      })}
    </div>
  );
}, sameBlock);
