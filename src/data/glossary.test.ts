// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import type { Bundle } from './bundle-schema.ts';

interface Term {
  zh: string;
  en: string;
  kind?: 'unit';
}

const glossary = JSON.parse(readPublic('/data/glossary.json')) as { terms: Term[] };
const bundle = JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json')) as Bundle;
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-‐"“”']/g, ' ')
    .replace(/\s+/g, ' ');

describe('glossary', () => {
  it('fixes the English of the report’s terms', () => {
    const zh = glossary.terms.map((term) => term.zh);
    for (const term of [
      '劳动模范',
      '五一劳动奖章',
      '工人先锋号',
      '工匠',
      '四季送',
      '职工书屋',
      '春季要约',
    ])
      expect(zh).toContain(term);
  });

  it.each(glossary.terms.filter((term) => term.kind !== 'unit').map((term) => [term.zh, term.en]))(
    'the bundle translates %s as “%s” wherever a label uses it',
    (zh, en) => {
      const labels = [
        ...bundle.indicators.map((indicator) => indicator.label),
        ...(bundle.panels ?? []).map((panel) => panel.title),
      ];
      const stems = en.split(' (')[0] as string;
      for (const label of labels.filter((text) => text.zh.includes(zh))) {
        expect([label.zh, plain(label.en)]).toEqual([
          label.zh,
          expect.stringContaining(plain(stems).replace(/s$/, '')),
        ]);
      }
    },
  );
});
