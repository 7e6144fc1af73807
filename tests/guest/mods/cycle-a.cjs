exports.loaded = false; const b = require("./c/cycle-b.js"); exports.fromB = b.seenA; exports.loaded = true;
