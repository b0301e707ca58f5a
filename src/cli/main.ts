/**
 * The command line: parses the command and its flags, then imports the
 * command's module lazily, so `--help` loads nothing else and `build --only
 * html` never loads the PDF engine. Exit codes: 0 done, 1 problems in the
 * content (or accessibility findings), 2 usage errors and internal errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usage, commandHelp } from './help.js';
import { internalError } from './internal-error.js';

/** Flags every command understands. */
const common = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const commands = {
  build: {
    options: { ...common, out: { type: 'string', short: 'o' }, only: { type: 'string' }, bleed: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, progress: { type: 'boolean' }, json: { type: 'boolean' } },
    run: async (values: Record<string, unknown>, positionals: string[]) => (await import('./build-command.js')).buildCommand(values, positionals),
  },
  check: {
    options: { ...common, out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' }, json: { type: 'boolean' } },
    run: async (values: Record<string, unknown>, positionals: string[]) => (await import('./check-command.js')).checkCommand(values, positionals),
  },
  preview: {
    options: { ...common, out: { type: 'string', short: 'o' }, port: { type: 'string', short: 'p' }, host: { type: 'string' }, 'no-checks': { type: 'boolean' } },
    run: async (values: Record<string, unknown>, positionals: string[]) => (await import('./preview-command.js')).previewCommand(values, positionals),
  },
} as const;

type CommandName = keyof typeof commands;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && topic in commands ? commandHelp(topic as CommandName) : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    const { version } = await import('./version.js');
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (!(name in commands)) {
    process.stderr.write(`blattwerk: unknown command \`${name}\`\n\n${usage()}`);
    return 2;
  }
  const command = commands[name as CommandName];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    process.stderr.write(`blattwerk ${name}: ${(error as Error).message}\n\n${commandHelp(name as CommandName)}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name as CommandName));
    return 0;
  }
  try {
    return await command.run(parsed.values, parsed.positionals);
  } catch (error) {
    return internalError(error, parsed.values.debug === true);
  }
}
