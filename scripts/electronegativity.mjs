// Security lint of the built Electron code with electronegativity (offline: the check that
// downloads Electron's release list is excluded). Fails on any HIGH finding.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
// The tool scans .js and .html only, so the CommonJS bundles are copied under that name.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-eneg-'));
fs.copyFileSync('out/main/index.cjs', path.join(dir, 'main.js'));
fs.copyFileSync('out/preload/index.cjs', path.join(dir, 'preload.js'));
fs.copyFileSync('out/renderer/index.html', path.join(dir, 'index.html'));
// The renderer bundle too: what the page runs is where a risky pattern would show.
for (const file of fs.readdirSync('out/renderer/assets').filter((f) => f.endsWith('.js'))) {
  fs.copyFileSync(path.join('out/renderer/assets', file), path.join(dir, `renderer-${file}`));
}
const report = path.join(dir, 'report.csv');
const r = spawnSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    '-i',
    dir,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-e',
    electronVersion,
    '-o',
    report,
    '-v',
    'false',
  ],
  { encoding: 'utf8' },
);
if (!fs.existsSync(report)) {
  console.error(r.stdout, r.stderr);
  console.error('electronegativity did not produce a report');
  process.exit(1);
}
const rows = fs.readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean);
const findings = rows.map((line) => {
  const [issue, severity, confidence] = line.split(',').map((s) => s.replace(/"/g, '').trim());
  return { issue, severity, confidence, line };
});
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.confidence.padEnd(10)} ${f.issue}`);
const high = findings.filter((f) => f.severity === 'HIGH');
const scanned = fs.readdirSync(dir).filter((f) => /\.(js|html)$/.test(f));
console.log(`electronegativity: ${scanned.length} files scanned (${scanned.join(', ')}), ${findings.length} findings, ${high.length} HIGH`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(high.length > 0 ? 1 : 0);
