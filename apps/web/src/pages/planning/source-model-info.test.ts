import type { SourceModelSummary } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { defaultModelId } from './source-model-info.ts';

const summary = (id: string): SourceModelSummary => ({
  id,
  name: id,
  geometry: 'line',
  kind: 'electronic-brachytherapy',
  clinicalUse: false,
  checksum: '0'.repeat(64),
  origin: 'shipped',
  importedAt: null,
});

describe('defaultModelId', () => {
  it('starts a new plan with the demonstration line model when it is listed', () => {
    const models = [summary('demo-50kv-ebx'), summary('demo-50kv-ebx-line')];
    expect(defaultModelId(models)).toBe('demo-50kv-ebx-line');
  });

  it('otherwise the first model, and nothing when there is none', () => {
    expect(defaultModelId([summary('imported-a'), summary('imported-b')])).toBe('imported-a');
    expect(defaultModelId([])).toBe('');
  });
});
