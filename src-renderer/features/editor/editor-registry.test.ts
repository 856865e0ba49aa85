import type { Editor } from '@tiptap/core'
import { describe, expect, it, vi } from 'vitest'
import type { EditorTool, SectionEditorHandle } from './editor-registry'
import { EditorRegistry } from './editor-registry'

function handle(sectionId: number, isFocused = false): SectionEditorHandle {
  return { sectionId, editor: { isFocused } as Editor } as SectionEditorHandle
}

function tool(key: string): EditorTool {
  return { key, label: key, text: key, isEnabled: () => true, run: () => undefined }
}

describe('EditorRegistry', () => {
  it('runs forEachEditor on the mounted editors and on those that mount later, until stopped', () => {
    const registry = new EditorRegistry()
    const seen: number[] = []
    registry.register(handle(1))
    const stop = registry.forEachEditor((mounted) => seen.push(mounted.sectionId))
    registry.register(handle(2))
    stop()
    registry.register(handle(3))
    expect(seen).toEqual([1, 2])
  })

  it('finds the handle of an editor and the one with the focus', () => {
    const registry = new EditorRegistry()
    const first = handle(1)
    const second = handle(2, true)
    registry.register(first)
    const unregister = registry.register(second)
    expect(registry.handleOf(first.editor)).toBe(first)
    expect(registry.focused()).toBe(second)
    unregister()
    expect(registry.focused()).toBeUndefined()
    expect(registry.handleOf(second.editor)).toBeUndefined()
  })

  it('adds and takes away toolbar buttons, telling subscribers, one button per key', () => {
    const registry = new EditorRegistry()
    const changed = vi.fn()
    registry.subscribeTools(changed)
    const before = registry.tools()
    const removeFirst = registry.addTool(tool('comment'))
    const replacement = tool('comment')
    const removeSecond = registry.addTool(replacement)
    registry.addTool(tool('other'))
    expect(registry.tools().map((added) => added.key)).toEqual(['comment', 'other'])
    expect(registry.tools()).toBe(registry.tools())
    expect(registry.tools()).not.toBe(before)
    removeFirst()
    expect(registry.tools()[0]).toBe(replacement)
    removeSecond()
    expect(registry.tools().map((added) => added.key)).toEqual(['other'])
    expect(changed).toHaveBeenCalledTimes(4)
  })
})
