// uuid@9 from ESM: the "import" condition selects its ESM wrapper.
import { v5, v4 as uuidv4, validate, NIL } from 'uuid';
import * as uuid from 'uuid';

console.log(Object.keys(uuid).sort().join(','));
console.log(v5('secexec', v5.URL), validate(uuidv4()), NIL);
console.log(uuid.v3('x', uuid.v3.DNS));
