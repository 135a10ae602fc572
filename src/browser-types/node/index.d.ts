// Stands in for @types/node in the browser typecheck (src/tsconfig.browser.json lists this folder first in
// typeRoots). Some wallet libraries' declarations say `/// <reference types="node" />` (wagmi's Coinbase
// connector via cbw-sdk), which would otherwise load Node's globals — `process`, `Buffer`, `node:*`
// modules — into every browser file. Deliberately empty: browser code gets no Node types.
export {};
