// Makes the CLI entry executable after tsc, so `npx rapport` works from a checkout.
import { chmodSync } from 'node:fs'
chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755)
