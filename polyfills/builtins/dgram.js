// node:dgram — bridge to the kernel socket table (UDP, a later step).
import events from './events.js';
import { stubFn, stubClass } from './internal/stub.js';

const Socket = stubClass('dgram.Socket', {
  base: events.EventEmitter,
  protoMethods: ['bind', 'connect', 'disconnect', 'send', 'close', 'address', 'remoteAddress', 'setBroadcast',
    'setTTL', 'setMulticastTTL', 'setMulticastLoopback', 'setMulticastInterface', 'addMembership', 'dropMembership',
    'addSourceSpecificMembership', 'dropSourceSpecificMembership', 'ref', 'unref', 'setRecvBufferSize',
    'setSendBufferSize', 'getRecvBufferSize', 'getSendBufferSize', 'getSendQueueSize', 'getSendQueueCount'],
  length: 2,
});

export default {
  _createSocketHandle: stubFn('dgram._createSocketHandle', 5),
  createSocket: stubFn('dgram.createSocket', 2),
  Socket,
};
