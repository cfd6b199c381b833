import type { TFunction } from 'i18next';
import type { useT } from '../../i18n/use-t.ts';
import type { BundleProblem } from '../../data/problems.ts';
import { problemText } from '../../i18n/problem-text.ts';

type StudioT = ReturnType<typeof useT<'studio'>>['t'];

/** The report's own fields, by their path in the bundle, and the studio's names for them. */
const REPORT_FIELDS = {
  'title.zh': 'meta.titleZh',
  'title.en': 'meta.titleEn',
  'publisher.zh': 'meta.publisherZh',
  'publisher.en': 'meta.publisherEn',
  'period.label.zh': 'meta.periodZh',
  'period.label.en': 'meta.periodEn',
} as const;

/** A figure's fields, by their path inside the figure, and the names its row gives them. */
const FIGURE_FIELDS = {
  'label.zh': 'figures.labelZh',
  'label.en': 'figures.labelEn',
  value: 'figures.value',
  unit: 'figures.unit',
  qualifier: 'figures.qualifier',
  category: 'figures.category',
  'source.quote': 'figures.quote',
} as const;

const FIGURE_PATH = /^indicators\[\d+\]\.(.+)$/;

/**
 * Where a problem is, in the names the studio's fields carry ("Period (Chinese)", "English
 * label"), so a report writer need not read the bundle's paths; a path no field shows stays as
 * it is. `figure` names the figure the problem belongs to; a figure's row leaves it out.
 */
export function placeOf(path: string, studio: StudioT, figure?: string): string {
  if (path in REPORT_FIELDS) return studio(REPORT_FIELDS[path as keyof typeof REPORT_FIELDS]);
  const inFigure = FIGURE_PATH.exec(path)?.[1];
  if (inFigure === undefined) return path;
  const field =
    inFigure in FIGURE_FIELDS
      ? studio(FIGURE_FIELDS[inFigure as keyof typeof FIGURE_FIELDS])
      : inFigure;
  return figure ? `${figure} · ${field}` : field;
}

/** One problem as the studio lists it: where in the bundle, and what is wrong, in the page's words. */
export function problemLine(problem: BundleProblem, t: TFunction, place = problem.path): string {
  // A field named in Chinese takes the Chinese colon: "英文名称：尚无英文文本…".
  const colon = /[\u3400-\u9fff）]$/.test(place) ? '：' : ': ';
  return `${place}${colon}${problemText(problem, t)}`;
}
