import { describe, expect, it } from 'vitest';
import { offersOtherReports } from './other-reports.tsx';

describe('offersOtherReports', () => {
  it('offers the others for a report the address names that cannot be opened as it is', () => {
    expect(offersOtherReports({ kind: 'unknownBundle', id: 'x' }, 'x')).toBe(true);
    expect(offersOtherReports({ kind: 'http', status: 404, url: '/a.json' }, '/a.json')).toBe(true);
    expect(
      offersOtherReports({ kind: 'refused', value: 'https://e.org/a' }, 'https://e.org/a'),
    ).toBe(true);
    expect(offersOtherReports({ kind: 'invalid', url: '/a.json', problems: [] }, '/a.json')).toBe(
      true,
    );
  });

  it('keeps Retry alone where the failure may pass, or no report was named', () => {
    expect(offersOtherReports({ kind: 'http', status: 503, url: '/a.json' }, 'a')).toBe(false);
    expect(offersOtherReports({ kind: 'network', url: '/a.json' }, 'a')).toBe(false);
    expect(offersOtherReports({ kind: 'timeout', seconds: 20, url: '/a.json' }, 'a')).toBe(false);
    expect(offersOtherReports({ kind: 'unknownBundle', id: 'x' }, undefined)).toBe(false);
    expect(offersOtherReports({ kind: 'catalog', detail: 'shape' }, 'a')).toBe(false);
  });
});
