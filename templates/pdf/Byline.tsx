/**
 * Who wrote an article: a column says "Ansichten von <role> <name>" beside
 * the portrait; the editorial ends with the signature (portrait, name,
 * role). A short role goes before the name, a long one after it.
 */
import type { Article } from '../../src/model/types.js';
import { usePdf } from '../../src/render/pdf/environment.js';
import { Text, View } from '../../src/render/pdf/primitives.js';
import { Figure, P } from '../../src/render/pdf/tagging/components.js';
import { stringsFor } from '../strings.js';
import { colors } from '../tokens.js';
import { fonts, grid, styles } from './styles.js';
import { useRightToLeft } from './direction.js';

/** The author block of an article. */
export function Byline({ article }: { article: Article }) {
  const { image } = usePdf();
  const rtl = useRightToLeft();
  const flexDirection = rtl ? 'row-reverse' : 'row';
  const strings = stringsFor(article.lang);
  const source = article.portrait ? image(article.portrait.image) : undefined;
  const size = 5 * grid;
  const portrait = article.portrait && source
    ? <Figure src={source} alt={article.portrait.alt} width={size * 0.8} height={size} style={rtl ? { marginLeft: 8 } : { marginRight: 8 }} />
    : null;
  const shortRole = article.role !== undefined && article.role.length <= 24 && !article.role.includes(',');
  const name = { fontFamily: fonts.sans, fontWeight: 700 as const, color: colors.text };
  if (article.type === 'column') {
    return (
      <View style={{ flexDirection, alignItems: 'center', marginTop: grid / 2 }}>
        {portrait}
        <P style={[styles.small, { color: colors.text, fontSize: 8.5, lineHeight: '11pt' }]}>
          {strings.viewsOf}{' '}
          {shortRole ? <Text>{article.role} </Text> : null}
          <Text style={name}>{article.author ?? ''}</Text>
          {!shortRole && article.role ? <Text>, {article.role}</Text> : null}
        </P>
      </View>
    );
  }
  return (
    <View style={{ flexDirection, alignItems: 'center', marginTop: grid / 2 }} wrap={false}>
      {portrait}
      <View>
        {article.author ? <P style={[styles.paragraph, name]}>{article.author}</P> : null}
        {article.role ? <P style={styles.small}>{article.role}</P> : null}
      </View>
    </View>
  );
}
