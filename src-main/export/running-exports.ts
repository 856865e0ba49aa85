/**
 * The exports to a file still running, by the id the caller gave each, so that 取消 can stop one:
 * `run` hands the export an AbortSignal, `cancel` aborts it. An export stopped in time saves
 * nothing (`export_cancelled`); one past its rename finishes, and its caller is told it was saved.
 */
export class RunningExports {
  private readonly controllers = new Map<string, AbortController>()

  async run<T>(
    exportId: string | undefined,
    task: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController()
    if (exportId !== undefined) {
      this.controllers.set(exportId, controller)
    }
    try {
      return await task(controller.signal)
    } finally {
      if (exportId !== undefined && this.controllers.get(exportId) === controller) {
        this.controllers.delete(exportId)
      }
    }
  }

  /** Aborts the export running under `exportId`; false when none is (it has already ended). */
  cancel(exportId: string): boolean {
    const controller = this.controllers.get(exportId)
    controller?.abort()
    return controller !== undefined
  }
}
