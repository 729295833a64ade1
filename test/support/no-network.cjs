// Preloaded into synth by the tests: any attempt to open a connection or resolve a name fails.
const net = require('node:net');
const dns = require('node:dns');
const refuse = (what) => () => {
  throw new Error(`synth must not use the network (${what})`);
};
net.Socket.prototype.connect = refuse('net.connect');
dns.lookup = refuse('dns.lookup');
dns.promises.lookup = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
