import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`preview server exited with ${child.exitCode}\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not answer at ${url}\n${output()}`);
}

/**
 * Serves the production build (or the build in `outDir`) on 127.0.0.1 with the mock API, on `port`
 * when given (a server started again on the same origin); returns its URL and a stop function
 * that resolves once the server has exited.
 */
export async function startPreview({
  outDir,
  port: wanted,
}: { outDir?: string; port?: number } = {}): Promise<{
  baseURL: string;
  port: number;
  stop: () => Promise<void>;
}> {
  const dist = outDir ?? path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('No production build: run `npm run build` first');
  }
  const port = wanted ?? (await freePort());
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: ROOT, env: { ...process.env, MOCK_API: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitFor(baseURL, child, () => output);
  } catch (error) {
    child.kill();
    throw error;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    baseURL,
    port,
    stop: () => {
      child.kill();
      return exited;
    },
  };
}
