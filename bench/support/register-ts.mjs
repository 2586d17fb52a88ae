// `node --import ./bench/support/register-ts.mjs file.ts`: runs the bench straight from its
// TypeScript sources, like Jest does (swc). Compiling to an outDir with tsc would break
// test/support/platform.ts, which finds the repository (and dist/apps) from import.meta.dirname.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
