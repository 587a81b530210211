// The IPC contract between the preload and the main process (bundled into both; no electron import here).

/** The one generic channel: every API call goes through the service's validated `call`. */
export const INVOKE_CHANNEL = 'pacte:invoke';
