import { describe, expect, it } from 'vitest';
import { formatDate, formatMs, formatNumber, formatScalar } from '../../../src/report/format.js';

describe('formatNumber', () => {
  it('prints integers as they are', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-1048576)).toBe('-1048576');
  });

  it('prints other numbers to 4 significant digits without trailing zeros', () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(21.74625462767236)).toBe('21.75');
    expect(formatNumber(-1.142857)).toBe('-1.143');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('uses exponent form for tiny and huge magnitudes', () => {
    expect(formatNumber(0.000012)).toBe('1.2e-5');
    expect(formatNumber(1.23456e-9)).toBe('1.235e-9');
    expect(formatNumber(2.5e20)).toBe('2.5e20');
    expect(formatNumber(1234567.8)).toBe('1.235e6');
  });

  it('never prints NaN: missing values are an em dash', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
});

describe('formatScalar, formatMs, formatDate', () => {
  it('formats summary values', () => {
    expect(formatScalar(null)).toBe('—');
    expect(formatScalar(true)).toBe('yes');
    expect(formatScalar('interval')).toBe('interval');
    expect(formatScalar(0.41234)).toBe('0.4123');
  });

  it('formats durations and dates', () => {
    expect(formatMs(3.2)).toBe('3 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(65_432)).toBe('1 min 5 s');
    expect(formatMs(Number.NaN)).toBe('—');
    expect(formatDate('2025-03-04T10:11:12.000Z')).toBe('2025-03-04 10:11:12 UTC');
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});
