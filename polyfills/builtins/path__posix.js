// node:path/posix
import path from './path.js';

export default path.posix;
