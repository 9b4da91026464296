/** Where in a user's file something is wrong. */
export interface Place {
  file?: string
  line?: number
}

/** Input a user can fix. The CLI exits 2; the server answers 400. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly where: Place = {},
    readonly hint?: string
  ) {
    super(message)
    this.name = 'InputError'
  }

  /** The one line the CLI prints: `FILE[:LINE]: what is wrong; what to do`. */
  format(): string {
    const place = [this.where.file, this.where.line].filter((part) => part !== undefined).join(':')
    // One line on stderr, whatever the message quotes from the file.
    const text = (this.hint ? `${this.message}; ${this.hint}` : this.message).replace(/\s+/g, ' ').trim()
    return place ? `${place}: ${text}` : text
  }
}
