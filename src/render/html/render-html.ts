/**
 * The HTML renderer: runs the template set's HTML components through
 * react-dom/server and returns the page with its stylesheet, fonts and
 * images as output files. It reads only the model; it never imports the
 * PDF renderer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ImageRef, Issue } from '../../model/types.js';
import type { TemplateSet } from '../template-set.js';
import type { OutputFile } from '../../write/output-files.js';
import { HtmlContext, type HtmlEnvironment, type PdfDownload } from './environment.js';
import { imageRefs } from '../../assets/resolve-images.js';

/** What the HTML render needs beyond the model. */
export interface HtmlOptions {
  /** The PDF to offer for download, when it was built. */
  download?: PdfDownload | undefined;
}

const fontFileCache = new Map<string, Uint8Array>();

/** Drops the cached font files, so the next render reads them again (the preview does this when fonts/ changes). */
export function forgetFontFiles(): void {
  fontFileCache.clear();
}

/** Renders the issue's HTML page and its assets. */
export function renderHtml(issue: Issue, templates: TemplateSet, options: HtmlOptions = {}): OutputFile[] {
  const files: OutputFile[] = [];
  const urls = new Map<string, string>();
  for (const { ref } of imageRefs(issue)) {
    const asset = ref.asset;
    if (asset === undefined || urls.has(ref.src)) continue;
    const stem = path.basename(ref.src, path.extname(ref.src)).replace(/[^\w-]+/g, '-').slice(0, 40) || 'bild';
    const url = `images/${stem}-${asset.hash.slice(0, 8)}.${asset.format === 'jpeg' ? 'jpg' : 'png'}`;
    urls.set(ref.src, url);
    files.push({ path: url, data: asset.bytes });
  }

  const environment: HtmlEnvironment = {
    templates: templates.html,
    imageUrl: (ref: ImageRef) => urls.get(ref.src) ?? '',
    download: options.download,
    stylesheet: 'style.css',
  };
  const markup = renderToStaticMarkup(createElement(HtmlContext.Provider, { value: environment }, createElement(templates.html.Issue, { issue })));
  const page = `<!DOCTYPE html>\n${breakBlocks(markup)}\n`;

  // A face with a unicode-range ships only when the page (or the stylesheet's own text) has one of its characters.
  const shown = page + templates.html.stylesheet([]);
  const fonts = templates.fonts
    .filter((face) => face.unicodeRange === undefined || inRange(face.unicodeRange).test(shown))
    .map((face) => ({ face, url: `fonts/${path.basename(face.woff2)}` }));
  for (const { face, url } of fonts) {
    let data = fontFileCache.get(face.woff2);
    if (data === undefined) {
      data = readFileSync(face.woff2);
      fontFileCache.set(face.woff2, data);
    }
    files.push({ path: url, data });
  }
  files.push({ path: 'style.css', data: templates.html.stylesheet(fonts) });
  files.push({ path: 'index.html', data: page });
  return files;
}

const rangeTests = new Map<string, RegExp>();

/**
 * A test for any character of a CSS unicode-range (`U+0600-06FF, U+FB50-FDFF`, `U+05??`). A range it
 * cannot read matches everything, so its face ships as before.
 */
function inRange(unicodeRange: string): RegExp {
  let test = rangeTests.get(unicodeRange);
  if (test === undefined) {
    const classes: string[] = [];
    for (const part of unicodeRange.split(',').map((item) => item.trim())) {
      const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      if (match === null) {
        classes.length = 0;
        classes.push('\\s\\S');
        break;
      }
      const from = match[2] === undefined ? match[1]!.replace(/\?/g, '0') : match[1]!;
      const to = match[2] ?? match[1]!.replace(/\?/g, 'F');
      classes.push(`\\u{${from}}-\\u{${to}}`);
    }
    test = new RegExp(`[${classes.join('')}]`, 'u');
    rangeTests.set(unicodeRange, test);
  }
  return test;
}

const blockEnds = /(<\/(?:p|h[1-6]|li|ol|ul|dl|dt|dd|div|figcaption|figure|caption|table|thead|tbody|tr|th|td|blockquote|header|footer|nav|main|article|section|aside|pre|title|head)>|<br\/>|<hr\/>|<meta[^>]*\/>|<link[^>]*\/>)/g;

/** Puts a line break after each block element: readable source, and text tools that ignore the DOM still see word boundaries. */
function breakBlocks(markup: string): string {
  return markup.replace(blockEnds, '$1\n');
}
