import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'echarts', message: 'Import ECharts through src/charts/echarts.ts.' },
            { name: 'echarts-for-react', message: 'Render charts through src/charts/echart.tsx.' },
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
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'],
              message: 'ECharts is wrapped by src/charts/; import from there.',
            },
          ],
        },
      ],
    },
  },
);
