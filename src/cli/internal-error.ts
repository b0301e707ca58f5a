/** Reports a bug: a short message asking for a report, the stack only with --debug. Exit code 2. */

/** Prints an internal error and returns the exit code 2. */
export function internalError(error: unknown, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`blattwerk: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('This is a bug in Blattwerk, not in your content. Please report it with the issue folder attached; run again with --debug to see the details.\n');
  return 2;
}
