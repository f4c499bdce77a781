import { describe, expect, it } from 'vitest';
import { AdvisorInputError } from './errors';

describe('AdvisorInputError', () => {
  it('carries the field, the value and a recognisable name', () => {
    const error = new AdvisorInputError('teamSize', 'teamSize must not be negative (got -1)', -1);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AdvisorInputError', field: 'teamSize', value: -1, message: 'teamSize must not be negative (got -1)' });
  });
});
