// Vite's client types (import.meta.env, CSS and asset imports) for the browser typecheck; named here
// because that config's typeRoots start with the empty Node stand-in beside this file.
/// <reference types="vite/client" />
