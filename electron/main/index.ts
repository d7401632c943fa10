import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { IPC_CHANNEL, IPC_COMMAND_CHANNEL } from '../../shared/contract/channels';
import type { AppCommand } from '../../shared/contract/commands';
import { createServices, type Services } from '../services/createServices';
import { defaultWorkspacesDir } from '../services/app/defaultPaths';
import { fileLogger } from '../services/fileLogger';
import type { Logger } from '../services/types';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, isAppUrl } from './appProtocol';
import { externalLinkAction } from './externalLinkAction';
import { httpLinkDialog } from './httpLinkDialog';
import { menuTemplate } from './menuTemplate';
import { electronPrinter } from './printToPdf';
import { denyAllPermissions, hardenContents, isTrustedSender } from './security';
import { translate } from './translate';
import { windowOptions } from './windowOptions';

/*
 * The Electron shell: windows, menu and IPC, kept thin. Everything the app does lives in
 * the services (plain Node) and the renderer, which browser mode runs as well.
 */

/** The built renderer, served to the windows as app://sentra/ (appProtocol.ts). */
const rendererDir = path.join(__dirname, '..', 'renderer');
// Privileges can be granted only before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
/** Demo data and icons: copied beside the app when packaged (electron-builder.yml extraResources). */
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');

if (app.isPackaged) {
  process.env.SENTRA_SQLITE_BINDING = path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
}

/** A .sentra path among the command-line arguments (file association, second instance). */
function fileArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => a.toLowerCase().endsWith('.sentra'));
}

let services: Services;
let log: Logger = () => undefined;

const windowOf = (clientId: string) => BrowserWindow.getAllWindows().find((w) => String(w.webContents.id) === clientId) ?? null;

/** Opens a link in the OS browser: https at once, http once the facilitator agrees, nothing else. */
async function openExternalLink(url: string, win: BrowserWindow | null): Promise<boolean> {
  const action = externalLinkAction(url);
  if (action === 'refuse') return false;
  if (action === 'confirm') {
    const options = httpLinkDialog(translate(services.settings.language), url);
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
  }
  await shell.openExternal(url);
  return true;
}

function send(win: BrowserWindow | null, command: AppCommand, arg?: string): void {
  win?.webContents.send(IPC_COMMAND_CHANNEL, command, arg);
}

function refreshMenu(): void {
  const t = translate(services.settings.language);
  const recent = services.settings.recent.map((r) => ({ path: r.path, fileName: path.basename(r.path) }));
  const template = menuTemplate(t, recent, (c, arg) => send(BrowserWindow.getFocusedWindow(), c, arg), process.platform === 'darwin');
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(openPath?: string): BrowserWindow {
  const win = new BrowserWindow(
    windowOptions('main', { preload: path.join(__dirname, '..', 'preload', 'index.cjs'), icon: path.join(resourcesDir, 'icons', 'icon.png') }),
  );
  win.once('ready-to-show', () => win.show());
  win.webContents.once('did-finish-load', () => {
    if (openPath) send(win, 'openRecent', openPath);
  });
  const clientId = String(win.webContents.id);
  win.on('closed', () => void services.registry.close(clientId));
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function startServices(): void {
  // Tests (and portable use) may point the data and workspace folders elsewhere.
  const dataDir = process.env.SENTRA_DATA_DIR ?? app.getPath('userData');
  const workspacesDir = process.env.SENTRA_WORKSPACES_DIR ?? defaultWorkspacesDir(app.getPath('documents'));
  log = fileLogger(dataDir);
  services = createServices(
    {
      appVersion: app.getVersion(),
      host: 'electron',
      dataDir,
      defaultDir: workspacesDir,
      resourcesDir,
      log,
      // Forum documents print in a hidden window of this Electron, not a Chromium found on the machine.
      printPdf: electronPrinter(path.join(dataDir, 'print')),
    },
    {
      overrides: {
        'app.pickPath': async ({ mode, filter }, { clientId }) => {
          const win = windowOf(clientId);
          const t = translate(services.settings.language);
          const filters = filter === 'json' ? [{ name: 'JSON', extensions: ['json'] }] : [{ name: 'Sentra', extensions: ['sentra'] }];
          if (mode === 'save') {
            const r = win ? await dialog.showSaveDialog(win, { filters }) : await dialog.showSaveDialog({ filters });
            return r.canceled || !r.filePath ? null : r.filePath;
          }
          const properties: ('openFile' | 'openDirectory' | 'createDirectory')[] = mode === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'];
          const options = { title: t(mode === 'folder' ? 'workspace.folder' : 'menu.open'), properties, filters: mode === 'folder' ? [] : filters };
          const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
        'app.setFullScreen': ({ on }, { clientId }) => {
          windowOf(clientId)?.setFullScreen(on);
          return true;
        },
        'app.openExternal': ({ url }, { clientId }) => openExternalLink(url, windowOf(clientId)),
      },
    },
  );
  ipcMain.handle(IPC_CHANNEL, async (event, message: unknown) => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) {
      log('warn', 'rejected IPC from an untrusted frame', { url: event.senderFrame?.url });
      return { ok: false, error: { code: 'forbiddenSender' } };
    }
    const { name, input } = (typeof message === 'object' && message !== null ? message : {}) as { name?: unknown; input?: unknown };
    const result = await services.call(name, input, { clientId: String(event.sender.id) });
    // Language and recent files feed the menu.
    if (result.ok && (name === 'app.setLanguage' || String(name).startsWith('workspace.'))) refreshMenu();
    return result;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const win = BrowserWindow.getAllWindows()[0];
    const file = fileArgument(argv);
    if (!win) return void createWindow(file);
    if (win.isMinimized()) win.restore();
    win.focus();
    if (file) send(win, 'openRecent', file);
  });
  // macOS hands a double-clicked file over by event, not argv, possibly before the app is ready.
  let fileBeforeReady: string | undefined;
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const win = BrowserWindow.getAllWindows()[0];
    if (win) send(win, 'openRecent', file);
    else if (app.isReady()) createWindow(file);
    else fileBeforeReady = file;
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, isAppUrl, (url) => {
      openExternalLink(url, BrowserWindow.fromWebContents(contents)).catch((e: unknown) => log('warn', 'could not open a link', { message: String(e) }));
    });
  });
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
    denyAllPermissions(session.defaultSession);
    startServices();
    refreshMenu();
    createWindow(fileArgument(process.argv) ?? fileBeforeReady);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    event.preventDefault();
    void services.shutdown().finally(() => app.exit(0));
  });
}
