import { describe, expect, it } from 'vitest';
import { draftBundle } from '../../authoring/draft/draft-bundle.ts';
import { workFromDraft } from './studio-model.ts';
import { ARRIVAL, createStudioStore } from './studio-store.ts';

const TEXT = ['一、技能提升', '五年来累计培养技能人才52.58万人，投入资金1.04亿元。'].join('\n');

function work(text = TEXT) {
  const { bundle } = draftBundle(text, {
    id: 'test-report',
    titleZh: '测试报告',
    publisherZh: '测试单位',
    sourcePath: '/x.txt',
  });
  return workFromDraft(bundle, text);
}

describe('a text arriving in the studio', () => {
  it('goes through its steps in order and stops at the check', () => {
    const store = createStudioStore();
    store.getState().setWork(work());
    const seen = [store.getState().arrival];
    for (let step = 0; step < 6; step += 1) {
      store.getState().advance();
      seen.push(store.getState().arrival);
    }
    expect(seen).toEqual([
      ARRIVAL.fields,
      ARRIVAL.marks,
      ARRIVAL.text,
      ARRIVAL.list,
      ARRIVAL.check,
      ARRIVAL.check,
      ARRIVAL.check,
    ]);
  });

  it('keeps its step when the same text changes, and starts over for another text', () => {
    const store = createStudioStore();
    const first = work();
    store.getState().setWork(first);
    for (let step = 0; step < 4; step += 1) store.getState().advance();
    store.getState().patchFigure(first.figures[0]!.id, { kept: false });
    store.getState().setWork({ ...store.getState().work!, title: { zh: '改', en: 'Edited' } });
    expect(store.getState().arrival).toBe(ARRIVAL.check);
    store.getState().setWork(work(`${TEXT}\n二、服务职工\n建会率达97%。`));
    expect(store.getState().arrival).toBe(ARRIVAL.fields);
  });
});
