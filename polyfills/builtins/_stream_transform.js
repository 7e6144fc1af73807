// node:_stream_transform — legacy alias of stream.Transform.
import stream from './stream.js';

export default stream.Transform;
