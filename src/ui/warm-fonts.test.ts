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

/** Each text the warm-up drew, with what the canvas drew it in, and whether it was read back. */
interface Drawn {
  how: 'fill' | 'stroke';
  font: string;
  colour: string;
  x: number;
  scale: number;
  lineWidth: number;
  miterLimit: number;
  text: string;
  readBack: boolean;
}
let drawn: Drawn[] = [];

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

beforeEach(() => {
  idle = [];
  measured = [];
  drawn = [];
  resetWarmedFonts();
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('CanvasRenderingContext2D', class {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    const state = {
      font: '',
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      miterLimit: 10,
      scale: 1,
    };
    const draw = (how: Drawn['how'], text: string, x: number) =>
      drawn.push({
        how,
        font: state.font,
        colour: how === 'fill' ? state.fillStyle : state.strokeStyle,
        x,
        scale: state.scale,
        lineWidth: state.lineWidth,
        miterLimit: state.miterLimit,
        text,
        readBack: false,
      });
    return Object.assign(state, {
      measureText(text: string) {
        measured.push({ font: state.font, text });
        return { width: text.length };
      },
      setTransform(scale: number) {
        state.scale = scale;
      },
      fillText: (text: string, x: number) => draw('fill', text, x),
      strokeText: (text: string, x: number) => draw('stroke', text, x),
      getImageData() {
        for (const each of drawn) each.readBack = true;
      },
    }) as unknown as CanvasRenderingContext2D;
  });
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
    // One moment to read the page's faces, one for each face, one for each of the charts' glyph
    // drawings (below), one for the mark.
    expect(runIdle()).toBe(1 + faces.length + 40 + 1);
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
    // The wall's charts are scaled to the screen it fits: no glyph drawn ahead would match theirs.
    expect(drawn).toEqual([]);
  });

  it("draws the desk charts' glyphs ahead in each face, colour and quarter-pixel offset, haloed as ECharts halos", () => {
    vi.stubGlobal('devicePixelRatio', 2);
    warmFonts('en', 'analyst', page(''));
    const moments = runIdle();
    const offsets = [0, 0.25, 0.5, 0.75];
    const plain = ['normal 400 13px', 'normal 400 12px'];
    const bold = ['normal 700 13px', 'normal 700 12px'];
    const expected = [
      ...[...plain, ...bold].flatMap((face) =>
        ['#1d2433', ...(plain.includes(face) ? ['#4a5468', '#ffffff'] : [])].flatMap((colour) =>
          offsets.map((x) => `fill ${face} ${colour} ${x}`),
        ),
      ),
      // A label above its bar has a halo of the card's white, 3 px wide, mitred to zrender's 2.
      ...plain.flatMap((face) => offsets.map((x) => `stroke ${face} #ffffff ${x}`)),
    ];
    expect(
      drawn
        .map(
          ({ how, font, colour, x }) =>
            `${how} ${font.replace(` ${LATIN_FONT_FAMILY}`, '')} ${colour} ${x}`,
        )
        .sort(),
    ).toEqual(expected.sort());
    for (const each of drawn) {
      expect(each.font.endsWith(LATIN_FONT_FAMILY)).toBe(true);
      expect(each.scale).toBe(2); // the canvas's pixels, as the charts' own
      expect(each.readBack).toBe(true); // drawn now, not only recorded
      if (each.how === 'stroke') expect([each.lineWidth, each.miterLimit]).toEqual([3, 2]);
      for (let code = 32; code < 127; code += 1)
        expect(each.text).toContain(String.fromCharCode(code));
      expect(each.text).toContain('¥');
    }
    // Each drawing in an idle moment of its own: one to read the page, one for each chart face
    // measured, one for each drawing, one for the mark.
    expect(moments).toBe(1 + 4 + drawn.length + 1);
  });

  it('does nothing where the browser has no 2D canvas', () => {
    vi.stubGlobal('CanvasRenderingContext2D', undefined);
    warmFonts('en', 'analyst', page(`<p style="font-size: 16px; font-weight: 400">正文</p>`));
    expect(runIdle()).toBe(0);
    expect(measured).toEqual([]);
  });
});
