export interface Layer {
  name: string
  paths: string[]
  role: string
  importsRenderer?: boolean
}

export interface LayerRules {
  layers: Layer[]
  testFolders: string[]
  exceptions: { from: string; to: string; why: string }[]
  renderer: { anyImport: string[]; typeImport: string[] }
  web: { main: string[]; nodeOnlyPackages: string[] }
  electron: { package: string; allowedIn: string[] }
}

/** The layers of src-main, the renderer's boundary and where Node and Electron may be imported. */
export const layerRules: LayerRules
