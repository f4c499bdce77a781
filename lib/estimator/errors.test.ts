import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';

describe('EstimatorInputError', () => {
  it('carries the field, the value and a message', () => {
    const error = new EstimatorInputError('replicationFactor', 'replicationFactor must be at least 1 (got 0.5)', 0.5);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(EstimatorInputError);
    expect(error.name).toBe('EstimatorInputError');
    expect(error.field).toBe('replicationFactor');
    expect(error.fields).toEqual(['replicationFactor']);
    expect(error.value).toBe(0.5);
    expect(error.message).toBe('replicationFactor must be at least 1 (got 0.5)');
  });

  it('joins several fields for overflow errors', () => {
    const error = new EstimatorInputError(['bytesPerRecord', 'recordsPerDay'], 'too large');
    expect(error.field).toBe('bytesPerRecord, recordsPerDay');
    expect(error.fields).toEqual(['bytesPerRecord', 'recordsPerDay']);
  });
});
