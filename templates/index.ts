/**
 * The "Integration in Hessen" template set: the React templates of both
 * outputs, the fonts they use and the design tokens they share.
 */
import type { TemplateSet } from '../src/render/template-set.js';
import { html } from './html/index.js';
import { pdf } from './pdf/index.js';
import { fontsDir, loadFontManifest } from './fonts.js';

/** The default template set of Blattwerk. */
export function newsletterTemplates(): TemplateSet {
  return { name: 'newsletter', origin: { module: import.meta.url, factory: 'newsletterTemplates' }, fonts: loadFontManifest(fontsDir()), html, pdf };
}
