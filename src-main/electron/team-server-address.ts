import { AppError } from '../shared/errors/app-error'

/** The option that makes the desktop window a client of a team server instead of a local workspace. */
export const teamServerOption = '--team-server'

/**
 * The team server the desktop window joins, from `--team-server URL` (or `--team-server=URL`) among
 * the command-line arguments; undefined when the option is absent. Only an http(s) address with a
 * host and no user name or password in it is accepted (AppError 'team_server_address' otherwise);
 * the window opens at the server's root.
 */
export function teamServerFromArgs(argv: readonly string[]): URL | undefined {
  let address: string | undefined
  argv.forEach((arg, index) => {
    if (arg === teamServerOption) {
      address = argv[index + 1] ?? ''
    } else if (arg.startsWith(`${teamServerOption}=`)) {
      address = arg.slice(teamServerOption.length + 1)
    }
  })
  if (address === undefined) {
    return undefined
  }
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new AppError('team_server_address', { address })
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.hostname === '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    throw new AppError('team_server_address', { address })
  }
  return new URL('/', url.origin)
}

/** Whether a page the window is asked to show belongs to the team server (same origin). */
export function isTeamServerPage(pageUrl: string, teamServer: URL): boolean {
  try {
    return new URL(pageUrl).origin === teamServer.origin
  } catch {
    return false
  }
}
