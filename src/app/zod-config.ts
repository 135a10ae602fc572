import { config } from 'zod';

// zod compiles object schemas with `new Function` unless told not to; under the page's
// `script-src 'self'` (no 'unsafe-eval') its probe for that is a reported CSP violation.
config({ jitless: true });
