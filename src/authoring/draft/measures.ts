// The measure words of Chinese reports: what each says about the unit of the number before it.
// Bundle format v1 knows seven units; every other measure (kilometres, tonnes, households…) is a
// `Measure` from MEASURES, ready for the `measure` unit the format will gain.
import type { Unit } from '../../data/bundle-format.ts';

/** Measures beyond the units of format v1; values are scaled to the base named by `label`. */
export const MEASURES = {
  km: { zh: '公里', en: 'km' },
  km2: { zh: '平方公里', en: 'km²' },
  m2: { zh: '平方米', en: 'm²' },
  m3: { zh: '立方米', en: 'm³' },
  tonne: { zh: '吨', en: 'tonnes' },
  jin: { zh: '斤', en: 'jin' },
  kw: { zh: '千瓦', en: 'kW' },
  kwh: { zh: '千瓦时', en: 'kWh' },
  mu: { zh: '亩', en: 'mu' },
  hectare: { zh: '公顷', en: 'hectares' },
  household: { zh: '户', en: 'households' },
  // "家庭教育指导服务1万户次": households served, each visit counted.
  'household-time': { zh: '户次', en: 'household visits' },
  set: { zh: '套', en: 'units' },
  vehicle: { zh: '辆', en: 'vehicles' },
  machine: { zh: '台', en: 'machines' },
  teu: { zh: '标箱', en: 'TEU' },
  usd: { zh: '美元', en: 'US dollars' },
  multiple: { zh: '倍', en: 'times' },
  'percentage-point': { zh: '个百分点', en: 'percentage points' },
  'age-years': { zh: '岁', en: 'years of age' },
  hour: { zh: '小时', en: 'hours' },
  // Air quality: PM2.5 and PM10 concentrations, which reports of every level give.
  'ug-m3': { zh: '微克/立方米', en: 'μg/m³' },
  // Rates in yuan: benefit standards a month (低保、养老金), output per worker, prices per unit.
  'yuan-month': { zh: '元/月', en: 'yuan a month' },
  'yuan-year': { zh: '元/年', en: 'yuan a year' },
  'yuan-person': { zh: '元/人', en: 'yuan per person' },
  'yuan-mu': { zh: '元/亩', en: 'yuan per mu' },
  'yuan-tonne': { zh: '元/吨', en: 'yuan per tonne' },
  'yuan-kwh': { zh: '元/千瓦时', en: 'yuan per kWh' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MeasureId = keyof typeof MEASURES;

/** A measure as a figure carries it: id, label and how the measure word scaled to the base. */
export interface Measure {
  id: MeasureId;
  label: { zh: string; en: string };
}

/** What a measure word means: a unit of format v1 (English kept when it says more) or a measure. */
export type MeasureWordReading =
  | { unit: Unit; en?: string }
  | { measure: MeasureId; /** Base units per one of this word: 兆瓦 → 1000 kW. */ scale: number };

const unit = (value: Unit, en?: string): MeasureWordReading =>
  en ? { unit: value, en } : { unit: value };
const measure = (id: MeasureId, scale = 1): MeasureWordReading => ({ measure: id, scale });

/** Each rate's measure word with a half-width slash, and again with a full-width one. */
function rates(words: Record<string, MeasureWordReading>): Record<string, MeasureWordReading> {
  return Object.fromEntries(
    Object.entries(words).flatMap(([word, reading]) => [
      [word, reading],
      [word.replace('/', '／'), reading],
    ]),
  );
}

/** Every measure word the engine reads; the longest one that fits wins (人次 over 人). */
export const MEASURE_WORDS: Readonly<Record<string, MeasureWordReading>> = {
  人次: unit('person-time'),
  // "培训农民工2.3万人（次）": the bracket says the count is of times, as 人次 does.
  '人（次）': unit('person-time'),
  '人(次)': unit('person-time'),
  '家（次）': unit('organization', 'organisation-times'),
  '家(次)': unit('organization', 'organisation-times'),
  人: unit('person'),
  名: unit('person'),
  位: unit('person'),
  场次: unit('event', 'sessions'),
  场: unit('event'),
  次: unit('event', 'times'),
  家次: unit('organization', 'organisation-times'),
  家: unit('organization'),
  所: unit('organization', 'institutions'),
  个: unit('item'),
  项: unit('item'),
  门: unit('item'),
  件: unit('item', 'cases'),
  期: unit('item', 'classes'),
  支: unit('item', 'teams'),
  份: unit('item', 'documents'),
  条: unit('item', 'lines'),
  座: unit('item', 'sites'),
  处: unit('item', 'sites'),
  批: unit('item', 'batches'),
  批次: unit('item', 'batches'),
  种: unit('item', 'kinds'),
  类: unit('item', 'kinds'),
  部: unit('item', 'works'),
  首: unit('item', 'works'),
  例: unit('item', 'cases'),
  笔: unit('item', 'transactions'),
  起: unit('item', 'cases'),
  列: unit('item', 'trains'),
  款: unit('item', 'products'),
  架次: unit('event', 'flights'),
  元: unit('yuan'),
  人民币: unit('yuan'),
  '%': unit('percent'),
  公里: measure('km'),
  千米: measure('km'),
  米: measure('km', 0.001),
  平方公里: measure('km2'),
  平方米: measure('m2'),
  立方米: measure('m3'),
  吨: measure('tonne'),
  公斤: measure('tonne', 0.001),
  千克: measure('tonne', 0.001),
  斤: measure('jin'),
  千瓦: measure('kw'),
  兆瓦: measure('kw', 1000),
  千瓦时: measure('kwh'),
  度电: measure('kwh'),
  亩: measure('mu'),
  公顷: measure('hectare'),
  户: measure('household'),
  户次: measure('household-time'),
  家庭: measure('household'),
  套: measure('set'),
  辆: measure('vehicle'),
  台: measure('machine'),
  标箱: measure('teu'),
  美元: measure('usd'),
  倍: measure('multiple'),
  个百分点: measure('percentage-point'),
  百分点: measure('percentage-point'),
  岁: measure('age-years'),
  周岁: measure('age-years'),
  小时: measure('hour'),
  '微克/立方米': measure('ug-m3'),
  微克每立方米: measure('ug-m3'),
  // "从796元/月提高至842元/月": a rate keeps what it is per; the slash may be full width.
  ...rates({
    '元/月': measure('yuan-month'),
    '元/年': measure('yuan-year'),
    '元/人': measure('yuan-person'),
    '元/亩': measure('yuan-mu'),
    '元/吨': measure('yuan-tonne'),
    '元/千瓦时': measure('yuan-kwh'),
    '元/度': measure('yuan-kwh'),
    '分/千瓦时': measure('yuan-kwh', 0.01),
    '分/度': measure('yuan-kwh', 0.01),
  }),
};

const BY_LENGTH = Object.keys(MEASURE_WORDS).sort((a, b) => b.length - a.length);

/** The measure word that starts `text` at `at`, longest first, or undefined. */
export function measureWordAt(text: string, at: number): string | undefined {
  return BY_LENGTH.find((word) => text.startsWith(word, at));
}

/** The measure of an id, as a figure carries it. */
export function measureOf(id: MeasureId): Measure {
  return { id, label: { ...MEASURES[id] } };
}
