/** How the CLI writes to the terminal: colour when it is a terminal and NO_COLOR is unset. */

/** Decides whether to colour output, from flags and the environment. */
export function useColor(values: Record<string, unknown>, stream: NodeJS.WriteStream = process.stderr): boolean {
  if (values['no-color'] === true) return false;
  if (values.color === true) return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Milliseconds as the progress lines show them. */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
