import type { Unit } from './bundle-format.ts';
import type { Localized } from './bundle-schema.ts';

/** A bracketed period or aside at a label's end: （2025年）, (2021–2025). */
const TRAILING_ASIDE = /\s*[（(][^（()）]*[)）]\s*$/;

/**
 * A Chinese label naming a change: it ends in the verb of one ("地区生产总值增长", "能耗下降",
 * "年均增长", "通关时间压减", "PM2.5年均浓度较十三五末改善") or names a rate of change ("增速",
 * "增幅", "降幅", "增长率").
 */
const ZH_CHANGE =
  /(?:增长|下降|增加|减少|降低|上升|上涨|下跌|回落|回升|提高|提升|压减|压缩|削减|缩减|缩短|下调|上调|改善|扩大|缩小|增速|增幅|降幅|涨幅|跌幅|增长率|下降率)$|增速|增幅|降幅|涨幅|跌幅|增长率|同比|环比/;

/** A Chinese label naming a part of a whole: a rate, share, proportion or intensity. */
const ZH_LEVEL = /(?:率|比重|占比|比例|份额|强度|覆盖面)$/;

/** An English label naming a change: "GDP growth", "Decline in PM2.5", "Energy-use reduction". */
const EN_CHANGE =
  /\b(?:growth|grew|increases?|increased|rises?|rose|declines?|declined|decreases?|decreased|falls?|fell|drops?|dropped|reductions?|year[- ]on[- ]year)\b/i;

/**
 * Whether a figure in percent is a change (a growth or a fall: GDP +5.5 %, PM2.5 −12.1 %) rather
 * than a part of a whole (a share, a coverage or completion rate: 97 % of private firms). A change
 * has no 100 % to be measured against: drawn as a dial out of 100 % it reads as "5.5 % done", and
 * a growth of 150 % would run off the scale. Read from the label, the only place a bundle says it,
 * the Chinese first, then the English; labels of the genre name the verb ("增长", "下降"). Not a
 * percent: false.
 */
export function isChangeRate({ unit, label }: { unit: Unit; label: Localized }): boolean {
  if (unit !== 'percent') return false;
  // Chinese first, the report's own words: "农业科技进步贡献率" is a rate, where its English
  // ("Contribution of technology to farm growth") names a growth.
  const zh = label.zh.replace(TRAILING_ASIDE, '').replace(TRAILING_ASIDE, '');
  if (ZH_CHANGE.test(zh)) return true;
  if (ZH_LEVEL.test(zh)) return false;
  return EN_CHANGE.test(label.en.replace(TRAILING_ASIDE, ''));
}
