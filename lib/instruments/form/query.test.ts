import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldSpec, FieldValues } from './fields';
import { CONNECTION_POOL_DEFAULTS, CONNECTION_POOL_FORM } from '../connection-pool/model';
import type { FormSpec } from './form-state';
import { arbitraryValues, orderRanges } from './test-support';
import { STORAGE_FORM, STORAGE_FORM_DEFAULTS, STORAGE_PRESETS } from '../storage/model';
import { TCO_DEFAULTS, TCO_FORM } from '../tco/model';
import { MAX_QUERY_LENGTH, QUERY_TOO_LONG_NOTICE, decodeQuery, encodeQuery, ownQuery } from './query';

const FORMS: [string, FormSpec, FieldValues][] = [
  ['storage', STORAGE_FORM, STORAGE_FORM_DEFAULTS],
  ['connection pool', CONNECTION_POOL_FORM, CONNECTION_POOL_DEFAULTS],
  ['TCO', TCO_FORM, TCO_DEFAULTS],
];

describe('URL state round trip', () => {
  it.each(FORMS)('%s: decode(encode(values)) gives the values back, with no notice', (_, spec, defaults) => {
    fc.assert(
      fc.property(arbitraryValues(spec).map(orderRanges), (values) => {
        // Values that clash across fields are not a state the form can reach; skip them.
        fc.pre(Object.keys(spec.check?.(values) ?? {}).length === 0);
        const decoded = decodeQuery(spec, encodeQuery(spec, values, defaults, ''), defaults);
        expect(decoded.notice).toBeNull();
        expect(decoded.values).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });

  it('writes nothing for the defaults, and only what differs otherwise', () => {
    expect(encodeQuery(STORAGE_FORM, STORAGE_FORM_DEFAULTS, STORAGE_FORM_DEFAULTS, '')).toBe('');
    expect(encodeQuery(STORAGE_FORM, { ...STORAGE_FORM_DEFAULTS, retentionDays: 365 }, STORAGE_FORM_DEFAULTS, '')).toBe('?retentionDays=365');
  });

  it('reopens a preset from its link', () => {
    const shortener = STORAGE_PRESETS.find((preset) => preset.id === 'url-shortener')!;
    const link = encodeQuery(STORAGE_FORM, shortener.values, STORAGE_FORM_DEFAULTS, '');
    expect(link).toBe('?bytesPerRecord=239&recordsPerDay=100000000&blobFraction=0&blobSizeBytes=0');
    expect(decodeQuery(STORAGE_FORM, link, STORAGE_FORM_DEFAULTS).values).toEqual(shortener.values);
  });

  it('keeps other parameters, and other calculators’ parameters, when it writes', () => {
    const search = '?utm_source=mail&tput.dailyActiveUsers=5&retentionDays=10';
    const next = encodeQuery(STORAGE_FORM, { ...STORAGE_FORM_DEFAULTS, bytesPerRecord: 300 }, STORAGE_FORM_DEFAULTS, search);
    expect(next).toBe('?utm_source=mail&tput.dailyActiveUsers=5&bytesPerRecord=300');
  });

  it('separates two calculators of one kind with a prefix', () => {
    const search = '?a.retentionDays=10&b.retentionDays=20';
    expect(decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS, 'a').values.retentionDays).toBe(10);
    expect(decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS, 'b').values.retentionDays).toBe(20);
    expect(decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS).values.retentionDays).toBe(STORAGE_FORM_DEFAULTS.retentionDays);
    expect(ownQuery(STORAGE_FORM, search, 'a')).not.toBe(ownQuery(STORAGE_FORM, '?a.retentionDays=11&b.retentionDays=20', 'a'));
    expect(ownQuery(STORAGE_FORM, search, 'a')).toBe(ownQuery(STORAGE_FORM, '?a.retentionDays=10&b.retentionDays=21', 'a'));
  });
});

describe('hostile and malformed query strings', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';
  it.each<[string, string, string[]]>([
    ['markup', `?bytesPerRecord=${encodeURIComponent(HOSTILE)}`, ['Record size']],
    ['script in a choice', `?poolMode=${encodeURIComponent('<script>alert(1)</script>')}`, []],
    ['text', '?retentionDays=forever', ['Retention']],
    ['empty value', '?retentionDays=', ['Retention']],
    ['negative', '?recordsPerDay=-5', ['New records per day']],
    ['1e30', '?bytesPerRecord=1e30', ['Record size']],
    ['Infinity', '?bytesPerRecord=Infinity', ['Record size']],
    ['NaN', '?bytesPerRecord=NaN', ['Record size']],
    ['hex', '?bytesPerRecord=0x10', ['Record size']],
    ['grouping commas (not how links write numbers)', '?bytesPerRecord=1,000', ['Record size']],
    ['a repeated parameter', '?retentionDays=10&retentionDays=20', ['Retention']],
    ['an over-long value', `?retentionDays=${'1'.repeat(40)}`, ['Retention']],
    ['broken percent-encoding', '?retentionDays=%E0%A4%A', ['Retention']],
    ['a share above 100%', '?indexOverhead=2', ['Index overhead']],
  ])('%s falls back to the default with a notice naming the field', (_, search, names) => {
    const decoded = decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS);
    if (names.length === 0) {
      // Not a storage parameter at all: ignored silently.
      expect(decoded.notice).toBeNull();
      expect(decoded.values).toEqual(STORAGE_FORM_DEFAULTS);
      return;
    }
    expect(decoded.values).toEqual(STORAGE_FORM_DEFAULTS);
    expect(decoded.rejected.map((field) => field.label)).toEqual(names);
    expect(decoded.notice).toBe(`Some values in this link could not be used, so the defaults are shown for: ${names.join(', ')}.`);
  });

  it('rejects a choice that is not offered', () => {
    const decoded = decodeQuery(CONNECTION_POOL_FORM, `?poolMode=${encodeURIComponent(HOSTILE)}&poolSize=20`, CONNECTION_POOL_DEFAULTS);
    expect(decoded.values).toEqual({ ...CONNECTION_POOL_DEFAULTS, poolSize: 20 });
    expect(decoded.notice).toContain('Pooler');
  });

  it('never puts link text into the notice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...STORAGE_FORM.fields.map((f) => f.key)), (text, key) => {
        const search = `?${key}=${encodeURIComponent(`${text}<b>zz9</b>`)}`;
        const decoded = decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS);
        expect(decoded.notice ?? '').not.toContain('zz9');
        expect(decoded.notice ?? '').not.toContain('<');
      }),
    );
  });

  it('keeps the good values of a link and drops only the bad ones', () => {
    const decoded = decodeQuery(STORAGE_FORM, '?retentionDays=365&bytesPerRecord=abc', STORAGE_FORM_DEFAULTS);
    expect(decoded.values).toEqual({ ...STORAGE_FORM_DEFAULTS, retentionDays: 365 });
    expect(decoded.rejected.map((field) => field.key)).toEqual(['bytesPerRecord']);
  });

  it('ignores its own parameters when together they are too long to read', () => {
    const search = `?retentionDays=365&bytesPerRecord=1&bytesPerRecord=${'9'.repeat(MAX_QUERY_LENGTH)}`;
    expect(decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS)).toEqual({
      values: STORAGE_FORM_DEFAULTS,
      rejected: [],
      notice: QUERY_TOO_LONG_NOTICE,
    });
  });

  it('keeps its values beside a long parameter that is not its own, and leaves that parameter alone', () => {
    const junk = `junk=${'x'.repeat(MAX_QUERY_LENGTH + 10)}`;
    const decoded = decodeQuery(STORAGE_FORM, `?retentionDays=365&${junk}`, STORAGE_FORM_DEFAULTS);
    expect(decoded).toEqual({ values: { ...STORAGE_FORM_DEFAULTS, retentionDays: 365 }, rejected: [], notice: null });
    expect(encodeQuery(STORAGE_FORM, decoded.values, STORAGE_FORM_DEFAULTS, `?${junk}`)).toBe(`?${junk}&retentionDays=365`);
  });

  it('drops values that are fine alone but clash (a low end above its high end)', () => {
    // Neon's Scale plan defaults to $1,646–2,943 a month, so a low end of $3,000 is above its high end.
    expect(TCO_DEFAULTS['neon-scale.infraHigh']).toBe(2_943);
    const decoded = decodeQuery(TCO_FORM, '?neon-scale.infraLow=3000&engineerUsdPerHour=150', TCO_DEFAULTS);
    expect(decoded.values).toEqual({ ...TCO_DEFAULTS, engineerUsdPerHour: 150 });
    expect(decoded.notice).toBe(
      'Some values in this link could not be used, so the defaults are shown for: Neon (Scale plan): infrastructure, low, Neon (Scale plan): infrastructure, high.',
    );
  });

  it('names at most four fields and counts the rest', () => {
    const search = '?' + STORAGE_FORM.fields.map((field: FieldSpec) => `${field.key}=x`).join('&');
    const decoded = decodeQuery(STORAGE_FORM, search, STORAGE_FORM_DEFAULTS);
    expect(decoded.values).toEqual(STORAGE_FORM_DEFAULTS);
    expect(decoded.notice).toMatch(/Record size, New records per day, Retention, Replication factor and 6 more\.$/);
  });
});
