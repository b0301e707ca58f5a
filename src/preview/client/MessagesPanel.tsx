/** The "Messages" panel: the warnings (and errors) of the last build, as the CLI prints them. */
import type { PreviewMessage } from '../state.js';

/** Lists the last build's messages. */
export function MessagesPanel({ messages, summary }: { messages: readonly PreviewMessage[]; summary: string }) {
  if (messages.length === 0) return <p className="panel-hint">The last build had no warnings.</p>;
  return (
    <div>
      {messages.map((message, index) => (
        <pre key={index} className={`message message-${message.severity}`}>{message.text}</pre>
      ))}
      <p>{summary}</p>
    </div>
  );
}
