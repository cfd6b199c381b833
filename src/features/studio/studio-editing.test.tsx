import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBundle } from '../../authoring/draft/draft-bundle.ts';
import { deleteDraft, listDrafts } from '../../data/studio-drafts.ts';
import { draft, renderStudio, rows } from '../../../tests/unit/studio-kit.tsx';

// jsdom has no Web Worker: the engine runs in the test's thread, the same function the worker calls.
vi.mock('./run-draft.ts', () => ({
  runDraft: (text: string, options: Parameters<typeof draftBundle>[1]) => {
    const { bundle, extraction } = draftBundle(text, options);
    return {
      result: Promise.resolve({ bundle, setAside: extraction.setAside.length, ms: 1 }),
      cancel: () => {},
    };
  },
}));

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../ui/download.ts', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

interface ExportedBundle {
  themes?: { id: string; label: { zh: string; en: string } }[];
  indicators: { id: string; themes?: string[] }[];
  panels?: { title: { zh: string; en: string }; indicators: string[] }[];
}

/** Presses the export button and reads the bundle it downloads. */
async function exportBundle(user: ReturnType<typeof userEvent.setup>): Promise<ExportedBundle> {
  downloads.length = 0;
  await user.click(screen.getByTestId('studio-export-bundle'));
  const file = downloads.find((download) => download.name.endsWith('.json'));
  if (!file) throw new Error('no bundle was downloaded');
  return JSON.parse(await file.blob.text()) as ExportedBundle;
}

async function addTheme(user: ReturnType<typeof userEvent.setup>, zh: string, en: string) {
  await user.type(screen.getByRole('textbox', { name: '新主题（中文）' }), zh);
  await user.type(screen.getByRole('textbox', { name: '新主题（英文）' }), en);
  await user.click(screen.getByRole('button', { name: '添加主题' }));
}

describe('report studio: themes', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    for (const saved of await listDrafts()) await deleteDraft(saved.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sets a theme on a figure and exports it', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    await addTheme(user, '技能', 'Skills');
    const first = rows()[0]!;
    await user.click(within(first).getByText(/主题：无/));
    await user.click(within(first).getByRole('checkbox', { name: '技能' }));
    expect(within(first).getByText(/主题：技能/)).toBeInTheDocument();
    const bundle = await exportBundle(user);
    expect(bundle.themes).toEqual([{ id: 'skills', label: { zh: '技能', en: 'Skills' } }]);
    expect(bundle.indicators[0]?.themes).toEqual(['skills']);
    expect(bundle.indicators[1]?.themes).toBeUndefined();
  });

  it('renames a theme everywhere and deletes it with its uses', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    await addTheme(user, '技能', 'Skills');
    const first = rows()[0]!;
    await user.click(within(first).getByText(/主题：无/));
    await user.click(within(first).getByRole('checkbox', { name: '技能' }));
    const zh = screen.getByRole('textbox', { name: '主题“技能”的中文名称' });
    await user.clear(zh);
    await user.type(zh, '技能人才');
    expect(within(first).getByText(/主题：技能人才/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /删除主题“技能人才”/ }));
    expect(within(first).queryByText(/主题：/)).toBeNull();
    const bundle = await exportBundle(user);
    expect(bundle.themes).toBeUndefined();
    expect(bundle.indicators.some((indicator) => indicator.themes)).toBe(false);
  });
});

describe('report studio: panels', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    for (const saved of await listDrafts()) await deleteDraft(saved.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  async function addPanelWith(user: ReturnType<typeof userEvent.setup>, labels: RegExp[]) {
    await user.click(screen.getByRole('radio', { name: /在此指定面板/ }));
    await user.type(screen.getByRole('textbox', { name: '新面板标题（中文）' }), '技能人才');
    await user.type(screen.getByRole('textbox', { name: '新面板标题（英文）' }), 'Skilled workers');
    await user.click(screen.getByRole('button', { name: '添加面板' }));
    const panel = within(screen.getByRole('group', { name: '面板“技能人才”的指标' }));
    for (const label of labels) {
      const boxes = panel.getAllByRole('checkbox', { name: label });
      for (const box of boxes) if (!(box as HTMLInputElement).checked) await user.click(box);
    }
    return panel;
  }

  it('exports no panels by default, and the panel a person lays out', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    expect((await exportBundle(user)).panels).toBeUndefined();
    const panel = await addPanelWith(user, [/技能人才/]);
    // One unit per panel: once people are in it, yuan and percent cannot join.
    const others = panel
      .getAllByRole('checkbox')
      .filter((box) => !(box as HTMLInputElement).checked);
    expect(others.length).toBeGreaterThan(0);
    for (const box of others) expect(box).toBeDisabled();
    const bundle = await exportBundle(user);
    expect(bundle.panels).toEqual([
      {
        id: 'panel-1',
        title: { zh: '技能人才', en: 'Skilled workers' },
        chart: 'bar',
        indicators: [rows()[0]!.dataset.figureRow, rows()[3]!.dataset.figureRow],
      },
    ]);
  });

  it('shows a problem, and goes on, when a figure of a panel changes unit', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    await addPanelWith(user, [/技能人才/]);
    // A row's selects come once it is selected: a click on its unit asks for that one.
    await user.click(within(rows()[3]!).getByText('单位'));
    await user.selectOptions(within(rows()[3]!).getByRole('combobox', { name: '单位' }), 'yuan');
    expect(await screen.findByTestId('studio-check')).toHaveTextContent(
      '一个面板的指标应使用同一单位',
    );
    expect(rows()).toHaveLength(4);
  });
});

describe('report studio: a long draft', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    for (const saved of await listDrafts()) await deleteDraft(saved.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('selects a figure from its mark even before its row was rendered', async () => {
    const user = userEvent.setup();
    renderStudio();
    const report = Array.from(
      { length: 90 },
      (_, index) => `第${'一二三四五六七八九'[index % 9]}批新建职工书屋${index + 101}家。`,
    ).join('\n');
    await draft(user, report);
    const marks = screen.getByTestId('studio-text').querySelectorAll('mark.studio-mark--number');
    expect(marks).toHaveLength(90);
    await user.click(marks[89] as HTMLElement);
    const row = document.querySelector('[data-figure-row].studio-figure--selected');
    expect(row).toHaveTextContent('190家');
    await waitFor(() => expect(rows()).toHaveLength(90));
  });
});
