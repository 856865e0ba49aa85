import type { DocumentNode } from './document-json'

/**
 * Block content with each run of inline nodes that stands among the blocks (as hand-made or
 * older JSON can have) gathered into a paragraph, so an exporter only ever meets blocks here.
 */
export function wrapStrayInlines(
  nodes: DocumentNode[],
  isInline: (node: DocumentNode) => boolean,
): DocumentNode[] {
  const blocks: DocumentNode[] = []
  let run: DocumentNode[] = []
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node)
      continue
    }
    if (run.length > 0) {
      blocks.push({ type: 'paragraph', content: run })
      run = []
    }
    blocks.push(node)
  }
  if (run.length > 0) {
    blocks.push({ type: 'paragraph', content: run })
  }
  return blocks
}
