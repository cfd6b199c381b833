import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import type { Bundle } from './bundle-schema.ts';
import { isChangeRate } from './rate-kind.ts';

const rate = (zh: string, en = '') => isChangeRate({ unit: 'percent', label: { zh, en } });

describe('isChangeRate', () => {
  it('tells growth and falls from shares and rates, in Chinese labels', () => {
    expect(rate('地区生产总值增长（2025年）')).toBe(true);
    expect(rate('地区生产总值年均增长（2021—2025年）')).toBe(true);
    expect(rate('PM2.5平均浓度下降（2021—2025年）')).toBe(true);
    expect(rate('规上工业增加值增速')).toBe(true);
    expect(rate('居民收入增幅（2025年）（初步）')).toBe(true);
    expect(rate('出口同比')).toBe(true);
    // From the drafts of the national 2023 and Jiangsu 2026 reports, which the shipped bundles
    // do not hold.
    expect(rate('进口、出口通关时间压减（进口）')).toBe(true);
    expect(rate('PM2.5年均浓度较十三五末改善')).toBe(true);
    expect(rate('居民消费价格涨幅（目标）')).toBe(true);
    expect(rate('消费对经济增长贡献率（2025年）')).toBe(false);
    expect(rate('高等教育毛入学率')).toBe(false);
    expect(rate('民营企业建会率')).toBe(false);
    expect(rate('战略性新兴产业产值占规上工业比重（2025年）')).toBe(false);
    expect(rate('城镇调查失业率（2025年）')).toBe(false);
    expect(rate('研发投入强度（期初）')).toBe(false);
    // "增加值" names a quantity, not a change: only a verb at the end, or a rate of change, does.
    expect(rate('规上工业增加值占比')).toBe(false);
  });

  it('reads the English label too, for a bundle whose Chinese label names no verb', () => {
    expect(rate('出口', 'Export growth (2025)')).toBe(true);
    expect(rate('能耗', 'Reduction in energy use per unit of GDP')).toBe(true);
    expect(rate('建会率', 'Private-firm unionisation rate')).toBe(false);
    expect(rate('比重', 'Share of high-tech output')).toBe(false);
    // Where the Chinese names a rate, its English does not overrule it.
    expect(rate('农业科技进步贡献率', 'Contribution of technology to farm growth')).toBe(false);
  });

  it('is false for any unit but percent', () => {
    expect(isChangeRate({ unit: 'person', label: { zh: '人数增长', en: 'Growth' } })).toBe(false);
  });

  // Hand-checked: in the shipped reports the growth and decline figures, and no others, have ids
  // naming them so.
  it.each([
    'huainan-union-five-year',
    'anhui-2026-government-work-report',
    'zhejiang-2026-government-work-report',
  ])('finds the changes among the rates of %s', (id) => {
    const bundle = JSON.parse(readPublic(`/data/bundles/${id}.json`)) as Bundle;
    const rates = bundle.indicators.filter((indicator) => indicator.unit === 'percent');
    expect(rates.length).toBeGreaterThan(2);
    for (const indicator of rates) {
      expect([indicator.id, isChangeRate(indicator)]).toEqual([
        indicator.id,
        /growth|decline/.test(indicator.id),
      ]);
    }
  });
});
