import { createContext, useContext } from 'react'

export interface Notice {
  kind: 'info' | 'error'
  text: string
}

/** Lets any screen show a message in the window's notice bar. */
export const NoticeContext = createContext<(notice: Notice) => void>(() => undefined)

export function useNotify(): (notice: Notice) => void {
  return useContext(NoticeContext)
}
