import type { BuildOptions } from 'esbuild';

export declare const commonNodeBundle: BuildOptions;
export declare function cliBundle(outfile: string): BuildOptions;
