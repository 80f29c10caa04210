import './zod-config.ts';
import '@mantine/core/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp } from './app.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const App = createApp();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
