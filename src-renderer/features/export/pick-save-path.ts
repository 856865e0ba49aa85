type PickSavePath = (
  defaultName: string,
  extension: string,
  filterName: string,
) => Promise<string | null>

/** The part of the Electron preload's bridge that opens the system save dialog. */
interface SaveDialogBridge {
  pickSavePath?: PickSavePath
}

/**
 * The system "save as" dialog of the Electron shell: the chosen path, or null when the user
 * cancels. Undefined when there is none (browser mode), where the file is downloaded instead.
 */
export function savePathPicker(): PickSavePath | undefined {
  const bridge = (window as unknown as { api?: SaveDialogBridge }).api
  return bridge?.pickSavePath
}
