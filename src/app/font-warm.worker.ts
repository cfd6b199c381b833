// Looks up the page's fonts off the main thread while the page waits for its bundle. On a fresh
// Linux Chromium the first layout in a CJK face waits for the browser to find that face among the
// system's fonts (some 100 ms a face at 1x for a 19 MB collection); the browser keeps what it found,
// so once a worker has asked, the page's own first layout finds the faces at once.
import { measureChartText } from '../charts/measure-text.ts';
import { warmFaces, type FontWarmRequest } from './warm-fonts.ts';

self.onmessage = (event: MessageEvent<FontWarmRequest>) => {
  for (const face of warmFaces(event.data.lang)) {
    measureChartText(face.text, 16, face.weight, face.family);
  }
  self.postMessage('warm');
};
