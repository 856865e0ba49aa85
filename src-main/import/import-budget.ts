import { AppError } from '../shared/errors/app-error'
import type { ImportLimit, ImportLimitName } from './import-limits'
import { importLimits } from './import-limits'

/**
 * What one import has read so far, held against `importLimits`: every reader counts as it goes,
 * and the first count past its limit ends the import with that limit's error.
 */
export class ImportBudget {
  private readonly counts = new Map<ImportLimitName, number>()

  constructor(private readonly limits: typeof importLimits = importLimits) {}

  /** One paragraph (or line) of text read. */
  paragraph(text: string): void {
    this.check('paragraphLength', text.length)
    this.add('paragraphs', 1)
    this.add('characters', text.length)
  }

  /** A paragraph still being put together, of this many characters so far. */
  pendingText(length: number): void {
    this.check('paragraphLength', length)
    this.check('characters', (this.counts.get('characters') ?? 0) + length)
  }

  tableCell(): void {
    this.add('tableCells', 1)
  }

  style(): void {
    this.add('styles', 1)
  }

  pictureBytes(bytes: number): void {
    this.add('pictureBytes', bytes)
  }

  /** Elements counted in one part's markup before it is parsed; not added up across parts. */
  markup(kind: 'xmlElements' | 'htmlElements', count: number): void {
    this.check(kind, count)
  }

  private add(name: ImportLimitName, amount: number): void {
    const count = (this.counts.get(name) ?? 0) + amount
    this.counts.set(name, count)
    this.check(name, count)
  }

  private check(name: ImportLimitName, count: number): void {
    const { limit, code, shown } = this.limits[name] as ImportLimit
    if (count > limit) {
      throw new AppError(code, { limit: shown ?? limit })
    }
  }
}
