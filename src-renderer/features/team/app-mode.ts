import { useEffect, useState } from 'react'
import type { CallMode } from '../../../src-main/contract/channels'
import { api } from '../../api/api-client'

let asked: Promise<CallMode | undefined> | undefined

function askMode(): Promise<CallMode | undefined> {
  asked ??= api.call('app.info', {}).then((result) => {
    if (!result.ok) {
      asked = undefined
      return undefined
    }
    return result.value.mode
  })
  return asked
}

/** How this window reaches the app ('team' on the team server); undefined until known. */
export function useAppMode(): CallMode | undefined {
  const [mode, setMode] = useState<CallMode>()
  useEffect(() => {
    let current = true
    void askMode().then((value) => {
      if (current) {
        setMode(value)
      }
    })
    return () => {
      current = false
    }
  }, [])
  return mode
}
