/**
 * Remembers recent results, between `limit` and twice `limit` of them. When the current generation
 * is full it becomes the previous one and a new one starts; a hit in the previous generation moves
 * back into the current one. Unlike clearing a full map, the texts a conversation is still reading
 * survive the turnover, so a long call or a big batch never pays for them twice in a row.
 */
export class Memo<K, V> {
  private current = new Map<K, V>()
  private previous = new Map<K, V>()

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key)
    if (value !== undefined) return value
    const old = this.previous.get(key)
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current
      this.current = new Map()
    }
    this.current.set(key, value)
  }
}
