// Entry point: loads the bundled dataset and mounts the app; a broken dataset or a crash shows a message, not a blank page.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { CanvasHandleProvider } from '../graph-view/canvas-handle';
import { BUNDLED_DATASETS, DEFAULT_DATASET_ID, loadBundledDatasets } from '../data/bundled';
import { formatProblem } from '../model/problem';
import { applyTheme } from '../theme/apply-theme';
import './styles.css';

// The theme's colours as CSS custom properties, before anything is drawn.
applyTheme();
const root = createRoot(document.getElementById('root') as HTMLElement);

function Fatal({ children }: { children: ReactNode }) {
  return (
    <main className="fatal" role="alert">
      <h1>Dossier could not open its bundled dataset</h1>
      {children}
    </main>
  );
}

// Until the dataset's file is at hand, index.html's own status ("Opening What is MI6?…") stays in #root.
void loadBundledDatasets().then((failed) => {
  const opened =
    failed === null ? BUNDLED_DATASETS.find((d) => d.id === DEFAULT_DATASET_ID)?.open() : undefined;
  root.render(
    <StrictMode>
      <ErrorBoundary>
        {opened?.ok ? (
          // The canvas shares its Cytoscape instance with the Export menu (PNG, SVG) through this provider.
          <CanvasHandleProvider>
            <App initial={opened.open} />
          </CanvasHandleProvider>
        ) : failed !== null ? (
          <Fatal>
            <p>{failed}</p>
          </Fatal>
        ) : (
          <Fatal>
            <ul>
              {opened && !opened.ok && opened.problems.map((p, i) => <li key={i}>{formatProblem(p)}</li>)}
            </ul>
          </Fatal>
        )}
      </ErrorBoundary>
    </StrictMode>,
  );
});
