// The IPC contract between the preload and the main process (bundled into both; no electron import here).

/** The one generic channel: every API call goes through the service's validated `call`. */
export const INVOKE_CHANNEL = 'pacte:invoke';

/** The one action the service cannot do from its side: open an attached file with the system's viewer. */
export const OPEN_ATTACHMENT_CHANNEL = 'pacte:open-attachment';

/** Save documents the app made where the user chooses (native dialog), and show a saved one in its folder. */
export const SAVE_FILE_CHANNEL = 'pacte:save-file';
export const SAVE_FILES_CHANNEL = 'pacte:save-files';
export const SHOW_IN_FOLDER_CHANNEL = 'pacte:show-in-folder';
