// @vitest-environment node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, PUBLIC_DIR, readPublic } from '../../../mock/fixtures.ts';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import { formatValue } from '../../lib/format/number.ts';
import { indexBundle } from '../../store/bundle-index.ts';
import { resolvePanels } from '../../store/selectors.ts';
import { describedRows, describeIndicators, describePanel } from './describe-panel.ts';
import type { DescribedRow } from './describe-panel.ts';
import { readFileSync } from 'node:fs';

const row = (
  id: string,
  value: number,
  unit: DescribedRow['unit'],
  extra: Partial<DescribedRow> = {},
): DescribedRow => ({
  id,
  label: id,
  value,
  display: formatValue({ value, unit, lang: 'en', qualifier: extra.qualifier }),
  unit,
  ...extra,
});

describe('describePanel', () => {
  const people = (lang: Lang): DescribedRow[] => [
    {
      id: 'skilled',
      label: lang === 'zh' ? '培养技能人才' : 'Skilled workers trained',
      value: 525800,
      display: formatValue({ value: 525800, unit: 'person', lang }),
      unit: 'person',
    },
    {
      id: 'jobs',
      label: lang === 'zh' ? '实现稳定就业' : 'Workers placed in stable jobs',
      value: 21200,
      display: formatValue({ value: 21200, unit: 'person', lang }),
      unit: 'person',
    },
  ];

  it.each<[Lang, string]>([
    ['zh', '人数，共2项。培养技能人才52.58万人，为本组最多；实现稳定就业2.12万人，为本组最少。'],
    [
      'en',
      'People, 2 figures. Most: Skilled workers trained, 525,800 people. Least: Workers placed in stable jobs, 21,200 people.',
    ],
  ])('names the largest and the smallest in %s, with no total of people', (lang, expected) => {
    expect(
      describePanel({ title: lang === 'zh' ? '人数' : 'People', rows: people(lang), lang }),
    ).toBe(expected);
  });

  it.each<[Lang, string]>([
    ['zh', '资金，共2项。甲近2800万元，为本组最多；乙1000万元，为本组最少。'],
    ['en', 'Funds, 2 figures. Most: A, nearly ¥28 million. Least: B, ¥10 million.'],
  ])('keeps a qualifier and adds nothing approximate in %s', (lang, expected) => {
    const rows: DescribedRow[] = [
      { ...row('a', 28e6, 'yuan', { qualifier: 'nearly' }), label: lang === 'zh' ? '甲' : 'A' },
      { ...row('b', 1e7, 'yuan'), label: lang === 'zh' ? '乙' : 'B' },
    ].map((r) => ({ ...r, display: formatValue({ ...r, lang }) }));
    expect(describePanel({ title: lang === 'zh' ? '资金' : 'Funds', rows, lang })).toBe(expected);
  });

  it('says highest and lowest of rates, and adds up no counts', () => {
    expect(
      describePanel({
        title: 'Rates',
        rows: [row('a', 97, 'percent'), row('b', 100, 'percent')],
        lang: 'en',
      }),
    ).toBe('Rates, 2 figures. Highest: b, 100%. Lowest: a, 97%.');
    expect(
      describePanel({
        title: '人次',
        rows: [row('a', 1481000, 'person-time'), row('b', 672, 'person-time')].map((r) => ({
          ...r,
          display: formatValue({ ...r, lang: 'zh' }),
        })),
        lang: 'zh',
      }),
    ).toBe('人次，共2项。a148.1万人次，为本组最多；b672人次，为本组最少。');
    // Funds spent and wages recovered share a unit; their sum is no report's figure.
    expect(
      describePanel({
        title: 'Money',
        rows: [row('a', 1.5e6, 'yuan'), row('b', 2e5, 'yuan')],
        lang: 'en',
      }),
    ).toBe('Money, 2 figures. Most: a, ¥1.5 million. Least: b, ¥200,000.');
  });

  it('says one figure plainly, equal figures once, and figures left out', () => {
    expect(describePanel({ title: 'T', rows: [row('a', 3, 'event')], lang: 'en' })).toBe(
      'T: a, 3 events.',
    );
    expect(
      describePanel({
        title: 'T',
        rows: [row('a', 100, 'percent'), row('b', 100, 'percent')],
        lang: 'en',
      }),
    ).toBe('T, 2 figures. Each: 100%.');
    expect(
      describePanel({
        title: 'T',
        rows: [row('a', 3, 'event'), row('b', 2, 'event')],
        lang: 'en',
        more: 4,
      }),
    ).toBe('T, 2 figures. Most: a, 3 events. Least: b, 2 events. 4 smaller not listed.');
  });
});

/** Every bundle the app ships and every valid fixture, validated as the app loads them. */
function bundles(): [string, Bundle][] {
  const shipped = readdirSync(path.join(PUBLIC_DIR, 'data/bundles'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, readPublic(`/data/bundles/${name}`)] as const);
  const fixtures = readdirSync(FIXTURE_DIR)
    .filter((name) => /^valid-.*\.json$/.test(name))
    .map((name) => [name, readFileSync(path.join(FIXTURE_DIR, name), 'utf8')] as const);
  return [...shipped, ...fixtures].map(([name, text]) => {
    const result = validateBundle(JSON.parse(text));
    if (!result.ok) throw new Error(`${name} does not validate`);
    return [name, result.bundle];
  });
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('every panel of every bundle', () => {
  const cases = bundles().flatMap(([name, bundle]) =>
    resolvePanels(indexBundle(bundle), bundle.indicators).flatMap((panel) =>
      (['zh', 'en'] as const).map((lang) => ({ name, panel, lang })),
    ),
  );

  it('has panels to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$name $panel.id ($lang)', ({ panel, lang }) => {
    const rows = describedRows(panel.indicators, lang);
    const title = panel.title[lang];
    const sentence = describeIndicators({ title, indicators: panel.indicators, lang });
    const figures = rows.map((r) => r.display);
    // Take out the words the bundle supplies and every figure as the screen shows it: what is
    // left may hold no digit but the count of figures.
    let rest = sentence.replace(title, '');
    for (const r of [...rows].sort((a, b) => b.label.length - a.label.length)) {
      rest = rest.split(r.label).join('');
    }
    for (const figure of [...figures].sort((a, b) => b.length - a.length)) {
      rest = rest.split(figure).join('§');
    }
    const digits = rest.match(/\d[\d,.]*/g) ?? [];
    expect(digits.filter((d) => d !== String(rows.length))).toEqual([]);
    // The largest figure is always said, whole.
    expect(sentence).toContain(rows[0]!.display);
    // A qualifier is never dropped: each figure said with a qualifier is said as displayed.
    for (const r of rows) {
      if (r.qualifier && sentence.includes(r.label)) expect(sentence).toContain(r.display);
    }
    if (lang === 'en') expect(sentence).not.toMatch(HAN);
  });
});
