import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useSyncExternalStore } from 'react'
import type { EditorRegistry } from './editor-registry'

interface RegistryToolsProps {
  editor: Editor
  registry: EditorRegistry
}

/** The toolbar buttons features added through the editor registry (see EditorRegistry.addTool). */
export function RegistryTools({ editor, registry }: RegistryToolsProps) {
  const tools = useSyncExternalStore(
    (listener) => registry.subscribeTools(listener),
    () => registry.tools(),
  )
  const enabled = useEditorState({
    editor,
    selector: ({ editor: current }) => tools.map((tool) => tool.isEnabled(current)),
  })
  if (tools.length === 0) {
    return null
  }
  return (
    <>
      <span className="tool-separator" />
      {tools.map((tool, index) => (
        <button
          key={tool.key}
          type="button"
          className="tool"
          title={tool.label}
          aria-label={tool.label}
          data-testid={`tool-${tool.key}`}
          disabled={!enabled[index]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const handle = registry.handleOf(editor)
            if (handle) {
              tool.run(handle)
            }
          }}
        >
          {tool.text}
        </button>
      ))}
    </>
  )
}
