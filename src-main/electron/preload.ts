import { contextBridge, ipcRenderer } from 'electron'
import type { Bridge } from '../contract/bridge'

/**
 * The renderer's only door to main: one invoke over the contract's channels, the save dialog an
 * export writes through, and the close hand-shake.
 */
const bridge = {
  invoke: (channel, input) => ipcRenderer.invoke('dajuan:invoke', channel, input),
  pickSavePath: (defaultName, extension, filterName) =>
    ipcRenderer.invoke('dajuan:pick-save-path', defaultName, extension, filterName),
  onBeforeClose: (flush) => {
    ipcRenderer.on('dajuan:before-close', () => {
      void flush().finally(() => ipcRenderer.send('dajuan:close-ready'))
    })
  },
} satisfies Bridge

contextBridge.exposeInMainWorld('api', bridge)
