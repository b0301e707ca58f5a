/** The status line: what the preview is doing and how long the last build took. */
import type { PreviewState } from '../state.js';
import type { Phase } from './use-preview-state.js';

const words: Record<Phase, string> = {
  connecting: 'Connecting…',
  building: 'Building…',
  html: 'HTML updated, building the PDF…',
  pdf: 'Up to date',
  error: 'Not built: the panes show the last good build',
  checks: 'Up to date',
};

/** Renders the status of `state`. */
export function StatusBar({ state, phase, connected }: { state: PreviewState | undefined; phase: Phase; connected: boolean }) {
  const facts: string[] = [];
  if (state?.html) facts.push(`HTML ${Math.round(state.html.ms)} ms`);
  if (state?.pdf) facts.push(`PDF ${Math.round(state.pdf.ms)} ms`, `${state.pdf.pages} ${state.pdf.pages === 1 ? 'page' : 'pages'}`, `${Math.round(state.pdf.bytes / 1024)} KB`);
  if (state?.summary && state.status !== 'error') facts.push(state.summary);
  return (
    <p className={`status status-${connected ? phase : 'offline'}`} role="status">
      <span className="status-phase">{connected ? words[phase] : 'Disconnected: is the preview still running?'}</span>
      {facts.length > 0 && <span className="status-facts">{facts.join(' · ')}</span>}
    </p>
  );
}
