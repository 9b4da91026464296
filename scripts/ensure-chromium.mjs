// Makes sure Debian's chromium is there for the browser tests (test/browser/*), without ever
// downloading a browser build of its own: playwright-core drives the system package.
// It installs only as root and only in CI (CI=true) or when asked (--install or
// RAPPORT_INSTALL_CHROMIUM=1); otherwise it prints a notice and the browser tests skip themselves.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const executable = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium'
const asked = process.argv.includes('--install') || process.env.RAPPORT_INSTALL_CHROMIUM === '1'
const ci = process.env.CI === 'true' || process.env.CI === '1'
const root = typeof process.getuid === 'function' && process.getuid() === 0

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  return result.status === 0
}

if (existsSync(executable)) {
  process.exit(0)
}
if (!(ci || asked)) {
  console.error(`ensure-chromium: ${executable} is missing; the browser tests will be skipped (run "node scripts/ensure-chromium.mjs --install" as root to install Debian's chromium)`)
  process.exit(0)
}
if (!root) {
  console.error(`ensure-chromium: ${executable} is missing and installing it needs root; the browser tests will be skipped (run "sudo apt-get install -y chromium")`)
  process.exit(0)
}
if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  console.error('ensure-chromium: no apt-get here; install Chromium yourself and set RAPPORT_CHROMIUM to its path; the browser tests will be skipped')
  process.exit(0)
}
console.error('ensure-chromium: installing Debian chromium for the browser tests (apt-get)')
const ok = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])
if (!ok || !existsSync(executable)) {
  // The rest of the suite still runs; the browser tests print their own skip notice.
  console.error('ensure-chromium: WARNING: apt-get could not install chromium; the browser tests will be skipped')
  process.exit(0)
}
console.error(`ensure-chromium: ${executable} installed`)
