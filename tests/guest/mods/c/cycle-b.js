const a = require("../cycle-a.cjs"); exports.seenA = a.loaded;
