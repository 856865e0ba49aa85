import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Result,
} from '../../src-main/contract/channels'
import { windowBridge } from './window-bridge'

const tokenKey = 'dajuan.token'

/**
 * The launch token from the address (#token=…), kept for this tab and traded once for the session
 * cookie that lets other tabs and bookmarks of the same address in; the token then leaves the
 * address bar. Resolves when that is done (at once when there is no token to show).
 */
function browserSession(): { token: string; ready: Promise<void> } {
  const match = /token=([\w-]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(tokenKey, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  const token = sessionStorage.getItem(tokenKey) ?? ''
  const ready = token
    ? fetch('/auth/session', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
        .then(() => undefined)
        .catch(() => undefined)
    : Promise.resolve()
  return { token, ready }
}

type Invoke = (
  channel: ChannelName,
  input: unknown,
  options?: { keepalive?: boolean },
) => Promise<Result<unknown>>

function httpInvoke({ token, ready }: { token: string; ready: Promise<void> }): Invoke {
  return async (channel, input, options) => {
    try {
      await ready
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (token) {
        headers.Authorization = `Bearer ${token}`
      }
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        keepalive: options?.keepalive ?? false,
      })
      return (await response.json()) as Result<unknown>
    } catch (error) {
      return { ok: false, code: 'network', message: (error as Error).message }
    }
  }
}

const bridge = windowBridge()
const invoke: Invoke = bridge
  ? (channel, input) => bridge.invoke(channel, input)
  : httpInvoke(browserSession())

/** The renderer's single API client: IPC in Electron, HTTP in browser mode. */
export const api = {
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>> {
    return invoke(channel, input) as Promise<Result<ChannelOutput<C>>>
  },
  /** A call that must survive the page closing (the last autosave). */
  callOnExit<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
    void invoke(channel, input, { keepalive: true })
  },
  /** Runs `flush` before the window closes (Electron hands over; browser mode uses pagehide). */
  onBeforeClose(flush: () => Promise<void>, flushOnExit: () => void): void {
    if (bridge) {
      bridge.onBeforeClose(flush)
      return
    }
    window.addEventListener('pagehide', flushOnExit)
  },
}

/** A failed call, thrown by `unwrap` so screens can show its message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message)
  }
}

/** The value of a successful result, or an ApiError. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new ApiError(result.code, result.message, result.params)
  }
  return result.value
}
