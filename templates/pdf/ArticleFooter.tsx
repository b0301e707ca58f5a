/** What closes an article inside its columns: the editorial's signature and any footnotes. */
import type { Article } from '../../src/model/types.js';
import { View } from '../../src/render/pdf/primitives.js';
import { Lbl, LBody, LI, L, Note } from '../../src/render/pdf/tagging/components.js';
import { colors } from '../tokens.js';
import { Blocks } from './Blocks.js';
import { Byline } from './Byline.js';
import { useRowDirection } from './direction.js';
import { grid, styles } from './styles.js';

/** Signature and footnotes. */
export function ArticleFooter({ article }: { article: Article }) {
  const signature = article.type !== 'column' && (article.author !== undefined || article.portrait !== undefined);
  const flexDirection = useRowDirection();
  if (!signature && article.footnotes.length === 0) return null;
  return (
    <View>
      {signature ? <Byline article={article} /> : null}
      {article.footnotes.length > 0 ? (
        <L style={{ marginTop: grid / 2, borderTopWidth: 0.5, borderTopColor: colors.rule, paddingTop: 2 }}>
          {article.footnotes.map((note) => (
            <LI key={note.id} style={{ flexDirection }}>
              <Lbl style={[styles.small, { width: 10 }]}>{String(note.number)}</Lbl>
              <LBody style={{ flex: 1 }}><Note id={note.anchor}><View><Blocks nodes={note.children} /></View></Note></LBody>
            </LI>
          ))}
        </L>
      ) : null}
    </View>
  );
}
