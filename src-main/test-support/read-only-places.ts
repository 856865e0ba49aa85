import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Runs a system command quietly; whether it succeeded. */
export function runCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0
}

/** Why this machine cannot mount a tmpfs and remount it read-only (root with CAP_SYS_ADMIN), if it cannot. */
export function readOnlyMountUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return 'mounting a tmpfs needs root on Linux'
  }
  const point = mkdtempSync(join(tmpdir(), 'dajuan-mount-probe-'))
  const mounted = runCommand('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', point])
  const remounted = mounted && runCommand('mount', ['-o', 'remount,ro', point])
  if (mounted) {
    runCommand('umount', [point])
  }
  rmSync(point, { recursive: true, force: true })
  return remounted ? undefined : '`mount -t tmpfs` and `mount -o remount,ro` are not permitted here'
}

/** Why `chattr +i` cannot make a folder read-only here (ext4/xfs and CAP_LINUX_IMMUTABLE), if it cannot. */
export function immutableFolderUnavailable(): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'dajuan-chattr-probe-'))
  closeSync(openSync(join(folder, 'probe'), 'w'))
  const works = runCommand('chattr', ['+i', folder])
  runCommand('chattr', ['-i', folder])
  rmSync(folder, { recursive: true, force: true })
  return works ? undefined : '`chattr +i` is not available (needs CAP_LINUX_IMMUTABLE on ext4/xfs)'
}
