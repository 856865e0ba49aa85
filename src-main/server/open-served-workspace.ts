import { ensureWorkspaceFolder } from '../workspace/ensure-workspace-folder'
import type { LockHolder, WorkspaceLock } from '../workspace/workspace-lock'
import { takeWorkspaceLock } from '../workspace/workspace-lock'
import type { HandlerFactory, WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import { resolveWorkspaceFile } from '../workspace/start-workspace'

/** A workspace a server serves: its session, its lock, and how to stop both on a signal. */
export interface ServedWorkspace {
  session: WorkspaceSession
  lock: WorkspaceLock
  /** On SIGINT or SIGTERM: `closeServer`, then the session and the lock, then exit. */
  stopOnSignals: (closeServer: () => Promise<void>) => void
}

/** A port from the command line: 0 (any free one) when absent; throws for anything else. */
export function parsePort(value: string | undefined): number {
  const port = value === undefined ? 0 : Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${value}`)
  }
  return port
}

/**
 * Opens the workspace a server is started on (`--db`, or the default one) under its lock, the
 * way browser mode and the team server both do; a damaged file is moved aside and said so.
 */
export function openServedWorkspace(
  db: string | undefined,
  mode: LockHolder['mode'],
  createHandlers: HandlerFactory,
  recoveryHint: string,
): ServedWorkspace {
  const file = resolveWorkspaceFile(db)
  ensureWorkspaceFolder(file)
  const lock = takeWorkspaceLock(file, mode)
  let session: WorkspaceSession
  try {
    session = openWorkspaceSession(file, createHandlers)
  } catch (error) {
    lock.release()
    throw error
  }
  const { recovered } = session.status
  if (recovered) {
    console.error(
      `工作区文件已损坏（${recovered.problem}），已移到：${recovered.movedTo}（未删除）。${recoveryHint}`,
    )
  }
  const stopOnSignals = (closeServer: () => Promise<void>) => {
    const stop = () => {
      void closeServer()
        .then(() => session.close())
        .catch((error: unknown) => console.error('[dajuan] 关闭时出错：', error))
        .finally(() => {
          lock.release()
          process.exit(0)
        })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  }
  return { session, lock, stopOnSignals }
}
