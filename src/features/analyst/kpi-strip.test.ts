// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../../mock/fixtures.ts';
import type { Bundle } from '../../data/bundle-schema.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { splitFigure } from './kpi-strip.tsx';

const bundle = JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json')) as Bundle;
const byId = (id: string) => bundle.indicators.find((indicator) => indicator.id === id)!;

describe('splitFigure', () => {
  it('splits every figure of the report into a qualifier, a number and a unit that read as the display form', () => {
    for (const indicator of bundle.indicators) {
      for (const lang of ['zh', 'en'] as const) {
        const { prefix, number, unit } = splitFigure(indicator, lang);
        expect(prefix + number + unit).toBe(displayValue(indicator, lang));
        expect(prefix === '').toBe(indicator.qualifier === undefined);
        expect(number.trim()).not.toBe('');
        expect(unit).not.toBe('');
      }
    }
  });

  it('keeps 万 and 亿 with the unit in Chinese and the scale word with it in English', () => {
    expect(splitFigure(byId('skilled-workers-trained'), 'zh')).toEqual({
      prefix: '',
      number: '52.58',
      unit: '万人',
    });
    expect(splitFigure(byId('skilled-workers-trained'), 'en')).toEqual({
      prefix: '',
      number: '525,800 ',
      unit: 'people',
    });
    expect(splitFigure(byId('four-seasons-funds'), 'en')).toEqual({
      prefix: '',
      number: '¥104 ',
      unit: 'million',
    });
  });

  it('sets a qualifier apart from the number, in both languages', () => {
    const payouts = byId('mutual-aid-payouts');
    expect(payouts.qualifier).toBe('nearly');
    expect(splitFigure(payouts, 'en')).toEqual({
      prefix: 'nearly ',
      number: '¥28 ',
      unit: 'million',
    });
    expect(splitFigure(payouts, 'zh')).toEqual({ prefix: '近', number: '2800', unit: '万元' });
  });
});
