import { Node, mergeAttributes } from '@tiptap/core'

export interface ReportImageOptions {
  /** Where the renderer can load an asset from; exporters embed the bytes instead. */
  assetUrl: (assetId: number) => string
}

/** A photo stored in the workspace (assets table) with its caption and photo credit. */
export const ReportImage = Node.create<ReportImageOptions>({
  name: 'reportImage',
  group: 'block',
  atom: true,
  draggable: true,

  addOptions() {
    return { assetUrl: (assetId) => `asset:${assetId}` }
  },

  addAttributes() {
    return {
      assetId: {
        default: 0,
        parseHTML: (element: HTMLElement) => {
          const assetId = Number(element.getAttribute('data-asset-id') ?? 0)
          return Number.isSafeInteger(assetId) && assetId > 0 ? assetId : 0
        },
        renderHTML: (attrs: Record<string, unknown>) => ({
          'data-asset-id': String(attrs.assetId),
        }),
      },
      caption: {
        default: '',
        parseHTML: (element: HTMLElement) => element.querySelector('figcaption')?.textContent ?? '',
        renderHTML: () => ({}),
      },
      credit: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-credit') ?? '',
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-credit': String(attrs.credit) }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-asset-id]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const caption = [node.attrs.caption, node.attrs.credit ? `（${node.attrs.credit}）` : '']
      .filter(Boolean)
      .join('')
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { class: 'report-image' }),
      ['img', { src: this.options.assetUrl(Number(node.attrs.assetId)), alt: node.attrs.caption }],
      ['figcaption', {}, caption],
    ]
  },
})
