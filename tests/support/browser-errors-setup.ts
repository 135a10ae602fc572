import { afterAll, afterEach, expect } from 'vitest';
import { takeBrowserErrorProblems } from './browser-errors';

// Every e2e journey (this file is the e2e project's setupFiles) fails on a browser error it did not declare.
afterEach(() => {
  expect(takeBrowserErrorProblems(), 'browser errors (declare deliberate ones with expectBrowserErrors)').toEqual([]);
});

// Catches what arrived after the last test's check (in afterAll hooks, or late events).
afterAll(() => {
  expect(takeBrowserErrorProblems(), 'browser errors after the last test').toEqual([]);
});
