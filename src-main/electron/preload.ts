import { contextBridge, ipcRenderer } from 'electron'

/** The renderer's only door to main: one invoke over the contract's channels, and the close hand-shake. */
contextBridge.exposeInMainWorld('api', {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('dajuan:invoke', channel, input),
  onBeforeClose: (flush: () => Promise<void>) => {
    ipcRenderer.on('dajuan:before-close', () => {
      void flush().finally(() => ipcRenderer.send('dajuan:close-ready'))
    })
  },
})
