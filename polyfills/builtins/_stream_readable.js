// node:_stream_readable — legacy alias of stream.Readable.
import stream from './stream.js';

export default stream.Readable;
