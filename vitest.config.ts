import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Corpus tests parse every real report; give slow CI machines room without hiding hangs.
    testTimeout: 30_000,
  },
});
