import type { Editor } from '@tiptap/core'
import type { ReportFix } from '../../../src-main/shared/checks/report-finding'

/** What the report view may ask of a mounted section editor. */
export interface SectionEditorHandle {
  sectionId: number
  editor: Editor
  /** Applies a check's text fix as one undoable edit; false when the text no longer matches. */
  applyTextFix: (fix: ReportFix) => boolean
  /** Selects a stretch of the text (anchor offsets, see documentTextMap) and scrolls to it. */
  reveal: (anchorStart: number, anchorEnd: number) => void
  /** Scrolls to the section's `index`-th figure and flashes it. */
  revealFigure: (index: number) => void
  /** The caret as an anchor offset, to come back to it later. */
  caretAnchor: () => number
  /** Saves pending edits now. */
  save: () => Promise<void>
  openMetricPicker: () => void
  openImageDialog: () => void
  /** Opens the 数说 chart dialog: with series, a new chart of them; else for the selected chart. */
  openChartDialog: (seriesIds?: number[]) => void
  convertToMetric: () => void
  convertToText: () => void
}

/**
 * An action a feature adds to the toolbar of every section editor (添加批注 in team mode), so
 * that feature stays in its own folder.
 */
export interface EditorTool {
  key: string
  /** The button's accessible name and tooltip. */
  label: string
  /** The button's text. */
  text: string
  isEnabled: (editor: Editor) => boolean
  run: (handle: SectionEditorHandle) => void
}

/**
 * The section editors on screen, by section: lets the report view (checks, jumps, the shared
 * toolbar of the full-text view) reach the editor that holds a section once it has mounted,
 * instead of writing the stored text behind its back.
 */
export class EditorRegistry {
  private readonly handles = new Map<number, SectionEditorHandle>()
  private readonly waiting = new Map<number, ((handle: SectionEditorHandle) => void)[]>()
  private readonly mountListeners = new Set<(handle: SectionEditorHandle) => void>()
  private readonly toolListeners = new Set<() => void>()
  private toolList: readonly EditorTool[] = []

  /** Registers a mounted editor; the returned function unregisters it. */
  register(handle: SectionEditorHandle): () => void {
    this.handles.set(handle.sectionId, handle)
    for (const listener of this.mountListeners) {
      listener(handle)
    }
    for (const resolve of this.waiting.get(handle.sectionId) ?? []) {
      resolve(handle)
    }
    this.waiting.delete(handle.sectionId)
    return () => {
      if (this.handles.get(handle.sectionId) === handle) {
        this.handles.delete(handle.sectionId)
      }
    }
  }

  get(sectionId: number): SectionEditorHandle | undefined {
    return this.handles.get(sectionId)
  }

  /** The section's editor once it is mounted, or undefined if it does not mount in time. */
  whenReady(sectionId: number, timeoutMs = 5000): Promise<SectionEditorHandle | undefined> {
    const mounted = this.handles.get(sectionId)
    if (mounted) {
      return Promise.resolve(mounted)
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs)
      const list = this.waiting.get(sectionId) ?? []
      list.push((handle) => {
        clearTimeout(timer)
        resolve(handle)
      })
      this.waiting.set(sectionId, list)
    })
  }

  /**
   * Runs `apply` on every mounted editor now and on each editor that mounts later (a feature's
   * decorations, say), until the returned function is called.
   */
  forEachEditor(apply: (handle: SectionEditorHandle) => void): () => void {
    for (const handle of this.handles.values()) {
      apply(handle)
    }
    this.mountListeners.add(apply)
    return () => {
      this.mountListeners.delete(apply)
    }
  }

  /** The mounted editor that holds `editor`. */
  handleOf(editor: Editor): SectionEditorHandle | undefined {
    return [...this.handles.values()].find((handle) => handle.editor === editor)
  }

  /** The mounted editor that has the focus. */
  focused(): SectionEditorHandle | undefined {
    const handles = [...this.handles.values()]
    // A read-only editor (a reviewer's) never takes the focus; the text selected in it still counts.
    const selected = document.getSelection()?.anchorNode ?? null
    return (
      handles.find((handle) => handle.editor.isFocused) ??
      handles.find((handle) => selected !== null && handle.editor.view.dom.contains(selected))
    )
  }

  /** Adds a button to every editor's toolbar; the returned function takes it away. */
  addTool(tool: EditorTool): () => void {
    this.toolList = [...this.toolList.filter((other) => other.key !== tool.key), tool]
    this.notifyTools()
    return () => {
      if (this.toolList.includes(tool)) {
        this.toolList = this.toolList.filter((other) => other !== tool)
        this.notifyTools()
      }
    }
  }

  /** The added toolbar buttons (the same array until one is added or taken away). */
  tools(): readonly EditorTool[] {
    return this.toolList
  }

  /** Calls `listener` when a toolbar button is added or taken away. */
  subscribeTools(listener: () => void): () => void {
    this.toolListeners.add(listener)
    return () => {
      this.toolListeners.delete(listener)
    }
  }

  private notifyTools(): void {
    for (const listener of this.toolListeners) {
      listener()
    }
  }
}
