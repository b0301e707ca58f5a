/** The preview page's entry: points pdf.js at its worker, served beside this bundle, and mounts the app. */
import { createRoot } from 'react-dom/client';
import { pdfjs } from 'react-pdf';
import { App } from './App.js';

pdfjs.GlobalWorkerOptions.workerSrc = '/client/pdf.worker.min.mjs';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
