import { memo, useState, type MouseEvent } from 'react';
import { QUALIFIERS, UNITS, type Qualifier, type Unit } from '../../data/bundle-format.ts';
import { formatValue } from '../../lib/format/number.ts';
import { quoteOf, type StudioFigure } from './studio-model.ts';
import type { FigurePatch } from './studio-model.ts';
import { FigureThemes } from './figure-themes.tsx';
import { useRowTexts } from './row-texts.ts';
import type { StudioTheme } from './studio-themes.ts';

interface Props {
  figure: StudioFigure;
  selected: boolean;
  categories: { id: string; label: { zh: string; en: string } }[];
  themes: readonly StudioTheme[];
  problems: string[];
  suggestions: string[];
  onSelect: (id: string) => void;
  onPatch: (id: string, patch: FigurePatch) => void;
}

const NO_THEMES: string[] = [];

/** One figure, edited in place like a spreadsheet row; every change is saved as it is made. */
export const FigureRow = memo(function FigureRow({
  figure,
  selected,
  categories,
  themes,
  problems,
  suggestions,
  onSelect,
  onPatch,
}: Props) {
  const { t, texts } = useRowTexts();
  const lang = texts.lang;
  const patch = (change: FigurePatch) => onPatch(figure.id, change);
  const listId = `suggest-${figure.id}`;
  // The choice a click on an unselected row's text asked for, focused once its select is there.
  const [wanted, setWanted] = useState<string>();
  // Asked for once: a row unselected and selected again later (by the keyboard, say) takes no
  // focus of its own.
  const [wasSelected, setWasSelected] = useState(selected);
  if (selected !== wasSelected) {
    setWasSelected(selected);
    if (!selected) setWanted(undefined);
  }
  const choose = (event: MouseEvent<HTMLElement>) => {
    const choice = (event.target as HTMLElement).closest<HTMLElement>('[data-choice]');
    if (choice && !selected) setWanted(choice.dataset.choice);
    onSelect(figure.id);
  };
  const unitText =
    figure.unit === 'measure' && figure.measure
      ? figure.measure.label[lang] || figure.measure.label.zh
      : texts.units[figure.unit];
  const qualifierText = figure.qualifier ? texts.qualifiers[figure.qualifier] : texts.qualifierNone;
  const category = categories.find((item) => item.id === figure.category);
  const categoryText = category
    ? category.label[lang] || category.label.zh || category.id
    : figure.category;
  // The measure a draft found, read-only in either state of the row.
  const measureField = figure.unit === 'measure' && figure.measure && (
    <label>
      {texts.measure}
      <output data-testid="figure-measure">
        {figure.measure.label.zh} / {figure.measure.label.en}
      </output>
    </label>
  );
  const className = [
    'studio-figure',
    selected ? 'studio-figure--selected' : '',
    figure.kept ? '' : 'studio-figure--dropped',
    problems.length ? 'studio-figure--doubtful' : '',
  ].join(' ');
  return (
    <li
      className={className}
      data-figure-row={figure.id}
      onFocusCapture={() => onSelect(figure.id)}
      onClick={choose}
    >
      <div className="studio-figure__top">
        <label className="studio-check">
          <input
            type="checkbox"
            checked={figure.kept}
            onChange={(event) => patch({ kept: event.target.checked })}
          />
          {texts.kept}
        </label>
        <label className="studio-check">
          <input
            type="checkbox"
            checked={figure.headline}
            disabled={!figure.kept}
            onChange={(event) => patch({ headline: event.target.checked })}
          />
          {texts.headline}
        </label>
        <span className="studio-figure__id">{figure.id}</span>
        {problems.length > 0 && (
          <span className="studio-figure__flag">
            {t('figures.problems', { count: problems.length })}
          </span>
        )}
      </div>
      <div className="studio-figure__fields">
        <label>
          {texts.labelZh}
          <input
            lang="zh-CN"
            value={figure.label.zh}
            onChange={(event) => patch({ label: { ...figure.label, zh: event.target.value } })}
          />
        </label>
        <label>
          {texts.labelEn}
          <input
            lang="en"
            list={listId}
            value={figure.label.en}
            onChange={(event) => patch({ label: { ...figure.label, en: event.target.value } })}
          />
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </label>
        <label>
          {texts.value}
          <input
            type="number"
            min={0}
            step="any"
            value={figure.value}
            onChange={(event) => {
              const value = event.target.valueAsNumber;
              if (Number.isFinite(value)) patch({ value });
            }}
            aria-describedby={`shown-${figure.id}`}
          />
          <span className="studio-figure__shown" id={`shown-${figure.id}`}>
            {formatValue({ ...figure, lang, unitLabel: figure.unitLabel })}
          </span>
        </label>
        {selected ? (
          <>
            <label>
              {texts.unit}
              <select
                autoFocus={wanted === 'unit'}
                value={figure.unit}
                onChange={(event) => patch({ unit: event.target.value as Unit })}
              >
                {/* A figure can be in a measure only if the draft found one for it. */}
                {UNITS.filter((unit) => unit !== 'measure' || figure.measure).map((unit) => (
                  <option key={unit} value={unit}>
                    {unit === 'measure' && figure.measure
                      ? figure.measure.label[lang] || figure.measure.label.zh
                      : texts.units[unit]}
                  </option>
                ))}
              </select>
            </label>
            {measureField}
            <label>
              {texts.qualifier}
              <select
                autoFocus={wanted === 'qualifier'}
                value={figure.qualifier ?? ''}
                onChange={(event) =>
                  patch({ qualifier: (event.target.value || undefined) as Qualifier | undefined })
                }
              >
                <option value="">{texts.qualifierNone}</option>
                {QUALIFIERS.map((qualifier) => (
                  <option key={qualifier} value={qualifier}>
                    {texts.qualifiers[qualifier]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {texts.category}
              <select
                autoFocus={wanted === 'category'}
                value={figure.category}
                onChange={(event) => patch({ category: event.target.value })}
              >
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.label[lang] || category.label.zh || category.id}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <>
            <Choice name="unit" label={texts.unit} value={unitText} />
            {measureField}
            <Choice name="qualifier" label={texts.qualifier} value={qualifierText} />
            <Choice name="category" label={texts.category} value={categoryText} />
          </>
        )}
      </div>
      {themes.length > 0 && (
        <FigureThemes
          figureId={figure.id}
          themes={themes}
          chosen={figure.themes ?? NO_THEMES}
          onChange={(chosen) => patch({ themes: chosen })}
        />
      )}
      <p className="studio-figure__quote">
        <span className="studio-figure__quote-label">{texts.quote}</span>{' '}
        <q lang="zh-CN">{quoteOf(figure.source.quote)}</q>
      </p>
      {problems.length > 0 && (
        <ul className="studio-figure__problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </li>
  );
});

/**
 * A choice of an unselected row, as text: the row's selects are rendered only once it is selected.
 * Hundreds of rows of selects were thousands of options to build, and each select put in the page
 * had the browser's form filling read every field of the list again.
 */
function Choice({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <span className="studio-figure__choice" data-choice={name}>
      {label}
      <span className="studio-figure__choice-value">{value}</span>
    </span>
  );
}
