/** The HTML half of the template set. */
import type { HtmlTemplates } from '../../src/render/template-set.js';
import { IssuePage } from './IssuePage.js';
import { blocks, inlines } from './handlers.js';
import { stylesheet } from './stylesheet.js';

/** HTML templates of the newsletter. */
export const html: HtmlTemplates = { Issue: IssuePage, blocks, inlines, stylesheet };
