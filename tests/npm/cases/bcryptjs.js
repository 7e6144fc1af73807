// bcryptjs (pure JS bcrypt): hashing with a fixed salt is deterministic.
const bcrypt = require('bcryptjs');

const salt = '$2a$04$abcdefghijklmnopqrstuu';
const hash = bcrypt.hashSync('correct horse battery staple', salt);
console.log(hash, bcrypt.getRounds(hash), bcrypt.getSalt(hash));
console.log(bcrypt.compareSync('correct horse battery staple', hash), bcrypt.compareSync('wrong', hash));
console.log(bcrypt.compareSync('password', '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'));
const randomSalt = bcrypt.genSaltSync(4);
console.log(randomSalt.length, randomSalt.slice(0, 7));
bcrypt.hash('async pw', salt, (err, h) => {
  console.log('async', err, h);
  bcrypt.compare('async pw', h).then((ok) => console.log('promise compare', ok));
});
