import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { Editor } from '@tiptap/core'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { TeamMember } from '../../../src-main/shared/team/team-member-schema'
import { verifyTeamSession } from '../team/team-session'
import type { LiveDocument, LiveStatus } from './live-collaboration'
import { createLiveSocket, openLiveDocument } from './live-collaboration'

/** How long the page's live socket outlives its last section (switching sections keeps it). */
const socketLingerMs = 2000
/** At most one session check per this long while the connection keeps dropping. */
const sessionCheckMs = 10000

let shared: { socket: HocuspocusProviderWebsocket; users: number; closing?: number } | undefined
let lastSessionCheck = 0

/** The team server's WebSocket endpoint on the page's own origin. */
function liveSocketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`
}

/** The page's one live socket, shared by the sections open on it; release it when done. */
function acquireSocket(): { socket: HocuspocusProviderWebsocket; release: () => void } {
  if (shared?.closing !== undefined) {
    clearTimeout(shared.closing)
    shared.closing = undefined
  }
  shared ??= { socket: createLiveSocket(liveSocketUrl()), users: 0 }
  const entry = shared
  entry.users += 1
  return {
    socket: entry.socket,
    release: () => {
      entry.users -= 1
      if (entry.users > 0) {
        return
      }
      entry.closing = window.setTimeout(() => {
        entry.socket.destroy()
        if (shared === entry) {
          shared = undefined
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
 * it is opened); left when the section unmounts.
 */
export function useLiveDocument(
  sectionId: number,
  user: TeamMember | undefined,
): LiveDocument | undefined {
  const [live, setLive] = useState<LiveDocument>()
  const signedIn = user !== undefined
  useEffect(() => {
    if (!signedIn) {
      return undefined
    }
    const { socket, release } = acquireSocket()
    const opened = openLiveDocument({ socket, sectionId, onDisconnect: checkSession })
    setLive(opened)
    return () => {
      setLive(undefined)
      opened.destroy()
      release()
    }
  }, [sectionId, signedIn])
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
