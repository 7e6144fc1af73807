// node:_stream_writable — legacy alias of stream.Writable.
import stream from './stream.js';

export default stream.Writable;
