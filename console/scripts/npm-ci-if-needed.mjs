// Runs `npm ci` unless node_modules was installed from exactly this package-lock.json (its SHA-256 is kept in
// node_modules/.renda-lock-sha256 after a successful install). Called by the Maven build (exec-maven-plugin).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const stamp = 'node_modules/.renda-lock-sha256';
const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const force = process.argv.includes('--force');

if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
  console.log('node_modules is up to date with package-lock.json: npm ci skipped');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, hash + '\n');
}
