/** Types of build-state.mjs (plain JavaScript so the launcher runs without a compiler). */
export declare const SPA_INPUTS: readonly string[];
export declare const SERVER_OUT_DIR: string;
export declare const SERVER_ENTRY: string;
export declare const SERVER_INPUTS_FILE: string;
export declare function spaRebuildReason(root: string, distDir: string): string | undefined;
export declare function serverRebuildReason(root: string): string | undefined;
