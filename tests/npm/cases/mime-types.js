// mime-types requires mime-db, whose main is a JSON file; also require JSON directly.
const mime = require('mime-types');
const db = require('mime-db/db.json');
const dbPkg = require('mime-db/package.json');

console.log('mime-db', dbPkg.name, dbPkg.version, Object.keys(db).length > 1000);
for (const f of ['index.html', 'a/b/c.json', 'photo.JPG', 'x.mjs', 'style.css', 'file.unknownext', 'archive.tar.gz', '.wasm']) {
  console.log(f, mime.lookup(f), mime.charset(mime.lookup(f) || ''));
}
console.log(mime.contentType('markdown'), mime.contentType('application/json'), mime.contentType('text/html; charset=latin1'));
console.log(mime.extension('application/vnd.ms-excel'), mime.extensions['image/jpeg'], mime.types.svg);
console.log(db['application/json']);
