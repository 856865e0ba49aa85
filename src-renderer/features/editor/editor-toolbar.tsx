import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { EditorRegistry } from './editor-registry'
import { useMayCall } from '../team/team-user-context'
import { RegistryTools } from './registry-tools'

interface ToolbarButtonProps {
  label: string
  active?: boolean
  disabled?: boolean
  onClick: () => void
  children: string
}

function ToolbarButton({ label, active, disabled, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={active ? 'tool active' : 'tool'}
      title={label}
      aria-label={children === label ? label : `${children} ${label}`}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

/** Formatting commands for the section editor; state read with useEditorState (Tiptap v3). */
interface EditorToolbarProps {
  editor: Editor
  onInsertImage: () => void
  onInsertMetric: () => void
  onInsertChart: () => void
  onConvertToMetric: () => void
  onConvertToText: () => void
  /** Adds the buttons features registered there (添加批注). */
  registry?: EditorRegistry
  /** The text cannot be changed now (a reviewer, a locked report, a live section not yet arrived). */
  readOnly?: boolean
}

export function EditorToolbar({
  editor,
  onInsertImage,
  onInsertMetric,
  onInsertChart,
  onConvertToMetric,
  onConvertToText,
  registry,
  readOnly = false,
}: EditorToolbarProps) {
  const { t } = useTranslation()
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      lead: current.isActive('leadSentence'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      // The editor's own history, or Yjs' per-person undo in a live section: both answer can().
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      metricSelected: current.isActive('metric'),
      textSelected: !current.state.selection.empty && !current.isActive('metric'),
      editable: current.isEditable,
    }),
  })
  // Commands that change the text are off while it is read-only; comment tools (registry) stay on.
  const locked = readOnly || !state.editable
  // Turning a number into a metric creates a series: on the team server, an editor's call.
  const mayCreateMetric = useMayCall('metrics.create')
  const chain = () => editor.chain().focus()
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="toolbar">
      <ToolbarButton
        label={t('ui.editor.toolbar.undo')}
        disabled={locked || !state.canUndo}
        onClick={() => chain().undo().run()}
      >
        ↶
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.redo')}
        disabled={locked || !state.canRedo}
        onClick={() => chain().redo().run()}
      >
        ↷
      </ToolbarButton>
      <span className="tool-separator" />
      <ToolbarButton
        label={t('ui.editor.toolbar.bold')}
        disabled={locked}
        active={state.bold}
        onClick={() => chain().toggleBold().run()}
      >
        B
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.italic')}
        disabled={locked}
        active={state.italic}
        onClick={() => chain().toggleItalic().run()}
      >
        I
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.lead')}
        disabled={locked}
        active={state.lead}
        onClick={() => chain().toggleLeadSentence().run()}
      >
        {t('ui.editor.toolbar.lead')}
      </ToolbarButton>
      <span className="tool-separator" />
      <ToolbarButton
        label={t('ui.editor.toolbar.paragraph')}
        disabled={locked}
        onClick={() => chain().setParagraph().run()}
      >
        {t('ui.editor.toolbar.paragraph')}
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.heading1')}
        disabled={locked}
        active={state.heading1}
        onClick={() => chain().toggleHeading({ level: 1 }).run()}
      >
        H1
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.heading2')}
        disabled={locked}
        active={state.heading2}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      >
        H2
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.bulletList')}
        disabled={locked}
        active={state.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        •≡
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.orderedList')}
        disabled={locked}
        active={state.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1≡
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.blockquote')}
        disabled={locked}
        active={state.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      >
        ❝
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.editor.toolbar.table')}
        disabled={locked}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        ▦
      </ToolbarButton>
      <ToolbarButton label={t('ui.editor.toolbar.image')} disabled={locked} onClick={onInsertImage}>
        {t('ui.image.short')}
      </ToolbarButton>
      <span className="tool-separator" />
      <ToolbarButton label={t('ui.picker.insert')} disabled={locked} onClick={onInsertMetric}>
        {t('ui.picker.insert')}
      </ToolbarButton>
      <ToolbarButton label={t('ui.charts.toolbar')} disabled={locked} onClick={onInsertChart}>
        {t('ui.charts.toolbarShort')}
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.picker.toMetric')}
        disabled={locked || !mayCreateMetric || !state.textSelected}
        onClick={onConvertToMetric}
      >
        {t('ui.picker.toMetric')}
      </ToolbarButton>
      <ToolbarButton
        label={t('ui.picker.toText')}
        disabled={locked || !state.metricSelected}
        onClick={onConvertToText}
      >
        {t('ui.picker.toText')}
      </ToolbarButton>
      {registry && <RegistryTools editor={editor} registry={registry} />}
    </div>
  )
}
