import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, storedTheme } from './lib/theme';
import './styles/theme.css';
import './styles/app.css';
import './styles/reader.css';
import './styles/views.css';

// Apply the saved theme before the first render so there is no flash of the other one.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('Dossier: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
