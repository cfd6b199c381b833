import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBundle } from '../../authoring/draft/draft-bundle.ts';
import { deleteDraft, listDrafts } from '../../data/studio-drafts.ts';
import { draft, REPORT, renderStudio, rows } from '../../../tests/unit/studio-kit.tsx';

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

// Each test drafts and renders a whole studio: seconds on a busy machine.
describe('report studio', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    for (const saved of await listDrafts()) await deleteDraft(saved.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('drafts a pasted report, marks every kept figure in the text, and saves the work', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    expect(rows()).toHaveLength(4);
    // No number was set aside, so the message does not count them.
    expect(screen.getByTestId('studio-message')).toHaveTextContent(
      /^草稿已生成：4 个指标，用时 1 毫秒。$/,
    );
    const marks = screen.getByTestId('studio-text').querySelectorAll('mark.studio-mark--number');
    expect(marks).toHaveLength(4);
    await waitFor(async () => expect(await listDrafts()).toHaveLength(1));
    // No figure has its English yet: the check says so once for all four, not four times.
    const check = await screen.findByTestId('studio-check');
    await waitFor(() =>
      expect(within(check).getByTestId('studio-check-many')).toHaveTextContent(
        /^尚无英文文本：英文页面显示中文：共 (\d+) 处。/,
      ),
    );
    expect(within(check).queryAllByText(/label\.en/)).toEqual([]);
  });

  it('says what it last said again in the language the reader switches to', async () => {
    const user = userEvent.setup();
    const { i18n } = renderStudio();
    await draft(user);
    expect(screen.getByTestId('studio-message')).toHaveTextContent('草稿已生成');
    // The page's i18next follows the store as App has it do (src/app/follow-lang.ts).
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() =>
      expect(screen.getByTestId('studio-message')).toHaveTextContent(
        /^Draft ready: 4 figures in 1 ms\.$/,
      ),
    );
  });

  it('edits an English label in place and offers the glossary as suggestions', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    const first = rows()[0]!;
    const english = within(first).getByRole('combobox', { name: '英文名称' });
    await waitFor(() =>
      expect(first.querySelector('datalist option')).toHaveAttribute('value', 'skilled workers'),
    );
    await user.click(english);
    await user.paste('Skilled workers trained');
    expect(english).toHaveValue('Skilled workers trained');
    await waitFor(async () => {
      const [saved] = await listDrafts();
      const work = saved?.work as { figures: { label: { en: string } }[] };
      expect(work.figures[0]?.label.en).toBe('Skilled workers trained');
    });
  });

  it('drops a figure: its mark leaves the text and the count falls', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    await user.click(within(rows()[1]!).getByRole('checkbox', { name: '保留' }));
    expect(screen.getByRole('heading', { name: /指标（保留 3 \/ 共 4）/ })).toBeInTheDocument();
    expect(
      screen.getByTestId('studio-text').querySelectorAll('mark.studio-mark--number'),
    ).toHaveLength(3);
  });

  it('merges a figure stated twice into one', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    expect(screen.getByRole('note')).toHaveTextContent('可能重复');
    await user.click(screen.getByRole('button', { name: '合并为一个' }));
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('selects a figure from its mark in the text', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    const mark = screen
      .getByTestId('studio-text')
      .querySelector('mark.studio-mark--number') as HTMLElement;
    await user.click(mark);
    expect(rows()[0]).toHaveClass('studio-figure--selected');
    expect(mark).toHaveClass('studio-mark--selected');
  });

  it('says so when a text has no figures, and keeps the saved work', async () => {
    const user = userEvent.setup();
    renderStudio();
    await draft(user);
    await waitFor(async () => expect(await listDrafts()).toHaveLength(1));
    await user.click(screen.getAllByRole('button', { name: '新建' })[0]!);
    await user.click(screen.getByRole('textbox', { name: '报告全文' }));
    await user.paste('这里没有任何数字，只有文字。');
    await user.click(screen.getByRole('textbox', { name: '发布单位（中文）' }));
    await user.paste('测试市总工会');
    await user.click(screen.getByRole('button', { name: '生成草稿' }));
    expect(await screen.findByTestId('studio-message')).toHaveTextContent(
      '没有找到可作为指标的数字',
    );
    expect(await listDrafts()).toHaveLength(1);
  });

  it('words its warning again in the language the reader switches to', async () => {
    const user = userEvent.setup();
    const { i18n } = renderStudio();
    await user.click(screen.getByRole('textbox', { name: '报告全文' }));
    await user.paste(REPORT);
    await user.click(screen.getByRole('button', { name: '生成草稿' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写发布单位');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('alert')).toHaveTextContent(/publisher/i);
  });

  it('words its file button and the chosen files in the page’s language, not the browser’s', async () => {
    const user = userEvent.setup();
    const { i18n } = renderStudio();
    expect(screen.getByText('选择文件…')).toBeVisible();
    expect(screen.getByTestId('studio-file-names')).toHaveTextContent('未选择文件');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Choose files…')).toBeVisible();
    expect(screen.getByTestId('studio-file-names')).toHaveTextContent('No file chosen');
    await user.upload(screen.getByTestId('studio-file'), [
      new File([REPORT], 'report.txt', { type: 'text/plain' }),
      new File(['{}'], 'bundle.json', { type: 'application/json' }),
    ]);
    expect(screen.getByTestId('studio-file-names')).toHaveTextContent('report.txt, bundle.json');
    // The input keeps its name from the label, for keyboards and screen readers.
    expect(screen.getByLabelText(/Choose a file/)).toBe(screen.getByTestId('studio-file'));
  });

  it('asks for the publisher before drafting, since the wall names it', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(screen.getByRole('textbox', { name: '报告全文' }));
    await user.paste(REPORT);
    await user.click(screen.getByRole('button', { name: '生成草稿' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写发布单位');
    expect(screen.queryByTestId('studio-figures')).not.toBeInTheDocument();
  });

  it('takes the publisher from the report where its opening names who presents it', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(screen.getByRole('textbox', { name: '报告全文' }));
    await user.paste(
      `各位代表：\n现在，我代表某市总工会第九届委员会，向大会作工作报告。\n${REPORT}`,
    );
    // Said before the click, in the field and under it.
    const field = screen.getByRole('textbox', { name: '发布单位（中文）' });
    expect(field).toHaveAttribute('placeholder', '某市总工会');
    expect(screen.getByTestId('studio-publisher-hint')).toHaveTextContent('按原文：某市总工会');
    await user.click(screen.getByRole('button', { name: '生成草稿' }));
    await screen.findByTestId('studio-figures', {}, { timeout: 8000 });
    expect(screen.getByRole('textbox', { name: '发布单位（中文）' })).toHaveValue('某市总工会');
  });

  it("offers the title the report prints, else its publisher's work report, never a heading", async () => {
    const user = userEvent.setup();
    renderStudio();
    const text = screen.getByRole('textbox', { name: '报告全文' });
    const title = screen.getByRole('textbox', { name: '报告标题（中文）' });
    // An excerpt that opens on its section "一、技能提升" prints no title.
    await user.click(text);
    await user.paste(REPORT);
    await user.click(screen.getByRole('textbox', { name: '发布单位（中文）' }));
    await user.paste('测试市总工会');
    expect(title).toHaveAttribute('placeholder', '测试市总工会工作报告');
    await user.clear(text);
    await user.click(text);
    await user.paste(`测试市总工会2021—2025年工作回顾\n${REPORT}`);
    expect(title).toHaveAttribute('placeholder', '测试市总工会2021—2025年工作回顾');
    await user.click(screen.getByRole('button', { name: '生成草稿' }));
    await screen.findByTestId('studio-figures', {}, { timeout: 8000 });
    expect(screen.getByRole('textbox', { name: '标题（中文）' })).toHaveValue(
      '测试市总工会2021—2025年工作回顾',
    );
  });

  it('lists the draft as it is saved, once however often, and drops it when deleted', async () => {
    const user = userEvent.setup();
    renderStudio();
    expect(await screen.findByText('还没有草稿。')).toBeInTheDocument();
    await draft(user);
    const list = await screen.findByTestId('studio-drafts', {}, { timeout: 8000 });
    // Another change, saved again: still one entry, with the new name.
    const title = screen.getByRole('textbox', { name: '标题（中文）' });
    await user.clear(title);
    await user.type(title, '改过的标题');
    await waitFor(() => expect(within(list).getByText('改过的标题')).toBeInTheDocument());
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    vi.stubGlobal('confirm', () => true);
    await user.click(within(list).getByRole('button', { name: '删除' }));
    expect(await screen.findByText('还没有草稿。')).toBeInTheDocument();
    expect(await listDrafts()).toEqual([]);
  });

  it('restores the last work after a reload', async () => {
    const user = userEvent.setup();
    const first = renderStudio();
    await draft(user);
    await waitFor(async () => expect(await listDrafts()).toHaveLength(1));
    first.unmount();
    renderStudio();
    expect(await screen.findByTestId('studio-figures', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByTestId('studio-message')).toHaveTextContent('已恢复上次的工作');
  });
});
