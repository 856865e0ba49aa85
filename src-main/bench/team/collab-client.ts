import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { sectionFragment } from '../../shared/team/section-fragment'

/** A Node client of a live section: its Y.Doc and the provider keeping it in step with a server. */
export interface CollabClient {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** Appends text at the end of the document's first text run, as a keystroke in the editor does. */
  type: (text: string) => void
  /** The document's whole text. */
  text: () => string
  close: () => void
}

/** The first XmlText of a fragment, depth first (a paragraph's text run). */
function firstText(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText | undefined {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      return child
    }
    if (child instanceof Y.XmlElement) {
      const found = firstText(child)
      if (found) {
        return found
      }
    }
  }
  return undefined
}

function allText(parent: Y.XmlFragment | Y.XmlElement): string {
  return parent
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText
        ? child.toString().replace(/<[^>]*>/g, '')
        : child instanceof Y.XmlElement
          ? allText(child)
          : '',
    )
    .join('')
}

/**
 * Connects a client the way the editor's provider does: a WebSocket (with the session cookie a
 * browser would send), the section's document name, synced before it resolves.
 */
export async function connectCollabClient(options: {
  url: string
  name: string
  cookie?: string
  origin?: string
}): Promise<CollabClient> {
  const headers: Record<string, string> = {}
  if (options.cookie) {
    headers.Cookie = options.cookie
  }
  if (options.origin) {
    headers.Origin = options.origin
  }
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers })
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: HeaderWebSocket,
  })
  const doc = new Y.Doc()
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: doc,
    token: 'cookie',
  })
  // A provider given its socket does not attach itself.
  provider.attach()
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync for ${options.name}`)), 15_000)
    provider.on('synced', () => {
      clearTimeout(timer)
      resolve()
    })
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer)
      reject(new Error(`refused: ${reason}`))
    })
  })
  const fragment = doc.getXmlFragment(sectionFragment)
  return {
    doc,
    provider,
    type: (text) => {
      doc.transact(() => {
        let target = firstText(fragment)
        if (!target) {
          const paragraph = new Y.XmlElement('paragraph')
          target = new Y.XmlText()
          paragraph.insert(0, [target])
          fragment.insert(fragment.length, [paragraph])
        }
        target.insert(target.length, text)
      })
    },
    text: () => allText(fragment),
    close: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}
