/** A map that forgets its least recently used entries beyond `limit`. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>()

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.limit) {
      this.entries.delete(this.entries.keys().next().value!)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
