// Renderer entry point: runs in the Electron window or a browser tab served by electron/serve.
import '@mantine/core/styles.css';
import './app/app.css';
import './app/zod-french.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
