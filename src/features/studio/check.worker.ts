// Runs the live check off the main thread: on a long report the provenance rules walk the whole
// text for every figure and every uncited number, far longer than a frame. The page sends the
// text and the uncited list only when they change; the worker keeps the last ones.
import { checkWork } from './check-work.ts';
import type { CheckRequest } from './work-checker.ts';
import type { StudioWork } from './studio-model.ts';

let text = '';
let uncited: StudioWork['uncited'] = [];

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { work, id } = event.data;
  if (work.text !== undefined) text = work.text;
  if (work.uncited !== undefined) uncited = work.uncited;
  self.postMessage({ id, check: checkWork({ ...work, text, uncited }) });
};
