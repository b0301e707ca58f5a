/** Renders a list of blocks through the template set's block components. */
import type { Block, Inline } from '../../src/model/types.js';
import { useHtml } from '../../src/render/html/environment.js';
import type { ComponentType } from 'react';

/** Each block by its component from the handler map. */
export function Blocks({ nodes }: { nodes: readonly Block[] }) {
  const { templates } = useHtml();
  return (
    <>
      {nodes.map((node, i) => {
        const Component = templates.blocks[node.type] as ComponentType<{ node: Block }>;
        return <Component key={i} node={node} />;
      })}
    </>
  );
}

/** Each inline node by its component from the handler map. */
export function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  const { templates } = useHtml();
  return (
    <>
      {nodes.map((node, i) => {
        const Component = templates.inlines[node.type] as ComponentType<{ node: Inline }>;
        return <Component key={i} node={node} />;
      })}
    </>
  );
}
