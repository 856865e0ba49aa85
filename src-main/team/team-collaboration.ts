import type { IncomingMessage } from 'node:http'
import type { Extension } from '@hocuspocus/server'
import { Hocuspocus } from '@hocuspocus/server'
import { Redis } from '@hocuspocus/extension-redis'
import type WebSocket from 'ws'
import type * as Y from 'yjs'
import { isReportLocked } from '../review/report-lock'
import { AppError } from '../shared/errors/app-error'
import type { TeamCaller } from '../shared/team/team-caller'
import type { SectionPresence } from '../shared/team/team-member-schema'
import type { Workspace } from '../workspace/workspace'
import type { LiveDocumentStore } from './live-document-store'
import { storedTextOrigin } from './live-document-store'
import { createSectionAssignmentRepository } from './section-assignment-repository'

/** A live section's document name on the wire: `section:<id>`. */
export function sectionDocumentName(sectionId: number): string {
  return `section:${sectionId}`
}

/** The section id a document name stands for, or undefined for any other name. */
export function sectionIdOf(documentName: string): number | undefined {
  const match = /^section:([1-9]\d{0,15})$/.exec(documentName)
  const id = match ? Number(match[1]) : Number.NaN
  return Number.isSafeInteger(id) ? id : undefined
}

/**
 * Whether an account may only read a live section: a reviewer always (审核 does not rewrite), a
 * writer when the section is assigned to others, everyone while the report is locked by 终审.
 */
export function readsOnly(
  caller: TeamCaller,
  section: { reportId: number; assignedTo: number[]; locked: boolean },
): boolean {
  if (section.locked || caller.role === 'reviewer') {
    return true
  }
  return (
    caller.role === 'writer' &&
    section.assignedTo.length > 0 &&
    !section.assignedTo.includes(caller.userId)
  )
}

export interface TeamCollaborationOptions {
  /** The open workspace (a restored backup replaces it). */
  workspace: () => Workspace
  store: LiveDocumentStore
  /** Share live documents with other instances through Redis. */
  redis?: { host: string; port: number }
  /** Store a document after this long without edits (ms), or at the latest after maxDebounceMs. */
  debounceMs?: number
  maxDebounceMs?: number
}

/**
 * The live section documents of the team server, on Hocuspocus: each connection authorised by the
 * account the HTTP upgrade carried (scope by role, assignment and lock), every update logged to
 * the workspace before it is acknowledged, a revision stored per idle pause, and optionally Redis
 * to share documents between instances.
 */
export function createTeamCollaboration(options: TeamCollaborationOptions) {
  const { store } = options
  const sectionOf = (documentName: string) => {
    const id = sectionIdOf(documentName)
    const workspace = options.workspace()
    const section = id === undefined ? undefined : workspace.sections.get(id)
    if (!section || section.deletedAt || workspace.reports.get(section.reportId)?.deletedAt) {
      throw new AppError('section_not_found', { id: String(id ?? documentName).slice(0, 40) })
    }
    return section
  }

  const scopeAndPersistence: Extension = {
    extensionName: 'dajuan',
    async onAuthenticate({ context, documentName, connectionConfig }) {
      const caller = (context as { caller?: TeamCaller }).caller
      if (!caller) {
        throw new AppError('team_login_required')
      }
      const section = sectionOf(documentName)
      const workspace = options.workspace()
      connectionConfig.readOnly = readsOnly(caller, {
        reportId: section.reportId,
        assignedTo: createSectionAssignmentRepository(workspace.db).usersOf(section.id),
        locked: isReportLocked(workspace.db, section.reportId),
      })
      return { caller }
    },
    async onLoadDocument({ documentName }) {
      return store.load(sectionOf(documentName).id)
    },
    async afterLoadDocument({ documentName, document }) {
      const sectionId = sectionOf(documentName).id
      // Runs inside the apply of each incoming update, before Hocuspocus acknowledges it.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== storedTextOrigin) {
          store.appendUpdate(sectionId, update)
        }
      })
    },
    async onStoreDocument({ documentName, document }) {
      const id = sectionIdOf(documentName)
      if (id !== undefined) {
        store.store(id, document)
      }
    },
  }

  const extensions: Extension[] = [scopeAndPersistence]
  if (options.redis) {
    // Priority 1000: its lock decides which instance stores a document, before ours runs.
    extensions.unshift(new Redis({ host: options.redis.host, port: options.redis.port }))
  }
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
    extensions,
  })

  const liveSections = () =>
    [...hocuspocus.documents.entries()]
      .map(([name, document]) => ({ sectionId: sectionIdOf(name), name, document }))
      .filter(
        (entry): entry is { sectionId: number; name: string; document: typeof entry.document } =>
          entry.sectionId !== undefined,
      )

  return {
    hocuspocus,
    /** Takes a WebSocket whose upgrade request was authenticated as `caller`. */
    handleConnection(socket: WebSocket, request: IncomingMessage, caller: TeamCaller): void {
      hocuspocus.handleConnection(socket, request, { caller })
    },
    /** Who has each live section of a report open on this instance. */
    presence(reportId: number): SectionPresence[] {
      const workspace = options.workspace()
      return liveSections()
        .filter(({ sectionId }) => workspace.sections.get(sectionId)?.reportId === reportId)
        .map(({ sectionId, document }) => {
          const seen = new Map<number, { name: string; role: TeamCaller['role'] }>()
          for (const connection of document.getConnections()) {
            const caller = (connection.context as { caller?: TeamCaller }).caller
            if (caller) {
              seen.set(caller.userId, { name: caller.name, role: caller.role })
            }
          }
          return { sectionId, members: [...seen.values()] }
        })
        .filter((entry) => entry.members.length > 0)
    },
    /** Closes the connections of a report's live sections: clients reconnect with their new scope. */
    rescopeReport(reportId: number): void {
      const workspace = options.workspace()
      for (const { sectionId, name } of liveSections()) {
        if (workspace.sections.get(sectionId)?.reportId === reportId) {
          hocuspocus.closeConnections(name)
        }
      }
    },
    rescopeSection(sectionId: number): void {
      hocuspocus.closeConnections(sectionDocumentName(sectionId))
    },
    /**
     * Brings every loaded live document whose section's stored text changed by other means (a
     * restored revision, a roll-forward decision) up to it, as a Yjs change its clients receive.
     */
    catchUpStoredTexts(): void {
      for (const { sectionId, document } of liveSections()) {
        if (store.isBehind(sectionId)) {
          store.store(sectionId, document as unknown as Y.Doc)
        }
      }
    },
    /** Stores every live document, then closes all connections (the server is stopping). */
    async close(): Promise<void> {
      for (const { sectionId, document } of liveSections()) {
        store.store(sectionId, document as unknown as Y.Doc)
      }
      hocuspocus.closeConnections()
    },
  }
}

export type TeamCollaboration = ReturnType<typeof createTeamCollaboration>
