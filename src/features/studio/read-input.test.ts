import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, readInput, readPasted } from './read-input.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading what the person hands the studio', () => {
  it('reads a UTF-8 report, dropping a byte-order mark and Windows line ends', () => {
    expect(readInput('r.txt', utf8('\uFEFF五年来\r\n累计'))).toEqual({
      ok: true,
      kind: 'text',
      text: '五年来\n累计',
    });
  });

  it('reads a GB 18030 report, as Chinese Windows tools save it', () => {
    // 五年 in GB 18030.
    const bytes = new Uint8Array([0xce, 0xe5, 0xc4, 0xea]);
    expect(readInput('r.txt', bytes)).toEqual({ ok: true, kind: 'text', text: '五年' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['white space only', utf8('  \n '), 'empty'],
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), 'binary'],
    ['a file over the limit', new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x41), 'tooLarge'],
  ])('names %s', (_name, bytes, code) => {
    const result = readInput('r.txt', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('says how large a file too large is', () => {
    const result = readInput('r.txt', new Uint8Array(10 * 1024 * 1024).fill(0x41));
    expect(result).toEqual({
      ok: false,
      problem: { code: 'tooLarge', megabytes: '10.0', limitMegabytes: '2.0' },
    });
  });

  it('reads a .json file as JSON, and names broken JSON', () => {
    expect(readInput('b.json', utf8('{"a":1}'))).toEqual({
      ok: true,
      kind: 'json',
      json: { a: 1 },
    });
    const broken = readInput('b.json', utf8('{"a":'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problem.code).toBe('notJson');
  });

  it('checks a pasted text like a file', () => {
    expect(readPasted('').ok).toBe(false);
    expect(readPasted('累计培养52.58万人')).toMatchObject({ ok: true, kind: 'text' });
  });
});
