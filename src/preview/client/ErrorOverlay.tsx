/**
 * The overlay of a broken edit: every error as the CLI prints it
 * (`file:line:column`, the reason, the code frame, the hint). The panes
 * behind it keep the last good outputs; the next good build removes it.
 */
import { useState } from 'react';
import type { PreviewMessage } from '../state.js';

/** Shows the errors of the last build. */
export function ErrorOverlay({ messages, summary }: { messages: readonly PreviewMessage[]; summary: string }) {
  const [open, setOpen] = useState(true);
  const errors = messages.filter((message) => message.severity === 'error');
  if (!open) {
    return (
      <button type="button" className="overlay-badge" onClick={() => setOpen(true)}>
        Not built: {summary}. Show
      </button>
    );
  }
  return (
    <section className="overlay" role="alert" aria-labelledby="overlay-title">
      <div className="overlay-head">
        <h2 id="overlay-title">The issue does not build</h2>
        <button type="button" onClick={() => setOpen(false)}>Hide</button>
      </div>
      <p>The panes show the last good build. Fix the problem and save: this message goes away.</p>
      {errors.map((message, index) => (
        <pre key={index} className="overlay-message">{message.text}</pre>
      ))}
      <p className="overlay-summary">{summary}</p>
    </section>
  );
}
