// A deterministic large bundle for speed tests: `tsx mock/generate-huge.ts [out.json]`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UNITS } from '../src/data/bundle-format.ts';
import { type Bundle, type Indicator } from '../src/data/bundle-schema.ts';

/** Two measures, so that a measure panel holds one of them and never both. */
const MEASURES = [
  { id: 'km', label: { zh: '公里', en: 'km' } },
  { id: 'kw', label: { zh: '千瓦', en: 'kW' } },
];

/** Park–Miller generator: the same seed gives the same bundle on every machine. */
function random(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** A valid bundle with `count` indicators over 20 categories, 8 themes and every unit. */
export function generateHugeBundle({
  count = 10_000,
  seed = 1,
}: { count?: number; seed?: number } = {}): Bundle {
  const next = random(seed);
  const categories = Array.from({ length: 20 }, (_, index) => ({
    id: `category-${index + 1}`,
    label: { zh: `类别${index + 1}`, en: `Category ${index + 1}` },
  }));
  const themes = Array.from({ length: 8 }, (_, index) => ({
    id: `theme-${index + 1}`,
    label: { zh: `主题${index + 1}`, en: `Theme ${index + 1}` },
  }));
  const indicators: Indicator[] = Array.from({ length: count }, (_, index) => {
    const unit = UNITS[index % UNITS.length] as Indicator['unit'];
    const value =
      unit === 'percent'
        ? Math.round(next() * 1000) / 10
        : Math.round(next() * 10 ** (2 + Math.floor(next() * 7)));
    return {
      id: `indicator-${index + 1}`,
      category: categories[Math.floor(next() * categories.length)]?.id ?? 'category-1',
      themes: [themes[Math.floor(next() * themes.length)]?.id ?? 'theme-1'],
      label: { zh: `生成指标 ${index + 1}`, en: `Generated indicator ${index + 1}` },
      value,
      unit,
      ...(unit === 'measure'
        ? { measure: MEASURES[Math.floor(index / UNITS.length) % MEASURES.length] }
        : {}),
      source: { quote: `生成指标 ${index + 1}：${value}` },
    };
  });
  return {
    schemaVersion: 1,
    id: 'huge',
    title: {
      zh: `生成的 ${count} 项指标`,
      en: `${count.toLocaleString('en')} generated indicators`,
    },
    publisher: { zh: '基准测试', en: 'Benchmark' },
    period: { label: { zh: '不适用', en: 'Not applicable' } },
    source: { title: { zh: '生成数据', en: 'Generated data' } },
    categories,
    themes,
    indicators,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const out = process.argv[2] ?? path.resolve(import.meta.dirname, 'bundles/huge.json');
  writeFileSync(out, JSON.stringify(generateHugeBundle()));
  console.log(`wrote ${out}`);
}
