import { describe, expect, it } from 'vitest';
import { isAllowedPushEndpoint } from './push-endpoint';

const allowed = ['fcm.googleapis.com', '*.push.apple.com', '127.0.0.1:8443', 'push.example.gov.my:9443'];

describe('isAllowedPushEndpoint', () => {
  it("takes a plain entry's host and sub-domains, a wildcard's sub-domains only, on port 443", () => {
    expect(isAllowedPushEndpoint('https://fcm.googleapis.com/fcm/send/x', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://FCM.googleapis.com:443/fcm/send/x', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://eu.fcm.googleapis.com/x', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://web.push.apple.com/x', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://push.apple.com/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://evilpush.apple.com/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://fcm.googleapis.com:444/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('http://fcm.googleapis.com/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('not a url', allowed)).toBe(false);
  });

  it('takes a host:port entry exactly, the only way to name an IP address or another port', () => {
    expect(isAllowedPushEndpoint('https://127.0.0.1:8443/push/1', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://0x7f.0.0.1:8443/push/1', allowed)).toBe(true); // the same address, written otherwise
    expect(isAllowedPushEndpoint('https://127.0.0.1/push/1', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://127.0.0.2:8443/push/1', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://push.example.gov.my:9443/x', allowed)).toBe(true);
    expect(isAllowedPushEndpoint('https://push.example.gov.my/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://a.push.example.gov.my:9443/x', allowed)).toBe(false);
    expect(isAllowedPushEndpoint('https://169.254.169.254/latest/', ['*.254', '169.254.169.254'])).toBe(false);
    expect(isAllowedPushEndpoint('https://localhost/x', ['localhost'])).toBe(false);
  });
});
