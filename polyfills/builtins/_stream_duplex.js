// node:_stream_duplex — legacy alias of stream.Duplex.
import stream from './stream.js';

export default stream.Duplex;
