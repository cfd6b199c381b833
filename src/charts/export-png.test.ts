// @vitest-environment node
import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withPngText } from './export-png.ts';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1×1 white PNG, built by hand. */
function tinyPng(): Uint8Array<ArrayBuffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** The chunks of a PNG, each with whether its CRC holds. */
function readChunks(png: Uint8Array) {
  const buffer = Buffer.from(png);
  const chunks: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    const crc = buffer.readUInt32BE(at + 8 + length);
    chunks.push({
      type,
      data,
      crcOk: crc === crc32(buffer.subarray(at + 4, at + 8 + length)) >>> 0,
    });
    at += 12 + length;
  }
  return chunks;
}

describe('withPngText', () => {
  it('puts the description in an iTXt chunk after the header, in UTF-8, with valid CRCs', () => {
    const description = '人数，共8项。培养技能人才52.58万人，为本组最多';
    const out = withPngText(tinyPng(), { Title: '人数', Description: description }, 'zh');
    const chunks = readChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const text = chunks[2]!.data;
    const keywordEnd = text.indexOf(0);
    expect(text.toString('latin1', 0, keywordEnd)).toBe('Description');
    expect([...text.subarray(keywordEnd + 1, keywordEnd + 3)]).toEqual([0, 0]);
    const langEnd = text.indexOf(0, keywordEnd + 3);
    expect(text.toString('latin1', keywordEnd + 3, langEnd)).toBe('zh');
    const translatedEnd = text.indexOf(0, langEnd + 1);
    expect(translatedEnd).toBe(langEnd + 1);
    expect(text.subarray(translatedEnd + 1).toString('utf8')).toBe(description);
  });

  it('leaves out empty texts and returns anything not a PNG untouched', () => {
    const png = tinyPng();
    expect(readChunks(withPngText(png, { Description: '' })).map((c) => c.type)).toEqual([
      'IHDR',
      'IDAT',
      'IEND',
    ]);
    const notPng = new Uint8Array([1, 2, 3]);
    expect(withPngText(notPng, { Description: 'x' })).toBe(notPng);
  });
});
