// From zod/mini: the same global setting as 'zod' (both share zod's core), without pulling the classic API in.
import { config } from 'zod/mini';

// zod compiles object schemas with `new Function` unless told not to; under the page's
// `script-src 'self'` (no 'unsafe-eval') its probe for that is a reported CSP violation.
config({ jitless: true });
