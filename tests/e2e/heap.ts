import type { CDPSession } from 'playwright-core';

/**
 * Heap-snapshot node types that hold the page's own data. Compiled code and
 * browser-internal ("native") buffers are left out on purpose: V8 keeps
 * optimising hot functions for many minutes, and Chromium keeps a bounded
 * buffer of layout-shift entries, so both grow for a while without any leak.
 */
const DATA_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'object shape',
  'hidden',
]);

export interface HeapFigures {
  /** Bytes held by JavaScript data (objects, closures, arrays, strings…) after a full GC. */
  dataBytes: number;
  /** Everything V8 reports as used, code included; printed, not asserted. */
  usedBytes: number;
  /** Compiled code (bytecode, baseline and optimised code) in the snapshot. */
  codeBytes: number;
}

/** Forces GC, takes a heap snapshot and sums the self sizes of the page's data. */
export async function measureHeap(session: CDPSession): Promise<HeapFigures> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const typeNames = snapshot.snapshot.meta.node_types[0];
  let dataBytes = 0;
  let codeBytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += stride) {
    const type = typeNames[snapshot.nodes[index + typeAt] ?? -1];
    const size = snapshot.nodes[index + sizeAt] ?? 0;
    if (type !== undefined && DATA_TYPES.has(type)) dataBytes += size;
    if (type === 'code') codeBytes += size;
  }
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return { dataBytes, usedBytes: usage.usedSize, codeBytes };
}
