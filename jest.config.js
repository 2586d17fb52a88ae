// Jest in ESM mode (NestJS 12 is ESM-only): @swc/jest compiles TypeScript with decorator metadata,
// and `.js` suffixes of relative imports are mapped back to the `.ts` sources.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// Generous per-test budget and a store-liveness check for the tiers on real infrastructure.
const REAL_INFRA_SETUP = '<rootDir>/test/support/store-watch.ts';

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@onstream/common$': '<rootDir>/libs/common/src/index.ts',
    '^@onstream/common/(.*)\\.js$': '<rootDir>/libs/common/src/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'] },
    // Real stores and processes: a slow moment of a shared 2-core machine must not fail a test, so
    // these tiers get a generous budget per test instead of jest's 5 s (speed is measured by the
    // benches), set in their setup file because jest ignores `testTimeout` inside a project.
    { ...shared, displayName: 'integration', setupFilesAfterEnv: [REAL_INFRA_SETUP], testMatch: ['<rootDir>/apps/**/*.int-spec.ts', '<rootDir>/libs/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', setupFilesAfterEnv: [REAL_INFRA_SETUP], testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
