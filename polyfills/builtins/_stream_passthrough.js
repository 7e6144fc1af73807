// node:_stream_passthrough — legacy alias of stream.PassThrough.
import stream from './stream.js';

export default stream.PassThrough;
