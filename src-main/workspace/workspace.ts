import { createAssetRepository } from '../assets/asset-repository'
import { createDismissalRepository } from '../checks/dismissal-repository'
import type { Db } from '../db/open-database'
import { createMetricRepository } from '../metrics/metric-repository'
import { openDatabase } from '../db/open-database'
import { createReportRepository } from '../reports/report-repository'
import { createSuggestionRepository } from '../roll-forward/suggestion-repository'
import { createSectionRepository } from '../sections/section-repository'
import { createSettingsRepository } from '../settings/settings-repository'
import { createTemplateRepository } from '../templates/template-repository'

/** An open workspace: the database and the repositories over it. */
export interface Workspace {
  file: string
  db: Db
  reports: ReturnType<typeof createReportRepository>
  sections: ReturnType<typeof createSectionRepository>
  settings: ReturnType<typeof createSettingsRepository>
  assets: ReturnType<typeof createAssetRepository>
  metrics: ReturnType<typeof createMetricRepository>
  suggestions: ReturnType<typeof createSuggestionRepository>
  dismissals: ReturnType<typeof createDismissalRepository>
  templates: ReturnType<typeof createTemplateRepository>
  close: () => void
}

/**
 * Opens a workspace file (":memory:" for tests); a damaged, foreign or too new database is refused
 * (`openDatabase`) and left exactly as found. The app's entry points first refuse an empty file
 * beside backups (`checkEmptyWorkspace`), which knows where backups live.
 */
export function openWorkspace(file: string): Workspace {
  const db = openDatabase(file)
  return {
    file,
    db,
    reports: createReportRepository(db),
    sections: createSectionRepository(db),
    settings: createSettingsRepository(db),
    assets: createAssetRepository(db),
    metrics: createMetricRepository(db),
    suggestions: createSuggestionRepository(db),
    dismissals: createDismissalRepository(db),
    templates: createTemplateRepository(db),
    close: () => db.close(),
  }
}
