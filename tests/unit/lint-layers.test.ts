// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` written as the file at `file`. */
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first lint starts ESLint and the TypeScript parser cold: seconds on a busy machine.
describe('npm run lint keeps the layers', { timeout: 60_000 }, () => {
  it('refuses an import from a higher layer', async () => {
    const ids = await ruleIds(
      'src/data/new-module.ts',
      "import { App } from '../app/app.tsx';\nexport const app = App;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('refuses the store importing the authoring tools, its sibling layer', async () => {
    const ids = await ruleIds(
      'src/store/new-module.ts',
      "import { checkBundleFile } from '../authoring/check-bundle.ts';\nexport const check = checkBundleFile;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('refuses one feature importing another', async () => {
    const ids = await ruleIds(
      'src/features/wall/new-module.ts',
      "import { AnalystPage } from '../analyst/analyst-page.tsx';\nexport const page = AnalystPage;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('refuses a cycle between two files', async () => {
    // dashboard-store.ts imports bundle-index.ts; bundle-index importing it back closes a loop.
    const ids = await ruleIds(
      'src/store/bundle-index.ts',
      "import { createDashboardStore } from './dashboard-store.ts';\nexport const make = createDashboardStore;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it('accepts an import from a lower layer', async () => {
    const ids = await ruleIds(
      'src/ui/new-module.ts',
      "import { UNITS } from '../data/bundle-format.ts';\nexport const units = UNITS;\n",
    );
    expect(ids).toEqual([]);
  });
});
