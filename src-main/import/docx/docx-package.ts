import { AppError } from '../../shared/errors/app-error'
import { ImportBudget } from '../import-budget'
import type { ZipInventory } from '../../zip/inspect-zip'
import { inspectZip } from '../../zip/inspect-zip'
import { readZipEntry } from '../../zip/read-zip-entry'
import { childElements, isElement, parseDocxXml } from './docx-xml'

/** A relationship of a part: an internal target is a part name, an external one a URL. */
export interface DocxRelationship {
  id: string
  type: string
  external: boolean
  /** The target part's name inside the package, for an internal target that stays inside it. */
  partName?: string
  /** The target as written, for an external target. */
  url?: string
}

/**
 * A .docx file opened as an OPC package: parts are read only from inside the zip (nothing is
 * fetched or read from disk, whatever a relationship points at), part names match without regard
 * to case as OPC requires, and every read is inflated natively and held to the size the zip
 * declared (`readZipEntry`).
 */
export class DocxPackage {
  private constructor(
    private readonly zip: Uint8Array,
    private readonly inventory: ZipInventory,
    private readonly partNames: Map<string, string>,
    private readonly budget: ImportBudget,
  ) {}

  /** Checks the zip's directory against the limits, then loads it; see `inspectZip`. */
  static async open(bytes: Uint8Array, budget = new ImportBudget()): Promise<DocxPackage> {
    const inventory = inspectZip(bytes)
    const partNames = new Map<string, string>()
    for (const name of inventory.entries.keys()) {
      partNames.set(name.toLowerCase(), name)
    }
    return new DocxPackage(bytes, inventory, partNames, budget)
  }

  /** The bytes of a part, or undefined when the package has no such part. */
  async readPart(partName: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(partName)
    return entry ? readZipEntry(this.zip, entry) : undefined
  }

  /** A picture's bytes, counted against the import's picture bytes by its declared size first. */
  async readPicture(partName: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(partName)
    if (!entry) {
      return undefined
    }
    this.budget.pictureBytes(entry.uncompressedSize)
    return readZipEntry(this.zip, entry)
  }

  /** A part parsed as XML (its elements counted first), or undefined when the package has no such part. */
  async readXmlPart(partName: string): Promise<Document | undefined> {
    const bytes = await this.readPart(partName)
    return bytes ? parseDocxXml(bytes, this.budget) : undefined
  }

  private entry(partName: string) {
    const name = this.partNames.get(partName.toLowerCase())
    return name === undefined ? undefined : this.inventory.entries.get(name)
  }

  /** The main document part named by the package relationships, else the usual name. */
  async mainDocumentPartName(): Promise<string> {
    const relationships = await this.relationships('')
    const main = relationships.find((relationship) => hasType(relationship, 'officeDocument'))
    const partName = main?.partName ?? 'word/document.xml'
    if (!this.partNames.has(partName.toLowerCase())) {
      throw new AppError('docx_missing_document')
    }
    return partName
  }

  /** The relationships of a part (`''` for the package's own), empty when it has none. */
  async relationships(sourcePartName: string): Promise<DocxRelationship[]> {
    const document = await this.readXmlPart(relationshipsPartName(sourcePartName))
    if (!document) {
      return []
    }
    return childElements(document.documentElement)
      .filter((element) => isElement(element, 'packageRelationships', 'Relationship'))
      .map((element) => readRelationship(element, sourcePartName))
  }
}

/** Whether a relationship is of the kind whose type URI ends in `/kind`, transitional or strict. */
export function hasType(relationship: DocxRelationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`)
}

function readRelationship(element: Element, sourcePartName: string): DocxRelationship {
  const id = element.getAttribute('Id') ?? ''
  const type = element.getAttribute('Type') ?? ''
  const target = element.getAttribute('Target') ?? ''
  if (element.getAttribute('TargetMode') === 'External') {
    return { id, type, external: true, url: target }
  }
  return { id, type, external: false, partName: resolvePartName(sourcePartName, target) }
}

function relationshipsPartName(sourcePartName: string): string {
  const slash = sourcePartName.lastIndexOf('/')
  const folder = sourcePartName.slice(0, slash + 1)
  return `${folder}_rels/${sourcePartName.slice(slash + 1)}.rels`
}

/** The part a relative target names, or undefined when it climbs out of the package. */
function resolvePartName(sourcePartName: string, target: string): string | undefined {
  let path = target.replace(/\\/g, '/').replace(/[?#].*$/u, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    return undefined
  }
  const base = path.startsWith('/') ? [] : sourcePartName.split('/').slice(0, -1)
  const segments = [...base]
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') {
      continue
    }
    if (segment === '..') {
      if (segments.length === 0) {
        return undefined
      }
      segments.pop()
      continue
    }
    segments.push(segment)
  }
  return segments.length === 0 ? undefined : segments.join('/')
}
