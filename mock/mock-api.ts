import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

const ROOT = path.resolve(import.meta.dirname, 'bundles');
const CATALOG = path.resolve(import.meta.dirname, 'catalog');
const NAME = /^[a-z0-9-]+\.json$/;

/** The file a generated-catalogue address names (`npm run mock:catalog`), if it is one. */
function catalogFile(pathname: string): string | undefined {
  if (pathname === '/__mock/catalog.json') return path.join(CATALOG, 'catalog.json');
  // `MOCK_CATALOG=1`: the picker lists the 200 generated bundles instead of the shipped ones.
  if (pathname === '/data/catalog.json' && process.env.MOCK_CATALOG === '1') {
    return path.join(CATALOG, 'catalog.json');
  }
  const name = pathname.startsWith('/__mock/catalog/')
    ? pathname.slice('/__mock/catalog/'.length)
    : '';
  return NAME.test(name) ? path.join(CATALOG, 'bundles', name) : undefined;
}

/**
 * Serves the fixture bundles under /__mock/bundles/<name>.json, with faults on request:
 * `?delay=ms` waits, `?status=500` answers with that status, `?truncate=1` cuts the body in half,
 * `?html=1` answers with an HTML page. Used by development and the browser tests. The generated
 * catalogue of 200 bundles (mock/generate-catalog.ts) is at /__mock/catalog.json and its bundles
 * at /__mock/catalog/<id>.json.
 */
export function mockApi(): Connect.NextHandleFunction {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const generated = catalogFile(url.pathname);
    if (generated) {
      void readFile(generated, 'utf8').then(
        (body) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(body);
        },
        () => {
          response.statusCode = 404;
          response.end('not found: run npm run mock:catalog');
        },
      );
      return;
    }
    if (!url.pathname.startsWith('/__mock/bundles/')) return next();
    const name = url.pathname.slice('/__mock/bundles/'.length);
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 60_000);
    const status = Number(url.searchParams.get('status')) || 200;
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (!NAME.test(name)) {
        response.statusCode = 404;
        response.end('not found');
        return;
      }
      if (status !== 200) {
        response.statusCode = status;
        response.end(`mock fault ${status}`);
        return;
      }
      if (url.searchParams.has('html')) {
        response.setHeader('Content-Type', 'application/json');
        response.end('<!doctype html><html><body>Not JSON</body></html>');
        return;
      }
      let body: string;
      try {
        body = await readFile(path.join(ROOT, name), 'utf8');
      } catch {
        response.statusCode = 404;
        response.end('not found');
        return;
      }
      if (url.searchParams.has('truncate')) body = body.slice(0, Math.floor(body.length / 2));
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })();
  };
}

/** The mock API as a Vite plugin: always in dev, in preview only when MOCK_API=1. */
export function mockApiPlugin(): Plugin {
  return {
    name: 'mock-api',
    configureServer(server) {
      server.middlewares.use(mockApi());
    },
    configurePreviewServer(server) {
      if (process.env.MOCK_API === '1') server.middlewares.use(mockApi());
    },
  };
}
