import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

/** The app in browser mode (out/main/serve.js) on a workspace file, as the e2e tests start it. */
export interface AppServerProcess {
  /** The address to open, with the API token in its hash. */
  url: string
  /** The server's process id. */
  pid: number
  stop: () => Promise<void>
}

export async function startAppServer(
  builtMainFolder: string,
  dbFile: string,
): Promise<AppServerProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    join(builtMainFolder, 'serve.js'),
    '--db',
    dbFile,
    '--no-open',
  ])
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15_000)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (output += chunk))
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      const match = /DAJUAN_URL=(\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited ${code}: ${output}`))
    })
  })
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve()
          return
        }
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
