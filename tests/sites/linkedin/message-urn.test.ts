import { describe, expect, it } from 'vitest';
import { parseMessageUrn } from '../../../src/sites/linkedin/message-urn';

describe('parseMessageUrn', () => {
  it('reads the mailbox, conversation and send time of a real message urn', () => {
    const urn =
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAATEST0000000000000000000000000000005,2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==)';
    expect(parseMessageUrn(urn)).toEqual({
      mailbox: 'ACoAATEST0000000000000000000000000000005',
      conversation: '8482fcae-ae85-4ae7-befe-95487d5269b6_100',
      sentAt: 1779418383641,
    });
  });

  it('keeps the mailbox when the message id is not the known encoding', () => {
    expect(parseMessageUrn('urn:li:msg_message:(urn:li:fsd_profile:ACoAAX,2-bm90LXRoZS1mb3JtYXQ=)')).toEqual({ mailbox: 'ACoAAX' });
  });

  it('rejects other urns', () => {
    expect(parseMessageUrn('urn:li:activity:1')).toBeUndefined();
  });
});
