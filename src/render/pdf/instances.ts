/**
 * Turns PDF template elements into React-PDF's instance tree with the
 * renderer's own reconciler, so templates can use hooks and context.
 */
import type { ReactElement } from 'react';
import * as reactPdf from '@react-pdf/renderer';
import type { LayoutNode } from './layout-types.js';

interface Container { type: 'ROOT'; document: LayoutNode | null }
interface Renderer {
  createContainer(container: Container): unknown;
  updateContainer(element: ReactElement | null, mount: unknown, parent: null): void;
}
/** The reconciler factory @react-pdf/renderer exports at run time but leaves out of its type declarations. */
const createRenderer = (reactPdf as unknown as { createRenderer(options: object): Renderer }).createRenderer;
let renderer: Renderer | undefined;

/** Renders a DOCUMENT element to its instance tree (synchronously). */
export function toInstances(element: ReactElement): LayoutNode {
  renderer ??= createRenderer({});
  const container: Container = { type: 'ROOT', document: null };
  const mount = renderer.createContainer(container);
  renderer.updateContainer(element, mount, null);
  if (container.document === null) throw new Error('The PDF templates rendered no document');
  const document = container.document;
  renderer.updateContainer(null, mount, null);
  return document;
}
