/** Lengths given on the command line ("3mm", "0.125in", "8.5pt") in PDF points. */

const units: Record<string, number> = { mm: 72 / 25.4, cm: 720 / 25.4, in: 72, pt: 1, px: 0.75 };

/** Parses a length; undefined when it is not one. */
export function parseLength(text: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in|pt|px)?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  const unit = (match[2] ?? 'mm').toLowerCase();
  return value * units[unit]!;
}
