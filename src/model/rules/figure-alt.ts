/**
 * Alternative text: every informative picture (figure, Markdown image,
 * portrait) needs a description; decorative ones are hidden instead. Also
 * warns about alt texts that do not help (file names, "Bild von …", a copy of
 * the caption, very long ones).
 */
import type { Issue, Source } from '../types.js';
import type { RuleContext } from './index.js';
import { eachBlock, plainText } from './walk.js';

/** Where the picture was written: a `:::figure`, a Markdown image `![…](…)`, or a portrait in the front matter. */
type Kind = 'figure' | 'image' | 'portrait';

const missingNote: Record<Kind, string> = {
  figure: 'describe the picture in a sentence, e.g. `alt="Staatssekretär Kai Klose auf dem Podium"`, or write `decorative` if it carries no information',
  image: 'describe the picture between the brackets, e.g. `![Staatssekretär Kai Klose auf dem Podium](images/klose.jpg)`',
  portrait: 'add a line `alt: "Porträt von …"` under `portrait:`, indented like `src:`',
};

const emptyNote: Record<Kind, string> = {
  figure: 'write what the picture shows, or mark a purely decorative picture with `decorative` instead of an empty alt',
  image: 'write what the picture shows between the brackets: `![Was das Bild zeigt](…)`; a purely decorative picture is written `:::figure{src="…" decorative}`',
  portrait: 'write who the portrait shows, e.g. `alt: "Porträt von Erika Muster"`',
};

const redundantStart = /^(bild|foto|grafik|abbildung|image|picture|photo)( von| of|:)\s/i;

/** Checks alt text of every picture in the issue. */
export function figureAlt(issue: Issue, context: RuleContext): void {
  const check = (alt: string | undefined, caption: string, source: Source, what: Kind): void => {
    if (alt === undefined) {
      context.error(source, `Missing alt text on ${what === 'portrait' ? 'portrait' : 'figure'}, expected ${what === 'portrait' ? '`alt: …`' : '`alt="…"`'} that says what the picture shows`, 'alt-missing', {
        note: missingNote[what],
      });
      return;
    }
    if (alt.trim() === '') {
      context.error(source, `Unexpected ${alt === '' ? 'empty' : 'blank'} alt text on ${what === 'portrait' ? 'portrait' : 'figure'}, expected a description of the picture`, 'alt-empty', {
        note: emptyNote[what],
      });
      return;
    }
    const text = alt.trim();
    if (/\.(jpe?g|png|gif|webp|tiff?)$/i.test(text) || /^(img|dsc|image|bild)[-_ ]?\d+/i.test(text)) {
      context.warn(source, `Unexpected file name as alt text (\`${text}\`), expected a description of the picture`, 'alt-filename');
    } else if (redundantStart.test(text)) {
      context.warn(source, 'Unexpected “Bild von …” at the start of the alt text; screen readers already say it is a picture', 'alt-redundant');
    }
    if (caption !== '' && text.toLowerCase() === caption.trim().toLowerCase()) {
      context.warn(source, 'Unexpected alt text equal to the caption; screen-reader users would hear it twice', 'alt-caption', {
        note: 'describe what the picture shows; the caption says what it means',
      });
    }
    if (text.length > 300) {
      context.warn(source, `Unexpected alt text of ${text.length} characters, expected at most 300`, 'alt-long', {
        note: 'long descriptions are tiring to listen to; move details into the caption or the text',
      });
    }
  };

  for (const article of issue.articles) {
    const { portrait } = article;
    if (portrait) check(portrait.altSource === undefined ? undefined : portrait.alt, '', portrait.altSource ?? portrait.source, 'portrait');
    eachBlock(article, (block) => {
      if (block.type === 'figure' && !block.decorative) check(block.alt, plainText(block.caption), block.source, block.markdown === true ? 'image' : 'figure');
    });
  }
}
