import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../contract/channels'
import { channels } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { combineHandlerGroups } from './combine-handler-groups'
import { createHandlers } from './create-handlers'

let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('combineHandlerGroups', () => {
  it('puts every group’s handlers in one table', () => {
    const list = () => []
    const trash = () => []
    const table = combineHandlerGroups({ 'reports.list': list }, { 'reports.trash': trash })
    expect(table).toEqual({ 'reports.list': list, 'reports.trash': trash })
  })

  it('refuses, when compiling, a channel that two groups handle', () => {
    const library = { 'reports.list': () => [] } satisfies Partial<Handlers>
    const trash = { 'reports.trash': () => [] } satisfies Partial<Handlers>
    // @ts-expect-error reports.list is handled twice (tsc fails here if that compiles)
    const table = combineHandlerGroups(library, trash, library)
    expect(Object.keys(table)).toEqual(['reports.list', 'reports.trash'])
  })

  it('builds the app’s table with a handler for every channel of the contract and no other', () => {
    const table: Record<string, unknown> = createHandlers(workspace)
    expect(Object.keys(table).sort()).toEqual(Object.keys(channels).sort())
    expect(Object.values(table).every((handler) => typeof handler === 'function')).toBe(true)
  })
})
