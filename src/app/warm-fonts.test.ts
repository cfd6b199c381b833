import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_FAMILY, LATIN_FONT_FAMILY } from '../charts/theme.ts';
import { warmFaces, warmFonts } from './warm-fonts.ts';

const HAN = /\p{Script=Han}/u;

afterEach(() => vi.unstubAllGlobals());

describe('warmFaces', () => {
  it('looks up the CJK faces, regular and bold, with Chinese text for a Chinese page', () => {
    const faces = warmFaces('zh');
    expect(faces.map((face) => [face.family, face.weight])).toEqual([
      [FONT_FAMILY, 'normal'],
      [FONT_FAMILY, 'bold'],
    ]);
    for (const face of faces) expect(face.text).toMatch(HAN);
  });

  it('looks up the Latin faces for an English page, and the CJK face its language switch uses', () => {
    const faces = warmFaces('en');
    const latin = faces.filter((face) => face.family === LATIN_FONT_FAMILY);
    expect(latin.map((face) => face.weight)).toEqual(['normal', 'bold']);
    for (const face of latin) expect(face.text).not.toMatch(HAN);
    const cjk = faces.filter((face) => face.family === FONT_FAMILY);
    expect(cjk).toHaveLength(1);
    expect(cjk[0]?.text).toMatch(HAN);
  });
});

/** A stand-in for the browser's Worker that records what the page asked of it. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    RecordingWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('warmFonts', () => {
  it("asks a module worker for the page language's faces and ends it once it answers", () => {
    RecordingWorker.made = [];
    vi.stubGlobal('Worker', RecordingWorker);
    vi.stubGlobal('OffscreenCanvas', class {});
    warmFonts('zh');
    const [worker] = RecordingWorker.made;
    expect(worker?.options.type).toBe('module');
    expect(worker?.url.pathname).toMatch(/font-warm\.worker/);
    expect(worker?.posted).toEqual([{ lang: 'zh' }]);
    expect(worker?.terminated).toBe(false);
    worker?.onmessage?.();
    expect(worker?.terminated).toBe(true);
  });

  it('ends the worker when it fails, too', () => {
    RecordingWorker.made = [];
    vi.stubGlobal('Worker', RecordingWorker);
    vi.stubGlobal('OffscreenCanvas', class {});
    warmFonts('en');
    RecordingWorker.made[0]?.onerror?.();
    expect(RecordingWorker.made[0]?.terminated).toBe(true);
  });

  it('does nothing in a browser without offscreen canvases', () => {
    RecordingWorker.made = [];
    vi.stubGlobal('Worker', RecordingWorker);
    vi.stubGlobal('OffscreenCanvas', undefined);
    expect(() => warmFonts('zh')).not.toThrow();
    expect(RecordingWorker.made).toHaveLength(0);
  });
});
