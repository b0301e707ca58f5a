/**
 * Renders blocks and inlines through the template set's PDF components.
 * Paragraphs that follow a paragraph get a first-line indent, the classic
 * way to mark a new paragraph without leaving the baseline grid.
 */
import type { ComponentType } from 'react';
import type { Block, Inline } from '../../src/model/types.js';
import { usePdf } from '../../src/render/pdf/environment.js';

/** Each block by its component from the handler map. */
export function Blocks({ nodes }: { nodes: readonly Block[] }) {
  const { templates } = usePdf();
  return (
    <>
      {nodes.map((node, i) => {
        const Component = templates.blocks[node.type] as ComponentType<{ node: Block; indent?: boolean }>;
        const indent = node.type === 'paragraph' && nodes[i - 1]?.type === 'paragraph';
        return <Component key={i} node={node} indent={indent} />;
      })}
    </>
  );
}

/** Each inline node by its component from the handler map. */
export function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  const { templates } = usePdf();
  return (
    <>
      {nodes.map((node, i) => {
        const Component = templates.inlines[node.type] as ComponentType<{ node: Inline }>;
        return <Component key={i} node={node} />;
      })}
    </>
  );
}
