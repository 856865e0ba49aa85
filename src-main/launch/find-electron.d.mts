/** The installed Electron binary, or undefined when none is installed. */
export function findElectron(root: string): string | undefined
