// React alone, loaded and run by main.tsx in a task before the app's code (start.tsx), which then
// finds it ready: one long task of the libraries' code becomes two shorter ones.
export { createRoot } from 'react-dom/client';
