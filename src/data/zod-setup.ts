// Zod 4 probes for `new Function` support unless told not to; the probe is blocked by our
// Content-Security-Policy. Every module that defines a schema imports this first, so the setting
// is in place before any schema exists, whichever of them the page happens to load first.
import * as z from 'zod/mini';

z.config({ jitless: true });
