import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, IPC_COMMAND_CHANNEL } from '../../shared/contract/channels';
import { isAppCommand, type AppCommand } from '../../shared/contract/commands';

/*
 * The renderer's whole view of Electron: two named functions. No ipcRenderer, no event
 * objects, nothing generic passes through the bridge.
 */
contextBridge.exposeInMainWorld('sentra', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, { name, input }),
  onCommand: (listener: (command: AppCommand, arg?: string) => void) => {
    const handler = (_event: IpcRendererEvent, command: unknown, arg: unknown) => {
      if (isAppCommand(command)) listener(command, typeof arg === 'string' ? arg : undefined);
    };
    ipcRenderer.on(IPC_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_COMMAND_CHANNEL, handler);
    };
  },
});
