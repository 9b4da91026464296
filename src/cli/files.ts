import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { knownExtensions } from '../core/index.js'
import { InputError } from '../core/errors.js'

const known = new Set<string>(knownExtensions)

/** Expands files and directories (recursively, known extensions only, hidden entries skipped) in a stable order. */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = []
  const errors: InputError[] = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      errors.push(new InputError('no such file or directory', { file: path }, 'check the path'))
      continue
    }
    if (info.isDirectory()) {
      const found = await walk(path)
      if (found.length === 0) {
        errors.push(new InputError(`no conversation files found (looked for ${knownExtensions.join(', ')})`, { file: path }, 'pass a file or a folder of transcripts'))
      }
      files.push(...found)
    } else {
      files.push(path)
    }
  }
  return { files, errors }
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(directory, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (entry.isFile() && known.has(extname(entry.name).toLowerCase())) files.push(path)
  }
  return files
}
