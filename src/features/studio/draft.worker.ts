// Runs the draft engine off the main thread: a long report takes a while, and the page must stay
// responsive and the draft cancellable (the page ends the worker). Plain data both ways.
import { draftBundle, type DraftOptions } from '../../authoring/draft/draft-bundle.ts';
import { markedFigures, markText } from './text-marks.ts';

export interface DraftRequest {
  text: string;
  options: DraftOptions;
}

self.onmessage = (event: MessageEvent<DraftRequest>) => {
  const started = performance.now();
  try {
    const { bundle, extraction } = draftBundle(event.data.text, event.data.options);
    // The marks of the report text, which the page would otherwise compute as the draft arrives.
    const runs = markText(event.data.text, markedFigures(bundle.indicators));
    self.postMessage({
      type: 'done',
      bundle,
      runs,
      setAside: extraction.setAside.length,
      ms: performance.now() - started,
    });
  } catch (error) {
    self.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
