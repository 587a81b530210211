// What a CLI command may touch, so that tests run it in-process and read what it printed.
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where package.json, db/migrations, resources/ and dist/renderer are. */
  appRoot: string;
  /** Resolves when the process is asked to stop (serve waits on it). */
  untilStopped: () => Promise<void>;
};
