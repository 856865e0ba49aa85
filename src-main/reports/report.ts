/** A yearly report as the library lists it. */
export interface Report {
  id: number
  familyId: string
  year: number
  title: string
  organization: string
  predecessorId: number | null
  deletedAt: string | null
  createdAt: string
  updatedAt: string
}
