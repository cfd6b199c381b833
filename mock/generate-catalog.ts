// A deterministic catalogue of 200 valid bundles for the picker's speed tests and for working on
// the picker: `tsx mock/generate-catalog.ts [out-dir]` writes `catalog.json` and `bundles/<id>.json`
// under mock/catalog/ (not committed), served by the mock API (mock-api.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Bundle, Indicator, Localized } from '../src/data/bundle-schema.ts';
import type { CatalogEntry } from '../src/data/catalog-schema.ts';

/** Park–Miller generator: the same seed gives the same catalogue on every machine. */
function random(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const PLACES: [string, string][] = [
  ['安徽', 'Anhui'],
  ['江苏', 'Jiangsu'],
  ['浙江', 'Zhejiang'],
  ['福建', 'Fujian'],
  ['江西', 'Jiangxi'],
  ['山东', 'Shandong'],
  ['河南', 'Henan'],
  ['湖北', 'Hubei'],
  ['湖南', 'Hunan'],
  ['广东', 'Guangdong'],
  ['四川', 'Sichuan'],
  ['贵州', 'Guizhou'],
  ['云南', 'Yunnan'],
  ['陕西', 'Shaanxi'],
  ['甘肃', 'Gansu'],
  ['合肥', 'Hefei'],
  ['淮南', 'Huainan'],
  ['芜湖', 'Wuhu'],
  ['苏州', 'Suzhou'],
  ['宁波', 'Ningbo'],
];

/** Kinds of report: who publishes it (after the place's name) and what it is called. */
const KINDS: { publisher: Localized; title: Localized; province: boolean }[] = [
  {
    publisher: { zh: '省人民政府', en: 'Provincial People’s Government' },
    title: { zh: '政府工作报告', en: 'Government Work Report' },
    province: true,
  },
  {
    publisher: { zh: '市人民政府', en: 'Municipal People’s Government' },
    title: { zh: '政府工作报告', en: 'Government Work Report' },
    province: false,
  },
  {
    publisher: { zh: '市总工会', en: 'Federation of Trade Unions' },
    title: { zh: '总工会工作报告', en: 'Trade Union Work Report' },
    province: false,
  },
  {
    publisher: { zh: '统计局', en: 'Bureau of Statistics' },
    title: {
      zh: '国民经济和社会发展统计公报',
      en: 'Statistical Communiqué on Economic and Social Development',
    },
    province: true,
  },
];

/**
 * Figures a report states. Those that mean what a concept of the vocabulary means carry it, so
 * the comparison finds them and no unknown-concept warning is raised; the others carry none.
 */
const FIGURES: {
  id: string;
  /** The vocabulary's concept (public/data/concepts.json) when the figure means exactly that. */
  concept?: string;
  category: string;
  label: Localized;
  unit: Indicator['unit'];
  /** Typical size: values fall between min and max. */
  min: number;
  max: number;
}[] = [
  {
    id: 'gdp',
    concept: 'gdp',
    category: 'economy',
    label: { zh: '地区生产总值', en: 'Gross regional product' },
    unit: 'yuan',
    min: 1e11,
    max: 1.4e13,
  },
  {
    id: 'gdp-growth',
    concept: 'gdp-growth',
    category: 'economy',
    label: { zh: '地区生产总值增长', en: 'Growth of gross regional product' },
    unit: 'percent',
    min: 3,
    max: 8,
  },
  {
    id: 'fiscal-revenue',
    category: 'economy',
    label: { zh: '一般公共预算收入', en: 'General public budget revenue' },
    unit: 'yuan',
    min: 1e10,
    max: 9e11,
  },
  {
    id: 'fixed-investment-growth',
    category: 'economy',
    label: { zh: '固定资产投资增长', en: 'Growth of fixed-asset investment' },
    unit: 'percent',
    min: 1,
    max: 12,
  },
  {
    id: 'exports',
    category: 'economy',
    label: { zh: '出口总额', en: 'Exports' },
    unit: 'yuan',
    min: 1e10,
    max: 4e12,
  },
  {
    id: 'new-urban-jobs',
    concept: 'new-urban-jobs',
    category: 'employment',
    label: { zh: '城镇新增就业', en: 'New urban jobs' },
    unit: 'person',
    min: 20_000,
    max: 1_400_000,
  },
  {
    id: 'urban-unemployment',
    category: 'employment',
    label: { zh: '城镇调查失业率', en: 'Surveyed urban unemployment rate' },
    unit: 'percent',
    min: 4,
    max: 6,
  },
  {
    id: 'jobs-fairs',
    category: 'employment',
    label: { zh: '举办招聘活动', en: 'Job fairs held' },
    unit: 'event',
    min: 50,
    max: 3000,
  },
  {
    id: 'workers-trained',
    concept: 'workers-trained',
    category: 'workers',
    label: { zh: '培养技能人才', en: 'Skilled workers trained' },
    unit: 'person',
    min: 5_000,
    max: 900_000,
  },
  {
    id: 'labour-contests',
    category: 'workers',
    label: { zh: '组织劳动竞赛', en: 'Labour contests organised' },
    unit: 'event',
    min: 30,
    max: 2000,
  },
  {
    id: 'union-members',
    concept: 'union-members',
    category: 'workers',
    label: { zh: '工会会员', en: 'Trade union members' },
    unit: 'person',
    min: 100_000,
    max: 9_000_000,
  },
  {
    id: 'people-aided',
    concept: 'people-aided',
    category: 'workers',
    label: { zh: '帮扶困难职工', en: 'Workers in hardship helped' },
    unit: 'person',
    min: 2_000,
    max: 400_000,
  },
  {
    id: 'aid-funds',
    concept: 'aid-funds',
    category: 'workers',
    label: { zh: '发放帮扶资金', en: 'Aid funds paid out' },
    unit: 'yuan',
    min: 1e6,
    max: 9e8,
  },
  {
    id: 'legal-supervision',
    category: 'workers',
    label: { zh: '开展劳动法律监督的用人单位', en: 'Employers under labour-law supervision' },
    unit: 'organization',
    min: 100,
    max: 20_000,
  },
  {
    id: 'new-high-tech-firms',
    concept: 'new-high-tech-firms',
    category: 'innovation',
    label: { zh: '新增高新技术企业', en: 'New high-tech enterprises' },
    unit: 'organization',
    min: 50,
    max: 8_000,
  },
  {
    id: 'rd-intensity',
    category: 'innovation',
    label: { zh: '研发经费投入强度', en: 'R&D spending as a share of output' },
    unit: 'percent',
    min: 1.2,
    max: 3.6,
  },
  {
    id: 'patents',
    category: 'innovation',
    label: { zh: '发明专利授权', en: 'Invention patents granted' },
    unit: 'item',
    min: 1_000,
    max: 120_000,
  },
  {
    id: 'income-per-resident',
    category: 'livelihood',
    label: { zh: '居民人均可支配收入', en: 'Disposable income per resident' },
    unit: 'yuan',
    min: 25_000,
    max: 75_000,
  },
  {
    id: 'housing-renovated',
    category: 'livelihood',
    label: { zh: '改造城镇老旧小区', en: 'Old urban housing estates renovated' },
    unit: 'item',
    min: 50,
    max: 4_000,
  },
  {
    id: 'care-places',
    category: 'livelihood',
    label: { zh: '新增养老床位', en: 'New elderly-care beds' },
    unit: 'item',
    min: 500,
    max: 60_000,
  },
  {
    id: 'school-places',
    category: 'livelihood',
    label: { zh: '新增学位', en: 'New school places' },
    unit: 'item',
    min: 2_000,
    max: 300_000,
  },
  {
    id: 'forest-cover',
    category: 'environment',
    label: { zh: '森林覆盖率', en: 'Forest cover' },
    unit: 'percent',
    min: 15,
    max: 65,
  },
  {
    id: 'good-air-days',
    category: 'environment',
    label: { zh: '空气质量优良天数比例', en: 'Share of days with good air' },
    unit: 'percent',
    min: 70,
    max: 98,
  },
];

const CATEGORIES: { id: string; label: Localized }[] = [
  { id: 'economy', label: { zh: '经济发展', en: 'Economy' } },
  { id: 'employment', label: { zh: '就业', en: 'Employment' } },
  { id: 'workers', label: { zh: '职工服务', en: 'Services for workers' } },
  { id: 'innovation', label: { zh: '科技创新', en: 'Innovation' } },
  { id: 'livelihood', label: { zh: '民生保障', en: 'Livelihood' } },
  { id: 'environment', label: { zh: '生态环境', en: 'Environment' } },
];

/** How a report writes a figure: 5300亿元, 12.5万人, 5.5%. */
function quoted(value: number, unit: Indicator['unit']): string {
  if (unit === 'percent') return `${value}%`;
  const word = {
    yuan: '元',
    person: '人',
    'person-time': '人次',
    event: '场',
    item: '个',
    organization: '家',
  }[unit as string];
  if (value >= 1e8) return `${Number((value / 1e8).toFixed(2))}亿${word}`;
  if (value >= 1e4) return `${Number((value / 1e4).toFixed(2))}万${word}`;
  return `${value}${word}`;
}

/** A value of the figure's usual size, as a report rounds it (to 万 or 亿 above them). */
function valueOf(figure: (typeof FIGURES)[number], next: () => number): number {
  const raw = figure.min + (figure.max - figure.min) * next() ** 2;
  if (figure.unit === 'percent') return Math.round(raw * 10) / 10;
  const step = raw >= 1e8 ? 1e6 : raw >= 1e4 ? 100 : 1;
  return Math.round(raw / step) * step;
}

/** Bundle `number` (from 1) of the catalogue, and its entry. */
export function generateCatalogBundle(number: number): { bundle: Bundle; entry: CatalogEntry } {
  const next = random(number * 7919);
  const [placeZh, placeEn] = PLACES[(number - 1) % PLACES.length] as [string, string];
  const kind = KINDS[Math.floor(next() * KINDS.length)] ?? KINDS[0]!;
  const end = 2019 + Math.floor(next() * 7);
  const span = next() < 0.5 ? 1 : 5;
  const start = end - span + 1;
  const years = Array.from({ length: span === 1 ? 3 : 5 }, (_, at) => end - at);
  const count = 30 + Math.floor(next() * 51);
  // Figures × years, shuffled, the first `count`: a report states the same figure for some years.
  const pool = FIGURES.flatMap((figure) => years.map((year) => ({ figure, year })));
  for (let at = pool.length - 1; at > 0; at -= 1) {
    const other = Math.floor(next() * (at + 1));
    [pool[at], pool[other]] = [pool[other]!, pool[at]!];
  }
  const picked = pool.slice(0, Math.min(count, pool.length));
  const indicators: Indicator[] = picked.map(({ figure, year }) => {
    const value = valueOf(figure, next);
    const label = { zh: `${figure.label.zh}（${year}年）`, en: `${figure.label.en}, ${year}` };
    return {
      id: `${figure.id}-${year}`,
      ...(figure.concept ? { concept: figure.concept } : {}),
      category: figure.category,
      label,
      value,
      unit: figure.unit,
      source: { quote: `${year}年${figure.label.zh}${quoted(value, figure.unit)}` },
    } as Indicator;
  });
  const used = new Set(indicators.map((indicator) => indicator.category));
  const id = `generated-${String(number).padStart(3, '0')}-${placeEn.toLowerCase()}-${end}`;
  const period =
    span === 1
      ? { zh: `${end}年`, en: `${end}` }
      : { zh: `${start}—${end}年`, en: `${start}–${end}` };
  const publisher = { zh: `${placeZh}${kind.publisher.zh}`, en: `${placeEn} ${kind.publisher.en}` };
  const title = {
    zh: `${placeZh}${end}年${kind.title.zh}`,
    en: `${placeEn} ${kind.title.en} ${end}`,
  };
  const bundle: Bundle = {
    schemaVersion: 1,
    id,
    title,
    publisher,
    period: { label: period, start: String(start), end: String(end) },
    asOf: `${end + 1}-01-${String(10 + (number % 18)).padStart(2, '0')}`,
    source: { title },
    categories: CATEGORIES.filter((category) => used.has(category.id)),
    headline: indicators.slice(0, 6).map((indicator) => indicator.id),
    indicators,
  };
  const entry: CatalogEntry = {
    id,
    title,
    url: `/__mock/catalog/${id}.json`,
    publisher,
    period,
    indicatorCount: indicators.length,
  };
  return { bundle, entry };
}

/** The catalogue of `count` generated bundles, with the bundles. */
export function generateCatalog(count = 200) {
  const items = Array.from({ length: count }, (_, at) => generateCatalogBundle(at + 1));
  return {
    catalog: { schemaVersion: 1, bundles: items.map((item) => item.entry) },
    bundles: items.map((item) => item.bundle),
  };
}

/** Writes the catalogue and its bundles under `dir` (mock/catalog by default). */
export function writeCatalog(dir = path.resolve(import.meta.dirname, 'catalog'), count = 200) {
  const { catalog, bundles } = generateCatalog(count);
  mkdirSync(path.join(dir, 'bundles'), { recursive: true });
  for (const bundle of bundles) {
    writeFileSync(path.join(dir, 'bundles', `${bundle.id}.json`), JSON.stringify(bundle));
  }
  writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(catalog));
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(`wrote ${writeCatalog(process.argv[2])}`);
}
