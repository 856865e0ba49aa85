/**
 * A node's or mark's attribute as text: a string as it is, a number written out, anything else
 * (null, or an object smuggled in by a paste) as '' rather than "[object Object]".
 */
export function textAttribute(attrs: Record<string, unknown> | undefined, name: string): string {
  const value = attrs?.[name]
  if (typeof value === 'string') {
    return value
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
}
