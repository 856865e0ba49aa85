import type { Bridge } from '../../../src-main/contract/bridge'
import { windowBridge } from '../../api/window-bridge'

/**
 * The system "save as" dialog of the Electron shell: the chosen path, or null when the user
 * cancels. Undefined when there is none (browser mode), where the file is downloaded instead.
 */
export function savePathPicker(): Bridge['pickSavePath'] | undefined {
  return windowBridge()?.pickSavePath
}
