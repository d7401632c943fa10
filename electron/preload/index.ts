import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, IPC_COMMAND_CHANNEL } from '../../shared/contract/channels';
import { isAppCommand, type AppCommand } from '../../shared/contract/commands';

/*
 * The renderer's whole view of Electron: two named functions. No ipcRenderer, no event
 * objects, nothing generic passes through the bridge.
 */
// Commands are received from the page's first moment and held until the renderer subscribes:
// a file opened from the OS is sent as soon as the page loads, before React has mounted.
let deliver: ((command: AppCommand, arg?: string) => void) | null = null;
const held: [AppCommand, string | undefined][] = [];
ipcRenderer.on(IPC_COMMAND_CHANNEL, (_event: IpcRendererEvent, command: unknown, arg: unknown) => {
  if (!isAppCommand(command)) return;
  const text = typeof arg === 'string' ? arg : undefined;
  if (deliver) deliver(command, text);
  else held.push([command, text]);
});

contextBridge.exposeInMainWorld('sentra', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, { name, input }),
  onCommand: (listener: (command: AppCommand, arg?: string) => void) => {
    deliver = listener;
    for (const [command, arg] of held.splice(0)) listener(command, arg);
    return () => {
      if (deliver === listener) deliver = null;
    };
  },
});
