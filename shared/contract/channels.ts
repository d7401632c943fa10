/** The one IPC channel every call travels on (the call's name is in the message, not a channel per call). */
export const IPC_CHANNEL = 'sentra:call';
/** Main → renderer: a menu command the renderer carries out (same commands as its own buttons). */
export const IPC_COMMAND_CHANNEL = 'sentra:command';
