import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkStepById, frameworkSteps, interviewLengths, planTotalMinutes, stepNumber } from './framework';

const ROOT = path.resolve(__dirname, '../..');

describe('the framework data', () => {
  it('has the seven steps in interview order', () => {
    expect(frameworkSteps.map((step) => step.id)).toEqual([
      'clarify-requirements',
      'frame-the-problem',
      'data-preparation',
      'model-development',
      'evaluation',
      'serving',
      'monitoring',
    ]);
  });

  it.each(interviewLengths)('gives a %i-minute plan that sums exactly to its length', (length) => {
    // 45: 5 + 4 + 7 + 11 + 6 + 7 + 5 = 45; 60: 5 + 5 + 9 + 16 + 8 + 10 + 7 = 60.
    expect(planTotalMinutes(length)).toBe(length);
    expect(frameworkSteps.every((step) => Number.isInteger(step.minutes[length]) && step.minutes[length] > 0)).toBe(true);
  });

  it.each(frameworkSteps.map((step) => [step.id, step] as const))('%s has a goal, 5 to 8 checklist items, signals and mistakes', (_id, step) => {
    expect(step.goal).toMatch(/\.$/);
    expect(step.checklist.length).toBeGreaterThanOrEqual(5);
    expect(step.checklist.length).toBeLessThanOrEqual(8);
    expect(step.signals.length).toBeGreaterThan(0);
    expect(step.mistakes.length).toBeGreaterThan(0);
  });

  it('numbers steps from 1 and finds them by id', () => {
    expect(stepNumber('clarify-requirements')).toBe(1);
    expect(stepNumber('monitoring')).toBe(7);
    expect(frameworkStepById('evaluation').title).toBe('Evaluation');
    expect(() => frameworkStepById('deployment')).toThrow(/Unknown framework step "deployment"/);
  });
});

describe('every step has its page, and the page reads the data', () => {
  it.each(frameworkSteps.map((step) => [step.id, step] as const))('docs/framework/%s.mdx', (id, step) => {
    const source = fs.readFileSync(path.join(ROOT, 'docs/framework', `${id}.mdx`), 'utf8');
    expect(source).toMatch(new RegExp(`^slug: /framework/${id}$`, 'm'));
    expect(source).toContain(`title: "Step ${stepNumber(id)}: ${step.title}"`);
    expect(source).toContain(`<FrameworkStep id="${id}" />`);
  });
});
