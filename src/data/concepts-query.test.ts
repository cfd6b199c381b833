import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConcepts } from './concepts-query.ts';
import { BundleLoadError, MAX_BUNDLE_BYTES } from './fetch-json.ts';

const URL = '/data/concepts.json';
const jobs = {
  id: 'jobs',
  label: { zh: '城镇新增就业', en: 'New urban jobs' },
  definition: { zh: '当年新增', en: 'Added in the year' },
  unit: 'person',
  kind: 'flow',
};

function serve(response: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response()),
  );
}

async function failure() {
  try {
    await loadConcepts(URL);
  } catch (error) {
    if (error instanceof BundleLoadError) return error.failure;
    throw error;
  }
  throw new Error('expected a BundleLoadError');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadConcepts', () => {
  it('keeps the good entries and names a skipped one in the console', async () => {
    serve(() =>
      Response.json({ schemaVersion: 1, concepts: [jobs, { ...jobs, id: 'x', kind: 'odd' }] }),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await loadConcepts(URL)).map((concept) => concept.id)).toEqual(['jobs']);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\/data\/concepts\.json: concepts\[1\]\.kind/);
  });

  it.each<[string, () => Response, unknown]>([
    ['not a vocabulary', () => Response.json([jobs]), { kind: 'concepts', detail: 'shape' }],
    [
      'a web page',
      () => new Response('<!doctype html><p>not here</p>'),
      { kind: 'concepts', detail: 'html', transient: false },
    ],
    [
      'a server error, which may pass',
      () => new Response('', { status: 503 }),
      { kind: 'concepts', detail: 'HTTP 503', transient: true },
    ],
    [
      'a file over the bundle size limit',
      () => new Response('{}', { headers: { 'content-length': String(MAX_BUNDLE_BYTES + 1) } }),
      { kind: 'concepts', detail: 'tooLarge', transient: false },
    ],
  ])('says %s as a vocabulary failure', async (_name, response, expected) => {
    serve(response);
    expect(await failure()).toEqual(expected);
  });

  it('names the version it reads when the vocabulary is of another', async () => {
    serve(() => Response.json({ schemaVersion: 2, concepts: [] }));
    expect(await failure()).toMatchObject({
      kind: 'concepts',
      detail: expect.stringMatching(/unsupported concepts schemaVersion 2/),
    });
  });
});
