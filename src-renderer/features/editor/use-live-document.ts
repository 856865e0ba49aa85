import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { Editor } from '@tiptap/core'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { verifyTeamSession } from '../team/team-session'
import type { LiveDocument, LiveStatus } from './live-collaboration'
import { createLiveSocket, openLiveDocument } from './live-collaboration'
import { createLiveDocumentPool } from './live-document-pool'

/** How long the page's live socket outlives its last section (switching sections keeps it). */
const socketLingerMs = 2000
/** At most one session check per this long while the connection keeps dropping. */
const sessionCheckMs = 10000

/** The page's live sockets by account: another account signing in gets its own connection. */
const sockets = new Map<
  number,
  { socket: HocuspocusProviderWebsocket; users: number; closing?: number }
>()
let lastSessionCheck = 0
/** The page's live documents: a section left with unsent edits stays connected until they arrive. */
const liveDocuments = createLiveDocumentPool<LiveDocument>()
let leavingGuarded = false

/**
 * Leaving the page (closing the tab or the desktop window, reloading) while edits have not reached
 * the server asks first: the browser's own prompt, or the desktop app's dialog.
 */
function guardLeavingWithUnsentEdits(): void {
  if (leavingGuarded) {
    return
  }
  leavingGuarded = true
  window.addEventListener('beforeunload', (event) => {
    if (liveDocuments.hasUnsent()) {
      event.preventDefault()
      event.returnValue = ''
    }
  })
}

/** The team server's WebSocket endpoint on the page's own origin. */
function liveSocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`
}

/** The account's live socket, shared by the sections open on the page; release it when done. */
function acquireSocket(userId: number): {
  socket: HocuspocusProviderWebsocket
  release: () => void
} {
  let entry = sockets.get(userId)
  if (!entry) {
    entry = { socket: createLiveSocket(liveSocketUrl()), users: 0 }
    sockets.set(userId, entry)
  }
  if (entry.closing !== undefined) {
    clearTimeout(entry.closing)
    entry.closing = undefined
  }
  entry.users += 1
  const acquired = entry
  return {
    socket: acquired.socket,
    release: () => {
      acquired.users -= 1
      if (acquired.users > 0) {
        return
      }
      acquired.closing = window.setTimeout(() => {
        acquired.socket.destroy()
        if (sockets.get(userId) === acquired) {
          sockets.delete(userId)
        }
      }, socketLingerMs)
    },
  }
}

/** A dropped connection may be an ended session: the sign-in page then covers the app. */
function checkSession(): void {
  const now = Date.now()
  if (now - lastSessionCheck >= sessionCheckMs) {
    lastSessionCheck = now
    void verifyTeamSession()
  }
}

/**
 * The section's live document while a team account is signed in (undefined otherwise, and until
 * it is opened); left when the section unmounts, once the server has every edit made in it.
 */
export function useLiveDocument(
  sectionId: number,
  user: TeamMember | undefined,
): LiveDocument | undefined {
  const [live, setLive] = useState<LiveDocument>()
  const userId = user?.id
  useEffect(() => {
    if (userId === undefined) {
      return undefined
    }
    guardLeavingWithUnsentEdits()
    const lease = liveDocuments.acquire(`${userId}:${sectionId}`, () => {
      const { socket, release } = acquireSocket(userId)
      const document = openLiveDocument({ socket, sectionId, onDisconnect: checkSession })
      return {
        document,
        close: () => {
          document.destroy()
          release()
        },
      }
    })
    setLive(lease.document)
    return () => {
      setLive(undefined)
      lease.release()
    }
  }, [sectionId, userId])
  return live
}

const idle: LiveStatus = { sync: 'synced', loaded: true, readonly: false }
const noSubscription = () => () => undefined
const idleStatus = () => idle

/** The live document's state (for the save label and whether the text may be edited). */
export function useLiveStatus(live: LiveDocument | undefined): LiveStatus {
  return useSyncExternalStore(
    live ? live.subscribe : noSubscription,
    live ? live.status : idleStatus,
  )
}

/** Whether a live section may be edited: once its document has arrived, unless read-only. */
export function liveEditable(status: LiveStatus): boolean {
  return status.loaded && !status.readonly
}

/** Keeps a live section's editor read-only until its document arrives, and while read-only. */
export function useLiveEditable(live: LiveDocument | undefined, editor: Editor): void {
  const editable = liveEditable(useLiveStatus(live))
  useEffect(() => {
    if (live && editor.isEditable !== editable) {
      editor.setEditable(editable, false)
    }
  }, [live, editor, editable])
}
