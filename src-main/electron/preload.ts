import { contextBridge, ipcRenderer } from 'electron'

/**
 * The renderer's only door to main: one invoke over the contract's channels, the save dialog an
 * export writes through, and the close hand-shake.
 */
contextBridge.exposeInMainWorld('api', {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('dajuan:invoke', channel, input),
  pickSavePath: (defaultName: string, extension: string, filterName: string) =>
    ipcRenderer.invoke('dajuan:pick-save-path', defaultName, extension, filterName),
  onBeforeClose: (flush: () => Promise<void>) => {
    ipcRenderer.on('dajuan:before-close', () => {
      void flush().finally(() => ipcRenderer.send('dajuan:close-ready'))
    })
  },
})
