import { describe, expect, it } from 'vitest';
import { localSiteUrl, siteUrl } from './site';

describe('siteUrl', () => {
  it('takes SITE_URL without its trailing slash', () => {
    expect(siteUrl('https://guide.example/', '3900')).toBe('https://guide.example');
  });

  it('without SITE_URL, points at the local server on PORT, or 3000', () => {
    expect(siteUrl(undefined, '3900')).toBe('http://localhost:3900');
    expect(siteUrl('', undefined)).toBe('http://localhost:3000');
    for (const bad of ['abc', '0', '70000', '39.5', '']) expect(localSiteUrl(bad)).toBe('http://localhost:3000');
  });

  it('refuses a value that is not an absolute http(s) URL', () => {
    expect(() => siteUrl('guide.example')).toThrow(/absolute http\(s\) URL/);
    expect(() => siteUrl('ftp://guide.example')).toThrow(/http or https/);
  });
});
