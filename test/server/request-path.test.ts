import { describe, expect, it } from 'vitest';
import { contentTypeFor, isAllowedHost, routeRequest } from '../../src/server/request-path.js';

describe('routeRequest', () => {
  it('routes the dashboard, the live channel and plain files', () => {
    expect(routeRequest('/')).toEqual({ kind: 'dashboard' });
    expect(routeRequest('/index.html?x=1')).toEqual({ kind: 'dashboard' });
    expect(routeRequest('/__tutor/events')).toEqual({ kind: 'events' });
    expect(routeRequest('/notes%20one.html')).toEqual({ kind: 'file', segments: ['notes one.html'] });
    expect(routeRequest('/img/a.png')).toEqual({ kind: 'file', segments: ['img', 'a.png'] });
  });

  it.each([
    ['/../memory/evidence.jsonl', 404],
    ['/%2e%2e/memory/evidence.jsonl', 404],
    ['/%2E%2E%2Fmemory%2Fevidence.jsonl', 404],
    ['/..%5cmemory', 400],
    ['/%252e%252e/memory', 404],
    ['/.git/config', 404],
    ['/.index.html.tmp-1-ab', 404],
    ['/index.html%00.txt', 400],
    ['/%ZZ', 400],
    ['//etc/passwd', 404],
    ['/dir/', 404],
    ['http://evil.example/', 400],
    [`/${'a'.repeat(5000)}`, 400],
  ])('refuses %s with %i', (url, status) => {
    expect(routeRequest(url)).toMatchObject({ kind: 'refused', status });
  });
});

describe('isAllowedHost', () => {
  it('accepts loopback names and IP literals on our port, nothing else', () => {
    expect(isAllowedHost('127.0.0.1:8765', 8765, '127.0.0.1')).toBe(true);
    expect(isAllowedHost('localhost:8765', 8765, '127.0.0.1')).toBe(true);
    expect(isAllowedHost('[::1]:8765', 8765, '::1')).toBe(true);
    expect(isAllowedHost('evil.example:8765', 8765, '127.0.0.1')).toBe(false);
    expect(isAllowedHost('127.0.0.1:9999', 8765, '127.0.0.1')).toBe(false);
    expect(isAllowedHost(undefined, 8765, '127.0.0.1')).toBe(false);
    expect(isAllowedHost('my-laptop:8765', 8765, 'my-laptop')).toBe(true);
  });

  it('sends a charset with text types', () => {
    expect(contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});
