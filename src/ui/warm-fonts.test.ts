import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FONT_FAMILY, LATIN_FONT_FAMILY } from '../charts/theme.ts';
import { resetWarmedFonts, textFaces, warmFonts } from './warm-fonts.ts';

/** Idle callbacks held until the test lets them run, one idle moment at a time. */
let idle: (() => void)[] = [];
function runIdle(): number {
  let moments = 0;
  while (idle.length > 0) {
    const waiting = idle;
    idle = [];
    for (const run of waiting) run();
    moments += waiting.length;
  }
  return moments;
}

/** What the warm-up did with its canvas: each font set, and each text measured in it. */
let measured: { font: string; text: string }[] = [];

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

beforeEach(() => {
  idle = [];
  measured = [];
  resetWarmedFonts();
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('CanvasRenderingContext2D', class {});
  let font = '';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    set font(value: string) {
      font = value;
    },
    measureText(text: string) {
      measured.push({ font, text });
      return { width: text.length };
    },
  } as unknown as CanvasRenderingContext2D);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('textFaces', () => {
  it('lists each style, weight and size that text is set in, once, and not those of empty boxes', () => {
    const root = page(`
      <h1 style="font-size: 24px; font-weight: 700">Title</h1>
      <p style="font-size: 16px; font-weight: 400">One <b style="font-size: 16px; font-weight: 700">bold</b></p>
      <p style="font-size: 16px; font-weight: 400">Two</p>
      <em style="font-size: 13px; font-weight: 400; font-style: italic">note</em>
      <div style="font-size: 40px; font-weight: 400"><span style="font-size: 13px; font-weight: 400; font-style: italic">in</span>  </div>
    `);
    expect(textFaces(root).sort()).toEqual([
      'italic 400 13px',
      'normal 400 16px',
      'normal 700 16px',
      'normal 700 24px',
    ]);
  });
});

describe('warmFonts', () => {
  it("measures a few letters in the other language's faces, one face per idle moment, then marks it", () => {
    const mark = vi.spyOn(performance, 'mark');
    const root = page(`
      <h1 style="font-size: 24px; font-weight: 700">标题</h1>
      <p style="font-size: 16px; font-weight: 400">正文</p>
    `);
    warmFonts('en', root);
    expect(measured).toEqual([]); // nothing before the page is idle
    // One moment to read the page's faces, one for each face, one for the mark.
    expect(runIdle()).toBe(4);
    expect(measured.map(({ font }) => font)).toEqual([
      `normal 700 24px ${LATIN_FONT_FAMILY}`,
      `normal 400 16px ${LATIN_FONT_FAMILY}`,
    ]);
    // Latin letters and a Chinese character: a Chinese name in English text falls through to the
    // CJK faces after the Latin ones.
    for (const { text } of measured) expect(text).toMatch(/[a-z].*[\u4e00-\u9fff]/i);
    expect(mark).toHaveBeenCalledWith('warm-fonts:en');
  });

  it('opens the Chinese faces for a page in English, and each language only once a page', () => {
    const root = page(`<p style="font-size: 16px; font-weight: 400">Text</p>`);
    warmFonts('zh', root);
    warmFonts('zh', root);
    runIdle();
    expect(measured).toEqual([{ font: `normal 400 16px ${FONT_FAMILY}`, text: '中文A1' }]);
  });

  it('does nothing where the browser has no 2D canvas', () => {
    vi.stubGlobal('CanvasRenderingContext2D', undefined);
    warmFonts('en', page(`<p style="font-size: 16px; font-weight: 400">正文</p>`));
    expect(runIdle()).toBe(0);
    expect(measured).toEqual([]);
  });
});
