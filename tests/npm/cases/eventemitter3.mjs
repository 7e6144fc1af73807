// eventemitter3@5 from ESM (its index.mjs wrapper over the CJS build).
import EventEmitter, { EventEmitter as Named } from 'eventemitter3';

console.log(EventEmitter === Named, typeof EventEmitter.prefixed);
const ee = new EventEmitter();
const ctx = { name: 'ctx' };
ee.on('data', function (a, b) { console.log('on data', a, b, this.name); }, ctx);
ee.once('data', (a) => console.log('once data', a));
ee.on(Symbol.for('sym'), () => console.log('symbol event'));
console.log(ee.emit('data', 1, 2), ee.emit('data', 3), ee.emit('none'), ee.emit(Symbol.for('sym')));
console.log(ee.eventNames(), ee.listenerCount('data'), ee.listeners('data').length);
ee.removeAllListeners('data');
console.log(ee.listenerCount('data'), ee.eventNames().length);
class Store extends EventEmitter { set(v) { this.v = v; this.emit('change', v); } }
const s = new Store();
s.on('change', (v) => console.log('changed to', v));
s.set(42);
