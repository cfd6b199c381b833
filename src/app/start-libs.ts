// The libraries the app's start script builds on, loaded and run by main.tsx in a task of their
// own after React's (start-react.ts): the start script then finds them ready, and its own task
// holds only the app's code. Not the bundle format's zod schemas: the worker checks the bundle
// and the catalogue, and the page loads the schemas only where it checks one itself.
export { QueryClient } from '@tanstack/react-query';
export { default as i18next } from 'i18next';
export { initReactI18next } from 'react-i18next';
