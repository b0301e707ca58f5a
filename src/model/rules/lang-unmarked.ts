/**
 * Passages in another script without a language (WCAG 3.1.2 Language of
 * Parts, BITV 2.0): a screen reader reads unmarked text in its article's
 * language, so Arabic, Hebrew, Ethiopic, Cyrillic or Greek words in a German article
 * come out as noise, and the PDF cannot give right-to-left words in reading
 * order. A run of three letters or more of a script the surrounding language
 * is not written in, outside any `:lang`, gets a warning with the marking to
 * write.
 */
import type { Inline, Issue } from '../types.js';
import type { RuleContext } from './index.js';
import { eachBlock, inlinesOf } from './walk.js';

interface Script {
  name: string;
  /** A passage: letters of the script, with the spaces, joiners and punctuation between them (its source is used with the g flag). */
  passage: RegExp;
  letter: RegExp;
  /** Primary language subtags written in the script. */
  languages: ReadonlySet<string>;
  /** The tag to suggest, and how to write the other common ones. */
  suggest: string;
  others: string;
}

const scripts: readonly Script[] = [
  {
    name: 'Arabic',
    passage: /\p{Script=Arabic}[\p{Script=Arabic}\p{M}\s\u200c\u200d\u060c\u061b\u061f.,!?:-]*[\p{Script=Arabic}\p{M}]/u,
    letter: /\p{L}/gu,
    languages: new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'bal']),
    suggest: 'ar',
    others: 'for Persian (Farsi, Dari) write `code=fa`, for Urdu `code=ur`, for Pashto `code=ps`, for Kurdish (Sorani) `code=ckb`',
  },
  {
    name: 'Hebrew',
    passage: /\p{Script=Hebrew}[\p{Script=Hebrew}\p{M}\s.,!?:\u05be-]*[\p{Script=Hebrew}\p{M}]/u,
    letter: /\p{L}/gu,
    languages: new Set(['he', 'yi', 'lad']),
    suggest: 'he',
    others: 'for Yiddish write `code=yi`',
  },
  {
    name: 'Ethiopic',
    passage: /\p{Script=Ethiopic}[\p{Script=Ethiopic}\p{M}\s.,!?:-]*[\p{Script=Ethiopic}\p{M}]/u,
    letter: /\p{L}/gu,
    languages: new Set(['ti', 'am', 'tig', 'gez', 'byn', 'har']),
    suggest: 'ti',
    others: 'for Amharic write `code=am`, for Tigre `code=tig`',
  },
  {
    name: 'Cyrillic',
    passage: /\p{Script=Cyrillic}[\p{Script=Cyrillic}\p{M}\s.,!?:'’-]*[\p{Script=Cyrillic}\p{M}]/u,
    letter: /\p{L}/gu,
    languages: new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr', 'bs', 'kk', 'ky', 'tg', 'mn', 'ba', 'tt', 'cv', 'ce', 'os', 'ab']),
    suggest: 'ru',
    others: 'for Ukrainian write `code=uk`, for Bulgarian `code=bg`, for Serbian `code=sr`',
  },
  {
    name: 'Greek',
    passage: /\p{Script=Greek}[\p{Script=Greek}\p{M}\s.,!?:-]*[\p{Script=Greek}\p{M}]/u,
    letter: /\p{L}/gu,
    languages: new Set(['el', 'grc']),
    suggest: 'el',
    others: 'for Ancient Greek write `code=grc`',
  },
];

/** Any letter of the scripts above: most text has none, and is then not searched once per script. */
const anyScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** Each script's passage pattern with the g flag, made once (a Unicode property pattern takes long to compile). */
const passagesOf = new Map(scripts.map((script) => [script, new RegExp(script.passage.source, 'gu')]));

/** Fewer letters than this are a symbol or an abbreviation (α-Strahlen, Ω), not a passage to mark. */
const minLetters = 3;

/** Warns about passages in another script that no `:lang` marks. */
export function langUnmarked(issue: Issue, context: RuleContext): void {
  for (const article of issue.articles) {
    const walk = (inlines: readonly Inline[], lang: string): void => {
      for (const inline of inlines) {
        if (inline.type === 'lang') walk(inline.children, inline.lang);
        else if (inline.type === 'text') check(inline, lang);
        else if ('children' in inline) walk(inline.children, lang);
      }
    };
    const check = (text: Extract<Inline, { type: 'text' }>, lang: string): void => {
      if (!anyScript.test(text.value)) return;
      const primary = lang.split('-')[0]!.toLowerCase();
      for (const script of scripts) {
        if (script.languages.has(primary)) continue;
        const passages = [...text.value.matchAll(passagesOf.get(script)!)].map((match) => match[0]).filter((passage) => (passage.match(script.letter) ?? []).length >= minLetters);
        if (passages.length === 0) continue;
        const first = passages[0]!;
        const shown = first.length > 40 ? `${first.slice(0, 39)}…` : first;
        const more = passages.length > 1 ? ` (and ${passages.length - 1} more here)` : '';
        context.warn(text.source, `Unexpected ${script.name} text “${shown}”${more} without a language, expected it marked as \`:lang[${shown}]{code=${script.suggest}}\``, 'lang-unmarked', {
          note: `screen readers read unmarked text in the article's language and mispronounce it; ${script.others}`,
        });
      }
    };
    eachBlock(article, (block) => inlinesOf(block).forEach((inlines) => walk(inlines, article.lang)));
  }
}
