import type { JSONContent } from '@tiptap/core'
import { Editor } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import '../../../src-renderer/styles/app.css'

// The bench's reference page: Tiptap's StarterKit (plus its table and image extensions) with no app
// code, in the app's stylesheet and page column, so both editors lay out the same text alike.

declare global {
  interface Window {
    bareEditor: {
      /** setContent of `json`; milliseconds until the frame after it has been produced. */
      setContent: (json: JSONContent) => Promise<number>
    }
  }
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  })
}

const editor = new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit, Table, TableRow, TableHeader, TableCell, Image],
  editorProps: { attributes: { class: 'report-prose', spellcheck: 'false' } },
})

window.bareEditor = {
  async setContent(json) {
    const started = performance.now()
    editor.commands.setContent(json)
    return (await nextFrame()) - started
  },
}
