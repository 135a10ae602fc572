// Mutation testing of the pre-sign policy and the amount maths (issue 12, part 2).
// Run with `npm run test:mutation`; not part of `npm test`. Everything it writes stays under the
// git-ignored tests/.tmp/ (sandboxes, incremental file, HTML and JSON reports).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  mutate: [
    'src/domain/policy/**/*.ts',
    'src/domain/amounts.ts',
    '!src/domain/**/*.test.ts',
    '!src/domain/policy/test-fixtures.ts',
  ],
  // Only what the domain tests need is copied into the sandbox: src (with its tsconfigs), the root tsconfig and
  // the captured fixtures some domain tests read (tests/fixtures).
  ignorePatterns: ['**', '!src/**', '!tests/mutation/**', '!tests/fixtures/**', '!package.json', '!tsconfig.json'],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  tempDirName: 'tests/.tmp/stryker',
  // Reruns test only the mutants whose code or tests changed (`--incremental`); `--force` tests all again.
  incrementalFile: 'tests/.tmp/mutation/stryker-incremental.json',
  cleanTempDir: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tests/.tmp/mutation/mutation.html' },
  jsonReporter: { fileName: 'tests/.tmp/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
};
