// node:constants — deprecated flat merge of os.constants (dlopen, errno,
// priority, signals), fs.constants and crypto.constants, with Node 22's
// Linux values (constants-browserify carries another platform's values).
import { osConstants, fsConstants, cryptoConstants } from './internal/constants-data.js';

const constants = {
  ...osConstants.dlopen,
  ...osConstants.errno,
  ...osConstants.priority,
  ...osConstants.signals,
  ...fsConstants,
  ...cryptoConstants,
};

export default constants;
