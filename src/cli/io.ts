/** Where the CLI writes; tests swap these to capture output without touching the process streams. */
export const io = {
  out: (text: string): void => void process.stdout.write(text),
  err: (text: string): void => void process.stderr.write(text),
  isTTY: (): boolean => process.stdout.isTTY === true,
}
