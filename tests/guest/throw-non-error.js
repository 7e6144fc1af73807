throw { custom: 'object', n: 1 };
