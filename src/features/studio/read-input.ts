// What a person hands the studio: a report's text (a .txt file, or pasted) or a bundle to edit.
// Bad input is named plainly and changes nothing that is saved.

/** A report of 70,000 characters is about 200 KB; anything far past that is not one report. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export type InputProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; megabytes: string; limitMegabytes: string }
  | { code: 'binary' }
  | { code: 'notJson'; detail: string };

export type ReadInput =
  | { ok: true; kind: 'text'; text: string }
  | { ok: true; kind: 'json'; json: unknown }
  | { ok: false; problem: InputProblem };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Decodes a file's bytes as text: UTF-8, or GB 18030 (which Chinese Windows tools still write)
 * when the bytes are not valid UTF-8. A file with NUL bytes, or one that is not text in either,
 * is reported as binary.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
}

/** Reads a chosen file: `.json` as a bundle to edit, anything else as the report's text. */
export function readInput(name: string, bytes: Uint8Array): ReadInput {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  if (bytes.length > MAX_TEXT_BYTES) {
    return {
      ok: false,
      problem: {
        code: 'tooLarge',
        megabytes: megabytes(bytes.length),
        limitMegabytes: megabytes(MAX_TEXT_BYTES),
      },
    };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, problem: { code: 'binary' } };
  if (!text.trim()) return { ok: false, problem: { code: 'empty' } };
  if (/\.json$/i.test(name)) {
    try {
      return { ok: true, kind: 'json', json: JSON.parse(text) };
    } catch (error) {
      return {
        ok: false,
        problem: {
          code: 'notJson',
          detail: error instanceof Error ? error.message : String(error),
        },
      };
    }
  }
  return { ok: true, kind: 'text', text: text.replace(/\r\n?/g, '\n') };
}

/** A pasted text, checked like a file's. */
export function readPasted(text: string): ReadInput {
  return readInput('pasted.txt', new TextEncoder().encode(text));
}
