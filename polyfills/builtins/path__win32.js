// node:path/win32
import path from './path.js';

export default path.win32;
