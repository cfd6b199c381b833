import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build (with the mock API) for the browser tests. */
export default async function setup(project: TestProject) {
  const { baseURL, stop } = await startPreview();
  project.provide('baseURL', baseURL);
  return stop;
}
