// node:stream/promises — pipeline/finished returning promises (readable-stream).
import stream from './stream.js';

export default stream.promises;
