/**
 * A place in a write where a durability test may crash the process for real: when the
 * environment's DAJUAN_CRASH_AT names this point, the process kills itself with SIGKILL here, so
 * the test knows the crash landed mid-write. A no-op otherwise (the app never sets it).
 */
export function crashPoint(name: 'export-write' | 'roll-forward'): void {
  if (process.env.DAJUAN_CRASH_AT === name) {
    process.kill(process.pid, 'SIGKILL')
  }
}
