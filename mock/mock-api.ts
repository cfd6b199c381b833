import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

const ROOT = path.resolve(import.meta.dirname, 'bundles');
const NAME = /^[a-z0-9-]+\.json$/;

/**
 * Serves the fixture bundles under /__mock/bundles/<name>.json, with faults on request:
 * `?delay=ms` waits, `?status=500` answers with that status, `?truncate=1` cuts the body in half,
 * `?html=1` answers with an HTML page. Used by development and the browser tests.
 */
export function mockApi(): Connect.NextHandleFunction {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
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
