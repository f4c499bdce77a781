import { describe, expect, it } from 'vitest';
import { checkInt4, checkInt8, compareValues, integerLiteralType, parseLiteral, valueToText } from './values';

describe('values', () => {
  it('parses literals the way PostgreSQL input functions do', () => {
    expect(parseLiteral(' 42 ', 'int4')).toBe(42);
    expect(parseLiteral('-0', 'int4')).toBe(0);
    expect(() => parseLiteral('4.5', 'int4')).toThrow('invalid input syntax for type integer: "4.5"');
    expect(() => parseLiteral('3000000000', 'int4')).toThrow('value "3000000000" is out of range for type integer');
    expect(parseLiteral('3000000000', 'int8')).toBe(3000000000);
    for (const t of ['t', 'TRUE', 'yes', 'on', '1']) expect(parseLiteral(t, 'bool')).toBe(true);
    for (const f of ['f', 'false', 'no', 'off', '0']) expect(parseLiteral(f, 'bool')).toBe(false);
    expect(() => parseLiteral('maybe', 'bool')).toThrow('invalid input syntax for type boolean: "maybe"');
  });

  it('range-checks integer results', () => {
    expect(checkInt4(2147483647)).toBe(2147483647);
    expect(() => checkInt4(2147483648)).toThrow('integer out of range');
    expect(() => checkInt8(2 ** 63)).toThrow('bigint out of range');
    expect(checkInt8(-(2 ** 63))).toBe(-(2 ** 63));
    expect(integerLiteralType(2147483648)).toBe('int8');
  });

  it('compares and prints values', () => {
    expect(compareValues('B', 'a')).toBeLessThan(0); // C collation: byte order
    expect(compareValues(false, true)).toBeLessThan(0);
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(valueToText(true)).toBe('true');
    expect(valueToText(null)).toBeNull();
  });
});
