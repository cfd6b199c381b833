import { describe, expect, it } from 'vitest';
import { loadFixture, readPublic } from '../../../mock/fixtures.ts';
import { draftBundle } from '../../authoring/draft/draft-bundle.ts';
import type { Bundle } from '../../data/bundle-schema.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import {
  addFigure,
  duplicateGroups,
  mergeFigures,
  sourcePathFor,
  toBundle,
  updateFigure,
  workFromBundle,
  workFromDraft,
} from './studio-model.ts';

const TEXT = [
  '一、技能提升',
  '五年来累计培养技能人才52.58万人，投入资金1.04亿元。',
  '二、服务职工',
  '建会率达97%。累计培养技能人才52.58万人。',
].join('\n');

function draftWork() {
  const { bundle } = draftBundle(TEXT, {
    id: 'test-report',
    titleZh: '测试报告',
    publisherZh: '测试单位',
    sourcePath: '/x.txt',
  });
  return workFromDraft(bundle, TEXT);
}

describe('studio work', () => {
  it('exports kept figures only, with the headline the person chose', () => {
    let work = draftWork();
    const [first, second] = work.figures;
    work = updateFigure(work, first!.id, { kept: false });
    work = updateFigure(work, second!.id, { headline: true });
    const bundle = toBundle(work) as { indicators: { id: string }[]; headline?: string[] };
    expect(bundle.indicators.map((indicator) => indicator.id)).not.toContain(first!.id);
    expect(bundle.headline).toEqual([second!.id]);
    expect(JSON.stringify(bundle)).not.toMatch(/"kept"|"headline":true/);
  });

  it('finds a figure stated twice and merges it, keeping the other quote cited', () => {
    const work = draftWork();
    const groups = duplicateGroups(work);
    expect(groups).toHaveLength(1);
    const merged = mergeFigures(work, groups[0]!);
    expect(duplicateGroups(merged)).toEqual([]);
    expect(merged.figures).toHaveLength(work.figures.length - 1);
    expect(merged.uncited.at(-1)?.reason.en).toContain(groups[0]![0]);
  });

  it('never offers two targets as one for their （目标）, nor a target and a result', () => {
    const text = [
      '一、过去五年工作回顾',
      '城镇新增就业120万人。',
      '二、2026年重点工作',
      '城镇新增就业120万人，服务贸易增长6%，海洋生产总值增长6%。',
    ].join('\n');
    const draft = draftBundle(text, {
      id: 'targets',
      titleZh: '报告',
      publisherZh: '单位',
      sourcePath: '/x.txt',
    }).bundle;
    expect(draft.indicators.map((indicator) => indicator.label.zh)).toEqual([
      '城镇新增就业',
      '城镇新增就业（目标）',
      '服务贸易增长（目标）',
      '海洋生产总值增长（目标）',
    ]);
    expect(duplicateGroups(workFromDraft(draft, text))).toEqual([]);
  });

  it('offers figures of one value as one only where their labels are alike', () => {
    const work = draftWork();
    const [group] = duplicateGroups(work);
    const [, later] = group!;
    // The same 52.58万人 under another subject: two figures that happen to be equal.
    expect(
      duplicateGroups(updateFigure(work, later!, { label: { zh: '职工参加培训', en: '' } })),
    ).toEqual([]);
    // Under a label that says the same with a word more: still one figure said twice.
    expect(
      duplicateGroups(
        updateFigure(work, later!, { label: { zh: '五年累计培养技能人才', en: '' } }),
      ),
    ).toEqual([group]);
  });

  it('keeps a group in the order of the report and never chains unlike figures', () => {
    let work = draftWork();
    const [[first, second]] = duplicateGroups(work) as [[string, string]];
    // Four figures of one value; each label alike to the next, the first and the last unlike.
    const add = (label: string) => {
      const added = addFigure(work, {
        value: 525800,
        quote: '累计培养技能人才52.58万人',
        unit: 'person',
      });
      work = updateFigure(added.work, added.id, { label: { zh: label, en: '' } });
      return added.id;
    };
    work = updateFigure(work, first, { label: { zh: '技能人才培养', en: '' } });
    work = updateFigure(work, second, { label: { zh: '补贴发放对象', en: '' } });
    const third = add('人才培养补贴');
    const fourth = add('培养补贴发放');
    expect(duplicateGroups(work)).toEqual([
      [first, third],
      [second, fourth],
    ]);
  });

  it('turns a picked number into a figure with a fresh id', () => {
    const work = draftWork();
    const { work: next, id } = addFigure(work, {
      value: 97,
      quote: '建会率达97%',
      unit: 'percent',
    });
    expect(work.figures.map((figure) => figure.id)).not.toContain(id);
    expect(next.figures.at(-1)).toMatchObject({ id, value: 97, unit: 'percent', kept: true });
  });

  it('clears a qualifier set back to none', () => {
    const work = draftWork();
    const id = work.figures[0]!.id;
    const withQualifier = updateFigure(work, id, { qualifier: 'over' });
    const cleared = updateFigure(withQualifier, id, { qualifier: undefined });
    expect('qualifier' in cleared.figures[0]!).toBe(false);
  });

  it('exports the targets a draft marked with their theme, as a bundle that loads', () => {
    const text = [
      '一、过去五年工作回顾',
      '培养技能人才5万人。',
      '二、今后五年的主要任务',
      '力争培养技能人才10万人。',
    ].join('\n');
    const draft = draftBundle(text, {
      id: 'targets',
      titleZh: '报告',
      publisherZh: '单位',
      sourcePath: '/x.txt',
    }).bundle;
    const bundle = toBundle(workFromDraft(draft, text)) as {
      themes?: { id: string }[];
      indicators: { themes?: string[] }[];
    };
    expect(bundle.themes?.map((theme) => theme.id)).toEqual(['target']);
    expect(bundle.indicators.map((indicator) => indicator.themes)).toEqual([undefined, ['target']]);
    const result = validateBundle(
      JSON.parse(JSON.stringify(bundle), (key, value: unknown) =>
        key === 'en' && value === '' ? 'English' : value,
      ),
    );
    expect(result.ok).toBe(true);
  });

  it('opens an exported bundle again with the same figures', () => {
    let work = draftWork();
    work = {
      ...work,
      title: { zh: '测试报告', en: 'Test report' },
      publisher: { zh: '测试单位', en: 'Test body' },
      period: { label: { zh: '五年', en: 'five years' } },
      categories: work.categories.map((category) => ({
        ...category,
        label: { zh: category.label.zh, en: `Part ${category.id}` },
      })),
      figures: work.figures.map((figure) => ({
        ...figure,
        label: { zh: figure.label.zh, en: `Figure ${figure.id}` },
      })),
      uncited: work.uncited.map((entry) => ({ ...entry, reason: { zh: '年份', en: 'a year' } })),
    };
    const validation = validateBundle(toBundle(work));
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    const reopened = workFromBundle(validation.bundle, TEXT);
    expect(reopened.figures.map(({ id, value, unit }) => ({ id, value, unit }))).toEqual(
      work.figures.map(({ id, value, unit }) => ({ id, value, unit })),
    );
  });

  it.each(['anhui-2026-government-work-report', 'huainan-union-five-year'])(
    'opens the shipped %s bundle and exports it as it was: years, concepts, sources, headline order',
    (id) => {
      const shipped = JSON.parse(readPublic(`data/bundles/${id}.json`)) as Bundle;
      // The report's text is exported beside the bundle under the bundle's id, and named so.
      expect(toBundle(workFromBundle(shipped, ''))).toEqual({
        ...shipped,
        source: { ...shipped.source, text: sourcePathFor(id) },
      });
    },
  );
});

describe('the live check', () => {
  it('lists English not written yet under its figure, and the bundle still loads', async () => {
    const { checkWork } = await import('./check-work.ts');
    const work = draftWork();
    const check = checkWork(work);
    const first = work.figures[0]!.id;
    expect(
      check.problems.some(
        (item) => item.figureId === first && item.problem.code === 'missingEnglish',
      ),
    ).toBe(true);
    expect(check.problems.every((item) => item.problem.severity === 'warning')).toBe(true);
    expect(validateBundle(toBundle(work)).ok).toBe(true);
  });

  it('still lists English not written yet while another figure has an error', async () => {
    const { checkWork } = await import('./check-work.ts');
    const work = draftWork();
    const [first, second] = work.figures;
    const broken = updateFigure(work, first!.id, { label: { zh: '', en: '' } });
    const check = checkWork(broken);
    const about = (id: string, severity: string) =>
      check.problems.filter((item) => item.figureId === id && item.problem.severity === severity);
    expect(about(first!.id, 'error').length).toBeGreaterThan(0);
    expect(about(second!.id, 'warning').map((item) => item.problem.code)).toContain(
      'missingEnglish',
    );
    // As many warnings as before the error, less the blanked label's own.
    const before = checkWork(work).problems.length;
    expect(check.problems.filter((item) => item.problem.severity === 'warning').length).toBe(
      before - 1,
    );
  });
});

describe('studio work in measures', () => {
  const text = '新建铁路7000公里，新增装机1.2万千瓦，培训职工2000人。';
  const work = () =>
    workFromDraft(
      draftBundle(text, { id: 'measures', titleZh: '报告', publisherZh: '单位', sourcePath: '/x' })
        .bundle,
      text,
    );

  it('keeps the measure of a drafted figure in the exported bundle', () => {
    const [rail] = work().figures;
    expect(rail).toMatchObject({ unit: 'measure', measure: { id: 'km' } });
    const bundle = toBundle(work()) as { indicators: { measure?: { id: string } }[] };
    expect(bundle.indicators.map((indicator) => indicator.measure?.id)).toEqual([
      'km',
      'kw',
      undefined,
    ]);
  });

  it('leaves the measure out while the figure is in another unit, and restores it after', () => {
    const id = work().figures[0]!.id;
    const counted = updateFigure(work(), id, { unit: 'item' });
    const exported = (w: typeof counted) =>
      (toBundle(w) as { indicators: { unit: string; measure?: unknown }[] }).indicators[0];
    expect(exported(counted)).not.toHaveProperty('measure');
    expect(exported(updateFigure(counted, id, { unit: 'measure' }))).toMatchObject({
      unit: 'measure',
      measure: { id: 'km', label: { zh: '公里', en: 'km' } },
    });
  });

  it('reopens a bundle with measures as it was', () => {
    const loaded = validateBundle(loadFixture('valid-measures'));
    if (!loaded.ok) throw new Error('the measures fixture should load');
    const reopened = workFromBundle(loaded.bundle, '');
    expect(reopened.figures.map((figure) => figure.measure?.id)).toEqual([
      'km',
      'km',
      'kw',
      'household',
      'percentage-point',
      undefined,
    ]);
  });

  it('does not call 7000 km and 7000 kW the same figure', () => {
    const same = '新建铁路7000公里，新增装机7000千瓦。';
    const drafted = workFromDraft(
      draftBundle(same, { id: 'm', titleZh: '报告', sourcePath: '/x' }).bundle,
      same,
    );
    expect(drafted.figures).toHaveLength(2);
    expect(duplicateGroups(drafted)).toEqual([]);
  });
});
