import type { AnyExtension } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { sectionFragment } from '../../../src-main/shared/team/section-fragment'
import { LiveAtomMarks } from './live-atom-marks'

/** The Hocuspocus document of a section, as the team server names it. */
export function liveDocumentName(sectionId: number): string {
  return `section:${sectionId}`
}

/**
 * What the save label shows in team mode: synced (nothing unsent), syncing (edits on their way,
 * or the document is being opened), offline (edits kept in this page until the server is back).
 */
export type LiveSyncState = 'synced' | 'syncing' | 'offline'

export interface LiveStatus {
  sync: LiveSyncState
  /** The document has come from the server once: the editor may be edited from then on. */
  loaded: boolean
  /** The server allows reading only (a reviewer, a section assigned to others, a locked report). */
  readonly: boolean
}

/** A section's live document: its Y.Doc, the connection to the team server, and their state. */
export interface LiveDocument {
  readonly ydoc: Y.Doc
  readonly provider: HocuspocusProvider
  readonly status: () => LiveStatus
  /** Calls `listener` whenever `status()` changed; the returned function stops that. */
  readonly subscribe: (listener: () => void) => () => void
  /** Whether edits made here have not been acknowledged by the server yet (typed offline, say). */
  unsent(): boolean
  /** Leaves the document (the socket stays for the page's other sections). */
  destroy(): void
}

/** How often a dropped connection tries again: soon at first, then every 5 s, without end. */
const reconnect = { delay: 500, minDelay: 500, maxDelay: 5000, maxAttempts: 0, timeout: 0 }
/** After the server closed a document on an open connection (new rights), join it again. */
const rejoinDelayMs = 300

/**
 * A connection to the team server's live documents (`ws(s)://host/collab`), which the sections
 * open on the page share. A dropped connection is retried without end. `webSocket` is a
 * WebSocket class where there is no global one (Node in tests).
 */
export function createLiveSocket(url: string, webSocket?: unknown): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    ...reconnect,
    ...(webSocket ? { WebSocketPolyfill: webSocket } : {}),
  })
}

export interface LiveDocumentOptions {
  socket: HocuspocusProviderWebsocket
  sectionId: number
  /** The connection dropped: the page may check whether the session is still valid. */
  onDisconnect?: () => void
}

type Connection = 'connecting' | 'connected' | 'disconnected'

/**
 * Opens a section's live document over a live socket. The session cookie authenticates the
 * connection (the token is a placeholder the server ignores); the server decides the scope. The
 * edits made while the connection is down stay in the Y.Doc and merge when it is back. When the
 * server closes the document while the connection stays open (a lock or an assignment changed),
 * the document is joined again to get its new scope.
 */
export function openLiveDocument({
  socket,
  sectionId,
  onDisconnect,
}: LiveDocumentOptions): LiveDocument {
  const ydoc = new Y.Doc()
  const listeners = new Set<() => void>()
  let connection = socket.status as Connection
  let wentOffline = connection === 'disconnected'
  let loaded = false
  let readonly = false
  let authenticatedSinceClose = false
  let destroyed = false
  let current: LiveStatus = { sync: 'syncing', loaded, readonly }

  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: liveDocumentName(sectionId),
    document: ydoc,
    token: 'cookie',
  })

  const computeStatus = (): LiveStatus => {
    let sync: LiveSyncState = 'syncing'
    if (connection !== 'connected' && wentOffline) {
      sync = 'offline'
    } else if (connection === 'connected' && provider.isSynced && !provider.hasUnsyncedChanges) {
      sync = 'synced'
    }
    return { sync, loaded, readonly }
  }
  const notify = () => {
    const next = computeStatus()
    if (
      next.sync === current.sync &&
      next.loaded === current.loaded &&
      next.readonly === current.readonly
    ) {
      return
    }
    current = next
    listeners.forEach((listener) => listener())
  }

  provider.on('status', ({ status }: { status: Connection }) => {
    connection = status
    if (status === 'disconnected') {
      wentOffline = true
    }
    if (status === 'connected') {
      wentOffline = false
    }
    notify()
  })
  provider.on('authenticated', ({ scope }: { scope: string }) => {
    authenticatedSinceClose = true
    readonly = scope === 'readonly'
    notify()
  })
  provider.on('synced', () => {
    loaded = true
    notify()
  })
  provider.on('unsyncedChanges', notify)
  provider.on('disconnect', () => onDisconnect?.())
  provider.on('close', () => {
    const rejoin = authenticatedSinceClose
    authenticatedSinceClose = false
    notify()
    if (!rejoin) {
      return
    }
    setTimeout(() => {
      if (!destroyed && socket.status === 'connected' && !provider.isAuthenticated) {
        void provider.sendToken().then(() => provider.startSync())
      }
    }, rejoinDelayMs)
  })
  provider.attach()

  return {
    ydoc,
    provider,
    status: () => current,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    unsent: () => provider.hasUnsyncedChanges,
    destroy() {
      destroyed = true
      listeners.clear()
      provider.destroy()
      ydoc.destroy()
    },
  }
}

/** The colours of other people's carets; each account always gets the same one. */
const caretColours = [
  '#2557a7',
  '#b3261e',
  '#1e7b4a',
  '#8a4fb3',
  '#c26a00',
  '#00838f',
  '#ad1457',
  '#5d6b00',
]

/** An account's caret colour (`#rrggbb`, which the caret extension requires). */
export function caretColour(userId: number): string {
  return caretColours[Math.abs(userId) % caretColours.length]
}

/**
 * The editor's extensions bound to a live document: the Y.Doc's 'default' fragment replaces the
 * section's stored content, Yjs' undo replaces the editor's own history (per person: Ctrl+Z takes
 * back only one's own edits), figure marks travel as attributes (LiveAtomMarks), and with a
 * provider and a user the others see this person's named caret.
 */
export function withLiveCollaboration(
  extensions: AnyExtension[],
  ydoc: Y.Doc,
  caret?: { provider: HocuspocusProvider; user: { id: number; name: string } },
): AnyExtension[] {
  const local = extensions.map((extension) =>
    extension.name === 'starterKit' ? extension.configure({ undoRedo: false }) : extension,
  )
  return [
    ...local,
    Collaboration.configure({ document: ydoc, field: sectionFragment }),
    LiveAtomMarks,
    ...(caret
      ? [
          CollaborationCaret.configure({
            provider: caret.provider,
            user: { name: caret.user.name, color: caretColour(caret.user.id) },
          }),
        ]
      : []),
  ]
}
