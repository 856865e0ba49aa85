import type { IncomingMessage } from 'node:http'
import type { Connection, Document, Extension } from '@hocuspocus/server'
import { Hocuspocus } from '@hocuspocus/server'
import type { WebSocket } from 'ws'
import { AppError } from '../shared/errors/app-error'
import type { TeamCaller } from '../shared/team/team-caller'
import type { SectionPresence } from '../shared/team/team-member-schema'
import type { Workspace } from '../workspace/workspace'
import { createLiveDocumentStore } from './live-document-store'
import { liveSectionScope } from './section-write-access'

/** What the team server knows of a live connection when it lets its WebSocket in. */
export interface LiveConnectionContext {
  caller: TeamCaller
  /** The SHA-256 of the session cookie that let it in, so logging out can close it. */
  sessionHash: string
}

export interface LiveCollaborationOptions {
  workspace: () => Workspace
  /** Quiet time after an edit before the section is stored as a revision. */
  debounceMs?: number
  /** The longest a live document goes unstored while edits keep coming. */
  maxDebounceMs?: number
  /** More Hocuspocus extensions (Redis, to share live documents between servers). */
  extensions?: Extension[]
}

/** The Hocuspocus document name of a section's live document. */
export function sectionDocumentName(sectionId: number): string {
  return `section:${sectionId}`
}

function sectionIdOf(documentName: string): number | undefined {
  const match = /^section:([1-9]\d{0,15})$/.exec(documentName)
  return match ? Number(match[1]) : undefined
}

/** The Yjs origin Hocuspocus's Redis extension gives updates from other servers. */
const redisOrigin = '__hocuspocus__redis__origin__'

/** The WebSocket close code that makes a provider reconnect and authenticate afresh. */
const rescopeCloseCode = 4000

/**
 * Live section documents on Hocuspocus: who may open which (and read-only or not), loading and
 * storing them through the live document store, every update on disk before Hocuspocus
 * acknowledges it, and what the team server needs around contract calls (presence, storing
 * before a call, taking in what a call changed, closing connections whose scope changed).
 */
export function createLiveCollaboration(options: LiveCollaborationOptions) {
  const store = createLiveDocumentStore(options.workspace)

  const persistence: Extension = {
    extensionName: 'dajuan-live-documents',
    async onAuthenticate({ documentName, context, connectionConfig }) {
      const caller = (context as Partial<LiveConnectionContext>).caller
      const sectionId = sectionIdOf(documentName)
      if (!caller || sectionId === undefined) {
        throw { reason: 'permission-denied' }
      }
      try {
        const { scope } = liveSectionScope(options.workspace(), caller, sectionId)
        connectionConfig.readOnly = scope === 'readonly'
      } catch (error) {
        throw { reason: error instanceof AppError ? error.message : 'permission-denied' }
      }
    },
    async onLoadDocument({ documentName }) {
      return store.load(sectionIdOf(documentName)!)
    },
    async afterLoadDocument({ documentName, document }) {
      const sectionId = sectionIdOf(documentName)!
      // Runs inside the Yjs transaction that applies a client's update, before Hocuspocus sends
      // the acknowledgement: an acknowledged update is on disk.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === redisOrigin) {
          return
        }
        try {
          store.appendUpdate(sectionId, update)
        } catch (error) {
          console.error(`[dajuan] 栏目 ${sectionId} 的编辑未能写入磁盘，断开该连接：`, error)
          // Hocuspocus would acknowledge it anyway; a closed socket sends no acknowledgement,
          // and the client sends the edit again when it reconnects.
          ;(origin as Partial<Connection> | undefined)?.webSocket?.terminate?.()
        }
      })
    },
    async onStoreDocument({ documentName, document }) {
      store.store(sectionIdOf(documentName)!, document)
    },
  }

  const hocuspocus = new Hocuspocus({
    name: 'dajuan-team',
    quiet: true,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 10000,
    extensions: [...(options.extensions ?? []), persistence],
  })

  const loaded = (): { sectionId: number; document: Document }[] =>
    [...hocuspocus.documents.values()].flatMap((document) => {
      const sectionId = sectionIdOf(document.name)
      return sectionId === undefined || document.isLoading ? [] : [{ sectionId, document }]
    })

  const contextOf = (connection: Connection) => connection.context as LiveConnectionContext

  const closeWhere = (matches: (sectionId: number, connection: Connection) => boolean) => {
    for (const { sectionId, document } of loaded()) {
      for (const connection of document.getConnections()) {
        if (matches(sectionId, connection)) {
          connection.webSocket.close(rescopeCloseCode, 'scope changed')
        }
      }
    }
  }

  const reportOf = (sectionId: number) => options.workspace().sections.get(sectionId)?.reportId

  return {
    hocuspocus,
    /** The live documents Hocuspocus has in memory, by section. */
    loadedSections: () => loaded().map(({ sectionId }) => sectionId),
    /** Lets an upgraded WebSocket in, as the account its session cookie names. */
    handleConnection(socket: WebSocket, request: IncomingMessage, context: LiveConnectionContext) {
      hocuspocus.handleConnection(socket, request, context)
    },
    /** Who has which section of a report open live, each account once per section. */
    presence(reportId: number): SectionPresence[] {
      return loaded()
        .filter(({ sectionId }) => reportOf(sectionId) === reportId)
        .map(({ sectionId, document }) => {
          const members = new Map<number, { name: string; role: TeamCaller['role'] }>()
          for (const connection of document.getConnections()) {
            const { caller } = contextOf(connection)
            members.set(caller.userId, { name: caller.name, role: caller.role })
          }
          return { sectionId, members: [...members.values()] }
        })
        .filter((entry) => entry.members.length > 0)
        .sort((a, b) => a.sectionId - b.sectionId)
    },
    /** Closes the live connections to a report's sections, so they reconnect with a new scope. */
    rescopeReport(reportId: number): void {
      closeWhere((sectionId) => reportOf(sectionId) === reportId)
    },
    /** Closes the live connections to one section, so they reconnect with a new scope. */
    rescopeSection(sectionId: number): void {
      closeWhere((connected) => connected === sectionId)
    },
    /** Closes the live connections a session opened (its holder logged out). */
    closeSession(sessionHash: string): void {
      closeWhere((_sectionId, connection) => contextOf(connection).sessionHash === sessionHash)
    },
    /** Stores every live document with edits not stored yet: a contract call then sees them. */
    storePending(): void {
      for (const { sectionId, document } of loaded()) {
        if (hocuspocus.debouncer.isDebounced(`onStoreDocument-${document.name}`)) {
          store.store(sectionId, document)
        }
      }
    },
    /**
     * Takes into each live document the stored text a contract call changed (a restored
     * revision, a roll forward…), as one Yjs change that clients see; returns those sections.
     */
    takeStoredChanges(): number[] {
      const changed: number[] = []
      for (const { sectionId, document } of loaded()) {
        const caller = { userId: 0, name: '', role: 'admin' } as const
        try {
          liveSectionScope(options.workspace(), caller, sectionId)
        } catch {
          // Trashed, or gone with a restored backup: its connections are refused from now on.
          closeWhere((connected) => connected === sectionId)
          continue
        }
        if (store.isBehind(sectionId)) {
          store.store(sectionId, document)
          changed.push(sectionId)
        }
      }
      return changed
    },
    /** Stores what is loaded and closes every connection. */
    async close(): Promise<void> {
      for (const { sectionId, document } of loaded()) {
        store.store(sectionId, document)
      }
      hocuspocus.closeConnections()
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus })
    },
    store,
  }
}

export type LiveCollaboration = ReturnType<typeof createLiveCollaboration>
