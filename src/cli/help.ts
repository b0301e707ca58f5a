/** The help texts of the CLI. */

const texts = {
  build: `Usage: blattwerk build <issue-folder>... [options]

Builds each issue folder into <out>/<slug>/: index.html (with style.css,
fonts/ and images/) and <slug>.pdf. Nothing is written when the content has
errors; the previous output stays as it was.

Options:
  -o, --out <dir>     output folder (default: output)
      --only <what>   build only "html" or only "pdf"
      --bleed <len>   print-ready PDF with bleed and crop marks, e.g. 3mm
  -q, --quiet         print errors only, no progress or warnings
      --json          print messages and results as JSON on stdout
      --debug         show the stack trace of internal errors
      --no-color      plain output
`,
  check: `Usage: blattwerk check <issue-folder> [options]

Builds the issue and checks both outputs for accessibility: the PDF against
the PDF/UA-1 (Matterhorn Protocol) checkpoints, the HTML with pa11y
(HTML_CodeSniffer and axe, WCAG 2 AA) in a local Chromium.

Exit codes: 0 no findings, 1 findings or content errors, 2 the checks could
not run (e.g. no Chromium).

Options:
  -o, --out <dir>     output folder (default: output)
      --json          print the findings as JSON on stdout
  -q, --quiet         print findings only
`,
  preview: `Usage: blattwerk preview <issue-folder> [options]

Serves a live preview: the HTML and the PDF side by side, rebuilt on every
save, with the reading order of the PDF and the accessibility findings.

Options:
  -p, --port <n>      port (default: 4321)
      --host <addr>   address to listen on (default: 127.0.0.1, this computer only)
  -o, --out <dir>     output folder (default: output)
`,
} as const;

/** The overview printed by `blattwerk --help`. */
export function usage(): string {
  return `Blattwerk: newsletter issues (YAML + Markdown) to an accessible PDF and HTML.

Usage: blattwerk <command> [options]

Commands:
  build <issue-folder>...   build the HTML and the PDF
  check <issue-folder>      build, then check both outputs for accessibility
  preview <issue-folder>    live preview in the browser while you write

Run \`blattwerk help <command>\` for a command's options.
The issue format: docs/authoring.md
`;
}

/** The help of one command. */
export function commandHelp(name: keyof typeof texts): string {
  return texts[name];
}
