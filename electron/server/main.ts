import path from 'node:path';
import { createServices } from '../services/createServices';
import { defaultDataDir, defaultWorkspacesDir } from '../services/app/defaultPaths';
import { fileLogger } from '../services/fileLogger';
import { projectRoot, readAppVersion } from '../services/app/projectRoot';
import { parseWebArgs } from './webArgs';
import { startWebServer } from './webServer';

/** `npm run web`: serves the built renderer and the services to a local browser. */
async function main(): Promise<void> {
  // scripts/web.mjs has read the command line already; `npm start` falling back to browser mode has not.
  const args = parseWebArgs(process.argv.slice(2), process.env);
  if (args.kind === 'help') return void console.log(args.text);
  if (args.kind === 'usageError') {
    console.error(args.text);
    return void (process.exitCode = 2);
  }
  const { port, dataDir: dataDirArg, workspacesDir } = args.options;
  const root = projectRoot();
  const dataDir = path.resolve(dataDirArg ?? defaultDataDir());
  const services = createServices({
    appVersion: readAppVersion(),
    host: 'browser',
    dataDir,
    defaultDir: path.resolve(workspacesDir ?? defaultWorkspacesDir()),
    resourcesDir: path.join(root, 'resources'),
    log: fileLogger(dataDir),
  });
  const server = await startWebServer({ services, rendererDir: path.join(root, 'out', 'renderer'), port });
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
