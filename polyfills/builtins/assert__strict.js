// node:assert/strict — assert in strict mode (assert.strict).
import assert from './assert.js';

export default assert.strict;
