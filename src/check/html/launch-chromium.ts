/**
 * Starts the system Chromium headless through puppeteer (the copy pa11y
 * depends on, so pa11y and Blattwerk drive the same browser). One browser
 * serves every page of a check run.
 */
import { createRequire } from 'node:module';
import type { Browser, PuppeteerNode } from 'puppeteer';

/** The flags Chromium runs with: headless, no sandbox (root in containers), no network chatter. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** `require` as pa11y sees it: resolves pa11y's own puppeteer and axe-core. */
export const requireFromPa11y = createRequire(createRequire(import.meta.url).resolve('pa11y'));

/** Launches Chromium from `executablePath` with a fresh profile; rejects when it cannot start. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const puppeteer = requireFromPa11y('puppeteer') as PuppeteerNode;
  return puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs], timeout: 30_000 });
}
