import type { Bundle, Indicator } from '../../src/data/bundle-schema.ts';

/** A small valid bundle for unit tests; pass indicators to replace the defaults. */
export function makeBundle(overrides: Partial<Bundle> = {}): Bundle {
  const indicator = (
    partial: Partial<Indicator> & Pick<Indicator, 'id' | 'value' | 'unit'>,
  ): Indicator => ({
    category: 'work',
    label: { zh: `指标${partial.id}`, en: `Indicator ${partial.id}` },
    source: { quote: `引文 ${partial.value}` },
    ...partial,
  });
  return {
    schemaVersion: 1,
    id: 'test-bundle',
    title: { zh: '测试指标包', en: 'Test bundle' },
    publisher: { zh: '测试单位', en: 'Test publisher' },
    period: { label: { zh: '过去五年', en: 'The past five years' } },
    source: { title: { zh: '测试报告', en: 'Test report' } },
    categories: [
      { id: 'work', label: { zh: '工作', en: 'Work' } },
      { id: 'rights', label: { zh: '维权', en: 'Rights' } },
    ],
    themes: [
      { id: 'training', label: { zh: '培训', en: 'Training' } },
      { id: 'aid', label: { zh: '帮扶', en: 'Aid' } },
    ],
    indicators: [
      indicator({
        id: 'trained',
        value: 525800,
        unit: 'person',
        themes: ['training'],
        label: { zh: '培养技能人才', en: 'Skilled workers trained' },
      }),
      indicator({ id: 'aided', value: 435000, unit: 'person', themes: ['aid'] }),
      indicator({ id: 'aid-funds', value: 104000000, unit: 'yuan', themes: ['aid'] }),
      indicator({ id: 'arrears', value: 14261000, unit: 'yuan', category: 'rights' }),
      indicator({ id: 'sessions', value: 732, unit: 'event', category: 'rights' }),
      indicator({ id: 'rate', value: 97, unit: 'percent' }),
    ],
    ...overrides,
  };
}
