import zhCN from '../../../resources/locales/zh-CN.json'

export type ErrorParams = Record<string, string | number>

/** Fills {{name}} placeholders the way the renderer's i18next does. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** The Chinese message for an error code, as the CLI and HTTP API report it. */
export function errorMessage(code: string, params: ErrorParams = {}): string {
  const errors = zhCN.errors as Record<string, string>
  return interpolate(errors[code] ?? errors.internal, params)
}

/** An expected failure with a stable code; it reaches callers as `{ ok: false, code, message }`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(errorMessage(code, params))
    this.name = 'AppError'
  }
}
