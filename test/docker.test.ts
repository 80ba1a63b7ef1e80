import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// No Docker daemon runs here: this checks what can be checked without one.
const root = new URL('../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.trim().startsWith('#'));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the Dockerfile', () => {
  it('copies only files that exist in the repository (or come from an earlier stage)', () => {
    const copies = instructions.filter((line) => /^COPY\s/.test(line) && !line.includes('--from='));
    expect(copies.length).toBeGreaterThan(0);
    for (const line of copies) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) expect(existsSync(new URL(source, root)), `${source} (${line})`).toBe(true);
    }
  });

  it('runs the same command as npm start', () => {
    const cmd = instructions.find((line) => line.startsWith('CMD '))!;
    expect(JSON.parse(cmd.slice(4))).toEqual(['sh', '-c', `exec ${packageJson.scripts.start}`]);
  });

  it('builds on Node 20 slim, installs production dependencies only, runs as a non-root user', () => {
    const froms = instructions.filter((line) => line.startsWith('FROM '));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^FROM node:20-slim\b/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    const user = instructions.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/\broot\b|\b0\b/);
  });

  it('checks health with a script the build compiles, against /healthz', () => {
    const healthcheck = instructions.find((line) => line.startsWith('HEALTHCHECK '))!;
    expect(healthcheck).toContain('dist/bot/healthcheck.js');
    expect(existsSync(new URL('src/bot/healthcheck.ts', root))).toBe(true);
    expect(readFileSync(new URL('src/bot/healthcheck.ts', root), 'utf8')).toContain('/healthz');
  });

  it('keeps the defaults it sets when run with a copy of .env.example as --env-file', () => {
    // An empty line in the env file would set the variable empty, over the image's ENV.
    const imageEnv = instructions
      .filter((line) => line.startsWith('ENV '))
      .flatMap((line) => [...line.matchAll(/([A-Z_]+)=/g)].map((match) => match[1]!));
    const exampleSets = readFileSync(new URL('.env.example', root), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(imageEnv).toEqual(expect.arrayContaining(['PORT', 'METRICS_PORT']));
    expect(imageEnv.filter((name) => exampleSets.includes(name))).toEqual([]);
  });

  it('keeps secrets and local builds out of the build context', () => {
    const ignored = readFileSync(new URL('.dockerignore', root), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['.env', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});
