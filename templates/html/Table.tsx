/**
 * A table with caption, column headers (`scope="col"`) and optional row
 * headers (`scope="row"`), in a focusable scroll region so a wide table
 * works on a phone and with the keyboard.
 */
import type { TableNode } from '../../src/model/types.js';
import { Inlines } from './Blocks.js';
import { plainText } from '../../src/model/rules/walk.js';

/** `<table>`. */
export function Table({ node }: { node: TableNode }) {
  const align = (i: number) => node.align[i] ?? undefined;
  const label = node.caption ? plainText(node.caption) : undefined;
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table>
        {node.caption ? <caption><Inlines nodes={node.caption} /></caption> : null}
        <thead>
          <tr>
            {node.head.cells.map((cell, i) => (
              <th key={i} scope="col" style={align(i) ? { textAlign: align(i) } : undefined}><Inlines nodes={cell.children} /></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {node.body.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, i) => {
                const style = align(i) ? { textAlign: align(i) } : undefined;
                return cell.header
                  ? <th key={i} scope="row" style={style}><Inlines nodes={cell.children} /></th>
                  : <td key={i} style={style}><Inlines nodes={cell.children} /></td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
