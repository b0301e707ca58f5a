/**
 * The "Accessibility" panel: the findings of the checks on the last good
 * build, each with its place in the source (`file:line:column`) where the
 * finding knows it, and a way to show it in the HTML or the PDF pane.
 */
import type { ChecksState, Finding } from '../state.js';

/** Props of the accessibility panel. */
export interface AccessibilityPanelProps {
  checks: ChecksState;
  onSelector(selector: string): void;
  onPage(page: number): void;
}

const statusWords: Record<ChecksState['status'], string> = {
  waiting: 'The checks run after the first build.',
  running: 'Checking…',
  done: '',
  unavailable: 'The checks are not available.',
  failed: 'The checks failed.',
};

/** Lists the findings. */
export function AccessibilityPanel({ checks, onSelector, onPage }: AccessibilityPanelProps) {
  const intro = checks.status === 'done' ? `${checks.findings.length === 0 ? 'No findings' : `${checks.findings.length} ${checks.findings.length === 1 ? 'finding' : 'findings'}`} (build ${checks.build}).` : statusWords[checks.status];
  return (
    <div className="accessibility">
      <p className="panel-hint">{intro}{checks.status === 'running' && checks.findings.length > 0 ? ' Showing the findings of the previous build.' : ''}</p>
      {checks.note && <p className="panel-note">{checks.note}</p>}
      {checks.findings.length > 0 && (
        <ol className="findings">
          {checks.findings.map((finding, index) => (
            <FindingItem key={index} finding={finding} onSelector={onSelector} onPage={onPage} />
          ))}
        </ol>
      )}
    </div>
  );
}

function FindingItem({ finding, onSelector, onPage }: { finding: Finding; onSelector(selector: string): void; onPage(page: number): void }) {
  const place = finding.file === undefined ? undefined : [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
  return (
    <li className={`finding finding-${finding.severity}`}>
      <p className="finding-head">
        <span className="finding-severity">{finding.severity}</span> <span className="finding-checker">{finding.checker}</span>
        {finding.rule && <code className="finding-rule">{finding.rule}</code>}
      </p>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-places">
        {place ? <code className="finding-source" title="Where in the source">{place}</code> : <span className="finding-source-unknown">no source place</span>}
        {finding.selector && <button type="button" className="link-button" onClick={() => onSelector(finding.selector!)}>Show in HTML</button>}
        {finding.page !== undefined && <button type="button" className="link-button" onClick={() => onPage(finding.page!)}>Show page {finding.page}</button>}
      </p>
    </li>
  );
}
