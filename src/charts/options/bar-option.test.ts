import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, MODE_COLORS } from '../theme.ts';
import { barOrder, buildBarOption, labelsAboveBars, MIN_BAR } from './bar-option.ts';
import { buildGaugeOption } from './gauge-option.ts';
import type { ChartRow } from './chart-rows.ts';

const rows: ChartRow[] = [
  { id: 'small', label: '小', value: 10, display: '10人', exact: '10' },
  { id: 'big', label: '大', value: 525800, display: '52.58万人', exact: '525,800' },
  { id: 'mid', label: '中', value: 6051, display: '6051人', exact: '6,051' },
];

function build(extra: Partial<Parameters<typeof buildBarOption>[0]> = {}) {
  return buildBarOption({
    rows,
    axisName: '人',
    mode: 'analyst',
    formatTick: (value) => `${value}`,
    description: 'desc',
    labelWidth: 150,
    ...extra,
  }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('barOrder', () => {
  it('is the order the bars are drawn in, largest on top', () => {
    expect(barOrder(rows).map((row) => row.id)).toEqual(['big', 'mid', 'small']);
    const data = build().series[0].data as { id: string }[];
    expect(data.map((item) => item.id)).toEqual(['big', 'mid', 'small']);
  });
});

describe('buildBarOption', () => {
  it('breaks a Chinese category label by the rules of Chinese typesetting, and leaves English to ECharts', () => {
    // Ten pixels a character, a label column of 100: ECharts had put "）" alone on a line.
    const measure = (text: string) => [...text].length * 10;
    const { formatter } = build({ labelWidth: 102, measureText: measure }).yAxis.axisLabel;
    expect(formatter('地区生产总值增长（2025年）')).toBe('地区生产总值增长\n（2025年）');
    expect(formatter('Growth of gross regional product (2025)')).toBe(
      'Growth of gross regional product (2025)',
    );
    // Under lang=both each language is a line of its own, and English stays as given.
    expect(formatter('地区生产总值增长（2025年）\nGrowth of gross regional product (2025)')).toBe(
      '地区生产总值增长\n（2025年）\nGrowth of gross regional product (2025)',
    );
    // Above its bar a label is one line, ending in an ellipsis: nothing is broken there.
    const above = build({ width: 300, labelWidth: 150, measureText: measure }).yAxis.axisLabel;
    expect(above.inside).toBe(true);
    expect(above.formatter).toBeUndefined();
  });

  it('on the wall, cuts a label to its lines with an ellipsis, keeping notes where bars would look the same', () => {
    const measure = (text: string) => [...text].length * 10;
    const wall = (labelLines: number, labels: string[]) => {
      const { formatter } = build({
        mode: 'wall',
        rows: labels.map((label, at) => ({ ...rows[0]!, id: `r${at}`, label, value: 10 - at })),
        labelWidth: 122,
        labelLines,
        measureText: measure,
      }).yAxis.axisLabel;
      return labels.map((label) => formatter(label));
    };
    // One line of 12 characters: two bars that differ in their notes stay apart.
    expect(
      wall(1, [
        '社会物流总费用与GDP的比率（期初）',
        '社会物流总费用与GDP的比率（2025年）',
        '全省地区生产总值（2025年）',
      ]),
    ).toEqual(['社会物流总费用…（期初）', '社会物流…（2025年）', '全省地区生产总值…']);
    expect(wall(2, ['Rate of petitions accepted promptly', '新增高新技术企业'])).toEqual([
      'Rate of\npetitions a…',
      '新增高新技术企业',
    ]);
    // In two languages: the Chinese on a line, the English on the lines left, each cut with a
    // mark; ECharts dropped the English lines past the height without one.
    expect(
      wall(2, [
        '规上工业增加值增长（2025年）\nIndustrial value added of larger firms',
        '新增高新技术企业\nNew high-tech firms',
      ]),
    ).toEqual(['规上工业增加值增长…\nIndustrial…', '新增高新技术企业\nNew high-te…']);
    expect(wall(3, ['新增高新技术企业\nNew high-tech firms'])).toEqual([
      '新增高新技术企业\nNew\nhigh-tech f…',
    ]);
    expect(wall(1, ['新增高新技术企业\nNew high-tech firms'])).toEqual(['新增高新技术企业']);
    // Chinese lines that would read the same keep their notes, as one-language labels do.
    expect(
      wall(2, [
        '社会物流总费用与GDP的比率（期初）\nLogistics costs, start of the period',
        '社会物流总费用与GDP的比率（2025年）\nLogistics costs, 2025',
      ]),
    ).toEqual(['社会物流总费用…（期初）\nLogistics c…', '社会物流…（2025年）\nLogistics c…']);
  });

  it('on the wall, widens the label column as far as a label needs to read whole, leaving the bars room', () => {
    // Ten pixels a character; a chart of 600 px, labels of 240 (23 characters once the 2 px
    // margin is taken), one line each.
    const measureText = (text: string) => [...text].length * 10;
    const wall = (labels: string[], extra: Partial<Parameters<typeof buildBarOption>[0]> = {}) =>
      build({
        mode: 'wall',
        rows: labels.map((label, at) => ({ ...rows[0]!, id: `r${at}`, label, value: 10 - at })),
        labelWidth: 240,
        labelLines: 1,
        width: 600,
        measureText,
        ...extra,
      });
    const long = '进出口总额增长进出口总额增长进出口总额增长（2025年）'; // 28 characters
    const option = wall([long, '全省地区生产总值']);
    expect(option.yAxis.axisLabel.width).toBe(282);
    expect(option.grid.left).toBe(282 + 12);
    expect(option.yAxis.axisLabel.formatter(long)).toBe(long);
    // Labels that fit keep the layout's column, so short labels leave the bars their room.
    expect(wall(['全省地区生产总值', '新增高新技术企业']).yAxis.axisLabel.width).toBe(240);
    // At most 62 % of the chart: a longer label is cut there, as before.
    const longer = long.repeat(2);
    const widest = wall([longer, '全省地区生产总值']).yAxis.axisLabel;
    expect(widest.width).toBe(372);
    expect(widest.formatter(longer)).toMatch(/…/);
    // Never so wide that the widest value label has no room past a short bar.
    const wideValue = { display: '一'.repeat(30) };
    const crowded = build({
      mode: 'wall',
      rows: [long, '新增'].map((label, at) => ({
        ...rows[0]!,
        ...wideValue,
        id: `r${at}`,
        label,
        value: 10 - at,
      })),
      labelWidth: 240,
      labelLines: 1,
      width: 600,
      measureText,
    }).yAxis.axisLabel;
    expect(crowded.width).toBe(600 - 12 - 24 - 300 - 16);
    // Labels in two languages, and the desk, keep the width they are given.
    expect(wall([`${long}\nImports and exports`]).yAxis.axisLabel.width).toBe(240);
    expect(wall([long], { mode: 'analyst' }).yAxis.axisLabel.width).toBe(240);
  });

  it('draws at once at the desk, and on the wall moves its bars only on a redraw', () => {
    expect(build().animation).toBe(false);
    expect(build({ redraw: true }).animation).toBe(false);
    const first = build({ mode: 'wall' });
    expect(first.animation).toBeUndefined();
    expect(first.animationDuration).toBe(0);
    expect(first.animationDurationUpdate).toBe(0);
    const refreshed = build({ mode: 'wall', redraw: true });
    expect(refreshed.animation).toBeUndefined();
    expect(refreshed.animationDurationUpdate).toBeGreaterThan(0);
  });

  it('sorts largest first on an inverted category axis', () => {
    const option = build();
    expect(option.yAxis.data).toEqual(['大', '中', '小']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series[0].data.map((item: { id: string }) => item.id)).toEqual([
      'big',
      'mid',
      'small',
    ]);
  });

  it('prints the display form at the bar ends and puts the unit in the axis name', () => {
    const option = build();
    const label = option.series[0].label;
    expect([0, 1, 2].map((dataIndex) => label.formatter({ dataIndex }))).toEqual([
      '52.58万人',
      '6051人',
      '10人',
    ]);
    expect(option.xAxis.name).toBe('人');
  });

  it('gives the exact value in a rich-text tooltip that cannot run HTML', () => {
    const option = build({
      rows: [
        { id: 'x', label: '<img src=x onerror=alert(1)>', value: 1, display: '1人', exact: '1' },
      ],
    });
    expect(option.tooltip.renderMode).toBe('richText');
    expect(option.tooltip.textStyle.fontFamily).toBe(FONT_FAMILY);
    expect(option.tooltip.formatter({ data: option.series[0].data[0] })).toBe(
      '<img src=x onerror=alert(1)>\n1人',
    );
  });

  it('shows the exact value beside a rounded display', () => {
    const option = build();
    expect(option.tooltip.formatter({ data: option.series[0].data[0] })).toBe(
      '大\n52.58万人（525,800）',
    );
  });

  it('has one series whatever the rows, so a filter never leaves stale series behind', () => {
    expect(build({ rows: rows.slice(0, 1) }).series).toHaveLength(1);
  });

  it('gives a figure far smaller than the largest a sliver of bar, and a zero none', () => {
    // 10 people beside 525,800: a fiftieth of a pixel at the desk's width.
    expect(build().series[0].barMinHeight).toBe(MIN_BAR);
    const withZero = [...rows, { id: 'none', label: '无', value: 0, display: '0人', exact: '0' }];
    expect(build({ rows: withZero }).series[0].barMinHeight).toBeUndefined();
  });

  it("emphasises in the wall's highlight colour, set on the live chart, and enlarges the type", () => {
    const option = build({ mode: 'wall' });
    const colors = option.series[0].data.map(
      (item: { itemStyle: { color: string } }) => item.itemStyle.color,
    );
    // The tour's highlight is not in the option: a step changes the chart's state, not its option.
    expect(new Set(colors)).toEqual(new Set([MODE_COLORS.wall.accent]));
    expect(option.series[0].emphasis.itemStyle.color).toBe(MODE_COLORS.wall.highlight);
    expect(build().series[0].emphasis.itemStyle.color).toBe(MODE_COLORS.analyst.hover);
    expect(option.yAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(24);
    expect(option.series[0].label.fontSize).toBeGreaterThanOrEqual(24);
  });

  it('shows every label on the wall, wrapped to the lines the caller has room for', () => {
    const axisLabel = build({ mode: 'wall', labelLines: 3 }).yAxis.axisLabel;
    expect(axisLabel.interval).toBe(0);
    expect(axisLabel.overflow).toBe('break');
    expect(axisLabel.lineOverflow).toBe('truncate');
    expect(axisLabel.height).toBe(3 * axisLabel.lineHeight);
    expect(build({ mode: 'wall' }).yAxis.axisLabel.height).toBe(2 * axisLabel.lineHeight);
  });

  it('carries an accessible description', () => {
    expect(build().aria).toEqual({ enabled: true, label: { description: 'desc' } });
  });
});

describe('buildGaugeOption', () => {
  it('draws one gauge per rate against 100 %, capped', () => {
    const option = buildGaugeOption({
      rows: [
        { id: 'a', label: '建会率', value: 97, display: '97%', exact: '97' },
        { id: 'b', label: '答复率', value: 120, display: '120%', exact: '120' },
      ],
      mode: 'analyst',
      description: 'd',
      captionWidth: 120,
    }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(option.series).toHaveLength(2);
    expect(option.animation).toBe(false);
    expect(option.series.map((series: { max: number }) => series.max)).toEqual([100, 100]);
    expect(option.series[1].data[0].value).toBe(100);
    expect(option.series[0].detail.formatter()).toBe('97%');
    expect(option.series.map((series: { center: string[] }) => series.center[0])).toEqual([
      '25%',
      '75%',
    ]);
  });

  it('keeps gauges side by side inside their slots on a narrow card', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({
      id,
      label: id,
      value: 97,
      display: '97%',
      exact: '97',
    }));
    const gauges = (width?: number, height?: number) =>
      buildGaugeOption({ rows, mode: 'analyst', description: 'd', captionWidth: 90, width, height })
        .series as { radius: number | string }[];
    const narrow = gauges(322, 220).map((series) => series.radius as number);
    expect(narrow.every((radius) => 2 * radius <= 322 / 3 - 8)).toBe(true);
    // With room to spare, the same share of the chart's height as before.
    expect(gauges(900, 220)[0]?.radius).toBeCloseTo(0.53 * 110);
    expect(gauges()[0]?.radius).toBe('53%');
  });
});

describe('rates as bullet bars', () => {
  it('fixes the scale at 100 and draws the unfilled track', () => {
    const option = buildBarOption({
      rows: [{ id: 'r', label: '建会率', value: 97, display: '97%', exact: '97' }],
      axisName: '%',
      mode: 'wall',
      formatTick: String,
      description: 'd',
      labelWidth: 200,
      max: 100,
    }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(option.xAxis.max).toBe(100);
    expect(option.series[0].showBackground).toBe(true);
  });

  it('with its width known at the desk, prints a label inside each bar that holds it', () => {
    const english: ChartRow[] = [
      {
        id: 'campaign',
        label: 'Smart-union campaign participation',
        value: 1_481_000,
        display: '1,481,000 person-times',
        exact: '1,481,000',
      },
      {
        id: 'disputes',
        label: 'Disputes resolved',
        value: 672,
        display: '672 person-times',
        exact: '672',
      },
    ];
    const option = build({ rows: english, labelWidth: 210, width: 520 });
    const [campaign, disputes] = option.series[0].data;
    expect(campaign.label).toEqual({ position: 'insideRight', color: '#ffffff' });
    expect(disputes.label).toBeUndefined();
    // The plot keeps most of what the category labels leave, not a third of it.
    expect(option.grid.right).toBeLessThan(80);
    expect(option.xAxis.max).toBe('dataMax');
    expect(option.xAxis.splitLine.showMaxLine).toBe(false);
    // Without a width (first render, jsdom, the wall) the room for the longest label stays.
    const unknown = build({ rows: english, labelWidth: 210 });
    expect(unknown.grid.right).toBeGreaterThan(140);
    expect(unknown.series[0].data[0].label).toBeUndefined();
    expect(unknown.xAxis.max).toBeUndefined();
  });

  it('on a card too narrow for a column of labels, puts each label on a line above its bar', () => {
    expect(labelsAboveBars(483, 210)).toBe(true);
    expect(labelsAboveBars(484, 210)).toBe(false);
    expect(labelsAboveBars(363, 150)).toBe(true);
    expect(labelsAboveBars(364, 150)).toBe(false);
    const measureText = (text: string, fontSize: number) => text.length * fontSize * 0.5;
    const narrow = build({ rows, labelWidth: 210, width: 322, axisName: 'people', measureText });
    // The bars start at the chart's edge and the labels span it, one line each.
    expect(narrow.grid.left).toBeLessThan(10);
    expect(narrow.yAxis.axisLabel).toMatchObject({
      inside: true,
      interval: 0,
      align: 'left',
      verticalAlign: 'bottom',
      width: 322 - narrow.grid.left - 4,
      overflow: 'truncate',
    });
    // The grid lines pass behind the words, not through them.
    expect(narrow.yAxis.axisLabel).toMatchObject({
      textBorderColor: '#ffffff',
      textBorderWidth: 3,
    });
    // Each label's foot clears the top of its bar.
    const bar = narrow.series[0].barMaxWidth;
    expect(narrow.yAxis.axisLabel.padding[2]).toBeGreaterThan(bar / 2);
    // Value labels still go inside the bars that hold them: the largest here, not the smallest.
    expect(narrow.series[0].data[0].label).toEqual({ position: 'insideRight', color: '#ffffff' });
    expect(narrow.series[0].data[2].label).toBeUndefined();
    // A chart measured at nothing gets no negative room for its labels.
    expect(build({ rows, labelWidth: 210, width: 0 }).yAxis.axisLabel.width).toBe(0);
    // The unit sits at the axis's end, in a right margin wide enough for it.
    expect(narrow.xAxis.nameLocation).toBe('end');
    // ECharts moves the name on past a tick label near the axis's end (its last tick is 525,000
    // here, for an axis ending at 525,800), so the margin holds half a tick label as well.
    expect(narrow.grid.right).toBeGreaterThanOrEqual(
      measureText('people', 12) + 12 + measureText('525800', 12) / 2,
    );
    // Wide enough for the column: labels beside the bars, as before.
    const wide = build({ rows, labelWidth: 210, width: 520 });
    expect(wide.grid.left).toBe(222);
    expect(wide.yAxis.axisLabel.inside).toBeUndefined();
    expect(wide.xAxis.nameLocation).toBe('start');
    // The wall has its own layout, whatever the width.
    expect(build({ mode: 'wall', labelWidth: 210, width: 322 }).yAxis.axisLabel.inside).toBe(
      undefined,
    );
  });

  it('on the wall, with the width its design gives, puts bold value labels inside the bars', () => {
    const weights = new Map<string, Set<string | undefined>>();
    const measureText = (text: string, fontSize: number, fontWeight?: 'normal' | 'bold') => {
      weights.set(text, (weights.get(text) ?? new Set()).add(fontWeight));
      return text.length * fontSize * (fontWeight === 'bold' ? 0.6 : 0.5);
    };
    const wall = build({ mode: 'wall', labelWidth: 238, width: 566, measureText });
    // The value labels are measured as they are drawn, in bold.
    for (const row of rows) expect(weights.get(row.display)).toEqual(new Set(['bold']));
    // The axis labels, which are not bold, as they are drawn too: long ones are measured to be
    // wrapped, never in bold.
    weights.clear();
    const long = rows.map((row) => ({ ...row, label: `Workers reached by campaign ${row.id}` }));
    build({ mode: 'wall', labelWidth: 238, width: 566, measureText, rows: long });
    const labelTexts = [...weights.keys()].filter(
      (text) => !rows.some((row) => row.display === text),
    );
    expect(labelTexts.length).toBeGreaterThan(0);
    for (const text of labelTexts) expect(weights.get(text)).not.toContain('bold');
    expect(wall.series[0].data[0].label).toEqual({ position: 'insideRight', color: '#0b1a33' });
    expect(wall.series[0].data[2].label).toBeUndefined();
    expect(wall.xAxis.max).toBe('dataMax');
    // Only the room the labels past their bars need is kept at the right, not a fixed 60 px.
    expect(wall.grid.right).toBeLessThan(60);
    // Rates against a fixed 100 keep their labels past the bars.
    expect(
      build({ mode: 'wall', labelWidth: 238, width: 566, max: 100 }).series[0].data[0].label,
    ).toBeUndefined();
  });

  it('keeps a fixed scale end and its room when one is given', () => {
    const option = build({ width: 468, max: 100 });
    expect(option.xAxis.max).toBe(100);
    // Ticks at its quarters, the last at the end itself: none crowds it.
    expect(option.xAxis.interval).toBe(25);
    expect(build({ width: 468 }).xAxis.interval).toBeUndefined();
    expect(option.series[0].data.every((item: { label?: unknown }) => !item.label)).toBe(true);
  });
});
