import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  fitApart,
  fitLines,
  placeValueLabels,
  tooltipText,
  wrapLines,
  wrappedLineCount,
} from './chart-rows.ts';

describe('tooltipText', () => {
  it("puts the exact value in brackets of the figure's own script", () => {
    expect(tooltipText({ label: '四季送', display: '近2800万元', exact: '28,000,000' })).toBe(
      '四季送\n近2800万元（28,000,000）',
    );
    expect(tooltipText({ label: 'Aid', display: 'nearly ¥28 million', exact: '28,000,000' })).toBe(
      'Aid\nnearly ¥28 million (28,000,000)',
    );
  });

  it('leaves the exact value out when the figure already shows it', () => {
    expect(tooltipText({ label: 'Talks', display: '1,160 talks', exact: '1,160' })).toBe(
      'Talks\n1,160 talks',
    );
  });
});

describe('placeValueLabels', () => {
  it('puts a label inside a bar that holds it and past the end of one that does not', () => {
    // A 300 px plot room: the largest bar holds its 160 px label; the next, a fifth as long,
    // prints past its end, which needs no room beyond the plot.
    const placement = placeValueLabels({
      ratios: [1, 0.2],
      labelWidths: [160, 150],
      room: 340,
      minRight: 40,
    });
    expect(placement).toEqual({ right: 40, inside: [true, false] });
  });

  it('keeps a label inside its bar when the margin asked for already holds every label', () => {
    // A 70 px margin (an axis name's) is wider than any 45 px label needs past its bar's end;
    // the largest bar, 250 px long, still holds its own.
    const placement = placeValueLabels({
      ratios: [1, 0.01],
      labelWidths: [45, 40],
      room: 320,
      minRight: 70,
    });
    expect(placement).toEqual({ right: 70, inside: [true, false] });
  });

  it('widens the right margin for a long bar whose label does not fit inside it', () => {
    // 160 px of plot: neither 160 px label fits inside with its padding, so the largest bar's
    // label needs its width and the gap past the plot, as before the width was known.
    const placement = placeValueLabels({
      ratios: [1, 0.9],
      labelWidths: [160, 160],
      room: 200,
      minRight: 40,
    });
    expect(placement).toEqual({ right: 166, inside: [false, false] });
    // Every label ends within the chart: bar end + gap + label ≤ plot + right margin.
    const plot = 200 - placement.right;
    for (const ratio of [1, 0.9]) {
      expect(plot * ratio + 6 + 160).toBeLessThanOrEqual(plot + placement.right);
    }
  });

  it('settles after a wider margin pushes another label out of its bar', () => {
    // At the minimum margin the second bar holds its label; once the first one's label needs the
    // room past the plot, the plot shrinks and the second no longer does.
    const ratios = [1, 0.55];
    const labelWidths = [270, 100];
    const placement = placeValueLabels({ ratios, labelWidths, room: 300, minRight: 20 });
    expect(placement).toEqual({ right: 276, inside: [false, false] });
    const plot = 300 - placement.right;
    ratios.forEach((ratio, index) => {
      expect(plot * ratio + 6 + (labelWidths[index] as number)).toBeLessThanOrEqual(
        plot + placement.right,
      );
    });
  });

  it('keeps widening past one pass per bar: "Employers reached" in English on a 436 px chart', () => {
    // A label past a shorter bar's end needs a little more margin each time the plot narrows;
    // stopping after one pass per bar once left the largest label outside with too little room.
    const ratios = [1, 4_145 / 9_544, 1_163 / 9_544];
    const labelWidths = [139, 139, 139];
    const room = 214;
    const placement = placeValueLabels({ ratios, labelWidths, room, minRight: 40 });
    const plot = room - placement.right;
    ratios.forEach((ratio, index) => {
      const width = labelWidths[index] as number;
      if (placement.inside[index]) expect(plot * ratio).toBeGreaterThanOrEqual(width + 12);
      else expect(plot * ratio + 6 + width).toBeLessThanOrEqual(plot + placement.right);
    });
  });

  it('ends every label inside a chart wide enough for its widest label, 2,000 seeded layouts', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let layout = 0; layout < 2_000; layout += 1) {
      const bars = 1 + Math.floor(random() * 12);
      const ratios = [1, ...Array.from({ length: bars - 1 }, () => random())];
      const labelWidths = ratios.map(() => 20 + Math.floor(random() * 180));
      const minRight = random() < 0.5 ? 40 : 60;
      // Charts at least as wide as their widest label and its gap: narrower, nothing can fit.
      const room = Math.max(minRight, 6 + Math.max(...labelWidths)) + Math.floor(random() * 400);
      const placement = placeValueLabels({ ratios, labelWidths, room, minRight });
      const plot = room - placement.right;
      expect(placement.right).toBeGreaterThanOrEqual(minRight);
      ratios.forEach((ratio, index) => {
        const width = labelWidths[index] as number;
        if (placement.inside[index]) expect(plot * ratio).toBeGreaterThanOrEqual(width + 12);
        else expect(plot * ratio + 6 + width).toBeLessThanOrEqual(plot + placement.right);
      });
    }
  });
});

describe('wrappedLineCount', () => {
  // Ten pixels a character: a line of 100 px holds ten.
  const fixed = (text: string) => text.length * 10;

  it('wraps Latin text at spaces, as ECharts breaks it', () => {
    expect(wrappedLineCount('Rate of petitions', 100, 10, fixed)).toBe(2);
    expect(wrappedLineCount('Rate of petitions accepted promptly', 100, 10, fixed)).toBe(4);
    expect(wrappedLineCount('Short', 100, 10, fixed)).toBe(1);
  });

  it('counts the lines of a word longer than the line as it is drawn, broken at the edge', () => {
    // "unionisation-rate" is 17 characters: ten on one line, seven and " b" on the next.
    expect(wrappedLineCount('a unionisation-rate b', 100, 10, fixed)).toBe(3);
    expect(wrappedLineCount('a unionisation-rate-of-enterprises b', 100, 10, fixed)).toBe(5);
  });

  it('wraps Chinese anywhere, with no space between characters', () => {
    expect(wrappedLineCount('信访及时受理率信访及时受理率', 100, 10, fixed)).toBe(2);
    expect(wrappedLineCount('信访及时受理率', 100, 10, fixed)).toBe(1);
  });

  it('counts no line for no text, and estimates widths when not given a measure', () => {
    expect(wrappedLineCount('', 100, 10, fixed)).toBe(0);
    expect(wrappedLineCount('Rate of petitions accepted promptly', 99, 13)).toBe(4);
  });
});

describe('wrapLines', () => {
  const fixed = (text: string) => [...text].length * 10;

  it('leaves no word or character alone on a last line, in as many lines as before', () => {
    // Filled greedily: "Foreign investment used, 2021–2025" / "total".
    expect(wrapLines('Foreign investment used, 2021–2025 total', 340, 10, fixed)).toEqual([
      'Foreign investment',
      'used, 2021–2025 total',
    ]);
    expect(wrapLines('全体居民人均可支配收入', 100, 10, fixed)).toEqual([
      '全体居民人均',
      '可支配收入',
    ]);
    // Three lines stay three; a last line a third of the width or more is left as it is.
    expect(wrapLines('one two three four five six seven', 100, 10, fixed)).toHaveLength(4);
    expect(wrapLines('Exports growth rates', 140, 10, fixed)).toEqual(['Exports growth', 'rates']);
    // A note alone on the last line is where it belongs.
    const long = '社会物流总费用与国内生产总值的比率下降到十三点八（期初）';
    expect(wrapLines(long, 260, 10, fixed)).toEqual([long.slice(0, -4), '（期初）']);
  });

  it('breaks a word longer than the line where the line is full, by the same rules', () => {
    expect(wrapLines('a unionisation-rate b', 100, 10, fixed)).toEqual([
      'a',
      'unionisati',
      'on-rate b',
    ]);
    // A closing mark never starts a line: the letters before it go down with it, and the line
    // stays within its width (evened out: "j." alone would be a short last line).
    expect(wrapLines('abcdefghij.', 100, 10, fixed)).toEqual(['abcdef', 'ghij.']);
    expect(wrapLines('(unionisation) rate', 100, 10, fixed)).toEqual(['(unionisat', 'ion) rate']);
    // An opening bracket never ends one; a note that fits a line stays whole.
    expect(wrapLines('Revenue(current prices) of firms', 80, 10, fixed)).toEqual([
      'Revenue',
      '(current',
      'prices)',
      'of firms',
    ]);
    expect(wrapLines('Telecommunication(2025)', 100, 10, fixed)).toEqual([
      'Telecommun',
      'ication',
      '(2025)',
    ]);
    // Spaces before the word make no empty line; a word that fits a line of its own stays whole.
    expect(wrapLines('   unionisation', 30, 10, fixed)).toEqual(['uni', 'oni', 'sat', 'ion']);
    expect(wrapLines('Interprovincial', 150, 10, fixed)).toEqual(['Interprovincial']);
    // With the estimated widths (0.62 em a Latin letter), and inside a note wider than the line.
    for (const line of wrapLines('Output（Telecommunications）', 60, 10))
      expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(60);
  });

  it('never starts a line with a closing bracket or mark, nor ends one with an opening bracket', () => {
    // Ten characters a line: ECharts put "）" alone on the second line.
    expect(wrapLines('地区生产总值增长（2025年）', 100, 10, fixed)).toEqual([
      '地区生产总值增长',
      '（2025年）',
    ]);
    expect(wrapLines('社会物流总费用与GDP的比率（期初）', 100, 10, fixed)).toEqual([
      '社会物流总费用与',
      'GDP的比率（期初）',
    ]);
    // The full stop goes down with the character before it.
    expect(wrapLines('一二三四五六七八九十。', 100, 10, fixed)).toEqual([
      '一二三四五六',
      '七八九十。',
    ]);
    // An opening bracket goes down with what follows it.
    expect(wrapLines('一二三四五六七八九（十）', 100, 10, fixed)).toEqual([
      '一二三四五六七八九',
      '（十）',
    ]);
  });

  it('keeps a bracketed note whole where it fits a line, and breaks a wider one as any text', () => {
    // Twelve characters a line: "（2025" fitted on the first, leaving "年）" alone.
    expect(wrapLines('进出口总额增长（2025年）', 120, 10, fixed)).toEqual([
      '进出口总额增长',
      '（2025年）',
    ]);
    expect(wrapLines('城镇新增就业(万人)人数', 100, 10, fixed)).toEqual([
      '城镇新增就业',
      '(万人)人数',
    ]);
    expect(wrapLines('地区生产总值年均增长（2021—2025年）', 160, 10, fixed)).toEqual([
      '地区生产总值年均增长',
      '（2021—2025年）',
    ]);
    // A note wider than the line is broken where it must be.
    expect(wrapLines('一二（三四五六七八九十甲乙）', 100, 10, fixed)).toEqual([
      '一二（三四五六七八九',
      '十甲乙）',
    ]);
  });

  it('breaks a note wider than the line with a mark after it as any text', () => {
    expect(wrapLines('一二（三四五六七八九十甲乙）。', 100, 10, fixed)).toEqual([
      '一二（三四五六七八九',
      '十甲乙）。',
    ]);
  });

  it('keeps the spaces of the text within a line and drops them at its ends', () => {
    expect(wrapLines('Rate of petitions accepted', 100, 10, fixed)).toEqual([
      'Rate of',
      'petitions',
      'accepted',
    ]);
    expect(wrapLines('增长 5.7%', 100, 10, fixed)).toEqual(['增长 5.7%']);
  });
});

describe('fitLines', () => {
  const fixed = (text: string) => [...text].length * 10;

  it('cuts a label with a word longer than the line inside the line, with an ellipsis', () => {
    const lines = fitLines('Interprovincial-cooperation projects signed', 100, 10, 2, fixed);
    expect(lines).toEqual(['Interprovi', 'ncial-coo…']);
    for (const line of lines) expect(fixed(line)).toBeLessThanOrEqual(100);
  });

  it('keeps a label that fits as wrapLines wraps it', () => {
    expect(fitLines('新增高新技术企业', 100, 10, 1, fixed)).toEqual(['新增高新技术企业']);
    expect(fitLines('地区生产总值增长（2025年）', 100, 10, 2, fixed)).toEqual([
      '地区生产总值增长',
      '（2025年）',
    ]);
  });

  it('cuts a longer one short with an ellipsis, its closing note gone whole, not in part', () => {
    expect(fitLines('规上数字经济核心产业企业营收', 100, 10, 1, fixed)).toEqual([
      '规上数字经济核心产…',
    ]);
    // Not "全省地区生产总值（…".
    expect(fitLines('全省地区生产总值（2025年）', 100, 10, 1, fixed)).toEqual([
      '全省地区生产总值…',
    ]);
    expect(fitLines('年均增长率（2021—2025年）', 100, 10, 1, fixed)).toEqual(['年均增长率…']);
  });

  it('keeps the note after the ellipsis when asked, where the line holds it', () => {
    expect(fitLines('社会物流总费用与GDP的比率（期初）', 120, 10, 1, fixed, true)).toEqual([
      '社会物流总费用…（期初）',
    ]);
    expect(fitLines('社会物流总费用与GDP的比率（2025年）', 120, 10, 1, fixed, true)).toEqual([
      '社会物流…（2025年）',
    ]);
    // A note the line cannot hold goes, as without asking.
    expect(fitLines('一二三四五六七八九十（二〇二五年末）', 80, 10, 1, fixed, true)).toEqual([
      '一二三四五六七…',
    ]);
  });

  it('never ends a cut inside a note or a quotation, wherever it stands', () => {
    expect(fitLines('城镇新增就业人数（万人）（2025年）', 120, 10, 1, fixed)).toEqual([
      '城镇新增就业人数…',
    ]);
    expect(fitLines('规上工业增加值（亿元）同比增速', 100, 10, 1, fixed)).toEqual([
      '规上工业增加值…',
    ]);
    expect(fitLines('专精特新“小巨人”企业（2025年末）', 60, 10, 1, fixed)).toEqual(['专精特新…']);
    // A note the cut does not reach stays.
    expect(fitLines('增加值（亿元）同比增速较上年', 120, 10, 1, fixed)).toEqual([
      '增加值（亿元）同比增速…',
    ]);
  });

  it('keeps the spaces of what it cuts short', () => {
    expect(fitLines('增长 GDP 增速', 50, 10, 1, fixed)).toEqual(['增长 G…']);
    expect(fitLines('Rate of petitions accepted promptly', 120, 10, 2, fixed)).toEqual([
      'Rate of',
      'petitions a…',
    ]);
  });

  it("keeps a note only where a few of the label's own characters stay before it", () => {
    expect(fitLines('社会物流总费用甲乙丙（2025年）', 85, 10, 1, fixed, true)).toEqual([
      '社会物流总费用…',
    ]);
  });

  it('keeps its first lines whole and cuts the last', () => {
    expect(
      fitLines('一二三四五六七八九十甲乙丙丁戊己庚辛（期初）', 100, 10, 2, fixed, true),
    ).toEqual(['一二三四五六七八九十', '甲乙丙丁戊…（期初）']);
    expect(fitLines('Rate of petitions accepted promptly', 120, 10, 2, fixed)).toEqual([
      'Rate of',
      'petitions a…',
    ]);
  });
});

describe('fitApart', () => {
  const fixed = (text: string) => [...text].length * 10;
  const fit = (label: string, keepNote: boolean) => fitLines(label, 120, 10, 1, fixed, keepNote);

  it('keeps the closing qualifier of English labels that the cut would make the same', () => {
    const wide = (label: string, keepNote: boolean) => fitLines(label, 240, 10, 1, fixed, keepNote);
    const fitted = fitApart(
      [
        'Research spending as a share of output, start of the period',
        'Research spending as a share of output, 2025',
        'Patents granted per 10,000 people, 2025',
      ],
      wide,
    );
    expect([...fitted.values()].map((lines) => lines.join('\n'))).toEqual([
      'Re…, start of the period',
      'Research spending…, 2025',
      'Patents granted per 10,…',
    ]);
  });

  it("takes no number's comma for a clause", () => {
    const wide = (label: string, keepNote: boolean) => fitLines(label, 240, 10, 1, fixed, keepNote);
    expect(fitLines('Hospital beds per 10,000 people in towns', 240, 10, 1, fixed, true)).toEqual([
      'Hospital beds per 10,00…',
    ]);
    expect(wide('Hospital beds per 10,000 people in towns', false)).toEqual([
      'Hospital beds per 10,00…',
    ]);
  });

  it('leaves a long closing clause to the plain cut', () => {
    const wide = (label: string, keepNote: boolean) => fitLines(label, 240, 10, 1, fixed, keepNote);
    const labels = [
      'Jobs created in towns, against a plan of one million',
      'Jobs created in towns, against a plan of two million',
    ];
    expect([...fitApart(labels, wide).values()]).toEqual([
      ['Jobs created in towns,…'],
      ['Jobs created in towns,…'],
    ]);
  });

  it('keeps the wordier form where the notes would not tell the labels apart either', () => {
    const fitted = fitApart(
      ['农村常住居民人均可支配收入增长（2025年）', '农村常住居民人均可支配收入增幅（2025年）'],
      fit,
    );
    expect([...fitted.values()].map((lines) => lines.join('\n'))).toEqual([
      '农村常住居民人均可支配…',
      '农村常住居民人均可支配…',
    ]);
  });

  it('keeps the notes of labels only where the cut would make them the same', () => {
    const fitted = fitApart(
      [
        '社会物流总费用与GDP的比率（期初）',
        '社会物流总费用与GDP的比率（2025年）',
        '全省地区生产总值增长（2025年）',
        '新增高新技术企业',
      ],
      fit,
    );
    expect([...fitted.values()].map((lines) => lines.join('\n'))).toEqual([
      '社会物流总费用…（期初）',
      '社会物流…（2025年）',
      '全省地区生产总值增长…',
      '新增高新技术企业',
    ]);
  });
});
