import { createContext, useContext } from 'react'

export interface Notice {
  kind: 'info' | 'error'
  text: string
}

/** Lets any screen show a message in the window's notice bar, or clear it (undefined). */
export const NoticeContext = createContext<(notice: Notice | undefined) => void>(() => undefined)

export function useNotify(): (notice: Notice | undefined) => void {
  return useContext(NoticeContext)
}
