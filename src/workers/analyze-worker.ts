import { analyzeFile, type FileTask, type FileResult } from './analyze-file.js'

/** Piscina's entry point: one file in, its analyses (or its problem) out. */
export default function analyzeInWorker(task: FileTask): Promise<FileResult> {
  return analyzeFile(task)
}
