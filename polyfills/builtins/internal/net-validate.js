// Small validators shared by the network bridges.
import { validateBoolean, validateInteger } from './validators.js';

export { validateBoolean };

export function validateInt32Like(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}
