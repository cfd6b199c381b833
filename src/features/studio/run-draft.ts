import type { DraftBundle, DraftOptions } from '../../authoring/draft/draft-bundle.ts';
import type { TextRun } from './text-marks.ts';

export interface DraftResult {
  bundle: DraftBundle;
  /** The report text's marks for the draft's figures, made in the worker. */
  runs?: TextRun[];
  setAside: number;
  ms: number;
}

export interface RunningDraft {
  result: Promise<DraftResult>;
  /** Ends the worker; `result` rejects with an AbortError. */
  cancel: () => void;
}

/** Drafts `text` in a Web Worker. */
export function runDraft(text: string, options: DraftOptions): RunningDraft {
  const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<DraftResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      worker.terminate();
      const data = event.data as { type: string; message?: string } & DraftResult;
      // For the benchmark: the round trip, and the engine's own time inside the worker.
      performance.mark('studio:draft-done', { detail: { workerMs: data.ms } });
      if (data.type === 'done') resolve(data);
      else reject(new Error(data.message ?? 'draft failed'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the draft worker failed'));
    };
    cancel = () => {
      worker.terminate();
      reject(new DOMException('cancelled', 'AbortError'));
    };
  });
  performance.mark('studio:draft-start');
  worker.postMessage({ text, options });
  return { result, cancel };
}
