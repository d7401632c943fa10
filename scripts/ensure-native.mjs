// Makes sure better-sqlite3 has the native build each runtime needs, with no manual step.
//   node      – the build in node_modules, for tests, the CLI and browser mode (rebuilt if it
//               was left built for another ABI, e.g. after packaging).
//   electron  – a separate build for Electron's ABI in .cache/native/, which the app loads via
//               SENTRA_SQLITE_BINDING; the Node build stays untouched, so tests keep working.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// fileURLToPath, not URL.pathname: a folder with a space or a Windows drive letter must survive.
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = process.argv[2] ?? 'node';

function nodeBuildWorks() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  return r.status === 0;
}

function electronBindingPath() {
  const version = require('electron/package.json').version;
  return path.join(root, '.cache', 'native', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

if (target === 'node') {
  if (!nodeBuildWorks()) {
    console.log('better-sqlite3: rebuilding for Node', process.version);
    // Windows runs npm.cmd only through a shell (Node refuses .cmd files without one).
    execFileSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (!nodeBuildWorks()) process.exit(1);
  }
} else if (target === 'electron') {
  const out = electronBindingPath();
  if (!fs.existsSync(out)) {
    const version = require('electron/package.json').version;
    const work = path.join(root, '.cache', 'native', 'build');
    fs.rmSync(work, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
    console.log(`better-sqlite3: building for Electron ${version} (one time)`);
    // A prebuilt binary when one is published, otherwise a compile against Electron's headers.
    const env = { ...process.env };
    delete env.npm_config_nodedir;
    // Each tool's own script run by this Node: no .cmd shims (Windows), no shell to quote paths for.
    const prebuildInstall = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    try {
      const prebuilt = spawnSync(process.execPath, [prebuildInstall, '--runtime', 'electron', '--target', version, '--arch', process.arch], {
        cwd: work,
        stdio: 'inherit',
        env,
      });
      if (prebuilt.status !== 0) {
        // node-gyp is called directly, not through npm, so no npm `nodedir` setting can swap Electron's headers for Node's.
        execFileSync(
          process.execPath,
          [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
          {
            cwd: work,
            stdio: 'inherit',
            env,
          },
        );
      }
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), out);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  // The installer picks the binding up from one fixed place (electron-builder.yml extraResources).
  const forDist = path.join(root, '.cache', 'native', 'dist', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(forDist), { recursive: true });
  fs.copyFileSync(out, forDist);
  process.stdout.write(`${out}\n`);
} else {
  console.error('usage: ensure-native.mjs node|electron');
  process.exit(2);
}
