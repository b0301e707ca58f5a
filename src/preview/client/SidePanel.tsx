/** The side panel: tabs for the reading order, the accessibility findings and the build's messages. */
import { useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PreviewState } from '../state.js';
import { ReadingOrder } from './ReadingOrder.js';
import { AccessibilityPanel } from './AccessibilityPanel.js';
import { MessagesPanel } from './MessagesPanel.js';

type Tab = 'order' | 'accessibility' | 'messages';

/** Props of the side panel. */
export interface SidePanelProps {
  state: PreviewState;
  pdf: PDFDocumentProxy | undefined;
  onPage(page: number): void;
  onSelector(selector: string): void;
}

/** Renders the tabs and the chosen panel. */
export function SidePanel({ state, pdf, onPage, onSelector }: SidePanelProps) {
  const [tab, setTab] = useState<Tab>('order');
  const findings = state.checks.findings.length;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'order', label: 'Reading order' },
    { id: 'accessibility', label: `Accessibility${state.checks.status === 'done' || findings > 0 ? ` (${findings})` : ''}` },
    { id: 'messages', label: `Messages${state.messages.length > 0 ? ` (${state.messages.length})` : ''}` },
  ];
  return (
    <aside className="side" aria-label="Reading order, accessibility and messages">
      <div role="tablist" aria-label="Panels" className="tabs">
        {tabs.map(({ id, label }) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel" tabIndex={0}>
        {tab === 'order' && <ReadingOrder pdf={pdf} onPage={onPage} />}
        {tab === 'accessibility' && <AccessibilityPanel checks={state.checks} onSelector={onSelector} onPage={onPage} />}
        {tab === 'messages' && <MessagesPanel messages={state.messages} summary={state.summary} />}
      </div>
    </aside>
  );
}
