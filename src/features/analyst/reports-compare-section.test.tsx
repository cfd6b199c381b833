import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import { bundleQueryOptions, catalogQueryOptions } from '../../data/bundle-query.ts';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import type { Concept } from '../../data/concept-schema.ts';
import { conceptsQueryOptions } from '../../data/concepts-query.ts';
import { createI18n } from '../../i18n/index.ts';
import { indexBundle } from '../../store/bundle-index.ts';
import type { Norm } from '../../store/compare-reports.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { ReportsCompareSection } from './reports-compare-section.tsx';

// jsdom has no canvas: each chart is replaced by a list of the bars it was handed.
vi.mock('../../ui/lazy-panel-chart.tsx', () => ({
  MeasuredPanelChart: ({ panel }: { panel: ResolvedPanel }) => (
    <ul data-testid="chart-bars">
      {panel.indicators.map((bar) => (
        <li key={bar.id}>{`${bar.id}=${bar.value}`}</li>
      ))}
    </ul>
  ),
}));

const CONCEPTS: Concept[] = [
  {
    id: 'jobs',
    label: { zh: '城镇新增就业', en: 'New urban jobs' },
    definition: { zh: '当年新增', en: 'Added in the year' },
    unit: 'person',
    kind: 'flow',
  },
  {
    id: 'members',
    label: { zh: '会员', en: 'members' },
    definition: { zh: '在册会员', en: 'Members on record' },
    unit: 'person',
    kind: 'stock',
    denominator: true,
  },
];

const figure = (partial: Partial<Indicator> & Pick<Indicator, 'id' | 'value' | 'unit'>) =>
  ({
    category: 'work',
    label: { zh: partial.id, en: partial.id },
    source: { quote: `引文${partial.value}` },
    ...partial,
  }) as Indicator;

const province = makeBundle({
  id: 'province',
  publisher: { zh: '某省人民政府', en: 'Province government' },
  period: { label: { zh: '2021—2025年', en: '2021–2025' }, start: '2021', end: '2025' },
  indicators: [
    figure({
      id: 'jobs-2025',
      value: 750000,
      unit: 'person',
      concept: 'jobs',
      period: { start: '2025', end: '2025' },
    }),
  ],
});
const union = makeBundle({
  id: 'union',
  publisher: { zh: '某市总工会', en: 'City unions' },
  period: { label: { zh: '2021—2025年', en: '2021–2025' }, start: '2021', end: '2025' },
  indicators: [
    figure({ id: 'stable', value: 20000, unit: 'person', cumulative: true }),
    figure({ id: 'members', value: 400000, unit: 'person', cumulative: false, concept: 'members' }),
  ],
});

afterEach(() => vi.unstubAllGlobals());

function renderSection({
  lang,
  norm = 'total',
  others = [province],
  concepts = CONCEPTS,
  compare = ['province:jobs-2025', 'union:stable'],
}: {
  compare?: string[];
  lang: Lang;
  norm?: Norm;
  others?: Bundle[];
  concepts?: Concept[] | 'unreadable';
}) {
  const store = createDashboardStore({
    lang,
    norm,
    compare,
  });
  const queryClient = new QueryClient();
  queryClient.setQueryData(catalogQueryOptions().queryKey, []);
  for (const bundle of others) {
    queryClient.setQueryData(bundleQueryOptions({ param: bundle.id, refreshMinutes: 0 }).queryKey, {
      url: `/data/bundles/${bundle.id}.json`,
      bundle,
      fetchedAt: 0,
    });
  }
  if (concepts === 'unreadable') {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not here', { status: 404 })),
    );
  } else queryClient.setQueryData(conceptsQueryOptions().queryKey, concepts);
  render(
    <Providers store={store} i18n={createI18n(lang)} queryClient={queryClient}>
      <ReportsCompareSection index={indexBundle(union)} lang={lang} />
    </Providers>,
  );
  return store;
}

/** Each row of the table as its cells' texts. */
const tableRows = () =>
  screen.getAllByTestId('compare-reports-row').map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  );

describe('ReportsCompareSection', () => {
  it('switches the normalisation: the table, its caption, the chart and the chosen norm follow', async () => {
    const store = renderSection({ lang: 'en' });
    expect(screen.getByRole('radio', { name: 'As stated (totals)' })).toBeChecked();
    expect(tableRows().map((cells) => cells[3])).toEqual(['750,000 people', '20,000 people']);

    await userEvent.click(screen.getByRole('radio', { name: 'Per year of the stated period' }));
    expect(store.getState().norm).toBe('per-year');
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Figures compared (Per year of the stated period)',
    );
    expect(tableRows().map((cells) => [cells[3], cells[4]])).toEqual([
      ['750,000 people', '750,000 people'],
      ['4,000 people', '20,000 people'],
    ]);
    expect(screen.getByTestId('chart-bars')).toHaveTextContent(
      'province:jobs-2025=750000union:stable=4000',
    );
    expect(screen.getByTestId('norm-hint')).toHaveTextContent('Totals divided by the years');
  });

  it('offers per 10,000 members only when every report states its own, and says why not', async () => {
    renderSection({ lang: 'en' });
    const per10k = screen.getByRole('radio', { name: 'Per 10,000 members' });
    expect(per10k).toBeDisabled();
    expect(per10k).toHaveAccessibleDescription(
      'Per 10,000 members is not available: each report must state its own figure of members, and Province government does not.',
    );
  });

  it('puts figures per 10,000 members when every report states its own', async () => {
    const withMembers = makeBundle({
      ...province,
      indicators: [
        ...province.indicators,
        figure({
          id: 'm',
          value: 5_000_000,
          unit: 'person',
          cumulative: false,
          concept: 'members',
        }),
      ],
    });
    renderSection({ lang: 'en', others: [withMembers] });
    await userEvent.click(screen.getByRole('radio', { name: 'Per 10,000 members' }));
    expect(screen.queryByTestId('norm-reason')).toBeNull();
    expect(tableRows().map((cells) => cells[3])).toEqual(['1,500 people', '500 people']);
  });

  it('shows what differs from the first figure in its own column, in Chinese', () => {
    renderSection({ lang: 'zh' });
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers.slice(6, 8)).toEqual(['说明', '差异']);
    const [first, second] = tableRows();
    expect(first?.[7]).toBe('');
    expect(second?.[7]).toBe(
      '⚠ 时期不同：2021—2025年，5 年合计，对照 2025年（一年）⚠ 与第一个数字概念不同：请谨慎比较',
    );
    expect(within(screen.getByRole('table')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('compares without the vocabulary when it cannot be read, and says so', async () => {
    renderSection({ lang: 'en', concepts: 'unreadable' });
    const notice = await screen.findByTestId('compare-no-concepts');
    expect([...notice.querySelectorAll('p')].map((line) => line.textContent)).toEqual([
      'The concept vocabulary could not be read: HTTP 404',
      'Without it, figures are not matched by concept: add those of other reports by hand, below.',
    ]);
    expect(tableRows()).toHaveLength(2);
    expect(screen.getByTestId('norm-reason')).toHaveTextContent('could not be read');
  });

  it('lists every figure of a long comparison, and draws 30 bars until asked for all', async () => {
    const many = makeBundle({
      id: 'many',
      publisher: { zh: '多数字', en: 'Many figures' },
      period: { label: { zh: '2025年', en: '2025' }, start: '2025', end: '2025' },
      indicators: Array.from({ length: 45 }, (_, at) =>
        figure({ id: `j${at}`, value: 1000 + at, unit: 'person', concept: 'jobs' }),
      ),
    });
    renderSection({
      lang: 'en',
      others: [many],
      compare: many.indicators.map((indicator) => `many:${indicator.id}`),
    });
    await expect.poll(() => tableRows().length).toBe(45);
    expect(within(screen.getByTestId('chart-bars')).getAllByRole('listitem')).toHaveLength(30);
    await userEvent.click(
      screen.getByRole('button', { name: 'The chart shows 30 of 45 figures: show all' }),
    );
    expect(within(screen.getByTestId('chart-bars')).getAllByRole('listitem')).toHaveLength(45);
  });
});
