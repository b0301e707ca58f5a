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
      --progress      show how far the layout and drawing are from their
                      start (by default only steps that take over a second)
      --json          print messages and results as JSON on stdout
      --debug         show the stack trace of internal errors
      --no-color      plain output
`,
  check: `Usage: blattwerk check <issue-folder | file.pdf | file.html>... [options]

Builds each issue folder into <out>/<slug>/ and checks what was written:
the PDF against PDF/UA (Matterhorn Protocol), and index.html with pa11y
(HTML_CodeSniffer and axe, WCAG2AA), axe-core (WCAG 2.0-2.2 A and AA, best
practices) and a keyboard walk, in the system's Chromium: CHROME_PATH, else
/usr/bin/chromium (install: apt-get install -y chromium). No browser is
downloaded. A PDF or HTML file, from Blattwerk or made elsewhere, is
checked as it is (a PDF needs no browser).

Exit codes: 0 no findings, 1 content errors or findings, 2 a check could
not run (e.g. no Chromium) or a usage error.

Options:
  -o, --out <dir>     output folder (default: output)
  -q, --quiet         print only errors and findings
      --json          print the reports as JSON on stdout
      --debug         show the stack trace of internal errors
      --no-color      plain output
`,
  preview: `Usage: blattwerk preview <issue-folder> [options]

Serves a live preview of the issue: the HTML page and the PDF side by side,
the PDF's reading order and the accessibility findings. Every change to the
issue, its images, the templates or the fonts rebuilds it into
<out>/<slug>/; a broken edit shows its message on the page and the last
good outputs stay. Listens on 127.0.0.1 only, unless --host says otherwise.
Press Ctrl-C to stop.

Options:
  -p, --port <n>      port to try first (default 4321; the next free one is used)
      --host <addr>   address to listen on (default 127.0.0.1); another one
                      makes the preview reachable from the network
  -o, --out <dir>     output folder (default: output)
      --no-checks     do not run the accessibility checks after each build
      --debug         show the stack trace of internal errors
      --no-color      plain output
`,
} as const;

/** The overview printed by `blattwerk --help`. */
export function usage(): string {
  return `Blattwerk: newsletter issues (YAML + Markdown) to an accessible PDF and HTML.

Usage: blattwerk <command> [options]

Commands:
  build <issue-folder>...   build the HTML and the PDF
  check <issue-folder>...   build, then check the PDF and the HTML for accessibility
                            (or check a given .pdf or .html file)
  preview <issue-folder>    live preview of the HTML and the PDF while you edit

Run \`blattwerk help <command>\` for a command's options.
The issue format: docs/authoring.md
`;
}

/** The help of one command. */
export function commandHelp(name: keyof typeof texts): string {
  return texts[name];
}
