import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../services/createServices';
import { defaultDataDir, defaultWorkspacesDir } from '../services/app/defaultPaths';
import { fileLogger } from '../services/fileLogger';
import { projectRoot, readAppVersion } from '../services/app/projectRoot';
import { startWebServer } from './webServer';

/** `npm run web`: serves the built renderer and the services to a local browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'workspaces-dir': { type: 'string' },
    },
  });
  const root = projectRoot();
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const services = createServices({
    appVersion: readAppVersion(),
    host: 'browser',
    dataDir,
    defaultDir: path.resolve(values['workspaces-dir'] ?? defaultWorkspacesDir()),
    resourcesDir: path.join(root, 'resources'),
    log: fileLogger(dataDir),
  });
  const server = await startWebServer({ services, rendererDir: path.join(root, 'out', 'renderer'), port: Number(values.port) });
  console.log(
    `Sentra (browser mode) is running. Open this address in Chromium or Chrome:\n\n  ${server.url}\n\nData and backups: ${dataDir}\nPress Ctrl+C to stop.`,
  );
  const stop = () => {
    void server
      .close()
      .then(() => services.shutdown())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
