import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_FIELDS, ERROR_REPORT_TEMPLATE, errorReportUrl, parseRepositoryUrl } from './errorReport';

describe('the repository URL from REPOSITORY_URL', () => {
  it('is absent when the variable is unset or blank', () => {
    expect(parseRepositoryUrl(undefined)).toBeUndefined();
    expect(parseRepositoryUrl('  ')).toBeUndefined();
  });

  it('drops a trailing slash and a .git suffix', () => {
    expect(parseRepositoryUrl('https://github.com/owner/repo')).toBe('https://github.com/owner/repo');
    expect(parseRepositoryUrl(' https://github.com/owner/repo/ ')).toBe('https://github.com/owner/repo');
    expect(parseRepositoryUrl('https://github.com/owner/repo.git')).toBe('https://github.com/owner/repo');
  });

  it('fails the build on anything but a repository address', () => {
    for (const bad of ['owner/repo', 'git@github.com:owner/repo.git', 'https://github.com/owner', 'https://github.com/owner/repo/issues', 'ftp://example.com/o/r']) {
      expect(() => parseRepositoryUrl(bad), bad).toThrow(/REPOSITORY_URL must be the repository's web address/);
    }
  });
});

describe('a report link', () => {
  it('opens the error form pre-filled with the page title, the section permalink and the quoted heading', () => {
    const url = errorReportUrl('https://github.com/owner/repo', {
      pageTitle: 'Ad click prediction',
      permalink: 'https://owner.github.io/repo/docs/case-studies/ad-click-prediction#evaluation',
      heading: 'Evaluation & A/B test',
    });
    expect(url).toBe(
      'https://github.com/owner/repo/issues/new?template=error-in-a-chapter.yml' +
        '&title=Error+in+Ad+click+prediction%3A+%E2%80%9CEvaluation+%26+A%2FB+test%E2%80%9D' +
        '&page=Ad+click+prediction' +
        '&section=https%3A%2F%2Fowner.github.io%2Frepo%2Fdocs%2Fcase-studies%2Fad-click-prediction%23evaluation',
    );
    const params = new URL(url).searchParams;
    expect(params.get('title')).toBe('Error in Ad click prediction: “Evaluation & A/B test”');
    expect(params.get('section')).toBe('https://owner.github.io/repo/docs/case-studies/ad-click-prediction#evaluation');
  });

  it('fills fields that the issue form has, under the same ids', () => {
    const file = path.resolve(import.meta.dirname, '../../.github/ISSUE_TEMPLATE', ERROR_REPORT_TEMPLATE);
    const form = yaml.load(fs.readFileSync(file, 'utf8')) as { body: Array<{ type: string; id?: string }> };
    const ids = form.body.filter((field) => field.type !== 'markdown').map((field) => field.id);
    for (const id of Object.values(ERROR_REPORT_FIELDS)) expect(ids).toContain(id);
  });
});
