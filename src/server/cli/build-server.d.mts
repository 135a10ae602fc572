/** Types of build-server.mjs (plain JavaScript so `npm ci`'s prepare runs without a compiler). */
export declare function buildServer(root: string, outDir?: string): Promise<number>;
