import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A folder may import from its own layer and the ones before
 * it, never from one after it: data flows up from the untrusted bundle to the composed page.
 */
const LAYERS = [
  ['data', 'lib', 'i18n'],
  ['store', 'authoring'],
  ['charts'],
  ['ui'],
  ['features'],
  ['app'],
  ['cli'],
];

/** Each folder's forbidden sources: every folder of a later layer, and its own layer's sibling. */
function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, rank) => {
    const above = LAYERS.slice(rank + 1).flat();
    for (const folder of layer) {
      // store and authoring sit side by side: the app's state never needs the authoring tools,
      // and the tools never read app state.
      const siblings = rank === 1 ? layer.filter((other) => other !== folder) : [];
      for (const from of [...above, ...siblings]) {
        zones.push({
          target: `./src/${folder}`,
          from: `./src/${from}`,
          message: `src/${folder} is below src/${from}: layers import only downwards (see README, "Where things live").`,
        });
      }
    }
  });
  return zones;
}

/** Features are independent pages: one never imports another; shared parts go to src/ui. */
function featureZones() {
  const features = readdirSync(new URL('./src/features', import.meta.url), {
    withFileTypes: true,
  })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        message: `features do not import each other: move what ${feature} and ${other} share to src/ui.`,
      })),
  );
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js'] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'echarts', message: 'Import ECharts through src/charts/echarts.ts.' },
            { name: 'echarts-for-react', message: 'Render charts through src/charts/echart.tsx.' },
            {
              name: 'react-i18next',
              importNames: ['useTranslation', 'withTranslation', 'Translation'],
              message: 'Translate through useT or useI18n (src/i18n/use-t.ts).',
            },
          ],
          patterns: [
            {
              group: ['echarts/*', 'echarts-for-react/*'],
              message: 'ECharts is wrapped by src/charts/; import from there.',
            },
          ],
        },
      ],
    },
  },
  {
    // The import rule holds for the app's code; tests may reach across to set a scene.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones(), ...featureZones()] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The bench's bare ECharts page is the reference the app is measured against: ECharts alone.
    files: ['tests/bench/bare-echarts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
