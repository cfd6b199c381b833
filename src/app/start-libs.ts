// The libraries and the bundle format's checks the app's start script builds on, loaded and run by
// main.tsx in a task of their own after React's (start-react.ts): the start script then finds them
// ready, and its own task holds only the app's code.
export { QueryClient } from '@tanstack/react-query';
export { default as i18next } from 'i18next';
export { initReactI18next } from 'react-i18next';
export { validateBundle } from '../data/validate-bundle.ts';
export { parseCatalog } from '../data/catalog-schema.ts';
