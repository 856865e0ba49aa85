// Which code may import which, as check-layers.mjs enforces it (CONVENTIONS.md, "Layers that point
// one way"). Paths are relative to src-main: `folder/` is a folder, `**/*-name.ts` a file name in
// any folder, anything else one file. A file's layer comes from its most specific entry: a file,
// then a file-name pattern, then the longest folder.

/** The layers of src-main, the renderer's boundary and where Node and Electron may be imported. */
export const layerRules = {
  /**
   * Top first. A file may import its own layer and the layers below it, types included.
   */
  layers: [
    {
      name: 'tools',
      paths: [
        'bench/',
        'eval/',
        'durability/',
        'security/',
        'packaging/',
        'launch/',
        'lint/',
        'test-support/',
      ],
      role: 'measure, evaluate, package and test the app; nothing in the app imports them',
      /** The bench's bare editor page is laid out with the renderer's stylesheet. */
      importsRenderer: true,
    },
    {
      name: 'shells',
      paths: ['electron/', 'server/', 'cli/'],
      role: 'transport only: IPC, HTTP and the command line',
    },
    {
      name: 'handlers',
      paths: ['handlers/', '**/*-handlers.ts'],
      role: 'the channel table and the per-feature handler objects spread into it',
    },
    {
      name: 'workspace',
      paths: ['workspace/', 'app/'],
      role: 'the composition root: open or recover, seed, backups, restore',
    },
    {
      name: 'use cases',
      paths: [
        'import/',
        'roll-forward/',
        'checks/',
        'compare/',
        'export/',
        'backup/',
        'charts/',
        'family-link/',
        'file-parsing/',
        'team/',
        'comments/',
        'review/',
      ],
      role:
        'import, roll forward, checks, compare, export, charts, backups, linking a family, ' +
        'team mode (live documents, accounts, roles), comments and the 三审 sign-off',
    },
    {
      name: 'entities',
      paths: [
        'reports/',
        'sections/',
        'metrics/',
        'assets/',
        'settings/',
        'templates/',
        '**/*-repository.ts',
        // The open database and its repositories: what every use case is handed.
        'workspace/workspace.ts',
      ],
      role: 'reports, sections, metric series, assets, settings, templates and their repositories',
    },
    {
      name: 'pure domain',
      paths: ['text/', 'zip/', 'files/'],
      role: 'parsers and file formats: no database, no workspace',
    },
    {
      name: 'db',
      paths: ['db/'],
      role: 'opening the database and its migrations',
    },
    {
      name: 'shared',
      paths: ['shared/', 'contract/'],
      role:
        'the pure domain the renderer runs too (document schema, extraction, figure formatting, ' +
        'errors) and the channel schemas: no Node, no DOM; every layer may read the wire types',
    },
  ],

  /** Test helpers; they and `*.test.*` files may import any layer to assemble a workspace. */
  testFolders: ['test-support/'],

  /**
   * Imports that break the layers and stay for now, each `{ from, to, why }` with paths as in the
   * layers. The check fails on an exception that no import needs any more.
   */
  exceptions: [],

  /** What src-renderer may import from src-main. */
  renderer: {
    /** Imported as values or types. */
    anyImport: ['shared/'],
    /** Imported with `import type` only: the channel table's input and output types. */
    typeImport: ['contract/'],
  },

  /**
   * Code the renderer runs or types: it imports nothing else from src-main and nothing that needs
   * Node, so it compiles in both TypeScript projects.
   */
  web: {
    main: ['shared/', 'contract/'],
    /** Packages kept out of the renderer beside node:* built-ins: native code or main-only work. */
    nodeOnlyPackages: [
      'electron',
      'better-sqlite3',
      'sharp',
      '@resvg/resvg-js',
      '@node-rs/jieba',
      'jsdom',
      'fontkit',
      'exceljs',
      'mammoth',
      'docx',
    ],
  },

  /** Only the Electron shell (app, window, preload) imports electron. */
  electron: { package: 'electron', allowedIn: ['electron/'] },
}
