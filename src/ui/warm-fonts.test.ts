import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FONT_FAMILY, LATIN_FONT_FAMILY } from '../charts/theme.ts';
import { chartFaces, resetWarmedFonts, textFaces, warmFonts } from './warm-fonts.ts';

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

describe('chartFaces', () => {
  it("lists each of a chart's text sizes once, plain and bold", () => {
    expect(chartFaces('analyst')).toEqual([
      'normal 400 13px',
      'normal 700 13px',
      'normal 400 12px',
      'normal 700 12px',
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
    warmFonts('en', 'analyst', root);
    expect(measured).toEqual([]); // nothing before the page is idle
    const faces = [
      'normal 700 24px',
      'normal 400 16px',
      // The desk's charts: labels and values at 13 px, the axis at 12, plain and bold.
      'normal 400 13px',
      'normal 700 13px',
      'normal 400 12px',
      'normal 700 12px',
    ];
    // One moment to read the page's faces, one for each face, one for the mark.
    expect(runIdle()).toBe(faces.length + 2);
    expect(measured.map(({ font }) => font)).toEqual(
      faces.map((face) => `${face} ${LATIN_FONT_FAMILY}`),
    );
    // Latin letters and a Chinese character: a Chinese name in English text falls through to the
    // CJK faces after the Latin ones.
    for (const { text } of measured) expect(text).toMatch(/[a-z].*[\u4e00-\u9fff]/i);
    expect(mark).toHaveBeenCalledWith('warm-fonts:en');
  });

  it('opens the Chinese faces for a page in English, and each language only once a page', () => {
    const root = page(`<p style="font-size: 26px; font-weight: 700">Text</p>`);
    warmFonts('zh', 'wall', root);
    warmFonts('zh', 'wall', root);
    runIdle();
    // The wall's charts: labels at 24 px, values at 26, the axis at 22; the page's own bold 26 px
    // is not measured twice.
    expect(measured).toEqual(
      [
        'normal 700 26px',
        'normal 400 24px',
        'normal 700 24px',
        'normal 400 26px',
        'normal 400 22px',
        'normal 700 22px',
      ].map((face) => ({ font: `${face} ${FONT_FAMILY}`, text: '中文A1' })),
    );
  });

  it('does nothing where the browser has no 2D canvas', () => {
    vi.stubGlobal('CanvasRenderingContext2D', undefined);
    warmFonts('en', 'analyst', page(`<p style="font-size: 16px; font-weight: 400">正文</p>`));
    expect(runIdle()).toBe(0);
    expect(measured).toEqual([]);
  });
});
