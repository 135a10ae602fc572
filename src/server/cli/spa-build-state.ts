// The check itself is plain JavaScript (build-state.mjs), so `npm start`'s launcher needs no compiler.
export { spaRebuildReason, serverRebuildReason } from './build-state.mjs';
