// node:string_decoder — the string_decoder package (Node's own
// implementation, over our shared Buffer).
import './buffer.js';
import sd from 'string_decoder/';

export default { StringDecoder: sd.StringDecoder };
