import { FONT_FAMILY, LATIN_FONT_FAMILY } from '../charts/theme.ts';
import type { Lang } from '../data/bundle-schema.ts';

export interface FontWarmRequest {
  lang: Lang;
}

/** A face to look up: a family list, a weight and text that falls to the face wanted. */
interface Face {
  family: string;
  weight: 'normal' | 'bold';
  text: string;
}

const CHINESE = '淮南市总工会 职工人次万亿元';
const LATIN = 'Trade union members 0123456789';

/**
 * The faces a first screen in `lang` lays out in: Chinese in the CJK faces, regular and bold
 * (the page's 600 and 700 both take the bold face); English in the Latin faces, and the CJK
 * regular face for the language switch's 中文.
 */
export function warmFaces(lang: Lang): Face[] {
  if (lang === 'zh') {
    return [
      { family: FONT_FAMILY, weight: 'normal', text: CHINESE },
      { family: FONT_FAMILY, weight: 'bold', text: CHINESE },
    ];
  }
  return [
    { family: LATIN_FONT_FAMILY, weight: 'normal', text: LATIN },
    { family: LATIN_FONT_FAMILY, weight: 'bold', text: LATIN },
    { family: FONT_FAMILY, weight: 'normal', text: CHINESE },
  ];
}

/**
 * Has a worker look up the faces a page in `lang` first lays out in, so the page's first layout
 * does not wait for the browser to find them (see font-warm.worker.ts). The worker ends once it
 * has; where workers or offscreen canvases are missing, nothing happens.
 */
export function warmFonts(lang: Lang): void {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  try {
    const worker = new Worker(new URL('./font-warm.worker.ts', import.meta.url), {
      type: 'module',
    });
    const end = () => worker.terminate();
    worker.onmessage = end;
    worker.onerror = end;
    worker.postMessage({ lang } satisfies FontWarmRequest);
  } catch {
    // No worker: the first layout finds the faces itself, as it always did.
  }
}
