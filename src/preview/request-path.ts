/**
 * Turns the path of a request for a built file into path segments that are
 * safe to join under the output folder, or refuses it. Refused: traversal
 * (`..`, also URL-encoded or encoded twice), backslashes, NUL and other
 * control characters, empty segments (a folder, never listed), hidden files.
 */

/** Longest request target accepted, in characters. */
export const maxUrlLength = 2048;

const maxDepth = 8;

/** The segments of `rawPath` (still URL-encoded, without the `/out/` prefix), or undefined when it is refused. */
export function outPathSegments(rawPath: string): string[] | undefined {
  if (rawPath === '' || rawPath.length > maxUrlLength) return undefined;
  if (/\\|%5c|%00|[\u0000-\u001f\u007f]/i.test(rawPath)) return undefined;
  const raw = rawPath.split('/');
  if (raw.length > maxDepth) return undefined;
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (!safeSegment(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function safeSegment(segment: string): boolean {
  if (segment === '' || segment.startsWith('.') || segment.length > 255) return false;
  // `%` left after decoding means the path was encoded twice; built files never have one in their name.
  return !/[/\\%:\u0000-\u001f\u007f]/.test(segment);
}
